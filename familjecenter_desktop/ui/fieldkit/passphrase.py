"""Typing a kit's passphrase: once to open a kit, twice (and strong) for a new one."""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from familjecenter_desktop.fieldkit.container import check_passphrase

log = logging.getLogger(__name__)


class PassphraseFields(QWidget):
    """The passphrase (and its repetition for a new kit) with a hint below."""

    # Whether what is typed can be used (emitted on every change).
    validity_changed = Signal(bool)

    def __init__(self, new_kit: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.new_kit = new_kit
        self.first = QLineEdit(objectName="kit_passphrase")
        self.first.setEchoMode(QLineEdit.EchoMode.Password)
        self.again = QLineEdit(objectName="kit_passphrase_again")
        self.again.setEchoMode(QLineEdit.EchoMode.Password)
        self.again.setVisible(new_kit)
        self.hint = QLabel(objectName="kit_passphrase_hint")
        self.hint.setWordWrap(True)
        self.first_label, self.again_label = QLabel(), QLabel()
        self.again_label.setVisible(new_kit)

        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.first_label, self.first)
        form.addRow(self.again_label, self.again)
        form.addRow(self.hint)
        for edit in (self.first, self.again):
            edit.textChanged.connect(self._check)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.first_label.setText(self.tr("Kit &passphrase:"))
        self.first_label.setBuddy(self.first)
        self.again_label.setText(self.tr("&Again:"))
        self.again_label.setBuddy(self.again)
        self._check()

    def passphrase(self) -> str:
        return self.first.text()

    def problem(self) -> str | None:
        """Why the passphrase cannot be used yet, in the UI language; or None."""
        text = self.first.text()
        if not text:
            return self.tr("Type the passphrase of the kit.")
        if not self.new_kit:
            return None
        weakness = check_passphrase(text)
        if weakness:
            return QCoreApplication.translate("fieldkit", weakness)
        if self.again.text() != text:
            return self.tr("Type the same passphrase again.")
        return None

    def _check(self) -> None:
        problem = self.problem()
        if problem is None and self.new_kit:
            problem = self.tr(
                "Tell the passphrase to nobody; the kit cannot be opened without it."
            )
            self.hint.setText(problem)
            self.validity_changed.emit(True)
            return
        self.hint.setText(problem or "")
        self.validity_changed.emit(problem is None)


class PassphraseDialog(QDialog):
    """Asks for a kit's passphrase; ``passphrase()`` holds what was typed."""

    def __init__(self, new_kit: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("kit_passphrase_dialog")
        self.fields = PassphraseFields(new_kit)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.fields.validity_changed.connect(
            self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled
        )
        layout = QVBoxLayout(self)
        layout.addWidget(self.fields)
        layout.addWidget(self.buttons)
        self.setWindowTitle(self.tr("Field kit passphrase"))
        self.fields.retranslate_ui()

    def passphrase(self) -> str:
        return self.fields.passphrase()
