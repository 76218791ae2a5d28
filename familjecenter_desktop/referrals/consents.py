"""Recording and withdrawing the family's consent to pass data on.

A consent belongs to a referral and names its receiver. Withdrawing it stops
further disclosure: the referral can no longer be sent on that consent, the
receiving unit no longer sees the family details, and the history shows it.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from datetime import date, datetime

from sqlalchemy import select

from familjecenter_desktop.core.timeutil import utcnow
from familjecenter_desktop.core.translatable import QT_TRANSLATE_NOOP
from familjecenter_desktop.db.models import Consent
from familjecenter_desktop.domain import referral_rules as rules
from familjecenter_desktop.referrals import audit
from familjecenter_desktop.referrals import permissions as perm
from familjecenter_desktop.referrals.errors import InvalidInputError, NotFoundError
from familjecenter_desktop.referrals.permissions import Actor
from familjecenter_desktop.referrals.records import (
    add_event,
    flush_or_conflict,
    load_visible,
)
from familjecenter_desktop.referrals.views import ReferralView, build_view

log = logging.getLogger(__name__)

CONTEXT = "referrals"


@dataclass
class ConsentInput:
    """A consent as the worker records it."""

    given_by: str = "guardian"
    data: list[str] = field(default_factory=list)
    purpose: str = ""
    method: str = "verbal"
    given_at: datetime | None = None
    valid_until: date | None = None


def check_consent(values: ConsentInput, now: datetime) -> list[tuple[str, str]]:
    """Every problem in the consent input, as (field, message) pairs."""
    problems = []
    if values.given_by not in rules.GIVERS:
        problems.append(
            ("given_by", QT_TRANSLATE_NOOP("referrals", "Say who gave the consent."))
        )
    if not values.data or any(d not in rules.DATA_CATEGORIES for d in values.data):
        problems.append(
            (
                "data",
                QT_TRANSLATE_NOOP("referrals", "Choose which data the consent covers."),
            )
        )
    if not values.purpose.strip():
        problems.append(
            (
                "purpose",
                QT_TRANSLATE_NOOP("referrals", "Write the purpose of the consent."),
            )
        )
    if values.method not in rules.METHODS:
        problems.append(
            ("method", QT_TRANSLATE_NOOP("referrals", "Say how the consent was given."))
        )
    given = values.given_at or now
    if given > now:
        problems.append(
            (
                "given_at",
                QT_TRANSLATE_NOOP("referrals", "The consent cannot be given later."),
            )
        )
    if values.valid_until is not None and values.valid_until < given.date():
        problems.append(
            (
                "valid_until",
                QT_TRANSLATE_NOOP(
                    "referrals", "The end date is before the consent was given."
                ),
            )
        )
    return problems


def record_consent(
    workspace, actor: Actor, referral_id: int, values: ConsentInput, lang: str = "fi"
) -> ReferralView:
    """Record a consent for the referral's receiver (sending unit only)."""
    perm.require(actor, perm.CONSENT)
    now = utcnow()
    problems = check_consent(values, now)
    if problems:
        raise InvalidInputError(problems)
    with workspace.session() as session:
        referral = load_visible(session, actor, referral_id)
        if referral.sender_unit_id != actor.unit_id:
            raise perm.PermissionDeniedError(
                QT_TRANSLATE_NOOP("referrals", "Only the sending unit records consent.")
            )
        if referral.kind in (rules.ANONYMOUS, rules.CW_NOTIFICATION):
            raise InvalidInputError(
                [
                    (
                        "kind",
                        QT_TRANSLATE_NOOP("referrals", "This kind passes no data on."),
                    )
                ]
            )
        referral.consents.append(
            Consent(
                given_by=values.given_by,
                data=sorted(set(values.data)),
                receiver_org_id=referral.receiver_org_id,
                receiver_service_id=referral.receiver_service_id,
                purpose=values.purpose.strip(),
                method=values.method,
                given_at=values.given_at or now,
                valid_until=values.valid_until,
                recorded_by=actor.user_id,
            )
        )
        referral.updated_at = now
        add_event(referral, actor, "consent", referral.status, referral.status)
        flush_or_conflict(session)

        audit.append(
            session, actor, audit.CONSENT, [(referral.id, referral.family_key)]
        )
        return build_view(session, actor, referral, lang)


def withdraw_consent(
    workspace, actor: Actor, consent_id: int, lang: str = "fi"
) -> ReferralView:
    """Mark a consent withdrawn now; it never blocks on a concurrent edit."""
    perm.require(actor, perm.CONSENT)
    with workspace.session() as session:
        referral_id = session.scalar(
            select(Consent.referral_id).where(Consent.id == consent_id)
        )
        if referral_id is None:
            raise NotFoundError(QT_TRANSLATE_NOOP("referrals", "No such consent."))
        referral = load_visible(session, actor, referral_id)
        if referral.sender_unit_id != actor.unit_id:
            raise perm.PermissionDeniedError(
                QT_TRANSLATE_NOOP("referrals", "Only the sending unit records consent.")
            )
        consent = next(c for c in referral.consents if c.id == consent_id)
        if consent.withdrawn_at is None:
            consent.withdrawn_at = utcnow()
            referral.updated_at = consent.withdrawn_at
            add_event(
                referral, actor, "consent_withdrawn", referral.status, referral.status
            )
            flush_or_conflict(session)
            audit.append(
                session, actor, audit.WITHDRAW, [(referral.id, referral.family_key)]
            )
        return build_view(session, actor, referral, lang)
