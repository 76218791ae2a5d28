"""Migrations: a fresh database reaches head; an older one with data is backed up.

Every real revision is treated as "older": the tests run on a copy of the
migration scripts with one extra, empty revision after the real head, so the
upgrade path from each revision (0001 today, and every later one as helpers add
them) is exercised on a database that holds data.
"""

from __future__ import annotations

import shutil
import sqlite3
from datetime import date, datetime
from pathlib import Path

import pytest
import sqlalchemy as sa
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory

from familjecenter_desktop.db import migrate
from familjecenter_desktop.db.base import Base
from familjecenter_desktop.db.engine import make_engine, sqlite_url
from familjecenter_desktop.workspace import open_workspace

PROBE = "zz_upgrade_probe"
PROBE_SCRIPT = f'''"""An empty revision after the real head, for upgrade tests."""

revision = "{PROBE}"
down_revision = "{{head}}"
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
'''

REVISIONS = [
    script.revision
    for script in ScriptDirectory.from_config(migrate.alembic_config()).walk_revisions()
]


@pytest.fixture
def probe_migrations(tmp_path, monkeypatch) -> Path:
    """A copy of the migrations with an empty revision after head, put in use."""
    copy = tmp_path / "migrations"
    shutil.copytree(
        migrate.MIGRATIONS, copy, ignore=shutil.ignore_patterns("__pycache__")
    )
    script = PROBE_SCRIPT.replace("{head}", migrate.head_revision())
    (copy / "versions" / f"{PROBE}.py").write_text(script, encoding="utf-8")
    monkeypatch.setattr(migrate, "MIGRATIONS", copy)
    return copy


def add_rows(engine: sa.Engine) -> int:
    """Put an organisation and a service into the schema as it is, return the count.

    The tables are read from the database, so this works at any revision: every
    required column without a default gets a plain value of its type.
    """
    metadata = sa.MetaData()
    metadata.reflect(engine, only=["organisation", "service"])
    with engine.begin() as connection:
        for name in ("organisation", "service"):
            table = metadata.tables[name]
            connection.execute(table.insert().values(**required_values(table)))
        return connection.execute(sa.text("SELECT count(*) FROM service")).scalar_one()


def required_values(table: sa.Table) -> dict[str, object]:
    """Values for the columns that must be given, plus a recognisable name."""
    plain = {
        str: "x",
        int: 0,
        float: 0.0,
        bool: False,
        dict: {},
        list: [],
        date: date(2026, 1, 1),
        datetime: datetime(2026, 1, 1),
    }
    values: dict[str, object] = {}
    for column in table.columns:
        if column.nullable or column.primary_key or column.server_default is not None:
            continue
        try:
            kind = column.type.python_type
        except NotImplementedError:
            kind = dict
        values[column.name] = plain.get(kind, "x")
    if "name" in table.columns:
        values["name"] = {"fi": "Vanha rivi"}
    return values


def test_fresh_database_reaches_head(tmp_path):
    """Upgrading an empty file reaches head, matches the models and makes no backup."""
    database = tmp_path / "fresh.sqlite3"
    backups = tmp_path / "backups"
    engine = make_engine(sqlite_url(database))

    changed = migrate.upgrade(engine, database, backups)

    assert changed
    assert migrate.current_revision(engine) == migrate.head_revision()
    with engine.connect() as connection:
        differences = compare_metadata(
            MigrationContext.configure(connection), Base.metadata
        )
    assert differences == []
    assert not backups.exists() or list(backups.iterdir()) == []
    engine.dispose()


def test_upgrade_at_head_does_nothing(tmp_path):
    """A second upgrade of a database at head changes nothing and copies nothing."""
    database = tmp_path / "current.sqlite3"
    backups = tmp_path / "backups"
    engine = make_engine(sqlite_url(database))
    migrate.upgrade(engine, database, backups)

    changed = migrate.upgrade(engine, database, backups)

    assert not changed
    assert not backups.exists() or list(backups.iterdir()) == []
    engine.dispose()


@pytest.mark.parametrize("revision", REVISIONS)
def test_upgrade_from_each_revision_backs_up_first(
    tmp_path, probe_migrations, revision
):
    """A database with data at an older revision is copied aside, then upgraded."""
    database = tmp_path / "old.sqlite3"
    backups = tmp_path / "backups"
    engine = make_engine(sqlite_url(database))
    command.upgrade(migrate.alembic_config(engine), revision)
    rows = add_rows(engine)

    changed = migrate.upgrade(engine, database, backups)

    assert changed
    assert migrate.current_revision(engine) == PROBE
    with engine.connect() as connection:
        kept = connection.execute(sa.text("SELECT count(*) FROM service")).scalar_one()
        differences = compare_metadata(
            MigrationContext.configure(connection), Base.metadata
        )
    engine.dispose()
    assert kept == rows
    assert differences == []

    copies = sorted(p for p in backups.iterdir() if p.suffix == ".sqlite3")
    assert len(copies) == 1
    assert revision in copies[0].name
    with sqlite3.connect(copies[0]) as backup:
        version = backup.execute("SELECT version_num FROM alembic_version").fetchone()
        saved = backup.execute("SELECT count(*) FROM service").fetchone()
    assert version == (revision,)
    assert saved == (rows,)


def test_start_up_upgrades_an_older_workspace_with_a_backup(tmp_path, probe_migrations):
    """Start-up copies a database one revision behind into the backups folder first."""
    data_dir = tmp_path / "data"
    real_head = REVISIONS[0]
    first = open_workspace(data_dir, load_demo=False)
    with first.engine.begin() as connection:
        # The probe revision is empty, so the schema is that of the real head.
        connection.execute(
            sa.text("UPDATE alembic_version SET version_num = :old"),
            {"old": real_head},
        )
    rows = add_rows(first.engine)
    first.close()

    second = open_workspace(data_dir, load_demo=False)

    assert migrate.current_revision(second.engine) == PROBE
    second.close()
    copies = [p for p in (data_dir / "backups").iterdir() if p.suffix == ".sqlite3"]
    assert len(copies) == 1
    assert real_head in copies[0].name
    with sqlite3.connect(copies[0]) as backup:
        saved = backup.execute("SELECT count(*) FROM service").fetchone()
    assert saved == (rows,)


def test_upgrading_fills_each_languages_name_order(tmp_path):
    """0006 gives existing search documents the name each UI language sorts by."""
    engine = make_engine(sqlite_url(tmp_path / "old.sqlite3"))
    command.upgrade(migrate.alembic_config(engine), "0005")
    add_rows(engine)
    with engine.begin() as connection:
        connection.execute(
            sa.text("UPDATE service SET name = :name"),
            {"name": '{"fi": "Äitiysneuvola", "sv": "Mödrarådgivning"}'},
        )
        connection.execute(
            sa.text(
                "INSERT INTO search_document (service_id, name, keywords, "
                "organisation, place, body, exact, rank_boost) "
                "SELECT id, 'aitiysneuvola', '', '', '', '', '', 0 FROM service"
            )
        )

    migrate.upgrade(engine, None, None)
    with engine.connect() as connection:
        orders = connection.execute(
            sa.text("SELECT sort_fi, sort_sv, sort_en FROM search_document")
        ).one()
    engine.dispose()

    # Finnish and Swedish sort å, ä and ö after z: they become "{", "|" and "}".
    assert tuple(orders) == ("|itiysneuvola", "m}drar{dgivning", "aitiysneuvola")
