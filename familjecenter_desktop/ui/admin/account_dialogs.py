"""Dialogs for staff accounts: a new account, role and unit, a new password."""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from familjecenter_desktop.referrals import permissions as perm
from familjecenter_desktop.referrals.accounts import check_password_strength
from familjecenter_desktop.referrals.actors import UnitRow
from familjecenter_desktop.ui.referrals.messages import translated

log = logging.getLogger(__name__)


def role_name(role: str) -> str:
    return QCoreApplication.translate("referrals", perm.ROLE_NAMES.get(role, role))


def role_combo() -> QComboBox:
    combo = QComboBox()
    for role in perm.ROLES:
        combo.addItem(role_name(role), role)
    return combo


def unit_combo(units: list[UnitRow]) -> QComboBox:
    combo = QComboBox()
    combo.addItem(QCoreApplication.translate("AccountDialog", "(no unit)"), None)
    for unit in units:
        label = f"{unit.name} ({unit.parent_name})" if unit.parent_name else unit.name
        combo.addItem(label, unit.id)
    return combo


class AccountDialog(QDialog):
    """A new account, a changed role and unit, or a new password.

    ``mode`` is "new", "role" or "password"; the fields shown follow it, and OK
    is possible only when the passwords agree and are strong enough.
    """

    def __init__(
        self,
        mode: str,
        units: list[UnitRow],
        parent: QWidget | None = None,
        role: str = perm.NURSE,
        unit_id: int | None = None,
    ) -> None:
        super().__init__(parent)
        self.mode = mode
        self.username = QLineEdit()
        self.display_name = QLineEdit()
        self.role = role_combo()
        self.role.setCurrentIndex(max(0, self.role.findData(role)))
        self.unit = unit_combo(units)
        self.unit.setCurrentIndex(max(0, self.unit.findData(unit_id)))
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password_again = QLineEdit()
        self.password_again.setEchoMode(QLineEdit.EchoMode.Password)
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #a00000;")

        form = QFormLayout()
        if mode == "new":
            form.addRow(self.tr("&User name"), self.username)
            form.addRow(self.tr("&Name"), self.display_name)
        if mode in ("new", "role"):
            form.addRow(self.tr("&Role"), self.role)
            form.addRow(self.tr("U&nit"), self.unit)
        if mode in ("new", "password"):
            form.addRow(self.tr("&Password"), self.password)
            form.addRow(self.tr("Password &again"), self.password_again)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)

        titles = {
            "new": self.tr("New staff account"),
            "role": self.tr("Role and unit"),
            "password": self.tr("New password"),
        }
        self.setWindowTitle(titles[mode])
        for edit in (self.username, self.display_name, self.password):
            edit.textChanged.connect(self.check)
        self.password_again.textChanged.connect(self.check)
        self.check()

    def check(self) -> str:
        """The first problem in plain words ("" when OK is possible)."""
        problem = ""
        if self.mode == "new" and not self.username.text().strip():
            problem = self.tr("Give a user name.")
        elif self.mode == "new" and not self.display_name.text().strip():
            problem = self.tr("Give the person's name.")
        elif self.mode in ("new", "password"):
            weakness = check_password_strength(self.password.text())
            if weakness:
                problem = translated(weakness)
            elif self.password.text() != self.password_again.text():
                problem = self.tr("The passwords differ.")
        self.problem.setText(problem)
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(not problem)
        return problem
