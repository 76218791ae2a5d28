"""Backups from the window: "Back up now" and "Restore a backup…" in the File menu.

Both run off the GUI thread. Restoring asks for a backup and a confirmation,
backs the current database up first, then shows the restored data. On an
encrypted store only an administrator logged in on the Referrals tab may
restore. Storage notices (a network drive, a read-only opening) are shown once
the workspace is attached.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMessageBox

from familjecenter_desktop.referrals import permissions as perm
from familjecenter_desktop.ui.storage.messages import storage_text
from familjecenter_desktop.ui.storage.restore_dialog import RestoreDialog

log = logging.getLogger(__name__)


class StorageActions(QObject):
    """The File menu's backup actions for one window."""

    def __init__(self, window, worker) -> None:
        super().__init__(window)
        self.window = window
        self.worker = worker
        self.workspace = None
        self.dialog: RestoreDialog | None = None
        self.backup_action = QAction(window)
        self.backup_action.triggered.connect(self.back_up_now)
        self.restore_action = QAction(window)
        self.restore_action.triggered.connect(self.choose_restore)
        menu = window.file_menu
        first = menu.actions()[0] if menu.actions() else None
        anchor = menu.actions()[-2] if len(menu.actions()) >= 2 else None
        for action in (self.backup_action, self.restore_action):
            menu.insertAction(anchor or first, action)
        self._enable()
        self.retranslate()
        window.language_changed.connect(lambda _lang: self.retranslate())
        window.workspace_attached.connect(self.attach)

    def retranslate(self) -> None:
        self.backup_action.setText(self.tr("&Back up now"))
        self.restore_action.setText(self.tr("&Restore a backup…"))

    def _enable(self) -> None:
        usable = (
            self.workspace is not None
            and self.workspace.database_file is not None
            and not self.workspace.read_only
        )
        self.backup_action.setEnabled(usable)
        self.restore_action.setEnabled(usable)

    def attach(self, workspace) -> None:
        self.workspace = workspace
        self._enable()
        notes = [storage_text(n) for n in workspace.notices]
        if workspace.read_only:
            notes.insert(
                0,
                self.tr(
                    "The database is open read-only: you can look and copy, but "
                    "nothing can be saved."
                ),
            )
            self.window.setWindowTitle(
                self.window.windowTitle() + " " + self.tr("(read-only)")
            )
        if notes:
            self.window.statusBar().showMessage(notes[0], 15000)
            box = QMessageBox(
                QMessageBox.Icon.Information,
                self.tr("Familjecenter Desktop"),
                "\n\n".join(notes),
                QMessageBox.StandardButton.Ok,
                self.window,
            )
            box.setObjectName("storage_notice")
            box.open()
            self.notice = box

    def back_up_now(self) -> None:
        if self.workspace is None:
            return
        self.worker.submit(
            lambda: self.workspace.backup_now("manual"),
            self._backed_up,
            self._failed,
            write=True,
            label="back up",
        )

    def _backed_up(self, path) -> None:
        self.window.statusBar().showMessage(
            self.tr("Backup made: %1").replace("%1", path.name), 10000
        )

    def _failed(self, message: str) -> None:
        QMessageBox.warning(self.window, self.tr("Familjecenter Desktop"), message)

    def _may_restore(self) -> bool:
        if not self.workspace.encrypted:
            return True
        actor = getattr(self.window.referrals_view, "actor", None)
        return actor is not None and actor.role == perm.ADMIN

    def choose_restore(self) -> None:
        if self.workspace is None:
            return
        if not self._may_restore():
            self._failed(
                self.tr("Log in as an administrator on the Referrals tab to restore.")
            )
            return
        self.dialog = RestoreDialog(self.workspace.backups(), self.window)
        self.dialog.accepted.connect(self._restore)
        self.dialog.open()

    def _restore(self) -> None:
        chosen = self.dialog.chosen
        self.worker.submit(
            lambda: self.workspace.restore(chosen),
            self._restored,
            self._failed,
            write=True,
            label="restore",
        )

    def _restored(self, safety) -> None:
        self.window.statusBar().showMessage(
            self.tr("Backup restored. The data before it was saved as %1.").replace(
                "%1", safety.name
            ),
            15000,
        )
        self.window.catalogue_changed()
        view = self.window.referrals_view
        view.set_actor(view.actor)


def install(window, worker) -> StorageActions:
    """Add the backup actions to the window's File menu."""
    return StorageActions(window, worker)
