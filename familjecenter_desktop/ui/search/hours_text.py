"""Opening hours as people read them: "ma–pe 8–11 ja 12–16", "avoinna nyt".

The rules (which set applies on which day, holidays, openings past midnight)
live in ``domain.hours``; this module only writes the result in the UI
language. Times are Finnish time (Europe/Helsinki).
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from datetime import date, datetime, time

from PySide6.QtCore import QCoreApplication

from familjecenter_desktop.domain import holidays_fi
from familjecenter_desktop.domain.hours import (
    MIDNIGHT,
    DaySchedule,
    HoursSet,
    Interval,
    day_schedule,
    days_ahead,
    status_at,
    week_groups,
)
from familjecenter_desktop.domain.texts import pick

log = logging.getLogger(__name__)

translate = QCoreApplication.translate
UPCOMING_DAYS = 60


def day_names() -> list[str]:
    """Weekday abbreviations in the UI language, Monday first."""
    return [
        translate("OpeningHours", "Mon"),
        translate("OpeningHours", "Tue"),
        translate("OpeningHours", "Wed"),
        translate("OpeningHours", "Thu"),
        translate("OpeningHours", "Fri"),
        translate("OpeningHours", "Sat"),
        translate("OpeningHours", "Sun"),
    ]


def clock(moment: time, short: bool = False) -> str:
    """16.00 in Finnish and Swedish, 16:00 in English; "8" for 8.00 when ``short``."""
    if short and moment.minute == 0:
        return str(moment.hour)
    # The hour-minute separator: "." in Finnish and Swedish, ":" in English.
    separator = translate("OpeningHours", ":")
    return f"{moment.hour}{separator}{moment.minute:02d}"


def span(interval: Interval) -> str:
    """An interval such as 8–16 or 8.30–11.45; closing at midnight shows as 24."""
    closes = "24" if interval.closes == MIDNIGHT else clock(interval.closes, True)
    return f"{clock(interval.opens, short=True)}–{closes}"


def join_spans(intervals: Sequence[Interval]) -> str:
    """Intervals of one day: "8–11 ja 12–16"."""
    parts = [span(i) for i in sorted(intervals, key=lambda i: i.opens)]
    if len(parts) <= 1:
        return "".join(parts)
    word = translate("OpeningHours", "and")
    return f"{', '.join(parts[:-1])} {word} {parts[-1]}"


def finnish_date(day: date, year: bool = True) -> str:
    """d.m.yyyy (or d.m. without the year), as dates are written in Finland."""
    return f"{day.day}.{day.month}.{day.year}" if year else f"{day.day}.{day.month}."


def weekly_lines(sets: Sequence[HoursSet], on: date, lang: str) -> list[str]:
    """The regular week in force on ``on``, equal consecutive weekdays grouped."""
    names = day_names()
    lines = []
    for group in week_groups(sets, on):
        whole = group.intervals == (Interval(None, MIDNIGHT, MIDNIGHT),)
        if whole and (group.first_day, group.last_day) == (0, 6):
            lines.append(translate("OpeningHours", "open around the clock"))
            continue
        days = names[group.first_day]
        if group.last_day != group.first_day:
            days = f"{days}–{names[group.last_day]}"
        lines.append(f"{days} {join_spans(group.intervals)}")

    standard = [s for s in sets if s.kind == "standard"]
    if any(s.by_appointment for s in standard):
        lines.append(translate("OpeningHours", "by appointment"))
    for hours in standard:
        info = pick(hours.info, lang)
        if info and info not in lines:
            lines.append(info)
    return lines


def status_now(sets: Sequence[HoursSet], now: datetime) -> str:
    """ "Open now, closes 16.00", "closed now, opens Mon 8.00"; "" when unknown."""
    if not sets:
        return ""
    status = status_at(sets, now)
    if status.unknown:
        return ""
    if status.open:
        if status.closes_at is None:
            return translate("OpeningHours", "open now, around the clock")
        return translate("OpeningHours", "open now, closes %1").replace(
            "%1", clock(status.closes_at.time())
        )
    if status.by_appointment:
        return translate("OpeningHours", "by appointment")
    if status.next_opening is not None:
        when = status.next_opening
        today = now.astimezone(when.tzinfo).date()
        moment = clock(when.time())
        if when.date() != today:
            moment = f"{day_names()[when.weekday()]} {moment}"
        return translate("OpeningHours", "closed now, opens %1").replace("%1", moment)
    return translate("OpeningHours", "closed now")


def upcoming_exceptions(
    sets: Sequence[HoursSet], today: date, days: int = UPCOMING_DAYS
) -> list[DaySchedule]:
    """Days from today on where an exception or a public holiday changes the hours.

    A public holiday on a day the place is closed anyway changes nothing and is
    left out.
    """
    if not sets:
        return []
    changed = []
    for day in days_ahead(sets, today, days):
        if not day.special:
            continue
        if day.kind == "public_holiday":
            regular = day_schedule(sets, day.day, holidays_close=False)
            if not regular.intervals and not regular.always_open:
                continue
        changed.append(day)
    return changed


def exception_lines(sets: Sequence[HoursSet], today: date, lang: str) -> list[str]:
    """The changed days coming up, consecutive equal days written as one range."""
    lines: list[str] = []
    run: list[DaySchedule] = []
    for day in upcoming_exceptions(sets, today):
        if run and _same_change(run[-1], day, lang):
            run.append(day)
            continue
        if run:
            lines.append(_exception_line(run, lang))
        run = [day]
    if run:
        lines.append(_exception_line(run, lang))
    return lines


def _change_text(day: DaySchedule, lang: str) -> tuple[str, str]:
    """The name of the change and the hours of the day."""
    title = pick(day.info, lang)
    if not title and day.holiday_key:
        title = holidays_fi.holiday_name(day.day, lang) or ""
    if day.always_open:
        hours = translate("OpeningHours", "open around the clock")
    elif day.by_appointment:
        hours = translate("OpeningHours", "by appointment")
    elif day.closed or not day.intervals:
        hours = translate("OpeningHours", "closed")
    else:
        hours = join_spans(day.intervals)
    return title, hours


def _same_change(previous: DaySchedule, day: DaySchedule, lang: str) -> bool:
    next_day = (previous.day.toordinal() + 1) == day.day.toordinal()
    return next_day and _change_text(previous, lang) == _change_text(day, lang)


def _exception_line(run: list[DaySchedule], lang: str) -> str:
    """ "ti 24.12. Jouluaatto suljettu" or "1.7.–28.7. Kesätauko suljettu"."""
    first, last = run[0].day, run[-1].day
    if first == last:
        when = f"{day_names()[first.weekday()]} {finnish_date(first, year=False)}"
    else:
        when = f"{finnish_date(first, year=False)}–{finnish_date(last, year=False)}"
    title, hours = _change_text(run[0], lang)
    return " ".join(p for p in (when, title, hours) if p)
