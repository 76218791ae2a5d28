"""One PTV import's records in batches: normalised, de-duplicated, written.

Records stream through in batches of ``BATCH_SIZE``, so memory does not grow
with the number of records read. Across batches the import keeps, per record,
only what it needs later: its modification time, file and outcome (to settle a
copy of it that comes in a later batch) and its references (for the links,
which are made once every record is written; see ``links``).

A copy of a record settles as in one batch: the newer copy is used and the
other is reported skipped. When the newer copy comes in a later batch, the
older one's outcome is taken back and the newer one is written over it.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy.orm import Session

from familjecenter_desktop.catalogue.codelists import CodeResolver
from familjecenter_desktop.catalogue.importreport import ImportReport
from familjecenter_desktop.catalogue.ptv import store
from familjecenter_desktop.catalogue.ptv.channels import normalise_channel
from familjecenter_desktop.catalogue.ptv.fields import clean
from familjecenter_desktop.catalogue.ptv.organisations import normalise_organisation
from familjecenter_desktop.catalogue.ptv.reader import RawRecord
from familjecenter_desktop.catalogue.ptv.services import (
    normalise_service,
    ontology_labels,
)

log = logging.getLogger(__name__)

ORDER = ("organisation", "channel", "service")
PUBLISHED = {None, "published"}
BATCH_SIZE = 1000
DUPLICATE = "the same record appears again; the newer copy is used"
OLDER = "older than the stored version"


@dataclass(slots=True)
class Seen:
    """A record already settled in an earlier batch of this import."""

    modified: str | None
    file: str
    outcome: str


@dataclass
class Refs:
    """What the links need of every record in the import, by PTV id."""

    # Services: their channels and organisation; channels: their services and
    # organisation; organisations: their parent.
    service_channels: dict[str, tuple[str, ...]] = field(default_factory=dict)
    service_org: dict[str, str | None] = field(default_factory=dict)
    channel_services: dict[str, tuple[str, ...]] = field(default_factory=dict)
    channel_org: dict[str, str | None] = field(default_factory=dict)
    parents: dict[str, str | None] = field(default_factory=dict)
    touched: dict[str, set[str]] = field(
        default_factory=lambda: {t: set() for t in ORDER}
    )
    # One string object per id, shared by every reference to it.
    _ids: dict[str, str] = field(default_factory=dict)

    def shared(self, ids) -> tuple[str, ...]:
        return tuple(self._ids.setdefault(i, i) for i in ids)


class ImportBatches:
    """Takes records one by one and writes them a batch at a time."""

    def __init__(
        self,
        session: Session,
        resolver: CodeResolver,
        report: ImportReport,
        now: datetime,
    ) -> None:
        self.session = session
        self.resolver = resolver
        self.report = report
        self.now = now
        self.refs = Refs()
        self.seen: dict[str, dict[str, Seen]] = {t: {} for t in ORDER}
        self._pending: dict[str, dict[str, tuple[RawRecord, dict]]] = {
            t: {} for t in ORDER
        }
        self._redo: dict[str, dict[str, str]] = {t: {} for t in ORDER}
        self._size = 0

    def add(self, raw: RawRecord) -> None:
        """Normalise one record (a fatal problem raises); write when a batch is full."""
        self._normalise(raw)
        if self._size >= BATCH_SIZE:
            self.flush()

    def flush(self) -> None:
        """Write the records taken since the last batch."""
        if not self._size:
            return
        labels: dict[str, dict[str, str]] = {}
        for record_type in ORDER:
            self._write(record_type, labels)
        store.add_ontology_labels(self.session, labels)
        self.session.flush()
        self._pending = {t: {} for t in ORDER}
        self._size = 0

    # -- normalising --------------------------------------------------------

    def _normalise(self, raw: RawRecord) -> None:
        report = self.report
        status = clean(raw.data.get("publishingStatus"), "publishingStatus")
        if status and status.lower() not in PUBLISHED:
            report.skip(
                raw.record_type, raw.file, raw.label, f"publishing status {status}"
            )
            return
        if raw.record_type == "service":
            normalised = normalise_service(raw, self.resolver)
        elif raw.record_type == "channel":
            normalised = normalise_channel(raw)
        else:
            normalised = normalise_organisation(raw)
        source_id = normalised["source_id"]
        pending = self._pending[raw.record_type]
        previous = pending.get(source_id)
        if previous is not None:
            older = (previous[1]["source_modified"] or "") > (
                normalised["source_modified"] or ""
            )
            kept, dropped = (
                (previous, raw) if older else ((raw, normalised), previous[0])
            )
            report.skip(raw.record_type, dropped.file, source_id, DUPLICATE)
            pending[source_id] = kept
            return
        settled = self.seen[raw.record_type].get(source_id)
        if settled is not None:
            if (settled.modified or "") > (normalised["source_modified"] or ""):
                report.skip(raw.record_type, raw.file, source_id, DUPLICATE)
                return
            report.skip(raw.record_type, settled.file, source_id, DUPLICATE)
            self._take_back(raw.record_type, source_id, settled)
        pending[source_id] = (raw, normalised)
        self._size += 1

    def _take_back(self, record_type: str, source_id: str, settled: Seen) -> None:
        """Undo the counts of a copy written in an earlier batch (a newer one came)."""
        counts = self.report.counts[record_type]
        counts[settled.outcome] -= 1
        if settled.outcome == "skipped":
            for position, skip in enumerate(self.report.skips):
                if skip.record == source_id and skip.reason.startswith(OLDER):
                    del self.report.skips[position]
                    break
        self._redo[record_type][source_id] = settled.outcome

    # -- writing ------------------------------------------------------------

    def _write(self, record_type: str, labels: dict) -> None:
        """Insert new records in bulk, update changed ones in place, keep payloads."""
        records = self._pending[record_type]
        if not records:
            return
        session, report, now = self.session, self.report, self.now
        redo = self._redo[record_type]
        states = store.find_states(session, record_type, records)
        new, changed, updates = [], [], []
        for source_id, (raw, normalised) in records.items():
            self._remember(record_type, source_id, normalised)
            digest = store.content_hash(normalised)
            state = states.get(source_id)
            earlier = redo.pop(source_id, None)
            if state is not None and state.content_hash == digest:
                outcome = earlier if earlier in ("added", "updated") else "unchanged"
            elif (
                state is not None
                and earlier not in ("added", "updated")
                and store.is_older(state, normalised)
            ):
                report.skip(
                    record_type,
                    raw.file,
                    source_id,
                    f"{OLDER} (modified {normalised['source_modified']})",
                )
                self._settle(record_type, source_id, normalised, raw, "skipped")
                continue
            else:
                if state is None:
                    outcome = "added"
                    new.append((normalised, digest))
                else:
                    outcome = earlier if earlier == "added" else "updated"
                    updates.append((source_id, normalised, digest))
                changed.append((source_id, raw))
                if record_type == "service":
                    labels.update(ontology_labels(raw))
                self.refs.touched[record_type].add(self.refs.shared([source_id])[0])
            report.count(record_type, outcome)
            self._settle(record_type, source_id, normalised, raw, outcome)
        if updates:
            store.update_rows(session, record_type, updates, now)
        store.insert_new(session, record_type, new, now)
        store.keep_payloads(session, record_type, changed, now)

    def _settle(
        self, record_type: str, source_id: str, normalised: dict, raw, outcome: str
    ) -> None:
        (source_id,) = self.refs.shared([source_id])
        self.seen[record_type][source_id] = Seen(
            normalised["source_modified"], str(raw.file), outcome
        )

    def _remember(self, record_type: str, source_id: str, normalised: dict) -> None:
        refs = self.refs
        (source_id,) = refs.shared([source_id])
        if record_type == "service":
            refs.service_channels[source_id] = refs.shared(normalised["channel_refs"])
            refs.service_org[source_id] = _one(refs, normalised["organisation_ref"])
        elif record_type == "channel":
            refs.channel_services[source_id] = refs.shared(normalised["service_refs"])
            refs.channel_org[source_id] = _one(refs, normalised["organisation_ref"])
        else:
            refs.parents[source_id] = _one(refs, normalised["parent_ref"])


def _one(refs: Refs, ident: str | None) -> str | None:
    return refs.shared([ident])[0] if ident else None
