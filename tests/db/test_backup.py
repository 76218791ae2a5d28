"""Backups: online and consistent, encrypted, rotated; restore; integrity at start."""

from __future__ import annotations

import json
import sqlite3

import pytest
from sqlalchemy import func, select

from familjecenter_desktop.db import backup
from familjecenter_desktop.db.models import Organisation
from familjecenter_desktop.referrals import actors
from familjecenter_desktop.workspace import (
    Credentials,
    IntegrityCheckError,
    StorageError,
    open_workspace,
    restore_closed,
)

from .conftest import ADMIN_PASSWORD


def units(workspace) -> set[str]:
    with workspace.session() as session:
        return {o.name["fi"] for o in session.scalars(select(Organisation))}


def add_unit(workspace, name: str) -> None:
    actors.add_unit(workspace, workspace.actor, {"fi": name})


def test_a_backup_is_encrypted_consistent_and_taken_while_writing(encrypted):
    """Taken during an open write, the backup holds what was committed, encrypted."""
    add_unit(encrypted, "Testin neuvola")
    writer = encrypted.sessions()
    writer.add(Organisation(name={"fi": "Kesken"}, kind="unit"))
    writer.flush()  # written, not committed

    made = encrypted.backup_now()
    writer.rollback()
    writer.close()

    assert made.read_bytes()[:16] != b"SQLite format 3\0"
    with pytest.raises(sqlite3.DatabaseError), sqlite3.connect(made) as plain:
        plain.execute("SELECT count(*) FROM sqlite_master").fetchone()
    assert backup.check_file(made, encrypted.key) == []
    copy = backup.connect(made, encrypted.key)
    names = [row[0] for row in copy.execute("SELECT name FROM organisation")]
    copy.close()
    assert names == ['{"fi": "Testin neuvola"}']


def test_automatic_backups_are_rotated(encrypted):
    """After every N saves a backup is made; only the newest few are kept."""
    encrypted.settings.set("backup_every_saves", 2)
    encrypted.settings.set("backups_keep", 3)

    for number in range(10):
        add_unit(encrypted, f"Yksikkö {number}")

    kept = encrypted.backups()
    assert [b.reason for b in kept] == ["saves"] * 3
    newest = backup.connect(kept[0].path, encrypted.key)
    count = newest.execute("SELECT count(*) FROM organisation").fetchone()[0]
    newest.close()
    assert count == 10


def test_restore_brings_back_the_backup_and_keeps_what_was_there(encrypted):
    """A restore puts the chosen backup in place; the data before it is backed up."""
    add_unit(encrypted, "Ennen")
    chosen = encrypted.backup_now()
    add_unit(encrypted, "Jälkeen")

    safety = encrypted.restore(chosen)

    assert units(encrypted) == {"Ennen"}
    copy = backup.connect(safety, encrypted.key)
    kept = {
        json.loads(r[0])["fi"] for r in copy.execute("SELECT name FROM organisation")
    }
    copy.close()
    assert kept == {"Ennen", "Jälkeen"}
    add_unit(encrypted, "Restoren jälkeen")
    assert units(encrypted) == {"Ennen", "Restoren jälkeen"}


def test_a_damaged_backup_is_refused_and_nothing_is_restored(encrypted):
    """A truncated backup is named; the current data stays as it was."""
    add_unit(encrypted, "Nykyinen")
    chosen = encrypted.backup_now()
    chosen.write_bytes(chosen.read_bytes()[:3000])

    with pytest.raises(StorageError, match=chosen.name):
        encrypted.restore(chosen)

    assert units(encrypted) == {"Nykyinen"}


def damage_last_page(database) -> None:
    data = bytearray(database.read_bytes())
    page = 4096
    start = len(data) - page + 100
    data[start : start + 64] = bytes(64)
    database.write_bytes(bytes(data))


def test_a_damaged_store_fails_the_start_check_and_has_ways_out(encrypted):
    """The check at start fails; read-only opens; restoring a backup repairs it."""
    data = encrypted.paths.data
    for number in range(30):
        add_unit(encrypted, f"Yksikkö {number}")
    good = encrypted.backup_now()
    encrypted.close()
    damage_last_page(data / "familjecenter.sqlite3")
    who = Credentials("admin", ADMIN_PASSWORD)

    with pytest.raises(IntegrityCheckError, match="integrity check"):
        open_workspace(data, load_demo=False, credentials=who)
    looking = open_workspace(data, load_demo=False, credentials=who, read_only=True)
    looking.close()
    damaged = restore_closed(data, who, good)
    repaired = open_workspace(data, load_demo=False, credentials=who)
    count = len(units(repaired))
    repaired.close()

    assert looking.read_only and looking.notices
    assert damaged.exists() and "damaged" in damaged.name
    assert count == 30


def test_the_schema_upgrade_backup_uses_the_same_key(encrypted):
    """The backup before a schema change is an encrypted online backup too."""
    from familjecenter_desktop.db import migrate

    with encrypted.engine.begin() as connection:
        connection.exec_driver_sql("UPDATE alembic_version SET version_num = 'older'")
    made = migrate.backup_file(
        encrypted.engine,
        encrypted.database_file,
        encrypted.paths.backups,
        "older",
        encrypted.key,
    )

    assert "before-upgrade-older" in made.name
    assert made.read_bytes()[:16] != b"SQLite format 3\0"
    assert backup.check_file(made, encrypted.key) == []


def test_a_plain_store_counts_no_saves_for_backups(workspace):
    """Tests' plain stores make no automatic backups (nothing in backups/)."""
    with workspace.session() as session:
        assert session.scalar(select(func.count(Organisation.id))) == 0
    assert workspace.backups() == []
