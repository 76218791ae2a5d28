"""Window fixtures for field kits: a site window and a laptop window, in Finnish."""

from __future__ import annotations

import pytest

from familjecenter_desktop.workspace import open_workspace
from tests.fieldkit.conftest import build_site

# The translators the windows of a test installed (reset after each test).
_INSTALLED: list = []


def make_window(qtbot, workspace, actor=None):
    from familjecenter_desktop.ui.i18n import Translations
    from familjecenter_desktop.ui.main_window import MainWindow

    translations = Translations()
    translations.install("fi")
    _INSTALLED.append(translations)
    window = MainWindow(workspace.settings, translations)
    qtbot.addWidget(window)
    window.show()
    window.attach_workspace(workspace)
    qtbot.waitUntil(window.worker.is_idle, timeout=60_000)
    if actor is not None:
        window.referrals_view.set_actor(actor)
        qtbot.waitUntil(window.worker.is_idle, timeout=60_000)
    return window


@pytest.fixture(autouse=True)
def english_afterwards(qapp):
    """Put each window's language back to English so later tests see their texts."""
    yield
    while _INSTALLED:
        _INSTALLED.pop().install("en")


@pytest.fixture
def site(tmp_path):
    """The made-up site on SQLite (the storage tests run both engines)."""
    workspace = open_workspace(tmp_path / "site", load_demo=False)
    yield build_site(workspace)
    workspace.close()


@pytest.fixture
def laptop(tmp_path):
    """An empty, encrypted data folder on the laptop."""
    workspace = open_workspace(tmp_path / "laptop", load_demo=False, encrypt_new=True)
    yield workspace
    workspace.close()
