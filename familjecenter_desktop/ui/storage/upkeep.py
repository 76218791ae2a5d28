"""The weekly integrity check and the day's first backup, after the window is usable.

``open_workspace(later=True)`` leaves both for after opening (see
``workspace.run_upkeep``); they run on the worker thread as reads, so staff can
search and save while the store is checked and copied. A failed check is shown
with what to do; the store stays open.
"""

from __future__ import annotations

import logging
from functools import partial

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox

from familjecenter_desktop.ui.storage.messages import storage_text
from familjecenter_desktop.workspace import (
    DAMAGED_WHILE_OPEN,
    IntegrityCheckError,
    Workspace,
    run_upkeep,
)

log = logging.getLogger(__name__)


def start(window, worker, workspace: Workspace) -> bool:
    """Run what opening left for later, if anything; True when a job was started."""
    if not workspace.upkeep:
        return False
    worker.submit(
        partial(run_upkeep, workspace),
        partial(_report, window),
        window.show_error,
        label="weekly check and start-up backup",
    )
    return True


def _report(window, problems: list[str]) -> None:
    if not problems:
        return
    message = storage_text(IntegrityCheckError(problems, DAMAGED_WHILE_OPEN))
    window.statusBar().showMessage(message)
    QMessageBox.warning(
        window, QCoreApplication.translate("storage", "Database check"), message
    )
