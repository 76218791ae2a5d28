"""The benchmark harness runs end to end on tiny data and writes its table."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

PROJECT = Path(__file__).resolve().parents[2]
COLUMNS = "| benchmark | median | p95 | floor | floor median | ratio | target | met? |"


def test_tiny_run_writes_the_table_and_json(tmp_path):
    """`bench/run.py --tiny` writes latest.md with every benchmark, and latest.json."""

    completed = subprocess.run(
        [
            sys.executable,
            str(PROJECT / "bench" / "run.py"),
            "--tiny",
            "--out",
            str(tmp_path / "results"),
            "--cache",
            str(tmp_path / "cache"),
        ],
        capture_output=True,
        text=True,
        timeout=600,
        cwd=PROJECT,
        check=False,
    )

    assert completed.returncode == 0, completed.stderr[-2000:]
    table = (tmp_path / "results" / "latest.md").read_text(encoding="utf-8")
    assert COLUMNS in table
    rows = [line for line in table.splitlines() if line.startswith("| ")][1:]
    names = [row.split(" | ")[0].lstrip("| ") for row in rows]
    for expected in (
        "search per keystroke",
        "start-up",
        "import real PTV",
        "import synthetic PTV",
        "referral list",
        "peak memory",
    ):
        assert any(name.startswith(expected) for name in names), expected
    assert all(row.count(" | ") == 7 for row in rows)
    payload = json.loads((tmp_path / "results" / "latest.json").read_text("utf-8"))
    assert payload["meta"]["mode"] == "tiny"
    assert len(payload["results"]) == len(rows)
    for result in payload["results"]:
        assert result["met"] in (True, False, None)
        assert result["met"] is not None or result["note"]
