"""Opening hours as people read them: "ma–pe 8–11 ja 12–16", "avoinna nyt".

Works on the plain ``HoursBlock`` data of ``catalogue.details``. Exceptions and
holidays that cover a day replace the regular week on that day. Times come in
Finnish time (Europe/Helsinki).
"""

from __future__ import annotations

import logging
from datetime import date, datetime, time, timedelta

from PySide6.QtCore import QCoreApplication

from familjecenter_desktop.catalogue.details import HoursBlock, HoursInterval
from familjecenter_desktop.core.timeutil import HELSINKI

log = logging.getLogger(__name__)

CONTEXT = "OpeningHours"


translate = QCoreApplication.translate


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


def span(interval: HoursInterval) -> str:
    """An interval such as 8–16 or 8.30–11.45; midnight shows as 24."""
    closes = clock(interval.closes, short=True)
    if interval.closes == time(0, 0):
        closes = "24"
    return f"{clock(interval.opens, short=True)}–{closes}"


def join_spans(intervals: list[HoursInterval]) -> str:
    """Intervals of one day: "8–11 ja 12–16"."""
    parts = [span(i) for i in sorted(intervals, key=lambda i: i.opens)]
    if len(parts) <= 1:
        return "".join(parts)
    word = translate("OpeningHours", "and")
    return f"{', '.join(parts[:-1])} {word} {parts[-1]}"


def weekly_lines(block: HoursBlock) -> list[str]:
    """The regular week of a block, consecutive days with equal hours grouped."""
    if block.always_open:
        return [translate("OpeningHours", "open around the clock")]
    if block.closed:
        return [translate("OpeningHours", "closed")]
    names = day_names()
    by_day: dict[int, list[HoursInterval]] = {}
    for interval in block.intervals:
        if interval.weekday is not None:
            by_day.setdefault(interval.weekday, []).append(interval)

    lines = []
    day = 0
    while day < 7:
        text = join_spans(by_day.get(day, []))
        end = day
        while end + 1 < 7 and text and join_spans(by_day.get(end + 1, [])) == text:
            end += 1
        if text:
            days = names[day] if end == day else f"{names[day]}–{names[end]}"
            lines.append(f"{days} {text}")
        day = end + 1
    if block.by_appointment:
        lines.append(translate("OpeningHours", "by appointment"))
    return lines


def finnish_date(day: date) -> str:
    """d.m.yyyy, as dates are written in Finland."""
    return f"{day.day}.{day.month}.{day.year}"


def exception_line(block: HoursBlock) -> str:
    """An exception or holiday: its dates and its hours."""
    if block.valid_from and block.valid_to and block.valid_to != block.valid_from:
        when = f"{finnish_date(block.valid_from)}–{finnish_date(block.valid_to)}"
    elif block.valid_from:
        when = finnish_date(block.valid_from)
    else:
        when = ""
    title = block.info.text
    if block.closed:
        hours = translate("OpeningHours", "closed")
    elif block.always_open:
        hours = translate("OpeningHours", "open around the clock")
    else:
        hours = join_spans(list(block.intervals)) or translate(
            "OpeningHours", "by appointment"
        )
    return " ".join(p for p in (when, title, hours) if p)


def upcoming_exceptions(
    blocks: list[HoursBlock], today: date, days: int = 60
) -> list[HoursBlock]:
    """Exceptions and holidays in effect today or starting within ``days``."""
    horizon = today + timedelta(days=days)
    chosen = [
        b
        for b in blocks
        if b.kind != "standard"
        and (b.valid_to is None or b.valid_to >= today)
        and (b.valid_from is None or b.valid_from <= horizon)
    ]
    return sorted(chosen, key=lambda b: b.valid_from or today)


def intervals_on(
    blocks: list[HoursBlock], day: date
) -> tuple[bool, list[HoursInterval]]:
    """(open around the clock, intervals) on ``day``; exceptions replace the week."""
    special = [b for b in blocks if b.kind != "standard" and b.covers(day)]
    chosen = special or [b for b in blocks if b.kind == "standard" and b.covers(day)]
    if any(b.always_open for b in chosen):
        return True, []
    found = []
    for block in chosen:
        if block.closed:
            continue
        for interval in block.intervals:
            if interval.weekday == day.weekday() or (
                special and interval.weekday is None
            ):
                found.append(interval)
    return False, found


def status_now(blocks: list[HoursBlock], now: datetime) -> str:
    """ "Open now, closes 16.00" or "closed now"; "" when nothing is known."""
    if not blocks:
        return ""
    local = now.astimezone(HELSINKI)
    today = local.date()
    moment = local.time().replace(tzinfo=None)

    always, intervals = intervals_on(blocks, today)
    if always:
        return translate("OpeningHours", "open now, around the clock")
    for interval in intervals:
        overnight = interval.closes <= interval.opens
        if interval.opens <= moment and (overnight or moment < interval.closes):
            return translate("OpeningHours", "open now, closes %1").replace(
                "%1", clock(interval.closes)
            )

    _, yesterday = intervals_on(blocks, today - timedelta(days=1))
    for interval in yesterday:
        if interval.closes <= interval.opens and moment < interval.closes:
            return translate("OpeningHours", "open now, closes %1").replace(
                "%1", clock(interval.closes)
            )
    if any(b.by_appointment for b in blocks) and not any(b.intervals for b in blocks):
        return translate("OpeningHours", "by appointment")
    return translate("OpeningHours", "closed now")
