"""No file the application writes holds a client's name in clear.

A referral with a known made-up name is written through the real functions,
then updated, exported, backed up and restored, and a failing statement
carrying the name is logged. Every file under the data folder (database, WAL,
shared memory, journal, key ring, backups, exports, logs, settings) and the
temporary folder the application used is then searched for the name, its
identity code and its phone number, in UTF-8 and UTF-16. The same scan of a
plain store finds the name, so the scan itself is shown to work.
"""

from __future__ import annotations

import logging
import tempfile
from pathlib import Path

import pytest
from sqlalchemy import text

from familjecenter_desktop.referrals import audit, records
from familjecenter_desktop.workspace import (
    Credentials,
    NewAdmin,
    backups_of,
    open_workspace,
)

from .conftest import ADMIN_PASSWORD, referral_staff, referral_values

NAME = "Testi Salaisenpoika-Kätkö"
IDENTITY = "010120A987E"
PHONE = "0401234567"
SECRETS = (NAME, NAME.split()[1], IDENTITY)


def needles() -> list[bytes]:
    found = []
    for secret in SECRETS:
        for encoding in ("utf-8", "utf-16-le", "utf-16-be"):
            found.append(secret.encode(encoding))
    return found


def scan(*folders: Path) -> tuple[int, int, list[str]]:
    """(files, bytes, files holding any secret) under the folders."""
    files = size = 0
    hits = []
    wanted = needles()
    for folder in folders:
        for path in sorted(p for p in folder.rglob("*") if p.is_file()):
            content = path.read_bytes()
            files += 1
            size += len(content)
            if any(needle in content for needle in wanted):
                hits.append(str(path.relative_to(folder)))
    return files, size, hits


def use_the_store(ws, exports: Path) -> None:
    """Everything a working day does with the referral."""
    nurse, service_id = referral_staff(ws, ws.actor)
    values = referral_values(service_id, NAME, 1, note=f"Soitettu: {NAME}")
    values.phones = [PHONE]
    view = records.create_referral(ws, nurse, values)
    values.note = f"Päivitetty, {NAME} tavoitettu."
    records.update_referral(ws, nurse, view.id, view.version, values)
    records.get_referral(ws, nurse, view.id)
    records.export_referral(ws, nurse, view.id)
    exports.mkdir()
    audit.family_access_csv(ws, ws.actor, "TT-1", exports / "access-TT-1.csv")
    logger = logging.getLogger("familjecenter_desktop.test")
    try:
        with ws.session() as session:
            session.execute(text("INSERT INTO no_such_table VALUES (:n)"), {"n": NAME})
    except Exception:
        logger.exception("a failing statement (its parameters must not be logged)")
    chosen = ws.backup_now()
    ws.restore(chosen)
    ws.backup_now()
    values.family_ref = "TT-2"
    records.create_referral(ws, nurse, values)  # after the restore: in the WAL


@pytest.fixture
def app_temp(tmp_path, monkeypatch):
    """The temporary folder the application (and SQLite) use during the test."""
    folder = tmp_path / "app-temp"
    folder.mkdir()
    monkeypatch.setenv("TMPDIR", str(folder))
    monkeypatch.setenv("SQLITE_TMPDIR", str(folder))
    monkeypatch.setattr(tempfile, "tempdir", str(folder))
    return folder


def test_no_file_holds_the_name_in_clear(tmp_path, app_temp, capsys):
    """Database, WAL, backups, exports, logs and temp files: no clear text."""
    data = tmp_path / "data"
    ws = open_workspace(
        data,
        load_demo=False,
        first_admin=NewAdmin("admin", "Testi Ylläpitäjä", ADMIN_PASSWORD),
    )
    ws.settings.set("backup_every_saves", 3)
    use_the_store(ws, data / "exports")

    while_open = scan(data, app_temp)
    wal = data / "familjecenter.sqlite3-wal"
    wal_size = wal.stat().st_size if wal.exists() else 0
    ws.close()
    again = open_workspace(data, credentials=Credentials("admin", ADMIN_PASSWORD))
    with again.session() as session:
        stored = session.execute(text("SELECT family_names FROM referral")).scalars()
        names = list(stored)
    again.close()
    closed = scan(data, app_temp)

    with capsys.disabled():
        print(
            f"\nclear-text scan: open {while_open[0]} files {while_open[1]} bytes "
            f"(WAL {wal_size} bytes), closed {closed[0]} files {closed[1]} bytes, "
            f"matches {len(while_open[2]) + len(closed[2])}"
        )
    assert wal_size > 0, "the WAL was part of the scan"
    assert while_open[2] == [] and closed[2] == []
    assert names == [NAME, NAME], "the referrals were really stored"
    kinds = {b.reason for b in backups_of(data)}
    assert {"manual", "saves", "before-restore"} <= kinds


def test_the_scan_finds_the_name_in_a_plain_store(tmp_path, app_temp):
    """The same work on an unencrypted store is found: the scan is not blind."""
    data = tmp_path / "plain"
    ws = open_workspace(data, load_demo=False)
    from familjecenter_desktop.referrals import accounts

    ws.actor = accounts.create_first_admin(ws, "admin", "Testi", ADMIN_PASSWORD)
    use_the_store(ws, data / "exports")
    ws.close()

    _files, _size, hits = scan(data, app_temp)

    assert "familjecenter.sqlite3" in hits
    assert not any(h.startswith(("logs", "exports")) for h in hits)
