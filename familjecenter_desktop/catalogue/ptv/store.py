"""Writing normalised PTV records into the catalogue, in place.

A record whose content hash matches the stored one is left alone; a changed one
updates its row and replaces its children (classifications, addresses,
contacts, hours). The raw payload is kept in ``SourceRecord``.
"""

from __future__ import annotations

import hashlib
import json
import logging
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from familjecenter_desktop.catalogue.ptv.hours import to_time
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
