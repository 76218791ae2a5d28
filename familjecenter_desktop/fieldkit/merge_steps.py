"""Steps of a merge on one referral: its fields, and the history added once."""

from __future__ import annotations

import logging

from sqlalchemy.orm import Session

from familjecenter_desktop.db.models import Consent, Referral
from familjecenter_desktop.fieldkit.referral_data import (
    consent_print,
    event_print,
    new_consent,
    new_event,
    referral_data,
)
from familjecenter_desktop.fieldkit.rows import decode
from familjecenter_desktop.referrals import audit

log = logging.getLogger(__name__)

_WITHDRAWN = Consent.__table__.c.withdrawn_at


def apply_fields(session: Session, referral: Referral, values: dict) -> None:
    """Set the field values; the family's opaque keys are made by this site."""
    for name, value in values.items():
        setattr(referral, name, value)
    referral.family_key = audit.family_key(session, referral.family_ref)
    code = referral.identity_code
    referral.person_key = (
        audit.person_key(session, code)
        if code and not referral.identity_temporary
        else None
    )


def add_field_history(
    session: Session, referral: Referral, data: dict, user_ids: dict[str, int]
) -> tuple[int, int, int]:
    """Add the field's events and consents not yet here, and its withdrawals.

    Returns (events added, consents added, withdrawals taken over).
    """
    names = {user_id: name for name, user_id in user_ids.items()}
    here = referral_data(referral, names)
    seen_events = {event_print(e) for e in here["events"]}
    events = 0
    for event in data["events"]:
        if event_print(event) not in seen_events:
            referral.events.append(new_event(event, user_ids))
            seen_events.add(event_print(event))
            events += 1

    consents_here = dict(
        zip(
            (consent_print(c) for c in here["consents"]), referral.consents, strict=True
        )
    )
    consents = withdrawals = 0
    for consent in data["consents"]:
        fingerprint = consent_print(consent)
        existing = consents_here.get(fingerprint)
        if existing is None:
            added = new_consent(consent, user_ids)
            referral.consents.append(added)
            consents_here[fingerprint] = added
            consents += 1
            continue
        withdrawn = decode(_WITHDRAWN, consent.get("withdrawn_at"))
        if withdrawn is not None and (
            existing.withdrawn_at is None or withdrawn < existing.withdrawn_at
        ):
            existing.withdrawn_at = withdrawn
            withdrawals += 1
    session.flush()
    return events, consents, withdrawals
