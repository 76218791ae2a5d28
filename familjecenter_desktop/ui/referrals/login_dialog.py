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
from familjecenter_desktop.referrals.errors import ReferralError
from familjecenter_desktop.referrals.permissions import Actor
from familjecenter_desktop.ui.referrals.messages import translated

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
    ) -> None:
        super().__init__(parent)
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
        """Check the input; accept the dialog when it is right."""
        try:
            if self.mode == FIRST_ADMIN:
                if self.password.text() != self.password_again.text():
                    self.error.setText(self.tr("The passwords differ."))
                    return
                self.actor = accounts.create_first_admin(
                    self.workspace,
                    self.username.text(),
                    self.display_name.text(),
                    self.password.text(),
                )
            elif self.mode == UNLOCK:
                if not accounts.verify_password(
                    self.workspace, self.locked_actor, self.password.text()
                ):
                    self.error.setText(self.tr("Wrong password."))
                    self.password.selectAll()
                    return
                self.actor = self.locked_actor
            else:
                self.actor = accounts.authenticate(
                    self.workspace, self.username.text(), self.password.text()
                )
        except ReferralError as exc:
            self.error.setText(translated(exc.message))
            self.password.selectAll()
            return
        self.accept()
