"""Importing PTV Open API JSON into the catalogue, all or nothing.

``import_ptv(session, paths)`` reads the records in batches, normalises them
(any fatal problem raises ``CatalogueImportError``) and writes the new and
changed ones, then links services, channels and organisations, places the
services through the bundle mapping and refreshes their search entries. All of
it happens in the caller's transaction, so a failure part-way leaves nothing.
``import_ptv_paths(workspace, paths)`` does that in one transaction and keeps
an ``ImportRun`` row; a failed import is rolled back and recorded as failed.

Links: see ``links``; batching and duplicates: see ``batches``.
"""

from __future__ import annotations

import importlib
import importlib.util
import logging
from collections.abc import Iterable, Sequence
from pathlib import Path

from sqlalchemy.orm import Session

from familjecenter_desktop.catalogue import bundle, mapping
from familjecenter_desktop.catalogue.codelists import CodeResolver, ensure_code_lists
from familjecenter_desktop.catalogue.importreport import (
    CatalogueImportError,
    ImportReport,
)
from familjecenter_desktop.catalogue.ptv import links
from familjecenter_desktop.catalogue.ptv.batches import ImportBatches
from familjecenter_desktop.catalogue.ptv.reader import iter_records
from familjecenter_desktop.core.timeutil import utcnow
from familjecenter_desktop.db.models import ImportRun

log = logging.getLogger(__name__)


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
    """Import PTV JSON files and folders within the caller's transaction.

    Records are read, normalised and written in batches (``batches``), so a
    large catalogue does not have to fit in memory; a fatal problem in any
    record raises before the caller's transaction commits, so nothing stays.
    """
    paths = [Path(p) for p in paths]
    report = report or ImportReport(source=", ".join(str(p) for p in paths))
    ensure_code_lists(session)
    bundle.ensure_bundle_reference_data(session)
    resolver = CodeResolver.from_session(session)

    batches = ImportBatches(session, resolver, report, utcnow())
    for raw in iter_records(paths, report):
        batches.add(raw)
    batches.flush()
    del batches.seen

    links.link(session, batches.refs)
    session.flush()
    service_ids = links.affected_services(session, batches.refs)
    del batches
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
