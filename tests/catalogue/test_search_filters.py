"""Each search filter, alone and with typed text, on made-up services."""

from datetime import UTC, datetime, time

from familjecenter_desktop.catalogue.searchrequest import SearchFilters
from familjecenter_desktop.db.models import (
    Address,
    BundleCategory,
    Channel,
    FamilyTask,
    OpeningHours,
    OpeningInterval,
    ServiceCategoryLink,
    ServiceChannelLink,
    ServiceClassification,
    ServiceTaskLink,
)

from .search_helpers import add_service, ids


def _link_channel(session, service, channel):
    session.add(channel)
    session.flush()
    session.add(ServiceChannelLink(service_id=service.id, channel_id=channel.id))
    session.flush()


def test_bundle_category_and_task(workspace):
    """Only services placed in the chosen category or task are listed."""
    with workspace.session() as session:
        session.add_all(
            [
                BundleCategory(key="health", name={"fi": "Terveys"}),
                FamilyTask(key="support", name={"fi": "Tuki"}),
            ]
        )
        placed = add_service(session, {"fi": "Neuvola A"})
        other = add_service(session, {"fi": "Neuvola B"})
        session.add_all(
            [
                ServiceCategoryLink(service_id=placed.id, category_key="health"),
                ServiceTaskLink(service_id=other.id, task_key="support"),
            ]
        )
        session.flush()

        by_category = ids(
            session, "neuvola", filters=SearchFilters(categories=frozenset({"health"}))
        )
        by_task = ids(session, "", filters=SearchFilters(tasks=frozenset({"support"})))

    assert by_category == [placed.id]
    assert by_task == [other.id]


def test_target_group_code_prefix(workspace):
    """A target group code takes its sub-groups too, but not a similar code."""
    with workspace.session() as session:
        child = add_service(session, {"fi": "A"})
        sub = add_service(session, {"fi": "B"})
        add_service(session, {"fi": "C"})
        similar = add_service(session, {"fi": "D"})
        session.add_all(
            [
                ServiceClassification(
                    service_id=child.id, scheme="target_group", code="KR1.2"
                ),
                ServiceClassification(
                    service_id=sub.id, scheme="target_group", code="KR1.2.3"
                ),
                ServiceClassification(
                    service_id=similar.id, scheme="target_group", code="KR1.20"
                ),
            ]
        )
        session.flush()

        found = ids(session, filters=SearchFilters(target_groups=frozenset({"KR1.2"})))

    assert found == [child.id, sub.id]


def test_child_age(workspace):
    """Services whose age limits hold the age match, and those without limits."""
    with workspace.session() as session:
        baby = add_service(session, {"fi": "A"}, min_age_months=0, max_age_months=12)
        any_age = add_service(session, {"fi": "B"})
        add_service(session, {"fi": "C"}, min_age_months=84)
        add_service(session, {"fi": "D"}, max_age_months=6)

        found = ids(session, filters=SearchFilters(child_age_months=8))

    assert found == [baby.id, any_age.id]


def test_language_served_by_service_or_channel(workspace):
    """A language matches the service's own languages or a channel's."""
    with workspace.session() as session:
        own = add_service(session, {"fi": "A"}, languages=["fi", "sv"])
        by_channel = add_service(session, {"fi": "B"}, languages=["fi"])
        add_service(session, {"fi": "C"}, languages=["fi"])
        _link_channel(session, by_channel, Channel(kind="phone", languages=["sv"]))

        found = ids(session, filters=SearchFilters(languages=frozenset({"sv"})))

    assert found == [own.id, by_channel.id]


def test_municipality_area_location_or_nationwide(workspace):
    """A municipality matches the service area, a location there, or the country."""
    with workspace.session() as session:
        area = add_service(session, {"fi": "A"}, area_municipalities=["091"])
        located = add_service(session, {"fi": "B"})
        nationwide = add_service(session, {"fi": "C"}, area_type="nationwide")
        add_service(session, {"fi": "D"}, area_municipalities=["0910"])
        channel = Channel(kind="location")
        channel.addresses.append(Address(municipality_code="091"))
        _link_channel(session, located, channel)

        found = ids(session, filters=SearchFilters(municipalities=frozenset({"091"})))

    assert found == [area.id, located.id, nationwide.id]


def test_open_at_a_chosen_time(workspace):
    """Only services with a channel open at the moment are listed."""
    with workspace.session() as session:
        day = add_service(session, {"fi": "Päivä"})
        night = add_service(session, {"fi": "Yö"})
        for service, opens, closes in (
            (day, time(8), time(16)),
            (night, time(22), time(6)),
        ):
            hours = OpeningHours(kind="standard")
            hours.intervals = [
                OpeningInterval(weekday=d, opens=opens, closes=closes) for d in range(7)
            ]
            channel = Channel(kind="location")
            channel.opening_hours.append(hours)
            _link_channel(session, service, channel)
        add_service(session, {"fi": "Ei aukioloa"})

        # 2026-03-04 10:00 and 23:30 in Helsinki (UTC+2).
        morning = ids(
            session,
            filters=SearchFilters(open_at=datetime(2026, 3, 4, 8, 0, tzinfo=UTC)),
        )
        late = ids(
            session,
            filters=SearchFilters(open_at=datetime(2026, 3, 4, 21, 30, tzinfo=UTC)),
        )

    assert morning == [day.id]
    assert late == [night.id]


def test_free_only_and_filters_with_text(workspace):
    """Free of charge keeps charge type "free"; text and filters narrow together."""
    with workspace.session() as session:
        free = add_service(session, {"fi": "Neuvola"}, charge_type="free")
        add_service(session, {"fi": "Neuvola maksullinen"}, charge_type="charged")
        add_service(session, {"fi": "Kerho"}, charge_type="free")

        found = ids(session, "neuvola", filters=SearchFilters(free_only=True))
        nothing = ids(session, "zzz", filters=SearchFilters(free_only=True))

    assert found == [free.id]
    assert nothing == []
