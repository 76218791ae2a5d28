"""Start-up: unlock (or create) the encrypted store, open it off the GUI thread.

A data folder with an encrypted store shows the unlock dialog first; a new one
asks for the first administrator (the store is then created encrypted and the
demo catalogue loaded); a plain store from before encryption asks an
administrator to log in (or to be created) and is encrypted in place. A wrong
password shows the dialog again with the message; a failed integrity check
offers restoring a backup, opening read-only or quitting. Server URLs open at
once.
"""

from __future__ import annotations

import logging
from functools import partial
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from familjecenter_desktop.core.paths import resolve_paths
from familjecenter_desktop.referrals.errors import ReferralError
from familjecenter_desktop.ui.referrals.messages import translated
from familjecenter_desktop.ui.storage.integrity_dialog import (
    READ_ONLY,
    RESTORE,
    IntegrityDialog,
)
from familjecenter_desktop.ui.storage.messages import storage_text
from familjecenter_desktop.ui.storage.restore_dialog import RestoreDialog
from familjecenter_desktop.ui.storage.unlock_dialog import (
    ENCRYPT,
    FIRST_START,
    UNLOCK,
    UnlockDialog,
)
from familjecenter_desktop.workspace import (
    NEW,
    PLAIN,
    IntegrityCheckError,
    NewAdmin,
    StorageError,
    WorkspaceLockedError,
    backups_of,
    open_workspace,
    plain_store_has_admin,
    restore_closed,
    store_state,
)

log = logging.getLogger(__name__)


def _open_or_refusal(data_dir, database_url, read_only, unlock):
    """Open the workspace; a storage refusal or refused input is the result."""
    try:
        return open_workspace(
            data_dir, database_url, read_only=read_only, later=True, **unlock
        )
    except (StorageError, ReferralError) as exc:
        return exc


def _restore_then_open(data_dir, credentials, chosen: Path):
    try:
        restore_closed(data_dir, credentials, chosen)
    except StorageError as exc:
        return exc
    return _open_or_refusal(data_dir, None, False, {"credentials": credentials})


class StartUp(QObject):
    """Runs the start-up conversation; ``opened`` carries the open workspace."""

    opened = Signal(object)
    # The person gave up (cancelled the dialog or chose Quit).
    abandoned = Signal()

    def __init__(self, window, worker, data_dir, database_url) -> None:
        super().__init__(window)
        self.window = window
        self.worker = worker
        self.data_dir = data_dir
        self.database_url = database_url
        self.unlock: dict = {}
        self.encrypt_existing = False
        self.dialog: UnlockDialog | None = None
        self.integrity: IntegrityDialog | None = None
        self.restore_dialog: RestoreDialog | None = None

    def start(self) -> None:
        if self.database_url:
            self._open()
            return
        state = store_state(self.data_dir)
        if state == PLAIN:
            self.encrypt_existing = True
            self.worker.submit(
                partial(plain_store_has_admin, self.data_dir),
                lambda has_admin: self._ask(ENCRYPT if has_admin else FIRST_START),
                self.window.workspace_failed,
                label="look at the plain store",
            )
            return
        self._ask(FIRST_START if state == NEW else UNLOCK)

    def _ask(self, mode: str) -> None:
        self.dialog = UnlockDialog(mode, self.window)
        self.dialog.accepted.connect(self._unlock)
        self.dialog.rejected.connect(self.abandoned)
        self.dialog.open_kit_requested.connect(self._open_kit)
        self.dialog.open()

    def _open_kit(self) -> None:
        """A new outreach laptop: a field kit goes into the usual data folder.

        The kit's store then is this computer's store: later starts unlock it
        with the worker's password. Cancelling comes back to the first start.
        """
        self.window.field_kit.open_flow.choose(
            resolve_paths(self.data_dir).data, lambda: self._ask(FIRST_START)
        )

    def _unlock(self) -> None:
        value = self.dialog.result_value
        key = "first_admin" if isinstance(value, NewAdmin) else "credentials"
        self.unlock = {key: value}
        if self.encrypt_existing:
            self.unlock["encrypt_existing"] = True
        self._open()

    def _open(self, read_only: bool = False) -> None:
        self.window.show_opening()
        self.worker.submit(
            partial(
                _open_or_refusal,
                self.data_dir,
                self.database_url,
                read_only,
                self.unlock,
            ),
            self._outcome,
            self.window.workspace_failed,
            write=True,
            label="open workspace",
        )

    def _outcome(self, outcome) -> None:
        if isinstance(outcome, WorkspaceLockedError) and self.dialog is not None:
            self.window.statusBar().clearMessage()
            self.dialog.show_error(storage_text(outcome))
            self.dialog.open()
        elif isinstance(outcome, ReferralError) and self.dialog is not None:
            # The first administrator's details refused: say why, ask again.
            self.window.statusBar().clearMessage()
            problems = getattr(outcome, "problems", [(None, outcome.message)])
            self.dialog.show_error("\n".join(translated(m) for _, m in problems))
            self.dialog.open()
        elif isinstance(outcome, IntegrityCheckError):
            self._integrity_failed(outcome)
        elif isinstance(outcome, StorageError):
            self.window.workspace_failed(storage_text(outcome))
        else:
            self.opened.emit(outcome)

    # --- a failed integrity check -------------------------------------------

    def _integrity_failed(self, error: IntegrityCheckError) -> None:
        log.error("start-up integrity check failed")
        self.integrity = IntegrityDialog(storage_text(error), self.window)
        self.integrity.finished.connect(self._integrity_choice)
        self.integrity.open()

    def _integrity_choice(self) -> None:
        choice = self.integrity.choice()
        if choice == READ_ONLY:
            self._open(read_only=True)
        elif choice == RESTORE:
            self.restore_dialog = RestoreDialog(backups_of(self.data_dir), self.window)
            self.restore_dialog.accepted.connect(self._restore_chosen)
            self.restore_dialog.rejected.connect(
                lambda: self.integrity.open()  # back to the three choices
            )
            self.restore_dialog.open()
        else:
            self.abandoned.emit()

    def _restore_chosen(self) -> None:
        credentials = self.unlock.get("credentials")
        self.window.show_opening()
        self.worker.submit(
            partial(
                _restore_then_open,
                self.data_dir,
                credentials,
                self.restore_dialog.chosen,
            ),
            self._outcome,
            self.window.workspace_failed,
            write=True,
            label="restore a backup",
        )
