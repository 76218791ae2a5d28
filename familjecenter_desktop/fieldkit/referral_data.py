"""A referral with its history and consents as plain data, and back.

Users travel by user name (ids differ between a site and a laptop), everything
else by the column types of the models. A status event and a consent are known
again by a fingerprint of what they say, so a merge adds each one once.
"""

from __future__ import annotations

import json
import logging

from sqlalchemy import Table, select
from sqlalchemy.orm import Session

from familjecenter_desktop.db.models import Consent, Referral, ReferralEvent, StaffUser
from familjecenter_desktop.fieldkit.rows import decode, encode

log = logging.getLogger(__name__)

# Referral columns that are not content: local keys, the version, the global id.
LOCAL_COLUMNS = frozenset({"id", "version", "uuid", "sender_user_id"})
EVENT_SKIP = frozenset({"id", "referral_id", "user_id"})
CONSENT_SKIP = frozenset({"id", "referral_id", "recorded_by"})


def usernames(session: Session) -> dict[int, str]:
    return dict(session.execute(select(StaffUser.id, StaffUser.username)).all())


def _values(row, table: Table, skip: frozenset[str]) -> dict:
    return {
        c.name: encode(getattr(row, c.key)) for c in table.columns if c.name not in skip
    }


def referral_data(referral: Referral, names: dict[int, str]) -> dict:
    """The referral as JSON-ready data."""
    events = []
    for event in referral.events:
        values = _values(event, ReferralEvent.__table__, EVENT_SKIP)
        values["user"] = names.get(event.user_id)
        events.append(values)
    consents = []
    for consent in referral.consents:
        values = _values(consent, Consent.__table__, CONSENT_SKIP)
        values["recorded_by"] = names.get(consent.recorded_by)
        consents.append(values)
    return {
        "uuid": referral.uuid,
        "id": referral.id,
        "version": referral.version,
        "sender_user": names.get(referral.sender_user_id),
        "fields": _values(referral, Referral.__table__, LOCAL_COLUMNS),
        "events": events,
        "consents": consents,
    }


def decoded(table: Table, values: dict, skip: frozenset[str]) -> dict:
    """Column values for ``table`` from JSON data (unknown keys left out)."""
    return {
        c.name: decode(c, values[c.name])
        for c in table.columns
        if c.name in values and c.name not in skip
    }


def referral_fields(data: dict) -> dict:
    return decoded(Referral.__table__, data["fields"], LOCAL_COLUMNS)


def new_event(data: dict, user_ids: dict[str, int], **keys) -> ReferralEvent:
    """A status event from its data; users are found by user name."""
    values = decoded(ReferralEvent.__table__, data, EVENT_SKIP)
    return ReferralEvent(user_id=user_ids.get(data.get("user")), **values, **keys)


def new_consent(data: dict, user_ids: dict[str, int], **keys) -> Consent:
    """A consent from its data; the recorder is found by user name."""
    values = decoded(Consent.__table__, data, CONSENT_SKIP)
    return Consent(recorded_by=user_ids.get(data.get("recorded_by")), **values, **keys)


def _print(values: dict) -> str:
    return json.dumps(values, sort_keys=True, separators=(",", ":"), default=str)


def event_print(data: dict) -> str:
    """What identifies a status event: when, who, what, from and to, the note."""
    keys = ("at", "user", "action", "from_status", "to_status", "note")
    return _print({k: data.get(k) for k in keys})


def consent_print(data: dict) -> str:
    """What identifies a consent: everything recorded except its withdrawal."""
    return _print({k: v for k, v in data.items() if k != "withdrawn_at"})
