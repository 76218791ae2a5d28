"""Retention: the closed referrals past the period, anonymised after a confirmation."""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from familjecenter_desktop.core.timeutil import to_helsinki
from familjecenter_desktop.domain import referral_rules as rules
from familjecenter_desktop.referrals import retention
from familjecenter_desktop.referrals.retention import DueRow
from familjecenter_desktop.ui.admin.page import AdminPage, fill_table, plain_table
from familjecenter_desktop.ui.referrals.dates import show_date
from familjecenter_desktop.ui.referrals.messages import status_name
from familjecenter_desktop.ui.worker import Worker

log = logging.getLogger(__name__)


class RetentionPage(AdminPage):
    """What is due for anonymising, and the button that does it."""

    def __init__(self, worker: Worker, parent: QWidget | None = None) -> None:
        super().__init__(worker, parent)
        self.due: list[DueRow] = []
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.table = plain_table(4)
        self.check_button = QPushButton()
        self.check_button.clicked.connect(self.reload)
        self.anonymise_button = QPushButton()
        self.anonymise_button.clicked.connect(self.anonymise)
        buttons = QHBoxLayout()
        buttons.addWidget(self.check_button)
        buttons.addWidget(self.anonymise_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(buttons)
        layout.addWidget(self.table)
        layout.addWidget(self.status)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        months = (
            self.workspace.settings.get("retention_months") if self.workspace else 12
        )
        self.intro.setText(
            self.tr(
                "Closed referrals are anonymised %n month(s) after closing: the "
                "family's details, notes and consent purposes go; what statistics "
                "need stays.",
                "",
                months,
            )
        )
        self.check_button.setText(self.tr("Check &what is due"))
        self.table.setHorizontalHeaderLabels(
            [self.tr("Referral"), self.tr("Kind"), self.tr("Status"), self.tr("Closed")]
        )
        self._show_due()

    def set_context(self, workspace, actor, lang: str) -> None:
        super().set_context(workspace, actor, lang)
        self.retranslate_ui()

    def clear(self) -> None:
        super().clear()
        self.due = []
        self.table.setRowCount(0)
        self._show_due()

    def reload(self) -> None:
        workspace, actor = self.workspace, self.actor
        self.run(
            lambda: retention.due_for_anonymising(workspace, actor),
            self._loaded,
            label="retention due",
        )

    def _loaded(self, due: list[DueRow]) -> None:
        self.due = due
        self._show_due()

    def _show_due(self) -> None:
        rows = [
            (
                due.id,
                [
                    str(due.id),
                    QCoreApplication.translate(
                        "referral_rules", rules.KIND_NAMES.get(due.kind, due.kind)
                    ),
                    status_name(due.status),
                    show_date(to_helsinki(due.closed_at).date()),
                ],
            )
            for due in self.due
        ]
        fill_table(self.table, rows)
        self.anonymise_button.setText(
            self.tr("&Anonymise %n referral(s)…", "", len(self.due))
        )
        self.anonymise_button.setEnabled(bool(self.due))

    def anonymise(self) -> None:
        count = len(self.due)
        answer = QMessageBox.question(
            self,
            self.tr("Anonymise"),
            self.tr(
                "Anonymise %n closed referral(s) now? The family details cannot be "
                "brought back.",
                "",
                count,
            ),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.anonymise_now()

    def anonymise_now(self) -> None:
        """Anonymise what is due, through the worker (after the confirmation)."""
        workspace, actor = self.workspace, self.actor
        self.run(
            lambda: retention.anonymise_due(workspace, actor),
            self._anonymised,
            write=True,
            label="anonymise",
        )

    def _anonymised(self, count: int) -> None:
        self.status.setText(self.tr("%n referral(s) anonymised.", "", count))
        self.reload()
