"""Opening a field kit on the laptop: the kit file, its passphrase, the password.

The dialog only collects the input and stays open while the kit is opened off
the GUI thread (``open_flow``): a refusal is shown in it in red, with what was
typed kept, so the nurse can correct the passphrase or choose another file.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

log = logging.getLogger(__name__)


def _path_row(edit: QLineEdit, button: QPushButton) -> QHBoxLayout:
    row = QHBoxLayout()
    row.addWidget(edit, 1)
    row.addWidget(button)
    return row


class OpenKitDialog(QDialog):
    """Asks what to open and where; ``submitted`` when "Open" is pressed."""

    # The input is complete and "Open the kit" was pressed (the dialog stays).
    submitted = Signal()

    def __init__(self, default_folder: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("kit_open_dialog")
        self.intro = QLabel(objectName="kit_open_intro")
        self.intro.setWordWrap(True)
        self.file = QLineEdit(objectName="kit_open_file")
        self.browse_file = QPushButton(objectName="kit_open_browse_file")
        self.browse_file.clicked.connect(self._choose_file)
        self.passphrase_edit = QLineEdit(objectName="kit_open_passphrase")
        self.passphrase_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.password = QLineEdit(objectName="kit_open_password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.folder = QLineEdit(str(default_folder), objectName="kit_open_folder")
        self.browse_folder = QPushButton(objectName="kit_open_browse_folder")
        self.browse_folder.clicked.connect(self._choose_folder)
        self.error = QLabel(objectName="kit_open_error")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #a00000;")
        self.error.setVisible(False)
        self.working = QLabel(objectName="kit_open_working")
        self.working.setVisible(False)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self._submit)
        self.buttons.rejected.connect(self.reject)

        self.file_label, self.passphrase_label = QLabel(), QLabel()
        self.password_label, self.folder_label = QLabel(), QLabel()
        self.folder_hint = QLabel()
        self.folder_hint.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.file_label, _path_row(self.file, self.browse_file))
        form.addRow(self.passphrase_label, self.passphrase_edit)
        form.addRow(self.password_label, self.password)
        form.addRow(self.folder_label, _path_row(self.folder, self.browse_folder))
        form.addRow("", self.folder_hint)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.working)
        layout.addWidget(self.buttons)
        for edit in (self.file, self.passphrase_edit, self.password, self.folder):
            edit.textChanged.connect(self._update_ok)
        self.setMinimumWidth(560)
        self.retranslate_ui()
        self._update_ok()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Open a field kit"))
        self.intro.setText(
            self.tr(
                "Opening a field kit makes a new, empty data folder on this laptop "
                "a field workspace: the catalogue and the referrals the kit carries, "
                "for work without a network. Only the worker the kit was made for "
                "can open it, with their own password; that password opens the "
                "field workspace from then on."
            )
        )
        self.file_label.setText(self.tr("Field &kit:"))
        self.file_label.setBuddy(self.file)
        self.browse_file.setText(self.tr("&Choose…"))
        self.passphrase_label.setText(self.tr("Kit &passphrase:"))
        self.passphrase_label.setBuddy(self.passphrase_edit)
        self.password_label.setText(self.tr("&Your password:"))
        self.password_label.setBuddy(self.password)
        self.folder_label.setText(self.tr("&Data folder:"))
        self.folder_label.setBuddy(self.folder)
        self.browse_folder.setText(self.tr("C&hoose…"))
        self.folder_hint.setText(
            self.tr("A new or empty folder; your work in the field is kept there.")
        )
        self.working.setText(self.tr("Opening the field kit…"))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(
            self.tr("&Open the kit")
        )

    # --- what was typed -------------------------------------------------------

    def kit_file(self) -> Path:
        return Path(self.file.text().strip()).expanduser()

    def passphrase(self) -> str:
        return self.passphrase_edit.text()

    def user_password(self) -> str:
        return self.password.text()

    def data_folder(self) -> Path:
        return Path(self.folder.text().strip()).expanduser()

    def complete(self) -> bool:
        return all(
            (
                self.file.text().strip(),
                self.passphrase_edit.text(),
                self.password.text(),
                self.folder.text().strip(),
            )
        )

    # --- while the kit opens ----------------------------------------------------

    def set_busy(self, busy: bool) -> None:
        """Nothing can be changed while the kit is opened; Cancel waits too."""
        for widget in (
            self.file,
            self.browse_file,
            self.passphrase_edit,
            self.password,
            self.folder,
            self.browse_folder,
            self.buttons,
        ):
            widget.setEnabled(not busy)
        self.working.setVisible(busy)
        if busy:
            self.error.setVisible(False)
        else:
            self._update_ok()

    def show_error(self, message: str) -> None:
        """The refusal in red; the passphrase and password are typed again."""
        self.set_busy(False)
        self.error.setText(message)
        self.error.setVisible(True)
        self.passphrase_edit.clear()
        self.password.clear()
        self.passphrase_edit.setFocus()
        self.adjustSize()

    def reject(self) -> None:
        if self.working.isVisible():
            return  # the kit is being opened: it finishes or is refused first
        super().reject()

    def _submit(self) -> None:
        if self.complete() and not self.working.isVisible():
            self.submitted.emit()

    def _update_ok(self, *_args) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(
            bool(self.complete())
        )

    def _choose_file(self) -> None:
        chosen, _ = QFileDialog.getOpenFileName(
            self,
            self.windowTitle(),
            self.file.text() or str(Path.home()),
            self.tr("Field kits (*.fckit);;All files (*)"),
        )
        if chosen:
            self.file.setText(chosen)

    def _choose_folder(self) -> None:
        chosen = QFileDialog.getExistingDirectory(
            self, self.windowTitle(), self.folder.text() or str(Path.home())
        )
        if chosen:
            self.folder.setText(chosen)
