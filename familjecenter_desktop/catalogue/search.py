"""Search over the catalogue: typed text and filters to ranked service ids.

Steps: the filters give the allowed services (``searchfilters``); the typed words
(folded, with Snowball stems as other forms) give candidates from the backend
(``searchbackend``: FTS5 trigram on SQLite, LIKE elsewhere); the best candidates
are re-ranked here: name over keyword over organisation/place over body, a word
start over a mid-word match, the exact spelling (accents kept) first, then by
name and id, so the order is deterministic. Candidates beyond ``RERANK`` follow
in the backend's order. Empty text lists every allowed service by name.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from familjecenter_desktop.catalogue import searchtext
from familjecenter_desktop.catalogue.searchbackend import QueryWord, backend_for
from familjecenter_desktop.catalogue.searchfilters import allowed_ids
from familjecenter_desktop.db.models import SearchDocument, Service

log = logging.getLogger(__name__)

# How many of the backend's best candidates are re-ranked in Python.
RERANK = 200
CHUNK = 900
STEM_LANGUAGES = ("fi", "sv", "en")
MIN_STEMMED_WORD = 5

FIELD_WEIGHTS = (("name", 100.0), ("keywords", 40.0), ("organisation", 20.0))
PLACE_WEIGHT = 20.0
BODY_WEIGHT = 5.0
WORD_START_FACTOR = 2.0
OTHER_FORM_FACTOR = 0.5
EXACT_BONUS = 30.0


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


# Not frozen: a frozen dataclass is three times slower to create, and a search
# can return tens of thousands of hits per keystroke.
@dataclass(slots=True)
class SearchHit:
    service_id: int
    score: float


def search(session: Session, request: SearchRequest) -> list[SearchHit]:
    """Ranked services matching the text and every filter; never raises on text."""
    allowed = allowed_ids(session, request.filters)
    if allowed is not None and not allowed:
        return []

    words = query_words(request.text or "")
    if not words:
        return _by_name(session, allowed, request.limit)

    candidates = backend_for(session).candidates(session, words)
    if allowed is not None:
        candidates = [i for i in candidates if i in allowed]

    head, tail = candidates[:RERANK], candidates[RERANK:]
    hits = _rerank(session, head, words, request.text or "")
    hits.extend(SearchHit(service_id=i, score=0.0) for i in tail)
    if request.limit is not None:
        hits = hits[: max(request.limit, 0)]
    return hits


def query_words(text: str) -> list[QueryWord]:
    """The typed words, folded, each with its Snowball stems as other forms."""
    result = []
    for word in searchtext.query_tokens(text):
        forms: list[str] = []
        if len(word) >= MIN_STEMMED_WORD:
            for lang in STEM_LANGUAGES:
                for stem in searchtext.stems([word], lang):
                    if len(stem) >= 4 and stem not in forms:
                        forms.append(stem)
        result.append(QueryWord(word=word, forms=tuple(forms)))
    return result


def _by_name(
    session: Session, allowed: set[int] | None, limit: int | None
) -> list[SearchHit]:
    """Every allowed service ordered by (folded) name, then id."""
    query = (
        select(Service.id)
        .outerjoin(SearchDocument, SearchDocument.service_id == Service.id)
        .order_by(func.coalesce(SearchDocument.name, ""), Service.id)
    )
    ids = [i for i in session.scalars(query) if allowed is None or i in allowed]
    if limit is not None:
        ids = ids[: max(limit, 0)]
    return [SearchHit(service_id=i, score=0.0) for i in ids]


def _rerank(
    session: Session, ids: list[int], words: list[QueryWord], text: str
) -> list[SearchHit]:
    """Score the candidates on their short fields and sort them."""
    documents = {}
    for start in range(0, len(ids), CHUNK):
        chunk = ids[start : start + CHUNK]
        rows = session.execute(
            select(
                SearchDocument.service_id,
                SearchDocument.name,
                SearchDocument.keywords,
                SearchDocument.organisation,
                SearchDocument.place,
                SearchDocument.exact,
            ).where(SearchDocument.service_id.in_(chunk))
        ).all()
        documents.update({row.service_id: row for row in rows})

    patterns = [_patterns(word) for word in words]
    exact_words = [
        w
        for w in searchtext.exact_tokens(text[: searchtext.MAX_QUERY_CHARS])
        if w != searchtext.fold(w)
    ][: searchtext.MAX_QUERY_TOKENS]
    scored = []
    for service_id in ids:
        row = documents.get(service_id)
        if row is None:
            continue
        score = sum(_word_score(row, p) for p in patterns)
        exact = row.exact or ""
        score += sum(EXACT_BONUS for w in exact_words if w in exact)
        scored.append((-score, row.name or "", service_id))

    scored.sort()
    return [SearchHit(service_id=i, score=-s) for s, _, i in scored]


def _patterns(word: QueryWord) -> list[tuple[str, re.Pattern, float]]:
    """(form, word-start pattern, factor) for the word and each other form."""
    factors = [1.0] + [OTHER_FORM_FACTOR] * len(word.forms)
    return [
        (form, re.compile(r"(?<!\w)" + re.escape(form)), factor)
        for form, factor in zip(word.alternatives, factors, strict=True)
    ]


def _word_score(row, patterns: list[tuple[str, re.Pattern, float]]) -> float:
    """The best field match of one query word in one document (else: body)."""
    best = 0.0
    for name, weight in (*FIELD_WEIGHTS, ("place", PLACE_WEIGHT)):
        value = getattr(row, name) or ""
        for form, pattern, factor in patterns:
            if form not in value:
                continue
            start = WORD_START_FACTOR if pattern.search(value) else 1.0
            best = max(best, weight * start * factor)
    return best or BODY_WEIGHT
