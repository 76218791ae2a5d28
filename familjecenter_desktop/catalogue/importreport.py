"""What an import did, and the problem that stops one.

Every import returns an ``ImportReport``: per record type how many records were
added, updated, unchanged or skipped, and for each skip the file, the record and
the reason. A fatal problem raises ``CatalogueImportError`` naming the file, the
record and the field; the import is then rolled back as a whole.
"""

from __future__ import annotations

import logging
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from familjecenter_desktop.core.translatable import QT_TRANSLATE_NOOP

log = logging.getLogger(__name__)

OUTCOMES = ("added", "updated", "unchanged", "skipped")

RECORD_TYPE_LABELS = {
    "service": QT_TRANSLATE_NOOP("ImportReport", "services"),
    "channel": QT_TRANSLATE_NOOP("ImportReport", "service channels"),
    "organisation": QT_TRANSLATE_NOOP("ImportReport", "organisations"),
    "code_list": QT_TRANSLATE_NOOP("ImportReport", "code lists"),
    "file": QT_TRANSLATE_NOOP("ImportReport", "files"),
}


class CatalogueImportError(Exception):
    """A fatal problem in the input: names the file, the record and the field."""

    def __init__(
        self,
        reason: str,
        file: str | Path | None = None,
        record: str | None = None,
        field: str | None = None,
    ) -> None:
        self.reason = reason
        self.file = str(file) if file is not None else None
        self.record = record
        self.field = field
        super().__init__(self.describe())

    def describe(self) -> str:
        """One line: where the problem is, then what it is."""
        where = []
        if self.file:
            where.append(self.file)
        if self.record:
            where.append(f"record {self.record}")
        if self.field:
            where.append(f"field {self.field}")
        prefix = ": ".join(where)
        return f"{prefix}: {self.reason}" if prefix else self.reason


@dataclass(frozen=True)
class Skip:
    """One record (or file) left out, and why."""

    record_type: str
    file: str
    record: str | None
    reason: str

    def describe(self) -> str:
        record = f" record {self.record}" if self.record else ""
        return f"{self.file}{record}: {self.reason}"


@dataclass
class ImportReport:
    """Counts per record type and outcome, the skips, and the database ids touched."""

    source: str = ""
    counts: dict[str, Counter] = field(default_factory=dict)
    skips: list[Skip] = field(default_factory=list)
    changed_service_ids: set[int] = field(default_factory=set)
    run_id: int | None = None

    def count(self, record_type: str, outcome: str, n: int = 1) -> None:
        if outcome not in OUTCOMES:
            raise ValueError(f"unknown outcome {outcome!r}")
        self.counts.setdefault(record_type, Counter())[outcome] += n

    def skip(
        self, record_type: str, file: str | Path, record: str | None, reason: str
    ) -> None:
        """Record a skipped record with its reason."""
        self.skips.append(Skip(record_type, str(file), record, reason))
        self.count(record_type, "skipped")
        log.info("skipped a %s record: %s", record_type, reason)

    def total(self, outcome: str) -> int:
        return sum(c[outcome] for c in self.counts.values())

    def get(self, record_type: str, outcome: str) -> int:
        return self.counts.get(record_type, Counter())[outcome]

    @property
    def changed(self) -> bool:
        """Whether anything was added or updated."""
        return bool(self.total("added") or self.total("updated"))

    def merge(self, other: ImportReport) -> None:
        """Add another report's counts and skips to this one."""
        for record_type, counter in other.counts.items():
            self.counts.setdefault(record_type, Counter()).update(counter)
        self.skips.extend(other.skips)
        self.changed_service_ids |= other.changed_service_ids

    def lines(self) -> list[str]:
        """A plain-English summary for the command line and the log."""
        out = []
        order = list(RECORD_TYPE_LABELS)
        for record_type in sorted(
            self.counts, key=lambda t: (order.index(t) if t in order else len(order), t)
        ):
            c = self.counts[record_type]
            label = RECORD_TYPE_LABELS.get(record_type, record_type)
            out.append(
                f"{label}: {c['added']} added, {c['updated']} updated, "
                f"{c['unchanged']} unchanged, {c['skipped']} skipped"
            )
        for skip in self.skips:
            out.append(f"  skipped {skip.describe()}")
        return out
