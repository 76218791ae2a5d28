"""The window's start leaves the weekly check and the day's backup for after opening."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta

from familjecenter_desktop.db import clean_close
from familjecenter_desktop.workspace import (
    FULL_CHECK,
    START_BACKUP,
    Credentials,
    open_workspace,
    run_upkeep,
)

from .conftest import ADMIN_PASSWORD
from .test_backup import add_unit, damage_last_page

WHO = Credentials("admin", ADMIN_PASSWORD)


def age_the_last_check(database, days: int) -> datetime:
    """Make the clean-close marker say the last full check was ``days`` ago."""
    marker = clean_close.marker_path(database)
    record = json.loads(marker.read_text())
    then = datetime.now(UTC) - timedelta(days=days)
    record["checked_at"] = then.isoformat()
    marker.write_text(json.dumps(record))
    return then


def test_a_week_old_check_runs_after_opening_and_passes(encrypted):
    """Opened for the window, the store is usable at once; run_upkeep checks it."""
    data, database = encrypted.paths.data, encrypted.database_file
    add_unit(encrypted, "Yksikkö 1")
    encrypted.close()
    long_ago = age_the_last_check(database, days=30)

    opened = open_workspace(data, load_demo=False, credentials=WHO, later=True)
    left = list(opened.upkeep)
    before = opened.full_check_at
    problems = run_upkeep(opened)
    after = opened.full_check_at
    opened.close()

    assert FULL_CHECK in left
    assert before == long_ago
    assert problems == []
    assert after > long_ago + timedelta(days=29)


def test_after_a_crash_the_check_runs_before_opening_even_for_the_window(encrypted):
    """No clean-close marker: nothing opens before every page has been checked."""
    data, database = encrypted.paths.data, encrypted.database_file
    first = encrypted.full_check_at
    encrypted.close()
    clean_close.marker_path(database).unlink()

    opened = open_workspace(data, load_demo=False, credentials=WHO, later=True)
    left, checked = list(opened.upkeep), opened.full_check_at
    opened.close()

    assert FULL_CHECK not in left
    assert checked > first


def test_the_days_first_backup_is_left_for_later_and_then_made(encrypted):
    """The start-up backup copies the whole store: made after opening, not before."""
    data = encrypted.paths.data
    encrypted.close()

    opened = open_workspace(data, load_demo=False, credentials=WHO, later=True)
    left = list(opened.upkeep)
    before = [b.reason for b in opened.backups()]
    run_upkeep(opened)
    after = [b.reason for b in opened.backups()]
    opened.close()

    assert START_BACKUP in left
    assert "start" not in before
    assert "start" in after


def test_a_store_damaged_while_open_is_reported_and_not_backed_up(encrypted):
    """The later check names the problem; no backup of the damaged store is made."""
    data, database = encrypted.paths.data, encrypted.database_file
    for number in range(30):
        add_unit(encrypted, f"Yksikkö {number}")
    encrypted.close()
    age_the_last_check(database, days=30)
    opened = open_workspace(data, load_demo=False, credentials=WHO, later=True)
    opened.engine.dispose()
    damage_last_page(database)

    problems = run_upkeep(opened)
    reasons = [b.reason for b in opened.backups()]
    opened.close()

    assert problems
    assert "start" not in reasons
