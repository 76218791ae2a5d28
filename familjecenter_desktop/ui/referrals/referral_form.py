"""The referral form: keyboard-first, checked as the user types, in plain words.

It makes a new draft or edits one. Saving runs through the worker; a draft that
someone else changed meanwhile is not overwritten: the form says so, keeps what
this user typed, and offers to load the other version.
"""

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
from familjecenter_desktop.domain.phones import display_phone
from familjecenter_desktop.referrals import records
from familjecenter_desktop.referrals.errors import (
    ConflictError,
    InvalidInputError,
    ReferralError,
)
from familjecenter_desktop.referrals.validation import ReferralInput, check_input
from familjecenter_desktop.referrals.views import ReferralView
from familjecenter_desktop.ui.referrals import jobs
from familjecenter_desktop.ui.referrals.dates import date_format
from familjecenter_desktop.ui.referrals.messages import translated
from familjecenter_desktop.ui.referrals.receiver_picker import ReceiverPicker
from familjecenter_desktop.ui.worker import Worker

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
    """A new or a draft referral; ``referral_saved`` carries the saved draft's id."""

    # A referral was saved (its id).
    referral_saved = Signal(int)

    def __init__(self, worker: Worker | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.worker = worker or Worker(self)
        self.workspace = None
        self.actor = None
        self.lang = "fi"
        self.receiver_service_id: int | None = None
        self.receiver_org_id: int | None = None
        self.referral_id: int | None = None  # the draft being edited
        self.version: int | None = None
        self.saving = False
        # What the form held when it was last emptied, loaded or saved.
        self._clean: ReferralInput | None = None

        self.title = QLabel()
        self.title.setObjectName("title")
        self.kind = QComboBox()
        for kind in rules.KINDS:
            self.kind.addItem(
                QCoreApplication.translate("referral_rules", rules.KIND_NAMES[kind]),
                kind,
            )
        self.receiver = QLabel()
        self.receiver.setWordWrap(True)
        self.choose_button = QPushButton()
        self.choose_button.clicked.connect(self.choose_receiver)
        receiver_row = QWidget()
        receiver_layout = QHBoxLayout(receiver_row)
        receiver_layout.setContentsMargins(0, 0, 0, 0)
        receiver_layout.addWidget(self.receiver, 1)
        receiver_layout.addWidget(self.choose_button)
        self.family_ref = QLineEdit()
        self.family_names = QLineEdit()
        self.identity_code = QLineEdit()
        self.phones = QLineEdit()
        self.language = QLineEdit()
        self.interpreter = QCheckBox()
        self.contact_how = QLineEdit()
        self.contact_when = QLineEdit()
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
        self.conflict = QLabel()
        self.conflict.setObjectName("conflict")
        self.conflict.setWordWrap(True)
        self.conflict.setStyleSheet(
            "background: #fff4ce; color: #5c3c00; padding: 6px;"
        )
        self.reload_button = QPushButton()
        self.reload_button.clicked.connect(self.load_latest)
        self.conflict_box = QWidget()
        conflict_layout = QHBoxLayout(self.conflict_box)
        conflict_layout.setContentsMargins(0, 0, 0, 0)
        conflict_layout.addWidget(self.conflict, 1)
        conflict_layout.addWidget(self.reload_button)
        self.conflict_box.setVisible(False)
        self.save_button = QPushButton()
        self.save_button.clicked.connect(self.save)
        self.save_shortcut = QShortcut(QKeySequence.StandardKey.Save, self, self.save)

        self.form = QFormLayout()
        self.reason_box = QGroupBox()
        reason_layout = QVBoxLayout(self.reason_box)
        for box in self.reasons.values():
            reason_layout.addWidget(box)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.conflict_box)
        layout.addLayout(self.form)
        layout.addWidget(self.reason_box)
        layout.addWidget(self.problems)
        layout.addLayout(buttons)
        self._rows = [
            self.kind,
            receiver_row,
            self.family_ref,
            self.family_names,
            self.identity_code,
            self.phones,
            self.language,
            self.interpreter,
            self.contact_how,
            self.contact_when,
            self.urgency,
            self.note,
            self.follow_up,
        ]
        self._buddies = {receiver_row: self.choose_button}

        for edit in (
            self.family_ref,
            self.family_names,
            self.identity_code,
            self.phones,
            self.language,
            self.contact_how,
            self.contact_when,
        ):
            edit.textChanged.connect(self.validate)
        for box in (self.interpreter, *self.reasons.values()):
            box.toggled.connect(self.validate)
        self.kind.currentIndexChanged.connect(self.validate)
        self.urgency.currentIndexChanged.connect(self.validate)
        self.note.textChanged.connect(self.validate)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        texts = [
            self.tr("&Kind"),
            self.tr("Recei&ver"),
            self.tr("Family &reference"),
            self.tr("Na&mes (optional)"),
            self.tr("&Identity code (optional)"),
            self.tr("&Phone numbers (optional)"),
            self.tr("Preferred &language"),
            self.tr("Interpreter"),
            self.tr("How to &contact"),
            self.tr("When to contac&t"),
            self.tr("&Urgency"),
            self.tr("N&ote"),
            self.tr("&Follow up on"),
        ]
        if not self.form.rowCount():
            for widget in self._rows:
                label = QLabel()
                label.setBuddy(self._buddies.get(widget, widget))
                self.form.addRow(label, widget)
        for index, text in enumerate(texts):
            label = self.form.itemAt(index, QFormLayout.ItemRole.LabelRole).widget()
            label.setText(text)
        self.family_ref.setPlaceholderText(self.tr("Initials or your own code"))
        self.phones.setPlaceholderText(self.tr("Separate several with a comma"))
        self.contact_how.setPlaceholderText(self.tr("For example: by phone"))
        self.contact_when.setPlaceholderText(self.tr("For example: weekdays 9–12"))
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
        self.save_button.setText(self.tr("&Save draft (Ctrl+S)"))
        self.choose_button.setText(self.tr("C&hoose…"))
        self.reload_button.setText(self.tr("Loa&d their version"))
        self.follow_up.setDisplayFormat(date_format())
        self._show_title()
        if self.receiver_service_id is None and self.receiver_org_id is None:
            self.receiver.setText(
                self.tr("(choose a service or a unit, or use Refer in the look-up)")
            )
        self.validate()

    def _show_title(self) -> None:
        if self.referral_id is None:
            self.title.setText(self.tr("<h3>New referral</h3>"))
        else:
            self.title.setText(self.tr("<h3>Draft referral</h3>"))

    # --- context and content --------------------------------------------------

    def set_context(self, workspace, actor, lang: str) -> None:
        self.workspace, self.actor, self.lang = workspace, actor, lang
        if actor is None:
            self.new_referral()

    def new_referral(self) -> None:
        """Empty the form for a new referral."""
        self.referral_id = self.version = None
        self.receiver_service_id = self.receiver_org_id = None
        self.kind.setCurrentIndex(0)
        for edit in (
            self.family_ref,
            self.family_names,
            self.identity_code,
            self.phones,
            self.language,
            self.contact_how,
            self.contact_when,
        ):
            edit.clear()
        self.interpreter.setChecked(False)
        for box in self.reasons.values():
            box.setChecked(False)
        self.urgency.setCurrentIndex(0)
        self.note.clear()
        self.follow_up.setDate(QDate.currentDate().addDays(14))
        self.conflict_box.setVisible(False)
        self.receiver.clear()
        self.retranslate_ui()
        self._clean = self.values()

    def mark_unchanged(self) -> None:
        """Take what the form holds now as its unchanged state."""
        self._clean = self.values()

    def has_changes(self) -> bool:
        """Whether the form holds something not saved since it was opened."""
        return self._clean is not None and self.values() != self._clean

    def load(self, view: ReferralView) -> None:
        """Fill the form with a draft to edit (its version is kept for saving)."""
        self.new_referral()
        self.referral_id, self.version = view.id, view.version
        self.kind.setCurrentIndex(max(0, self.kind.findData(view.kind)))
        self.receiver_service_id = view.receiver_service_id
        self.receiver_org_id = (
            None if view.receiver_service_id is not None else view.receiver_org_id
        )
        self.receiver.setText(view.receiver)
        family = view.family
        if family is not None:
            self.family_ref.setText(family.reference or "")
            self.family_names.setText(family.names or "")
            self.identity_code.setText(family.identity_code or "")
            self.phones.setText(", ".join(display_phone(p) for p in family.phones))
            self.language.setText(family.language or "")
            self.interpreter.setChecked(family.interpreter_needed)
            self.contact_how.setText(family.contact_how or "")
            self.contact_when.setText(family.contact_when or "")
        for key, box in self.reasons.items():
            box.setChecked(key in view.reasons)
        self.urgency.setCurrentIndex(max(0, self.urgency.findData(view.urgency)))
        self.note.setPlainText(view.note or "")
        if view.follow_up_on is not None:
            when = view.follow_up_on
            self.follow_up.setDate(QDate(when.year, when.month, when.day))
        self._show_title()
        self.validate()
        self._clean = self.values()

    def set_receiver_service(self, service_id: int, label: str) -> None:
        """Fill in the receiver from the look-up's "Refer" button or the picker."""
        self.receiver_service_id, self.receiver_org_id = service_id, None
        self.receiver.setText(label)
        self.validate()

    def set_receiver_unit(self, org_id: int, label: str) -> None:
        """An actor or unit receives the referral."""
        self.receiver_service_id, self.receiver_org_id = None, org_id
        self.receiver.setText(label)
        self.validate()

    def choose_receiver(self) -> None:
        """Open the picker: a catalogue service, or an actor or unit."""
        if self.workspace is None:
            return
        picker = ReceiverPicker(self.worker, self.workspace, self.lang, self)
        if picker.exec() and picker.chosen is not None:
            chosen = picker.chosen
            if chosen.service_id is not None:
                self.set_receiver_service(chosen.service_id, chosen.label)
            else:
                self.set_receiver_unit(chosen.org_id, chosen.label)
        self.choose_button.setFocus()

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
            contact_when=self.contact_when.text(),
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
        self.save_button.setEnabled(not problems and not self.saving)
        return problems

    # --- saving ---------------------------------------------------------------

    def save(self) -> None:
        """Save the draft through the worker (new, or the edited version)."""
        if self.saving or self.validate() or self.workspace is None:
            return
        if self.actor is None:
            return
        workspace, actor, lang, values = (
            self.workspace,
            self.actor,
            self.lang,
            self.values(),
        )
        referral_id, version = self.referral_id, self.version
        if referral_id is None:
            step = lambda: records.create_referral(workspace, actor, values, lang)  # noqa: E731
        else:
            step = lambda: records.update_referral(  # noqa: E731
                workspace, actor, referral_id, version, values, lang
            )
        self._set_saving(True)
        jobs.run(
            self.worker,
            step,
            self._saved,
            self._refused,
            write=True,
            label="save referral",
            on_error=self._failed,
        )

    def _set_saving(self, saving: bool) -> None:
        self.saving = saving
        self.validate()

    def _saved(self, view: ReferralView) -> None:
        self._set_saving(False)
        self.conflict_box.setVisible(False)
        self.referral_id, self.version = view.id, view.version
        self._clean = self.values()
        self._show_title()
        self.referral_saved.emit(view.id)

    def _refused(self, exc: ReferralError) -> None:
        self._set_saving(False)
        if isinstance(exc, ConflictError):
            self.conflict.setText(translated(exc.message))
            self.conflict_box.setVisible(True)
            self.reload_button.setFocus()
            return
        if isinstance(exc, InvalidInputError):
            self.problems.setText("\n".join(translated(m) for _, m in exc.problems))
            return
        self.problems.setText(translated(exc.message))

    def _failed(self, message: str) -> None:
        self._set_saving(False)
        self.problems.setText(message)

    def load_latest(self) -> None:
        """After a conflict: load the version someone else saved."""
        if self.referral_id is None or self.workspace is None:
            return
        workspace, actor, lang, referral_id = (
            self.workspace,
            self.actor,
            self.lang,
            self.referral_id,
        )
        jobs.run(
            self.worker,
            lambda: records.get_referral(workspace, actor, referral_id, lang),
            self._latest_loaded,
            self._refused,
            write=True,
            label="reload referral",
        )

    def _latest_loaded(self, view: ReferralView) -> None:
        if view.status != rules.DRAFT:
            self.conflict.setText(
                self.tr("The referral was sent meanwhile; it can no longer be edited.")
            )
            self.conflict_box.setVisible(True)
            return
        self.load(view)
        self.family_ref.setFocus()
