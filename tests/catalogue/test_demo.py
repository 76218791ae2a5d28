"""The demo catalogue: real PTV records and national descriptions, marked as such."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from familjecenter_desktop.catalogue.demo import (
    DEMO_DIR,
    GENERAL_DESCRIPTIONS,
    is_family_service,
    load_demo_catalogue,
)
from familjecenter_desktop.db.models import (
    Channel,
    ContactPoint,
    Organisation,
    Service,
    ServiceCategoryLink,
)
from familjecenter_desktop.workspace import open_workspace


@pytest.fixture
def demo_workspace(tmp_path):
    ws = open_workspace(tmp_path / "demo", load_demo=True)
    yield ws
    ws.close()


def _names(session, system: str) -> list[str]:
    rows = session.scalars(select(Service.name).where(Service.source_system == system))
    return [name.get("fi", "").casefold() for name in rows]


def test_first_start_loads_the_demo(demo_workspace):
    """An empty data folder gets the 20 PTV services plus the family descriptions."""
    with demo_workspace.session() as session:
        by_system = dict(
            session.execute(
                select(Service.source_system, func.count()).group_by(
                    Service.source_system
                )
            ).all()
        )
        channels = session.scalar(select(func.count(Channel.id)))

    assert by_system == {"ptv": 20, "ptv-general-description": 77}
    assert channels == 26


def test_typical_searches_have_real_services(demo_workspace):
    """neuvola, päivähoito and nuoriso name real services of the demo."""
    with demo_workspace.session() as session:
        names = _names(session, "ptv-general-description") + _names(session, "ptv")

    for word in ("neuvola", "päivähoito", "nuoriso"):
        assert any(word in name for name in names), word
    assert "lastenneuvolapalvelut" in names
    assert "perheneuvolan palvelut" in names


def test_descriptions_keep_their_languages(demo_workspace):
    """Temporary day care has its Finnish, Swedish and English texts."""
    with demo_workspace.session() as session:
        service = session.scalar(
            select(Service).where(
                Service.source_system == "ptv-general-description",
                Service.source_id == "ffb71e57-eb50-479b-9142-3cee2b440b11",
            )
        )

        assert service.name == {
            "fi": "Tilapäinen päivähoito",
            "sv": "Tillfällig dagvård",
            "en": "Temporary day care",
        }
        assert set(service.eligibility) == {"fi", "sv", "en"}
        assert service.charge_type == "charged"
        assert service.other_texts["Laws"][0]["name"]["fi"] == "Varhaiskasvatuslaki"


def test_demo_services_are_marked_and_have_no_invented_contacts(demo_workspace):
    """National descriptions belong to the marked demo organisation; no contacts."""
    with demo_workspace.session() as session:
        organisations = session.scalars(
            select(Organisation.name)
            .join(Service, Service.organisation_id == Organisation.id)
            .where(Service.source_system == "ptv-general-description")
            .distinct()
        ).all()
        contacts = session.scalar(
            select(func.count(ContactPoint.id))
            .join(Service, ContactPoint.service_id == Service.id)
            .where(Service.source_system == "ptv-general-description")
        )

    assert organisations == [
        {
            "fi": "Demo: Esimerkkikunta",
            "sv": "Demo: Exempelkommun",
            "en": "Demo: Example municipality",
        }
    ]
    assert contacts == 0


def test_demo_services_are_placed_in_the_bundle(demo_workspace):
    """Child health clinics land in social and health services."""
    with demo_workspace.session() as session:
        keys = session.scalars(
            select(ServiceCategoryLink.category_key)
            .join(Service)
            .where(Service.source_id == "SOTE-0027")
        ).all()

    assert keys == ["social_health"]


def test_loading_again_changes_nothing(demo_workspace):
    """A second load reports every record unchanged."""
    report = load_demo_catalogue(demo_workspace)

    assert not report.changed
    assert report.get("service", "unchanged") == 97


def test_selection_keeps_family_services_only():
    """Building permits are out; family counselling and youth work are in."""
    base = {"source_id": "x"}

    permit = is_family_service(
        {
            **base,
            "classifications": [
                ["service_class", "P2.1", None],
                ["target_group", "KR2", None],
            ],
        }
    )
    counselling = is_family_service(
        {**base, "classifications": [["service_class", "P3.7", None]]}
    )
    youth = is_family_service(
        {**base, "classifications": [["target_group", "KR1.3", None]]}
    )

    assert (permit, counselling, youth) == (False, True, True)


def test_shipped_copies_equal_the_shared_data(shared_data):
    """The demo's source files are byte-exact copies of the shared data."""
    for path in GENERAL_DESCRIPTIONS:
        original = shared_data / "ptv-general-descriptions" / path.name
        assert path.read_bytes() == original.read_bytes()
    for path in sorted((DEMO_DIR / "ptv-api-records").rglob("*.json")):
        relative = path.relative_to(DEMO_DIR)
        assert path.read_bytes() == (shared_data / relative).read_bytes()
    assert (DEMO_DIR / "SOURCES.md").exists()
