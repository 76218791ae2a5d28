"""Dates and times in the UI language's own way: 4.12.2026, 2026-12-04, 4 Dec 2026.

The locale is the one ``Translations.install`` made the default. English gets
day, month name and year, which no reader in Finland can mistake.
"""

from __future__ import annotations

import logging
from datetime import date, datetime

from PySide6.QtCore import QDate, QDateTime, QLocale, QTime

from familjecenter_desktop.core.timeutil import to_helsinki

log = logging.getLogger(__name__)

ENGLISH_DATE = "d MMM yyyy"


def date_format(locale: QLocale | None = None) -> str:
    """The display format for a date (for QDateEdit too)."""
    locale = locale or QLocale()
    if locale.language() == QLocale.Language.English:
        return ENGLISH_DATE
    return locale.dateFormat(QLocale.FormatType.ShortFormat)


def time_format(locale: QLocale | None = None) -> str:
    locale = locale or QLocale()
    if locale.language() == QLocale.Language.English:
        return "HH:mm"
    return locale.timeFormat(QLocale.FormatType.ShortFormat)


def show_date(value: date | None, locale: QLocale | None = None) -> str:
    """A calendar date, or an empty text."""
    if value is None:
        return ""
    locale = locale or QLocale()
    return locale.toString(
        QDate(value.year, value.month, value.day), date_format(locale)
    )


def show_moment(value: datetime | None, locale: QLocale | None = None) -> str:
    """A stored moment in Finnish time, date and hours."""
    if value is None:
        return ""
    local = to_helsinki(value)
    locale = locale or QLocale()
    moment = QDateTime(
        QDate(local.year, local.month, local.day), QTime(local.hour, local.minute)
    )
    return locale.toString(moment, f"{date_format(locale)} {time_format(locale)}")
