"""Remembering that the store was closed cleanly, so a start can skip the long check.

A full ``PRAGMA integrity_check`` reads every page: seconds for a small store,
minutes for a county's. After a clean close the application writes a small marker
beside the database with the file's size and modification time and when the last
full check passed. At the next start the full check is skipped when the marker
still matches the file (nothing wrote to it since, no journal or WAL left
behind) and the last full check is recent; otherwise (a crash, a copy, a
change made outside the application, or a week gone by) the full check runs.
The marker is removed as soon as the store is opened, so a crash leaves none.
The marker holds no personal data.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
from datetime import UTC, datetime, timedelta
from pathlib import Path

log = logging.getLogger(__name__)

MARKER_SUFFIX = ".closed"
JOURNAL_SUFFIXES = ("-wal", "-journal")
SAMPLE_PAGE = 4096
SAMPLES = 64  # pages read besides the first and the last


def marker_path(database: Path) -> Path:
    return database.with_name(database.name + MARKER_SUFFIX)


def _sampled_digest(database: Path, size: int) -> str:
    """SHA-256 of the first, the last and evenly spread pages (a cheap read).

    File times can be coarser than the gap between a close and a change made
    right after it, so a sample of the content is compared too.
    """
    digest = hashlib.sha256()
    pages = max(1, size // SAMPLE_PAGE)
    wanted = sorted({0, pages - 1, *range(0, pages, max(1, pages // SAMPLES))})
    with database.open("rb") as file:
        for page in wanted:
            file.seek(page * SAMPLE_PAGE)
            digest.update(file.read(SAMPLE_PAGE))
    return digest.hexdigest()


def _fingerprint(database: Path) -> dict[str, int | str]:
    stat = database.stat()
    return {
        "size": stat.st_size,
        "mtime_ns": stat.st_mtime_ns,
        "sample": _sampled_digest(database, stat.st_size),
    }


def _journal_left(database: Path) -> bool:
    for suffix in JOURNAL_SUFFIXES:
        journal = database.with_name(database.name + suffix)
        if journal.exists() and journal.stat().st_size > 0:
            return True
    return False


def last_full_check(database: Path) -> datetime | None:
    """When the last full check passed, if the store is unchanged since its close."""
    marker = marker_path(database)
    try:
        saved = json.loads(marker.read_text(encoding="utf-8"))
        fingerprint = _fingerprint(database)
    except (OSError, ValueError):
        return None
    if not isinstance(saved, dict) or _journal_left(database):
        return None
    if saved.get("file") != fingerprint:
        return None
    try:
        return datetime.fromisoformat(saved["checked_at"])
    except (KeyError, TypeError, ValueError):
        return None


def full_check_needed(database: Path, every_days: int) -> bool:
    """Whether a start must run the full integrity check."""
    checked_at = last_full_check(database)
    return checked_at is None or not check_is_recent(checked_at, every_days)


def check_is_recent(checked_at: datetime, every_days: int) -> bool:
    """Whether a full check that passed at ``checked_at`` is still new enough."""
    return datetime.now(UTC) - checked_at <= timedelta(days=max(0, every_days))


def forget(database: Path) -> None:
    """Remove the marker: the store is open and may change from now on."""
    try:
        marker_path(database).unlink(missing_ok=True)
    except OSError:
        log.warning("could not remove the clean-close marker")


def remember(database: Path, checked_at: datetime) -> None:
    """Write the marker after a clean close (a failure only costs a full check)."""
    if not database.exists() or _journal_left(database):
        return
    marker = marker_path(database)
    part = marker.with_name(marker.name + ".part")
    record = {"file": _fingerprint(database), "checked_at": checked_at.isoformat()}
    try:
        part.write_text(json.dumps(record), encoding="utf-8")
        os.replace(part, marker)
    except OSError:
        log.warning("could not write the clean-close marker")
        part.unlink(missing_ok=True)
