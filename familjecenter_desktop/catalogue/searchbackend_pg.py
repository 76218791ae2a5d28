"""Finding candidate services on PostgreSQL: the same matches, in the same order,
as SQLite's FTS5 tables (``searchfts``).

A typed word of three or more characters matches a service when one of its
forms is a substring of the name, keywords, organisation or place, or starts a
word anywhere (the body included); a shorter word must start a word in the
name or keywords. ``searchfts`` gathers these in tiers, each in id order:

1. every word starts a word in the name or keywords;
2. every word is a substring of the short fields (short words: tier 1's rule);
3. every word starts a word somewhere (short words: tier 1's rule);
4. the rest of the matches.

Here one query orders the matches by (tier, id) and stops after ``limit + 1``,
which picks the same services as the FTS5 tiers do. Substrings are LIKE and
word starts a regular expression (a word starts after any character that is
not a letter or digit, as FTS5's ``unicode61`` words do); PostgreSQL serves both
from the pg_trgm GIN index made by migration 0004 (``db/pgtrigram.py``).
Without the index the answer is the same, only slower.
"""

from __future__ import annotations

import logging
import re

from sqlalchemy import Select, and_, case, or_, select
from sqlalchemy.orm import Session

from familjecenter_desktop.catalogue.searchbackend import (
    FIELDS,
    SHORT_FIELDS,
    QueryWord,
    like_patterns,
)
from familjecenter_desktop.db.models import SearchDocument

log = logging.getLogger(__name__)

# The fields searched for substrings (compound parts): all but the body.
SUBSTRING_FIELDS = ("name", "keywords", "organisation", "place")
# A word starts at the text's start or after a character that is no letter/digit.
WORD_START = "(^|[^[:alnum:]])"
# Characters with a meaning in a PostgreSQL regular expression (a backslash
# before a letter would start an escape, so only these are escaped).
_REGEX_SPECIAL = re.compile(r"([.^$*+?()\[\]{}|\\])")


class TrigramBackend:
    """Candidates by LIKE and word-start patterns, through the pg_trgm index."""

    name = "pg_trgm"

    def candidates(self, session: Session, words: list[QueryWord]) -> list[int]:
        """Every matching service, best tier first, then by id."""
        return list(session.scalars(_query(words)))

    def bounded(
        self,
        session: Session,
        words: list[QueryWord],
        limit: int,
        allowed: Select | None = None,
    ) -> tuple[list[int], bool]:
        """Up to ``limit`` candidates (best tier first) and whether more match."""
        query = _query(words)
        if allowed is not None:
            query = query.where(SearchDocument.service_id.in_(allowed))
        ids = list(session.scalars(query.limit(limit + 1)))
        return ids[:limit], len(ids) > limit


def _query(words: list[QueryWord]) -> Select:
    tier1 = and_(*(_starts(w, SHORT_FIELDS) for w in words))
    tier2 = and_(*(_starts(w, SHORT_FIELDS) if w.short else _inside(w) for w in words))
    tier3 = and_(*(_starts(w, SHORT_FIELDS if w.short else FIELDS) for w in words))
    matches = and_(
        *(
            _starts(w, SHORT_FIELDS) if w.short else or_(_inside(w), _starts(w, FIELDS))
            for w in words
        )
    )
    tier = case((tier1, 1), (tier2, 2), (tier3, 3), else_=4)
    return (
        select(SearchDocument.service_id)
        .where(matches)
        .order_by(tier, SearchDocument.service_id)
    )


def _inside(word: QueryWord):
    """A form of the word anywhere in a short field (LIKE, index-served)."""
    return or_(
        *(
            getattr(SearchDocument, field).like(pattern, "\\")
            for field in SUBSTRING_FIELDS
            for form in word.alternatives
            for pattern in like_patterns(form, False)
        )
    )


def _starts(word: QueryWord, fields: tuple[str, ...]):
    """A form of the word at a word start in one of ``fields``."""
    return or_(
        *(
            getattr(SearchDocument, field).regexp_match(WORD_START + _regex(form))
            for field in fields
            for form in word.alternatives
        )
    )


def _regex(form: str) -> str:
    """The form as a literal in a PostgreSQL regular expression."""
    return _REGEX_SPECIAL.sub(r"\\\1", form)
