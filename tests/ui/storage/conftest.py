"""The window's start-up as ``ui/app.py`` builds it, for the storage tests."""

from __future__ import annotations

import pytest

from familjecenter_desktop.core.paths import resolve_paths
from familjecenter_desktop.core.settings import Settings
from familjecenter_desktop.ui.i18n import Translations
from familjecenter_desktop.ui.main_window import MainWindow
from familjecenter_desktop.ui.storage import storage_menu, upkeep
from familjecenter_desktop.ui.storage.startup import StartUp
from familjecenter_desktop.ui.worker import Worker
from familjecenter_desktop.workspace import NewAdmin, open_workspace

PASSWORD = "salasana-123456"


class Started:
    """A window with its start-up, as ``ui/app.py`` builds them."""

    def __init__(self, qtbot, data_dir, lang="en") -> None:
        paths = resolve_paths(data_dir).ensure()
        translations = Translations()
        translations.install(lang)
        self.worker = Worker()
        self.window = MainWindow(
            Settings(paths.settings_file), translations, self.worker
        )
        qtbot.addWidget(self.window)
        self.actions = storage_menu.install(self.window, self.worker)
        self.opened = []
        self.startup = StartUp(self.window, self.worker, data_dir, None)
        self.startup.opened.connect(self._attach)
        self.window.show()
        self.startup.start()

    def _attach(self, workspace) -> None:
        self.opened.append(workspace)
        self.window.attach_workspace(workspace)
        if workspace.actor is not None:
            self.window.referrals_view.set_actor(workspace.actor)
        upkeep.start(self.window, self.worker, workspace)

    def close(self) -> None:
        self.worker.wait_idle(60_000)
        self.worker.shutdown()
        for workspace in self.opened:
            workspace.close()


@pytest.fixture
def started(qtbot):
    made = []

    def start(data_dir, lang="en") -> Started:
        made.append(Started(qtbot, data_dir, lang))
        return made[-1]

    yield start
    for one in made:
        one.close()
    Translations().install("en")  # leave no Finnish behind for later tests


def make_store(data_dir, units=0):
    ws = open_workspace(
        data_dir, load_demo=False, first_admin=NewAdmin("admin", "Testi", PASSWORD)
    )
    from familjecenter_desktop.referrals import actors

    for number in range(units):
        actors.add_unit(ws, ws.actor, {"fi": f"Yksikkö {number}"})
    return ws


def damage(data_dir) -> None:
    database = data_dir / "familjecenter.sqlite3"
    data = bytearray(database.read_bytes())
    start = len(data) - 4096 + 100
    data[start : start + 64] = bytes(64)
    database.write_bytes(bytes(data))


def unlock(run) -> None:
    run.startup.dialog.username.setText("admin")
    run.startup.dialog.password.setText(PASSWORD)
    run.startup.dialog.buttons.accepted.emit()
