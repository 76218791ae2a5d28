"""Fixtures for storage tests: an encrypted workspace with its administrator."""

from __future__ import annotations

import pytest

ADMIN_PASSWORD = "salasana-123456"


@pytest.fixture
def encrypted(tmp_path):
    """A new encrypted workspace (no demo catalogue), opened by its administrator."""
    from familjecenter_desktop.workspace import NewAdmin, open_workspace

    ws = open_workspace(
        tmp_path / "data",
        load_demo=False,
        first_admin=NewAdmin("admin", "Testi Ylläpitäjä", ADMIN_PASSWORD),
    )
    yield ws
    ws.close()
