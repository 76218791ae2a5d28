"""The steps a worker takes on one referral: status changes and consent.

Each step runs through the worker; a refusal (a rule, a conflict with someone
else's change) is shown in plain words and nothing changes.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from familjecenter_desktop.core.timeutil import utcnow
from familjecenter_desktop.domain import referral_rules as rules
from familjecenter_desktop.referrals import consents, records, status
from familjecenter_desktop.referrals.errors import ReferralError
from familjecenter_desktop.ui.referrals import jobs
from familjecenter_desktop.ui.referrals.dates import date_format
from familjecenter_desktop.ui.referrals.messages import (
    consent_data_names,
    consent_givers,
    consent_methods,
    problems_text,
    refusal_text,
)
from familjecenter_desktop.ui.worker import Worker

log = logging.getLogger(__name__)


class ActionsBar(QWidget):
    """Buttons for the allowed steps; ``referral_changed`` carries the referral id."""

    # A step was taken on the referral (its id).
    referral_changed = Signal(int)

    def __init__(self, worker: Worker | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.worker = worker or Worker(self)
        self.busy = False
        self.workspace = None
        self.actor = None
        self.view = None
        self.buttons: dict[str, QPushButton] = {}
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for action in (*rules.ACTIONS, "consent", "withdraw", "follow_up"):
            button = QPushButton()
            button.clicked.connect(lambda _=False, a=action: self._clicked(a))
            self.buttons[action] = button
            layout.addWidget(button)
        layout.addStretch(1)
        self.retranslate_ui()
        self.set_referral(None, None, None)

    def retranslate_ui(self) -> None:
        texts = {
            "send": self.tr("Send"),
            "receive": self.tr("Mark received"),
            "accept": self.tr("Accepted"),
            "decline": self.tr("Declined…"),
            "complete": self.tr("Close with outcome…"),
            "cancel": self.tr("Cancel referral"),
            "reopen": self.tr("Reopen…"),
            "consent": self.tr("Record consent…"),
            "withdraw": self.tr("Consent withdrawn"),
            "follow_up": self.tr("Follow-up date…"),
        }
        for action, button in self.buttons.items():
            button.setText(texts[action])

    def set_referral(self, workspace, actor, view) -> None:
        """Show the steps possible for ``view`` (None: none).

        Only the possible steps are shown, so the bar stays a few buttons wide
        (all twelve side by side made the window wider than a laptop screen);
        while a step is being saved they stay in place, disabled.
        """
        self.workspace, self.actor, self.view = workspace, actor, view
        allowed = set(view.allowed_actions) if view is not None else set()
        sender = view is not None and view.on_sender_side
        consent_kind = view is not None and rules.discloses(view.kind)
        in_force = view is not None and any(c.in_force for c in view.consents)
        for action, button in self.buttons.items():
            if action == "consent":
                possible = sender and consent_kind
            elif action == "withdraw":
                possible = sender and in_force
            elif action == "follow_up":
                possible = view is not None and view.status in rules.OPEN
            else:
                possible = action in allowed
            button.setEnabled(bool(possible) and not self.busy)
            if not self.busy:
                button.setVisible(bool(possible))

    def _clicked(self, action: str) -> None:
        if self.view is None:
            return
        if action == "consent":
            dialog = ConsentDialog(self)
            if dialog.exec():
                self.record_consent(dialog.values())
            return
        if action == "follow_up":
            dialog = FollowUpDialog(self.view.follow_up_on, self)
            if dialog.exec():
                self.move_follow_up(dialog.chosen())
            return
        if action == "withdraw":
            current = [c for c in self.view.consents if c.in_force]
            answer = QMessageBox.question(
                self,
                self.tr("Consent withdrawn"),
                self.tr(
                    "Record that the family withdrew its consent? The receiver no "
                    "longer sees the family's details."
                ),
            )
            if answer == QMessageBox.StandardButton.Yes:
                self.withdraw(current[-1].id)
            return
        note = outcome = None
        if action in (rules.DECLINE, rules.REOPEN):
            note, ok = QInputDialog.getText(self, self.tr("Reason"), self.tr("Why?"))
            if not ok:
                return
        if action == rules.COMPLETE:
            names = [
                self.tr("Got help"),
                self.tr("Did not attend"),
                self.tr("Referred on"),
                self.tr("Other"),
            ]
            chosen, ok = QInputDialog.getItem(
                self,
                self.tr("Outcome"),
                self.tr("Did the family get help?"),
                names,
                0,
                False,
            )
            if not ok:
                return
            outcome = rules.OUTCOMES[names.index(chosen)]
        self.apply(action, note, outcome)

    def apply(self, action: str, note=None, outcome=None) -> None:
        """Take the step on the shown referral."""
        workspace, actor, view = self.workspace, self.actor, self.view
        self._run(
            lambda: status.change_status(
                workspace, actor, view.id, view.version, action, note, outcome
            )
        )

    def record_consent(self, values: consents.ConsentInput) -> None:
        workspace, actor, view = self.workspace, self.actor, self.view
        self._run(lambda: consents.record_consent(workspace, actor, view.id, values))

    def move_follow_up(self, when) -> None:
        """A new follow-up date for the shown referral (a conflict is refused)."""
        workspace, actor, view = self.workspace, self.actor, self.view
        self._run(
            lambda: records.set_follow_up(workspace, actor, view.id, view.version, when)
        )

    def withdraw(self, consent_id: int) -> None:
        workspace, actor = self.workspace, self.actor
        self._run(lambda: consents.withdraw_consent(workspace, actor, consent_id))

    def _run(self, step) -> None:
        self.busy = True
        self.set_referral(self.workspace, self.actor, self.view)
        jobs.run(
            self.worker,
            step,
            self._done,
            self._refused,
            write=True,
            label="referral step",
            on_error=self._failed,
        )

    def _done(self, changed) -> None:
        self.busy = False
        self.referral_changed.emit(changed.id)

    def _refused(self, exc: ReferralError) -> None:
        self._failed(refusal_text(exc))
        if self.view is not None:
            self.referral_changed.emit(self.view.id)  # show the current state

    def _failed(self, message: str) -> None:
        self.busy = False
        self.set_referral(self.workspace, self.actor, self.view)
        QMessageBox.warning(self, self.tr("Referral"), message)


class ConsentDialog(QDialog):
    """Who gave the consent, for which data, for what purpose and how."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Record consent"))
        self.given_by = QComboBox()
        for key, text in consent_givers().items():
            self.given_by.addItem(text, key)
        self.data = {key: QCheckBox(text) for key, text in consent_data_names().items()}
        self.purpose = QLineEdit()
        self.method = QComboBox()
        for key, text in consent_methods().items():
            self.method.addItem(text, key)
        form = QFormLayout()
        form.addRow(self.tr("&Given by"), self.given_by)
        for box in self.data.values():
            form.addRow("", box)
        form.addRow(self.tr("&Purpose"), self.purpose)
        form.addRow(self.tr("&How"), self.method)
        self.limited = QCheckBox(self.tr("&Valid until"))
        self.valid_until = QDateEdit()
        self.valid_until.setCalendarPopup(True)
        self.valid_until.setDisplayFormat(date_format())
        self.valid_until.setDate(QDate.currentDate().addMonths(6))
        self.valid_until.setEnabled(False)
        self.limited.toggled.connect(self.valid_until.setEnabled)
        form.addRow(self.limited, self.valid_until)
        self.problems = QLabel()
        self.problems.setWordWrap(True)
        self.problems.setStyleSheet("color: #a00000;")
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.problems)
        layout.addWidget(buttons)

    def accept(self) -> None:
        """Close only when the consent is complete; else say what is missing."""
        problems = consents.check_consent(self.values(), utcnow())
        self.problems.setText(problems_text(problems))
        if not problems:
            super().accept()

    def values(self) -> consents.ConsentInput:
        return consents.ConsentInput(
            given_by=self.given_by.currentData(),
            data=[k for k, box in self.data.items() if box.isChecked()],
            purpose=self.purpose.text(),
            method=self.method.currentData(),
            valid_until=(
                self.valid_until.date().toPython() if self.limited.isChecked() else None
            ),
        )


class FollowUpDialog(QDialog):
    """The date to look again at how the family is doing."""

    def __init__(self, current, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Follow-up date"))
        self.when = QDateEdit()
        self.when.setCalendarPopup(True)
        self.when.setDisplayFormat(date_format())
        start = current or QDate.currentDate().addDays(14).toPython()
        self.when.setDate(QDate(start.year, start.month, start.day))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("&Follow up on"), self.when)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def chosen(self):
        return self.when.date().toPython()
