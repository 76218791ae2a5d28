"""What every administration page shares: the context and running a step."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QLabel,
    QMessageBox,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from familjecenter_desktop.referrals.errors import ReferralError
from familjecenter_desktop.ui.referrals import jobs
from familjecenter_desktop.ui.referrals.messages import refusal_text
from familjecenter_desktop.ui.worker import Worker

log = logging.getLogger(__name__)


def plain_table(columns: int) -> QTableWidget:
    table = QTableWidget(0, columns)
    table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
    table.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
    table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
    table.verticalHeader().setVisible(False)
    table.horizontalHeader().setStretchLastSection(True)
    table.setTabKeyNavigation(False)
    return table


def fill_table(table: QTableWidget, rows: list[tuple[object, list[str]]]) -> None:
    """Show ``rows`` of (id, cells); the id is kept on every cell."""
    table.setRowCount(len(rows))
    for row, (item_id, cells) in enumerate(rows):
        for column, text in enumerate(cells):
            item = QTableWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, item_id)
            table.setItem(row, column, item)
    table.resizeColumnsToContents()


def chosen_id(table: QTableWidget):
    """The id of the selected row, or None."""
    rows = table.selectionModel().selectedRows()
    return rows[0].data(Qt.ItemDataRole.UserRole) if rows else None


class AdminPage(QWidget):
    """A page of the administration view; subclasses fill ``reload``."""

    def __init__(self, worker: Worker, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.worker = worker
        self.workspace = None
        self.actor = None
        self.lang = "fi"
        self.status = QLabel()
        self.status.setWordWrap(True)

    def set_context(self, workspace, actor, lang: str) -> None:
        self.workspace, self.actor, self.lang = workspace, actor, lang
        self.clear()
        if actor is not None:
            self.reload()

    def clear(self) -> None:
        """Forget what is shown (on lock or log-out)."""
        self.status.clear()

    def reload(self) -> None:
        """Read the page's content again."""

    def run(
        self,
        fn: Callable[[], Any],
        on_done: Callable[[Any], None],
        *,
        write: bool = False,
        label: str = "administration",
    ) -> None:
        """Run a step through the worker; refusals are shown in a message box.

        A result that arrives after the session was locked or the user changed
        is dropped, so nothing reappears on a locked screen.
        """
        actor = self.actor

        def done(result: Any) -> None:
            if self.actor is not None and self.actor == actor:
                on_done(result)

        jobs.run(
            self.worker,
            fn,
            done,
            self.refused,
            write=write,
            label=label,
            on_error=self.failed,
        )

    def refused(self, exc: ReferralError) -> None:
        self.failed(refusal_text(exc))

    def failed(self, message: str) -> None:
        self.status.setText(message)
        title = QCoreApplication.translate("AdminPage", "Administration")
        QMessageBox.warning(self, title, message)
