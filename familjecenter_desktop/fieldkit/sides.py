"""The two versions of a referral changed on both sides, as plain data to compare."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import date, datetime
from types import SimpleNamespace

from sqlalchemy.orm import Session

from familjecenter_desktop.db.models import Consent, ReferralEvent
from familjecenter_desktop.fieldkit.referral_data import referral_fields
from familjecenter_desktop.fieldkit.rows import decode
from familjecenter_desktop.referrals.views import receiver_name

log = logging.getLogger(__name__)

# The fields a person compares, in the order the dialog shows them.
COMPARED = (
    "status",
    "kind",
    "family_ref",
    "family_names",
    "phones",
    "language",
    "interpreter_needed",
    "contact_how",
    "contact_when",
    "receiver",
    "reasons",
    "urgency",
    "note",
    "follow_up_on",
    "outcome",
    "decline_reason",
    "updated_at",
    "consents",
    "history",
)


@dataclass(frozen=True)
class EventLine:
    """One status step: when, by whom, what, to which status."""

    at: datetime
    username: str | None
    action: str
    to_status: str


@dataclass(frozen=True)
class ConsentLine:
    """One consent: who gave it, how, whether withdrawn."""

    given_by: str
    method: str
    given_at: datetime
    withdrawn: bool


@dataclass(frozen=True)
class ReferralSide:
    """One version of a referral: the site's or the laptop's."""

    version: int
    status: str
    kind: str
    family_ref: str | None
    family_names: str | None
    phones: tuple[str, ...]
    language: str | None
    interpreter_needed: bool
    contact_how: str | None
    contact_when: str | None
    receiver: str
    reasons: tuple[str, ...]
    urgency: str
    note: str | None
    follow_up_on: date | None
    outcome: str | None
    decline_reason: str | None
    updated_at: datetime
    consents: tuple[ConsentLine, ...]
    history: tuple[EventLine, ...]


@dataclass(frozen=True)
class Conflict:
    """A referral changed at the site and in the field since the kit was made."""

    uuid: str
    referral_id: int
    site: ReferralSide
    field: ReferralSide

    def differing(self) -> tuple[str, ...]:
        """The compared fields whose values differ."""
        return tuple(
            name
            for name in COMPARED
            if getattr(self.site, name) != getattr(self.field, name)
        )


def side_of(session: Session, data: dict, lang: str) -> ReferralSide:
    """A version from referral data (see ``referral_data``)."""
    fields = referral_fields(data)
    receiver = receiver_name(session, SimpleNamespace(**fields), lang)
    events = tuple(
        EventLine(
            decode(ReferralEvent.__table__.c.at, e["at"]),
            e.get("user"),
            e["action"],
            e["to_status"],
        )
        for e in data["events"]
    )
    consents = tuple(
        ConsentLine(
            c["given_by"],
            c["method"],
            decode(Consent.__table__.c.given_at, c["given_at"]),
            c.get("withdrawn_at") is not None,
        )
        for c in data["consents"]
    )
    return ReferralSide(
        version=data["version"],
        status=fields["status"],
        kind=fields["kind"],
        family_ref=fields.get("family_ref"),
        family_names=fields.get("family_names"),
        phones=tuple(fields.get("phones") or ()),
        language=fields.get("language"),
        interpreter_needed=bool(fields.get("interpreter_needed")),
        contact_how=fields.get("contact_how"),
        contact_when=fields.get("contact_when"),
        receiver=receiver,
        reasons=tuple(fields.get("reasons") or ()),
        urgency=fields.get("urgency") or "normal",
        note=fields.get("note"),
        follow_up_on=fields.get("follow_up_on"),
        outcome=fields.get("outcome"),
        decline_reason=fields.get("decline_reason"),
        updated_at=fields["updated_at"],
        consents=consents,
        history=events,
    )
