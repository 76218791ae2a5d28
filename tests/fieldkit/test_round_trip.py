"""Site → laptop offline → site: changes on both sides merge, nothing doubles."""

from __future__ import annotations

from datetime import date

from sqlalchemy import func, select

from familjecenter_desktop.db.models import (
    AccessLogEntry,
    Consent,
    FieldKit,
    Referral,
    ReferralEvent,
)
from familjecenter_desktop.fieldkit import merge
from familjecenter_desktop.fieldkit.export import export_field_kit
from familjecenter_desktop.fieldkit.files import read_kit
from familjecenter_desktop.fieldkit.open_kit import open_field_kit
from familjecenter_desktop.fieldkit.return_kit import make_return_kit
from familjecenter_desktop.referrals import accounts, audit, listing, records, status
from familjecenter_desktop.referrals.consents import record_consent, withdraw_consent

from .conftest import FAST_KDF, PASSPHRASE, PASSWORD
from .helpers import full_consent, referral_input


def count(workspace, model) -> int:
    with workspace.session() as session:
        return session.scalar(select(func.count()).select_from(model))


def by_uuid(workspace, uuid):
    with workspace.session() as session:
        referral = session.scalar(select(Referral).where(Referral.uuid == uuid))
        events = [e.action for e in referral.events]
        consents = [(c.purpose, c.withdrawn_at is not None) for c in referral.consents]
        return referral, events, consents


def prepare_site(site):
    """Three open referrals of the nurse, one closed, one of a colleague."""
    ws, nurse = site.workspace, site.nurse
    r1 = records.create_referral(ws, nurse, referral_input(site.service_id))
    r1 = record_consent(ws, nurse, r1.id, full_consent())
    r2 = records.create_referral(
        ws, nurse, referral_input(site.service_id, family_ref="KENTTÄ-2")
    )
    r3 = records.create_referral(
        ws, nurse, referral_input(site.service_id, family_ref="KENTTÄ-3")
    )
    r3 = record_consent(ws, nurse, r3.id, full_consent())
    r3 = status.change_status(ws, nurse, r3.id, r3.version, "send")
    r4 = records.create_referral(
        ws, nurse, referral_input(site.service_id, family_ref="KENTTÄ-4")
    )
    status.change_status(ws, nurse, r4.id, r4.version, "cancel", note="väärä")
    records.create_referral(
        ws, site.colleague, referral_input(site.service_id, family_ref="MUU-1")
    )
    return r1, r2, r3


def uuid_of(workspace, referral_id):
    with workspace.session() as session:
        return session.get(Referral, referral_id).uuid


def test_round_trip_with_changes_on_both_sides(site, laptop, kit_path, tmp_path):
    """New, field-changed, site-changed and conflicting referrals all merge right."""
    ws = site.workspace
    r1, r2, r3 = prepare_site(site)
    summary = export_field_kit(
        ws, site.nurse, PASSPHRASE, kit_path, with_referrals=True, kdf=FAST_KDF
    )
    assert summary.referrals == 3
    assert summary.services == 2

    # On the laptop, offline: log in with the site password and work.
    opened = open_field_kit(laptop, read_kit(kit_path), PASSPHRASE, PASSWORD)
    assert (opened.referrals, opened.worker) == (3, "nurse")
    field_nurse = accounts.authenticate(laptop, "nurse", PASSWORD)
    rows = listing.list_referrals(laptop, field_nurse)
    assert {r.family_ref for r in rows} == {"KENTTÄ-1", "KENTTÄ-2", "KENTTÄ-3"}
    f1 = records.get_referral(laptop, field_nurse, r1.id)
    assert f1.version == r1.version
    status.change_status(laptop, field_nurse, r1.id, f1.version, "send")
    f2 = records.get_referral(laptop, field_nurse, r2.id)
    records.update_referral(
        laptop,
        field_nurse,
        r2.id,
        f2.version,
        referral_input(site.service_id, family_ref="KENTTÄ-2", note="Kentällä sovittu"),
    )
    new = records.create_referral(
        laptop, field_nurse, referral_input(site.service_id, family_ref="UUSI-1")
    )
    new = record_consent(laptop, field_nurse, new.id, full_consent("Kentän suostumus"))
    withdraw_consent(laptop, field_nurse, new.consents[0].id)
    back = tmp_path / "return.fckit"
    returned = make_return_kit(laptop, field_nurse, PASSPHRASE, back, kdf=FAST_KDF)
    assert returned.referrals == 4

    # Meanwhile at the site: r2 gets a follow-up date, r3 is received.
    s2 = records.get_referral(ws, site.nurse, r2.id)
    records.set_follow_up(ws, site.nurse, r2.id, s2.version, date(2027, 1, 15))
    s3 = records.get_referral(ws, site.receiver_worker, r3.id)
    status.change_status(ws, site.receiver_worker, r3.id, s3.version, "receive")

    plan = merge.plan_import(ws, site.nurse, read_kit(back), PASSPHRASE)
    states = {item.uuid: item.state for item in plan.items}
    u1, u2, u3 = (uuid_of(ws, r.id) for r in (r1, r2, r3))
    assert states[u1] == merge.FIELD_CHANGED
    assert states[u2] == merge.BOTH
    assert states[u3] == merge.SITE_CHANGED
    assert states[new_uuid := uuid_of(laptop, new.id)] == merge.NEW
    [conflict] = plan.conflicts
    assert conflict.referral_id == r2.id
    assert conflict.site.follow_up_on == date(2027, 1, 15)
    assert conflict.field.note == "Kentällä sovittu"
    assert "note" in conflict.differing() and "follow_up_on" in conflict.differing()

    report = merge.apply_import(ws, site.nurse, plan, {u2: merge.KEEP_FIELD})

    assert (report.created, report.updated, report.kept_field) == (1, 1, 1)
    referral, events, _ = by_uuid(ws, u1)
    assert referral.status == "sent" and events.count("send") == 1
    referral, events, _ = by_uuid(ws, u2)
    assert referral.note == "Kentällä sovittu"
    assert "follow_up" in events and events[-1] == "field_kit_kept_field"
    referral, _, _ = by_uuid(ws, u3)
    assert referral.status == "received"
    referral, events, consents = by_uuid(ws, new_uuid)
    assert referral.family_ref == "UUSI-1"
    assert referral.sender_user_id == site.nurse.user_id
    assert consents == [("Kentän suostumus", True)]
    assert events[:3] == ["create", "consent", "consent_withdrawn"]
    assert audit.verify_chain(ws).intact
    with ws.session() as session:
        field_entries = session.scalars(
            select(AccessLogEntry).where(AccessLogEntry.detail.like("field kit %"))
        ).all()
        actions = {(e.action, e.username) for e in field_entries}
        assert ("create", "nurse") in actions  # made in the field, logged there
        exported = session.scalars(
            select(AccessLogEntry.referral_id).where(
                AccessLogEntry.action == "export",
                AccessLogEntry.detail == f"field kit {summary.kit_id[:8]}",
            )
        ).all()
        assert sorted(exported) == sorted([r1.id, r2.id, r3.id])


def test_importing_twice_adds_nothing(site, laptop, kit_path, tmp_path):
    """A second import of the same return kit finds nothing new and adds nothing."""
    ws = site.workspace
    r1, _, _ = prepare_site(site)
    export_field_kit(ws, site.nurse, PASSPHRASE, kit_path, True, kdf=FAST_KDF)
    open_field_kit(laptop, read_kit(kit_path), PASSPHRASE, PASSWORD)
    nurse = accounts.authenticate(laptop, "nurse", PASSWORD)
    f1 = records.get_referral(laptop, nurse, r1.id)
    status.change_status(laptop, nurse, r1.id, f1.version, "send")
    records.create_referral(laptop, nurse, referral_input(site.service_id))
    back = tmp_path / "return.fckit"
    make_return_kit(laptop, nurse, PASSPHRASE, back, kdf=FAST_KDF)
    data = read_kit(back)
    first = merge.apply_import(
        ws, site.nurse, merge.plan_import(ws, site.nurse, data, PASSPHRASE), {}
    )
    totals = [count(ws, m) for m in (Referral, ReferralEvent, Consent, AccessLogEntry)]

    plan = merge.plan_import(ws, site.nurse, data, PASSPHRASE)
    second = merge.apply_import(ws, site.nurse, plan, {})

    assert first.created == 1 and first.updated == 1
    assert plan.already_merged and not plan.has_changes and plan.conflicts == []
    assert (second.created, second.updated, second.events_added) == (0, 0, 0)
    after = [count(ws, m) for m in (Referral, ReferralEvent, Consent, AccessLogEntry)]
    assert after[:3] == totals[:3]
    assert after[3] == totals[3]
    assert audit.verify_chain(ws).intact
    with ws.session() as session:
        merged = session.scalars(
            select(FieldKit).where(FieldKit.role == "merged")
        ).all()
    assert len(merged) == 2
