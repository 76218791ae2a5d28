"""Logging in, unlocking a locked session, and creating the first administrator."""

from __future__ import annotations

import logging

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from familjecenter_desktop.referrals import accounts
from familjecenter_desktop.referrals.permissions import Actor
from familjecenter_desktop.ui.referrals import jobs
from familjecenter_desktop.ui.referrals.messages import translated
from familjecenter_desktop.ui.worker import Worker

log = logging.getLogger(__name__)

LOGIN, UNLOCK, FIRST_ADMIN = "login", "unlock", "first_admin"


class LoginDialog(QDialog):
    """Asks for a user name and password; ``actor`` holds who logged in."""

    def __init__(
        self,
        workspace,
        mode: str = LOGIN,
        locked_actor: Actor | None = None,
        parent: QWidget | None = None,
        worker: Worker | None = None,
    ) -> None:
        super().__init__(parent)
        self.worker = worker or Worker(self)
        self.checking = False
        self.workspace = workspace
        self.mode = mode
        self.locked_actor = locked_actor
        self.actor: Actor | None = None

        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.username = QLineEdit()
        self.display_name = QLineEdit()
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password_again = QLineEdit()
        self.password_again.setEchoMode(QLineEdit.EchoMode.Password)
        self.error = QLabel()
        self.error.setObjectName("error")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #a00000;")

        form = QFormLayout()
        form.addRow(self.tr("&User name"), self.username)
        if mode == FIRST_ADMIN:
            form.addRow(self.tr("&Name"), self.display_name)
        form.addRow(self.tr("&Password"), self.password)
        if mode == FIRST_ADMIN:
            form.addRow(self.tr("Password &again"), self.password_again)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons = buttons
        buttons.accepted.connect(self._try)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

        self._texts()
        if mode == UNLOCK and locked_actor is not None:
            self.username.setText(locked_actor.username)
            self.username.setReadOnly(True)
            self.password.setFocus()

    def _texts(self) -> None:
        if self.mode == FIRST_ADMIN:
            self.setWindowTitle(self.tr("Create the administrator"))
            self.intro.setText(
                self.tr(
                    "This is the first start. Create the administrator account; the "
                    "administrator then adds the staff accounts."
                )
            )
        elif self.mode == UNLOCK:
            self.setWindowTitle(self.tr("Session locked"))
            self.intro.setText(
                self.tr(
                    "The session was locked after a pause. Type your password to go "
                    "on, or cancel to let someone else log in."
                )
            )
        else:
            self.setWindowTitle(self.tr("Log in"))
            self.intro.setText(self.tr("Log in with your own account."))

    def _try(self) -> None:
        """Check the input off the GUI thread; accept the dialog when it is right."""
        if self.checking:
            return
        if self.mode == FIRST_ADMIN and (
            self.password.text() != self.password_again.text()
        ):
            self.error.setText(self.tr("The passwords differ."))
            return
        workspace, username, password = (
            self.workspace,
            self.username.text(),
            self.password.text(),
        )
        if self.mode == FIRST_ADMIN:
            name = self.display_name.text()

            def check():
                return accounts.create_first_admin(workspace, username, name, password)

        elif self.mode == UNLOCK:
            locked = self.locked_actor

            def check():
                if accounts.verify_password(workspace, locked, password):
                    return locked
                return None

        else:

            def check():
                return accounts.authenticate(workspace, username, password)

        self._set_checking(True)
        jobs.run(
            self.worker,
            check,
            self._checked,
            lambda exc: self._wrong(translated(exc.message)),
            write=self.mode == FIRST_ADMIN,
            label="log in",
            on_error=self._wrong,
        )

    def _set_checking(self, checking: bool) -> None:
        self.checking = checking
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(not checking)
        if checking:
            self.error.setText(self.tr("Checking…"))

    def _checked(self, actor: Actor | None) -> None:
        self._set_checking(False)
        if actor is None:
            self._wrong(self.tr("Wrong password."))
            return
        self.error.clear()
        self.actor = actor
        self.accept()

    def _wrong(self, message: str) -> None:
        self._set_checking(False)
        self.error.setText(message)
        self.password.selectAll()
        self.password.setFocus()
