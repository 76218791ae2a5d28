"""Shared fixtures: a fresh workspace in a temporary folder, the real shared data."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

PROJECT = Path(__file__).resolve().parents[1]
SHARED_DATA = PROJECT.parent / "shared" / "data"


@pytest.fixture
def shared_data() -> Path:
    """The real public data beside the project (read-only)."""
    if not SHARED_DATA.exists():
        pytest.fail(f"shared data missing at {SHARED_DATA}")
    return SHARED_DATA


@pytest.fixture
def workspace(tmp_path):
    """An empty, migrated workspace on SQLite, without the demo catalogue."""
    from familjecenter_desktop.workspace import open_workspace

    ws = open_workspace(tmp_path / "data", load_demo=False)
    yield ws
    ws.close()


PG_URL_ENV = "FAMILJECENTER_TEST_PG_URL"
REQUIRE_PG_ENV = "FAMILJECENTER_REQUIRE_PG"


@pytest.fixture
def postgres_url():
    """A fresh, empty PostgreSQL database for one test, dropped afterwards.

    The server comes from ``packaging/test.sh`` (``FAMILJECENTER_TEST_PG_URL``).
    Without one the test is skipped, except in CI where a missing server fails.
    """
    import uuid

    import sqlalchemy as sa
    from sqlalchemy.engine import make_url

    base = os.environ.get(PG_URL_ENV)
    if not base:
        if os.environ.get(REQUIRE_PG_ENV):
            pytest.fail(f"{PG_URL_ENV} is not set but PostgreSQL is required")
        pytest.skip("no PostgreSQL server (run the tests through packaging/test.sh)")

    name = f"fc_test_{uuid.uuid4().hex[:12]}"
    admin = sa.create_engine(base, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(sa.text(f'CREATE DATABASE "{name}"'))
    url = make_url(base).set(database=name).render_as_string(hide_password=False)
    yield url
    with admin.connect() as connection:
        connection.execute(
            sa.text(
                "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                "WHERE datname = :name"
            ),
            {"name": name},
        )
        connection.execute(sa.text(f'DROP DATABASE IF EXISTS "{name}"'))
    admin.dispose()


@pytest.fixture(params=["sqlite", "postgresql"])
def database_url(request, tmp_path):
    """A fresh database URL on each engine the application supports."""
    if request.param == "sqlite":
        return f"sqlite+pysqlite:///{tmp_path / 'engine-test.sqlite3'}"
    return request.getfixturevalue("postgres_url")
