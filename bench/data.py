"""The data sets of a benchmark run, built once and cached in ``bench/.cache``.

Sizes per mode: ``full`` is county scale (100,000 services, 5,000 locations,
1,000,000 referrals), ``quick`` a tenth for a smoke run, ``tiny`` what the
harness test uses. An import that runs past ``import_cap_s`` is stopped and
reported as below the rate it would have needed, to keep the run short.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path

from harness import BENCH

from familjecenter_desktop.synthetic import database
from familjecenter_desktop.synthetic.catalogue import generate_catalogue
from familjecenter_desktop.synthetic.ptv_json import write_ptv_catalogue
from familjecenter_desktop.synthetic.rows import CatalogueSize

log = logging.getLogger(__name__)

CACHE = BENCH / ".cache"


@dataclass(frozen=True)
class Sizes:
    """How big the data is and how often each thing is repeated."""

    mode: str
    services: int
    locations: int
    referrals: int
    import_services: tuple[int, ...]
    import_cap_s: float
    startup_runs: int
    search_repeats: int
    scroll_repeats: int
    sheet_repeats: int


SIZES = {
    "full": Sizes(
        "full", 100_000, 5_000, 1_000_000, (10_000, 100_000), 240, 5, 2, 3, 15
    ),
    "quick": Sizes("quick", 10_000, 1_000, 100_000, (10_000,), 120, 3, 2, 2, 10),
    "tiny": Sizes("tiny", 300, 40, 2_000, (200,), 120, 1, 1, 1, 2),
}


def catalogue_size(sizes: Sizes) -> CatalogueSize:
    return CatalogueSize(services=sizes.services, locations=sizes.locations)


def catalogue_database(sizes: Sizes, cache: Path = CACHE) -> database.BuildReport:
    """The made-up catalogue (with referrals when their model exists), cached."""
    from referral_data import referral_rows_or_none

    extra, key = referral_rows_or_none(sizes)
    return database.cached_database(
        cache, catalogue_size(sizes), seed=1, extra_rows=extra, extra_key=key
    )


def ptv_folders(sizes: Sizes, cache: Path = CACHE) -> dict[int, Path]:
    """Made-up catalogues as PTV JSON files, by their number of services."""
    folders = {}
    for services in sizes.import_services:
        size = CatalogueSize(services=services, locations=max(20, services // 20))
        folder = cache / f"ptv-{size.key}-seed2-g{database.GENERATOR_VERSION}"
        if not folder.exists():
            write_ptv_catalogue(generate_catalogue(size, seed=2), folder)
        folders[services] = folder
    return folders
