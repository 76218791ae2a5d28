"""Merging at the site: choices recorded, bad kits refused, all or nothing."""

from __future__ import annotations

import secrets

import pytest
from sqlalchemy import func, select

from familjecenter_desktop.db.models import (
    AccessLogEntry,
    FieldKit,
    Referral,
    ReferralEvent,
)
from familjecenter_desktop.fieldkit import container, errors, merge
from familjecenter_desktop.fieldkit.errors import KitError, KitRefusedError
from familjecenter_desktop.fieldkit.files import read_kit
from familjecenter_desktop.referrals import audit, records

from .conftest import PASSPHRASE
from .scenario import conflicting_trip


def totals(workspace) -> list[int]:
    with workspace.session() as session:
        return [
            session.scalar(select(func.count()).select_from(model))
            for model in (Referral, ReferralEvent, AccessLogEntry, FieldKit)
        ]


def test_keeping_the_site_version_records_the_choice(site, laptop, tmp_path):
    """The site's fields stay; the field's events are added; the choice is logged."""
    ws = site.workspace
    trip = conflicting_trip(site, laptop, tmp_path)
    plan = merge.plan_import(ws, site.nurse, read_kit(trip.back), PASSPHRASE)
    [conflict] = plan.conflicts
    assert conflict.site.note == "Toimistolla sovittu"
    assert conflict.field.note == "Kentällä sovittu"

    report = merge.apply_import(ws, site.nurse, plan, {trip.uuid: merge.KEEP_SITE})

    assert (report.kept_site, report.created) == (1, 1)
    view = records.get_referral(ws, site.nurse, trip.referral_id)
    assert view.note == "Toimistolla sovittu"
    actions = [e.action for e in view.events]
    assert actions.count("update") == 2  # the site's and the field's edit
    assert actions[-1] == "field_kit_kept_site"
    with ws.session() as session:
        details = session.scalars(
            select(AccessLogEntry.detail).where(
                AccessLogEntry.referral_id == trip.referral_id,
                AccessLogEntry.action == "update",
            )
        ).all()
    assert any(d and d.endswith("kept site") for d in details)
    assert audit.verify_chain(ws).intact


def test_after_keeping_the_site_a_later_field_change_is_a_conflict_again(
    site, laptop, tmp_path
):
    """The set-aside field copy never overwrites the site silently later."""
    from familjecenter_desktop.fieldkit.return_kit import make_return_kit
    from familjecenter_desktop.referrals import accounts

    from .conftest import FAST_KDF, PASSWORD
    from .helpers import referral_input

    ws = site.workspace
    trip = conflicting_trip(site, laptop, tmp_path)
    plan = merge.plan_import(ws, site.nurse, read_kit(trip.back), PASSPHRASE)
    merge.apply_import(ws, site.nurse, plan, {trip.uuid: merge.KEEP_SITE})
    field_nurse = accounts.authenticate(laptop, "nurse", PASSWORD)
    current = records.get_referral(laptop, field_nurse, trip.referral_id)
    values = referral_input(site.service_id, note="Kentällä taas")
    records.update_referral(
        laptop, field_nurse, trip.referral_id, current.version, values
    )
    again = tmp_path / "again.fckit"
    make_return_kit(laptop, field_nurse, PASSPHRASE, again, kdf=FAST_KDF)

    second = merge.plan_import(ws, site.nurse, read_kit(again), PASSPHRASE)

    assert [c.uuid for c in second.conflicts] == [trip.uuid]


def test_unresolved_conflicts_import_nothing(site, laptop, tmp_path):
    """Without a choice for every conflict nothing at all is merged."""
    ws = site.workspace
    trip = conflicting_trip(site, laptop, tmp_path)
    plan = merge.plan_import(ws, site.nurse, read_kit(trip.back), PASSPHRASE)
    before = totals(ws)

    with pytest.raises(KitError):
        merge.apply_import(ws, site.nurse, plan, {})

    assert totals(ws) == before


def test_a_change_while_choosing_imports_nothing(site, laptop, tmp_path):
    """The site changing a referral after the plan stops the whole merge."""
    ws = site.workspace
    trip = conflicting_trip(site, laptop, tmp_path)
    plan = merge.plan_import(ws, site.nurse, read_kit(trip.back), PASSPHRASE)
    current = records.get_referral(ws, site.nurse, trip.referral_id)
    records.set_follow_up(ws, site.nurse, trip.referral_id, current.version, None)
    before = totals(ws)

    with pytest.raises(merge.MergeChangedError):
        merge.apply_import(ws, site.nurse, plan, {trip.uuid: merge.KEEP_FIELD})

    assert totals(ws) == before


@pytest.mark.parametrize(
    ("spoil", "reason"),
    [
        (lambda d: d[:-100], errors.TRUNCATED),
        (lambda d: d[:-1] + bytes([d[-1] ^ 1]), errors.TAMPERED),
        (lambda d: d[:40] + bytes([d[40] ^ 1]) + d[41:], errors.TAMPERED),
    ],
    ids=["truncated", "body-flipped", "header-flipped"],
)
def test_spoilt_return_kits_are_refused_and_nothing_changes(
    site, laptop, tmp_path, spoil, reason
):
    """A cut or altered return kit is refused by name before anything is written."""
    ws = site.workspace
    trip = conflicting_trip(site, laptop, tmp_path)
    before = totals(ws)

    with pytest.raises(KitRefusedError) as caught:
        merge.plan_import(ws, site.nurse, spoil(read_kit(trip.back)), PASSPHRASE)

    assert caught.value.reason == reason
    assert totals(ws) == before


def test_a_wrong_passphrase_is_refused(site, laptop, tmp_path):
    """The passphrase typed at the site must be the one the laptop used."""
    trip = conflicting_trip(site, laptop, tmp_path)

    with pytest.raises(KitRefusedError) as caught:
        merge.plan_import(
            site.workspace, site.nurse, read_kit(trip.back), "väärä salalause 123"
        )

    assert caught.value.reason == errors.WRONG_PASSPHRASE


def test_a_return_kit_for_another_site_is_refused(site, laptop, tmp_path):
    """A site with another id refuses the kit and names the kit's site."""
    ws = site.workspace
    trip = conflicting_trip(site, laptop, tmp_path)
    with ws.session() as session:
        from familjecenter_desktop.db.models import AppSecret

        session.get(AppSecret, "site_id").value = secrets.token_hex(16)

    with pytest.raises(KitRefusedError) as caught:
        merge.plan_import(ws, site.nurse, read_kit(trip.back), PASSPHRASE)

    assert caught.value.reason == errors.OTHER_SITE
    assert container.read_header(read_kit(trip.back)).site_id[:8] in (
        caught.value.describe()
    )


def test_the_field_kit_itself_is_not_a_return_kit(site, laptop, tmp_path):
    """Importing the kit made at the site is refused with what to do instead."""
    trip = conflicting_trip(site, laptop, tmp_path)

    with pytest.raises(KitRefusedError) as caught:
        merge.plan_import(site.workspace, site.nurse, read_kit(trip.kit), PASSPHRASE)

    assert caught.value.reason == errors.WRONG_KIND


def test_staff_of_another_unit_cannot_import(site, laptop, tmp_path):
    """Only the exporting worker's unit takes the kit back."""
    trip = conflicting_trip(site, laptop, tmp_path)

    with pytest.raises(KitError):
        merge.plan_import(
            site.workspace, site.other_unit_nurse, read_kit(trip.back), PASSPHRASE
        )
