"""Search over the catalogue: typed text and filters to ranked service ids.

Steps: the typed words (folded, with Snowball stems as other forms) give
candidates, narrowed by the filters in SQL (``searchfilters``): on SQLite from
the FTS5 tables, best kinds of match first and bounded (``searchfts``); on other
databases from ``searchbackend``. The candidates are re-ranked here: name over
keyword over organisation/place over body, a word start over a mid-word match,
the exact spelling (accents kept) first, then by name and id, so the order is
deterministic. Empty text lists the allowed services by name.

A search returns at most ``MAX_HITS`` hits (or the request's limit); the list's
``more`` says that further services match, so the view can ask for more words.
"""

from __future__ import annotations

import json
import logging
import re
from dataclasses import dataclass

from sqlalchemy import func, select, text
from sqlalchemy.orm import Session

from familjecenter_desktop.catalogue import searchfts, searchindex, searchtext
from familjecenter_desktop.catalogue.searchbackend import QueryWord, backend_for
from familjecenter_desktop.catalogue.searchfilters import (
    allowed_ids,
    any_filter,
    filtered_query,
)
from familjecenter_desktop.catalogue.searchrequest import SORT_LANGUAGES, SearchRequest
from familjecenter_desktop.db.models import SearchDocument, Service

log = logging.getLogger(__name__)

# How many of the backend's best candidates are re-ranked in Python (other
# databases; on SQLite every bounded candidate is).
RERANK = 200
# The most hits one search returns unless the request asks for another limit.
MAX_HITS = 200
# With "open at" (checked in Python), more candidates are read to fill the page.
OPEN_AT_FACTOR = 4
CHUNK = 900
STEM_LANGUAGES = ("fi", "sv", "en")
MIN_STEMMED_WORD = 5

FIELD_WEIGHTS = (("name", 100.0), ("keywords", 40.0), ("organisation", 20.0))
PLACE_WEIGHT = 20.0
BODY_WEIGHT = 5.0
WORD_START_FACTOR = 2.0
OTHER_FORM_FACTOR = 0.5
EXACT_BONUS = 30.0


# Not frozen: a frozen dataclass is three times slower to create, and a search
# can return tens of thousands of hits per keystroke.
@dataclass(slots=True)
class SearchHit:
    service_id: int
    score: float


class SearchHits(list):
    """The ranked hits; ``more`` is True when further services match."""

    more: bool = False


def search(session: Session, request: SearchRequest) -> SearchHits:
    """Ranked services matching the text and every filter; never raises on text."""
    limit = MAX_HITS if request.limit is None else max(request.limit, 0)
    filters = request.filters
    in_python = None  # "open at" is checked in Python, on the allowed ids
    if filters.open_at is not None:
        in_python = allowed_ids(session, filters)
        if not in_python:
            return SearchHits()
    allowed = filtered_query(filters) if any_filter(filters) else None

    words = query_words(request.text or "")
    if not words:
        # Browsing by name is not capped unless asked: it is not per keystroke.
        by_name_limit = None if request.limit is None else limit
        return _by_name(session, allowed, in_python, by_name_limit, request.lang)

    backend = None if searchindex.has_fts(session) else backend_for(session)
    if backend is None or hasattr(backend, "bounded"):
        # SQLite's FTS5 tiers, or PostgreSQL's same tiers: bounded, all re-ranked.
        wanted = limit * OPEN_AT_FACTOR if in_python is not None else limit
        if backend is None:
            searchindex.ensure_fts(session)
            candidates, more = searchfts.candidates(session, words, wanted, allowed)
        else:
            candidates, more = backend.bounded(session, words, wanted, allowed)
        if in_python is not None:
            candidates = [i for i in candidates if i in in_python]
        hits = _rerank(session, candidates, words, request.text or "")
    else:
        candidates = backend.candidates(session, words)
        allowed_set = in_python
        if allowed_set is None and allowed is not None:
            allowed_set = set(session.scalars(allowed))
        if allowed_set is not None:
            candidates = [i for i in candidates if i in allowed_set]
        head, tail = candidates[:RERANK], candidates[RERANK:limit]
        hits = _rerank(session, head, words, request.text or "")
        hits.extend(SearchHit(service_id=i, score=0.0) for i in tail)
        more = len(candidates) > limit

    result = SearchHits(hits[:limit])
    result.more = more or len(hits) > limit
    return result


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
    session: Session,
    allowed,
    in_python: set[int] | None,
    limit: int | None,
    lang: str = "fi",
) -> SearchHits:
    """The allowed services ordered by (folded) name in ``lang``, then id.

    At most ``limit``. When every service has its search document (always,
    outside an import) the order is read from the ``sort_<lang>`` index of
    migration 0006 instead of sorting the catalogue: 34 ms instead of 430 ms
    for 100,000 services. Mid-import, services without a document come first.
    """
    if lang not in SORT_LANGUAGES:
        lang = "fi"
    sort = getattr(SearchDocument, f"sort_{lang}")
    if session.get_bind().dialect.name == "postgresql":
        sort = sort.collate("C")  # byte order, as SQLite compares
    if _all_indexed(session):
        query = select(SearchDocument.service_id).order_by(
            sort, SearchDocument.service_id
        )
        if allowed is not None:
            query = query.where(SearchDocument.service_id.in_(allowed))
    else:
        query = (
            select(Service.id)
            .outerjoin(SearchDocument, SearchDocument.service_id == Service.id)
            .order_by(func.coalesce(sort, ""), Service.id)
        )
        if allowed is not None:
            query = query.where(Service.id.in_(allowed))
    if in_python is None and limit is not None:
        ids = list(session.scalars(query.limit(limit + 1)))
    else:
        ids = [i for i in session.scalars(query) if in_python is None or i in in_python]
    if limit is None:
        return SearchHits(SearchHit(service_id=i, score=0.0) for i in ids)
    result = SearchHits(SearchHit(service_id=i, score=0.0) for i in ids[:limit])
    result.more = len(ids) > limit
    return result


def _all_indexed(session: Session) -> bool:
    """Whether every service has its search document (their counts are equal)."""
    services = select(func.count()).select_from(Service).scalar_subquery()
    documents = select(func.count()).select_from(SearchDocument).scalar_subquery()
    return bool(session.scalar(select(services == documents)))


def _rerank(
    session: Session, ids: list[int], words: list[QueryWord], text: str
) -> list[SearchHit]:
    """Score the candidates on their short fields and sort them."""
    documents = _short_fields(session, ids)

    patterns = [_patterns(word) for word in words]
    # A short word starts a word of the name or keywords: the text's start, or
    # after a space or hyphen (FTS5's word tokens also start after other marks).
    short = [
        re.compile(r"(?:^|[ -])" + re.escape(word.word)) for word in words if word.short
    ]
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
        fields = (row.name or "", row.keywords or "", row.organisation or "")
        fields += (row.place or "",)
        if short and not all(p.search(fields[0]) or p.search(fields[1]) for p in short):
            continue
        score = sum(_word_score(fields, p) for p in patterns)
        exact = row.exact or ""
        score += sum(EXACT_BONUS for w in exact_words if w in exact)
        scored.append((-score, fields[0], service_id))

    scored.sort()
    return [SearchHit(service_id=i, score=-s) for s, _, i in scored]


def _short_fields(session: Session, ids: list[int]) -> dict:
    """The short fields of the candidates' search documents, by service id."""
    columns = "service_id, name, keywords, organisation, place, exact"
    if ids and session.get_bind().dialect.name == "sqlite":
        # One JSON parameter instead of hundreds: compiling the IN list cost
        # more than reading the rows.
        rows = session.execute(
            text(
                f"SELECT {columns} FROM search_document WHERE service_id IN "
                "(SELECT value FROM json_each(:ids))"
            ),
            {"ids": json.dumps(ids)},
        )
        return {row.service_id: row for row in rows}
    documents = {}
    for start in range(0, len(ids), CHUNK):
        rows = session.execute(
            select(
                SearchDocument.service_id,
                SearchDocument.name,
                SearchDocument.keywords,
                SearchDocument.organisation,
                SearchDocument.place,
                SearchDocument.exact,
            ).where(SearchDocument.service_id.in_(ids[start : start + CHUNK]))
        )
        documents.update({row.service_id: row for row in rows})
    return documents


def _patterns(word: QueryWord) -> list[tuple[str, re.Pattern, float]]:
    """(form, word-start pattern, factor) for the word and each other form."""
    factors = [1.0] + [OTHER_FORM_FACTOR] * len(word.forms)
    return [
        (form, re.compile(r"(?<!\w)" + re.escape(form)), factor)
        for form, factor in zip(word.alternatives, factors, strict=True)
    ]


# The short fields in the order _rerank passes them, with their weights.
_WEIGHTS = (*(weight for _, weight in FIELD_WEIGHTS), PLACE_WEIGHT)


def _word_score(
    fields: tuple[str, ...], patterns: list[tuple[str, re.Pattern, float]]
) -> float:
    """The best field match of one query word in one document (else: body)."""
    best = 0.0
    for value, weight in zip(fields, _WEIGHTS, strict=True):
        if best >= weight * WORD_START_FACTOR:
            break  # the weights fall: no later field can do better
        for form, pattern, factor in patterns:
            if form not in value:
                continue
            start = WORD_START_FACTOR if pattern.search(value) else 1.0
            best = max(best, weight * start * factor)
    return best or BODY_WEIGHT
