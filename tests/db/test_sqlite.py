"""SQLite settings: WAL journal and enforced foreign keys on every connection."""

from __future__ import annotations

from datetime import time

import pytest
from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError

from familjecenter_desktop.db.engine import make_engine, redacted, sqlite_url
from familjecenter_desktop.db.models import Channel, OpeningHours, OpeningInterval


def test_pragmas_on_every_connection(tmp_path):
    """Each new connection has foreign keys on and the WAL journal."""
    engine = make_engine(sqlite_url(tmp_path / "pragmas.sqlite3"))

    with engine.connect() as first, engine.connect() as second:
        results = [
            (
                c.exec_driver_sql("PRAGMA foreign_keys").scalar(),
                c.exec_driver_sql("PRAGMA journal_mode").scalar(),
            )
            for c in (first, second)
        ]
    engine.dispose()

    assert results == [(1, "wal"), (1, "wal")]


def test_foreign_key_is_enforced(workspace):
    """Opening hours for a channel that does not exist are refused."""
    with (
        pytest.raises(IntegrityError, match="(?i)foreign key"),
        workspace.session() as session,
    ):
        session.add(OpeningHours(channel_id=999_999))

    with workspace.session() as session:
        assert session.scalar(select(func.count(OpeningHours.id))) == 0


def test_deleting_a_channel_cascades_in_the_database(workspace):
    """Deleting a channel row directly also removes its hours and intervals."""
    with workspace.session() as session:
        channel = Channel(kind="location", name={"fi": "Neuvola"})
        hours = OpeningHours(channel=channel)
        hours.intervals.append(
            OpeningInterval(weekday=0, opens=time(8), closes=time(16))
        )
        session.add(channel)
    with workspace.engine.begin() as connection:
        connection.exec_driver_sql("DELETE FROM channel")

    with workspace.session() as session:
        left = (
            session.scalar(select(func.count(OpeningHours.id))),
            session.scalar(select(func.count(OpeningInterval.id))),
        )

    assert left == (0, 0)


def test_redacted_url_hides_the_password():
    """A server URL in a log or message never shows its password."""
    url = "postgresql://nurse:secret@db.invalid/familjecenter"

    shown = redacted(url)

    assert "secret" not in shown
    assert "nurse" in shown
