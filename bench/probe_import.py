"""Child process for the import benchmark; prints one JSON line.

``parse``: only read and parse every JSON file under the folders (the floor).
``import``: the real PTV import (``catalogue.ptv.import_ptv_paths``) into a fresh,
empty workspace (opening the workspace is not timed; loading the code lists on
a first import is). Both report seconds per run, the services seen and peak RSS.
"""

from __future__ import annotations

import argparse
import json
import resource
import sys
import tempfile
import time
from pathlib import Path


def peak_rss_mb() -> float:
    """Peak resident memory in MB (``VmHWM``; ``ru_maxrss`` survives exec)."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def count_services(folders: list[Path]) -> int:
    return sum(len(list((f / "services").glob("*.json"))) for f in folders)


def parse_only(folders: list[Path]) -> None:
    for folder in folders:
        for path in sorted(folder.rglob("*.json")):
            json.loads(path.read_bytes())


def parse_seconds(folders: list[Path]) -> float:
    started = time.perf_counter()
    parse_only(folders)
    return time.perf_counter() - started


def import_seconds(folders: list[Path]) -> float:
    """One import into a fresh, empty workspace; opening it is not timed."""
    from familjecenter_desktop.catalogue import ptv
    from familjecenter_desktop.workspace import open_workspace

    with tempfile.TemporaryDirectory(prefix="fc-import-") as data_dir:
        workspace = open_workspace(data_dir, load_demo=False)
        try:
            started = time.perf_counter()
            ptv.import_ptv_paths(workspace, folders)
            return time.perf_counter() - started
        finally:
            workspace.close()


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("mode", choices=["parse", "import"])
    parser.add_argument("folders", nargs="+", type=Path)
    parser.add_argument("--repeat", type=int, default=1)
    args = parser.parse_args()

    step = parse_seconds if args.mode == "parse" else import_seconds
    seconds = [step(args.folders) for _ in range(args.repeat)]
    peak = peak_rss_mb()
    print(
        json.dumps(
            {
                "seconds": seconds,
                "services": count_services(args.folders),
                "peak_rss_mb": peak,
            }
        ),
        flush=True,
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
