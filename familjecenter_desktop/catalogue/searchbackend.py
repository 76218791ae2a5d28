"""Finding candidate services for query words: the database-specific part.

``FtsBackend`` uses SQLite's FTS5 tables (``searchfts``); ``LikeBackend`` uses
LIKE on the same folded columns and runs on any database. A word of three or
more characters matches a substring of the short fields or a word start in the
body; shorter words match a word start in the name or keywords.
Each backend returns candidate ids best first by its own cheap measure.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

from sqlalchemy import and_, func, or_, select
from sqlalchemy.orm import Session

from familjecenter_desktop.catalogue import searchindex
from familjecenter_desktop.db.models import SearchDocument

log = logging.getLogger(__name__)

TRIGRAM = 3
FIELDS = ("name", "keywords", "organisation", "place", "body")
# Words under three characters match a word start in the name or keywords only.
SHORT_FIELDS = ("name", "keywords")


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
    """Candidates from the SQLite FTS5 tables (``searchfts``), best kinds first.

    ``search.py`` calls ``searchfts`` itself with a bound; this whole list is
    for callers that want every candidate.
    """

    name = "fts5"

    def candidates(self, session: Session, words: list[QueryWord]) -> list[int]:
        from familjecenter_desktop.catalogue import searchfts  # it imports us

        count = session.scalar(select(func.count()).select_from(SearchDocument))
        return searchfts.candidates(session, words, count or 0)[0]


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


def _like_word(word: QueryWord):
    """The word (or a form) in some folded column: anywhere, or at a word start."""
    options = []
    for form in word.alternatives:
        for field in SHORT_FIELDS if word.short else FIELDS:
            column = getattr(SearchDocument, field)
            patterns = like_patterns(form, word.short, field)
            options.extend(column.like(p, "\\") for p in patterns)
    return or_(*options)


def like_patterns(form: str, short: bool, field: str = "") -> list[str]:
    """LIKE patterns (escape ``\\``) for a form: anywhere, or a word start.

    The body holds words separated by single spaces (``searchindex``) and is
    matched at a word start, as SQLite's FTS5 word table matches it.
    """
    escaped = _escape(form)
    if short:
        return [escaped + "%", "% " + escaped + "%", "%-" + escaped + "%"]
    if field == "body":
        return [escaped + "%", "% " + escaped + "%"]
    return ["%" + escaped + "%"]


def _escape(text_: str) -> str:
    return text_.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
