"""PTV service hours (Open API v7–v11) as the catalogue's opening hours.

Shapes understood:

* ``serviceHourType``: ``Standard`` (v7: ``DaysOfTheWeek``) is the regular week,
  within ``validFrom``..``validTo`` unless ``validForNow``; ``Exception``
  (v7: ``Exceptional``) replaces the week on its dates, ``isClosed`` closing
  them; ``Special`` (v7: ``OverMidnight``) is a weekly opening that spans days,
  ``dayFrom`` ``from`` to ``dayTo`` ``to``.
* ``openingHour``: ``dayFrom``, ``dayTo``, ``from``, ``to`` (``isExtra`` marks a
  second opening on the same day; it is simply one more interval).

Mapping rules: several intervals a day stay separate rows; an interval whose
closing time is not after its opening time runs past midnight (PTV writes
``24:00`` or ``00:00`` for midnight); a Standard day range (``dayFrom`` Monday,
``dayTo`` Friday) becomes one interval per day; a Special span longer than a
night becomes evening, whole middle days (00:00–00:00) and morning. A Standard
set with no openings that is not closed is open around the clock
(``always_open``), as PTV writes "open 24 hours"; so is a week of 00:00–00:00.
Validity dates written as UTC moments are read as Finnish dates.
"""

from __future__ import annotations

import logging
import re
from datetime import date, datetime, time

from familjecenter_desktop.catalogue.importreport import CatalogueImportError
from familjecenter_desktop.catalogue.ptv.fields import clean, local_text
from familjecenter_desktop.catalogue.ptv.reader import RawRecord
from familjecenter_desktop.core.timeutil import HELSINKI

log = logging.getLogger(__name__)

KIND_OF_TYPE = {
    "standard": "standard",
    "daysoftheweek": "standard",
    "exception": "exception",
    "exceptional": "exception",
    "special": "special",
    "overmidnight": "special",
}
WEEKDAYS = {
    name: number
    for number, name in enumerate(
        ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
    )
}
_TIME = re.compile(r"^(\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?$")
MIDNIGHT = "00:00"


class _Where:
    """Builds problems that name the file, record and field of the hours."""

    def __init__(self, record: RawRecord, field: str) -> None:
        self.record = record
        self.field = field

    def problem(self, reason: str, sub: str = "") -> CatalogueImportError:
        return CatalogueImportError(
            reason,
            file=self.record.file,
            record=self.record.label,
            field=self.field + sub,
        )


def _time(value: object, where: _Where, sub: str) -> str:
    """``HH:MM`` from ``HH:MM[:SS]``; ``24:00`` is midnight."""
    match = _TIME.match(str(value).strip()) if value is not None else None
    if not match:
        raise where.problem(f"not a time of day: {value!r}", sub)
    hour, minute = int(match.group(1)), int(match.group(2))
    if hour == 24 and minute == 0:
        return MIDNIGHT
    if hour > 23 or minute > 59:
        raise where.problem(f"not a time of day: {value!r}", sub)
    return f"{hour:02d}:{minute:02d}"


def _weekday(value: object, where: _Where, sub: str) -> int | None:
    text = clean(value)
    if text is None:
        return None
    number = WEEKDAYS.get(text.lower())
    if number is None:
        raise where.problem(f"not a weekday: {value!r}", sub)
    return number


def _date(value: object, where: _Where, sub: str) -> str | None:
    """An ISO date; a moment with a zone is read as a date in Finland."""
    text = clean(value)
    if text is None:
        return None
    try:
        if "T" not in text:
            return date.fromisoformat(text[:10]).isoformat()
        moment = datetime.fromisoformat(text.replace("Z", "+00:00")[:32])
    except ValueError as exc:
        raise where.problem(f"not a date: {value!r}", sub) from exc
    if moment.tzinfo is not None:
        moment = moment.astimezone(HELSINKI)
    return moment.date().isoformat()


def _days_between(first: int, last: int) -> list[int]:
    days = [first]
    while days[-1] != last:
        days.append((days[-1] + 1) % 7)
    return days


def _special(first: int, last: int, opens: str, closes: str) -> list[list]:
    """Intervals of one opening from ``first`` day ``opens`` to ``last`` ``closes``."""
    if first == last or (last - first) % 7 == 1:
        return [[first, opens, closes]]
    days = _days_between(first, last)
    out = [[days[0], opens, MIDNIGHT]]
    out += [[d, MIDNIGHT, MIDNIGHT] for d in days[1:-1]]
    if closes != MIDNIGHT:
        out.append([days[-1], MIDNIGHT, closes])
    return out


def _intervals(kind: str, openings: object, where: _Where) -> list[list]:
    if openings is None:
        return []
    if not isinstance(openings, list):
        raise where.problem("wrong shape: expected a list", ".openingHour")
    out: list[list] = []
    for j, item in enumerate(openings):
        sub = f".openingHour[{j}]"
        if not isinstance(item, dict):
            raise where.problem("wrong shape: expected an object", sub)
        opens = _time(item.get("from"), where, sub + ".from")
        closes = _time(item.get("to"), where, sub + ".to")
        first = _weekday(item.get("dayFrom"), where, sub + ".dayFrom")
        last = _weekday(item.get("dayTo"), where, sub + ".dayTo")
        if first is None:
            if kind != "exception":
                raise where.problem("required field is missing", sub + ".dayFrom")
            out.append([None, opens, closes])
        elif last is None or last == first:
            out.append([first, opens, closes])
        elif kind == "special":
            out.extend(_special(first, last, opens, closes))
        elif closes <= opens and (last - first) % 7 == 1:
            out.append([first, opens, closes])
        else:
            out.extend([d, opens, closes] for d in _days_between(first, last))
    return sorted(out, key=lambda i: (-1 if i[0] is None else i[0], i[1], i[2]))


def _round_the_clock(intervals: list[list]) -> bool:
    whole = {i[0] for i in intervals if i[1] == MIDNIGHT and i[2] == MIDNIGHT}
    return whole == set(range(7))


def map_service_hours(record: RawRecord, field: str = "serviceHours") -> list[dict]:
    """The record's service hours as plain opening-hours sets, in the given order."""
    value = record.data.get(field)
    if value is None:
        return []
    if not isinstance(value, list):
        raise _Where(record, field).problem("wrong shape: expected a list")
    sets = []
    for i, entry in enumerate(value):
        where = _Where(record, f"{field}[{i}]")
        if not isinstance(entry, dict):
            raise where.problem("wrong shape: expected an object")
        raw_type = clean(entry.get("serviceHourType")) or ""
        kind = KIND_OF_TYPE.get(raw_type.lower())
        if kind is None:
            raise where.problem(
                f"unknown serviceHourType {entry.get('serviceHourType')!r}",
                ".serviceHourType",
            )
        closed = bool(entry.get("isClosed"))
        intervals = [] if closed else _intervals(kind, entry.get("openingHour"), where)
        valid_from = _date(entry.get("validFrom"), where, ".validFrom")
        valid_to = _date(entry.get("validTo"), where, ".validTo")
        if kind == "exception" and not valid_from:
            raise where.problem("an exception needs its date", ".validFrom")
        always_open = (
            kind != "exception"
            and not closed
            and (not intervals or _round_the_clock(intervals))
        )
        sets.append(
            {
                "kind": "exception" if kind == "exception" else "standard",
                "valid_from": valid_from,
                "valid_to": valid_to,
                "closed": closed,
                "always_open": always_open,
                "info": local_text(entry.get("additionalInformation")),
                "intervals": intervals,
            }
        )
    return sets


def to_time(text: str) -> time:
    """``HH:MM`` as a ``time``."""
    hour, minute = text.split(":")
    return time(int(hour), int(minute))
