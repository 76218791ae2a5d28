"""Staff accounts: add, change role and unit, reset a password, close or reopen."""

from __future__ import annotations

import logging

from PySide6.QtWidgets import (
    QHBoxLayout,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from familjecenter_desktop.referrals import accounts, actors
from familjecenter_desktop.referrals.accounts import UserRow
from familjecenter_desktop.ui.admin.account_dialogs import AccountDialog, role_name
from familjecenter_desktop.ui.admin.page import (
    AdminPage,
    chosen_id,
    fill_table,
    plain_table,
)
from familjecenter_desktop.ui.worker import Worker

log = logging.getLogger(__name__)


class StaffPage(AdminPage):
    """Every account, and the steps on the chosen one."""

    def __init__(self, worker: Worker, parent: QWidget | None = None) -> None:
        super().__init__(worker, parent)
        self.users: list[UserRow] = []
        self.units: list[actors.UnitRow] = []
        self.table = plain_table(5)
        self.table.itemSelectionChanged.connect(self._show_buttons)
        self.add_button = QPushButton()
        self.add_button.clicked.connect(self.add_user)
        self.role_button = QPushButton()
        self.role_button.clicked.connect(self.change_role)
        self.password_button = QPushButton()
        self.password_button.clicked.connect(self.reset_password)
        self.active_button = QPushButton()
        self.active_button.clicked.connect(self.toggle_active)

        buttons = QHBoxLayout()
        for button in (
            self.add_button,
            self.role_button,
            self.password_button,
            self.active_button,
        ):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.table)
        layout.addWidget(self.status)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.add_button.setText(self.tr("&Add account…"))
        self.role_button.setText(self.tr("Role and &unit…"))
        self.password_button.setText(self.tr("New pass&word…"))
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("User name"),
                self.tr("Name"),
                self.tr("Role"),
                self.tr("Unit"),
                self.tr("Account"),
            ]
        )
        self._show_users()

    def clear(self) -> None:
        super().clear()
        self.users = []
        self.table.setRowCount(0)
        self._show_buttons()

    def reload(self) -> None:
        workspace, actor, lang = self.workspace, self.actor, self.lang

        def read():
            return accounts.list_users(workspace, actor), actors.list_units(
                workspace, lang
            )

        self.run(read, self._loaded, label="staff accounts")

    def _loaded(self, loaded) -> None:
        self.users, self.units = loaded
        self._show_users()

    def _show_users(self) -> None:
        names = {u.id: u.name for u in self.units}
        rows = [
            (
                user.id,
                [
                    user.username,
                    user.display_name,
                    role_name(user.role),
                    names.get(user.unit_id, ""),
                    self.tr("in use") if user.active else self.tr("closed"),
                ],
            )
            for user in self.users
        ]
        fill_table(self.table, rows)
        self._show_buttons()

    def chosen(self) -> UserRow | None:
        user_id = chosen_id(self.table)
        return next((u for u in self.users if u.id == user_id), None)

    def _show_buttons(self) -> None:
        user = self.chosen()
        for button in (self.role_button, self.password_button, self.active_button):
            button.setEnabled(user is not None)
        if user is not None and not user.active:
            self.active_button.setText(self.tr("&Reopen account…"))
        else:
            self.active_button.setText(self.tr("&Close account…"))

    # --- the steps --------------------------------------------------------------

    def add_user(self) -> None:
        dialog = AccountDialog("new", self.units, self)
        if dialog.exec():
            self.create(
                dialog.username.text(),
                dialog.display_name.text(),
                dialog.role.currentData(),
                dialog.unit.currentData(),
                dialog.password.text(),
            )

    def create(
        self, username: str, name: str, role: str, unit: int | None, password: str
    ) -> None:
        """Add the account through the worker."""
        workspace, actor = self.workspace, self.actor
        self.run(
            lambda: accounts.create_user(
                workspace, actor, username, name, role, unit, password
            ),
            lambda row: self._done(
                self.tr("Account %1 added.").replace("%1", row.username)
            ),
            write=True,
            label="add account",
        )

    def change_role(self) -> None:
        user = self.chosen()
        if user is None:
            return
        dialog = AccountDialog("role", self.units, self, user.role, user.unit_id)
        if dialog.exec():
            self.set_role(user, dialog.role.currentData(), dialog.unit.currentData())

    def set_role(self, user: UserRow, role: str, unit: int | None) -> None:
        workspace, actor = self.workspace, self.actor
        self.run(
            lambda: accounts.change_role(workspace, actor, user.id, role, unit),
            lambda row: self._done(
                self.tr("%1 now has the new role and unit.").replace("%1", row.username)
            ),
            write=True,
            label="change role",
        )

    def reset_password(self, then_reopen: bool = False) -> None:
        user = self.chosen()
        if user is None:
            return
        dialog = AccountDialog("password", self.units, self)
        if dialog.exec():
            self.new_password(user, dialog.password.text(), then_reopen)

    def new_password(self, user: UserRow, password: str, reopen: bool = False) -> None:
        """Set the password (and reopen a closed account) through the worker."""
        workspace, actor = self.workspace, self.actor

        def step():
            accounts.reset_password(workspace, actor, user.id, password)
            if reopen:
                accounts.set_active(workspace, actor, user.id, True)

        self.run(
            step,
            lambda _: self._done(
                self.tr("%1 has a new password; tell it to them in person.").replace(
                    "%1", user.username
                )
            ),
            write=True,
            label="new password",
        )

    def toggle_active(self) -> None:
        user = self.chosen()
        if user is None:
            return
        if not user.active:
            # A closed account lost its key: it opens again with a new password.
            self.reset_password(then_reopen=True)
            return
        answer = QMessageBox.question(
            self,
            self.tr("Close account"),
            self.tr(
                "Close the account %1? The person can no longer log in; what they "
                "recorded stays."
            ).replace("%1", user.username),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.close_account(user)

    def close_account(self, user: UserRow) -> None:
        workspace, actor = self.workspace, self.actor
        self.run(
            lambda: accounts.set_active(workspace, actor, user.id, False),
            lambda _: self._done(
                self.tr("Account %1 closed.").replace("%1", user.username)
            ),
            write=True,
            label="close account",
        )

    def _done(self, message: str) -> None:
        self.status.setText(message)
        self.reload()
