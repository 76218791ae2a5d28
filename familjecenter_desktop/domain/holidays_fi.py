"""Finnish public holidays: which days they are, a stable key and their names.

Built on the ``holidays`` package (``holidays.Finland``, category "public"), which
names the days in Finnish, Swedish and English. A holiday's key is a stable
ASCII slug of its English name, for example ``"midsummer_eve"`` or
``"christmas_day"``; the opening-hours model stores it in ``holiday_key``.
"""

from __future__ import annotations

import logging
import re
from datetime import date
from functools import lru_cache

import holidays

log = logging.getLogger(__name__)

# The ``holidays`` package's language codes for the UI languages.
LIBRARY_LANGUAGES: dict[str, str] = {"fi": "fi", "sv": "sv_FI", "en": "en_US"}


@lru_cache(maxsize=64)
def _calendar(year: int, language: str) -> dict[date, str]:
    """The public holidays of one year with their names in one library language."""
    calendar = holidays.Finland(years=year, language=language)
    return dict(calendar.items())


def _slug(name: str) -> str:
    return re.sub(r"[^a-z0-9]+", "_", name.lower().replace("'", "")).strip("_")


def is_public_holiday(day: date) -> bool:
    """Whether ``day`` is a Finnish public holiday (Midsummer and Christmas Eve too)."""
    return day in _calendar(day.year, LIBRARY_LANGUAGES["en"])


def holiday_key(day: date) -> str | None:
    """The stable key of the public holiday on ``day``, or None on other days."""
    name = _calendar(day.year, LIBRARY_LANGUAGES["en"]).get(day)
    return _slug(name) if name else None


def holiday_name(day: date, lang: str) -> str | None:
    """The holiday's name in ``lang`` (fi, sv, en; others get English), or None."""
    language = LIBRARY_LANGUAGES.get(lang, LIBRARY_LANGUAGES["en"])
    return _calendar(day.year, language).get(day)


def holidays_between(first: date, last: date) -> dict[date, str]:
    """The public holidays from ``first`` to ``last`` inclusive, with their keys."""
    found: dict[date, str] = {}
    for year in range(first.year, last.year + 1):
        for day, name in _calendar(year, LIBRARY_LANGUAGES["en"]).items():
            if first <= day <= last:
                found[day] = _slug(name)
    return dict(sorted(found.items()))
