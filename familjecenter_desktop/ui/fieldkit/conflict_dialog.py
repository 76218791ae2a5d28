"""Referrals changed both at the site and in the field: both versions, one choice.

The list on the left names each referral; the table shows its two versions side
by side, the rows that differ in bold on a tinted background; the buttons below
choose the version to keep. Importing is possible once every referral has a
choice. Status events and consents made in the field are added either way.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QRadioButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from familjecenter_desktop.domain import referral_rules as rules
from familjecenter_desktop.domain.phones import display_phone
from familjecenter_desktop.fieldkit.sides import COMPARED, Conflict, ReferralSide
from familjecenter_desktop.fieldkit.states import KEEP_FIELD, KEEP_SITE
from familjecenter_desktop.ui.referrals.dates import show_date, show_moment
from familjecenter_desktop.ui.referrals.messages import (
    action_name,
    consent_givers,
    consent_methods,
    status_name,
)
from familjecenter_desktop.ui.referrals.referral_form import TASK_NAMES

log = logging.getLogger(__name__)

DIFFERENT = QColor(255, 236, 179)
HISTORY_LINES = 6
# The referral form's words for urgency (its translations are reused).
URGENCY_WORDS = {"normal": "Normal", "soon": "Soon", "urgent": "Urgent"}


class ConflictDialog(QDialog):
    """Choose the site's or the laptop's version of each conflicting referral."""

    def __init__(self, conflicts: list[Conflict], parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("kit_conflict_dialog")
        self.conflicts = list(conflicts)
        self.chosen: dict[str, str] = {}

        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.referrals = QListWidget(objectName="conflict_referrals")
        self.table = QTableWidget(len(COMPARED), 2, objectName="conflict_table")
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)
        self.table.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.Stretch
        )
        self.table.verticalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents
        )
        self.keep_site = QRadioButton(objectName="keep_site")
        self.keep_field = QRadioButton(objectName="keep_field")
        self.group = QButtonGroup(self)
        self.group.addButton(self.keep_site)
        self.group.addButton(self.keep_field)
        self.group.buttonClicked.connect(self._choice_made)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.table, 1)
        choice_row = QHBoxLayout()
        choice_row.addWidget(self.keep_site)
        choice_row.addWidget(self.keep_field)
        choice_row.addStretch(1)
        right_layout.addLayout(choice_row)
        splitter = QSplitter()
        splitter.addWidget(self.referrals)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 3)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.buttons)

        self.referrals.currentRowChanged.connect(self._show)
        self.retranslate_ui()
        self.referrals.setCurrentRow(0)
        self.resize(980, 640)

    # --- text -----------------------------------------------------------------

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Changed at the site and in the field"))
        self.intro.setText(
            self.tr(
                "These referrals were changed both here and on the laptop after "
                "the field kit was made. Compare the versions and choose which to "
                "keep for each. Status events and consents made in the field are "
                "added either way, and your choice is written to the history and "
                "the access log."
            )
        )
        self.table.setHorizontalHeaderLabels(
            [self.tr("At the site"), self.tr("On the laptop")]
        )
        self.table.setVerticalHeaderLabels([self.field_label(n) for n in COMPARED])
        self.keep_site.setText(self.tr("Keep the &site's version"))
        self.keep_field.setText(self.tr("Keep the &laptop's version"))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(
            self.tr("&Import with these choices")
        )
        self._fill_list()
        self._show(self.referrals.currentRow())

    def field_label(self, name: str) -> str:
        labels = {
            "status": self.tr("Status"),
            "kind": self.tr("Kind"),
            "family_ref": self.tr("Family reference"),
            "family_names": self.tr("Names"),
            "phones": self.tr("Phones"),
            "language": self.tr("Language"),
            "interpreter_needed": self.tr("Interpreter needed"),
            "contact_how": self.tr("How to contact"),
            "contact_when": self.tr("When to contact"),
            "receiver": self.tr("Receiver"),
            "reasons": self.tr("Reasons"),
            "urgency": self.tr("Urgency"),
            "note": self.tr("Note"),
            "follow_up_on": self.tr("Follow-up date"),
            "outcome": self.tr("Outcome"),
            "decline_reason": self.tr("Reason for declining"),
            "updated_at": self.tr("Last changed"),
            "consents": self.tr("Consents"),
            "history": self.tr("History (latest)"),
        }
        return labels.get(name, name)

    def value_text(self, side: ReferralSide, name: str) -> str:
        value = getattr(side, name)
        if name == "status":
            return status_name(value)
        if name == "kind":
            return QCoreApplication.translate(
                "referral_rules", rules.KIND_NAMES.get(value, value)
            )
        if name == "reasons":
            return ", ".join(
                QCoreApplication.translate("ReferralForm", TASK_NAMES.get(k, k))
                for k in value
            )
        if name == "urgency":
            return QCoreApplication.translate(
                "ReferralForm", URGENCY_WORDS.get(value, value)
            )
        if name == "phones":
            return ", ".join(display_phone(p) for p in value)
        if name == "interpreter_needed":
            return self.tr("yes") if value else self.tr("no")
        if name == "updated_at":
            return show_moment(value)
        if name == "follow_up_on":
            return show_date(value)
        if name == "consents":
            return "\n".join(self._consent_text(c) for c in value)
        if name == "history":
            lines = [
                f"{show_moment(e.at)} {e.username or ''}: {action_name(e.action)} → "
                f"{status_name(e.to_status)}"
                for e in value[-HISTORY_LINES:]
            ]
            return "\n".join(lines)
        if isinstance(value, tuple):
            return ", ".join(value)
        return "" if value is None else str(value)

    def _consent_text(self, consent) -> str:
        state = self.tr("withdrawn") if consent.withdrawn else self.tr("in force")
        given = show_moment(consent.given_at)
        giver = consent_givers().get(consent.given_by, consent.given_by)
        method = consent_methods().get(consent.method, consent.method)
        return f"{giver}, {method}, {given}: {state}"

    # --- state ------------------------------------------------------------------

    def _fill_list(self) -> None:
        row = self.referrals.currentRow()
        self.referrals.clear()
        for conflict in self.conflicts:
            name = conflict.site.family_ref or conflict.field.family_ref or ""
            text = self.tr("Referral %1").replace("%1", str(conflict.referral_id))
            if name:
                text = f"{text}: {name}"
            choice = self.chosen.get(conflict.uuid)
            if choice == KEEP_SITE:
                text += " — " + self.tr("site")
            elif choice == KEEP_FIELD:
                text += " — " + self.tr("laptop")
            self.referrals.addItem(text)
        if 0 <= row < len(self.conflicts):
            self.referrals.setCurrentRow(row)
        self._update_ok()

    def _show(self, row: int) -> None:
        if not 0 <= row < len(self.conflicts):
            return
        conflict = self.conflicts[row]
        differing = set(conflict.differing())
        bold = QFont(self.table.font())
        bold.setBold(True)
        for index, name in enumerate(COMPARED):
            for column, side in enumerate((conflict.site, conflict.field)):
                item = QTableWidgetItem(self.value_text(side, name))
                if name in differing:
                    item.setFont(bold)
                    item.setBackground(QBrush(DIFFERENT))
                item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
                self.table.setItem(index, column, item)
        self.table.resizeRowsToContents()
        choice = self.chosen.get(conflict.uuid)
        self.group.setExclusive(False)
        self.keep_site.setChecked(choice == KEEP_SITE)
        self.keep_field.setChecked(choice == KEEP_FIELD)
        self.group.setExclusive(True)

    def _choice_made(self, button) -> None:
        row = self.referrals.currentRow()
        if not 0 <= row < len(self.conflicts):
            return
        side = KEEP_SITE if button is self.keep_site else KEEP_FIELD
        self.chosen[self.conflicts[row].uuid] = side
        self._fill_list()
        if len(self.chosen) < len(self.conflicts):  # on to the next open one
            for index, conflict in enumerate(self.conflicts):
                if conflict.uuid not in self.chosen:
                    self.referrals.setCurrentRow(index)
                    break

    def _update_ok(self) -> None:
        done = all(c.uuid in self.chosen for c in self.conflicts)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(done)

    def choices(self) -> dict[str, str]:
        """The version kept for each referral (``site`` or ``field``)."""
        return dict(self.chosen)
