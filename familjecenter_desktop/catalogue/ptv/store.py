"""Writing normalised PTV records into the catalogue, in place.

A record whose content hash matches the stored one is left alone; a changed one
updates its row and replaces its children (classifications, addresses,
contacts, hours). The raw payload is kept in ``SourceRecord``.
"""

from __future__ import annotations

import hashlib
import json
import logging
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from familjecenter_desktop.catalogue.ptv.hours import to_time
from familjecenter_desktop.db.base import LocalTextType
from familjecenter_desktop.db.models import (
    Address,
    Channel,
    CodeLabel,
    ContactPoint,
    OpeningHours,
    OpeningInterval,
    Organisation,
    Service,
    ServiceClassification,
    SourceRecord,
)

log = logging.getLogger(__name__)

SOURCE_SYSTEM = "ptv"
MODELS = {"service": Service, "channel": Channel, "organisation": Organisation}
# Keys of a normalised record that are not columns of its row.
NOT_COLUMNS = {
    "source_id",
    "source_modified",
    "classifications",
    "channel_refs",
    "organisation_ref",
    "producer_refs",
    "service_refs",
    "addresses",
    "contacts",
    "hours",
    "parent_ref",
}


def content_hash(normalised: dict) -> str:
    """A stable hash of a normalised record."""
    text = json.dumps(normalised, sort_keys=True, ensure_ascii=False, default=str)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def find(
    session: Session, record_type: str, source_id: str, system: str = SOURCE_SYSTEM
):
    model = MODELS[record_type]
    return session.scalar(
        select(model).where(model.source_system == system, model.source_id == source_id)
    )


def find_many(
    session: Session, record_type: str, source_ids, system: str = SOURCE_SYSTEM
) -> dict:
    """Existing rows by source id, fetched in chunks (one query per 900 ids)."""
    model = MODELS[record_type]
    wanted = list(source_ids)
    found = {}
    for start in range(0, len(wanted), 900):
        chunk = wanted[start : start + 900]
        for row in session.scalars(
            select(model).where(
                model.source_system == system, model.source_id.in_(chunk)
            )
        ):
            found[row.source_id] = row
    return found


@dataclass(frozen=True, slots=True)
class RowState:
    """What deciding about a stored row needs: its id, hash and modified time."""

    id: int
    content_hash: str | None
    source_modified: datetime | None


def find_states(
    session: Session, record_type: str, source_ids, system: str = SOURCE_SYSTEM
) -> dict[str, RowState]:
    """``RowState`` of existing rows by source id (no ORM objects loaded)."""
    model = MODELS[record_type]
    wanted = list(source_ids)
    found = {}
    for start in range(0, len(wanted), 900):
        chunk = wanted[start : start + 900]
        for source_id, *state in session.execute(
            select(
                model.source_id, model.id, model.content_hash, model.source_modified
            ).where(model.source_system == system, model.source_id.in_(chunk))
        ):
            found[source_id] = RowState(*state)
    return found


def update_rows(
    session: Session,
    record_type: str,
    items: list[tuple[str, dict, str]],
    now: datetime,
    system: str = SOURCE_SYSTEM,
) -> None:
    """Update changed rows in place from ``(source_id, normalised, digest)``.

    The rows are loaded, written and flushed, then let go of, so the session
    does not hold every updated row of a large import.
    """
    rows = find_many(session, record_type, [sid for sid, _, _ in items], system)
    if record_type == "service":
        # Replaced classifications often keep their (scheme, code): the old rows
        # go first, or the unit of work inserts the new ones before deleting.
        table = ServiceClassification.__table__
        session.execute(
            delete(table).where(table.c.service_id.in_([r.id for r in rows.values()]))
        )
    with session.no_autoflush:
        for source_id, normalised, digest in items:
            write(session, record_type, rows[source_id], normalised, digest, now)
    session.flush()
    for row in rows.values():
        session.expunge(row)


def payloads_many(
    session: Session, record_type: str, source_ids, system: str = SOURCE_SYSTEM
) -> dict:
    """Kept raw records by source id, fetched in chunks."""
    wanted = list(source_ids)
    found = {}
    for start in range(0, len(wanted), 900):
        chunk = wanted[start : start + 900]
        for kept in session.scalars(
            select(SourceRecord).where(
                SourceRecord.source_system == system,
                SourceRecord.record_type == record_type,
                SourceRecord.source_id.in_(chunk),
            )
        ):
            found[kept.source_id] = kept
    return found


def _modified(normalised: dict) -> datetime | None:
    value = normalised.get("source_modified")
    return datetime.fromisoformat(value) if value else None


def is_older(row, normalised: dict) -> bool:
    """Whether the incoming record is older than the stored one."""
    incoming = _modified(normalised)
    return bool(incoming and row.source_modified and incoming < row.source_modified)


def write(
    session: Session,
    record_type: str,
    row,
    normalised: dict,
    digest: str,
    now: datetime,
    system: str = SOURCE_SYSTEM,
):
    """Create or update the row of a normalised record; returns the row."""
    if row is None:
        row = MODELS[record_type](
            source_system=system, source_id=normalised["source_id"]
        )
        session.add(row)
    for key, value in normalised.items():
        if key not in NOT_COLUMNS:
            setattr(row, key, value)
    row.source_modified = _modified(normalised)
    row.imported_at = now
    row.content_hash = digest
    if record_type == "service":
        row.classifications = [
            ServiceClassification(scheme=s, code=c, uri=u)
            for s, c, u in normalised["classifications"]
        ]
    elif record_type == "channel":
        _channel_children(row, normalised)
    return row


def _channel_children(row: Channel, normalised: dict) -> None:
    row.addresses = [Address(**a) for a in normalised["addresses"]]
    row.contact_points = [ContactPoint(**c) for c in normalised["contacts"]]
    row.opening_hours = [
        OpeningHours(
            kind=h["kind"],
            valid_from=date.fromisoformat(h["valid_from"]) if h["valid_from"] else None,
            valid_to=date.fromisoformat(h["valid_to"]) if h["valid_to"] else None,
            closed=h["closed"],
            always_open=h["always_open"],
            info=h["info"],
            position=position,
            intervals=[
                OpeningInterval(weekday=w, opens=to_time(o), closes=to_time(c))
                for w, o, c in h["intervals"]
            ],
        )
        for position, h in enumerate(normalised["hours"])
    ]


_UNSET = object()


def keep_payload(
    session: Session,
    record_type: str,
    source_id: str,
    payload: dict,
    now: datetime,
    system: str = SOURCE_SYSTEM,
    kept=_UNSET,
) -> None:
    """Store (or replace) the raw record; pass ``kept`` when already looked up."""
    if kept is _UNSET:
        kept = payloads_many(session, record_type, [source_id], system).get(source_id)
    if kept is None:
        session.add(
            SourceRecord(
                source_system=system,
                record_type=record_type,
                source_id=source_id,
                payload=payload,
                imported_at=now,
            )
        )
    else:
        kept.payload = payload
        kept.imported_at = now


def _column_values(normalised: dict, digest: str, now: datetime, system: str) -> dict:
    values = {k: v for k, v in normalised.items() if k not in NOT_COLUMNS}
    values.update(
        source_system=system,
        source_id=normalised["source_id"],
        source_modified=_modified(normalised),
        imported_at=now,
        content_hash=digest,
    )
    return values


def _insert_returning_ids(session: Session, table, rows: list[dict]) -> list[int]:
    """Insert rows and return their new ids in the same order."""
    rows = _complete(table, rows)
    ids = []
    for start in range(0, len(rows), 500):
        chunk = rows[start : start + 500]
        result = session.execute(
            table.insert().returning(table.c.id, sort_by_parameter_order=True), chunk
        )
        ids.extend(result.scalars().all())
    return ids


def insert_new(
    session: Session,
    record_type: str,
    items: list[tuple[dict, str]],
    now: datetime,
    system: str = SOURCE_SYSTEM,
) -> None:
    """Insert new records and their children in bulk (no ORM objects)."""
    if not items:
        return
    model = MODELS[record_type]
    rows = [_column_values(n, d, now, system) for n, d in items]
    ids = _insert_returning_ids(session, model.__table__, rows)

    if record_type == "service":
        _bulk(
            session,
            ServiceClassification,
            [
                {"service_id": i, "scheme": s, "code": c, "uri": u}
                for i, (n, _) in zip(ids, items, strict=True)
                for s, c, u in n["classifications"]
            ],
        )
    elif record_type == "channel":
        _bulk(
            session,
            Address,
            [
                {"channel_id": i, **a}
                for i, (n, _) in zip(ids, items, strict=True)
                for a in n["addresses"]
            ],
        )
        _bulk(
            session,
            ContactPoint,
            [
                {"channel_id": i, **c}
                for i, (n, _) in zip(ids, items, strict=True)
                for c in n["contacts"]
            ],
        )
        _insert_hours(session, ids, [n for n, _ in items])


def _complete(table, rows: list[dict]) -> list[dict]:
    """Give every row the same keys (executemany needs it), with column defaults."""
    keys = set().union(*rows) if rows else set()
    fill = {}
    for key in keys:
        column = table.c[key]
        if column.default is not None and column.default.is_scalar:
            fill[key] = column.default.arg
        elif isinstance(column.type, LocalTextType):
            fill[key] = {}
        else:
            fill[key] = None
    return [{**fill, **row} for row in rows]


def _bulk(session: Session, model, rows: list[dict]) -> None:
    rows = _complete(model.__table__, rows)
    for start in range(0, len(rows), 2000):
        session.execute(model.__table__.insert(), rows[start : start + 2000])


def _insert_hours(session: Session, channel_ids: list[int], items: list[dict]) -> None:
    keys = {"kind", "closed", "always_open", "info"}
    sets, intervals = [], []
    for channel_id, normalised in zip(channel_ids, items, strict=True):
        for position, h in enumerate(normalised["hours"]):
            sets.append(
                {
                    "channel_id": channel_id,
                    "position": position,
                    "by_appointment": False,
                    "valid_from": date.fromisoformat(h["valid_from"])
                    if h["valid_from"]
                    else None,
                    "valid_to": date.fromisoformat(h["valid_to"])
                    if h["valid_to"]
                    else None,
                    **{k: h[k] for k in keys},
                }
            )
            intervals.append(h["intervals"])
    if not sets:
        return
    hours_ids = _insert_returning_ids(session, OpeningHours.__table__, sets)
    _bulk(
        session,
        OpeningInterval,
        [
            {
                "hours_id": hours_id,
                "weekday": w,
                "opens": to_time(o),
                "closes": to_time(c),
            }
            for hours_id, own in zip(hours_ids, intervals, strict=True)
            for w, o, c in own
        ],
    )


def keep_payloads(
    session: Session,
    record_type: str,
    records: list,
    now: datetime,
    system: str = SOURCE_SYSTEM,
) -> None:
    """Store or replace the raw records of ``(source_id, RawRecord)`` pairs."""
    kept = payloads_many(session, record_type, [sid for sid, _ in records], system)
    fresh = []
    for source_id, raw in records:
        if source_id in kept:
            kept[source_id].payload = raw.data
            kept[source_id].imported_at = now
        else:
            fresh.append(
                {
                    "source_system": system,
                    "record_type": record_type,
                    "source_id": source_id,
                    "payload": raw.data,
                    "imported_at": now,
                }
            )
    _bulk(session, SourceRecord, fresh)


def add_ontology_labels(session: Session, labels: dict[str, dict[str, str]]) -> None:
    """Labels of ontology terms, taken from the records (there is no shipped list)."""
    if not labels:
        return
    codes = list(labels)
    known: set[str] = set()
    for start in range(0, len(codes), 900):
        known.update(
            session.scalars(
                select(CodeLabel.code).where(
                    CodeLabel.scheme == "ontology_term",
                    CodeLabel.code.in_(codes[start : start + 900]),
                )
            )
        )
    for code, name in labels.items():
        if code not in known and name:
            session.add(CodeLabel(scheme="ontology_term", code=code, name=name))
            known.add(code)
