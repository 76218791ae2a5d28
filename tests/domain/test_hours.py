"""Opening-hours logic: weeks, splits, midnight, exceptions, holidays and DST."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta

import pytest

from familjecenter_desktop.core.timeutil import HELSINKI
from familjecenter_desktop.domain.hours import (
    DayGroup,
    HoursSet,
    Interval,
    day_schedule,
    days_ahead,
    duration,
    is_open_at,
    openings_on,
    standard_sets_on,
    status_at,
    week_groups,
)

WEEKDAYS = range(5)
MONDAY = date(2026, 11, 30)
FRIDAY = date(2026, 12, 4)
SATURDAY = date(2026, 12, 5)


def at(day: date, hour: int, minute: int = 0) -> datetime:
    """A Helsinki wall-clock moment."""
    return datetime.combine(day, time(hour, minute), tzinfo=HELSINKI)


def week(*spans: tuple[int, int], days=WEEKDAYS, **kwargs) -> HoursSet:
    """A standard set open in the given whole-hour spans on the given weekdays."""
    intervals = tuple(
        Interval(d, time(o % 24), time(c % 24)) for d in days for o, c in spans
    )
    return HoursSet(intervals=intervals, **kwargs)


def hours(opening) -> float:
    """The real length of an opening in hours."""
    return duration(opening) / timedelta(hours=1)


def test_weekday_opening_and_weekend_closed():
    """A Monday–Friday 8–16 place has one opening on Friday and none on Saturday."""
    sets = [week((8, 16))]

    friday = openings_on(sets, FRIDAY)
    saturday = openings_on(sets, SATURDAY)

    assert friday == [(at(FRIDAY, 8), at(FRIDAY, 16))]
    assert saturday == []


def test_split_day_has_two_openings_and_a_gap():
    """8–11 and 12–16 give two openings; the lunch hour is closed."""
    sets = [week((8, 11), (12, 16))]

    openings = openings_on(sets, FRIDAY)

    assert openings == [
        (at(FRIDAY, 8), at(FRIDAY, 11)),
        (at(FRIDAY, 12), at(FRIDAY, 16)),
    ]
    assert is_open_at(sets, at(FRIDAY, 10, 59))
    assert not is_open_at(sets, at(FRIDAY, 11, 30))
    assert is_open_at(sets, at(FRIDAY, 12))
    assert not is_open_at(sets, at(FRIDAY, 16))


def test_several_intervals_in_any_order():
    """Three intervals given out of order come back sorted by opening time."""
    sets = [
        HoursSet(
            intervals=(
                Interval(4, time(18), time(20)),
                Interval(4, time(7), time(9)),
                Interval(4, time(12), time(13)),
            )
        )
    ]

    starts = [start.hour for start, _ in openings_on(sets, FRIDAY)]

    assert starts == [7, 12, 18]


def test_over_midnight_shows_on_both_days():
    """Saturday 22–02 is open at 01:00 on Sunday and ends on Sunday."""
    sets = [week((22, 2), days=[5])]
    sunday = SATURDAY + timedelta(days=1)

    saturday_openings = openings_on(sets, SATURDAY)
    sunday_openings = openings_on(sets, sunday)

    assert saturday_openings == [(at(SATURDAY, 22), at(sunday, 2))]
    assert sunday_openings == saturday_openings
    assert is_open_at(sets, at(sunday, 1, 30))
    assert not is_open_at(sets, at(sunday, 2))


def test_midnight_to_midnight_is_a_full_day():
    """An interval 00:00–00:00 lasts 24 hours and does not spill into the next day."""
    sets = [HoursSet(intervals=(Interval(4, time(0), time(0)),))]

    friday = openings_on(sets, FRIDAY)
    saturday = openings_on(sets, SATURDAY)

    assert [hours(o) for o in friday] == [24]
    assert saturday == []


def test_every_day_interval_without_weekday():
    """An interval with no weekday applies to every day of the week."""
    sets = [HoursSet(intervals=(Interval(None, time(9), time(12)),))]

    earlier_monday = MONDAY - timedelta(days=7)

    openings = [openings_on(sets, earlier_monday + timedelta(days=d)) for d in range(7)]

    assert [len(day) for day in openings] == [1] * 7


def test_exception_replaces_the_week_on_its_dates():
    """A shorter-hours exception on Friday changes Friday only."""
    sets = [
        week((8, 16)),
        HoursSet(
            kind="exception",
            valid_from=FRIDAY,
            valid_to=FRIDAY,
            intervals=(Interval(None, time(10), time(12)),),
            info={"fi": "Koulutuspäivä"},
        ),
    ]

    friday = day_schedule(sets, FRIDAY)
    thursday = day_schedule(sets, FRIDAY - timedelta(days=1))

    assert friday.kind == "exception"
    assert friday.special
    assert friday.openings == ((at(FRIDAY, 10), at(FRIDAY, 12)),)
    assert friday.info == {"fi": "Koulutuspäivä"}
    assert thursday.kind == "standard"
    assert not thursday.special


def test_closed_exception_over_several_days():
    """A closed exception for a week closes every day of it, then the week returns."""
    sets = [
        week((8, 16)),
        HoursSet(kind="exception", valid_from=MONDAY, valid_to=FRIDAY, closed=True),
    ]

    during = [openings_on(sets, MONDAY + timedelta(days=d)) for d in range(5)]
    after = openings_on(sets, MONDAY + timedelta(days=7))

    assert during == [[]] * 5
    assert len(after) == 1


def test_exception_with_only_a_start_date_is_one_day():
    """An exception that gives only ``valid_from`` covers that single date."""
    sets = [week((8, 16)), HoursSet(kind="exception", valid_from=FRIDAY, closed=True)]

    friday = openings_on(sets, FRIDAY)
    next_monday = openings_on(sets, MONDAY + timedelta(days=7))

    assert friday == []
    assert len(next_monday) == 1


def test_exception_may_name_weekdays():
    """An exception period with weekday intervals opens only on those weekdays."""
    sets = [
        week((8, 16)),
        HoursSet(
            kind="exception",
            valid_from=MONDAY,
            valid_to=MONDAY + timedelta(days=6),
            intervals=(Interval(2, time(9), time(11)),),
        ),
    ]

    monday = openings_on(sets, MONDAY)
    wednesday = openings_on(sets, MONDAY + timedelta(days=2))

    assert monday == []
    assert [hours(o) for o in wednesday] == [2]


@pytest.mark.parametrize(
    ("day", "key"),
    [
        (date(2026, 6, 19), "midsummer_eve"),
        (date(2026, 12, 24), "christmas_eve"),
        (date(2026, 12, 25), "christmas_day"),
        (date(2027, 3, 26), "good_friday"),
        (date(2027, 3, 29), "easter_monday"),
        (date(2027, 5, 6), "ascension_day"),
    ],
)
def test_public_holiday_closes_a_weekday_place(day, key):
    """Midsummer Eve, Christmas and Easter close a place that has no rule for them."""
    sets = [week((8, 16))]

    schedule = day_schedule(sets, day)

    assert schedule.kind == "public_holiday"
    assert schedule.closed
    assert schedule.holiday_key == key
    assert openings_on(sets, day) == []


def test_public_holiday_rule_can_be_switched_off():
    """With ``holidays_close=False`` the regular week applies on public holidays."""
    sets = [week((8, 16))]
    good_friday = date(2027, 3, 26)

    openings = openings_on(sets, good_friday, holidays_close=False)

    assert len(openings) == 1


def test_always_open_place_stays_open_on_holidays():
    """Around-the-clock places are open on Christmas Day and flagged always open."""
    sets = [HoursSet(always_open=True)]
    christmas = date(2026, 12, 25)

    schedule = day_schedule(sets, christmas)
    status = status_at(sets, at(christmas, 3))

    assert schedule.always_open
    assert [hours(o) for o in schedule.openings] == [24]
    assert status.open
    assert status.always_open
    assert status.closes_at is None


def test_holiday_set_by_key_gives_own_hours():
    """A holiday set keyed "christmas_eve" opens 9–12 on Christmas Eve of any year."""
    sets = [
        week((8, 16)),
        HoursSet(
            kind="holiday",
            holiday_key="christmas_eve",
            intervals=(Interval(None, time(9), time(12)),),
        ),
    ]

    eve_2026 = day_schedule(sets, date(2026, 12, 24))
    eve_2027 = day_schedule(sets, date(2027, 12, 24))

    assert eve_2026.kind == "holiday"
    assert [o[0].hour for o in eve_2026.openings] == [9]
    assert eve_2027.kind == "holiday"


def test_holiday_set_for_new_years_eve_keeps_other_days():
    """A "new_years_eve" set shortens 31 December; it is no public holiday itself."""
    sets = [
        week((8, 16)),
        HoursSet(
            kind="holiday",
            holiday_key="new_years_eve",
            intervals=(Interval(None, time(8), time(12)),),
        ),
    ]

    eve = day_schedule(sets, date(2026, 12, 31))
    day_before = day_schedule(sets, date(2026, 12, 30))

    assert eve.kind == "holiday"
    assert [hours(o) for o in eve.openings] == [4]
    assert day_before.kind == "standard"


def test_holiday_set_with_dates_and_closed():
    """A dated, closed holiday set closes its day even when the week would open."""
    midsummer_eve = date(2026, 6, 19)
    sets = [
        week((8, 16)),
        HoursSet(
            kind="holiday",
            valid_from=midsummer_eve,
            valid_to=midsummer_eve,
            closed=True,
            holiday_key="midsummer_eve",
        ),
    ]

    schedule = day_schedule(sets, midsummer_eve, holidays_close=False)

    assert schedule.kind == "holiday"
    assert schedule.closed
    assert schedule.holiday_key == "midsummer_eve"


def test_by_appointment_is_flagged_not_open():
    """A by-appointment place is never "open" but keeps its appointment times."""
    sets = [week((9, 15), by_appointment=True)]

    schedule = day_schedule(sets, FRIDAY)
    status = status_at(sets, at(FRIDAY, 10))

    assert schedule.by_appointment
    assert schedule.openings == ()
    assert schedule.appointment_intervals == (Interval(4, time(9), time(15)),)
    assert not schedule.closed
    assert not status.open
    assert status.by_appointment


def test_appointment_set_beside_open_hours_keeps_them_open():
    """Walk-in 8–12 plus appointments 13–16: open in the morning, flagged all day."""
    sets = [week((8, 12)), week((13, 16), by_appointment=True)]

    schedule = day_schedule(sets, FRIDAY)
    groups = week_groups(sets, FRIDAY)

    assert schedule.openings == ((at(FRIDAY, 8), at(FRIDAY, 12)),)
    assert schedule.appointment_intervals == (Interval(4, time(13), time(16)),)
    assert schedule.by_appointment
    assert is_open_at(sets, at(FRIDAY, 9))
    assert not is_open_at(sets, at(FRIDAY, 14))
    assert groups == [DayGroup(0, 4, (Interval(None, time(8), time(12)),))]


def test_summer_hours_beat_the_open_ended_week():
    """A bounded summer set applies inside its period, the open-ended one outside."""
    summer = week((9, 14), valid_from=date(2026, 6, 1), valid_to=date(2026, 8, 31))
    sets = [week((8, 16)), summer]

    july = openings_on(sets, date(2026, 7, 1))
    september = openings_on(sets, date(2026, 9, 1))

    assert [o[0].hour for o in july] == [9]
    assert [o[0].hour for o in september] == [8]
    assert standard_sets_on(sets, date(2026, 7, 1)) == [summer]


def test_shorter_period_beats_longer_and_half_open_beats_unbounded():
    """Nested periods: the shortest wins; a set with only a start beats no dates."""
    year = week((8, 16), valid_from=date(2026, 1, 1), valid_to=date(2026, 12, 31))
    july = week((10, 12), valid_from=date(2026, 7, 1), valid_to=date(2026, 7, 31))
    from_may = week((7, 15), valid_from=date(2026, 5, 1))
    always = week((6, 18))

    chosen_july = standard_sets_on([always, from_may, year, july], date(2026, 7, 15))
    chosen_2027 = standard_sets_on([always, from_may, year, july], date(2027, 2, 1))
    chosen_2025 = standard_sets_on([always, from_may, year, july], date(2025, 2, 1))

    assert chosen_july == [july]
    assert chosen_2027 == [from_may]
    assert chosen_2025 == [always]


def test_no_set_for_the_date_is_none():
    """Outside every validity period a day resolves to "none" with no openings."""
    sets = [week((8, 16), valid_from=date(2027, 1, 1), valid_to=date(2027, 1, 31))]

    schedule = day_schedule(sets, FRIDAY)

    assert schedule.kind == "none"
    assert schedule.openings == ()


def test_spring_forward_day_has_a_short_night():
    """02:00–05:00 on 29 March 2026, when clocks skip 03:00–04:00, lasts 2 hours."""
    spring = date(2026, 3, 29)
    sets = [HoursSet(intervals=(Interval(6, time(2), time(5)),))]

    (opening,) = openings_on(sets, spring)

    assert hours(opening) == 2
    assert opening[0].utcoffset() == timedelta(hours=2)
    assert opening[1].utcoffset() == timedelta(hours=3)
    assert is_open_at(sets, datetime(2026, 3, 29, 1, 30, tzinfo=UTC))


def test_fall_back_night_over_midnight_is_an_hour_longer():
    """Saturday 22–06 before the clocks go back on 25 October 2026 lasts 9 hours."""
    saturday = date(2026, 10, 24)
    sets = [HoursSet(intervals=(Interval(5, time(22), time(6)),))]

    (opening,) = openings_on(sets, saturday)
    (sunday_view,) = openings_on(sets, saturday + timedelta(days=1))

    assert hours(opening) == 9
    assert sunday_view == opening
    # 03:30 happens twice that night; both are inside the opening.
    assert is_open_at(sets, datetime(2026, 10, 25, 0, 30, tzinfo=UTC))
    assert is_open_at(sets, datetime(2026, 10, 25, 1, 30, tzinfo=UTC))


def test_always_open_on_dst_days_counts_real_hours():
    """An always-open place has a 23-hour spring day and a 25-hour autumn day."""
    sets = [HoursSet(always_open=True)]

    spring = day_schedule(sets, date(2026, 3, 29)).openings
    autumn = day_schedule(sets, date(2026, 10, 25)).openings

    assert [hours(o) for o in spring] == [23]
    assert [hours(o) for o in autumn] == [25]


def test_status_open_closes_at_end_of_interval():
    """At 10.00 on a Friday, an 8–16 place is open and closes at 16.00."""
    sets = [week((8, 16))]

    status = status_at(sets, at(FRIDAY, 10))

    assert status.open
    assert status.closes_at == at(FRIDAY, 16)
    assert status.next_opening is None
    assert not status.unknown


def test_status_closed_gives_next_opening_after_weekend_and_holiday():
    """On Friday evening the next opening skips the weekend: Monday 8.00."""
    sets = [week((8, 16))]
    next_monday = MONDAY + timedelta(days=7)

    status = status_at(sets, at(FRIDAY, 17))

    assert not status.open
    assert status.next_opening == at(next_monday, 8)


def test_status_next_opening_skips_christmas():
    """On Christmas Eve 2026 (Thursday) the next opening is Monday 28 December."""
    sets = [week((8, 16))]

    status = status_at(sets, at(date(2026, 12, 24), 9))

    assert not status.open
    assert status.next_opening == at(date(2026, 12, 28), 8)


def test_status_joins_openings_across_midnight():
    """Open 18–24 and 00–06 the next day: at 20.00 it closes at 06.00."""
    sets = [
        HoursSet(
            intervals=(
                Interval(4, time(18), time(0)),
                Interval(5, time(0), time(6)),
            )
        )
    ]

    status = status_at(sets, at(FRIDAY, 20))

    assert status.open
    assert status.closes_at == at(SATURDAY, 6)


def test_status_without_hours_is_unknown():
    """A place with no hours at all is "unknown", not closed."""
    status = status_at([], at(FRIDAY, 10))

    assert status.unknown
    assert not status.open


def test_naive_moment_is_refused():
    """A naive datetime gets a clear error instead of a silent guess."""
    sets = [week((8, 16))]

    with pytest.raises(ValueError, match="time-zone aware"):
        is_open_at(sets, datetime(2026, 12, 4, 10))


def test_bad_data_gets_clear_errors():
    """A weekday of 7, an unknown kind or a reversed period name the field."""
    with pytest.raises(ValueError, match="weekday"):
        Interval(7, time(8), time(9))
    with pytest.raises(ValueError, match="kind"):
        HoursSet(kind="weekly")  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="valid_to"):
        HoursSet(valid_from=date(2026, 2, 1), valid_to=date(2026, 1, 1))


def test_week_groups_like_the_handout():
    """Mon–Fri 8–11 and 12–16, Saturday 10–14 give two groups; Sunday is left out."""
    sets = [week((8, 11), (12, 16)), week((10, 14), days=[5])]

    groups = week_groups(sets, FRIDAY)

    assert groups == [
        DayGroup(
            0,
            4,
            (Interval(None, time(8), time(11)), Interval(None, time(12), time(16))),
        ),
        DayGroup(5, 5, (Interval(None, time(10), time(14)),)),
    ]


def test_week_groups_mark_closed_days_on_request():
    """With ``include_closed`` a closed Wednesday splits the week into three."""
    sets = [week((8, 16), days=[0, 1, 3, 4])]

    groups = week_groups(sets, FRIDAY, include_closed=True)

    assert [(g.first_day, g.last_day, g.closed) for g in groups] == [
        (0, 1, False),
        (2, 2, True),
        (3, 4, False),
        (5, 6, True),
    ]


def test_week_groups_follow_the_period_in_force():
    """In July the summer week is grouped; always open gives one whole-week group."""
    summer = week((9, 14), valid_from=date(2026, 6, 1), valid_to=date(2026, 8, 31))
    sets = [week((8, 16)), summer]

    july = week_groups(sets, date(2026, 7, 1))
    always = week_groups([HoursSet(always_open=True)], FRIDAY)

    assert july == [DayGroup(0, 4, (Interval(None, time(9), time(14)),))]
    assert always == [DayGroup(0, 6, (Interval(None, time(0), time(0)),))]


def test_days_ahead_two_weeks_over_christmas():
    """Two weeks from 21 December 2026 mark Christmas and New Year as holidays."""
    sets = [
        week((8, 16)),
        HoursSet(
            kind="exception",
            valid_from=date(2026, 12, 23),
            closed=False,
            intervals=(Interval(None, time(8), time(12)),),
            info={"fi": "Lyhennetty päivä", "sv": "Förkortad dag"},
        ),
    ]

    schedule = days_ahead(sets, date(2026, 12, 21), 14)

    assert len(schedule) == 14
    assert [d.day for d in schedule][0] == date(2026, 12, 21)
    by_day = {d.day: d for d in schedule}
    assert by_day[date(2026, 12, 22)].kind == "standard"
    assert by_day[date(2026, 12, 23)].kind == "exception"
    assert by_day[date(2026, 12, 23)].info["sv"] == "Förkortad dag"
    assert by_day[date(2026, 12, 24)].holiday_key == "christmas_eve"
    assert by_day[date(2026, 12, 26)].kind == "public_holiday"
    assert by_day[date(2027, 1, 1)].holiday_key == "new_years_day"
    assert by_day[date(2026, 12, 31)].holiday_key == "new_years_eve"
    assert by_day[date(2026, 12, 31)].kind == "standard"
    assert [d.day for d in schedule if d.openings] == [
        date(2026, 12, 21),
        date(2026, 12, 22),
        date(2026, 12, 23),
        date(2026, 12, 28),
        date(2026, 12, 29),
        date(2026, 12, 30),
        date(2026, 12, 31),
    ]


def test_days_ahead_refuses_negative_count():
    """A negative number of days is an error, zero gives an empty list."""
    sets = [week((8, 16))]

    empty = days_ahead(sets, FRIDAY, 0)

    assert empty == []
    with pytest.raises(ValueError, match="days"):
        days_ahead(sets, FRIDAY, -1)
