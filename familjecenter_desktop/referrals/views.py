"""What the window shows of a referral: plain data, already permission-filtered.

Family details are left out (``family`` is None) for staff of the receiving
unit unless the law or a consent in force lets the data pass to them; after a
consent is withdrawn they are no longer shown there.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy.orm import Session

from familjecenter_desktop.core.timeutil import utcnow
from familjecenter_desktop.db.models import (
    Consent,
    Organisation,
    Referral,
    Service,
    StaffUser,
)
from familjecenter_desktop.domain import referral_rules as rules
from familjecenter_desktop.domain.texts import pick
from familjecenter_desktop.referrals.permissions import Actor

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class FamilyView:
    """The family details a referral holds."""

    reference: str | None
    names: str | None
    identity_code: str | None
    identity_temporary: bool
    phones: tuple[str, ...]
    language: str | None
    interpreter_needed: bool
    contact_how: str | None
    contact_when: str | None


@dataclass(frozen=True)
class EventView:
    """One step of the status history."""

    at: datetime
    username: str
    action: str
    from_status: str | None
    to_status: str
    note: str | None


@dataclass(frozen=True)
class ConsentView:
    """A consent as recorded."""

    id: int
    given_by: str
    data: tuple[str, ...]
    purpose: str
    method: str
    given_at: datetime
    valid_until: date | None
    withdrawn_at: datetime | None
    in_force: bool


@dataclass(frozen=True)
class ReferralView:
    """Everything about one referral that the acting user may see."""

    id: int
    version: int
    kind: str
    status: str
    family: FamilyView | None
    sender_unit: str
    sender_user: str
    receiver_org_id: int | None
    receiver_service_id: int | None
    receiver: str
    reasons: tuple[str, ...]
    urgency: str
    note: str | None
    follow_up_on: date | None
    created_at: datetime
    sent_at: datetime | None
    responded_at: datetime | None
    closed_at: datetime | None
    disclosure_ground: str | None
    decline_reason: str | None
    outcome: str | None
    anonymised: bool
    consent_withdrawn: bool
    events: tuple[EventView, ...]
    consents: tuple[ConsentView, ...]
    allowed_actions: tuple[str, ...]
    on_sender_side: bool


@dataclass(frozen=True)
class ReferralRow:
    """One line of a referral list."""

    id: int
    kind: str
    status: str
    family_ref: str | None
    receiver: str
    sender_user: str
    urgency: str
    follow_up_on: date | None
    sent_at: datetime | None
    updated_at: datetime
    overdue: bool
    waiting: bool


def consent_facts(consent: Consent) -> rules.ConsentFacts:
    return rules.ConsentFacts(
        data=frozenset(consent.data or ()),
        receiver=(consent.receiver_org_id, consent.receiver_service_id),
        given_at=consent.given_at,
        valid_until=consent.valid_until,
        withdrawn_at=consent.withdrawn_at,
    )


def receiver_name(session: Session, referral: Referral, lang: str) -> str:
    """The receiving service (and its organisation) or organisation, by name."""
    if referral.receiver_service_id is not None:
        service = session.get(Service, referral.receiver_service_id)
        if service is not None:
            name = pick(service.name, lang)
            if service.organisation is not None:
                return f"{name} ({pick(service.organisation.name, lang)})"
            return name
    if referral.receiver_org_id is not None:
        org = session.get(Organisation, referral.receiver_org_id)
        if org is not None:
            return pick(org.name, lang)
    return ""


def receiver_units(session: Session, referral: Referral) -> set[int]:
    """The units that receive the referral."""
    units = set()
    if referral.receiver_org_id is not None:
        units.add(referral.receiver_org_id)
    if referral.receiver_service_id is not None:
        service = session.get(Service, referral.receiver_service_id)
        if service is not None and service.organisation_id is not None:
            units.add(service.organisation_id)
    return units


def on_sender_side(actor: Actor, referral: Referral) -> bool:
    return actor.unit_id is not None and actor.unit_id == referral.sender_unit_id


def family_shown(actor: Actor, referral: Referral, now: datetime) -> bool:
    """Whether this user may see the family details of this referral."""
    if on_sender_side(actor, referral):
        return True
    if referral.status == rules.DRAFT or not rules.discloses(referral.kind):
        return False
    if referral.disclosure_ground == "urgent_sw35":
        return True
    receiver = (referral.receiver_org_id, referral.receiver_service_id)
    facts = [consent_facts(c) for c in referral.consents]
    return rules.covering_consent(facts, frozenset(), receiver, now) is not None


def _family(referral: Referral) -> FamilyView:
    return FamilyView(
        reference=referral.family_ref,
        names=referral.family_names,
        identity_code=referral.identity_code,
        identity_temporary=referral.identity_temporary,
        phones=tuple(referral.phones or ()),
        language=referral.language,
        interpreter_needed=referral.interpreter_needed,
        contact_how=referral.contact_how,
        contact_when=referral.contact_when,
    )


def user_name(session: Session, user_id: int | None) -> str:
    user = session.get(StaffUser, user_id) if user_id is not None else None
    return user.display_name if user is not None else ""


def build_view(
    session: Session, actor: Actor, referral: Referral, lang: str
) -> ReferralView:
    """The referral as this user may see it."""
    now = utcnow()
    shown = family_shown(actor, referral, now)
    sender_unit = session.get(Organisation, referral.sender_unit_id or -1)
    events = tuple(
        EventView(
            e.at,
            user_name(session, e.user_id),
            e.action,
            e.from_status,
            e.to_status,
            e.note,
        )
        for e in referral.events
    )
    consents = tuple(
        ConsentView(
            c.id,
            c.given_by,
            tuple(c.data or ()),
            c.purpose,
            c.method,
            c.given_at,
            c.valid_until,
            c.withdrawn_at,
            consent_facts(c).in_force(now),
        )
        for c in referral.consents
    )
    return ReferralView(
        id=referral.id,
        version=referral.version,
        kind=referral.kind,
        status=referral.status,
        family=_family(referral) if shown else None,
        sender_unit=pick(sender_unit.name, lang) if sender_unit else "",
        sender_user=user_name(session, referral.sender_user_id),
        receiver_org_id=referral.receiver_org_id,
        receiver_service_id=referral.receiver_service_id,
        receiver=receiver_name(session, referral, lang),
        reasons=tuple(referral.reasons or ()),
        urgency=referral.urgency,
        note=referral.note if shown else None,
        follow_up_on=referral.follow_up_on,
        created_at=referral.created_at,
        sent_at=referral.sent_at,
        responded_at=referral.responded_at,
        closed_at=referral.closed_at,
        disclosure_ground=referral.disclosure_ground,
        decline_reason=referral.decline_reason,
        outcome=referral.outcome,
        anonymised=referral.anonymised_at is not None,
        consent_withdrawn=any(c.withdrawn_at is not None for c in referral.consents),
        events=events,
        consents=consents,
        allowed_actions=rules.allowed_actions(referral.status),
        on_sender_side=on_sender_side(actor, referral),
    )
