"""The catalogue snapshot a field kit carries: every catalogue table, keys kept.

Keys stay as they are at the site, so a referral's receiver and sender unit mean
the same row on the laptop and back at the site. The raw import records and the
import history stay at the site; the search documents travel, and the laptop's
search index is built from them.
"""

from __future__ import annotations

import logging

from sqlalchemy import Table, delete, func, select
from sqlalchemy.orm import Session

from familjecenter_desktop.catalogue.searchindex import ensure_fts
from familjecenter_desktop.db.base import Base
from familjecenter_desktop.db.models import Referral, Service, StaffUser
from familjecenter_desktop.fieldkit.rows import (
    dump_table,
    insert_rows,
    reset_sequences,
    rows_as_dicts,
)

log = logging.getLogger(__name__)

CATALOGUE_TABLES = (
    "organisation",
    "bundle_category",
    "family_task",
    "code_label",
    "service",
    "service_classification",
    "service_category",
    "service_task",
    "channel",
    "service_channel",
    "address",
    "contact_point",
    "opening_hours",
    "opening_interval",
    "search_document",
)


def catalogue_tables() -> list[Table]:
    """The catalogue tables in an order where every row's references come first."""
    wanted = set(CATALOGUE_TABLES)
    return [t for t in Base.metadata.sorted_tables if t.name in wanted]


def dump_catalogue(session: Session) -> dict[str, dict]:
    """Every catalogue table's rows."""
    dumped = {t.name: dump_table(session, t) for t in catalogue_tables()}
    log.info("catalogue snapshot: %d services", len(dumped["service"]["rows"]))
    return dumped


def holds_data(session: Session) -> bool:
    """Whether the database already holds services, accounts or referrals."""
    return any(
        session.scalar(select(func.count()).select_from(model)) > 0
        for model in (Service, StaffUser, Referral)
    )


def load_catalogue(session: Session, dumped: dict[str, dict]) -> int:
    """Replace the (empty) catalogue with the snapshot; return the service count."""
    tables = catalogue_tables()
    for table in reversed(tables):
        session.execute(delete(table))
    counts = {}
    for table in tables:
        if table.name in dumped:
            rows = rows_as_dicts(table, dumped[table.name])
            counts[table.name] = insert_rows(session, table, rows)
    reset_sequences(session, tables)
    ensure_fts(session)
    log.info("catalogue snapshot loaded: %d services", counts.get("service", 0))
    return counts.get("service", 0)
