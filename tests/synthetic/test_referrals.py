"""Made-up referrals: loadable through the models, consistent histories, listable."""

from __future__ import annotations

from sqlalchemy import func, select

from familjecenter_desktop.db.engine import make_engine, session_factory, sqlite_url
from familjecenter_desktop.db.models import Referral, ReferralEvent, StaffUser
from familjecenter_desktop.domain import referral_rules as rules
from familjecenter_desktop.referrals.listing import ReferralFilter, list_page
from familjecenter_desktop.referrals.permissions import Actor
from familjecenter_desktop.synthetic.database import build_database
from familjecenter_desktop.synthetic.referrals import insert_referrals
from familjecenter_desktop.synthetic.rows import CatalogueSize


def _database(tmp_path, count=400):
    path = tmp_path / "county.sqlite3"
    report = build_database(
        path,
        CatalogueSize(services=60, locations=10),
        extra_rows=lambda connection: insert_referrals(connection, count, seed=3),
    )
    engine = make_engine(sqlite_url(path))
    return report, engine


def test_referrals_load_with_histories_that_follow_the_rules(tmp_path):
    """Every referral reads back through the ORM; its events walk allowed steps."""
    report, engine = _database(tmp_path)
    with session_factory(engine)() as session:
        referrals = session.scalars(select(Referral)).all()
        events = session.scalars(select(ReferralEvent)).all()
        staff = session.scalar(select(func.count()).select_from(StaffUser))
    engine.dispose()

    assert report.rows["referral"] == len(referrals) == 400
    assert report.rows["referral_event"] == len(events)
    assert staff == report.rows["staff_user"] > 0
    by_referral = {}
    for event in events:
        by_referral.setdefault(event.referral_id, []).append(event)
    for referral in referrals:
        history = sorted(by_referral[referral.id], key=lambda e: e.at)
        assert history[0].to_status == rules.DRAFT
        assert history[-1].to_status == referral.status
        for event in history[1:]:
            after = rules.next_status(
                event.from_status, event.action, note=event.note, outcome="got_help"
            )
            assert after == event.to_status
        assert referral.updated_at == history[-1].at
        assert referral.updated_at.tzinfo is not None
        assert referral.identity_code is None and referral.family_names is None


def test_one_units_list_pages_to_its_end(tmp_path):
    """The listing function pages through one unit's referrals, none twice."""
    _report, engine = _database(tmp_path)
    with session_factory(engine)() as session:
        unit, user = session.execute(
            select(StaffUser.unit_id, StaffUser.id).order_by(StaffUser.id)
        ).first()
        expected = session.scalar(
            select(func.count())
            .select_from(Referral)
            .where(
                (Referral.sender_unit_id == unit) | (Referral.receiver_unit_id == unit)
            )
        )
        actor = Actor(user, "synthetic", "Työntekijä", "nurse", unit)
        seen, after = [], None
        while True:
            page = list_page(session, actor, ReferralFilter(), after, limit=7)
            seen += [row.id for row in page.rows]
            after = page.after
            if after is None:
                break
        session.rollback()
    engine.dispose()

    assert len(seen) == len(set(seen)) == expected > 0
