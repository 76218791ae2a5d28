"""Export at the site and opening on the laptop: contents, refusals, no clear text."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from familjecenter_desktop.catalogue.search import SearchRequest, search
from familjecenter_desktop.db.models import (
    AccessLogEntry,
    FieldKit,
    OpeningInterval,
    Organisation,
)
from familjecenter_desktop.fieldkit import merge
from familjecenter_desktop.fieldkit.errors import KitError, WorkspaceStateError
from familjecenter_desktop.fieldkit.export import export_field_kit
from familjecenter_desktop.fieldkit.files import read_kit
from familjecenter_desktop.fieldkit.open_kit import open_field_kit
from familjecenter_desktop.fieldkit.return_kit import make_return_kit
from familjecenter_desktop.referrals import accounts, records, status
from familjecenter_desktop.referrals.consents import record_consent, withdraw_consent
from familjecenter_desktop.referrals.errors import (
    AuthenticationError,
    PermissionDeniedError,
)

from .conftest import FAST_KDF, PASSPHRASE, PASSWORD
from .helpers import full_consent, referral_input


def logged(workspace) -> tuple[int, int]:
    with workspace.session() as session:
        return (
            session.scalar(select(func.count()).select_from(AccessLogEntry)),
            session.scalar(select(func.count()).select_from(FieldKit)),
        )


def test_no_personal_data_in_clear_in_the_kit(site, kit_path):
    """Names, references, phones, user names and purposes appear nowhere in the file."""
    made = records.create_referral(
        site.workspace,
        site.nurse,
        referral_input(site.service_id, identity_code="010203A9998"),
    )
    record_consent(site.workspace, site.nurse, made.id, full_consent())

    export_field_kit(
        site.workspace, site.nurse, PASSPHRASE, kit_path, True, kdf=FAST_KDF
    )

    data = kit_path.read_bytes()
    needles = [
        "Kenttäläinen",
        "KENTTÄ-1",
        "010203A9998",
        "1234567",
        "nurse",
        "Testi",
        "perheneuvolasta",
        "Perheneuvonta",
    ]
    for needle in needles:
        for encoding in ("utf-8", "utf-16-le", "latin-1"):
            try:
                assert needle.encode(encoding) not in data, needle
            except UnicodeEncodeError:
                continue
    assert [
        p.name for p in kit_path.parent.iterdir() if p.name.startswith(".kit-")
    ] == []


def test_the_laptop_holds_the_catalogue_and_only_the_worker_logs_in(
    site, laptop, kit_path
):
    """Search, units, hours work offline; a colleague in the history cannot log in."""
    ws = site.workspace
    made = records.create_referral(ws, site.nurse, referral_input(site.service_id))
    made = record_consent(ws, site.nurse, made.id, full_consent())
    made = status.change_status(ws, site.nurse, made.id, made.version, "send")
    status.change_status(ws, site.receiver_worker, made.id, made.version, "receive")
    export_field_kit(
        site.workspace, site.nurse, PASSPHRASE, kit_path, True, kdf=FAST_KDF
    )

    open_field_kit(laptop, read_kit(kit_path), PASSPHRASE, PASSWORD)

    with laptop.session() as session:
        hits = search(session, SearchRequest(text="perheneuvonta"))
        assert [h.service_id for h in hits] == [site.service_id]
        assert session.scalar(select(func.count()).select_from(Organisation)) == 4
        assert session.scalar(select(func.count()).select_from(OpeningInterval)) == 1
    assert (
        accounts.authenticate(laptop, "nurse", PASSWORD).user_id == site.nurse.user_id
    )
    for someone in ("receiver", "admin"):
        with pytest.raises(AuthenticationError):
            accounts.authenticate(laptop, someone, PASSWORD)
    field_nurse = accounts.authenticate(laptop, "nurse", PASSWORD)
    assert records.get_referral(laptop, field_nurse, made.id).family.reference == (
        "KENTTÄ-1"
    )


def test_only_the_workers_own_open_referrals_travel(site, kit_path):
    """Closed referrals and a colleague's stay at the site; the export is logged."""
    ws = site.workspace
    mine = records.create_referral(ws, site.nurse, referral_input(site.service_id))
    closed = records.create_referral(ws, site.nurse, referral_input(site.service_id))
    status.change_status(ws, site.nurse, closed.id, closed.version, "cancel")
    records.create_referral(ws, site.colleague, referral_input(site.service_id))

    summary = export_field_kit(ws, site.nurse, PASSPHRASE, kit_path, True, kdf=FAST_KDF)

    assert summary.referrals == 1
    with ws.session() as session:
        entries = session.scalars(
            select(AccessLogEntry).where(AccessLogEntry.action == "export")
        ).all()
    assert [(e.referral_id, e.username) for e in entries] == [(mine.id, "nurse")]


def test_roles_without_referral_export_get_a_catalogue_kit_only(site, kit_path):
    """The administrator may export the catalogue but not referrals."""
    with pytest.raises(PermissionDeniedError):
        export_field_kit(
            site.workspace, site.admin, PASSPHRASE, kit_path, True, kdf=FAST_KDF
        )

    summary = export_field_kit(
        site.workspace, site.admin, PASSPHRASE, kit_path, False, kdf=FAST_KDF
    )

    assert (summary.referrals, summary.services) == (0, 2)


def test_an_unwritable_target_records_nothing(site, tmp_path):
    """A kit that cannot be written is named, and no export is recorded or logged."""
    records.create_referral(site.workspace, site.nurse, referral_input(site.service_id))
    before = logged(site.workspace)

    with pytest.raises(KitError) as caught:
        export_field_kit(
            site.workspace,
            site.nurse,
            PASSPHRASE,
            tmp_path / "no such folder" / "kit.fckit",
            True,
            kdf=FAST_KDF,
        )

    assert "no such folder" in caught.value.describe()
    assert logged(site.workspace) == before


def test_weak_passphrase_is_refused_before_anything(site, kit_path):
    """A short passphrase gives a reason and writes no file."""
    with pytest.raises(KitError):
        export_field_kit(site.workspace, site.nurse, "lyhyt", kit_path, kdf=FAST_KDF)

    assert not kit_path.exists()


def test_each_workspace_does_only_its_part(site, laptop, kit_path, tmp_path):
    """The laptop exports no kit and imports none; the site makes no return kit."""
    export_field_kit(site.workspace, site.nurse, PASSPHRASE, kit_path, kdf=FAST_KDF)
    open_field_kit(laptop, read_kit(kit_path), PASSPHRASE, PASSWORD)
    field_nurse = accounts.authenticate(laptop, "nurse", PASSWORD)
    back = tmp_path / "back.fckit"

    with pytest.raises(WorkspaceStateError):
        export_field_kit(laptop, field_nurse, PASSPHRASE, back, kdf=FAST_KDF)
    with pytest.raises(WorkspaceStateError):
        make_return_kit(site.workspace, site.nurse, PASSPHRASE, back, kdf=FAST_KDF)
    make_return_kit(laptop, field_nurse, PASSPHRASE, back, kdf=FAST_KDF)
    with pytest.raises(WorkspaceStateError):
        merge.plan_import(laptop, field_nurse, read_kit(back), PASSPHRASE)
    with pytest.raises(WorkspaceStateError):
        open_field_kit(laptop, read_kit(kit_path), PASSPHRASE, PASSWORD)


def test_a_consent_withdrawn_in_the_field_is_withdrawn_at_the_site(
    site, laptop, kit_path, tmp_path
):
    """A withdrawal made offline stops disclosure at the site after the merge."""
    ws = site.workspace
    made = records.create_referral(ws, site.nurse, referral_input(site.service_id))
    made = record_consent(ws, site.nurse, made.id, full_consent())
    made = status.change_status(ws, site.nurse, made.id, made.version, "send")
    export_field_kit(ws, site.nurse, PASSPHRASE, kit_path, True, kdf=FAST_KDF)
    open_field_kit(laptop, read_kit(kit_path), PASSPHRASE, PASSWORD)
    field_nurse = accounts.authenticate(laptop, "nurse", PASSWORD)
    field_view = records.get_referral(laptop, field_nurse, made.id)
    withdraw_consent(laptop, field_nurse, field_view.consents[0].id)
    back = tmp_path / "back.fckit"
    make_return_kit(laptop, field_nurse, PASSPHRASE, back, kdf=FAST_KDF)

    plan = merge.plan_import(ws, site.nurse, read_kit(back), PASSPHRASE)
    report = merge.apply_import(ws, site.nurse, plan, {})

    assert (report.withdrawals, report.consents_added) == (1, 0)
    view = records.get_referral(ws, site.nurse, made.id)
    assert view.consent_withdrawn and len(view.consents) == 1
    assert view.status == "sent"


def test_a_kit_opens_into_a_server_database_too(sqlite_site, tmp_path, database_url):
    """Opened into PostgreSQL (or SQLite) by URL, keys continue after the kit's rows."""
    from familjecenter_desktop.workspace import open_workspace

    ws = sqlite_site.workspace
    records.create_referral(
        ws, sqlite_site.nurse, referral_input(sqlite_site.service_id)
    )
    kit = tmp_path / "kit.fckit"
    export_field_kit(ws, sqlite_site.nurse, PASSPHRASE, kit, True, kdf=FAST_KDF)
    field = open_workspace(tmp_path / "field", database_url, load_demo=False)
    try:
        opened = open_field_kit(field, read_kit(kit), PASSPHRASE, PASSWORD)
        nurse = accounts.authenticate(field, "nurse", PASSWORD)
        made = records.create_referral(
            field, nurse, referral_input(sqlite_site.service_id, family_ref="UUSI-2")
        )
        with field.session() as session:
            unit = Organisation(name={"fi": "Kenttäyksikkö"})
            session.add(unit)
            session.flush()
            unit_id = unit.id
    finally:
        field.close()

    assert opened.referrals == 1 and made.id == 2
    assert unit_id == 5


def test_kits_from_a_newer_application_or_with_odd_contents_are_refused(laptop):
    """A well-sealed kit with an unknown schema or missing parts opens nothing."""
    import json
    import secrets

    from familjecenter_desktop.fieldkit import container

    def kit(content: dict) -> bytes:
        return container.seal(
            json.dumps(content).encode(),
            PASSPHRASE,
            kind=container.FIELD,
            site_id=secrets.token_hex(16),
            kit_id=secrets.token_hex(16),
            kdf=FAST_KDF,
        )

    future = {
        "format": 1,
        "site_id": "x",
        "kit_id": "y",
        "schema": "9999_future",
        "worker": "nurse",
        "catalogue": {},
    }
    for content, words in ((future, "newer version"), ({"format": 1}, "contents")):
        with pytest.raises(KitError) as caught:
            open_field_kit(laptop, kit(content), PASSPHRASE, PASSWORD)
        assert words in caught.value.describe()
    with laptop.session() as session:
        assert session.scalar(select(func.count()).select_from(FieldKit)) == 0
