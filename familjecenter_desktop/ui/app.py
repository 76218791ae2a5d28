"""Starting the window: the Qt application, the translators, the workspace.

The window is shown first, with the look-up view only; the modules of the other
views, the storage dialogs and the database layer then load on the worker
thread (``preload``), and once they are in, the other views are installed and
the start-up conversation begins. So the window is on screen in about the time
an empty Qt window takes, instead of after a second or more of imports.

An encrypted data folder asks who opens it first (``ui/storage/startup.py``);
a new one asks for the first administrator. The workspace opens off the GUI
thread (a first start loads the demo catalogue, which takes a moment) while the
window shows a busy state; the one who unlocked it is logged in on the
Referrals tab. With no display on
Linux the offscreen platform is used, so the command still runs on a server.
``FAMILJECENTER_EXIT_AFTER_MS`` quits after that many milliseconds (smoke tests).
"""

from __future__ import annotations

import importlib
import logging
import os
import sys
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from familjecenter_desktop import APP_NAME
from familjecenter_desktop.core.logsetup import configure_logging
from familjecenter_desktop.core.paths import resolve_paths
from familjecenter_desktop.core.settings import Settings
from familjecenter_desktop.ui.i18n import Translations
from familjecenter_desktop.ui.main_window import VIEW_MODULES, MainWindow
from familjecenter_desktop.ui.worker import Worker

if TYPE_CHECKING:
    from familjecenter_desktop.workspace import Workspace

log = logging.getLogger(__name__)

# Loaded off the GUI thread once the window is shown (see the module text).
STARTUP_MODULES = (
    *VIEW_MODULES,
    "familjecenter_desktop.ui.storage.storage_menu",
    "familjecenter_desktop.ui.storage.startup",
    "familjecenter_desktop.ui.storage.upkeep",
    "familjecenter_desktop.workspace",
    "familjecenter_desktop.catalogue.search",
    "familjecenter_desktop.catalogue.details",
    "familjecenter_desktop.catalogue.options",
)

EXIT_AFTER_ENV = "FAMILJECENTER_EXIT_AFTER_MS"


def choose_platform() -> str | None:
    """Use the offscreen platform on Linux when there is no display at all."""
    if not sys.platform.startswith("linux"):
        return None
    if os.environ.get("QT_QPA_PLATFORM"):
        return None
    if os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"):
        return None
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    return "offscreen"


def exit_after_ms() -> int | None:
    """The smoke-test timer from the environment, if set to a number."""
    raw = os.environ.get(EXIT_AFTER_ENV, "").strip()
    if not raw:
        return None
    try:
        return max(0, int(raw))
    except ValueError:
        log.warning("%s is not a number of milliseconds; ignored", EXIT_AFTER_ENV)
        return None


def _quit(app: QApplication, window: MainWindow) -> None:
    window.close()
    app.quit()


def preload(modules: tuple[str, ...] = STARTUP_MODULES) -> int:
    """Import ``modules`` (run on the worker thread); returns how many."""
    for name in modules:
        importlib.import_module(name)
    return len(modules)


def run_window(data_dir: str | Path | None, database_url: str | None) -> int:
    """Open the window on the workspace and run until it is closed."""
    platform = choose_platform()
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName("Familjecenter Desktop")

    paths = resolve_paths(data_dir).ensure()
    configure_logging(paths.logs)
    if platform:
        log.info("no display found: using the %s platform", platform)
    settings = Settings(paths.settings_file)
    translations = Translations()
    translations.install(settings.get("ui_language"))

    worker = Worker()
    window = MainWindow(settings, translations, worker, defer_views=True)
    window.show()
    window.show_opening()
    opened: list[Workspace] = []

    def attach(workspace: Workspace) -> None:
        from familjecenter_desktop.ui.storage import upkeep

        opened.append(workspace)
        window.attach_workspace(workspace)
        if workspace.actor is not None:
            window.referrals_view.set_actor(workspace.actor)
        upkeep.start(window, worker, workspace)

    def start(_loaded: object = None) -> None:
        from familjecenter_desktop.ui.storage import storage_menu
        from familjecenter_desktop.ui.storage.startup import StartUp

        window.install_views()
        storage_menu.install(window, worker)
        startup = StartUp(window, worker, data_dir, database_url)
        startup.opened.connect(attach)
        startup.abandoned.connect(window.close)
        startup.start()

    def preload_failed(message: str) -> None:
        # Importing again on the GUI thread raises the same error with its trace.
        log.error("loading the views failed: %s", message)
        start()

    worker.submit(preload, start, preload_failed, label="load the views")
    delay = exit_after_ms()
    if delay is not None:
        QTimer.singleShot(delay, partial(_quit, app, window))

    code = app.exec()
    worker.shutdown()
    for workspace in opened:
        workspace.close()
    return int(code)
