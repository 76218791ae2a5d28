"""Importing PTV Open API JSON into the catalogue, all or nothing.

``import_ptv(session, paths)`` reads every record, normalises it (any fatal
problem raises ``CatalogueImportError`` before anything is written), writes the
new and changed records, links services, channels and organisations, places
the services through the bundle mapping and refreshes their search entries.
``import_ptv_paths(workspace, paths)`` does that in one transaction and keeps
an ``ImportRun`` row; a failed import is rolled back and recorded as failed.

Links: a service and a channel are linked when either record lists the other
(``serviceChannels`` / ``services``); a service belongs to its responsible
organisation (else its first producer).
"""

from __future__ import annotations

import importlib
import importlib.util
import logging
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from familjecenter_desktop.catalogue import bundle, mapping
from familjecenter_desktop.catalogue.codelists import CodeResolver, ensure_code_lists
from familjecenter_desktop.catalogue.importreport import (
    CatalogueImportError,
    ImportReport,
)
from familjecenter_desktop.catalogue.ptv import store
from familjecenter_desktop.catalogue.ptv.channels import normalise_channel
from familjecenter_desktop.catalogue.ptv.channels import (
    service_refs as channel_services,
)
from familjecenter_desktop.catalogue.ptv.fields import clean
from familjecenter_desktop.catalogue.ptv.organisations import normalise_organisation
from familjecenter_desktop.catalogue.ptv.reader import RawRecord, read_all
from familjecenter_desktop.catalogue.ptv.services import (
    channel_refs,
    normalise_service,
    ontology_labels,
    organisation_refs,
)
from familjecenter_desktop.core.timeutil import utcnow
from familjecenter_desktop.db.models import (
    Channel,
    ImportRun,
    Organisation,
    Service,
    ServiceChannelLink,
    SourceRecord,
)

log = logging.getLogger(__name__)

ORDER = ("organisation", "channel", "service")
PUBLISHED = {None, "published"}


@dataclass
class _Batch:
    """The normalised records of one import, by type and PTV id."""

    records: dict[str, dict[str, tuple[RawRecord, dict]]] = field(
        default_factory=lambda: {t: {} for t in ORDER}
    )
    touched: dict[str, set[str]] = field(
        default_factory=lambda: {t: set() for t in ORDER}
    )


def _normalise(
    raw: RawRecord, resolver: CodeResolver, batch: _Batch, report: ImportReport
) -> None:
    status = clean(raw.data.get("publishingStatus"), "publishingStatus")
    if status and status.lower() not in PUBLISHED:
        report.skip(raw.record_type, raw.file, raw.label, f"publishing status {status}")
        return
    if raw.record_type == "service":
        normalised = normalise_service(raw, resolver)
    elif raw.record_type == "channel":
        normalised = normalise_channel(raw)
    else:
        normalised = normalise_organisation(raw)
    seen = batch.records[raw.record_type]
    previous = seen.get(normalised["source_id"])
    if previous is not None:
        older = (previous[1]["source_modified"] or "") > (
            normalised["source_modified"] or ""
        )
        kept, dropped = (previous, raw) if older else ((raw, normalised), previous[0])
        report.skip(
            raw.record_type,
            dropped.file,
            normalised["source_id"],
            "the same record appears again; the newer copy is used",
        )
        seen[normalised["source_id"]] = kept
        return
    seen[normalised["source_id"]] = (raw, normalised)


def _write_all(session: Session, batch: _Batch, report: ImportReport) -> None:
    """Insert new records in bulk, update changed ones in place, keep payloads."""
    now = utcnow()
    labels: dict[str, dict[str, str]] = {}
    for record_type in ORDER:
        records = batch.records[record_type]
        rows = store.find_many(session, record_type, records)
        new, changed = [], []
        with session.no_autoflush:
            for source_id, (raw, normalised) in records.items():
                digest = store.content_hash(normalised)
                row = rows.get(source_id)
                if row is not None and row.content_hash == digest:
                    report.count(record_type, "unchanged")
                    continue
                if row is not None and store.is_older(row, normalised):
                    report.skip(
                        record_type,
                        raw.file,
                        source_id,
                        "older than the stored version (modified "
                        f"{normalised['source_modified']})",
                    )
                    continue
                if row is None:
                    report.count(record_type, "added")
                    new.append((normalised, digest))
                else:
                    report.count(record_type, "updated")
                    store.write(session, record_type, row, normalised, digest, now)
                changed.append((source_id, raw))
                if record_type == "service":
                    labels.update(ontology_labels(raw))
                batch.touched[record_type].add(source_id)
        session.flush()
        store.insert_new(session, record_type, new, now)
        store.keep_payloads(session, record_type, changed, now)
    store.add_ontology_labels(session, labels)
    session.flush()


def _ids(session: Session, model, source_ids: Iterable[str]) -> dict[str, int]:
    wanted = list(set(source_ids))
    out: dict[str, int] = {}
    for start in range(0, len(wanted), 900):
        chunk = wanted[start : start + 900]
        out.update(
            session.execute(
                select(model.source_id, model.id).where(
                    model.source_system == store.SOURCE_SYSTEM,
                    model.source_id.in_(chunk),
                )
            ).all()
        )
    return out


def _stored_payloads(session: Session, record_type: str, skip: set[str]) -> dict:
    """Raw records of this type kept from earlier imports, except ``skip``."""
    stored = session.scalars(
        select(SourceRecord.source_id).where(
            SourceRecord.source_system == store.SOURCE_SYSTEM,
            SourceRecord.record_type == record_type,
        )
    ).all()
    others = [sid for sid in stored if sid not in skip]
    kept = store.payloads_many(session, record_type, others)
    return {sid: row.payload for sid, row in kept.items()}


def _link(session: Session, batch: _Batch) -> None:
    """Links of every added or updated record, from both sides' current payloads."""
    if not any(batch.touched.values()):
        return
    services = batch.records["service"]
    channels = batch.records["channel"]
    service_payloads = _stored_payloads(session, "service", set(services))
    channel_payloads = _stored_payloads(session, "channel", set(channels))

    def raw(record_type: str, sid: str, payload: dict) -> RawRecord:
        return RawRecord(record_type, Path("."), None, payload)

    s2c = {sid: set(n["channel_refs"]) for sid, (_, n) in services.items()}
    s2c |= {
        s: set(channel_refs(raw("service", s, p))) for s, p in service_payloads.items()
    }
    c2s = {cid: set(n["service_refs"]) for cid, (_, n) in channels.items()}
    c2s |= {
        c: set(channel_services(raw("channel", c, p)))
        for c, p in channel_payloads.items()
    }
    for cid, sids in c2s.items():
        for sid in sids:
            s2c.setdefault(sid, set()).add(cid)

    service_ids = _ids(session, Service, s2c)
    channel_ids = _ids(session, Channel, {c for cs in s2c.values() for c in cs})
    wanted = {
        (service_ids[s], channel_ids[c])
        for s, cs in s2c.items()
        if s in service_ids
        for c in cs
        if c in channel_ids
    }
    touched_s = {service_ids[s] for s in batch.touched["service"] if s in service_ids}
    touched_c = {channel_ids[c] for c in batch.touched["channel"] if c in channel_ids}
    ptv_channels = set(channel_ids.values())
    existing = {
        (row[0], row[1])
        for row in session.execute(
            select(ServiceChannelLink.service_id, ServiceChannelLink.channel_id)
        )
    }
    for pair in existing:
        involved = pair[0] in touched_s or pair[1] in touched_c
        if involved and pair not in wanted and pair[1] in ptv_channels:
            session.execute(
                ServiceChannelLink.__table__.delete().where(
                    ServiceChannelLink.service_id == pair[0],
                    ServiceChannelLink.channel_id == pair[1],
                )
            )
    for pair in wanted - existing:
        if pair[0] in touched_s or pair[1] in touched_c:
            session.add(ServiceChannelLink(service_id=pair[0], channel_id=pair[1]))

    _link_organisations(session, batch, service_payloads)


def _link_organisations(
    session: Session, batch: _Batch, service_payloads: dict
) -> None:
    org_refs = {
        sid: n["organisation_ref"] for sid, (_, n) in batch.records["service"].items()
    }
    if batch.touched["organisation"]:
        for sid, payload in service_payloads.items():
            org_refs[sid] = organisation_refs(
                RawRecord("service", Path("."), None, payload)
            )[0]
    else:
        org_refs = {s: o for s, o in org_refs.items() if s in batch.touched["service"]}
    channel_orgs = {
        cid: n["organisation_ref"]
        for cid, (_, n) in batch.records["channel"].items()
        if cid in batch.touched["channel"]
    }
    parents = {
        oid: n["parent_ref"]
        for oid, (_, n) in batch.records["organisation"].items()
        if oid in batch.touched["organisation"]
    }
    org_ids = _ids(
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
    for model, refs in ((Service, org_refs), (Channel, channel_orgs)):
        row_ids = _ids(session, model, refs)
        updates = [
            {"id": row_ids[sid], "organisation_id": org_ids[oid]}
            for sid, oid in refs.items()
            if sid in row_ids and oid in org_ids
        ]
        if updates:
            session.execute(update(model), updates)
    for oid, parent in parents.items():
        if oid in org_ids and parent in org_ids and parent != oid:
            session.get(Organisation, org_ids[oid]).parent_id = org_ids[parent]


def _reindex(session: Session, service_ids: set[int]) -> None:
    """Refresh the search entries of the given services (when search is present)."""
    if not service_ids:
        return
    if importlib.util.find_spec("familjecenter_desktop.catalogue.searchindex") is None:
        log.warning("search index missing; %d services not indexed", len(service_ids))
        return
    searchindex = importlib.import_module("familjecenter_desktop.catalogue.searchindex")
    searchindex.reindex(session, sorted(service_ids))


def import_ptv(
    session: Session,
    paths: Iterable[str | Path],
    report: ImportReport | None = None,
    rules: Sequence[mapping.Rule] | None = None,
) -> ImportReport:
    """Import PTV JSON files and folders within the caller's transaction."""
    paths = [Path(p) for p in paths]
    report = report or ImportReport(source=", ".join(str(p) for p in paths))
    ensure_code_lists(session)
    bundle.ensure_bundle_reference_data(session)
    resolver = CodeResolver.from_session(session)

    batch = _Batch()
    for raw in read_all(paths, report):
        _normalise(raw, resolver, batch, report)

    _write_all(session, batch, report)
    _link(session, batch)
    session.flush()

    service_ids = set(_ids(session, Service, batch.touched["service"]).values())
    linked = _ids(session, Channel, batch.touched["channel"]).values()
    linked = list(linked)
    for start in range(0, len(linked), 900):
        service_ids |= set(
            session.scalars(
                select(ServiceChannelLink.service_id).where(
                    ServiceChannelLink.channel_id.in_(linked[start : start + 900])
                )
            )
        )
    mapping.apply_mapping(session, service_ids, rules)
    session.flush()
    _reindex(session, service_ids)
    report.changed_service_ids |= service_ids
    log.info("PTV import: %s", "; ".join(report.lines()[:3]))
    return report


def import_ptv_paths(workspace, paths: Iterable[str | Path]) -> ImportReport:
    """Import in one transaction and keep an ``ImportRun``; failures roll back.

    The bundle mapping is the administrator's override in the config folder,
    else the shipped one.
    """
    paths = [Path(p) for p in paths]
    rules = mapping.load_mapping(workspace.paths.config)
    source = ", ".join(str(p) for p in paths)
    started = utcnow()
    try:
        with workspace.session() as session:
            report = import_ptv(session, paths, ImportReport(source=source), rules)
            run = _run_row(report, source, started, succeeded=True)
            session.add(run)
            session.flush()
            report.run_id = run.id
    except CatalogueImportError:
        with workspace.session() as session:
            session.add(_run_row(ImportReport(), source, started, succeeded=False))
        raise
    return report


def _run_row(report: ImportReport, source: str, started, succeeded: bool) -> ImportRun:
    return ImportRun(
        started_at=started,
        finished_at=utcnow(),
        source=source,
        added=report.total("added"),
        updated=report.total("updated"),
        unchanged=report.total("unchanged"),
        skipped=report.total("skipped"),
        succeeded=succeeded,
    )
