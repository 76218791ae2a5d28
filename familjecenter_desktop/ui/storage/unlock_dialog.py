"""The start-up dialog: unlock the encrypted store, or create its administrator.

Opening takes a moment (the password key is derived with Argon2id), so the
dialog only collects the input; the caller opens the store off the GUI thread
and, when the password was wrong, shows the dialog again with ``show_error``.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from familjecenter_desktop.referrals.accounts import (
    check_password_strength,
    check_username,
)
from familjecenter_desktop.ui.referrals.messages import translated
from familjecenter_desktop.workspace import Credentials, NewAdmin

log = logging.getLogger(__name__)

UNLOCK, FIRST_START, ENCRYPT = "unlock", "first_start", "encrypt"
# The dialog's result when a field kit is opened instead (first start only).
OPEN_KIT = 2


class UnlockDialog(QDialog):
    """Asks who opens the store; ``result_value`` is Credentials or NewAdmin.

    At a first start it also offers opening a field kit instead (an outreach
    laptop gets its data from the site's kit, not an administrator of its own):
    ``open_kit_requested`` is emitted and the dialog closes with ``OPEN_KIT``.
    """

    open_kit_requested = Signal()

    def __init__(self, mode: str = UNLOCK, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("unlock_dialog")
        self.mode = mode
        self.result_value: Credentials | NewAdmin | None = None

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
        if mode == FIRST_START:
            form.addRow(self.tr("&Name"), self.display_name)
        form.addRow(self.tr("&Password"), self.password)
        if mode == FIRST_START:
            form.addRow(self.tr("Password &again"), self.password_again)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self._try)
        self.buttons.rejected.connect(self.reject)
        self.kit_button = None
        if mode == FIRST_START:
            self.kit_button = self.buttons.addButton(
                "", QDialogButtonBox.ButtonRole.ActionRole
            )
            self.kit_button.setObjectName("open_kit_instead")
            self.kit_button.clicked.connect(self._open_kit)

        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(460)
        self._texts()
        self.username.setFocus()

    def _texts(self) -> None:
        if self.kit_button is not None:
            self.kit_button.setText(self.tr("Open a &field kit instead…"))
        if self.mode == FIRST_START:
            self.setWindowTitle(self.tr("First start: the administrator"))
            self.intro.setText(
                self.tr(
                    "This is the first start. The data on this computer will be "
                    "encrypted; the staff accounts' passwords open it. Create the "
                    "administrator account now: the administrator then adds the "
                    "staff accounts."
                )
            )
        elif self.mode == ENCRYPT:
            self.setWindowTitle(self.tr("Encrypt the data"))
            self.intro.setText(
                self.tr(
                    "The data on this computer is not encrypted yet. An "
                    "administrator logs in once to encrypt it; after that the staff "
                    "accounts' passwords open it."
                )
            )
        else:
            self.setWindowTitle(self.tr("Open Familjecenter Desktop"))
            self.intro.setText(
                self.tr(
                    "The data on this computer is encrypted. Log in with your own "
                    "account to open it."
                )
            )

    def _open_kit(self) -> None:
        self.open_kit_requested.emit()
        self.done(OPEN_KIT)

    def show_error(self, message: str) -> None:
        """Show why opening failed and let the person try again."""
        self.error.setText(message)
        self.password.selectAll()
        self.password.setFocus()

    def _try(self) -> None:
        username = self.username.text().strip()
        password = self.password.text()
        if not username or not password:
            self.show_error(self.tr("Give your user name and password."))
            return
        if self.mode == FIRST_START:
            name_problem = check_username(username)
            if name_problem:
                self.show_error(translated(name_problem))
                self.username.setFocus()
                return
            if not self.display_name.text().strip():
                self.show_error(self.tr("Give the administrator's name."))
                return
            weakness = check_password_strength(password)
            if weakness:
                self.show_error(translated(weakness))
                return
            if password != self.password_again.text():
                self.show_error(self.tr("The passwords differ."))
                return
            self.result_value = NewAdmin(
                username, self.display_name.text().strip(), password
            )
        else:
            self.result_value = Credentials(username, password)
        self.accept()
