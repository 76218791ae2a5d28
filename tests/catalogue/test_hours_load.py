"""Loading opening hours from the catalogue into the domain's plain data."""

from __future__ import annotations

from contextlib import contextmanager
from datetime import date, time

from sqlalchemy import event

from familjecenter_desktop.catalogue.hours_load import (
    CHUNK,
    load_hours_for_channels,
    load_hours_for_services,
    load_hours_sets,
)
from familjecenter_desktop.db.models import (
    Channel,
    OpeningHours,
    OpeningInterval,
    Service,
    ServiceChannelLink,
)
from familjecenter_desktop.domain.hours import HoursSet, Interval, week_groups


def weekday_hours(opens: int, closes: int, position: int = 0) -> OpeningHours:
    """A standard set open Monday to Friday between two whole hours."""
    hours = OpeningHours(kind="standard", position=position)
    hours.intervals = [
        OpeningInterval(weekday=day, opens=time(opens), closes=time(closes))
        for day in range(5)
    ]
    return hours


@contextmanager
def counted_queries(engine):
    """Count the SQL statements run inside the block."""
    statements: list[str] = []

    def count(_conn, _cursor, statement, *_args):
        statements.append(statement)

    event.listen(engine, "before_cursor_execute", count)
    try:
        yield statements
    finally:
        event.remove(engine, "before_cursor_execute", count)


def test_channel_sets_come_back_whole_and_in_order(workspace):
    """Standard, exception and holiday sets keep every field and their order."""
    with workspace.session() as session:
        channel = Channel(kind="location", name={"fi": "Perhekeskus"})
        exception = OpeningHours(
            kind="exception",
            position=2,
            valid_from=date(2026, 12, 23),
            valid_to=date(2026, 12, 23),
            info={"fi": "Lyhennetty päivä", "sv": "Förkortad dag"},
        )
        exception.intervals = [
            OpeningInterval(weekday=None, opens=time(8), closes=time(12))
        ]
        holiday = OpeningHours(
            kind="holiday", position=1, holiday_key="midsummer_eve", closed=True
        )
        channel.opening_hours = [weekday_hours(8, 16), holiday, exception]
        session.add(channel)
        session.flush()
        channel_id = channel.id

    with workspace.session() as session:
        loaded = load_hours_for_channels(session, [channel_id])

    sets = loaded[channel_id]
    assert [s.kind for s in sets] == ["standard", "holiday", "exception"]
    assert sets[0].intervals == tuple(
        Interval(day, time(8), time(16)) for day in range(5)
    )
    assert sets[1] == HoursSet(kind="holiday", closed=True, holiday_key="midsummer_eve")
    assert sets[2].valid_from == date(2026, 12, 23)
    assert sets[2].info == {"fi": "Lyhennetty päivä", "sv": "Förkortad dag"}
    assert sets[2].intervals == (Interval(None, time(8), time(12)),)


def test_over_midnight_and_flags_survive_the_round_trip(workspace):
    """A 22–02 interval, always-open and by-appointment flags load unchanged."""
    with workspace.session() as session:
        night = OpeningHours(kind="standard")
        night.intervals = [OpeningInterval(weekday=5, opens=time(22), closes=time(2))]
        night_channel = Channel(kind="location", opening_hours=[night])
        always_channel = Channel(
            kind="location", opening_hours=[OpeningHours(always_open=True)]
        )
        booked_channel = Channel(
            kind="location", opening_hours=[OpeningHours(by_appointment=True)]
        )
        session.add_all([night_channel, always_channel, booked_channel])
        session.flush()
        ids = [night_channel.id, always_channel.id, booked_channel.id]

    with workspace.session() as session:
        loaded = load_hours_for_channels(session, ids)

    night_set, always_set, booked_set = (loaded[i][0] for i in ids)
    assert night_set.intervals[0].past_midnight
    assert always_set.always_open
    assert booked_set.by_appointment
    assert week_groups([always_set], date(2026, 12, 4))[0].first_day == 0


def test_channels_without_hours_and_unknown_ids_are_left_out(workspace):
    """A channel with no hours and an id that does not exist give no entry."""
    with workspace.session() as session:
        bare = Channel(kind="phone")
        session.add(bare)
        session.flush()
        bare_id = bare.id

    with workspace.session() as session:
        loaded = load_hours_for_channels(session, [bare_id, 987_654])
        nothing = load_hours_for_channels(session, [])

    assert loaded == {}
    assert nothing == {}


def test_unknown_kind_is_skipped_not_fatal(workspace):
    """A set with a kind the logic does not know is skipped; the others load."""
    with workspace.session() as session:
        channel = Channel(
            kind="location",
            opening_hours=[weekday_hours(8, 16), OpeningHours(kind="seasonal")],
        )
        session.add(channel)
        session.flush()
        channel_id = channel.id

    with workspace.session() as session:
        loaded = load_hours_for_channels(session, [channel_id])

    assert [s.kind for s in loaded[channel_id]] == ["standard"]


def test_services_map_to_their_channels_hours(workspace):
    """Each service gets the hours of each of its channels; shared channels too."""
    with workspace.session() as session:
        shared = Channel(kind="location", opening_hours=[weekday_hours(8, 16)])
        evening = Channel(kind="location", opening_hours=[weekday_hours(16, 20)])
        phone = Channel(kind="phone")
        clinic = Service(name={"fi": "Lastenneuvola"})
        family = Service(name={"fi": "Perheneuvola"})
        session.add_all([shared, evening, phone, clinic, family])
        session.flush()
        session.add_all(
            [
                ServiceChannelLink(service_id=clinic.id, channel_id=shared.id),
                ServiceChannelLink(service_id=clinic.id, channel_id=evening.id),
                ServiceChannelLink(service_id=clinic.id, channel_id=phone.id),
                ServiceChannelLink(service_id=family.id, channel_id=shared.id),
            ]
        )
        ids = (clinic.id, family.id, shared.id, evening.id)

    with workspace.session() as session:
        loaded = load_hours_for_services(session, [ids[0], ids[1], 555_555])

    clinic_id, family_id, shared_id, evening_id = ids
    assert set(loaded) == {clinic_id, family_id}
    assert set(loaded[clinic_id]) == {shared_id, evening_id}
    assert loaded[family_id][shared_id] == loaded[clinic_id][shared_id]
    assert loaded[clinic_id][evening_id][0].intervals[0].opens == time(16)


def test_many_channels_take_few_queries(workspace):
    """Hours of 2,000 channels load in two queries per chunk of ids, not per row."""
    channels = 2_000
    with workspace.session() as session:
        rows = [
            Channel(kind="location", opening_hours=[weekday_hours(8, 16)])
            for _ in range(channels)
        ]
        session.add_all(rows)
        session.flush()
        ids = [row.id for row in rows]

    with workspace.session() as session, counted_queries(workspace.engine) as queries:
        loaded = load_hours_for_channels(session, ids)

    chunks = -(-channels // CHUNK)
    assert len(loaded) == channels
    assert len(queries) <= 2 * chunks
    assert all(len(sets[0].intervals) == 5 for sets in loaded.values())


def test_detail_view_name_is_the_channel_loader():
    """The catalogue's detail view finds the loader under ``load_hours_sets``."""
    assert load_hours_sets is load_hours_for_channels
