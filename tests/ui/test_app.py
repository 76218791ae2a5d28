"""Starting the window from the command line, also on a machine without a display."""

from __future__ import annotations

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
