"""Fixtures: a site with units, staff and a small catalogue; an empty laptop folder."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import time
from pathlib import Path

import pytest

from familjecenter_desktop.catalogue.searchindex import reindex
from familjecenter_desktop.db.models import (
    Address,
    BundleCategory,
    Channel,
    CodeLabel,
    OpeningHours,
    OpeningInterval,
    Service,
    ServiceCategoryLink,
    ServiceChannelLink,
)
from familjecenter_desktop.fieldkit.container import KdfParams
from familjecenter_desktop.referrals import accounts, actors
from familjecenter_desktop.referrals.permissions import Actor
from familjecenter_desktop.workspace import open_workspace

PASSWORD = "correct horse battery"
PASSPHRASE = "metsäpolku sininen 42"
# Cheap Argon2id for tests; the header carries it, so the reader uses it too.
FAST_KDF = KdfParams(time_cost=1, memory_kib=8 * 1024, parallelism=1)


@dataclass
class Site:
    """The made-up site: its workspace, staff and catalogue ids."""

    workspace: object
    admin: Actor
    nurse: Actor
    colleague: Actor
    receiver_worker: Actor
    other_unit_nurse: Actor
    clinic_id: int
    counselling_id: int
    service_id: int
    cafe_id: int


def build_site(workspace) -> Site:
    admin = accounts.create_first_admin(
        workspace, "admin", "Testi Ylläpitäjä", PASSWORD
    )
    county = actors.add_unit(workspace, admin, {"fi": "Testin hyvinvointialue"})
    clinic = actors.add_unit(workspace, admin, {"fi": "Lastenneuvola"}, county)
    counselling = actors.add_unit(
        workspace, admin, {"fi": "Perheneuvola", "sv": "Familjerådgivning"}, county
    )
    school = actors.add_unit(workspace, admin, {"fi": "Koulun terveydenhoito"}, county)
    with workspace.session() as session:
        session.add(
            BundleCategory(key="social_health", position=1, name={"fi": "Sote"})
        )
        session.add(
            CodeLabel(scheme="municipality", code="529", name={"fi": "Naantali"})
        )
        service = Service(
            name={"fi": "Perheneuvonta", "sv": "Familjerådgivning"},
            organisation_id=counselling,
            languages=["fi", "sv"],
        )
        cafe = Service(name={"fi": "Perhekahvila"}, organisation_id=county)
        session.add_all([service, cafe])
        session.flush()
        place = Channel(kind="location", name={"fi": "Perhetalo"})
        place.addresses.append(
            Address(
                street={"fi": "Opintie"}, street_number="3", municipality_code="529"
            )
        )
        hours = OpeningHours(kind="standard")
        hours.intervals.append(
            OpeningInterval(weekday=0, opens=time(8), closes=time(16))
        )
        place.opening_hours.append(hours)
        session.add(place)
        session.flush()
        session.add_all(
            [
                ServiceChannelLink(service_id=service.id, channel_id=place.id),
                ServiceCategoryLink(
                    service_id=service.id, category_key="social_health"
                ),
            ]
        )
        session.flush()
        reindex(session, [service.id, cafe.id])
        service_id, cafe_id = service.id, cafe.id

    def user(name: str, role: str, unit: int) -> Actor:
        accounts.create_user(
            workspace, admin, name, f"Testi {name}", role, unit, PASSWORD
        )
        return accounts.authenticate(workspace, name, PASSWORD)

    return Site(
        workspace=workspace,
        admin=admin,
        nurse=user("nurse", "nurse", clinic),
        colleague=user("colleague", "social_worker", clinic),
        receiver_worker=user("receiver", "social_worker", counselling),
        other_unit_nurse=user("school", "nurse", school),
        clinic_id=clinic,
        counselling_id=counselling,
        service_id=service_id,
        cafe_id=cafe_id,
    )


@pytest.fixture
def site(tmp_path, database_url) -> Site:
    """The site's workspace on SQLite and on PostgreSQL."""
    workspace = open_workspace(tmp_path / "site", database_url, load_demo=False)
    yield build_site(workspace)
    workspace.close()


@pytest.fixture
def sqlite_site(tmp_path) -> Site:
    """The site's workspace on SQLite only (for the file-level checks)."""
    workspace = open_workspace(tmp_path / "site", load_demo=False)
    yield build_site(workspace)
    workspace.close()


@pytest.fixture
def laptop(tmp_path):
    """An empty data folder on the laptop: a new encrypted store (SQLCipher)."""
    workspace = open_workspace(tmp_path / "laptop", load_demo=False, encrypt_new=True)
    yield workspace
    workspace.close()


@pytest.fixture
def kit_path(tmp_path) -> Path:
    return tmp_path / "kit.fckit"
