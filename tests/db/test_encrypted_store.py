"""The encrypted store: made on a first start, opened only with a password."""

from __future__ import annotations

import hashlib
import sqlite3
import subprocess
import sys

import pytest
from sqlalchemy import func, select

from familjecenter_desktop.catalogue.search import SearchRequest, search
from familjecenter_desktop.db.models import StaffUser
from familjecenter_desktop.referrals import accounts
from familjecenter_desktop.workspace import (
    ENCRYPTED,
    NEW,
    PLAIN,
    Credentials,
    StorageError,
    WorkspaceLockedError,
    open_workspace,
    store_state,
)

from .conftest import ADMIN_PASSWORD


def digest(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_a_first_start_makes_an_encrypted_store_that_sqlite_cannot_read(encrypted):
    """The file has no SQLite header; plain SQLite refuses it; the admin exists."""
    database = encrypted.database_file
    encrypted.close()

    assert database.read_bytes()[:16] != b"SQLite format 3\0"
    with pytest.raises(sqlite3.DatabaseError), sqlite3.connect(database) as plain:
        plain.execute("SELECT count(*) FROM sqlite_master").fetchone()
    assert store_state(database.parent) == ENCRYPTED
    assert encrypted.actor.username == "admin"


def test_the_store_opens_with_the_password_and_search_uses_fts5(tmp_path):
    """Reopened with the password, the demo catalogue is searchable (FTS5 trigram)."""
    from familjecenter_desktop.workspace import NewAdmin

    data = tmp_path / "data"
    first = open_workspace(data, first_admin=NewAdmin("admin", "Testi", ADMIN_PASSWORD))
    first.close()

    again = open_workspace(data, credentials=Credentials("admin", ADMIN_PASSWORD))
    with again.session() as session:
        hits = search(session, SearchRequest("neuvola"))
        trigram = (
            session.connection()
            .exec_driver_sql("SELECT sql FROM sqlite_master WHERE sql LIKE '%fts5%'")
            .all()
        )
    again.close()

    assert again.encrypted and again.actor.username == "admin"
    assert len(hits) > 0
    assert trigram, "the FTS5 table exists in the encrypted store"


def test_without_or_with_wrong_credentials_nothing_opens_and_nothing_changes(
    encrypted,
):
    """No password: a message naming the folder; wrong: refused, files unchanged."""
    data = encrypted.paths.data
    encrypted.close()
    before = {p.name: digest(p) for p in data.iterdir() if p.is_file()}

    with pytest.raises(WorkspaceLockedError, match="encrypted"):
        open_workspace(data, load_demo=False)
    with pytest.raises(WorkspaceLockedError, match="Wrong user name or password"):
        open_workspace(
            data, load_demo=False, credentials=Credentials("admin", "vaara-salasana")
        )
    with pytest.raises(WorkspaceLockedError, match="Wrong user name or password"):
        open_workspace(
            data, load_demo=False, credentials=Credentials("nobody", ADMIN_PASSWORD)
        )

    after = {p.name: digest(p) for p in data.iterdir() if p.is_file()}
    assert after == before


def test_accounts_keep_the_key_ring_in_step(encrypted):
    """A new user can open the store; a changed password re-wraps; closing removes."""
    data = encrypted.paths.data
    admin = encrypted.actor
    row = accounts.create_user(
        encrypted, admin, "nurse", "Testi Hoitaja", "coordinator", None, "hoitaja-12345"
    )
    nurse = accounts.authenticate(encrypted, "nurse", "hoitaja-12345")
    accounts.change_password(encrypted, nurse, "hoitaja-12345", "uusi-salasana-9")
    encrypted.close()

    opened = open_workspace(
        data, load_demo=False, credentials=Credentials("nurse", "uusi-salasana-9")
    )
    assert opened.actor.username == "nurse"
    accounts.set_active(opened, admin, row.id, False)
    opened.close()
    with pytest.raises(WorkspaceLockedError):
        open_workspace(
            data, load_demo=False, credentials=Credentials("nurse", "hoitaja-12345")
        )
    with pytest.raises(WorkspaceLockedError):
        open_workspace(
            data, load_demo=False, credentials=Credentials("nurse", "uusi-salasana-9")
        )
    admin_again = open_workspace(
        data, load_demo=False, credentials=Credentials("admin", ADMIN_PASSWORD)
    )
    admin_again.close()
    assert opened.keyring.usernames() == ["admin"]


def test_a_plain_store_is_used_only_where_no_key_ring_exists(tmp_path):
    """Without a key ring and without asking, the store is plain (tests, tools)."""
    data = tmp_path / "data"
    assert store_state(data) == NEW
    ws = open_workspace(data, load_demo=False)
    ws.close()

    assert not ws.encrypted
    assert store_state(data) == PLAIN
    assert not (data / "keyring.json").exists()


def test_an_encrypted_store_without_its_key_ring_is_named(encrypted):
    """Losing keyring.json gives a message saying what is missing, not a crash."""
    data = encrypted.paths.data
    encrypted.close()
    (data / "keyring.json").rename(data / "keyring.json.lost")

    with pytest.raises(StorageError, match="key ring"):
        open_workspace(data, load_demo=False)


def run_cli(*args, env_extra=None, tmp_path):
    import os

    env = dict(os.environ, **(env_extra or {}))
    return subprocess.run(
        [sys.executable, "-m", "familjecenter_desktop.cli", *args],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        cwd=tmp_path,
    )


def test_the_command_line_creates_and_opens_an_encrypted_store(tmp_path):
    """users create-admin makes it encrypted; commands open it with --user."""
    data = str(tmp_path / "data")
    weak = run_cli(
        "--data-dir", data, "users", "create-admin", "--username", "admin",
        "--name", "Testi", env_extra={"FAMILJECENTER_NEW_PASSWORD": "short"},
        tmp_path=tmp_path,
    )  # fmt: skip
    assert weak.returncode == 1
    assert store_state(data) == NEW, "a refused administrator leaves no store"

    made = run_cli(
        "--data-dir", data, "users", "create-admin", "--username", "admin",
        "--name", "Testi", env_extra={"FAMILJECENTER_NEW_PASSWORD": ADMIN_PASSWORD},
        tmp_path=tmp_path,
    )  # fmt: skip
    locked = run_cli("--data-dir", data, "search", "neuvola", tmp_path=tmp_path)
    found = run_cli(
        "--data-dir", data, "--user", "admin", "search", "neuvola",
        env_extra={"FAMILJECENTER_PASSWORD": ADMIN_PASSWORD}, tmp_path=tmp_path,
    )  # fmt: skip
    listed = run_cli(
        "--data-dir", data, "users", "list", "--user", "admin",
        env_extra={"FAMILJECENTER_PASSWORD": ADMIN_PASSWORD}, tmp_path=tmp_path,
    )  # fmt: skip

    assert made.returncode == 0, made.stderr
    assert store_state(data) == ENCRYPTED
    assert locked.returncode == 2 and "--user" in locked.stderr
    assert found.returncode == 0 and "neuvola" in found.stdout.lower()
    assert listed.returncode == 0 and "admin" in listed.stdout


def test_a_database_on_a_network_drive_uses_the_rollback_journal(tmp_path, monkeypatch):
    """With the data folder on NFS (per the mount table) WAL is refused, and said."""
    data = tmp_path / "data"
    data.mkdir()
    table = tmp_path / "mounts"
    table.write_text(f"/dev/sda1 / ext4 rw 0 0\nsrv:/x {data} nfs4 rw 0 0\n")
    monkeypatch.setattr("familjecenter_desktop.core.filesystem.MOUNTS", table)

    ws = open_workspace(data, load_demo=False)
    with ws.engine.connect() as connection:
        mode = connection.exec_driver_sql("PRAGMA journal_mode").scalar()
    with ws.session() as session:
        users = session.scalar(select(func.count(StaffUser.id)))
    ws.close()

    assert mode == "delete"
    assert users == 0
    assert [n.values for n in ws.notices] == [{"fstype": "nfs4"}]
    assert "network drive" in str(ws.notices[0])


def plain_store_with_staff(data):
    """A plain store from before encryption: admin, a nurse, a unit, a backup."""
    from familjecenter_desktop.referrals import actors

    ws = open_workspace(data, load_demo=False)
    admin = accounts.create_first_admin(ws, "admin", "Testi", ADMIN_PASSWORD)
    actors.add_unit(ws, admin, {"fi": "Testin neuvola"})
    accounts.create_user(
        ws, admin, "coord", "Testi Koordinaattori", "coordinator", None, "koordi-12345"
    )
    ws.backup_now()
    ws.close()
    return admin


def test_an_administrator_login_encrypts_a_plain_store_in_place(tmp_path):
    """Data, accounts and the old backups are kept, now encrypted; others get wraps."""
    from familjecenter_desktop.db.backup import list_backups
    from familjecenter_desktop.referrals import actors

    data = tmp_path / "data"
    plain_store_with_staff(data)
    assert store_state(data) == PLAIN

    ws = open_workspace(
        data,
        load_demo=False,
        credentials=Credentials("admin", ADMIN_PASSWORD),
        encrypt_existing=True,
    )
    units = [u.name for u in actors.list_units(ws)]
    accounts.authenticate(ws, "coord", "koordi-12345")  # first login: gets a wrap
    ws.close()

    assert ws.encrypted and ws.actor.username == "admin"
    assert store_state(data) == ENCRYPTED
    assert (data / "familjecenter.sqlite3").read_bytes()[:16] != b"SQLite format 3\0"
    assert units == ["Testin neuvola"]
    old = list_backups(data / "backups")
    assert old and all(b.path.read_bytes()[:6] != b"SQLite" for b in old)
    again = open_workspace(
        data, load_demo=False, credentials=Credentials("coord", "koordi-12345")
    )
    again.close()
    assert again.actor.username == "coord"


def test_only_an_administrator_encrypts_and_a_refusal_changes_nothing(tmp_path):
    """A coordinator's login on a plain store is refused; the store stays as it was."""
    data = tmp_path / "data"
    plain_store_with_staff(data)
    before = digest(data / "familjecenter.sqlite3")

    with pytest.raises(WorkspaceLockedError, match="administrator"):
        open_workspace(
            data,
            load_demo=False,
            credentials=Credentials("coord", "koordi-12345"),
            encrypt_existing=True,
        )

    assert store_state(data) == PLAIN
    assert digest(data / "familjecenter.sqlite3") == before
    assert not (data / "keyring.json").exists()


def test_a_plain_store_without_administrator_gets_one_and_is_encrypted(tmp_path):
    """A store made by a command (no accounts yet): the first admin encrypts it."""
    from familjecenter_desktop.workspace import NewAdmin, plain_store_has_admin

    data = tmp_path / "data"
    open_workspace(data, load_demo=False).close()
    assert not plain_store_has_admin(data)

    ws = open_workspace(
        data,
        load_demo=False,
        first_admin=NewAdmin("admin", "Testi", ADMIN_PASSWORD),
        encrypt_existing=True,
    )
    ws.close()

    assert ws.encrypted and store_state(data) == ENCRYPTED
    reopened = open_workspace(
        data, load_demo=False, credentials=Credentials("admin", ADMIN_PASSWORD)
    )
    reopened.close()
