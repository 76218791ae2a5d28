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

from familjecenter_desktop.ui.worker import Worker
from familjecenter_desktop.workspace import Workspace

if TYPE_CHECKING:
    from familjecenter_desktop.ui.main_window import MainWindow

log = logging.getLogger(__name__)

translate = QCoreApplication.translate


def run_import(workspace: Workspace, paths: list[Path]) -> str:
    """Import PTV files or folders into the workspace; return the report as text."""
    from familjecenter_desktop.catalogue import ptv

    report = ptv.import_paths(workspace, paths)
    return report_text(report)


def report_text(report: Any) -> str:
    """The importer's report as the person reads it."""
    for name in ("as_text", "summary", "render"):
        method = getattr(report, name, None)
        if callable(method):
            return str(method())
    return str(report)


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


def _done(window: MainWindow, report: str) -> None:
    window.statusBar().showMessage(translate("ImportAction", "Import finished."), 5000)
    window.catalogue_changed()
    _show(window, translate("ImportAction", "Import finished"), report, error=False)


def _failed(window: MainWindow, message: str) -> None:
    window.statusBar().showMessage(translate("ImportAction", "Import failed."), 10000)
    text = translate(
        "ImportAction", "Nothing was imported; the catalogue is as it was.\n\n%1"
    ).replace("%1", message)
    _show(window, translate("ImportAction", "Import failed"), text, error=True)


def _show(parent: QWidget, title: str, text: str, error: bool) -> None:
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning if error else QMessageBox.Icon.Information)
    box.setWindowTitle(title)
    first, _, rest = text.partition("\n")
    box.setText(first)
    if rest.strip():
        box.setDetailedText(rest.strip())
        box.setInformativeText(rest.strip()[:600])
    box.open()
