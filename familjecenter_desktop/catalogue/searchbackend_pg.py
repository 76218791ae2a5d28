"""Finding candidate services on PostgreSQL: the same matches as SQLite's FTS5.

A candidate is a service whose folded columns hold every query word (or one of
its other forms) as a substring; words under three characters must start a word
in the name or keywords. These are the same conditions the SQLite backend puts
to its FTS5 trigram table, written as LIKE, which PostgreSQL serves from the
pg_trgm GIN index made by migration 0004 (``db/pgtrigram.py``); without the
index the answer is the same, only slower.

Candidates come best first by a weighted field measure like SQLite's bm25
column weights (name 10, keywords 5, organisation and place 3, body 1), then by
name and id; ``search.py`` re-ranks the best of them in Python either way.
"""

from __future__ import annotations

import logging

from sqlalchemy import Integer, and_, case, literal, or_, select
from sqlalchemy.orm import Session

from familjecenter_desktop.catalogue.searchbackend import (
    FIELDS,
    SHORT_FIELDS,
    QueryWord,
    like_patterns,
)
from familjecenter_desktop.db.models import SearchDocument

log = logging.getLogger(__name__)

WEIGHTS = {"name": 10, "keywords": 5, "organisation": 3, "place": 3, "body": 1}


class TrigramBackend:
    """Candidates by LIKE on the folded columns, through the pg_trgm index."""

    name = "pg_trgm"

    def candidates(self, session: Session, words: list[QueryWord]) -> list[int]:
        matches = [
            {field: _in_field(word, field) for field in _fields(word)} for word in words
        ]
        score = sum(
            (
                case((condition, WEIGHTS[field]), else_=0)
                for by_field in matches
                for field, condition in by_field.items()
            ),
            start=literal(0, Integer),
        )
        query = (
            select(SearchDocument.service_id)
            .where(and_(*(or_(*by_field.values()) for by_field in matches)))
            .order_by(score.desc(), SearchDocument.name, SearchDocument.service_id)
        )
        return list(session.scalars(query))


def _fields(word: QueryWord) -> tuple[str, ...]:
    return SHORT_FIELDS if word.short else FIELDS


def _in_field(word: QueryWord, field: str):
    """The word or one of its forms in one folded column (short: a word start)."""
    column = getattr(SearchDocument, field)
    return or_(
        *(
            column.like(pattern, "\\")
            for form in word.alternatives
            for pattern in like_patterns(form, word.short, field)
        )
    )
