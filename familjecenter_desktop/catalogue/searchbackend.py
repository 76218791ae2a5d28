"""Finding candidate services for query words: the database-specific part.

``FtsBackend`` uses SQLite's FTS5 trigram table (substrings of 3+ characters);
``LikeBackend`` uses LIKE on the same folded columns and runs on any database
(PostgreSQL included; a pg_trgm GIN index would make it fast there). Words
shorter than three characters match a word start in the name or keywords,
through LIKE in both.
Each backend returns candidate ids best first by its own cheap measure.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

from sqlalchemy import and_, or_, select, text
from sqlalchemy.orm import Session

from familjecenter_desktop.catalogue import searchindex
from familjecenter_desktop.db.models import SearchDocument

log = logging.getLogger(__name__)

TRIGRAM = 3
FIELDS = ("name", "keywords", "organisation", "place", "body")
# Words under three characters match a word start in the name or keywords only.
SHORT_FIELDS = ("name", "keywords")
# bm25 column weights: name over keywords over organisation/place over body.
BM25_WEIGHTS = "10.0, 5.0, 3.0, 3.0, 1.0"


@dataclass(frozen=True)
class QueryWord:
    """One typed word (folded) and the other forms that also match it."""

    word: str
    forms: tuple[str, ...] = ()

    @property
    def short(self) -> bool:
        return len(self.word) < TRIGRAM

    @property
    def alternatives(self) -> tuple[str, ...]:
        return (self.word, *self.forms)


class LikeBackend:
    """Candidates by LIKE on the folded columns; works on every database."""

    name = "like"

    def candidates(self, session: Session, words: list[QueryWord]) -> list[int]:
        conditions = [_like_word(word) for word in words]
        query = (
            select(SearchDocument.service_id)
            .where(and_(*conditions))
            .order_by(SearchDocument.name, SearchDocument.service_id)
        )
        return list(session.scalars(query))


class FtsBackend:
    """Candidates from the SQLite FTS5 trigram index, in bm25 order."""

    name = "fts5"

    def candidates(self, session: Session, words: list[QueryWord]) -> list[int]:
        long_words = [w for w in words if not w.short]
        short_words = [w for w in words if w.short]
        if not long_words:
            return LikeBackend().candidates(session, words)

        match = " AND ".join(
            "(" + " OR ".join(_phrase(f) for f in w.alternatives) + ")"
            for w in long_words
        )
        if not short_words:
            rows = session.execute(
                text(
                    f"SELECT rowid FROM {searchindex.FTS_TABLE} "
                    f"WHERE {searchindex.FTS_TABLE} MATCH :match "
                    f"ORDER BY bm25({searchindex.FTS_TABLE}, {BM25_WEIGHTS}), rowid"
                ),
                {"match": match},
            )
            return [row[0] for row in rows]

        conditions = [_like_word(word) for word in short_words]
        query = (
            select(SearchDocument.service_id)
            .where(
                SearchDocument.service_id.in_(
                    text(
                        f"SELECT rowid FROM {searchindex.FTS_TABLE} "
                        f"WHERE {searchindex.FTS_TABLE} MATCH :match"
                    ).bindparams(match=match)
                ),
                *conditions,
            )
            .order_by(SearchDocument.name, SearchDocument.service_id)
        )
        return list(session.scalars(query))


def backend_for(session: Session):
    """The best backend this database offers."""
    if searchindex.has_fts(session):
        searchindex.ensure_fts(session)
        return FtsBackend()
    if session.get_bind().dialect.name == "postgresql":
        # Imported here: the PostgreSQL backend builds on this module.
        from familjecenter_desktop.catalogue.searchbackend_pg import TrigramBackend

        return TrigramBackend()
    return LikeBackend()


def _phrase(form: str) -> str:
    """An FTS5 string literal: the text in double quotes, inner quotes doubled."""
    return '"' + form.replace('"', '""') + '"'


def _like_word(word: QueryWord):
    """The word (or a form) in some folded column: anywhere, or at a word start."""
    options = []
    for form in word.alternatives:
        patterns = like_patterns(form, word.short)
        for field in SHORT_FIELDS if word.short else FIELDS:
            column = getattr(SearchDocument, field)
            options.extend(column.like(p, "\\") for p in patterns)
    return or_(*options)


def like_patterns(form: str, short: bool) -> list[str]:
    """LIKE patterns (escape ``\\``) for a form: anywhere, or a word start."""
    escaped = _escape(form)
    if short:
        return [escaped + "%", "% " + escaped + "%", "%-" + escaped + "%"]
    return ["%" + escaped + "%"]


def _escape(text_: str) -> str:
    return text_.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
