"""Actors and units: added by hand, or under an organisation of the catalogue."""

from __future__ import annotations

import logging

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from familjecenter_desktop.domain.phones import display_phone
from familjecenter_desktop.referrals import actors
from familjecenter_desktop.referrals.actors import UnitRow
from familjecenter_desktop.ui.admin.page import (
    AdminPage,
    chosen_id,
    fill_table,
    plain_table,
)
from familjecenter_desktop.ui.referrals.messages import problems_text
from familjecenter_desktop.ui.worker import Worker

log = logging.getLogger(__name__)


class UnitDialog(QDialog):
    """A unit's names, the organisation it belongs to, and its contact details."""

    def __init__(
        self,
        units: list[UnitRow],
        parent: QWidget | None = None,
        unit: UnitRow | None = None,
    ) -> None:
        super().__init__(parent)
        self.unit = unit
        self.name_fi = QLineEdit()
        self.name_sv = QLineEdit()
        self.parent_unit = QComboBox()
        self.parent_unit.addItem(self.tr("(an organisation of its own)"), None)
        for row in units:
            if row.parent_id is None:
                self.parent_unit.addItem(row.name, row.id)
        self.email = QLineEdit()
        self.phone = QLineEdit()
        self.phone.setPlaceholderText(self.tr("For example: 029 123 4567"))
        self.problems = QLabel()
        self.problems.setWordWrap(True)
        self.problems.setStyleSheet("color: #a00000;")

        form = QFormLayout()
        editing = unit is not None
        if not editing or not unit.from_catalogue:
            form.addRow(self.tr("Name in &Finnish"), self.name_fi)
            form.addRow(self.tr("Name in &Swedish"), self.name_sv)
        if not editing:
            form.addRow(self.tr("&Belongs to"), self.parent_unit)
        form.addRow(self.tr("&E-mail"), self.email)
        form.addRow(self.tr("&Phone"), self.phone)
        if editing:
            self.name_fi.setText(unit.names.get("fi", ""))
            self.name_sv.setText(unit.names.get("sv", ""))
            self.email.setText(unit.email or "")
            self.phone.setText(display_phone(unit.phone) if unit.phone else "")
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.problems)
        layout.addWidget(buttons)
        self.setWindowTitle(
            self.tr("Contact details") if editing else self.tr("New unit")
        )

    def names(self) -> dict[str, str]:
        return {"fi": self.name_fi.text(), "sv": self.name_sv.text()}

    def accept(self) -> None:
        """Close only when the names, e-mail and phone are fine; else say why."""
        if self.unit is None:
            names = self.names()
        elif self.unit.from_catalogue:
            names = self.unit.names
        else:
            names = {**self.unit.names, **self.changed_names()}
        problems = actors.unit_problems(names, self.email.text(), self.phone.text())
        self.problems.setText(problems_text(problems))
        if not problems:
            super().accept()

    def changed_names(self) -> dict[str, str]:
        """Only the names the user changed, by language (all for a new unit)."""
        if self.unit is None:
            return self.names()
        return {
            lang: text
            for lang, text in self.names().items()
            if text.strip() != self.unit.names.get(lang, "").strip()
        }


class UnitsPage(AdminPage):
    """Every organisation and unit, with its contact details."""

    # A unit was added or changed (other pages' unit choices read them again).
    units_changed = Signal()

    def __init__(self, worker: Worker, parent: QWidget | None = None) -> None:
        super().__init__(worker, parent)
        self.units: list[UnitRow] = []
        self.table = plain_table(5)
        self.table.itemSelectionChanged.connect(self._show_buttons)
        self.add_button = QPushButton()
        self.add_button.clicked.connect(self.add_unit)
        self.edit_button = QPushButton()
        self.edit_button.clicked.connect(self.edit_unit)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.edit_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.table)
        layout.addWidget(self.status)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.add_button.setText(self.tr("&Add unit…"))
        self.edit_button.setText(self.tr("Contact &details…"))
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Unit"),
                self.tr("Belongs to"),
                self.tr("E-mail"),
                self.tr("Phone"),
                self.tr("Source"),
            ]
        )
        self._show_units()

    def clear(self) -> None:
        super().clear()
        self.units = []
        self.table.setRowCount(0)
        self._show_buttons()

    def reload(self) -> None:
        workspace, lang = self.workspace, self.lang
        self.run(
            lambda: actors.list_units(workspace, lang), self._loaded, label="units"
        )

    def _loaded(self, units: list[UnitRow]) -> None:
        self.units = units
        self._show_units()

    def _show_units(self) -> None:
        rows = [
            (
                unit.id,
                [
                    unit.name,
                    unit.parent_name,
                    unit.email or "",
                    display_phone(unit.phone) if unit.phone else "",
                    self.tr("catalogue") if unit.from_catalogue else self.tr("by hand"),
                ],
            )
            for unit in self.units
        ]
        fill_table(self.table, rows)
        self._show_buttons()

    def chosen(self) -> UnitRow | None:
        unit_id = chosen_id(self.table)
        return next((u for u in self.units if u.id == unit_id), None)

    def _show_buttons(self) -> None:
        self.edit_button.setEnabled(self.chosen() is not None)

    def add_unit(self) -> None:
        dialog = UnitDialog(self.units, self)
        if not dialog.exec():
            return
        self.create(
            dialog.names(),
            dialog.parent_unit.currentData(),
            dialog.email.text(),
            dialog.phone.text(),
        )

    def create(
        self, names: dict[str, str], parent: int | None, email: str, phone: str
    ) -> None:
        """Add the unit through the worker."""
        workspace, actor = self.workspace, self.actor
        self.run(
            lambda: actors.add_unit(workspace, actor, names, parent, email, phone),
            lambda _: self._done(self.tr("Unit added.")),
            write=True,
            label="add unit",
        )

    def edit_unit(self) -> None:
        unit = self.chosen()
        if unit is None:
            return
        dialog = UnitDialog(self.units, self, unit)
        if not dialog.exec():
            return
        workspace, actor = self.workspace, self.actor
        names = dialog.changed_names()
        email, phone = dialog.email.text(), dialog.phone.text()
        self.run(
            lambda: actors.update_unit(workspace, actor, unit.id, names, email, phone),
            lambda _: self._done(self.tr("Contact details saved.")),
            write=True,
            label="edit unit",
        )

    def _done(self, message: str) -> None:
        self.status.setText(message)
        self.reload()
        self.units_changed.emit()
