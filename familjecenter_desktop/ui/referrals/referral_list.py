"""The referral lists (follow-up views) and the detail with history and log."""

from __future__ import annotations

import html
import logging

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from familjecenter_desktop.core.timeutil import to_helsinki
from familjecenter_desktop.domain import referral_rules as rules
from familjecenter_desktop.domain.phones import display_phone
from familjecenter_desktop.referrals import followup, records
from familjecenter_desktop.referrals.errors import ReferralError
from familjecenter_desktop.ui.referrals.actions_bar import ActionsBar
from familjecenter_desktop.ui.referrals.messages import translated

log = logging.getLogger(__name__)

VIEW_ORDER = ("unit", "mine", "overdue", "waiting")


class ReferralList(QWidget):
    """A follow-up view chosen at the top, the rows, and the chosen referral."""

    # The user chose a referral (its id).
    referral_chosen = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = None
        self.actor = None
        self.lang = "fi"
        self.view_choice = QComboBox()
        self.table = QTableWidget(0, 6)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.detail = QTextBrowser()
        self.actions = ActionsBar()
        self.actions.referral_changed.connect(self._changed)

        top = QHBoxLayout()
        top.addWidget(self.view_choice)
        top.addStretch(1)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        lower = QWidget()
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        lower_layout.addWidget(self.actions)
        lower_layout.addWidget(self.detail)
        splitter.addWidget(lower)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(splitter)

        self.view_choice.currentIndexChanged.connect(self.refresh)
        self.table.itemSelectionChanged.connect(self._chosen)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        current = max(0, self.view_choice.currentIndex())
        self.view_choice.blockSignals(True)
        self.view_choice.clear()
        names = {
            "unit": self.tr("My unit's open referrals"),
            "mine": self.tr("My open referrals"),
            "overdue": self.tr("Follow-up overdue"),
            "waiting": self.tr("Waiting for a response"),
        }
        for key in VIEW_ORDER:
            self.view_choice.addItem(names[key], key)
        self.view_choice.setCurrentIndex(current)
        self.view_choice.blockSignals(False)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Family"),
                self.tr("Kind"),
                self.tr("Status"),
                self.tr("Receiver"),
                self.tr("Follow up"),
                self.tr("Sent by"),
            ]
        )

    def set_context(self, workspace, actor, lang: str) -> None:
        self.workspace, self.actor, self.lang = workspace, actor, lang
        self.refresh()

    def clear(self) -> None:
        """Hide every client detail (on lock or log-out)."""
        self.actor = None
        self.table.setRowCount(0)
        self.detail.clear()
        self.actions.set_referral(None, None, None)

    def refresh(self) -> None:
        if self.workspace is None or self.actor is None:
            return
        view = self.view_choice.currentData() or "unit"
        rows = followup.follow_up_list(self.workspace, self.actor, view, self.lang)
        self.table.setRowCount(len(rows))
        for index, row in enumerate(rows):
            flag = " ⚠" if row.overdue or row.waiting else ""
            cells = [
                row.family_ref or "—",
                QCoreApplication.translate(
                    "referral_rules", rules.KIND_NAMES.get(row.kind, row.kind)
                ),
                status_name(row.status) + flag,
                row.receiver,
                row.follow_up_on.isoformat() if row.follow_up_on else "",
                row.sender_user,
            ]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, row.id)
                self.table.setItem(index, column, item)
        self.table.resizeColumnsToContents()

    def _chosen(self) -> None:
        items = self.table.selectedItems()
        if not items:
            return
        referral_id = items[0].data(Qt.ItemDataRole.UserRole)
        self.show_referral(referral_id)
        self.referral_chosen.emit(referral_id)

    def show_referral(self, referral_id: int) -> None:
        """The referral's details, history and consents (the view is logged)."""
        try:
            view = records.get_referral(
                self.workspace, self.actor, referral_id, self.lang
            )
        except ReferralError as exc:
            self.detail.setPlainText(translated(exc.message))
            return
        self.detail.setHtml(detail_html(view, self))
        self.actions.set_referral(self.workspace, self.actor, view)

    def _changed(self, referral_id: int) -> None:
        self.refresh()
        self.show_referral(referral_id)


def status_name(status: str) -> str:
    names = {
        "draft": QCoreApplication.translate("ReferralList", "Draft"),
        "sent": QCoreApplication.translate("ReferralList", "Sent"),
        "received": QCoreApplication.translate("ReferralList", "Received"),
        "accepted": QCoreApplication.translate("ReferralList", "Accepted"),
        "declined": QCoreApplication.translate("ReferralList", "Declined"),
        "completed": QCoreApplication.translate("ReferralList", "Completed"),
        "cancelled": QCoreApplication.translate("ReferralList", "Cancelled"),
    }
    return names.get(status, status)


def detail_html(view, widget: QWidget) -> str:
    """The referral as HTML: family (when shown), history, consents."""
    del widget
    e = html.escape
    withdrawn = QCoreApplication.translate(
        "ReferralList", "Consent withdrawn: no further disclosure."
    )
    temporary = QCoreApplication.translate("ReferralList", "Temporary identity code")
    hidden = QCoreApplication.translate(
        "ReferralList", "Family details are not shown to you."
    )
    parts = [f"<h3>{e(view.receiver)}</h3>", f"<p>{e(status_name(view.status))}</p>"]
    if view.consent_withdrawn:
        parts.append(f"<p><b>{e(withdrawn)}</b></p>")
    if view.family is not None:
        family = view.family
        phones = ", ".join(display_phone(p) for p in family.phones)
        details = [family.reference, family.names, phones]
        parts.append("<p>" + e(" · ".join(d for d in details if d)) + "</p>")
        if family.identity_temporary:
            parts.append(f"<p>{e(temporary)}</p>")
    else:
        parts.append(f"<p><i>{e(hidden)}</i></p>")

    history = QCoreApplication.translate("ReferralList", "History")
    parts.append(f"<h4>{e(history)}</h4><ul>")
    for event in view.events:
        when = to_helsinki(event.at).strftime("%d.%m.%Y %H:%M")
        note = f" — {e(event.note)}" if event.note else ""
        parts.append(
            f"<li>{when} {e(event.username)}: {e(status_name(event.to_status))}"
            f" ({e(event.action)}){note}</li>"
        )
    given = QCoreApplication.translate("ReferralList", "Consents")
    parts.append(f"</ul><h4>{e(given)}</h4><ul>")
    for consent in view.consents:
        state = (
            QCoreApplication.translate("ReferralList", "in force")
            if consent.in_force
            else QCoreApplication.translate("ReferralList", "not in force")
        )
        data = ", ".join(consent.data)
        parts.append(f"<li>{e(consent.given_by)}, {e(data)}: {e(state)}</li>")
    parts.append("</ul>")
    return "".join(parts)
