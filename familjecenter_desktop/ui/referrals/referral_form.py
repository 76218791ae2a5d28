"""The referral form: keyboard-first, checked as the user types, in plain words."""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QDate, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from familjecenter_desktop.core.translatable import QT_TRANSLATE_NOOP
from familjecenter_desktop.domain import referral_rules as rules
from familjecenter_desktop.referrals import records
from familjecenter_desktop.referrals.errors import InvalidInputError, ReferralError
from familjecenter_desktop.referrals.validation import ReferralInput, check_input
from familjecenter_desktop.ui.referrals.messages import translated

log = logging.getLogger(__name__)

TASK_NAMES = {
    "wellbeing": QT_TRANSLATE_NOOP("ReferralForm", "Health and wellbeing"),
    "parenthood": QT_TRANSLATE_NOOP(
        "ReferralForm", "Parenthood and the couple relationship"
    ),
    "early_support": QT_TRANSLATE_NOOP(
        "ReferralForm", "Early support, care and rehabilitation"
    ),
    "separation": QT_TRANSLATE_NOOP("ReferralForm", "Separation and shared parenthood"),
    "diversity": QT_TRANSLATE_NOOP("ReferralForm", "Family diversity"),
    "violence_prevention": QT_TRANSLATE_NOOP(
        "ReferralForm", "Preventing violence in close relationships"
    ),
    "meeting_place": QT_TRANSLATE_NOOP(
        "ReferralForm", "Meeting place and peer support"
    ),
}


class ReferralForm(QWidget):
    """A new referral; ``referral_saved`` carries the id of the saved draft."""

    # A referral was saved (its id).
    referral_saved = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = None
        self.actor = None
        self.lang = "fi"
        self.receiver_service_id: int | None = None
        self.receiver_org_id: int | None = None

        self.kind = QComboBox()
        for kind in rules.KINDS:
            self.kind.addItem(
                QCoreApplication.translate("referral_rules", rules.KIND_NAMES[kind]),
                kind,
            )
        self.receiver = QLabel()
        self.family_ref = QLineEdit()
        self.family_names = QLineEdit()
        self.identity_code = QLineEdit()
        self.phones = QLineEdit()
        self.language = QLineEdit()
        self.interpreter = QCheckBox()
        self.contact_how = QLineEdit()
        self.urgency = QComboBox()
        self.reasons = {key: QCheckBox() for key in rules.TASK_KEYS}
        self.note = QPlainTextEdit()
        self.note.setTabChangesFocus(True)
        self.note.setMaximumHeight(80)
        self.follow_up = QDateEdit()
        self.follow_up.setCalendarPopup(True)
        self.follow_up.setDate(QDate.currentDate().addDays(14))
        self.problems = QLabel()
        self.problems.setObjectName("problems")
        self.problems.setWordWrap(True)
        self.problems.setStyleSheet("color: #a00000;")
        self.save_button = QPushButton()
        self.save_button.clicked.connect(self.save)
        QShortcut(QKeySequence.StandardKey.Save, self, self.save)

        self.form = QFormLayout()
        self.reason_box = QGroupBox()
        reason_layout = QVBoxLayout(self.reason_box)
        for box in self.reasons.values():
            reason_layout.addWidget(box)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.reason_box)
        layout.addWidget(self.problems)
        layout.addLayout(buttons)

        for edit in (
            self.family_ref,
            self.family_names,
            self.identity_code,
            self.phones,
            self.language,
            self.contact_how,
        ):
            edit.textChanged.connect(self.validate)
        for box in (self.interpreter, *self.reasons.values()):
            box.toggled.connect(self.validate)
        self.kind.currentIndexChanged.connect(self.validate)
        self.urgency.currentIndexChanged.connect(self.validate)
        self.note.textChanged.connect(self.validate)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        rows = [
            (self.tr("&Kind"), self.kind),
            (self.tr("Receiver"), self.receiver),
            (self.tr("Family &reference"), self.family_ref),
            (self.tr("Na&mes (optional)"), self.family_names),
            (self.tr("&Identity code (optional)"), self.identity_code),
            (self.tr("&Phone numbers (optional)"), self.phones),
            (self.tr("Preferred &language"), self.language),
            (self.tr("Interpreter"), self.interpreter),
            (self.tr("How and when to &contact"), self.contact_how),
            (self.tr("&Urgency"), self.urgency),
            (self.tr("N&ote"), self.note),
            (self.tr("&Follow up on"), self.follow_up),
        ]
        if not self.form.rowCount():
            for _, widget in rows:
                label = QLabel()
                label.setBuddy(widget)
                self.form.addRow(label, widget)
        for index, (text, _) in enumerate(rows):
            label = self.form.itemAt(index, QFormLayout.ItemRole.LabelRole).widget()
            label.setText(text)
        self.family_ref.setPlaceholderText(self.tr("Initials or your own code"))
        self.phones.setPlaceholderText(self.tr("Separate several with a comma"))
        self.interpreter.setText(self.tr("An interpreter is needed"))
        current = self.urgency.currentIndex()
        self.urgency.clear()
        for key, text in (
            ("normal", self.tr("Normal")),
            ("soon", self.tr("Soon")),
            ("urgent", self.tr("Urgent")),
        ):
            self.urgency.addItem(text, key)
        self.urgency.setCurrentIndex(max(0, current))
        for index in range(self.kind.count()):
            kind = self.kind.itemData(index)
            self.kind.setItemText(
                index,
                QCoreApplication.translate("referral_rules", rules.KIND_NAMES[kind]),
            )
        self.reason_box.setTitle(self.tr("Reasons"))
        for key, box in self.reasons.items():
            box.setText(QCoreApplication.translate("ReferralForm", TASK_NAMES[key]))
        self.save_button.setText(self.tr("&Save draft"))
        if not self.receiver.text():
            self.receiver.setText(self.tr("(choose a service in the look-up)"))

    def set_context(self, workspace, actor, lang: str) -> None:
        self.workspace, self.actor, self.lang = workspace, actor, lang

    def set_receiver_service(self, service_id: int, label: str) -> None:
        """Fill in the receiver from the look-up's "Refer" button."""
        self.receiver_service_id, self.receiver_org_id = service_id, None
        self.receiver.setText(label)
        self.validate()

    def values(self) -> ReferralInput:
        """What the form holds now."""
        return ReferralInput(
            kind=self.kind.currentData(),
            family_ref=self.family_ref.text(),
            family_names=self.family_names.text(),
            identity_code=self.identity_code.text(),
            phones=[p for p in self.phones.text().split(",") if p.strip()],
            language=self.language.text(),
            interpreter_needed=self.interpreter.isChecked(),
            contact_how=self.contact_how.text(),
            receiver_org_id=self.receiver_org_id,
            receiver_service_id=self.receiver_service_id,
            reasons=[k for k, box in self.reasons.items() if box.isChecked()],
            urgency=self.urgency.currentData() or "normal",
            note=self.note.toPlainText(),
            follow_up_on=self.follow_up.date().toPython(),
        )

    def validate(self) -> list[tuple[str, str]]:
        """Show every problem in plain words; Save works only without problems."""
        _, problems = check_input(self.values())
        self.problems.setText("\n".join(translated(m) for _, m in problems))
        self.save_button.setEnabled(not problems)
        return problems

    def save(self) -> None:
        if self.validate() or self.workspace is None or self.actor is None:
            return
        try:
            view = records.create_referral(
                self.workspace, self.actor, self.values(), self.lang
            )
        except InvalidInputError as exc:
            self.problems.setText("\n".join(translated(m) for _, m in exc.problems))
            return
        except ReferralError as exc:
            self.problems.setText(translated(exc.message))
            return
        self.referral_saved.emit(view.id)
