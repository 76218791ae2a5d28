"""Referral lists, one page at a time: the follow-up views at any size.

``list_page(session, actor, wanted, after, limit)`` is the one listing query. It
is keyset-paginated on (last change, id), newest first: a page is read from the
indexes ``(sender_unit_id, …, updated_at, id)`` and ``(receiver_unit_id, …,
updated_at, id)`` (migration 0005), one query per side of the referral, merged
here, so the cost of a page does not grow with the number of referrals. Each
referral shown is logged as listed, in the caller's transaction.

A unit sees the referrals it sent and those sent to it, nothing else.
"""

from __future__ import annotations

import heapq
import logging
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sqlalchemy import and_, func, or_, select, tuple_
from sqlalchemy.orm import Session, load_only, selectinload

from familjecenter_desktop.core.timeutil import to_helsinki, utcnow
from familjecenter_desktop.db.models import Organisation, Referral, Service, StaffUser
from familjecenter_desktop.domain import referral_rules as rules
from familjecenter_desktop.referrals import audit
from familjecenter_desktop.referrals import permissions as perm
from familjecenter_desktop.referrals.permissions import Actor
from familjecenter_desktop.referrals.views import (
    ReferralRow,
    family_shown,
    receiver_name,
    user_name,
)

log = logging.getLogger(__name__)

PAGE_SIZE = 100
DEFAULT_WAITING_DAYS = 14

# Where the next page starts: the last row's (last change, id).
Cursor = tuple[datetime, int]


@dataclass(frozen=True)
class ReferralFilter:
    """Which referrals a list shows.

    ``scope`` is "unit" (sent by or to the actor's unit) or "mine" (sent by the
    actor). ``family_ref`` finds one family by its exact reference (case and
    spacing ignored); the receiving side finds it only where it may see it.
    """

    scope: str = "unit"
    statuses: frozenset[str] = frozenset()
    kinds: frozenset[str] = frozenset()
    open_only: bool = False
    overdue_only: bool = False
    waiting_only: bool = False
    waiting_days: int = DEFAULT_WAITING_DAYS
    family_ref: str = ""


@dataclass(frozen=True)
class ReferralPage:
    """One page of a list; ``after`` continues it (None: nothing more)."""

    rows: tuple[ReferralRow, ...]
    after: Cursor | None


def today_in_finland(now: datetime | None = None) -> date:
    return to_helsinki(now or utcnow()).date()


def is_overdue(referral: Referral, today: date) -> bool:
    """An open referral whose follow-up date has passed."""
    return (
        referral.status not in rules.CLOSED
        and referral.follow_up_on is not None
        and referral.follow_up_on < today
    )


def is_waiting(referral: Referral, now: datetime, waiting_days: int) -> bool:
    """Sent but with no response for longer than ``waiting_days``."""
    return (
        referral.status == rules.SENT
        and referral.sent_at is not None
        and referral.sent_at < now - timedelta(days=waiting_days)
    )


def visible_clause(actor: Actor):
    """SQL condition: referrals sent from or to the actor's unit."""
    unit = actor.unit_id
    return or_(Referral.sender_unit_id == unit, Referral.receiver_unit_id == unit)


def _sides(actor: Actor, wanted: ReferralFilter) -> list:
    """One condition per index to read: the sending side and the receiving side."""
    unit = actor.unit_id
    if wanted.scope == "mine":
        return [
            and_(
                Referral.sender_user_id == actor.user_id,
                Referral.sender_unit_id == unit,
            )
        ]
    return [
        Referral.sender_unit_id == unit,
        and_(
            Referral.receiver_unit_id == unit,
            Referral.sender_unit_id.is_distinct_from(unit),
        ),
    ]


def _conditions(session: Session, wanted: ReferralFilter, now: datetime) -> list:
    conditions = []
    if wanted.statuses:
        conditions.append(Referral.status.in_(sorted(wanted.statuses)))
    if wanted.kinds:
        conditions.append(Referral.kind.in_(sorted(wanted.kinds)))
    if wanted.open_only or wanted.overdue_only:
        conditions.append(Referral.status.in_(sorted(rules.OPEN)))
    if wanted.overdue_only:
        conditions.append(Referral.follow_up_on < today_in_finland(now))
    if wanted.waiting_only:
        cutoff = now - timedelta(days=wanted.waiting_days)
        conditions += [Referral.status == rules.SENT, Referral.sent_at < cutoff]
    if wanted.family_ref.strip():
        key = audit.family_key(session, wanted.family_ref)
        conditions.append(Referral.family_key == key)
    return conditions


def _side_query(side, conditions: list, after: Cursor | None, limit: int):
    query = select(Referral).where(side, *conditions)
    if after is not None:
        query = query.where(tuple_(Referral.updated_at, Referral.id) < after)
    return (
        query.options(selectinload(Referral.consents))
        .order_by(Referral.updated_at.desc(), Referral.id.desc())
        .limit(limit)
    )


def select_page(
    session: Session,
    actor: Actor,
    wanted: ReferralFilter,
    after: Cursor | None,
    limit: int,
    now: datetime,
) -> tuple[list[Referral], Cursor | None]:
    """The next ``limit`` visible referrals matching ``wanted``, and the cursor."""
    conditions = _conditions(session, wanted, now)
    per_side = [
        list(session.scalars(_side_query(side, conditions, after, limit + 1)))
        for side in _sides(actor, wanted)
    ]
    merged = list(
        heapq.merge(*per_side, key=lambda r: (r.updated_at, r.id), reverse=True)
    )
    page = merged[:limit]
    more = len(merged) > limit
    cursor = (page[-1].updated_at, page[-1].id) if more and page else None
    if wanted.family_ref.strip():
        # The reference must not reveal a family the actor may not see.
        page = [r for r in page if family_shown(actor, r, now)]
    return page, cursor


def _prefetch_names(session: Session, referrals: list[Referral]) -> list:
    """Load the page's receivers and senders in three queries, names only.

    ``receiver_name`` and ``user_name`` then find them in the session instead
    of reading each whole service (its descriptions too) one by one, as long as
    the caller holds the returned objects (the session keeps them weakly).
    """
    loaded: list = []
    services = {r.receiver_service_id for r in referrals} - {None}
    organisations = {r.receiver_org_id for r in referrals} - {None}
    users = {r.sender_user_id for r in referrals} - {None}
    if services:
        loaded += session.scalars(
            select(Service)
            .where(Service.id.in_(services))
            .options(
                load_only(Service.id, Service.name, Service.organisation_id),
                selectinload(Service.organisation).load_only(
                    Organisation.id, Organisation.name
                ),
            )
        ).all()
    if organisations:
        loaded += session.scalars(
            select(Organisation)
            .where(Organisation.id.in_(organisations))
            .options(load_only(Organisation.id, Organisation.name))
        ).all()
    if users:
        loaded += session.scalars(select(StaffUser).where(StaffUser.id.in_(users)))
    return loaded


def list_page(
    session: Session,
    actor: Actor,
    wanted: ReferralFilter | None = None,
    after: Cursor | None = None,
    limit: int = PAGE_SIZE,
    *,
    lang: str = "fi",
    now: datetime | None = None,
) -> ReferralPage:
    """One page of the actor's visible referrals; each one shown is logged."""
    perm.require(actor, perm.LIST)
    wanted = wanted or ReferralFilter()
    now = now or utcnow()
    limit = max(1, min(limit, 1000))
    referrals, cursor = select_page(session, actor, wanted, after, limit, now)
    loaded = _prefetch_names(session, referrals)  # held while the rows are built

    today = today_in_finland(now)
    rows = tuple(
        ReferralRow(
            id=r.id,
            kind=r.kind,
            status=r.status,
            family_ref=r.family_ref if family_shown(actor, r, now) else None,
            receiver=receiver_name(session, r, lang),
            sender_user=user_name(session, r.sender_user_id),
            urgency=r.urgency,
            follow_up_on=r.follow_up_on,
            sent_at=r.sent_at,
            updated_at=r.updated_at,
            overdue=is_overdue(r, today),
            waiting=is_waiting(r, now, wanted.waiting_days),
        )
        for r in referrals
    )
    del loaded
    audit.append(session, actor, audit.LIST, [(r.id, r.family_key) for r in referrals])
    return ReferralPage(rows, cursor)


def with_settings(workspace, wanted: ReferralFilter | None) -> ReferralFilter:
    """The filter with the workspace's waiting time (``waiting_response_days``)."""
    wanted = wanted or ReferralFilter()
    days = workspace.settings.get("waiting_response_days")
    return ReferralFilter(**{**wanted.__dict__, "waiting_days": days})


def fetch_page(
    workspace,
    actor: Actor,
    wanted: ReferralFilter | None = None,
    after: Cursor | None = None,
    limit: int = PAGE_SIZE,
    lang: str = "fi",
    now: datetime | None = None,
) -> ReferralPage:
    """``list_page`` in its own transaction, for the window."""
    perm.require(actor, perm.LIST)
    wanted = with_settings(workspace, wanted)
    with workspace.session() as session:
        return list_page(session, actor, wanted, after, limit, lang=lang, now=now)


def list_referrals(
    workspace,
    actor: Actor,
    wanted: ReferralFilter | None = None,
    lang: str = "fi",
    now: datetime | None = None,
) -> list[ReferralRow]:
    """Every matching referral, page by page (for the command line and tests)."""
    rows: list[ReferralRow] = []
    after = None
    while True:
        page = fetch_page(workspace, actor, wanted, after, PAGE_SIZE, lang, now)
        rows.extend(page.rows)
        if page.after is None:
            return rows
        after = page.after


def count_attention(
    session: Session, actor: Actor, waiting_days: int, now: datetime
) -> int:
    """How many of the unit's open referrals are overdue or waiting too long."""
    cutoff = now - timedelta(days=waiting_days)
    overdue = and_(
        Referral.status.in_(sorted(rules.OPEN)),
        Referral.follow_up_on < today_in_finland(now),
    )
    waiting = and_(Referral.status == rules.SENT, Referral.sent_at < cutoff)
    total = 0
    for side in _sides(actor, ReferralFilter()):
        total += session.scalar(
            select(func.count(Referral.id)).where(side, or_(overdue, waiting))
        )
    return total
