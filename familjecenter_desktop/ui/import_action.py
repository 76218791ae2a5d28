"""File → Import PTV data…: choose a folder, import it off the GUI thread, report.

The import is all-or-nothing; its report (added, updated, unchanged, skipped
with reasons) or its error message is shown when it is done.
"""

from __future__ import annotations

import logging
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from familjecenter_desktop.catalogue.importreport import (
    RECORD_TYPE_LABELS,
    CatalogueImportError,
)
from familjecenter_desktop.ui.worker import Worker
from familjecenter_desktop.workspace import Workspace

if TYPE_CHECKING:
    from familjecenter_desktop.ui.main_window import MainWindow

log = logging.getLogger(__name__)

translate = QCoreApplication.translate


# The importer's fixed reasons, shown in the UI language; reasons that quote the
# input (a value, a line number) stay as the importer wrote them.
FIXED_REASONS = (
    QT_TRANSLATE_NOOP("PtvImport", "no such file or folder"),
    QT_TRANSLATE_NOOP(
        "PtvImport", "no PTV JSON files (*.json) in this folder or its subfolders"
    ),
    QT_TRANSLATE_NOOP("PtvImport", "wrong shape: expected a list"),
    QT_TRANSLATE_NOOP("PtvImport", "wrong shape: expected an object"),
    QT_TRANSLATE_NOOP("PtvImport", "wrong shape: expected a JSON object"),
    QT_TRANSLATE_NOOP(
        "PtvImport", "wrong shape: expected a JSON object or a list of objects"
    ),
    QT_TRANSLATE_NOOP(
        "PtvImport",
        "wrong shape: not a PTV service, service channel or organisation "
        "(none of serviceNames, serviceChannelType, organizationNames)",
    ),
    QT_TRANSLATE_NOOP("PtvImport", "required field is missing"),
    QT_TRANSLATE_NOOP(
        "PtvImport", "required field is missing: no name in any language"
    ),
    QT_TRANSLATE_NOOP("PtvImport", "a PTV code list, not a catalogue record"),
    QT_TRANSLATE_NOOP("PtvImport", "a bare reference, no content"),
)


class TranslatedImportError(Exception):
    """The importer's fatal problem, described in the UI language."""

    def __init__(self, problem: CatalogueImportError) -> None:
        super().__init__(problem.describe())
        self.problem = problem

    def describe(self) -> str:
        problem = self.problem
        return problem_text(problem.file, problem.record, problem.field, problem.reason)


def problem_text(
    file: str | None, record: str | None, field: str | None, reason: str
) -> str:
    """Where (file, record, field) and what, with the fixed parts translated."""
    where = [file] if file else []
    if record:
        where.append(translate("ImportAction", "record %1").replace("%1", record))
    if field:
        where.append(translate("ImportAction", "field %1").replace("%1", field))
    what = translate("PtvImport", reason)
    return ": ".join([*where, what])


def run_import(workspace: Workspace, paths: list[Path]) -> Any:
    """Import PTV files or folders into the workspace; return the importer's report."""
    from familjecenter_desktop.catalogue import ptv

    try:
        return ptv.import_ptv_paths(workspace, paths)
    except CatalogueImportError as exc:
        raise TranslatedImportError(exc) from exc


def _counts(report: Any) -> list[str]:
    """A line per record type: added, updated, unchanged, skipped."""
    lines = []
    order = list(RECORD_TYPE_LABELS)
    counted = getattr(report, "counts", {})
    for record_type in sorted(
        counted, key=lambda t: (order.index(t) if t in order else len(order), t)
    ):
        counts = report.counts[record_type]
        label = RECORD_TYPE_LABELS.get(record_type, record_type)
        numbers = (
            translate("ImportAction", "%1 added, %2 updated, %3 unchanged, %4 skipped")
            .replace("%1", str(counts["added"]))
            .replace("%2", str(counts["updated"]))
            .replace("%3", str(counts["unchanged"]))
            .replace("%4", str(counts["skipped"]))
        )
        lines.append(f"{translate('ImportReport', label)}: {numbers}")
    return lines


def _skips(report: Any) -> list[str]:
    """A line per skipped record or file, with its reason."""
    return [
        translate("ImportAction", "Skipped %1").replace(
            "%1", problem_text(skip.file, skip.record, None, skip.reason)
        )
        for skip in getattr(report, "skips", [])
    ]


def choose_and_import(window: MainWindow, worker: Worker, workspace: Workspace) -> None:
    """Ask for a folder of PTV files and import it."""
    folder = QFileDialog.getExistingDirectory(
        window, translate("ImportAction", "Choose a folder of PTV Open API files")
    )
    if not folder:
        return
    start_import(window, worker, workspace, [Path(folder)])


def start_import(
    window: MainWindow, worker: Worker, workspace: Workspace, paths: list[Path]
) -> int:
    """Run the import through the worker; the report appears when it is done."""
    window.statusBar().showMessage(translate("ImportAction", "Importing…"))
    log.info("import of %d paths started", len(paths))
    return worker.submit(
        partial(run_import, workspace, paths),
        partial(_done, window),
        partial(_failed, window),
        write=True,
        label="PTV import",
    )


def _done(window: MainWindow, report: Any) -> None:
    window.statusBar().showMessage(translate("ImportAction", "Import finished."), 5000)
    window.catalogue_changed()
    _show(
        window,
        translate("ImportAction", "Import finished"),
        "\n".join(_counts(report)),
        "\n".join(_skips(report)),
        error=False,
    )


def _failed(window: MainWindow, message: str) -> None:
    window.statusBar().showMessage(translate("ImportAction", "Import failed."), 10000)
    text = translate(
        "ImportAction", "Nothing was imported; the catalogue is as it was.\n\n%1"
    ).replace("%1", message)
    title = translate("ImportAction", "Import failed")
    _show(window, title, text, "", error=True)


def _show(parent: QWidget, title: str, body: str, details: str, error: bool) -> None:
    """A non-blocking message: the title, the body, and long details behind a button.

    Each text is shown once: the details (the skipped records, which can be
    thousands) only under "Show details".
    """
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning if error else QMessageBox.Icon.Information)
    box.setWindowTitle(translate("ImportAction", "Import PTV data"))
    box.setText(title)
    if body.strip():
        box.setInformativeText(body.strip())
    if details.strip():
        box.setDetailedText(details.strip())
    box.open()
