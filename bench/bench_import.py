"""Importing PTV JSON: the real records and a made-up 100,000-service catalogue.

Each import runs in its own child process into a fresh workspace; the floor is
only parsing the same JSON files in another child. Rates are services per
second (higher is better, so the ratio is import rate / parse rate); peak
memory is the child's ``ru_maxrss``.
"""

from __future__ import annotations

import logging
import statistics
import subprocess
from pathlib import Path

from harness import BENCH, PROJECT, Result, not_measured, run_child

log = logging.getLogger(__name__)

PROBE = str(BENCH / "probe_import.py")
REAL = PROJECT.parent / "shared" / "data" / "ptv-api-records"


def importer_exists() -> bool:
    try:
        from familjecenter_desktop.catalogue import ptv
    except ImportError:
        return False
    return hasattr(ptv, "import_ptv_paths")


def _rates(report: dict) -> list[float]:
    return [report["services"] / s for s in report["seconds"] if s > 0]


def _one(name: str, folder: Path, repeat: int, timeout: float) -> Result:
    target = "≥ 2,000 services/s"
    floor = run_child([PROBE, "parse", str(folder), "--repeat", str(repeat)])
    floor_rates = _rates(floor)
    if not importer_exists():
        result = not_measured(name, "/s", target, "the PTV importer is not there yet")
        result.floor_name = "json.loads of the same files"
        result.floor_median = statistics.median(floor_rates)
        return result

    try:
        report = run_child(
            [PROBE, "import", str(folder), "--repeat", str(repeat)], timeout=timeout
        )
    except subprocess.TimeoutExpired:
        services = len(list((folder / "services").glob("*.json")))
        return Result(
            name=name,
            unit="/s",
            floor_name="json.loads of the same files",
            floor_median=statistics.median(floor_rates),
            target=target,
            met=False,
            note=f"did not finish {services:,} services within {timeout:.0f} s "
            f"(the run's time cap), so below {services / timeout:,.0f} services/s",
        )
    rates = _rates(report)
    median = statistics.median(rates)
    return Result(
        name=name,
        unit="/s",
        median=median,
        p95=min(rates),
        floor_name="json.loads of the same files",
        floor_median=statistics.median(floor_rates),
        target=target,
        met=median >= 2000,
        samples=rates,
        floor_samples=floor_rates,
        note=f"{report['services']:,} services, "
        f"{statistics.median(report['seconds']):.2f} s per run; peak RSS "
        f"{report['peak_rss_mb']:.0f} MB (parse only: {floor['peak_rss_mb']:.0f} MB); "
        "p95 column is the slowest run's rate; ratio = import rate / parse rate",
    )


def measure(folders: dict[int, Path], sizes) -> list[Result]:
    """The real records (several runs) and made-up catalogues (one run each)."""
    runs = [("import real PTV records (20 services)", REAL, 5)]
    runs += [
        (f"import synthetic PTV ({count:,} services)", folder, 1)
        for count, folder in sorted(folders.items())
    ]
    results = []
    for name, folder, repeat in runs:
        try:
            results.append(_one(name, folder, repeat, timeout=sizes.import_cap_s))
        except (RuntimeError, OSError) as exc:
            log.warning("import benchmark failed: %s", exc)
            results.append(not_measured(name, "/s", "≥ 2,000 services/s", str(exc)))
    return results
