"""The basket: the services picked from the look-up for one family's sheet."""

from __future__ import annotations

import logging

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QWidget

log = logging.getLogger(__name__)

ID_ROLE = Qt.ItemDataRole.UserRole


class Basket(QListWidget):
    """An ordered list of services; each service at most once."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sheet_basket")
        self.setSelectionMode(QListWidget.SelectionMode.ExtendedSelection)
        self.setDragDropMode(QListWidget.DragDropMode.InternalMove)
        self.model().rowsMoved.connect(lambda *_: self.changed.emit())

    def ids(self) -> list[int]:
        """The service ids in the order they will be printed."""
        return [int(self.item(row).data(ID_ROLE)) for row in range(self.count())]

    def add(self, service_id: int, name: str = "") -> bool:
        """Add a service; False when it is already in the basket."""
        if service_id in self.ids():
            return False
        item = QListWidgetItem(name or f"#{service_id}")
        item.setData(ID_ROLE, service_id)
        self.addItem(item)
        self.changed.emit()
        return True

    def set_name(self, service_id: int, name: str) -> None:
        """Show the service's name once it has been read."""
        for row in range(self.count()):
            item = self.item(row)
            if int(item.data(ID_ROLE)) == service_id and name:
                item.setText(name)

    def remove_selected(self) -> None:
        for item in self.selectedItems():
            self.takeItem(self.row(item))
        self.changed.emit()

    def clear_all(self) -> None:
        self.clear()
        self.changed.emit()
