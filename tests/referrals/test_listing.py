"""Keyset-paginated referral lists: every row once, in order, only the unit's own."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
from sqlalchemy import func, select

from familjecenter_desktop.db.models import AccessLogEntry, Referral
from familjecenter_desktop.referrals import (
    accounts,
    actors,
    audit,
    followup,
    listing,
)
from familjecenter_desktop.referrals.listing import ReferralFilter, list_page

from .conftest import PASSWORD

NOW = datetime(2026, 12, 4, 10, 0, tzinfo=UTC)
STATUSES = ("draft", "sent", "received", "accepted", "completed", "cancelled")


def bulk_referrals(workspace, staff, count: int, **fields) -> None:
    """``count`` referrals from the clinic to the counselling service, stored in
    one go; every third pair shares its last-change time (ties break by id)."""
    with workspace.session() as session:
        for number in range(count):
            moment = NOW - timedelta(minutes=number // 3)
            values = {
                "version": 1,
                "kind": "guidance",
                "status": STATUSES[number % len(STATUSES)],
                "family_ref": f"TT-{number}",
                "family_key": audit.family_key(session, f"TT-{number}"),
                "sender_unit_id": staff.clinic_id,
                "sender_user_id": staff.nurse.user_id,
                "receiver_service_id": staff.service_id,
                "reasons": ["wellbeing"],
                "created_at": moment,
                "updated_at": moment,
                "sent_at": moment - timedelta(days=number % 40),
                "follow_up_on": date(2026, 12, 1) + timedelta(days=number % 7),
            }
            values.update(fields)
            session.add(Referral(**values))


def every_page(workspace, actor, wanted, limit):
    """All pages of a list, as lists of ids."""
    pages, after = [], None
    while True:
        with workspace.session() as session:
            page = list_page(session, actor, wanted, after, limit, now=NOW)
        pages.append([row.id for row in page.rows])
        if page.after is None:
            return pages
        after = page.after


def test_pages_cover_every_referral_once_newest_first(workspace, staff):
    """250 referrals in pages of 40: each once, ordered by last change then id."""
    bulk_referrals(workspace, staff, 250)

    pages = every_page(workspace, staff.nurse, ReferralFilter(), 40)
    ids = [i for page in pages for i in page]
    with workspace.session() as session:
        expected = session.scalars(
            select(Referral.id).order_by(Referral.updated_at.desc(), Referral.id.desc())
        ).all()

    assert [len(p) for p in pages] == [40] * 6 + [10]
    assert ids == list(expected)


@pytest.mark.parametrize(
    ("wanted", "expected"),
    [
        (ReferralFilter(statuses=frozenset({"sent"})), lambda r: r.status == "sent"),
        (ReferralFilter(kinds=frozenset({"guidance"})), lambda r: True),
        (ReferralFilter(open_only=True), lambda r: r.status not in _CLOSED),
        (
            ReferralFilter(overdue_only=True),
            lambda r: r.status not in _CLOSED and r.follow_up_on < NOW.date(),
        ),
        (
            ReferralFilter(waiting_only=True, waiting_days=14),
            lambda r: r.status == "sent" and r.sent_at < NOW - timedelta(days=14),
        ),
        (ReferralFilter(family_ref=" tt-17 "), lambda r: r.family_ref == "TT-17"),
    ],
)
def test_each_filter_keeps_exactly_the_matching_rows(
    workspace, staff, wanted, expected
):
    """Status, kind, open, overdue, waiting and family reference, page by page."""
    bulk_referrals(workspace, staff, 90)
    with workspace.session() as session:
        everything = session.scalars(select(Referral)).all()
        matching = {r.id for r in everything if expected(r)}

    pages = every_page(workspace, staff.nurse, wanted, 25)

    assert {i for page in pages for i in page} == matching
    assert sum(len(p) for p in pages) == len(matching)


_CLOSED = {"declined", "completed", "cancelled"}


def test_mine_lists_only_what_i_sent(workspace, staff):
    """My referrals leave out my colleague's, though the unit's list has both."""
    bulk_referrals(workspace, staff, 10)
    bulk_referrals(workspace, staff, 5, sender_user_id=staff.social_worker.user_id)

    mine = every_page(workspace, staff.nurse, ReferralFilter(scope="mine"), 100)
    unit = every_page(workspace, staff.nurse, ReferralFilter(), 100)

    assert len(mine[0]) == 10
    assert len(unit[0]) == 15


def test_units_see_their_own_and_those_sent_to_them_nothing_else(workspace, staff):
    """Sender and receiver units list a referral; a third unit lists nothing."""
    bulk_referrals(workspace, staff, 6)
    library = actors.add_unit(workspace, staff.admin, {"fi": "Kirjasto"})
    accounts.create_user(
        workspace, staff.admin, "lib", "Testi Kirjasto", "nurse", library, PASSWORD
    )
    outsider = accounts.authenticate(workspace, "lib", PASSWORD)

    sender = every_page(workspace, staff.nurse, ReferralFilter(), 100)[0]
    receiver = every_page(workspace, staff.receiver_worker, ReferralFilter(), 100)[0]
    third = every_page(workspace, outsider, ReferralFilter(), 100)[0]

    assert len(sender) == 6 and sorted(receiver) == sorted(sender)
    assert third == []
    with workspace.session() as session:
        assert followup.count_attention(session, outsider, 14, NOW) == 0


def test_receiving_side_cannot_find_a_family_it_may_not_see(workspace, staff):
    """A reference search on the receiving side skips families hidden from it."""
    bulk_referrals(workspace, staff, 3, status="sent", kind="referral_with_consent")

    found = every_page(
        workspace, staff.receiver_worker, ReferralFilter(family_ref="TT-1"), 10
    )[0]
    sender_found = every_page(
        workspace, staff.nurse, ReferralFilter(family_ref="TT-1"), 10
    )[0]

    assert found == []
    assert len(sender_found) == 1


def test_each_listed_referral_is_logged_once_per_page(workspace, staff):
    """A page of 30 adds 30 'list' entries, one per referral shown."""
    bulk_referrals(workspace, staff, 45)
    with workspace.session() as session:
        before = session.scalar(select(func.count(AccessLogEntry.id)))

    every_page(workspace, staff.nurse, ReferralFilter(), 30)

    with workspace.session() as session:
        listed = session.scalar(
            select(func.count(AccessLogEntry.id)).where(
                AccessLogEntry.action == "list", AccessLogEntry.id > before
            )
        )
    assert listed == 45


def test_attention_counts_overdue_or_waiting_once(workspace, staff):
    """The tab's number: open referrals overdue or waiting, each counted once."""
    bulk_referrals(workspace, staff, 60)
    with workspace.session() as session:
        everything = session.scalars(select(Referral)).all()
        expected = sum(
            1
            for r in everything
            if (r.status not in _CLOSED and r.follow_up_on < NOW.date())
            or (r.status == "sent" and r.sent_at < NOW - timedelta(days=14))
        )
        counted = listing.count_attention(session, staff.nurse, 14, NOW)

    assert counted == expected > 0


def test_receiver_unit_follows_the_service_organisation(workspace, staff):
    """The stored receiving unit is the service's organisation (mapper event)."""
    bulk_referrals(workspace, staff, 1)
    bulk_referrals(
        workspace,
        staff,
        1,
        receiver_service_id=None,
        receiver_org_id=staff.clinic_id,
    )

    with workspace.session() as session:
        units = session.scalars(
            select(Referral.receiver_unit_id).order_by(Referral.id)
        ).all()

    assert units == [staff.counselling_id, staff.clinic_id]


def test_unit_page_query_reads_an_index(workspace, staff):
    """On SQLite the unit's page is read from a page index, not a table scan."""
    if workspace.engine.dialect.name != "sqlite":
        pytest.skip("query plans differ per engine; PERF measures PostgreSQL")
    query = listing._side_query(
        listing._sides(staff.nurse, ReferralFilter())[0], [], (NOW, 10**9), 101
    )
    compiled = query.compile(workspace.engine, compile_kwargs={"literal_binds": False})

    with workspace.engine.connect() as connection:
        plan = connection.exec_driver_sql(
            "EXPLAIN QUERY PLAN " + str(compiled),
            tuple(compiled.params[k] for k in compiled.positiontup),
        ).all()
    details = " ".join(str(row[-1]) for row in plan)

    assert "ix_referral_sender_unit" in details
    assert "SCAN referral" not in details.replace("USING INDEX", "")
