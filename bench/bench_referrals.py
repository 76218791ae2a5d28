"""The referral list filtered to one unit at 1,000,000 referrals, and scrolling.

Measured through ``referrals.listing.list_page`` (keyset pages of 100, newest
change first; each listed referral is written to the access log, as in the
window), for the unit that sees the most referrals, as a member of its staff:

- first page: one call without a cursor;
- scroll to the end: every page in turn until the cursor runs out.

The floor is a bare SQL query of the same rows on the same file through the
plain ``sqlite3`` module: the first 100 ids of the unit's referrals in the same
order, and every id for the scroll. The work is rolled back, so the cached
database keeps its access log empty.
"""

from __future__ import annotations

import logging
import sqlite3
import time
from pathlib import Path

from harness import Result, not_measured, summarise, timed

log = logging.getLogger(__name__)

FIRST_PAGE = "referral list, one unit: first page"
SCROLL = "referral list, one unit: scroll to the end"
PAGE = 100
FLOOR_SQL = (
    "SELECT id FROM referral WHERE sender_unit_id = ? OR receiver_unit_id = ? "
    "ORDER BY updated_at DESC, id DESC"
)


def busiest_unit(connection: sqlite3.Connection) -> tuple[int, int, int] | None:
    """(unit, a staff member of it, its visible referrals), the most referrals."""
    found = connection.execute(
        "SELECT unit, count(*) FROM ("
        " SELECT sender_unit_id AS unit FROM referral"
        " UNION ALL SELECT receiver_unit_id FROM referral"
        " WHERE receiver_unit_id IS NOT sender_unit_id"
        ") WHERE unit IS NOT NULL GROUP BY unit ORDER BY count(*) DESC LIMIT 1"
    ).fetchone()
    if found is None:
        return None
    unit, count = found
    user = connection.execute(
        "SELECT id FROM staff_user WHERE unit_id = ? ORDER BY id LIMIT 1", (unit,)
    ).fetchone()
    return (unit, user[0], count) if user else None


def measure(database: Path, sizes, workspace) -> list[Result]:
    """First page and scroll-to-end of one unit's referrals vs. bare SQL."""
    from familjecenter_desktop.referrals.listing import ReferralFilter, list_page
    from familjecenter_desktop.referrals.permissions import Actor

    raw = sqlite3.connect(database)
    try:
        chosen = busiest_unit(raw)
        if chosen is None:
            why = "the database has no referrals (or no staff)"
            return [
                not_measured(FIRST_PAGE, "ms", "< 100 ms", why),
                not_measured(SCROLL, "ms", "—", why),
            ]
        unit, user, visible = chosen
        actor = Actor(user, f"synthetic{user}", "Työntekijä", "nurse", unit)
        wanted = ReferralFilter()

        def first_page() -> None:
            with workspace.session() as session:
                list_page(session, actor, wanted, None, PAGE)
                session.rollback()

        def scroll() -> int:
            pages = 0
            with workspace.session() as session:
                after = None
                while True:
                    page = list_page(session, actor, wanted, after, PAGE)
                    pages += 1
                    after = page.after
                    if after is None:
                        break
                session.rollback()
            return pages

        def floor_first() -> None:
            raw.execute(FLOOR_SQL + f" LIMIT {PAGE}", (unit, unit)).fetchall()

        def floor_all() -> None:
            raw.execute(FLOOR_SQL, (unit, unit)).fetchall()

        first_page()  # warm the caches as opening the tab would
        floor_first()
        repeats = max(5, sizes.scroll_repeats * 5)
        first = timed(first_page, repeats)
        first_floor = timed(floor_first, repeats)
        started = time.perf_counter()
        pages = scroll()
        log.info("scrolled %d pages in %.1f s", pages, time.perf_counter() - started)
        scrolls = [(time.perf_counter() - started) * 1000]
        scrolls += timed(scroll, max(0, sizes.scroll_repeats - 1))
        scroll_floor = timed(floor_all, sizes.scroll_repeats)
    finally:
        raw.close()

    median, p95 = summarise(first)
    floor_median, floor_p95 = summarise(first_floor)
    s_median, s_p95 = summarise(scrolls)
    sf_median, _ = summarise(scroll_floor)
    where = f"unit {unit}: {visible:,} referrals, {pages} pages of {PAGE}"
    return [
        Result(
            name=FIRST_PAGE,
            unit="ms",
            median=median,
            p95=p95,
            floor_name=f"bare SQL, first {PAGE} ids (p95 {floor_p95:.1f} ms)",
            floor_median=floor_median,
            target="< 100 ms",
            met=median < 100,
            samples=first,
            floor_samples=first_floor,
            note=f"{where}; list_page (keyset) with its access-log entries",
        ),
        Result(
            name=SCROLL,
            unit="ms",
            median=s_median,
            p95=s_p95,
            floor_name="bare SQL, every id of the unit",
            floor_median=sf_median,
            target="—",
            met=None,
            samples=scrolls,
            floor_samples=scroll_floor,
            note=f"{where}; {len(scrolls)} scrolls",
        ),
    ]
