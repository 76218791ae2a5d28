"""Fixtures for storage tests: an encrypted workspace with its administrator."""

from __future__ import annotations

import pytest

ADMIN_PASSWORD = "salasana-123456"


@pytest.fixture
def encrypted(tmp_path):
    """A new encrypted workspace (no demo catalogue), opened by its administrator."""
    from familjecenter_desktop.workspace import NewAdmin, open_workspace

    ws = open_workspace(
        tmp_path / "data",
        load_demo=False,
        first_admin=NewAdmin("admin", "Testi Ylläpitäjä", ADMIN_PASSWORD),
    )
    yield ws
    ws.close()


def referral_staff(workspace, admin):
    """A clinic with a nurse and a receiving service; returns (nurse, service id)."""
    from familjecenter_desktop.db.models import Service
    from familjecenter_desktop.referrals import accounts, actors

    clinic = actors.add_unit(workspace, admin, {"fi": "Testin lastenneuvola"})
    receiver = actors.add_unit(workspace, admin, {"fi": "Testin perheneuvola"})
    with workspace.session() as session:
        service = Service(name={"fi": "Perheneuvonta"}, organisation_id=receiver)
        session.add(service)
        session.flush()
        service_id = service.id
    accounts.create_user(
        workspace, admin, "nurse", "Testi Hoitaja", "nurse", clinic, ADMIN_PASSWORD
    )
    return accounts.authenticate(workspace, "nurse", ADMIN_PASSWORD), service_id


def referral_values(service_id: int, names: str, number: int = 1, note: str = ""):
    """A made-up referral with consent (temporary identity code, 900-999)."""
    from familjecenter_desktop.referrals.validation import ReferralInput

    return ReferralInput(
        kind="referral_with_consent",
        family_ref=f"TT-{number}",
        family_names=names,
        identity_code="010120A987E" if number == 1 else "",
        phones=["040 123 4567"],
        receiver_service_id=service_id,
        reasons=["parenthood"],
        note=note,
    )
