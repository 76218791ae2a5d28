"""Linking the records of a PTV import, once every record is written.

A service and a channel are linked when either record lists the other
(``serviceChannels`` / ``services``): the records of this import by what they
say, the others by their kept payloads. Only links of an added or updated record
are made or removed. A service belongs to its responsible organisation (else its
first producer), a channel to its organisation, an organisation to its parent.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Iterator
from pathlib import Path

from sqlalchemy import bindparam, delete, insert, select, update
from sqlalchemy.orm import Session

from familjecenter_desktop.catalogue.ptv import store
from familjecenter_desktop.catalogue.ptv.batches import Refs
from familjecenter_desktop.catalogue.ptv.channels import (
    service_refs as channel_services,
)
from familjecenter_desktop.catalogue.ptv.reader import RawRecord
from familjecenter_desktop.catalogue.ptv.services import (
    channel_refs,
    organisation_refs,
)
from familjecenter_desktop.db.models import (
    Channel,
    Organisation,
    Service,
    ServiceChannelLink,
    SourceRecord,
)

log = logging.getLogger(__name__)

CHUNK = 900
MASK = (1 << 32) - 1


def ids(session: Session, model, source_ids: Iterable[str]) -> dict[str, int]:
    """Row ids of PTV records by source id (one query per 900 ids)."""
    wanted = list(set(source_ids))
    out: dict[str, int] = {}
    for start in range(0, len(wanted), CHUNK):
        chunk = wanted[start : start + CHUNK]
        out.update(
            session.execute(
                select(model.source_id, model.id).where(
                    model.source_system == store.SOURCE_SYSTEM,
                    model.source_id.in_(chunk),
                )
            ).all()
        )
    return out


def stored_records(
    session: Session, record_type: str, skip: set[str] | dict
) -> Iterator[tuple[str, RawRecord]]:
    """Kept raw records of this type from earlier imports but ``skip``, in chunks."""
    stored = session.scalars(
        select(SourceRecord.source_id).where(
            SourceRecord.source_system == store.SOURCE_SYSTEM,
            SourceRecord.record_type == record_type,
        )
    ).all()
    others = [sid for sid in stored if sid not in skip]
    for start in range(0, len(others), CHUNK):
        kept = store.payloads_many(session, record_type, others[start : start + CHUNK])
        for sid, row in kept.items():
            yield sid, RawRecord(record_type, Path("."), None, row.payload)
        for row in kept.values():
            session.expunge(row)


def link(session: Session, refs: Refs) -> None:
    """Links of every added or updated record, from both sides."""
    if not any(refs.touched.values()):
        return
    s2c: dict[str, tuple[str, ...]] = dict(refs.service_channels)
    stored_orgs: dict[str, str | None] = {}
    for sid, raw in stored_records(session, "service", refs.service_channels):
        s2c[sid] = tuple(channel_refs(raw))
        if refs.touched["organisation"]:
            stored_orgs[sid] = organisation_refs(raw)[0]
    # Services named by channels: {service: channels naming it}.
    named_by: dict[str, set[str]] = {}
    for cid, sids in refs.channel_services.items():
        for sid in sids:
            named_by.setdefault(sid, set()).add(cid)
    for cid, raw in stored_records(session, "channel", refs.channel_services):
        for sid in channel_services(raw):
            named_by.setdefault(sid, set()).add(cid)

    every_service = s2c.keys() | named_by.keys()
    service_ids = ids(session, Service, every_service)
    channel_ids = ids(
        session,
        Channel,
        {c for cs in s2c.values() for c in cs}
        | {c for cs in named_by.values() for c in cs},
    )
    touched_s = {service_ids[s] for s in refs.touched["service"] if s in service_ids}
    touched_c = {channel_ids[c] for c in refs.touched["channel"] if c in channel_ids}
    # A pair is one integer, service id << 32 | channel id: far smaller than a tuple.
    wanted: set[int] = set()
    for sid in every_service:
        s = service_ids.get(sid)
        if s is None:
            continue
        for cid in {*s2c.get(sid, ()), *named_by.get(sid, ())}:
            c = channel_ids.get(cid)
            if c is not None and (s in touched_s or c in touched_c):
                wanted.add(s << 32 | c)
    del s2c, named_by, service_ids
    existing = _existing_links(session, touched_s, touched_c)
    ptv_channels = set(channel_ids.values())
    stale = [
        {"s": pair >> 32, "c": pair & MASK}
        for pair in existing
        if pair not in wanted and pair & MASK in ptv_channels
    ]
    if stale:
        table = ServiceChannelLink.__table__
        session.execute(
            delete(table).where(
                table.c.service_id == bindparam("s"),
                table.c.channel_id == bindparam("c"),
            ),
            stale,
        )
    fresh = sorted(wanted - existing)
    del wanted, existing
    for start in range(0, len(fresh), 2000):
        session.execute(
            insert(ServiceChannelLink.__table__),
            [
                {"service_id": pair >> 32, "channel_id": pair & MASK}
                for pair in fresh[start : start + 2000]
            ],
        )
    del fresh
    _link_organisations(session, refs, stored_orgs)


def _existing_links(
    session: Session, services: set[int], channels: set[int]
) -> set[int]:
    """Stored links of the given services or channels, as ``link``'s pairs."""
    found: set[int] = set()
    table = ServiceChannelLink.__table__
    for column, wanted in (
        (table.c.service_id, sorted(services)),
        (table.c.channel_id, sorted(channels)),
    ):
        for start in range(0, len(wanted), CHUNK):
            found.update(
                s << 32 | c
                for s, c in session.execute(
                    select(table.c.service_id, table.c.channel_id).where(
                        column.in_(wanted[start : start + CHUNK])
                    )
                )
            )
    return found


def _link_organisations(
    session: Session, refs: Refs, stored_orgs: dict[str, str | None]
) -> None:
    if refs.touched["organisation"]:
        org_refs = {**refs.service_org, **stored_orgs}
    else:
        org_refs = {
            s: o for s, o in refs.service_org.items() if s in refs.touched["service"]
        }
    channel_orgs = {
        c: o for c, o in refs.channel_org.items() if c in refs.touched["channel"]
    }
    parents = {
        o: p for o, p in refs.parents.items() if o in refs.touched["organisation"]
    }
    org_ids = ids(
        session,
        Organisation,
        {
            o
            for o in [
                *org_refs.values(),
                *channel_orgs.values(),
                *parents.values(),
                *parents,
            ]
            if o
        },
    )
    for model, by_source in ((Service, org_refs), (Channel, channel_orgs)):
        row_ids = ids(session, model, by_source)
        updates = [
            {"row_id": row_ids[sid], "org_id": org_ids[oid]}
            for sid, oid in by_source.items()
            if sid in row_ids and oid in org_ids
        ]
        table = model.__table__
        for start in range(0, len(updates), 2000):
            session.execute(
                update(table)
                .where(table.c.id == bindparam("row_id"))
                .values(organisation_id=bindparam("org_id")),
                updates[start : start + 2000],
            )
    parent_rows = [
        {"row_id": org_ids[oid], "parent": org_ids[parent]}
        for oid, parent in parents.items()
        if oid in org_ids and parent in org_ids and parent != oid
    ]
    if parent_rows:
        table = Organisation.__table__
        session.execute(
            update(table)
            .where(table.c.id == bindparam("row_id"))
            .values(parent_id=bindparam("parent")),
            parent_rows,
        )


def affected_services(session: Session, refs: Refs) -> set[int]:
    """Ids of the added or updated services and of those linked to a changed channel."""
    service_ids = set(ids(session, Service, refs.touched["service"]).values())
    linked = list(ids(session, Channel, refs.touched["channel"]).values())
    for start in range(0, len(linked), CHUNK):
        service_ids |= set(
            session.scalars(
                select(ServiceChannelLink.service_id).where(
                    ServiceChannelLink.channel_id.in_(linked[start : start + CHUNK])
                )
            )
        )
    return service_ids
