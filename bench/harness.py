"""The benchmark harness: results, statistics, child processes, the table.

Every measured item is a ``Result`` beside its floor measured in the same run;
a result that could not be measured says why in ``note`` and counts as not met.
"""

from __future__ import annotations

import json
import logging
import os
import statistics
import subprocess
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path

log = logging.getLogger(__name__)

BENCH = Path(__file__).resolve().parent
PROJECT = BENCH.parent
COLUMNS = [
    "benchmark",
    "median",
    "p95",
    "floor",
    "floor median",
    "ratio",
    "target",
    "met?",
]


@dataclass
class Result:
    """One measured item beside its floor; ``met`` is None when not measured."""

    name: str
    unit: str
    median: float | None = None
    p95: float | None = None
    floor_name: str = ""
    floor_median: float | None = None
    target: str = ""
    met: bool | None = None
    note: str = ""
    samples: list[float] = field(default_factory=list)
    floor_samples: list[float] = field(default_factory=list)

    @property
    def ratio(self) -> float | None:
        if self.median is None or not self.floor_median:
            return None
        return self.median / self.floor_median


def percentile(samples: Sequence[float], fraction: float) -> float:
    """The nearest-rank percentile (``fraction`` 0.95 for p95)."""
    ordered = sorted(samples)
    rank = max(1, int(round(fraction * len(ordered) + 0.4999)))
    return ordered[min(rank, len(ordered)) - 1]


def summarise(samples: Sequence[float]) -> tuple[float, float]:
    """(median, p95) of the samples."""
    return statistics.median(samples), percentile(samples, 0.95)


def timed(fn: Callable[[], object], repeat: int) -> list[float]:
    """Milliseconds of ``repeat`` calls of ``fn``."""
    samples = []
    for _ in range(repeat):
        started = time.perf_counter()
        fn()
        samples.append((time.perf_counter() - started) * 1000)
    return samples


def child_env(**extra: str) -> dict[str, str]:
    """The environment of a measured child process: offscreen Qt, no stray paths."""
    env = dict(os.environ)
    env["QT_QPA_PLATFORM"] = "offscreen"
    env.pop("PYTHONSTARTUP", None)
    env.update(extra)
    return env


def run_child(args: list[str], timeout: float = 300, **env: str) -> dict:
    """Run ``python args…`` and return the JSON object on its last output line."""
    command = [sys.executable, *args]
    completed = subprocess.run(
        command,
        capture_output=True,
        text=True,
        timeout=timeout,
        env=child_env(**env),
        cwd=PROJECT,
        check=False,
    )
    lines = [line for line in completed.stdout.splitlines() if line.startswith("{")]
    if completed.returncode != 0 or not lines:
        tail = completed.stderr.strip().splitlines()[-5:]
        raise RuntimeError(
            f"{Path(args[0]).name} failed (exit {completed.returncode}): "
            + " | ".join(tail)
        )
    return json.loads(lines[-1])


def _number(value: float | None, unit: str) -> str:
    if value is None:
        return "—"
    if unit == "ms":
        return f"{value:.1f} ms" if value < 100 else f"{value:.0f} ms"
    if unit == "MB":
        return f"{value:.0f} MB"
    if unit == "/s":
        return f"{value:,.0f} /s"
    return f"{value:.2f} {unit}"


def table_rows(results: Sequence[Result]) -> list[list[str]]:
    """The markdown table's cells, one list per result."""
    rows = []
    for result in results:
        ratio = result.ratio
        met = {True: "yes", False: "**no**", None: "not measured"}[result.met]
        if result.met is None and result.median is not None:
            met = "— (no target)"
        rows.append(
            [
                result.name,
                _number(result.median, result.unit),
                _number(result.p95, result.unit),
                result.floor_name or "—",
                _number(result.floor_median, result.unit),
                "—" if ratio is None else f"{ratio:.2f}×",
                result.target or "—",
                met,
            ]
        )
    return rows


def markdown(results: Sequence[Result], heading: str) -> str:
    """The results as a markdown table followed by the notes."""
    lines = [heading, "", "| " + " | ".join(COLUMNS) + " |"]
    lines.append("|" + "---|" * len(COLUMNS))
    for cells in table_rows(results):
        lines.append("| " + " | ".join(cells) + " |")
    notes = [f"- **{r.name}**: {r.note}" for r in results if r.note]
    if notes:
        lines += ["", "Notes:", "", *notes]
    return "\n".join(lines) + "\n"


def write_results(results: Sequence[Result], folder: Path, heading: str, meta: dict):
    """Write ``latest.md`` and ``latest.json`` into ``folder``; return their paths."""
    folder.mkdir(parents=True, exist_ok=True)
    md = folder / "latest.md"
    js = folder / "latest.json"
    md.write_text(markdown(results, heading), encoding="utf-8")
    payload = {
        "meta": meta,
        "results": [asdict(r) | {"ratio": r.ratio} for r in results],
    }
    js.write_text(json.dumps(payload, indent=1, ensure_ascii=False), encoding="utf-8")
    return md, js


def not_measured(name: str, unit: str, target: str, why: str) -> Result:
    """A result for something that could not be measured, saying why."""
    return Result(name=name, unit=unit, target=target, note=f"not measured: {why}")
