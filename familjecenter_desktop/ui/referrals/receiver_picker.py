"""Choosing who receives a referral: a catalogue service, or an actor or unit.

Typing searches both at once, off the GUI thread: services through the same
search engine as the look-up, actors and units by name. Enter takes the chosen
line; the arrow keys move from the search field into the lists.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from familjecenter_desktop.catalogue.searchrequest import SearchRequest
from familjecenter_desktop.catalogue.searchtext import fold
from familjecenter_desktop.referrals import actors
from familjecenter_desktop.ui.referrals import jobs
from familjecenter_desktop.ui.search import queries
from familjecenter_desktop.ui.worker import Worker

log = logging.getLogger(__name__)

SERVICE_LIMIT = 30
UNIT_LIMIT = 30


@dataclass(frozen=True)
class Receiver:
    """The chosen receiver: a service id or an organisation/unit id, and a label."""

    service_id: int | None
    org_id: int | None
    label: str


def find_services(workspace, text: str, lang: str) -> list[Receiver]:
    """Catalogue services matching ``text`` (best first)."""
    ids = queries.search_ids(workspace, SearchRequest(text=text, limit=SERVICE_LIMIT))
    rows = queries.rows(workspace, ids, lang)
    return [
        Receiver(
            r.id, None, f"{r.name} ({r.organisation})" if r.organisation else r.name
        )
        for r in rows
    ]


def unit_label(unit: actors.UnitRow) -> str:
    return f"{unit.name} ({unit.parent_name})" if unit.parent_name else unit.name


class ReceiverPicker(QDialog):
    """A search field over two lists; ``chosen`` holds the receiver after OK."""

    def __init__(
        self, worker: Worker, workspace, lang: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.worker, self.workspace, self.lang = worker, workspace, lang
        self.chosen: Receiver | None = None
        self._units: list[actors.UnitRow] = []

        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.services = QListWidget()
        self.units = QListWidget()
        self.service_label = QLabel()
        self.service_label.setBuddy(self.services)
        self.unit_label = QLabel()
        self.unit_label.setBuddy(self.units)
        self.search_label = QLabel()
        self.search_label.setBuddy(self.search)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self._take)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        for widget in (
            self.search_label,
            self.search,
            self.service_label,
            self.services,
            self.unit_label,
            self.units,
            self.buttons,
        ):
            layout.addWidget(widget)

        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(200)
        self.timer.timeout.connect(self.run_search)
        self.search.textChanged.connect(lambda _: self.timer.start())
        self.search.installEventFilter(self)
        for box in (self.services, self.units):
            box.itemActivated.connect(lambda _item: self._take())
            box.currentItemChanged.connect(self._selection_moved)
        self.retranslate_ui()
        self.resize(560, 520)
        self._load_units()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Choose the receiver"))
        self.search_label.setText(self.tr("&Search by name"))
        self.service_label.setText(self.tr("Ser&vices in the catalogue"))
        self.unit_label.setText(self.tr("Actors and &units"))
        self.search.setPlaceholderText(self.tr("For example: family counselling"))

    def _load_units(self) -> None:
        workspace, lang = self.workspace, self.lang
        jobs.run(
            self.worker,
            lambda: actors.list_units(workspace, lang),
            self._units_loaded,
            label="receiver units",
        )

    def _units_loaded(self, units: list[actors.UnitRow]) -> None:
        self._units = units
        self._show_units()

    def run_search(self) -> None:
        """Search services for the typed text and narrow the units."""
        self._show_units()
        text = self.search.text().strip()
        if not text:
            self.services.clear()
            return
        workspace, lang = self.workspace, self.lang
        jobs.run(
            self.worker,
            lambda: find_services(workspace, text, lang),
            self._show_services,
            key="receiver search",
            label="receiver search",
        )

    def _show_services(self, found: list[Receiver]) -> None:
        self.services.clear()
        for receiver in found:
            item = QListWidgetItem(receiver.label)
            item.setData(Qt.ItemDataRole.UserRole, receiver)
            self.services.addItem(item)

    def _show_units(self) -> None:
        needle = fold(self.search.text().strip())
        self.units.clear()
        shown = 0
        for unit in self._units:
            label = unit_label(unit)
            if needle and needle not in fold(label):
                continue
            item = QListWidgetItem(label)
            item.setData(Qt.ItemDataRole.UserRole, Receiver(None, unit.id, label))
            self.units.addItem(item)
            shown += 1
            if shown >= UNIT_LIMIT:
                break

    def _selection_moved(self, current, _previous) -> None:
        if current is None:
            return
        other = self.units if current.listWidget() is self.services else self.services
        other.blockSignals(True)
        other.setCurrentItem(None)
        other.clearSelection()
        other.blockSignals(False)

    def current(self) -> Receiver | None:
        for box in (self.services, self.units):
            item = box.currentItem()
            if item is not None and item.isSelected():
                return item.data(Qt.ItemDataRole.UserRole)
        return None

    def _take(self) -> None:
        self.chosen = self.current()
        if self.chosen is not None:
            self.accept()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.search and event.type() == QEvent.Type.KeyPress:
            if event.key() == Qt.Key.Key_Down:
                box = self.services if self.services.count() else self.units
                if box.count():
                    box.setFocus()
                    box.setCurrentRow(0)
                return True
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.timer.stop()
                self.run_search()
                return True
        return super().eventFilter(watched, event)
