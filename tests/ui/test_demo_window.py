"""The window on the demo catalogue: opened off the GUI thread, real data shown."""

from __future__ import annotations

from functools import partial

from sqlalchemy import select

from familjecenter_desktop.db.models import Service
from familjecenter_desktop.ui.i18n import Translations
from familjecenter_desktop.ui.main_window import MainWindow
from familjecenter_desktop.ui.worker import Worker
from familjecenter_desktop.workspace import open_workspace

# Esiopetuksen oppilashuolto, City of Naantali (real PTV record).
PRE_SCHOOL_WELFARE = "c4f1632e-66a8-410b-94f0-9196e028c644"


def test_first_start_loads_the_demo_catalogue_and_shows_real_hours(qtbot, tmp_path):
    """A first start opens the workspace in the background and lists real services."""
    translations = Translations()
    translations.install("fi")
    worker = Worker()
    window = MainWindow(_settings(tmp_path), translations, worker)
    qtbot.addWidget(window)
    window.show()
    window.show_opening()
    opened = []
    worker.submit(
        partial(open_workspace, tmp_path / "data", None, True),
        lambda ws: (opened.append(ws), window.attach_workspace(ws)),
        write=True,
        label="open workspace",
    )
    qtbot.waitUntil(lambda: bool(opened), timeout=60_000)
    assert worker.wait_idle(30_000)
    workspace = opened[0]
    with workspace.session() as session:
        service_id = session.scalar(
            select(Service.id).where(Service.source_id == PRE_SCHOOL_WELFARE)
        )

    with qtbot.waitSignal(window.search_view.service_shown, timeout=5000):
        window.search_view.open_service(service_id)
    text = window.search_view.detail_pane.plain_text()

    assert window.search_view.model.total() > 20
    assert "Esiopetuksen oppilashuolto" in text
    assert "Päivähoidon esimies" in text
    assert "ma–pe 9–15" in text
    worker.shutdown()
    workspace.close()
    translations.install("en")


def _settings(tmp_path):
    from familjecenter_desktop.core.paths import resolve_paths
    from familjecenter_desktop.core.settings import Settings

    return Settings(resolve_paths(tmp_path / "data").ensure().settings_file)
