"""Fixtures: a workspace with two units, a catalogue service and one user per role.

Every referral test runs on SQLite and on PostgreSQL (``database_url``).
"""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from familjecenter_desktop.db.models import Organisation, Service
from familjecenter_desktop.referrals import accounts, actors
from familjecenter_desktop.referrals.permissions import Actor

PASSWORD = "correct horse battery"


@dataclass
class Staff:
    """The made-up people and places of the referral tests."""

    admin: Actor
    nurse: Actor
    social_worker: Actor
    coordinator: Actor
    receiver_worker: Actor
    clinic_id: int
    counselling_id: int
    service_id: int


@pytest.fixture
def workspace(tmp_path, database_url):
    """An empty, migrated workspace on each supported engine."""
    from familjecenter_desktop.workspace import open_workspace

    ws = open_workspace(tmp_path / "data", database_url=database_url, load_demo=False)
    yield ws
    ws.close()


@pytest.fixture
def staff(workspace) -> Staff:
    """Child health clinic (sender) and family counselling (receiver) with staff."""
    admin = accounts.create_first_admin(
        workspace, "admin", "Testi Ylläpitäjä", PASSWORD
    )
    county = actors.add_unit(workspace, admin, {"fi": "Testin hyvinvointialue"})
    clinic = actors.add_unit(workspace, admin, {"fi": "Lastenneuvola"}, county)
    counselling = actors.add_unit(workspace, admin, {"fi": "Perheneuvola"}, county)
    with workspace.session() as session:
        service = Service(
            name={"fi": "Perheneuvonta", "sv": "Familjerådgivning"},
            organisation_id=counselling,
        )
        session.add(service)
        session.flush()
        service_id = service.id
        assert session.get(Organisation, clinic) is not None

    def user(name: str, role: str, unit: int | None) -> Actor:
        accounts.create_user(
            workspace, admin, name, f"Testi {name}", role, unit, PASSWORD
        )
        return accounts.authenticate(workspace, name, PASSWORD)

    return Staff(
        admin=admin,
        nurse=user("nurse", "nurse", clinic),
        social_worker=user("sw", "social_worker", clinic),
        coordinator=user("coord", "coordinator", clinic),
        receiver_worker=user("receiver", "social_worker", counselling),
        clinic_id=clinic,
        counselling_id=counselling,
        service_id=service_id,
    )
