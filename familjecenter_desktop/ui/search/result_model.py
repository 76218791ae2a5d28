"""The result list's model: a ranked list of service ids, shown lazily in pages.

The search returns only ids. The model exposes them a page at a time through
``canFetchMore``/``fetchMore``, and asks for the rows' texts (name,
organisation, municipality) in batches through a loader that runs off the GUI
thread. Rows already read are kept in a cache, so scrolling back costs nothing;
a row not read yet shows an ellipsis until its page arrives.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt

from familjecenter_desktop.catalogue.shown import ServiceRow

log = logging.getLogger(__name__)

ServiceIdRole = Qt.ItemDataRole.UserRole + 1
OrganisationRole = Qt.ItemDataRole.UserRole + 2
MunicipalityRole = Qt.ItemDataRole.UserRole + 3
SummaryRole = Qt.ItemDataRole.UserRole + 4
NameRole = Qt.ItemDataRole.UserRole + 5

# Rows read per page: the first page is read with every keystroke's results, so
# it holds what fills the list two or three times over, no more (50 rows cost
# half of 100 at county scale: bench/bench_search.py); scrolling reads the next.
PAGE_SIZE = 50
PLACEHOLDER = "…"

# loader(ids, deliver): read the rows for ids somewhere else, then call deliver(rows).
RowLoader = Callable[[list[int], Callable[[list[ServiceRow]], None]], None]
Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()


class ServiceResultModel(QAbstractListModel):
    """Ranked search results, fetched in pages with a row cache."""

    def __init__(self, loader: RowLoader, parent=None, page_size: int = PAGE_SIZE):
        super().__init__(parent)
        self._loader = loader
        self._page_size = page_size
        self._ids: list[int] = []
        self._shown = 0
        self._cache: dict[int, ServiceRow] = {}
        self._asked: set[int] = set()
        self._generation = 0

    # --- what the view asks -------------------------------------------------

    def rowCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else self._shown

    def canFetchMore(self, parent: Index = _ROOT) -> bool:
        return not parent.isValid() and self._shown < len(self._ids)

    def fetchMore(self, parent: Index = _ROOT) -> None:
        if parent.isValid():
            return
        more = min(self._page_size, len(self._ids) - self._shown)
        if more <= 0:
            return
        self.beginInsertRows(QModelIndex(), self._shown, self._shown + more - 1)
        self._shown += more
        self.endInsertRows()
        self._request(self._ids[self._shown - more : self._shown])

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < self._shown:
            return None
        service_id = self._ids[index.row()]
        if role == ServiceIdRole:
            return service_id

        row = self._cache.get(service_id)
        if row is None:
            self._request(self._page_of(index.row()))
            return PLACEHOLDER if role == Qt.ItemDataRole.DisplayRole else None
        if role == Qt.ItemDataRole.DisplayRole:
            second = " · ".join(p for p in (row.organisation, row.municipality) if p)
            return f"{row.name}\n{second}" if second else row.name
        if role == Qt.ItemDataRole.ToolTipRole:
            return row.summary or None
        if role == NameRole:
            return row.name
        if role == OrganisationRole:
            return row.organisation
        if role == MunicipalityRole:
            return row.municipality
        if role == SummaryRole:
            return row.summary
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return ", ".join(
                p for p in (row.name, row.organisation, row.municipality) if p
            )
        return None

    # --- what the window does -----------------------------------------------

    def set_ids(self, ids: Sequence[int]) -> None:
        """Show a new ranked result; the first page is exposed at once."""
        self.beginResetModel()
        self._generation += 1
        self._ids = list(ids)
        self._shown = 0
        self._asked = {i for i in self._ids if i in self._cache}
        self.endResetModel()
        if self._ids:
            self.fetchMore()

    def clear_cache(self) -> None:
        """Forget every row read (the language changed); rows are read again."""
        self._cache.clear()
        self._asked.clear()
        if self._shown:
            self._request(self._ids[: self._shown])

    def ids(self) -> list[int]:
        return list(self._ids)

    def total(self) -> int:
        """How many services the search found, shown or not."""
        return len(self._ids)

    def service_id(self, row: int) -> int | None:
        return self._ids[row] if 0 <= row < self._shown else None

    def row_of(self, service_id: int) -> int | None:
        try:
            row = self._ids.index(service_id)
        except ValueError:
            return None
        return row if row < self._shown else None

    def cached_rows(self) -> int:
        return len(self._cache)

    # --- reading rows -------------------------------------------------------

    def _page_of(self, row: int) -> list[int]:
        start = row - row % self._page_size
        return self._ids[start : min(start + self._page_size, self._shown)]

    def _request(self, ids: list[int]) -> None:
        wanted = [i for i in ids if i not in self._asked]
        if not wanted:
            return
        self._asked.update(wanted)
        generation = self._generation
        self._loader(wanted, lambda rows: self._arrived(generation, wanted, rows))

    def _arrived(
        self, generation: int, asked: list[int], rows: list[ServiceRow]
    ) -> None:
        for row in rows:
            self._cache[row.id] = row
        if generation != self._generation:
            return
        asked_set = set(asked)
        for service_id in asked_set - {r.id for r in rows}:
            self._cache[service_id] = ServiceRow(service_id, "", "", "", "")
        positions = [
            i for i, sid in enumerate(self._ids[: self._shown]) if sid in asked_set
        ]
        if positions:
            self.dataChanged.emit(
                self.index(min(positions)), self.index(max(positions))
            )
