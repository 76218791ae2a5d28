"""Loading opening hours from the catalogue into the plain ``domain.hours`` data.

Two queries per batch of channels (the sets, then their intervals), however many
channels are asked for; ids are sent in chunks that every database accepts.
"""

from __future__ import annotations

import logging
from collections import defaultdict
from collections.abc import Iterable, Iterator

from sqlalchemy import select
from sqlalchemy.orm import Session

from familjecenter_desktop.db.models import (
    OpeningHours,
    OpeningInterval,
    ServiceChannelLink,
)
from familjecenter_desktop.domain.hours import KINDS, HoursSet, Interval

log = logging.getLogger(__name__)

# Below SQLite's oldest limit on bound parameters (999).
CHUNK = 900


def load_hours_for_channels(
    session: Session, channel_ids: Iterable[int]
) -> dict[int, list[HoursSet]]:
    """Each channel's hour sets in stored order; channels without any are omitted."""
    wanted = sorted(set(channel_ids))
    rows = []
    for chunk in _chunks(wanted):
        rows.extend(
            session.execute(
                select(
                    OpeningHours.id,
                    OpeningHours.channel_id,
                    OpeningHours.kind,
                    OpeningHours.valid_from,
                    OpeningHours.valid_to,
                    OpeningHours.closed,
                    OpeningHours.always_open,
                    OpeningHours.by_appointment,
                    OpeningHours.holiday_key,
                    OpeningHours.info,
                    OpeningHours.position,
                ).where(OpeningHours.channel_id.in_(chunk))
            ).all()
        )

    intervals = _intervals_of(session, [row.id for row in rows])

    result: dict[int, list[HoursSet]] = defaultdict(list)
    for row in sorted(rows, key=lambda r: (r.channel_id, r.position, r.id)):
        if row.kind not in KINDS:
            log.warning("opening hours %s skipped: unknown kind %r", row.id, row.kind)
            continue
        result[row.channel_id].append(
            HoursSet(
                kind=row.kind,
                valid_from=row.valid_from,
                valid_to=row.valid_to,
                closed=bool(row.closed),
                always_open=bool(row.always_open),
                by_appointment=bool(row.by_appointment),
                holiday_key=row.holiday_key,
                intervals=tuple(intervals.get(row.id, ())),
                info=dict(row.info or {}),
            )
        )
    return dict(result)


def load_hours_for_services(
    session: Session, service_ids: Iterable[int]
) -> dict[int, dict[int, list[HoursSet]]]:
    """The hour sets of each service's channels: service → channel → sets."""
    wanted = sorted(set(service_ids))
    links: list[tuple[int, int]] = []
    for chunk in _chunks(wanted):
        links.extend(
            session.execute(
                select(
                    ServiceChannelLink.service_id, ServiceChannelLink.channel_id
                ).where(ServiceChannelLink.service_id.in_(chunk))
            ).all()
        )

    by_channel = load_hours_for_channels(session, {c for _, c in links})

    result: dict[int, dict[int, list[HoursSet]]] = {}
    for service_id, channel_id in sorted(links):
        if channel_id in by_channel:
            result.setdefault(service_id, {})[channel_id] = by_channel[channel_id]
    return result


# The name the catalogue's detail view looks for.
load_hours_sets = load_hours_for_channels


def _intervals_of(session: Session, hours_ids: list[int]) -> dict[int, list[Interval]]:
    """The intervals of each hour set, by weekday and opening time."""
    found: dict[int, list[Interval]] = defaultdict(list)
    for chunk in _chunks(hours_ids):
        rows = session.execute(
            select(
                OpeningInterval.hours_id,
                OpeningInterval.weekday,
                OpeningInterval.opens,
                OpeningInterval.closes,
            )
            .where(OpeningInterval.hours_id.in_(chunk))
            .order_by(
                OpeningInterval.hours_id,
                OpeningInterval.weekday,
                OpeningInterval.opens,
            )
        ).all()
        for row in rows:
            if row.weekday is not None and not 0 <= row.weekday <= 6:
                log.warning(
                    "opening interval of hours %s skipped: weekday %r",
                    row.hours_id,
                    row.weekday,
                )
                continue
            found[row.hours_id].append(Interval(row.weekday, row.opens, row.closes))
    return found


def _chunks(ids: list[int]) -> Iterator[list[int]]:
    for start in range(0, len(ids), CHUNK):
        yield ids[start : start + CHUNK]
