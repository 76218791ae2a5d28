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


# Test folders whose storage and service tests run on SQLite and on PostgreSQL:
# there the ``workspace`` fixture is given once per engine. Elsewhere (the window,
# the sheets) it is SQLite; a test there may ask for ``database_url`` instead.
BOTH_ENGINES = ("catalogue", "referrals", "reliability", "db")


def pytest_generate_tests(metafunc):
    """Run workspace tests in the storage folders on both engines."""
    if "workspace_engine" not in metafunc.fixturenames:
        return
    folder = Path(str(metafunc.definition.path)).relative_to(PROJECT / "tests")
    if folder.parts[0] not in BOTH_ENGINES:
        return
    if metafunc.definition.get_closest_marker("sqlite_only"):
        return
    metafunc.parametrize(
        "workspace_engine", ["sqlite", "postgresql"], indirect=True, scope="function"
    )


@pytest.fixture
def workspace_engine(request) -> str:
    """The engine of the ``workspace`` fixture: sqlite unless parametrised."""
    return getattr(request, "param", "sqlite")


@pytest.fixture
def workspace(tmp_path, workspace_engine, request):
    """An empty, migrated workspace without the demo catalogue.

    SQLite in the data folder, or (in the storage folders, second run) a fresh
    PostgreSQL database on the test server.
    """
    from familjecenter_desktop.workspace import open_workspace

    url = None
    if workspace_engine == "postgresql":
        url = request.getfixturevalue("postgres_url")
    ws = open_workspace(tmp_path / "data", database_url=url, load_demo=False)
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
