"""What a catalogue search asks for: the typed text and the filters.

Plain data with no database code, so the look-up view can build a request
before the database layer has loaded; ``catalogue/search.py`` answers it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime


@dataclass(frozen=True)
class SearchFilters:
    """Filters; None or empty means "any"."""

    categories: frozenset[str] = frozenset()
    tasks: frozenset[str] = frozenset()
    target_groups: frozenset[str] = frozenset()
    child_age_months: int | None = None
    languages: frozenset[str] = frozenset()
    municipalities: frozenset[str] = frozenset()
    open_at: datetime | None = None
    free_only: bool = False


@dataclass(frozen=True)
class SearchRequest:
    text: str = ""
    filters: SearchFilters = field(default_factory=SearchFilters)
    limit: int | None = None
