"""Start-up to a usable window, and peak memory, each in fresh child processes.

Start-up runs from just before the child process is spawned to the moment the
first results' rows have arrived in the real window (``probe_window.py app``);
the floor is an empty Qt main window shown in the same interpreter set-up
(``probe_window.py empty``). Peak memory is the child's ``ru_maxrss`` after
the window has opened, searched and opened the referral list.
"""

from __future__ import annotations

import compileall
import json
import logging
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from harness import BENCH, PROJECT, Result, child_env, summarise

from familjecenter_desktop.db import clean_close

log = logging.getLogger(__name__)

PROBE = str(BENCH / "probe_window.py")


def _spawn(args: list[str], timeout: float = 300) -> tuple[float, dict]:
    """Seconds-since-spawn readings of one probe run, and its report."""
    started = time.monotonic()
    completed = subprocess.run(
        [sys.executable, PROBE, *args],
        capture_output=True,
        text=True,
        timeout=timeout,
        env=child_env(),
        check=False,
    )
    lines = [x for x in completed.stdout.splitlines() if x.startswith("{")]
    if lines and "window_shown" in json.loads(lines[-1]):
        # The window came up; the caller sees from the report what did not.
        return started, json.loads(lines[-1])
    if completed.returncode != 0 or not lines:
        tail = " | ".join(completed.stderr.strip().splitlines()[-4:])
        raise RuntimeError(f"probe {args[0]} failed ({completed.returncode}): {tail}")
    return started, json.loads(lines[-1])


# How long a probe waits for the window's results before it reports anyway.
PROBE_TIMEOUT_S = 60


# The first start may run the full integrity check of the store.
FIRST_START_TIMEOUT_S = 1200


def _app_args(
    database: Path, data_dir: str, timeout_s: int = PROBE_TIMEOUT_S
) -> list[str]:
    return [
        "app",
        "--data-dir",
        data_dir,
        "--database-url",
        f"sqlite:///{database}",
        "--timeout-s",
        str(timeout_s),
    ]


def measure_startup(database: Path, sizes) -> list[Result]:
    """Start-up of the real window on the database vs. an empty Qt window.

    The package is byte-compiled first, as an installed application is
    (``packaging/venv.sh`` does the same): compiling every module at each
    start would be measured otherwise wherever PYTHONDONTWRITEBYTECODE is set.
    """
    compileall.compile_dir(str(PROJECT / "familjecenter_desktop"), quiet=1)
    samples, shown, floor_samples = [], [], []
    with tempfile.TemporaryDirectory(prefix="fc-bench-") as data_dir:
        # The first run writes the settings and warms the file cache. It is
        # made to run the full integrity check, as the first start after a crash
        # does (the clean-close marker is removed), and given the time it needs;
        # it then closes cleanly, so the later starts skip the check as a staff
        # member's next start would.
        clean_close.forget(database)
        started, report = _spawn(
            _app_args(database, data_dir, timeout_s=FIRST_START_TIMEOUT_S),
            timeout=FIRST_START_TIMEOUT_S + 60,
        )
        first_start = (
            (report["first_rows"] - started) * 1000 if "first_rows" in report else None
        )
        for _ in range(sizes.startup_runs):
            started, report = _spawn(["empty"])
            floor_samples.append((report["shown"] - started) * 1000)
            started, report = _spawn(_app_args(database, data_dir))
            shown.append((report["window_shown"] - started) * 1000)
            if "first_rows" not in report:
                break  # the results did not come within the probe's time
            samples.append((report["first_rows"] - started) * 1000)

    floor_median, _ = summarise(floor_samples)
    shown_median, shown_p95 = summarise(shown)
    if samples:
        median, p95 = summarise(samples)
        first_note = f"{sizes.startup_runs} fresh processes each, offscreen"
    else:
        median = p95 = None
        first_note = (
            f"not measured: no results within the probe's {PROBE_TIMEOUT_S} s; "
            "opening the store runs PRAGMA integrity_check over the whole file "
            "first (workspace._check)"
        )
    return [
        Result(
            name="start-up to window shown (empty, opening)",
            unit="ms",
            median=shown_median,
            p95=shown_p95,
            floor_name="empty Qt main window",
            floor_median=floor_median,
            target="≤ 2× floor",
            met=shown_median <= 2 * floor_median,
            samples=shown,
            floor_samples=floor_samples,
            note="the window is on screen in its opening state, before any data",
        ),
        Result(
            name=f"start-up to first results ({sizes.services:,} services)",
            unit="ms",
            median=median,
            p95=p95,
            floor_name="empty Qt main window",
            floor_median=floor_median,
            target="≤ 2× floor",
            met=None if median is None else median <= 2 * floor_median,
            samples=samples,
            floor_samples=floor_samples,
            note=first_note,
        ),
        Result(
            name="first start after a crash, a copy or a week (full check)",
            unit="ms",
            median=first_start,
            p95=first_start,
            floor_name="empty Qt main window",
            floor_median=floor_median,
            target="—",
            met=None,
            note="one run: the window's first results when the start-up runs "
            "PRAGMA integrity_check over the whole store first (workspace._check), "
            "as after a crash; the weekly check runs after opening instead",
        ),
    ]


def measure_memory(database: Path, sizes, with_referrals: bool) -> list[Result]:
    """Peak RSS of the window with the full data vs. an empty Qt window."""
    with tempfile.TemporaryDirectory(prefix="fc-bench-") as data_dir:
        args = _app_args(database, data_dir) + ["--search", "perheneuvola"]
        if with_referrals:
            args.append("--referrals")
        _started, report = _spawn(args)
        _started, floor = _spawn(["empty"])

    rss = report["peak_rss_mb"]
    if "first_rows" not in report:
        note = (
            f"no results within the probe's {PROBE_TIMEOUT_S} s (the start-up "
            "integrity check), so no search or referral list: a lower bound"
        )
        return [_memory_result(sizes, with_referrals, rss, floor, note)]
    note = "window opened, first results, a search"
    note += (
        ", one unit's whole referral list paged in (list_page)"
        if with_referrals
        else ("; no referral list (no referrals in the data)")
    )
    return [_memory_result(sizes, with_referrals, rss, floor, note)]


def _memory_result(sizes, with_referrals: bool, rss: float, floor, note: str):
    return Result(
        name=f"peak memory ({sizes.services:,} services, "
        f"{sizes.referrals if with_referrals else 0:,} referrals)",
        unit="MB",
        median=rss,
        p95=rss,
        floor_name="empty Qt window process",
        floor_median=floor["peak_rss_mb"],
        target="< 250 MB",
        met=rss < 250,
        note=note,
    )
