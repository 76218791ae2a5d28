"""Opening hours: when a place is open, resolved day by day in Finnish time.

Pure logic on plain data: no database, no Qt. The data mirrors the model's
``OpeningHours`` (an ``HoursSet``) and ``OpeningInterval`` (an ``Interval``).

How a day is resolved (``day_schedule``):

1. Exception and holiday sets that cover the date replace the regular week on
   it. An exception covers ``valid_from``..``valid_to`` (only ``valid_from``: that
   one day). A holiday set covers its dates, or, without dates, every public
   holiday or named eve whose key (``holidays_fi.named_day_key``) equals its
   ``holiday_key``.
2. Otherwise the regular week applies: among the standard sets valid on the
   date, one with both validity dates (summer hours) beats one with a single
   date, which beats an open-ended one; a shorter period beats a longer one.
   Sets with the same period are taken together.
3. On a Finnish public holiday with no rule of its own the place is closed,
   unless it is always open. Pass ``holidays_close=False`` to keep the regular
   week on public holidays instead.

An interval whose closing time is not after its opening time runs past midnight
into the next day; 00:00–00:00 is a full 24 hours. ``always_open`` means open
around the clock. A set marked ``by_appointment`` is never counted as open, only
flagged; other sets of the same day still open as usual.

Aware datetimes are returned in Europe/Helsinki. Python compares and subtracts
datetimes that share a ``tzinfo`` by wall clock, so compare across DST changes
through UTC (``duration`` does this).
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from typing import Literal

from familjecenter_desktop.core.timeutil import HELSINKI
from familjecenter_desktop.domain import holidays_fi

log = logging.getLogger(__name__)

Kind = Literal["standard", "exception", "holiday"]
DayKind = Literal["standard", "exception", "holiday", "public_holiday", "none"]
Opening = tuple[datetime, datetime]

KINDS: tuple[str, ...] = ("standard", "exception", "holiday")
MIDNIGHT = time(0, 0)

# How far ahead ``status_at`` looks for the next opening or the closing time.
STATUS_HORIZON_DAYS = 14


@dataclass(frozen=True)
class Interval:
    """One opening on a weekday (0 = Monday … 6 = Sunday; None = every day)."""

    weekday: int | None
    opens: time
    closes: time

    def __post_init__(self) -> None:
        if self.weekday is not None and not 0 <= self.weekday <= 6:
            raise ValueError(f"weekday must be 0..6 or None, not {self.weekday!r}")

    @property
    def past_midnight(self) -> bool:
        """Whether the opening ends on the next day (00:00–00:00 is 24 hours)."""
        return self.closes <= self.opens


@dataclass(frozen=True)
class HoursSet:
    """A set of opening hours: the regular week, an exception or a holiday."""

    kind: Kind = "standard"
    valid_from: date | None = None
    valid_to: date | None = None
    closed: bool = False
    always_open: bool = False
    by_appointment: bool = False
    holiday_key: str | None = None
    intervals: tuple[Interval, ...] = ()
    info: Mapping[str, str] = field(default_factory=dict)

    def __post_init__(self) -> None:
        if self.kind not in KINDS:
            raise ValueError(f"hours kind must be one of {KINDS}, not {self.kind!r}")
        if self.valid_from and self.valid_to and self.valid_to < self.valid_from:
            raise ValueError(
                f"hours valid_to {self.valid_to} is before valid_from {self.valid_from}"
            )


@dataclass(frozen=True)
class OpenStatus:
    """Whether a place is open at a moment, and what changes next."""

    open: bool
    closes_at: datetime | None = None
    next_opening: datetime | None = None
    by_appointment: bool = False
    always_open: bool = False
    unknown: bool = False


@dataclass(frozen=True)
class DayGroup:
    """Consecutive weekdays with the same hours; no intervals means closed."""

    first_day: int
    last_day: int
    intervals: tuple[Interval, ...]

    @property
    def closed(self) -> bool:
        """Whether the days of the group have no opening."""
        return not self.intervals


@dataclass(frozen=True)
class DaySchedule:
    """One date resolved: its openings and why (regular week, exception, holiday).

    ``openings`` are the openings that start on the date (one past midnight ends
    the next day); ``intervals`` are the same as wall-clock times. Times of sets
    marked by appointment are not openings: they are in
    ``appointment_intervals``. ``closed`` means neither. ``kind`` is
    "public_holiday" when a public holiday closes a place that has no rule of
    its own for the day, "none" when no set covers the date. ``holiday_key``
    names the public holiday or eve, if it is one.
    """

    day: date
    kind: DayKind
    openings: tuple[Opening, ...] = ()
    intervals: tuple[Interval, ...] = ()
    appointment_intervals: tuple[Interval, ...] = ()
    closed: bool = False
    always_open: bool = False
    by_appointment: bool = False
    holiday_key: str | None = None
    info: Mapping[str, str] = field(default_factory=dict)

    @property
    def special(self) -> bool:
        """Whether an exception or a holiday replaces the regular week on the day."""
        return self.kind in ("exception", "holiday", "public_holiday")


def duration(opening: Opening) -> timedelta:
    """The real length of an opening, right across DST changes."""
    start, end = opening
    return end.astimezone(UTC) - start.astimezone(UTC)


def local_moment(day: date, at: time) -> datetime:
    """The aware Helsinki moment of a wall-clock time (a skipped time moves on)."""
    wall = datetime.combine(day, at, tzinfo=HELSINKI)
    return wall.astimezone(UTC).astimezone(HELSINKI)


def day_schedule(
    sets: Sequence[HoursSet], day: date, holidays_close: bool = True
) -> DaySchedule:
    """The resolved hours of one date (see the module docstring for the rules)."""
    holiday = holidays_fi.holiday_key(day)
    named = holiday or holidays_fi.eve_key(day)
    special = [s for s in sets if s.kind != "standard" and _special_covers(s, day)]
    if special:
        holiday_set = any(s.kind == "holiday" for s in special)
        kind: DayKind = "holiday" if holiday_set else "exception"
        return _schedule(day, kind, special, named)

    standard = standard_sets_on(sets, day)
    closes = bool(holiday) and holidays_close
    if closes and not any(s.always_open for s in standard):
        return DaySchedule(day, "public_holiday", closed=True, holiday_key=holiday)
    if not standard:
        return DaySchedule(day, "none", holiday_key=named)
    return _schedule(day, "standard", standard, named)


def openings_on(
    sets: Sequence[HoursSet], day: date, holidays_close: bool = True
) -> list[Opening]:
    """Openings that touch ``day``: its own and one running on from the day before."""
    start_of_day = local_moment(day, MIDNIGHT)
    before = day_schedule(sets, day - timedelta(days=1), holidays_close).openings
    spill = [o for o in before if _utc(o[1]) > _utc(start_of_day)]
    own = day_schedule(sets, day, holidays_close).openings
    return sorted([*spill, *own], key=lambda o: _utc(o[0]))


def is_open_at(
    sets: Sequence[HoursSet], moment: datetime, holidays_close: bool = True
) -> bool:
    """Whether the place is open at an aware ``moment``."""
    instant = _require_aware(moment)
    day = instant.astimezone(HELSINKI).date()
    return any(
        _utc(start) <= instant < _utc(end)
        for start, end in openings_on(sets, day, holidays_close)
    )


def status_at(
    sets: Sequence[HoursSet], moment: datetime, holidays_close: bool = True
) -> OpenStatus:
    """Open or not at ``moment``, when it closes or next opens (two weeks ahead)."""
    instant = _require_aware(moment)
    if not sets:
        return OpenStatus(open=False, unknown=True)

    today = instant.astimezone(HELSINKI).date()
    schedule = day_schedule(sets, today, holidays_close)
    last = today + timedelta(days=STATUS_HORIZON_DAYS)
    horizon_end = _utc(local_moment(last + timedelta(days=1), MIDNIGHT))
    timeline = _merge(
        opening
        for offset in range(-1, STATUS_HORIZON_DAYS + 1)
        for opening in day_schedule(
            sets, today + timedelta(days=offset), holidays_close
        ).openings
    )

    flags = {
        "by_appointment": schedule.by_appointment,
        "always_open": schedule.always_open,
        "unknown": schedule.kind == "none" and not timeline,
    }
    for start, end in timeline:
        if start <= instant < end:
            closes_at = None if end >= horizon_end else end.astimezone(HELSINKI)
            return OpenStatus(open=True, closes_at=closes_at, **flags)
        if start > instant:
            return OpenStatus(
                open=False, next_opening=start.astimezone(HELSINKI), **flags
            )
    return OpenStatus(open=False, **flags)


def standard_sets_on(sets: Iterable[HoursSet], day: date) -> list[HoursSet]:
    """The standard sets in force on ``day``: the most specific validity period."""
    valid = [s for s in sets if s.kind == "standard" and _standard_covers(s, day)]
    if not valid:
        return []
    best = min(valid, key=_precedence)
    period = (best.valid_from, best.valid_to)
    return [s for s in valid if (s.valid_from, s.valid_to) == period]


def week_groups(
    sets: Sequence[HoursSet], on: date, include_closed: bool = False
) -> list[DayGroup]:
    """The regular week in force on ``on``, equal consecutive weekdays grouped.

    Intervals in a group carry ``weekday=None``. Always open gives one group
    Monday–Sunday 00:00–00:00. Sets marked by appointment are shown only when
    there is nothing else. Closed days are left out unless ``include_closed``,
    when they form groups without intervals.
    """
    standard = standard_sets_on(sets, on)
    if not standard:
        return []
    if any(s.always_open for s in standard):
        return [DayGroup(0, 6, (Interval(None, MIDNIGHT, MIDNIGHT),))]

    shown = [s for s in standard if not s.closed and not s.by_appointment]
    if not shown:
        shown = [s for s in standard if not s.closed]
    per_day = [_weekday_intervals(shown, weekday) for weekday in range(7)]
    groups: list[DayGroup] = []
    for weekday, intervals in enumerate(per_day):
        if groups and groups[-1].intervals == intervals:
            previous = groups[-1]
            groups[-1] = DayGroup(previous.first_day, weekday, intervals)
        else:
            groups.append(DayGroup(weekday, weekday, intervals))
    return [g for g in groups if include_closed or not g.closed]


def days_ahead(
    sets: Sequence[HoursSet], start: date, days: int, holidays_close: bool = True
) -> list[DaySchedule]:
    """The resolved hours of ``days`` dates from ``start`` on, e.g. for a handout."""
    if days < 0:
        raise ValueError(f"days must not be negative, not {days}")
    return [
        day_schedule(sets, start + timedelta(days=offset), holidays_close)
        for offset in range(days)
    ]


def _schedule(
    day: date, kind: DayKind, sets: Sequence[HoursSet], holiday: str | None
) -> DaySchedule:
    """A day from the sets that apply to it, taken together."""
    info = next((s.info for s in sets if s.info), {})
    key = next((s.holiday_key for s in sets if s.holiday_key), holiday)
    by_appointment = any(s.by_appointment for s in sets)
    if any(s.always_open for s in sets):
        whole_day = (local_moment(day, MIDNIGHT), local_moment(_next(day), MIDNIGHT))
        return DaySchedule(
            day,
            kind,
            openings=(whole_day,),
            intervals=(Interval(day.weekday(), MIDNIGHT, MIDNIGHT),),
            always_open=True,
            by_appointment=by_appointment,
            holiday_key=key,
            info=info,
        )

    open_sets = [s for s in sets if not s.closed and not s.by_appointment]
    booked_sets = [s for s in sets if not s.closed and s.by_appointment]
    intervals = _day_intervals(open_sets, day)
    return DaySchedule(
        day,
        kind,
        openings=tuple(_opening(day, i) for i in intervals),
        intervals=intervals,
        appointment_intervals=_day_intervals(booked_sets, day),
        closed=not intervals and not booked_sets,
        by_appointment=by_appointment,
        holiday_key=key,
        info=info,
    )


def _day_intervals(sets: Iterable[HoursSet], day: date) -> tuple[Interval, ...]:
    """The intervals of the sets on the weekday of ``day``, carrying that weekday."""
    return tuple(
        Interval(day.weekday(), i.opens, i.closes)
        for i in _weekday_intervals(sets, day.weekday())
    )


def _weekday_intervals(sets: Iterable[HoursSet], weekday: int) -> tuple[Interval, ...]:
    """The distinct intervals of the sets on one weekday, by opening time."""
    found = {
        (i.opens, i.closes)
        for s in sets
        for i in s.intervals
        if i.weekday is None or i.weekday == weekday
    }
    return tuple(Interval(None, opens, closes) for opens, closes in sorted(found))


def _opening(day: date, interval: Interval) -> Opening:
    end_day = _next(day) if interval.past_midnight else day
    return local_moment(day, interval.opens), local_moment(end_day, interval.closes)


def _special_covers(hours: HoursSet, day: date) -> bool:
    if hours.valid_from is None and hours.valid_to is None:
        return (
            hours.kind == "holiday"
            and hours.holiday_key is not None
            and hours.holiday_key == holidays_fi.named_day_key(day)
        )
    first = hours.valid_from or hours.valid_to
    last = hours.valid_to or hours.valid_from
    return first <= day <= last


def _standard_covers(hours: HoursSet, day: date) -> bool:
    after_start = hours.valid_from is None or hours.valid_from <= day
    before_end = hours.valid_to is None or day <= hours.valid_to
    return after_start and before_end


def _precedence(hours: HoursSet) -> tuple[int, int, int]:
    """Sort key: bounded periods first, shorter first, later start first."""
    bounds = (hours.valid_from is not None) + (hours.valid_to is not None)
    span = 0
    if hours.valid_from and hours.valid_to:
        span = (hours.valid_to - hours.valid_from).days
    start = hours.valid_from.toordinal() if hours.valid_from else 0
    return 2 - bounds, span, -start


def _merge(openings: Iterable[Opening]) -> list[tuple[datetime, datetime]]:
    """Overlapping or touching openings joined, in UTC, in time order."""
    merged: list[list[datetime]] = []
    for start, end in sorted((_utc(s), _utc(e)) for s, e in openings):
        if merged and start <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    return [(start, end) for start, end in merged]


def _require_aware(moment: datetime) -> datetime:
    if moment.tzinfo is None or moment.utcoffset() is None:
        raise ValueError("the moment must be time-zone aware (got a naive datetime)")
    return moment.astimezone(UTC)


def _utc(moment: datetime) -> datetime:
    return moment.astimezone(UTC)


def _next(day: date) -> date:
    return day + timedelta(days=1)
