"""Child process for the start-up and memory benchmarks; prints one JSON line.

``empty``: an empty Qt main window, shown, in the same interpreter set-up (the
floor). ``app``: the real ``run_window`` on a given database, until the first
results' rows have arrived; with ``--search`` it then searches, and with
``--referrals`` it opens the referral list, before reporting peak memory.
Times are ``time.monotonic()`` readings, comparable with the parent's.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import sys
import time
from pathlib import Path


def peak_rss_mb() -> float:
    """This process's peak resident memory in MB.

    ``VmHWM`` rather than ``ru_maxrss``: Linux keeps ``ru_maxrss`` across
    ``execve``, so a child would report its parent's size at the fork.
    """
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def report(**values: object) -> None:
    values["peak_rss_mb"] = peak_rss_mb()
    print(json.dumps(values), flush=True)


def run_empty() -> int:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMainWindow

    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    window.resize(1280, 800)
    window.show()
    times: dict[str, float] = {}

    def shown() -> None:
        times["shown"] = time.monotonic()
        app.quit()

    QTimer.singleShot(0, shown)
    app.exec()
    report(**times)
    return 0


def run_app(args: argparse.Namespace) -> int:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from familjecenter_desktop.ui import app as app_module

    times: dict[str, float] = {}
    steps = ["first_rows"]
    if args.search:
        steps.append("search")
    if args.referrals:
        steps.append("referrals")

    class ProbedWindow(app_module.MainWindow):
        """The real window, reporting when its results are on screen."""

        def __init__(self, *a, **kw) -> None:
            super().__init__(*a, **kw)
            view = self.search_view
            view.results_shown.connect(self._results)
            view.model.dataChanged.connect(self._rows)
            QTimer.singleShot(0, self._painted)

        def _painted(self) -> None:
            # The first turn of the event loop: the shown window has been laid out.
            times.setdefault("window_shown", time.monotonic())

        def _results(self, count: int) -> None:
            times.setdefault("results_shown", time.monotonic())
            if count == 0 or (steps and steps[0] == "search"):
                self._rows()

        def _rows(self, *_args) -> None:
            step = steps[0] if steps else None
            if step == "first_rows":
                times["first_rows"] = time.monotonic()
            elif step == "search":
                times["search_done"] = time.monotonic()
            else:
                return
            steps.pop(0)
            QTimer.singleShot(0, self._next)

        def _next(self) -> None:
            step = steps[0] if steps else None
            if step == "search":
                self.search_view.search_field.setText(args.search)
                self.search_view.run_search()
            elif step == "referrals":
                times["referrals"] = open_referrals(self, args.database_url)
                steps.pop(0)
                QTimer.singleShot(0, self._next)
            else:
                QApplication.instance().quit()

    app_module.MainWindow = ProbedWindow
    app = QApplication(sys.argv[:1])  # run_window reuses it
    QTimer.singleShot(args.timeout_s * 1000, app.quit)
    code = app_module.run_window(args.data_dir, args.database_url)
    report(exit_code=code, **times)
    return 0 if "first_rows" in times else 1


def open_referrals(window, database_url: str) -> float:
    """Open the referral tab and page one unit's whole list into this process.

    The tab asks for a login first, so the list is read here through the same
    function the tab uses (``referrals.listing.list_page``), for the unit that
    sees the most referrals, and every row is kept as the tab's model keeps
    them. Returns the time the last page arrived.
    """
    import sqlite3

    from bench_referrals import busiest_unit
    from sqlalchemy.orm import Session

    from familjecenter_desktop.db.engine import make_engine
    from familjecenter_desktop.referrals.listing import ReferralFilter, list_page
    from familjecenter_desktop.referrals.permissions import Actor

    view = getattr(window, "referral_view", None)
    if view is not None:
        window.tabs.setCurrentWidget(view)
    path = database_url.removeprefix("sqlite:///")
    raw = sqlite3.connect(path)
    chosen = busiest_unit(raw)
    raw.close()
    if chosen is None:
        return time.monotonic()
    unit, user, _count = chosen
    actor = Actor(user, f"synthetic{user}", "Työntekijä", "nurse", unit)
    engine = make_engine(database_url)
    kept = []
    with Session(engine) as session:
        after = None
        while True:
            page = list_page(session, actor, ReferralFilter(), after, 100)
            kept.extend(page.rows)
            after = page.after
            if after is None:
                break
        session.rollback()
    engine.dispose()
    window.setProperty("probe_rows", len(kept))
    return time.monotonic()


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("mode", choices=["empty", "app"])
    parser.add_argument("--data-dir")
    parser.add_argument("--database-url")
    parser.add_argument("--search", default="")
    parser.add_argument("--referrals", action="store_true")
    parser.add_argument("--timeout-s", type=int, default=120)
    args = parser.parse_args()
    if args.mode == "empty":
        return run_empty()
    return run_app(args)


if __name__ == "__main__":
    code = main()
    # Exit now: a worker thread still opening the store (the integrity check of
    # a large file) would otherwise keep the process alive after the report.
    sys.stdout.flush()
    os._exit(code)
