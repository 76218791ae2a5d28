"""Fixtures of the reliability tests: two units' staff in a workspace on disk."""

from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path

from familjecenter_desktop.db.models import Service
from familjecenter_desktop.referrals import accounts, actors
from familjecenter_desktop.referrals.permissions import Actor

PASSWORD = "correct horse battery"
HERE = Path(__file__).resolve().parent

# The child processes import ``referral_workers`` by name.
if str(HERE) not in sys.path:
    sys.path.insert(0, str(HERE))


@dataclass
class Site:
    """A workspace's made-up staff: a sending clinic and a receiving service."""

    data_dir: Path
    database_url: str | None
    nurse: Actor
    receiver: Actor
    service_id: int


def make_site(
    workspace, data_dir: Path, database_url: str | None, admin: Actor | None = None
) -> Site:
    """An admin (unless given), a clinic with a nurse, counselling with a worker
    and a service."""
    if admin is None:
        admin = accounts.create_first_admin(
            workspace, "admin", "Testi Ylläpitäjä", PASSWORD
        )
    clinic = actors.add_unit(workspace, admin, {"fi": "Lastenneuvola"})
    counselling = actors.add_unit(workspace, admin, {"fi": "Perheneuvola"})
    with workspace.session() as session:
        service = Service(name={"fi": "Perheneuvonta"}, organisation_id=counselling)
        session.add(service)
        session.flush()
        service_id = service.id
    accounts.create_user(
        workspace, admin, "nurse", "Testi Hoitaja", "nurse", clinic, PASSWORD
    )
    accounts.create_user(
        workspace,
        admin,
        "receiver",
        "Testi Vastaanottaja",
        "social_worker",
        counselling,
        PASSWORD,
    )
    return Site(
        data_dir=data_dir,
        database_url=database_url,
        nurse=accounts.authenticate(workspace, "nurse", PASSWORD),
        receiver=accounts.authenticate(workspace, "receiver", PASSWORD),
        service_id=service_id,
    )
