"""Run every benchmark and write ``bench/results/latest.md`` and ``latest.json``.

    .venv/bin/python bench/run.py            # county scale, under ten minutes
    .venv/bin/python bench/run.py --quick    # a tenth of the data, a smoke run

Data sets are built once and cached in ``bench/.cache`` keyed by their sizes,
seed, schema revision and generator version.
"""

from __future__ import annotations

import argparse
import logging
import platform
import sys
import time
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import bench_import  # noqa: E402
import bench_referrals  # noqa: E402
import bench_search  # noqa: E402
import bench_startup  # noqa: E402
import data  # noqa: E402
from harness import BENCH, Result, not_measured, write_results  # noqa: E402

log = logging.getLogger("bench")


def sheet_results(sizes) -> list[Result]:
    """The sheet benchmarks from ``bench_sheets.py`` (the handout side), if any."""
    if not (BENCH / "bench_sheets.py").exists():
        return [
            not_measured("one service sheet", "ms", "< 100 ms", "no bench_sheets.py"),
            not_measured("100-sheet batch", "ms", "—", "no bench_sheets.py"),
        ]
    import bench_sheets

    results = []
    for item in bench_sheets.measure(sizes, repeat=sizes.sheet_repeats):
        results.append(item if isinstance(item, Result) else Result(**item))
    return results


def _guarded(name: str, fn, *args) -> list[Result]:
    """Run one benchmark; a failure becomes a "not measured" row, not a crash."""
    started = time.perf_counter()
    try:
        results = fn(*args)
    except Exception as exc:  # noqa: BLE001  (the run goes on, the row says why)
        log.exception("benchmark %s failed", name)
        results = [not_measured(name, "ms", "", f"failed: {exc}")]
    log.info("%s: %.1f s", name, time.perf_counter() - started)
    return results


class BenchStore:
    """Sessions on the cached database for the in-process benchmarks.

    Not ``open_workspace``: that runs the start-up integrity check over the
    whole file (minutes at county scale), which the start-up rows measure.
    """

    def __init__(self, url: str) -> None:
        from familjecenter_desktop.db.engine import make_engine, session_factory

        self.engine = make_engine(url)
        self.sessions = session_factory(self.engine)

    @contextmanager
    def session(self):
        session = self.sessions()
        try:
            yield session
            session.commit()
        except BaseException:
            session.rollback()
            raise
        finally:
            session.close()

    def close(self) -> None:
        self.engine.dispose()


ALL = ("search", "referrals", "start-up", "import", "sheets", "memory")


def run(mode: str, out: Path, cache: Path, only: tuple[str, ...] = ALL) -> list[Result]:
    """The benchmarks in ``only`` at the sizes of ``mode``; returns the results."""
    sizes = data.SIZES[mode]
    started = time.perf_counter()
    built = data.catalogue_database(sizes, cache)
    log.info("catalogue database %s (cached: %s)", built.path.name, built.cached)
    ptv = data.ptv_folders(sizes, cache) if "import" in only else {}
    prepared = time.perf_counter() - started
    with_referrals = f"-r{sizes.referrals}-" in built.path.name

    results: list[Result] = []
    workspace = BenchStore(f"sqlite:///{built.path}")
    try:
        if "search" in only:
            results += _guarded(
                "search", bench_search.measure, built.path, sizes, workspace
            )
        if "referrals" in only:
            results += _guarded(
                "referrals", bench_referrals.measure, built.path, sizes, workspace
            )
    finally:
        workspace.close()
    if "start-up" in only:
        results += _guarded(
            "start-up", bench_startup.measure_startup, built.path, sizes
        )
    if "import" in only:
        results += _guarded("import", bench_import.measure, ptv, sizes)
    if "sheets" in only:
        results += _guarded("sheets", sheet_results, sizes)
    if "memory" in only:
        results += _guarded(
            "memory", bench_startup.measure_memory, built.path, sizes, with_referrals
        )

    total = time.perf_counter() - started
    meta = {
        "mode": mode,
        "when": datetime.now(UTC).isoformat(timespec="seconds"),
        "python": platform.python_version(),
        "machine": f"{platform.machine()}, {_cpus()} CPUs",
        "seconds_total": round(total, 1),
        "seconds_preparing_data": round(prepared, 1),
        "database": built.path.name,
        "build": {k: round(v, 1) for k, v in built.seconds.items()},
    }
    heading = (
        f"## Benchmarks ({mode}, {meta['when']}, {meta['machine']}, "
        f"Python {meta['python']}, {total:.0f} s)"
    )
    md, _js = write_results(results, out, heading, meta)
    log.info("wrote %s", md)
    return results


def _cpus() -> int:
    import os

    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else 1


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    size = parser.add_mutually_exclusive_group()
    size.add_argument("--quick", action="store_true", help="a tenth of the data")
    size.add_argument("--tiny", action="store_true", help="tiny data (tests)")
    parser.add_argument("--out", type=Path, default=BENCH / "results")
    parser.add_argument("--cache", type=Path, default=data.CACHE)
    parser.add_argument(
        "--only", default=",".join(ALL), help="comma-separated: " + ", ".join(ALL)
    )
    args = parser.parse_args(argv)
    only = tuple(name.strip() for name in args.only.split(",") if name.strip())
    unknown = [name for name in only if name not in ALL]
    if unknown:
        parser.error(f"--only: unknown benchmark {', '.join(unknown)}")
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(name)s %(message)s")
    logging.getLogger("alembic").setLevel(logging.WARNING)

    mode = "tiny" if args.tiny else "quick" if args.quick else "full"
    results = run(mode, args.out, args.cache, only)
    print((args.out / "latest.md").read_text(encoding="utf-8"))
    return 0 if results else 1


if __name__ == "__main__":
    sys.exit(main())
