"""Rules of a referral, free of storage: kinds, the status machine and consent.

Statuses run draft → sent → received → accepted | declined → completed |
cancelled. A closed referral (declined, completed, cancelled) may be reopened
with a note; it returns to the status it was closed from. A referral that
discloses family data may be sent only with a consent covering that data,
except where the law allows otherwise (an urgent § 35 contact request).
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime

from familjecenter_desktop.core.translatable import QT_TRANSLATE_NOOP

log = logging.getLogger(__name__)

CONTEXT = "referral_rules"

# Referral kinds (DOMAIN.md "Referrals between actors").
GUIDANCE = "guidance"
WITH_CONSENT = "referral_with_consent"
SW35 = "contact_request_sw35"
CW_NOTIFICATION = "child_welfare_notification_record"
ANONYMOUS = "anonymous_consultation"
KINDS = (GUIDANCE, WITH_CONSENT, SW35, CW_NOTIFICATION, ANONYMOUS)
KIND_NAMES = {
    GUIDANCE: QT_TRANSLATE_NOOP("referral_rules", "Guidance"),
    WITH_CONSENT: QT_TRANSLATE_NOOP("referral_rules", "Referral with consent"),
    SW35: QT_TRANSLATE_NOOP(
        "referral_rules", "Contact request to social welfare (§ 35)"
    ),
    CW_NOTIFICATION: QT_TRANSLATE_NOOP(
        "referral_rules", "Record of a child welfare notification"
    ),
    ANONYMOUS: QT_TRANSLATE_NOOP("referral_rules", "Anonymous consultation"),
}
CW_CHANNEL_NOTE = QT_TRANSLATE_NOOP(
    "referral_rules",
    "A child welfare notification is made through the wellbeing services county's "
    "official channel. This record only notes that it was made, with no content.",
)

TASK_KEYS = (
    "wellbeing",
    "parenthood",
    "early_support",
    "separation",
    "diversity",
    "violence_prevention",
    "meeting_place",
)
URGENCIES = ("normal", "soon", "urgent")

# Statuses and the actions between them.
DRAFT, SENT, RECEIVED, ACCEPTED = "draft", "sent", "received", "accepted"
DECLINED, COMPLETED, CANCELLED = "declined", "completed", "cancelled"
STATUSES = (DRAFT, SENT, RECEIVED, ACCEPTED, DECLINED, COMPLETED, CANCELLED)
CLOSED = frozenset({DECLINED, COMPLETED, CANCELLED})
OPEN = frozenset(STATUSES) - CLOSED

SEND, RECEIVE, ACCEPT, DECLINE = "send", "receive", "accept", "decline"
COMPLETE, CANCEL, REOPEN = "complete", "cancel", "reopen"
ACTIONS = (SEND, RECEIVE, ACCEPT, DECLINE, COMPLETE, CANCEL, REOPEN)

TRANSITIONS: dict[str, dict[str, str]] = {
    DRAFT: {SEND: SENT, CANCEL: CANCELLED},
    SENT: {RECEIVE: RECEIVED, ACCEPT: ACCEPTED, DECLINE: DECLINED, CANCEL: CANCELLED},
    RECEIVED: {ACCEPT: ACCEPTED, DECLINE: DECLINED, CANCEL: CANCELLED},
    ACCEPTED: {COMPLETE: COMPLETED, CANCEL: CANCELLED},
    DECLINED: {},
    COMPLETED: {},
    CANCELLED: {},
}
OUTCOMES = ("got_help", "did_not_attend", "referred_on", "other")

# Family data a referral may disclose, as consent names it.
DATA_IDENTITY = "identity"  # names and identity code
DATA_CONTACT = "contact"  # phone numbers and how/when to contact
DATA_LANGUAGE = "language"  # preferred language and interpreter need
DATA_SITUATION = "situation"  # reasons and the free-text note
DATA_CATEGORIES = (DATA_IDENTITY, DATA_CONTACT, DATA_LANGUAGE, DATA_SITUATION)
GIVERS = ("guardian", "young_person", "both")
METHODS = ("verbal", "written", "electronic")


class RuleError(ValueError):
    """A step the rules forbid; ``field`` names what is wrong, ``message`` why."""

    def __init__(self, message: str, field: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.field = field


def allowed_actions(status: str) -> tuple[str, ...]:
    """The actions possible from ``status`` (reopen only from a closed one)."""
    if status in CLOSED:
        return (REOPEN,)
    return tuple(TRANSITIONS[status])


def next_status(
    status: str,
    action: str,
    *,
    reopen_to: str | None = None,
    note: str | None = None,
    outcome: str | None = None,
) -> str:
    """The status after ``action``; raise RuleError when it is not allowed.

    A decline needs a reason (``note``), a completion an ``outcome`` and a reopen a
    ``note`` and the open status the referral was closed from (``reopen_to``).
    """
    if action == REOPEN:
        if status not in CLOSED:
            raise RuleError(
                QT_TRANSLATE_NOOP(
                    "referral_rules", "Only a closed referral can be reopened."
                ),
                "status",
            )
        if not (note or "").strip():
            raise RuleError(
                QT_TRANSLATE_NOOP(
                    "referral_rules", "Say why the referral is reopened."
                ),
                "note",
            )
        if reopen_to not in OPEN:
            raise RuleError(
                QT_TRANSLATE_NOOP(
                    "referral_rules", "The status to return to is unknown."
                ),
                "status",
            )
        return reopen_to

    target = TRANSITIONS.get(status, {}).get(action)
    if target is None:
        raise RuleError(
            QT_TRANSLATE_NOOP(
                "referral_rules", "This step is not possible in this status."
            ),
            "status",
        )
    if action == DECLINE and not (note or "").strip():
        raise RuleError(
            QT_TRANSLATE_NOOP("referral_rules", "Give a reason for declining."), "note"
        )
    if action == COMPLETE and outcome not in OUTCOMES:
        raise RuleError(
            QT_TRANSLATE_NOOP(
                "referral_rules", "Choose the outcome: did the family get help?"
            ),
            "outcome",
        )
    return target


@dataclass(frozen=True)
class FamilyData:
    """Which family details a referral holds (values are not needed here)."""

    reference: bool = False
    names: bool = False
    identity_code: bool = False
    phones: bool = False
    contact_preferences: bool = False
    language: bool = False
    note: bool = False
    reasons: bool = False


def held_categories(data: FamilyData) -> frozenset[str]:
    """The consent categories of the family data a referral holds."""
    held = set()
    if data.names or data.identity_code:
        held.add(DATA_IDENTITY)
    if data.phones or data.contact_preferences:
        held.add(DATA_CONTACT)
    if data.language:
        held.add(DATA_LANGUAGE)
    if data.note or data.reasons:
        held.add(DATA_SITUATION)
    return frozenset(held)


def check_content(kind: str, data: FamilyData) -> None:
    """Raise RuleError when the kind forbids some of the data given."""
    if kind not in KINDS:
        raise RuleError(
            QT_TRANSLATE_NOOP("referral_rules", "Unknown referral kind."), "kind"
        )
    identifying = data.names or data.identity_code or data.phones
    if kind == ANONYMOUS and (identifying or data.contact_preferences):
        raise RuleError(
            QT_TRANSLATE_NOOP(
                "referral_rules",
                "An anonymous consultation holds nothing that identifies the "
                "family: no names, identity code, phone numbers or contact details.",
            ),
            "family",
        )
    if kind == CW_NOTIFICATION and (
        identifying or data.contact_preferences or data.note or data.language
    ):
        raise RuleError(
            QT_TRANSLATE_NOOP(
                "referral_rules",
                "The record of a child welfare notification holds no content: only "
                "the family reference and the date. Make the notification itself "
                "through the county's official channel.",
            ),
            "family",
        )


def discloses(kind: str) -> bool:
    """Whether sending this kind passes family data to the receiver."""
    return kind in (WITH_CONSENT, SW35)


@dataclass(frozen=True)
class ConsentFacts:
    """A consent as the rules see it."""

    data: frozenset[str]
    receiver: tuple[int | None, int | None]  # (organisation id, service id)
    given_at: datetime
    valid_until: date | None
    withdrawn_at: datetime | None

    def in_force(self, now: datetime) -> bool:
        """Given, not withdrawn and not expired at ``now``."""
        if self.withdrawn_at is not None and self.withdrawn_at <= now:
            return False
        if self.given_at > now:
            return False
        return self.valid_until is None or self.valid_until >= now.date()


def covering_consent(
    consents: Iterable[ConsentFacts],
    needed: frozenset[str],
    receiver: tuple[int | None, int | None],
    now: datetime,
) -> ConsentFacts | None:
    """A consent in force for this receiver covering every needed category."""
    for consent in consents:
        if (
            consent.in_force(now)
            and consent.receiver == receiver
            and needed <= consent.data
        ):
            return consent
    return None


def check_disclosure(
    kind: str,
    urgency: str,
    held: frozenset[str],
    consents: Iterable[ConsentFacts],
    receiver: tuple[int | None, int | None],
    now: datetime,
) -> str:
    """Why disclosure is lawful (``"none"``, ``"consent"``, ``"urgent_sw35"``).

    Raise RuleError when the referral may not pass its data on.
    """
    if not discloses(kind) or not held:
        return "none"
    if covering_consent(consents, held, receiver, now) is not None:
        return "consent"
    if kind == SW35 and urgency == "urgent":
        return "urgent_sw35"
    raise RuleError(
        QT_TRANSLATE_NOOP(
            "referral_rules",
            "No consent in force covers the family data in this referral for this "
            "receiver. Record the family's consent, or remove the data it does not "
            "cover.",
        ),
        "consent",
    )
