"""The way out when the database fails its integrity check at start."""

from __future__ import annotations

import logging

from PySide6.QtWidgets import QMessageBox, QWidget

log = logging.getLogger(__name__)

RESTORE, READ_ONLY, QUIT = "restore", "read_only", "quit"


class IntegrityDialog(QMessageBox):
    """Says what failed and offers: restore a backup, open read-only, or quit."""

    def __init__(self, message: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("integrity_dialog")
        self.setIcon(QMessageBox.Icon.Critical)
        self.setWindowTitle(self.tr("The database is damaged"))
        self.setText(message)
        self.setInformativeText(
            self.tr(
                "Restoring puts the chosen backup in place and keeps the damaged "
                "database in the backups folder. Read-only lets you look at and "
                "copy what is there, but nothing can be saved."
            )
        )
        self.restore_button = self.addButton(
            self.tr("&Restore a backup…"), QMessageBox.ButtonRole.AcceptRole
        )
        self.read_only_button = self.addButton(
            self.tr("Open &read-only"), QMessageBox.ButtonRole.ActionRole
        )
        self.quit_button = self.addButton(
            self.tr("&Quit"), QMessageBox.ButtonRole.RejectRole
        )
        self.setDefaultButton(self.restore_button)

    def choice(self) -> str:
        clicked = self.clickedButton()
        if clicked is self.restore_button:
            return RESTORE
        if clicked is self.read_only_button:
            return READ_ONLY
        return QUIT
