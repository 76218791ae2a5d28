"""Property-based checks: the opening-hours functions agree with each other."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta

from hypothesis import assume, given, settings
from hypothesis import strategies as st

from familjecenter_desktop.core.timeutil import HELSINKI
from familjecenter_desktop.domain.holidays_fi import holidays_between, is_public_holiday
from familjecenter_desktop.domain.hours import (
    HoursSet,
    Interval,
    day_schedule,
    duration,
    is_open_at,
    openings_on,
    status_at,
    week_groups,
)

quarter_hours = st.builds(time, st.integers(0, 23), st.sampled_from([0, 15, 30, 45]))
intervals = st.builds(
    Interval, st.one_of(st.none(), st.integers(0, 6)), quarter_hours, quarter_hours
)
days = st.dates(min_value=date(2025, 1, 1), max_value=date(2028, 12, 31))
standard_sets = st.builds(
    HoursSet,
    intervals=st.lists(intervals, max_size=6).map(tuple),
    always_open=st.booleans(),
    by_appointment=st.booleans(),
    closed=st.booleans(),
)
exception_sets = st.builds(
    lambda start, length, closed, found: HoursSet(
        kind="exception",
        valid_from=start,
        valid_to=start + timedelta(days=length),
        closed=closed,
        intervals=tuple(found),
    ),
    days,
    st.integers(0, 10),
    st.booleans(),
    st.lists(intervals, max_size=3),
)
holiday_sets = st.builds(
    HoursSet,
    kind=st.just("holiday"),
    holiday_key=st.sampled_from(
        ["christmas_eve", "midsummer_eve", "new_years_eve", "easter_monday"]
    ),
    closed=st.booleans(),
    intervals=st.lists(intervals, max_size=2).map(tuple),
)
hour_sets = st.lists(st.one_of(standard_sets, exception_sets, holiday_sets), max_size=4)
moments = st.datetimes(
    min_value=datetime(2025, 1, 1),
    max_value=datetime(2028, 12, 31),
    timezones=st.just(UTC),
)


@settings(max_examples=200, deadline=None)
@given(hour_sets, moments)
def test_is_open_at_agrees_with_openings_on(sets, moment):
    """Open at a moment exactly when one of that day's openings contains it."""
    day = moment.astimezone(HELSINKI).date()

    inside = any(
        start.astimezone(UTC) <= moment < end.astimezone(UTC)
        for start, end in openings_on(sets, day)
    )

    assert is_open_at(sets, moment) == inside


@settings(max_examples=200, deadline=None)
@given(hour_sets, moments, st.booleans())
def test_holiday_flag_only_matters_on_public_holidays(sets, moment, close):
    """Outside public holidays the answer does not depend on ``holidays_close``."""
    day = moment.astimezone(HELSINKI).date()
    assume(not any(is_public_holiday(d) for d in (day, day - timedelta(days=1))))

    answer = is_open_at(sets, moment, holidays_close=close)

    assert answer == is_open_at(sets, moment, holidays_close=not close)


@settings(max_examples=200, deadline=None)
@given(
    hour_sets,
    st.sampled_from(sorted(holidays_between(date(2025, 1, 1), date(2028, 12, 31)))),
)
def test_public_holiday_keeps_the_week_only_when_always_open(sets, day):
    """On a public holiday the regular week applies only to always-open places."""
    schedule = day_schedule(sets, day)

    if schedule.kind == "standard":
        assert schedule.always_open
    else:
        assert schedule.kind in ("exception", "holiday", "public_holiday")


@settings(max_examples=200, deadline=None)
@given(hour_sets, moments)
def test_status_agrees_with_is_open_at(sets, moment):
    """``status_at`` says open exactly when ``is_open_at`` does, with sane times."""
    status = status_at(sets, moment)

    assert status.open == is_open_at(sets, moment)
    if status.closes_at is not None:
        assert status.closes_at > moment
        assert not is_open_at(sets, status.closes_at)
    if status.next_opening is not None:
        assert status.next_opening > moment
        assert is_open_at(sets, status.next_opening)


@settings(max_examples=200, deadline=None)
@given(hour_sets, days)
def test_openings_are_positive_and_start_on_their_day(sets, day):
    """Every opening of a day starts that day and lasts more than 0, at most 25 h."""
    schedule = day_schedule(sets, day)

    for opening in schedule.openings:
        assert opening[0].date() == day
        assert timedelta(0) < duration(opening) <= timedelta(hours=25)


@settings(max_examples=200, deadline=None)
@given(st.lists(standard_sets, min_size=1, max_size=3), days)
def test_week_groups_cover_each_weekday_once(sets, day):
    """With closed days included, the groups cover Monday to Sunday exactly once."""
    groups = week_groups(sets, day, include_closed=True)

    covered = [d for g in groups for d in range(g.first_day, g.last_day + 1)]
    assert covered == list(range(7))
    for left, right in zip(groups, groups[1:], strict=False):
        assert left.intervals != right.intervals
