"""A full disk or a read-only data folder: a clear message, nothing saved is lost.

The full disk is real where the tests run as root: a 2 MiB tmpfs is mounted on
a folder the test made. Everywhere, SQLite's ``max_page_count`` also fills the
database itself. The read-only folder is a tmpfs remounted read-only (root) or
a folder without write permission (others).
"""

from __future__ import annotations

import os
import subprocess

import pytest
from sqlalchemy import event

from familjecenter_desktop.core.logsetup import configure_logging
from familjecenter_desktop.db.errors import DISK_FULL, READ_ONLY
from familjecenter_desktop.referrals import records
from familjecenter_desktop.referrals.errors import ReferralError
from familjecenter_desktop.workspace import (
    Credentials,
    NewAdmin,
    StorageError,
    open_workspace,
)

from .conftest import ADMIN_PASSWORD, referral_staff, referral_values

WHO = Credentials("admin", ADMIN_PASSWORD)


@pytest.fixture
def small_disk(tmp_path):
    """A 2 MiB tmpfs mounted on a new folder (root only); unmounted afterwards."""
    point = tmp_path / "small-disk"
    point.mkdir()
    done = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=2m", "tmpfs", str(point)],
        capture_output=True,
        text=True,
    )
    if done.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {done.stderr.strip()}")
    yield point
    subprocess.run(["umount", "-l", str(point)], check=False)


def fill_until_refused(workspace, nurse, service_id, limit=20_000):
    """Save referrals until storage refuses; return (confirmed ids, the error)."""
    confirmed = []
    for number in range(1, limit):
        values = referral_values(
            service_id, f"Testi Täyttö {number}", number, note="Muistiinpano. " * 60
        )
        try:
            confirmed.append(records.create_referral(workspace, nurse, values).id)
        except StorageError as exc:
            return confirmed, exc
    raise AssertionError("storage never filled up")


def saved_ids(data, nurse) -> tuple[set[int], list[str]]:
    from familjecenter_desktop.db import backup
    from familjecenter_desktop.db.models import Referral

    again = open_workspace(data, load_demo=False, credentials=WHO, read_only=True)
    with again.session() as session:
        ids = {r.id for r in session.query(Referral)}
    problems = backup.check_engine(again.engine, again.encrypted)
    again.close()
    return ids, problems


def test_a_full_disk_refuses_the_save_and_keeps_every_saved_referral(
    small_disk, capsys
):
    """On a real full file system the save fails with a message; earlier ones stay."""
    data = small_disk / "data"
    ws = open_workspace(
        data, load_demo=False, first_admin=NewAdmin("admin", "Testi", ADMIN_PASSWORD)
    )
    ws.settings.set("backup_every_saves", 0)
    nurse, service_id = referral_staff(ws, ws.actor)

    confirmed, error = fill_until_refused(ws, nurse, service_id)
    ws.close()
    ids, problems = saved_ids(data, nurse)
    with capsys.disabled():
        print(f"\nfull tmpfs: {len(confirmed)} saved, refused, {len(ids)} found")

    assert error.template == DISK_FULL
    assert "disk is full" in str(error) and str(data) in str(error)
    assert isinstance(error, ReferralError), "the referral form shows it"
    assert error.message == str(error)
    assert len(confirmed) > 10
    assert ids == set(confirmed)
    assert problems == []


def test_a_full_database_refuses_the_save_and_keeps_every_saved_referral(encrypted):
    """With max_page_count reached (any user) the same message and nothing lost."""
    ws = encrypted
    nurse, service_id = referral_staff(ws, ws.actor)
    ws.settings.set("backup_every_saves", 0)
    with ws.engine.connect() as connection:
        pages = connection.exec_driver_sql("PRAGMA page_count").scalar()

    def cap(dbapi_connection, _record):
        dbapi_connection.execute(f"PRAGMA max_page_count = {pages + 40}")

    event.listen(ws.engine, "connect", cap)
    ws.engine.dispose()

    confirmed, error = fill_until_refused(ws, nurse, service_id)
    data = ws.paths.data
    ws.close()
    ids, problems = saved_ids(data, nurse)

    assert error.template == DISK_FULL
    assert len(confirmed) > 5
    assert ids == set(confirmed)
    assert problems == []


def make_store_with_referrals(data, count=3):
    ws = open_workspace(
        data, load_demo=False, first_admin=NewAdmin("admin", "Testi", ADMIN_PASSWORD)
    )
    nurse, service_id = referral_staff(ws, ws.actor)
    ids = {
        records.create_referral(
            ws, nurse, referral_values(service_id, f"Testi Luku {n}", n)
        ).id
        for n in range(1, count + 1)
    }
    ws.close()
    return nurse, service_id, ids


def try_to_save(data, nurse, service_id):
    """Open (read-write) and save once; the StorageError raised, if any."""
    try:
        ws = open_workspace(data, load_demo=False, credentials=WHO)
    except StorageError as exc:
        return exc
    try:
        records.create_referral(
            ws, nurse, referral_values(service_id, "Testi Ei Tallennu", 99)
        )
    except StorageError as exc:
        return exc
    finally:
        ws.close()
    return None


def test_a_read_only_file_system_is_named_and_nothing_is_lost(small_disk):
    """A data folder on a file system remounted read-only: a message, data intact."""
    data = small_disk / "data"
    nurse, service_id, ids = make_store_with_referrals(data)
    configure_logging(small_disk.parent / "logs")  # let go of the log file
    subprocess.run(["mount", "-o", "remount,ro", str(small_disk)], check=True)
    try:
        error = try_to_save(data, nurse, service_id)
    finally:
        subprocess.run(["mount", "-o", "remount,rw", str(small_disk)], check=True)
    found, problems = saved_ids(data, nurse)

    assert error is not None and error.template == READ_ONLY
    assert str(data) in str(error)
    assert found == ids and problems == []


@pytest.mark.skipif(os.geteuid() == 0, reason="root ignores file permissions")
def test_a_folder_without_write_permission_is_named_and_nothing_is_lost(tmp_path):
    """A data folder made read-only (chmod): a message, and the data intact."""
    data = tmp_path / "data"
    nurse, service_id, ids = make_store_with_referrals(data)
    os.chmod(data, 0o555)
    for path in data.iterdir():
        if path.is_file():
            os.chmod(path, 0o444)
    try:
        error = try_to_save(data, nurse, service_id)
    finally:
        os.chmod(data, 0o755)
        for path in data.iterdir():
            if path.is_file():
                os.chmod(path, 0o644)
    found, problems = saved_ids(data, nurse)

    assert error is not None and error.template == READ_ONLY
    assert found == ids and problems == []
