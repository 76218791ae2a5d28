"""Column types: UTC time stamps that come back aware, texts in several languages."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

import pytest
from sqlalchemy import select
from sqlalchemy.exc import StatementError

from familjecenter_desktop.core.timeutil import HELSINKI
from familjecenter_desktop.db.models import ImportRun, Organisation


def test_time_stamp_comes_back_aware_in_utc(workspace):
    """A Helsinki summer time stamp is stored as UTC and read back aware in UTC."""
    moment = datetime(2026, 6, 19, 16, 30, tzinfo=HELSINKI)

    with workspace.session() as session:
        session.add(ImportRun(started_at=moment, source="test"))
    with workspace.session() as session:
        loaded = session.scalars(select(ImportRun)).one()

    assert loaded.started_at == moment
    assert loaded.started_at.utcoffset() == timedelta(0)
    assert loaded.started_at.hour == 13


def test_time_stamp_stored_as_utc_text_in_sqlite(workspace):
    """SQLite holds the UTC wall time, whatever zone the value was given in."""
    moment = datetime(2026, 1, 1, 2, 0, tzinfo=timezone(timedelta(hours=-5)))

    with workspace.session() as session:
        session.add(ImportRun(started_at=moment, source="test"))
    with workspace.engine.connect() as connection:
        raw = connection.exec_driver_sql("SELECT started_at FROM import_run").scalar()

    assert str(raw).startswith("2026-01-01 07:00:00")


def test_naive_time_stamp_is_refused(workspace):
    """A naive datetime is refused with a message, and nothing is written."""
    with (
        pytest.raises(StatementError, match="naive datetime"),
        workspace.session() as session,
    ):
        session.add(ImportRun(started_at=datetime(2026, 1, 1, 12), source="x"))

    with workspace.session() as session:
        assert session.scalars(select(ImportRun)).all() == []


def test_empty_time_stamp_stays_empty(workspace):
    """A missing optional time stamp comes back as None."""
    with workspace.session() as session:
        session.add(ImportRun(started_at=datetime.now(UTC), source="x"))
    with workspace.session() as session:
        loaded = session.scalars(select(ImportRun)).one()

    assert loaded.finished_at is None


def test_local_text_keeps_every_language_and_drops_blanks(workspace):
    """Texts in any language round-trip; empty ones are not stored."""
    name = {"fi": "Perheneuvola", "sv": "Familjerådgivning", "se": "Bearašráđđeaddin"}

    with workspace.session() as session:
        session.add(Organisation(name={**name, "en": ""}))
    with workspace.session() as session:
        loaded = session.scalars(select(Organisation)).one()

    assert loaded.name == name


def test_local_text_none_becomes_empty_mapping(workspace):
    """A text set to None is stored and read back as an empty mapping."""
    with workspace.session() as session:
        session.add(Organisation(name=None))
    with workspace.session() as session:
        loaded = session.scalars(select(Organisation)).one()

    assert loaded.name == {}
