"""Retention: closed referrals are anonymised after ``retention_months``.

What stays is what statistics need: kind, status, outcome, reasons, urgency,
sending unit and receiver, and the dates. The family's details, the notes and
the consents' purposes go. The access log is kept as it is (it holds no
personal data).
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import selectinload

from familjecenter_desktop.core.timeutil import utcnow
from familjecenter_desktop.db.models import Referral
from familjecenter_desktop.domain import referral_rules as rules
from familjecenter_desktop.referrals import audit
from familjecenter_desktop.referrals import permissions as perm
from familjecenter_desktop.referrals.permissions import Actor

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class DueRow:
    """A closed referral due for anonymising: no family data, only its frame."""

    id: int
    kind: str
    status: str
    closed_at: datetime


def months_before(moment: datetime, months: int) -> datetime:
    """The same day ``months`` earlier (the month's last day when it is shorter)."""
    total = moment.year * 12 + moment.month - 1 - months
    year, month = divmod(total, 12)
    month += 1
    for day in range(moment.day, 0, -1):
        try:
            return moment.replace(year=year, month=month, day=day)
        except ValueError:
            continue
    raise AssertionError("unreachable")


def _due_query(workspace, now: datetime):
    cutoff = months_before(now, workspace.settings.get("retention_months"))
    return (
        select(Referral)
        .where(
            Referral.status.in_(rules.CLOSED),
            Referral.closed_at < cutoff,
            Referral.anonymised_at.is_(None),
        )
        .order_by(Referral.closed_at)
    )


def due_for_anonymising(
    workspace, actor: Actor, now: datetime | None = None
) -> list[DueRow]:
    """Closed referrals past the retention period (administrator only)."""
    perm.require(actor, perm.RETENTION)
    with workspace.session() as session:
        referrals = session.scalars(_due_query(workspace, now or utcnow()))
        return [DueRow(r.id, r.kind, r.status, r.closed_at) for r in referrals]


def anonymise_due(workspace, actor: Actor, now: datetime | None = None) -> int:
    """Anonymise every referral past retention, all in one transaction; the count."""
    perm.require(actor, perm.RETENTION)
    now = now or utcnow()
    with workspace.session() as session:
        query = _due_query(workspace, now).options(
            selectinload(Referral.events), selectinload(Referral.consents)
        )
        referrals = list(session.scalars(query))
        items = [(r.id, r.family_key) for r in referrals]
        for referral in referrals:
            _anonymise(referral, now)
        audit.append(session, actor, audit.ANONYMISE, items)
    log.info("anonymised %d referrals", len(referrals))
    return len(referrals)


def _anonymise(referral: Referral, now: datetime) -> None:
    referral.family_ref = None
    referral.family_key = None
    referral.person_key = None
    referral.family_names = None
    referral.identity_code = None
    referral.identity_temporary = False
    referral.phones = []
    referral.language = None
    referral.interpreter_needed = False
    referral.contact_how = None
    referral.contact_when = None
    referral.note = None
    referral.decline_reason = None
    referral.anonymised_at = now
    for event in referral.events:
        event.note = None
    for consent in referral.consents:
        consent.purpose = ""
