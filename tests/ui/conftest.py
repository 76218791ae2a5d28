"""UI-test data: a small catalogue built through the models, and an opened window."""

from __future__ import annotations

from datetime import UTC, datetime, time

import pytest

from familjecenter_desktop.catalogue.searchindex import reindex
from familjecenter_desktop.db.models import (
    Address,
    BundleCategory,
    Channel,
    CodeLabel,
    ContactPoint,
    FamilyTask,
    OpeningHours,
    OpeningInterval,
    Organisation,
    Service,
    ServiceCategoryLink,
    ServiceChannelLink,
    ServiceClassification,
    ServiceTaskLink,
)

MODIFIED = datetime(2019, 3, 14, 10, 30, tzinfo=UTC)
IMPORTED = datetime(2026, 11, 30, 23, 15, tzinfo=UTC)  # 1.12.2026 in Helsinki


def weekdays(hours: OpeningHours, *spans: tuple[time, time], days=range(5)) -> None:
    for day in days:
        for opens, closes in spans:
            hours.intervals.append(
                OpeningInterval(weekday=day, opens=opens, closes=closes)
            )


def build_catalogue(session) -> dict[str, int]:
    """A made-up catalogue of three services in two municipalities; returns ids."""
    session.add_all(
        [
            BundleCategory(
                key="social_health",
                position=1,
                name={
                    "fi": "Sosiaali- ja terveyspalvelut",
                    "sv": "Social- och hälsovårdstjänster",
                    "en": "Social and health services",
                },
            ),
            BundleCategory(
                key="ngo",
                position=5,
                name={
                    "fi": "Järjestöt ja seurakunnat",
                    "sv": "Organisationer och församlingar",
                    "en": "NGOs and parishes",
                },
            ),
            FamilyTask(
                key="wellbeing",
                position=1,
                name={
                    "fi": "Terveyden ja hyvinvoinnin edistäminen",
                    "sv": "Främja hälsa och välbefinnande",
                    "en": "Health and wellbeing",
                },
            ),
            FamilyTask(
                key="meeting_place",
                position=7,
                name={
                    "fi": "Kohtaamispaikka",
                    "sv": "Mötesplats",
                    "en": "Meeting place",
                },
            ),
            CodeLabel(
                scheme="municipality",
                code="529",
                name={"fi": "Naantali", "sv": "Nådendal", "en": "Naantali"},
            ),
            CodeLabel(
                scheme="municipality",
                code="853",
                name={"fi": "Turku", "sv": "Åbo", "en": "Turku"},
            ),
            CodeLabel(
                scheme="target_group",
                code="KR1.2",
                name={
                    "fi": "Lapsiperheet",
                    "sv": "Barnfamiljer",
                    "en": "Families with children",
                },
            ),
            CodeLabel(
                scheme="service_class",
                code="P5.2",
                name={
                    "fi": "Neuvolapalvelut",
                    "sv": "Rådgivningstjänster",
                    "en": "Maternity and child health clinics",
                },
            ),
        ]
    )
    city = Organisation(
        name={"fi": "Naantalin kaupunki", "sv": "Nådendals stad"},
        municipality_code="529",
        source_system="ptv",
        source_id="org-1",
    )
    ngo = Organisation(name={"fi": "Perhekahvila ry"}, municipality_code="853")
    session.add_all([city, ngo])
    session.flush()

    clinic = Service(
        organisation_id=city.id,
        name={
            "fi": "Lastenneuvola",
            "sv": "Barnrådgivning",
            "en": "Child health clinic",
        },
        summary={
            "fi": "Neuvola seuraa lapsen kasvua.",
            "sv": "Rådgivningen följer barnets växt.",
        },
        description={
            "fi": "Lastenneuvola tukee koko perhettä.\n\nVaraa aika puhelimella."
        },
        charge_type="free",
        languages=["fi", "sv"],
        min_age_months=0,
        max_age_months=84,
        source_system="ptv",
        source_id="svc-clinic",
        source_modified=MODIFIED,
        imported_at=IMPORTED,
    )
    counselling = Service(
        organisation_id=city.id,
        name={
            "fi": "Perheneuvola",
            "sv": "Familjerådgivning",
            "en": "Family counselling",
        },
        summary={"fi": "Tukea kasvatukseen."},
        charge_type="free",
        languages=["fi"],
        source_system="ptv",
        source_id="svc-counselling",
        imported_at=IMPORTED,
    )
    cafe = Service(
        organisation_id=ngo.id,
        name={"fi": "Perhekahvila", "en": "Family café"},
        summary={"fi": "Avoin kohtaamispaikka."},
        charge_type="charged",
        languages=["fi", "en", "ar"],
        imported_at=IMPORTED,
    )
    session.add_all([clinic, counselling, cafe])
    session.flush()

    location = Channel(
        kind="location",
        name={"fi": "Naantalin terveysasema", "sv": "Nådendals hälsostation"},
        organisation_id=city.id,
    )
    location.addresses.append(
        Address(
            street={"fi": "Opintie", "sv": "Studievägen"},
            street_number="3",
            postal_code="21100",
            post_office={"fi": "NAANTALI", "sv": "NÅDENDAL"},
            municipality_code="529",
            latitude=60.46,
            longitude=22.03,
        )
    )
    location.contact_points.append(ContactPoint(kind="phone", value="02 435 0000"))
    standard = OpeningHours(kind="standard")
    weekdays(standard, (time(8), time(11)), (time(12), time(16)))
    location.opening_hours.append(standard)
    phone = Channel(kind="phone", name={"fi": "Neuvolan ajanvaraus"})
    phone.contact_points.append(
        ContactPoint(
            kind="phone",
            value="+358 2 435 1111",
            charge_type="charged",
            charge_info={"fi": "Paikallispuhelumaksu"},
        )
    )
    web = Channel(
        kind="web_page",
        name={"fi": "Neuvolan sivut"},
        url={"fi": "https://www.naantali.fi/neuvola"},
    )
    cafe_place = Channel(kind="location", name={"fi": "Perhekahvila"})
    cafe_place.addresses.append(
        Address(
            street={"fi": "Kauppatori"},
            street_number="1",
            postal_code="20100",
            post_office={"fi": "TURKU"},
            municipality_code="853",
        )
    )
    session.add_all([location, phone, web, cafe_place])
    session.flush()

    session.add_all(
        [
            ServiceChannelLink(service_id=clinic.id, channel_id=location.id),
            ServiceChannelLink(service_id=clinic.id, channel_id=phone.id),
            ServiceChannelLink(service_id=clinic.id, channel_id=web.id),
            ServiceChannelLink(service_id=counselling.id, channel_id=location.id),
            ServiceChannelLink(service_id=cafe.id, channel_id=cafe_place.id),
            ServiceCategoryLink(service_id=clinic.id, category_key="social_health"),
            ServiceCategoryLink(
                service_id=counselling.id, category_key="social_health"
            ),
            ServiceCategoryLink(service_id=cafe.id, category_key="ngo"),
            ServiceTaskLink(service_id=clinic.id, task_key="wellbeing"),
            ServiceTaskLink(service_id=cafe.id, task_key="meeting_place"),
            ServiceClassification(
                service_id=clinic.id, scheme="target_group", code="KR1.2"
            ),
            ServiceClassification(
                service_id=clinic.id, scheme="service_class", code="P5.2"
            ),
            ServiceClassification(
                service_id=cafe.id, scheme="target_group", code="KR1.2"
            ),
        ]
    )
    session.flush()
    reindex(session, [clinic.id, counselling.id, cafe.id])
    return {"clinic": clinic.id, "counselling": counselling.id, "cafe": cafe.id}


@pytest.fixture
def catalogue(workspace):
    """The workspace with the made-up catalogue; yields (workspace, ids)."""
    with workspace.session() as session:
        ids = build_catalogue(session)
    return workspace, ids


@pytest.fixture
def window(qtbot, catalogue):
    """The main window in Finnish on the made-up catalogue, first search done."""
    from familjecenter_desktop.ui.i18n import Translations
    from familjecenter_desktop.ui.main_window import MainWindow

    workspace, ids = catalogue
    translations = Translations()
    translations.install("fi")
    win = MainWindow(workspace.settings, translations)
    qtbot.addWidget(win)
    win.show()
    win.attach_workspace(workspace)
    assert win.worker.wait_idle()
    win.ids = ids
    yield win
    win.worker.shutdown()
    translations.install("en")
