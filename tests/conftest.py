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
