"""Finnish public holidays: which days they are, a stable key and their names.

Built on the ``holidays`` package (``holidays.Finland``, category "public"), which
names the days in Finnish, Swedish and English. A holiday's key is a stable
ASCII slug of its English name, for example ``"midsummer_eve"`` or
``"christmas_day"``; the opening-hours model stores it in ``holiday_key``.

Two eves that are not public holidays but often have their own hours are named
too: New Year's Eve (``"new_years_eve"``) and Holy Saturday
(``"easter_saturday"``). They never close a place by themselves; they only let
a holiday set with that key match (``named_day_key``).
"""

from __future__ import annotations

import logging
import re
from datetime import date, timedelta
from functools import lru_cache

log = logging.getLogger(__name__)

# The ``holidays`` package's language codes for the UI languages.
LIBRARY_LANGUAGES: dict[str, str] = {"fi": "fi", "sv": "sv_FI", "en": "en_US"}

# Named days that are not public holidays, with their names.
EVES: dict[str, dict[str, str]] = {
    "new_years_eve": {
        "fi": "Uudenvuodenaatto",
        "sv": "Nyårsafton",
        "en": "New Year's Eve",
    },
    "easter_saturday": {
        "fi": "Pääsiäislauantai",
        "sv": "Påskafton",
        "en": "Holy Saturday",
    },
}


@lru_cache(maxsize=64)
def _calendar(year: int, language: str) -> dict[date, str]:
    """The public holidays of one year with their names in one library language."""
    # Imported on first use: the package takes a tenth of a second to load, and
    # the window is shown before any opening hours are read.
    import holidays

    calendar = holidays.Finland(years=year, language=language)
    return dict(calendar.items())


def _slug(name: str) -> str:
    return re.sub(r"[^a-z0-9]+", "_", name.lower().replace("'", "")).strip("_")


def is_public_holiday(day: date) -> bool:
    """Whether ``day`` is a Finnish public holiday (Midsummer and Christmas Eve too)."""
    return day in _calendar(day.year, LIBRARY_LANGUAGES["en"])


@lru_cache(maxsize=4096)
def holiday_key(day: date) -> str | None:
    """The stable key of the public holiday on ``day``, or None on other days."""
    name = _calendar(day.year, LIBRARY_LANGUAGES["en"]).get(day)
    return _slug(name) if name else None


def eve_key(day: date) -> str | None:
    """``"new_years_eve"`` or ``"easter_saturday"`` on those days, else None."""
    if (day.month, day.day) == (12, 31):
        return "new_years_eve"
    if holiday_key(day + timedelta(days=1)) == "easter_sunday":
        return "easter_saturday"
    return None


def named_day_key(day: date) -> str | None:
    """The key of the public holiday or named eve on ``day``, or None."""
    return holiday_key(day) or eve_key(day)


def holiday_name(day: date, lang: str) -> str | None:
    """The name of the holiday or eve in ``lang`` (fi, sv, en; others get English)."""
    language = LIBRARY_LANGUAGES.get(lang, LIBRARY_LANGUAGES["en"])
    name = _calendar(day.year, language).get(day)
    if name:
        return name
    eve = eve_key(day)
    if eve is None:
        return None
    return EVES[eve].get(lang, EVES[eve]["en"])


def normalise_key(text: str) -> str:
    """A source's holiday code as a key: "ChristmasEve" → "christmas_eve"."""
    spaced = re.sub(r"(?<=[a-z0-9])(?=[A-Z])", "_", text.strip())
    return _slug(spaced)


def holidays_between(first: date, last: date) -> dict[date, str]:
    """The public holidays from ``first`` to ``last`` inclusive, with their keys."""
    found: dict[date, str] = {}
    for year in range(first.year, last.year + 1):
        for day, name in _calendar(year, LIBRARY_LANGUAGES["en"]).items():
            if first <= day <= last:
                found[day] = _slug(name)
    return dict(sorted(found.items()))
