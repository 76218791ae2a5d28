"""Time stamps: stored in UTC, shown in Finnish time."""

from __future__ import annotations

from datetime import UTC, datetime
from zoneinfo import ZoneInfo

HELSINKI = ZoneInfo("Europe/Helsinki")


def utcnow() -> datetime:
    """The current moment, time-zone aware, in UTC."""
    return datetime.now(UTC)


def to_helsinki(moment: datetime) -> datetime:
    """The same moment on a Finnish wall clock; naive values are taken as UTC."""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(HELSINKI)
