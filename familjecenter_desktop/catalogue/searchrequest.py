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


# The languages with their own name order for browsing (``SearchRequest.lang``).
SORT_LANGUAGES = ("fi", "sv", "en")


@dataclass(frozen=True)
class SearchRequest:
    """Typed text and filters; ``lang`` orders a list by name (no text) in it."""

    text: str = ""
    filters: SearchFilters = field(default_factory=SearchFilters)
    limit: int | None = None
    lang: str = "fi"
