"""Plain row containers shared by the synthetic table generators."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime

SOURCE = "synthetic"
IMPORTED = datetime(2026, 11, 30, 22, 0, tzinfo=UTC)


@dataclass(frozen=True)
class CatalogueSize:
    """How big a made-up catalogue is."""

    services: int = 100_000
    locations: int = 5_000

    @property
    def key(self) -> str:
        return f"s{self.services}-l{self.locations}"


@dataclass
class CatalogueRows:
    """Every table's rows, in insertion order (parents before children)."""

    tables: dict[str, list[dict]] = field(default_factory=dict)

    def add(self, table: str, row: dict) -> None:
        self.tables.setdefault(table, []).append(row)

    def count(self, table: str) -> int:
        return len(self.tables.get(table, []))


def local(fi: str, sv: str, en: str) -> dict[str, str]:
    """A ``{lang: text}`` mapping in the three languages."""
    return {"fi": fi, "sv": sv, "en": en}


def source_columns(kind: str, row_id: int) -> dict:
    """The source-tracking columns of an imported row."""
    return {
        "source_system": SOURCE,
        "source_id": f"{kind}-{row_id}",
        "source_modified": IMPORTED,
        "imported_at": IMPORTED,
        "content_hash": None,
    }
