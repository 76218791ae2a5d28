"""Starting the window from the command line, also on a machine without a display."""

from __future__ import annotations

import json
import os
import subprocess
import sys

from familjecenter_desktop.ui import app as ui_app


def test_offscreen_is_chosen_when_there_is_no_display(monkeypatch):
    """On Linux with no DISPLAY, WAYLAND_DISPLAY or QT_QPA_PLATFORM, use offscreen."""
    monkeypatch.setattr(sys, "platform", "linux")
    for name in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"):
        monkeypatch.delenv(name, raising=False)

    chosen = ui_app.choose_platform()

    assert chosen == "offscreen"
    assert os.environ["QT_QPA_PLATFORM"] == "offscreen"


def test_a_chosen_platform_is_left_alone(monkeypatch):
    """A platform set by the user is never overridden."""
    monkeypatch.setattr(sys, "platform", "linux")
    monkeypatch.setenv("QT_QPA_PLATFORM", "xcb")

    chosen = ui_app.choose_platform()

    assert chosen is None
    assert os.environ["QT_QPA_PLATFORM"] == "xcb"


def test_the_exit_timer_reads_milliseconds(monkeypatch):
    """A number is used; anything else is ignored rather than failing the start."""
    monkeypatch.setenv(ui_app.EXIT_AFTER_ENV, "1500")
    number = ui_app.exit_after_ms()
    monkeypatch.setenv(ui_app.EXIT_AFTER_ENV, "soon")
    junk = ui_app.exit_after_ms()

    assert (number, junk) == (1500, None)


def test_the_window_starts_and_quits_without_a_display(catalogue, tmp_path):
    """run_window opens the window offscreen on the workspace and exits cleanly."""
    workspace, _ids = catalogue
    data_dir = workspace.paths.data
    workspace.close()
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")
    }
    env[ui_app.EXIT_AFTER_ENV] = "1500"

    script = (
        "import sys; from familjecenter_desktop.ui.app import run_window; "
        "raise SystemExit(run_window(sys.argv[1], None))"
    )

    done = subprocess.run(
        [sys.executable, "-c", script, str(data_dir)],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )

    log_text = (data_dir / "logs" / "familjecenter.log").read_text(encoding="utf-8")
    assert done.returncode == 0, done.stderr
    assert "using the offscreen platform" in log_text


# Modules that take a tenth of a second or more to import; the window must be on
# screen before any of them has loaded (they load on the worker thread after).
SLOW_MODULES = (
    "sqlalchemy",
    "alembic",
    "reportlab",
    "holidays",
    "cryptography",
    "argon2",
    "phonenumbers",
    "Stemmer",
    "sqlcipher3",
    "PIL",
)

WATCHED_START = """
import json, sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from familjecenter_desktop.ui import app as ui_app

slow = sys.argv[3].split(",")
report = {}

class Watched(ui_app.MainWindow):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        report["loaded_when_built"] = sorted(m for m in slow if m in sys.modules)
        self.search_view.results_shown.connect(self._results)

    def _results(self, count):
        report["results"] = count
        report["tabs"] = self.tabs.count()
        report["loaded_after"] = sorted(m for m in slow if m in sys.modules)
        QApplication.instance().quit()

ui_app.MainWindow = Watched
app = QApplication(sys.argv[:1])
QTimer.singleShot(60000, app.quit)
code = ui_app.run_window(sys.argv[1], sys.argv[2])
print(json.dumps(report))
"""


def test_the_window_is_built_before_the_database_layer_loads(catalogue):
    """The window shows with no slow module imported; then the views and results come.

    Start-up time is the import of the database layer, reportlab and the rest
    (a second or more); the window is built without them and they load on the
    worker thread, so this checks which modules are loaded, not how long it took.
    """
    workspace, _ids = catalogue
    data_dir, url = workspace.paths.data, workspace.database_url
    workspace.close()
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")

    done = subprocess.run(
        [
            sys.executable,
            "-c",
            WATCHED_START,
            str(data_dir),
            url,
            ",".join(SLOW_MODULES),
        ],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )

    assert done.returncode == 0, done.stderr
    report = json.loads(done.stdout.strip().splitlines()[-1])
    assert report["loaded_when_built"] == []
    assert report["results"] > 0
    assert report["tabs"] >= 3  # look-up, referrals, sheets
    assert "sqlalchemy" in report["loaded_after"]
