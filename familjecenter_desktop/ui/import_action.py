"""File → Import PTV data…: choose a folder, import it off the GUI thread, report.

The import is all-or-nothing; its report (added, updated, unchanged, skipped
with reasons) or its error message is shown when it is done.
"""

from __future__ import annotations

import logging
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from familjecenter_desktop.catalogue.importreport import RECORD_TYPE_LABELS
from familjecenter_desktop.ui.worker import Worker
from familjecenter_desktop.workspace import Workspace

if TYPE_CHECKING:
    from familjecenter_desktop.ui.main_window import MainWindow

log = logging.getLogger(__name__)

translate = QCoreApplication.translate


def run_import(workspace: Workspace, paths: list[Path]) -> Any:
    """Import PTV files or folders into the workspace; return the importer's report."""
    from familjecenter_desktop.catalogue import ptv

    return ptv.import_ptv_paths(workspace, paths)


def report_text(report: Any) -> str:
    """The importer's report in the UI language: a summary line, then the details."""
    lines = [translate("ImportAction", "Import finished")]
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
    for skip in getattr(report, "skips", []):
        lines.append(
            translate("ImportAction", "Skipped %1").replace("%1", skip.describe())
        )
    return "\n".join(lines)


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
    _show(window, report_text(report), error=False)


def _failed(window: MainWindow, message: str) -> None:
    window.statusBar().showMessage(translate("ImportAction", "Import failed."), 10000)
    text = translate(
        "ImportAction", "Nothing was imported; the catalogue is as it was.\n\n%1"
    ).replace("%1", message)
    title = translate("ImportAction", "Import failed")
    _show(window, f"{title}\n{text}", error=True)


def _show(parent: QWidget, text: str, error: bool) -> None:
    """A non-blocking message: the first line as the text, the rest below it."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning if error else QMessageBox.Icon.Information)
    box.setWindowTitle(translate("ImportAction", "Import PTV data"))
    first, _, rest = text.partition("\n")
    box.setText(first)
    if rest.strip():
        box.setInformativeText(rest.strip()[:1500])
        box.setDetailedText(rest.strip())
    box.open()
