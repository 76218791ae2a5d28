"""Candidates from SQLite's FTS5 tables, best kinds of match first, bounded.

A typed word of three or more characters matches a service when it is a
substring of its name, keywords, organisation or place (``search_fts``, trigram:
compound parts are found) or the start of a word anywhere, the body included
(``search_words``, with its prefix indexes); a shorter word must start a word in
the name or keywords (``search_names``). Every word must match.

Ranking every match costs time in proportion to the matches (tens of thousands
for the first letters typed at county scale), so candidates are gathered in
tiers, best kind of match first, each read in index order and stopped as soon
as enough are found:

1. every word starts a word in the name or keywords;
2. every word is a substring of the short fields;
3. every word starts a word somewhere;
4. (several words only) the exact condition above, word by word.

``search.py`` then ranks the candidates in Python. No query scans more than
``limit + 1`` rows of its tier, so a keystroke costs about the same at 1,000 or
100,000 services.
"""

from __future__ import annotations

import logging

from sqlalchemy import Integer, Select, column, select, text
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session

from familjecenter_desktop.catalogue.searchbackend import QueryWord
from familjecenter_desktop.catalogue.searchindex import (
    FTS_TABLE,
    NAMES_TABLE,
    WORDS_TABLE,
)

log = logging.getLogger(__name__)

SHORT_WORD_COLUMNS = "{name keywords}"


def candidates(
    session: Session,
    words: list[QueryWord],
    limit: int,
    allowed: Select | None = None,
) -> tuple[list[int], bool]:
    """Up to ``limit`` candidate ids (best kinds first) and whether more match."""
    found: dict[int, None] = {}
    for sql, params in _tiers(words):
        wanted = limit + 1 - len(found)
        if wanted <= 0:
            break
        for service_id in _run(session, sql, params, allowed, wanted + len(found)):
            found.setdefault(service_id, None)
    ids = list(found)
    return ids[:limit], len(ids) > limit


def _tiers(words: list[QueryWord]) -> list[tuple[str, dict]]:
    """(SQL selecting ``id``, parameters) of each tier, best first."""
    long_words = [w for w in words if not w.short]
    short_words = [w for w in words if w.short]
    tiers = [(_names_sql(), {"names": _and(_prefixes(w, "") for w in words)})]
    if long_words:
        trigram = _and(_substrings(w) for w in long_words)
        if short_words:
            sql = (
                f"SELECT rowid AS id FROM {FTS_TABLE} "
                f"WHERE {FTS_TABLE} MATCH :trigram AND rowid IN ({_names_sql()})"
            )
            params = {
                "trigram": trigram,
                "names": _and(_prefixes(w, "") for w in short_words),
            }
        else:
            sql = (
                f"SELECT rowid AS id FROM {FTS_TABLE} WHERE {FTS_TABLE} MATCH :trigram"
            )
            params = {"trigram": trigram}
        tiers.append((sql, params))
        tiers.append(
            (
                _words_sql(),
                {
                    "words": _and(
                        _prefixes(w, SHORT_WORD_COLUMNS if w.short else "")
                        for w in words
                    )
                },
            )
        )
    if long_words and len(words) > 1:
        tiers.append(_exact_tier(words))
    return tiers


def _exact_tier(words: list[QueryWord]) -> tuple[str, dict]:
    """Every word matching by its own rule, in whichever table it matches."""
    parts, params = [], {}
    for n, word in enumerate(words):
        if word.short:
            params[f"w{n}"] = _prefixes(word, "")
            parts.append(f"SELECT id FROM ({_names_sql(f'w{n}')})")
            continue
        params[f"t{n}"] = _substrings(word)
        params[f"w{n}"] = _prefixes(word, "")
        parts.append(
            f"SELECT id FROM (SELECT rowid AS id FROM {FTS_TABLE} "
            f"WHERE {FTS_TABLE} MATCH :t{n} UNION {_words_sql(f'w{n}')})"
        )
    return " INTERSECT ".join(parts), params


def _names_sql(param: str = "names") -> str:
    return f"SELECT rowid AS id FROM {NAMES_TABLE} WHERE {NAMES_TABLE} MATCH :{param}"


def _words_sql(param: str = "words") -> str:
    return f"SELECT rowid AS id FROM {WORDS_TABLE} WHERE {WORDS_TABLE} MATCH :{param}"


def _run(
    session: Session, sql: str, params: dict, allowed: Select | None, limit: int
) -> list[int]:
    """The first ``limit`` ids of one tier (narrowed by the filters), in id order."""
    tier = text(sql).bindparams(**params).columns(column("id", Integer)).subquery()
    query = select(tier.c.id)
    if allowed is not None:
        query = query.where(tier.c.id.in_(allowed))
    query = query.limit(limit)
    try:
        return list(session.scalars(query))
    except OperationalError as error:
        # Typed text that FTS5 cannot parse as a term matches nothing.
        log.debug("search tier skipped: %s", error.orig)
        return []


def _and(parts) -> str:
    return " AND ".join(f"({part})" for part in parts)


def _substrings(word: QueryWord) -> str:
    return " OR ".join(_quoted(form) for form in word.alternatives)


def _prefixes(word: QueryWord, columns: str) -> str:
    """The word or a form as a word start; ``columns`` an FTS5 column filter."""
    alternatives = " OR ".join(_quoted(form) + "*" for form in word.alternatives)
    return f"{columns} : ({alternatives})" if columns else alternatives


def _quoted(form: str) -> str:
    """An FTS5 string literal: the text in double quotes, inner quotes doubled."""
    return '"' + form.replace('"', '""') + '"'
