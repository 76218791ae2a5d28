"""The referral list as a lazy table model: pages of ~100 rows, more on scrolling.

Each page comes from ``referrals.listing.fetch_page`` through the worker, so a
list of a million referrals opens as fast as one of ten. A new query (another
view or filter, another user) starts a new generation; pages of an older one
that arrive late are dropped.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from familjecenter_desktop.domain import referral_rules as rules
from familjecenter_desktop.referrals import listing
from familjecenter_desktop.referrals.views import ReferralRow
from familjecenter_desktop.ui.referrals import jobs
from familjecenter_desktop.ui.referrals.dates import show_date
from familjecenter_desktop.ui.referrals.messages import status_name, translated
from familjecenter_desktop.ui.worker import Worker

log = logging.getLogger(__name__)

ID_ROLE = Qt.ItemDataRole.UserRole + 1
ROW_ROLE = Qt.ItemDataRole.UserRole + 2

COLUMNS = ("family", "kind", "status", "receiver", "follow_up", "sender")
Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()


class ReferralListModel(QAbstractTableModel):
    """Rows of ``ReferralRow``; ``loaded`` tells how many rows are shown now."""

    # A page arrived (the number of rows now in the model).
    loaded = Signal(int)
    # A page was refused or failed (a message for the person at the screen).
    failed = Signal(str)

    def __init__(self, worker: Worker, parent=None) -> None:
        super().__init__(parent)
        self.worker = worker
        self.page_size = listing.PAGE_SIZE
        self._rows: list[ReferralRow] = []
        self._after: listing.Cursor | None = None
        self._loading = False
        self._generation = 0
        self._query = None

    # --- the query -----------------------------------------------------------

    def set_query(self, workspace, actor, wanted: listing.ReferralFilter, lang: str):
        """Show the first page of a new list (the old rows go at once)."""
        self._generation += 1
        self.beginResetModel()
        self._rows, self._after, self._loading = [], None, False
        self._query = (workspace, actor, wanted, lang)
        self.endResetModel()
        self._load(None)

    def clear(self) -> None:
        """Forget every row (on lock or log-out)."""
        self._generation += 1
        self.beginResetModel()
        self._rows, self._after, self._loading, self._query = [], None, False, None
        self.endResetModel()

    def is_loading(self) -> bool:
        return self._loading

    def _load(self, after: listing.Cursor | None) -> None:
        if self._query is None:
            return
        workspace, actor, wanted, lang = self._query
        generation, size = self._generation, self.page_size
        self._loading = True
        jobs.run(
            self.worker,
            lambda: listing.fetch_page(workspace, actor, wanted, after, size, lang),
            lambda page: self._append(generation, page),
            lambda exc: self._refused(generation, translated(exc.message)),
            write=True,  # each listed referral is written to the access log
            label="referral list page",
            on_error=lambda message: self._refused(generation, message),
        )

    def _append(self, generation: int, page: listing.ReferralPage) -> None:
        if generation != self._generation:
            return
        self._loading = False
        if page.rows:
            first = len(self._rows)
            self.beginInsertRows(QModelIndex(), first, first + len(page.rows) - 1)
            self._rows.extend(page.rows)
            self.endInsertRows()
        self._after = page.after
        self.loaded.emit(len(self._rows))

    def _refused(self, generation: int, message: str) -> None:
        if generation != self._generation:
            return
        self._loading = False
        self._after = None
        self.failed.emit(message)

    # --- lazy fetching -------------------------------------------------------

    def canFetchMore(self, parent: Index = _ROOT) -> bool:
        return not parent.isValid() and self._after is not None and not self._loading

    def fetchMore(self, parent: Index = _ROOT) -> None:
        if self.canFetchMore(parent):
            self._load(self._after)

    # --- the table -----------------------------------------------------------

    def rowCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def row_at(self, row: int) -> ReferralRow:
        return self._rows[row]

    def row_of(self, referral_id: int) -> int:
        """The row showing ``referral_id``, or -1."""
        for number, row in enumerate(self._rows):
            if row.id == referral_id:
                return number
        return -1

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        if role == ID_ROLE:
            return row.id
        if role == ROW_ROLE:
            return row
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, COLUMNS[index.column()])
        if role == Qt.ItemDataRole.ToolTipRole and (row.overdue or row.waiting):
            return attention_text(row)
        return None

    def _text(self, row: ReferralRow, column: str) -> str:
        if column == "family":
            return row.family_ref or "—"
        if column == "kind":
            return QCoreApplication.translate(
                "referral_rules", rules.KIND_NAMES.get(row.kind, row.kind)
            )
        if column == "status":
            flag = " ⚠" if row.overdue or row.waiting else ""
            return status_name(row.status) + flag
        if column == "receiver":
            return row.receiver
        if column == "follow_up":
            return show_date(row.follow_up_on)
        return row.sender_user

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if (
            role != Qt.ItemDataRole.DisplayRole
            or orientation != Qt.Orientation.Horizontal
        ):
            return None
        titles = {
            "family": QCoreApplication.translate("ReferralList", "Family"),
            "kind": QCoreApplication.translate("ReferralList", "Kind"),
            "status": QCoreApplication.translate("ReferralList", "Status"),
            "receiver": QCoreApplication.translate("ReferralList", "Receiver"),
            "follow_up": QCoreApplication.translate("ReferralList", "Follow up"),
            "sender": QCoreApplication.translate("ReferralList", "Sent by"),
        }
        return titles[COLUMNS[section]]


def attention_text(row: ReferralRow) -> str:
    """Why a row is flagged."""
    reasons = []
    if row.overdue:
        reasons.append(
            QCoreApplication.translate("ReferralList", "The follow-up date has passed.")
        )
    if row.waiting:
        reasons.append(
            QCoreApplication.translate(
                "ReferralList", "Sent, and no response for a long time."
            )
        )
    return " ".join(reasons)
