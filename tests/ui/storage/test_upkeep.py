"""The weekly check and the day's first backup run after the window has its data."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta

from PySide6.QtWidgets import QMessageBox

from familjecenter_desktop.db import clean_close
from familjecenter_desktop.ui.storage import upkeep
from familjecenter_desktop.workspace import Credentials, open_workspace

from .conftest import PASSWORD, damage, make_store, unlock


def age_the_last_check(data_dir, days: int) -> None:
    marker = clean_close.marker_path(data_dir / "familjecenter.sqlite3")
    record = json.loads(marker.read_text())
    record["checked_at"] = (datetime.now(UTC) - timedelta(days=days)).isoformat()
    marker.write_text(json.dumps(record))


def test_the_window_opens_first_then_checks_and_backs_up(qtbot, tmp_path, started):
    """A week-old check and no backup today: both run after the store is open."""
    data = tmp_path / "data"
    make_store(data, units=3).close()
    age_the_last_check(data, days=30)
    run = started(data)
    unlock(run)

    qtbot.waitUntil(lambda: bool(run.opened), timeout=60_000)
    run.worker.wait_idle(60_000)
    workspace = run.opened[0]

    assert workspace.upkeep == []
    assert workspace.full_check_at > datetime.now(UTC) - timedelta(minutes=5)
    assert "start" in [b.reason for b in workspace.backups()]


def test_a_problem_found_later_is_shown_in_the_ui_language(
    qtbot, tmp_path, started, monkeypatch
):
    """A store damaged while open: a warning in Finnish says what to do."""
    data = tmp_path / "data"
    make_store(data, units=30).close()
    age_the_last_check(data, days=30)
    run = started(data, "fi")
    shown = []
    workspace = open_workspace(
        data, load_demo=False, credentials=Credentials("admin", PASSWORD), later=True
    )
    run.opened.append(workspace)
    workspace.engine.dispose()
    damage(data)
    # The warning is modal: its text is caught instead of shown.
    monkeypatch.setattr(
        QMessageBox, "warning", lambda _parent, _title, text: shown.append(text)
    )

    upkeep.start(run.window, run.worker, workspace)
    qtbot.waitUntil(lambda: bool(shown), timeout=60_000)

    assert "viikoittainen" in shown[0].lower()
    assert "start" not in [b.reason for b in workspace.backups()]
