"""Exporting one referral for a family's data request: a file chosen, written whole.

``referrals.records.export_referral`` checks the role and unit and writes the
export to the access log; it runs on the worker with the file writing of
``export_file``. The outcome is told in a message box kept as ``message_box``.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from familjecenter_desktop.referrals import permissions as perm
from familjecenter_desktop.referrals import records
from familjecenter_desktop.referrals.errors import ReferralError
from familjecenter_desktop.ui.referrals import jobs
from familjecenter_desktop.ui.referrals.export_file import export_to_file
from familjecenter_desktop.ui.referrals.messages import translated
from familjecenter_desktop.ui.worker import Worker

log = logging.getLogger(__name__)


def may_export(actor) -> bool:
    """Whether the actor's role allows exporting referrals."""
    return actor is not None and perm.may(actor, perm.EXPORT)


class ReferralExporter(QObject):
    """Asks for a file and exports the referral to it; ``busy`` while it runs."""

    # The export ended: written, refused or failed (the message box says which).
    finished = Signal()

    def __init__(self, worker: Worker, parent: QWidget) -> None:
        super().__init__(parent)
        self.worker = worker
        self.parent_widget = parent
        self.busy = False
        self.message_box: QMessageBox | None = None
        self.folder = ""

    def choose_and_export(self, workspace, actor, referral_id: int, lang: str) -> None:
        """Ask where to save, then export (nothing happens on Cancel)."""
        start = str(Path(self.folder or Path.home()) / self.file_name(referral_id))
        path, _filter = QFileDialog.getSaveFileName(
            self.parent_widget,
            self.tr("Export the referral for the family's data request"),
            start,
            self.tr("JSON files (*.json)"),
        )
        if path:
            self.export(workspace, actor, referral_id, lang, Path(path))

    def file_name(self, referral_id: int) -> str:
        return self.tr("referral-%1.json").replace("%1", str(referral_id))

    def export(self, workspace, actor, referral_id: int, lang: str, path: Path):
        """Export off the GUI thread to ``path`` (the export is logged)."""
        self.busy = True
        self.folder = str(path.parent)

        def read() -> dict:
            return records.export_referral(workspace, actor, referral_id, lang)

        jobs.run(
            self.worker,
            lambda: export_to_file(path, read),
            self._done,
            self._refused,
            write=True,  # the export is written to the access log
            label="referral export",
            on_error=self._failed,
        )

    def _done(self, path: Path) -> None:
        self.busy = False
        self._tell(
            QMessageBox.Icon.Information,
            self.tr("The referral was exported to %1.").replace("%1", str(path)),
        )
        self.finished.emit()

    def _refused(self, exc: ReferralError) -> None:
        self._failed(translated(exc.message))

    def _failed(self, message: str) -> None:
        self.busy = False
        self._tell(QMessageBox.Icon.Warning, message)
        self.finished.emit()

    def _tell(self, icon: QMessageBox.Icon, text: str) -> None:
        if self.message_box is not None:
            self.message_box.close()
        box = QMessageBox(
            icon, self.tr("Export referral"), text, parent=self.parent_widget
        )
        box.setObjectName("referral_export_message")
        self.message_box = box
        box.open()
