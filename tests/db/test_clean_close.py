"""The full integrity check at start is skipped only after a clean close."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta

import pytest

from familjecenter_desktop.db import clean_close
from familjecenter_desktop.workspace import (
    Credentials,
    IntegrityCheckError,
    open_workspace,
)

from .conftest import ADMIN_PASSWORD
from .test_backup import add_unit, damage_last_page

WHO = Credentials("admin", ADMIN_PASSWORD)


def reopen(data):
    return open_workspace(data, load_demo=False, credentials=WHO)


def test_a_clean_close_lets_the_next_start_skip_the_full_check(encrypted):
    """The marker carries when the last full check passed; it is gone once open."""
    data = encrypted.paths.data
    database = encrypted.database_file
    add_unit(encrypted, "Yksikkö 1")
    first_check = encrypted.full_check_at
    encrypted.close()
    marker = json.loads(clean_close.marker_path(database).read_text())

    again = reopen(data)
    carried = again.full_check_at
    marker_while_open = clean_close.marker_path(database).exists()
    again.close()

    assert first_check is not None
    assert "Yksikkö" not in json.dumps(marker)
    assert carried == first_check
    assert not marker_while_open


def test_a_store_damaged_after_a_clean_close_still_fails_the_check(encrypted):
    """A change after the close (same size, maybe the same file time) is noticed."""
    data = encrypted.paths.data
    for number in range(20):
        add_unit(encrypted, f"Yksikkö {number}")
    encrypted.close()
    damage_last_page(data / "familjecenter.sqlite3")

    with pytest.raises(IntegrityCheckError):
        reopen(data)


def test_without_a_clean_close_the_full_check_runs(encrypted):
    """A crash leaves no marker: the next start checks every page."""
    data = encrypted.paths.data
    database = encrypted.database_file
    first_check = encrypted.full_check_at
    encrypted.close()
    clean_close.marker_path(database).unlink()

    again = reopen(data)
    checked = again.full_check_at
    again.close()

    assert checked is not None and checked > first_check


def test_an_old_full_check_is_repeated_even_after_a_clean_close(encrypted):
    """After ``integrity_check_every_days`` the full check runs again."""
    data = encrypted.paths.data
    database = encrypted.database_file
    encrypted.close()
    marker = clean_close.marker_path(database)
    record = json.loads(marker.read_text())
    long_ago = datetime.now(UTC) - timedelta(days=30)
    record["checked_at"] = long_ago.isoformat()
    marker.write_text(json.dumps(record))

    again = reopen(data)
    checked = again.full_check_at
    again.close()

    assert checked > long_ago + timedelta(days=29)
