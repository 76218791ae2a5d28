"""Building the ``search_document`` rows the search engine reads.

One row per service: the name, keywords, organisation, place and body texts in
every language, folded (see ``searchtext``) with Snowball stems of the body words
added, plus ``exact`` (the name, keyword, organisation and place texts with
accents kept) for the exact-spelling bonus. Compound parts need nothing extra:
the trigram index finds any substring.

On SQLite two FTS5 tables over the folded columns are kept in step with
``search_document`` by triggers: ``search_fts`` (trigram: any substring of the
name, keywords, organisation and place, so compound parts are found) and
``search_words`` (words with prefix indexes, every field including the body).
They are created here on first use rather than in a migration, so the migrated
schema matches the models exactly; PostgreSQL is searched through pg_trgm.
"""

from __future__ import annotations

import logging
from collections import defaultdict
from collections.abc import Iterable, Iterator

from sqlalchemy import delete, func, insert, select, text
from sqlalchemy.orm import Session

from familjecenter_desktop.catalogue import searchtext
from familjecenter_desktop.catalogue.searchrequest import SORT_LANGUAGES
from familjecenter_desktop.db.models import (
    Address,
    CodeLabel,
    Organisation,
    SearchDocument,
    Service,
    ServiceChannelLink,
)
from familjecenter_desktop.domain.texts import pick

log = logging.getLogger(__name__)

CHUNK = 900
# Below this many services a re-index always goes row by row.
REBUILD_MIN = 500
MUNICIPALITY_SCHEME = "municipality"
FTS_TABLE = "search_fts"
WORDS_TABLE = "search_words"
# Words of the name and keywords alone, with prefix indexes up to eight letters:
# a typed word start is then one index lookup read in rowid order and stopped at
# the limit, instead of merging every word that starts so (20-30 ms for "perh"
# at 100,000 services on the words table, 0.1 ms here).
NAMES_TABLE = "search_names"
NAME_COLUMNS = ("name", "keywords")
# The folded name column starts with the Finnish name: "by name" sorts on it.
LANGUAGE_ORDER = {"fi": 0, "sv": 1, "en": 2}
FTS_COLUMNS = ("name", "keywords", "organisation", "place", "body")
# Substrings (compound parts) are indexed in the short fields only: a trigram
# index over the descriptions is ten times larger and slower to build.
TRIGRAM_COLUMNS = ("name", "keywords", "organisation", "place")
# CREATE statements of the two FTS5 tables; an older layout is dropped and rebuilt.
_FTS_OPTIONS = "content='search_document', content_rowid='service_id'"
_FTS_SQL = {
    FTS_TABLE: (
        f"CREATE VIRTUAL TABLE {FTS_TABLE} USING fts5("
        f"{', '.join(TRIGRAM_COLUMNS)}, {_FTS_OPTIONS}, tokenize='trigram')"
    ),
    WORDS_TABLE: (
        f"CREATE VIRTUAL TABLE {WORDS_TABLE} USING fts5("
        f"{', '.join(FTS_COLUMNS)}, {_FTS_OPTIONS}, "
        "tokenize='unicode61 remove_diacritics 0', prefix='1 2 3', detail=column)"
    ),
    NAMES_TABLE: (
        f"CREATE VIRTUAL TABLE {NAMES_TABLE} USING fts5("
        f"{', '.join(NAME_COLUMNS)}, {_FTS_OPTIONS}, "
        "tokenize='unicode61 remove_diacritics 0', "
        "prefix='1 2 3 4 5 6 7 8', detail=column)"
    ),
}
_TRIGGERS = ("search_fts_ai", "search_fts_ad", "search_fts_au")


def has_fts(session: Session) -> bool:
    """Whether this database has (or can have) the FTS5 index: SQLite only."""
    return session.get_bind().dialect.name == "sqlite"


def ensure_fts(session: Session) -> None:
    """Create the FTS5 tables and their triggers if missing, filled from the rows.

    ``search_fts`` (trigram) finds any substring of three or more characters in
    the short fields; ``search_words`` (words, with prefix indexes for one to
    three characters) finds a word or its start in every field, the body too;
    ``search_names`` does the same in the name and keywords only, quickly.
    """
    if not has_fts(session):
        return
    found = dict(
        session.execute(
            text(
                "SELECT name, sql FROM sqlite_master "
                "WHERE type = 'table' AND name IN (:fts, :words, :names)"
            ),
            {"fts": FTS_TABLE, "words": WORDS_TABLE, "names": NAMES_TABLE},
        ).all()
    )
    if found == _FTS_SQL:
        return
    # Python's sqlite3 runs DDL outside a transaction unless one is open, so
    # without this a rolled-back session would keep new, empty tables that the
    # check above then takes as built.
    raw = session.connection().connection.dbapi_connection
    if not raw.in_transaction:
        raw.execute("BEGIN")
    drop_fts(session)
    for statement in [*_FTS_SQL.values(), *_trigger_statements()]:
        session.execute(text(statement))
    for table in _FTS_SQL:
        session.execute(text(f"INSERT INTO {table}({table}) VALUES ('rebuild')"))
    log.info("search index: FTS5 tables built")


def drop_fts(session: Session) -> None:
    """Drop the FTS5 tables and their triggers (a full re-index builds them anew)."""
    for trigger in _TRIGGERS:
        session.execute(text(f"DROP TRIGGER IF EXISTS {trigger}"))
    for table in _FTS_SQL:
        session.execute(text(f"DROP TABLE IF EXISTS {table}"))


def _trigger_statements() -> list[str]:
    deletes, inserts = [], []
    tables = (
        (FTS_TABLE, TRIGRAM_COLUMNS),
        (WORDS_TABLE, FTS_COLUMNS),
        (NAMES_TABLE, NAME_COLUMNS),
    )
    for table, columns in tables:
        cols = ", ".join(columns)
        new = ", ".join(f"new.{c}" for c in columns)
        old = ", ".join(f"old.{c}" for c in columns)
        deletes.append(
            f"INSERT INTO {table}({table}, rowid, {cols}) "
            f"VALUES ('delete', old.service_id, {old});"
        )
        inserts.append(
            f"INSERT INTO {table}(rowid, {cols}) VALUES (new.service_id, {new});"
        )
    delete_old, insert_new = " ".join(deletes), " ".join(inserts)
    return [
        "CREATE TRIGGER search_fts_ai AFTER INSERT ON search_document "
        f"BEGIN {insert_new} END",
        "CREATE TRIGGER search_fts_ad AFTER DELETE ON search_document "
        f"BEGIN {delete_old} END",
        "CREATE TRIGGER search_fts_au AFTER UPDATE ON search_document "
        f"BEGIN {delete_old} {insert_new} END",
    ]


def reindex(session: Session, service_ids: Iterable[int] | None = None) -> int:
    """Rebuild the search rows of ``service_ids`` (None: every service); the count.

    A full or large re-index drops the FTS5 tables first and builds them once at
    the end (see ``_many``); a small one keeps them in step through the triggers.
    """
    wanted = None if service_ids is None else sorted(set(service_ids))
    rebuild = has_fts(session) and _many(session, wanted)
    if rebuild:
        drop_fts(session)
    else:
        ensure_fts(session)
    if wanted is None:
        session.execute(delete(SearchDocument))
        wanted = list(session.scalars(select(Service.id).order_by(Service.id)))
    else:
        for chunk in _chunks(wanted):
            session.execute(
                delete(SearchDocument).where(SearchDocument.service_id.in_(chunk))
            )

    municipalities = _municipality_names(session)
    written = 0
    for chunk in _chunks(wanted):
        rows = _documents(session, chunk, municipalities)
        if rows:
            session.execute(insert(SearchDocument), rows)
        written += len(rows)

    if rebuild:
        ensure_fts(session)
    log.info("search index: %d services indexed", written)
    return written


def _many(session: Session, wanted: list[int] | None) -> bool:
    """Whether to rebuild the FTS5 tables whole rather than row by row.

    Row by row (the triggers) costs about ten times a whole rebuild per row, so
    a re-index of every service, or of more than a third of them (a large
    import), drops the tables and builds them again at the end.
    """
    if wanted is None:
        return True
    if len(wanted) < REBUILD_MIN:
        return False
    total = session.scalar(select(func.count()).select_from(SearchDocument)) or 0
    return len(wanted) * 3 >= total


def _documents(
    session: Session, ids: list[int], municipalities: dict[str, list[str]]
) -> list[dict]:
    services = session.execute(
        select(
            Service.id,
            Service.name,
            Service.alternative_name,
            Service.keywords,
            Service.summary,
            Service.description,
            Service.area_municipalities,
            Organisation.name.label("organisation_name"),
        )
        .outerjoin(Organisation, Organisation.id == Service.organisation_id)
        .where(Service.id.in_(ids))
    ).all()
    places = _location_places(session, ids, municipalities)

    short = _ShortTexts()
    rows = []
    for s in services:
        names = [*_texts(s.name), *_texts(s.alternative_name)]
        folded_names = [searchtext.fold(t) for t in names]
        keywords = _keyword_texts(s.keywords)
        organisation = _texts(s.organisation_name)
        place = list(places.get(s.id, []))
        for code in s.area_municipalities or []:
            place.extend(municipalities.get(str(code), [str(code)]))
        # Each body text is folded once: for its words (to stem) and the column.
        body_by_lang: dict[str, list[str]] = {}
        for field in (s.summary, s.description):
            for lang, value in (field or {}).items():
                if value:
                    body_by_lang.setdefault(lang, []).append(searchtext.fold(value))
        name_words = searchtext.plain_words(" ".join(folded_names))
        body_words, body_stems = [], []
        for lang, texts in body_by_lang.items():
            words = searchtext.plain_words(" ".join(texts))
            body_words.extend(words)
            body_stems.extend(searchtext.stem_set([*words, *name_words], lang))

        rows.append(
            {
                "service_id": s.id,
                "name": " | ".join(
                    dict.fromkeys(
                        f for t, f in zip(names, folded_names, strict=True) if t
                    )
                ),
                "keywords": short.folded(keywords),
                "organisation": short.folded(organisation),
                "place": short.folded(place),
                # Plain words separated by single spaces: a word start is the
                # text's start or a space, on SQLite and PostgreSQL alike.
                "body": " ".join([*body_words, *body_stems]),
                "exact": " | ".join(
                    dict.fromkeys(
                        [
                            *(searchtext.lower_exact(t) for t in names if t),
                            *short.exact(keywords),
                            *short.exact(organisation),
                            *short.exact(place),
                        ]
                    )
                ),
                "rank_boost": 0,
                **sort_names(s.name),
            }
        )
    return rows


# Finnish and Swedish put å, ä and ö after z (æ and ø with ä and ö): they become
# the three characters after "z" before the other accents are folded, so a plain
# binary comparison (SQLite's, PostgreSQL's "C") gives the alphabet's order.
_NORDIC_LETTERS = str.maketrans({"å": "{", "ä": "|", "æ": "|", "ö": "}", "ø": "}"})
_NORDIC_ORDER = ("fi", "sv")


def sort_names(name: dict[str, str] | None) -> dict[str, str]:
    """The ``sort_<lang>`` columns: the name a reader of each language sees.

    Folded as the search folds, except that for Finnish and Swedish readers
    å, ä and ö sort after z, as in their alphabets.
    """
    keys = {}
    for lang in SORT_LANGUAGES:
        shown = pick(name, lang).casefold()
        if lang in _NORDIC_ORDER:
            shown = shown.translate(_NORDIC_LETTERS)
        keys[f"sort_{lang}"] = searchtext.fold(shown)
    return keys


class _ShortTexts:
    """Folded and exact forms of short texts that many services share.

    Organisations, places and keywords repeat across a catalogue, so each list
    of them is folded once per chunk of services.
    """

    def __init__(self) -> None:
        self._folded: dict[tuple[str, ...], str] = {}
        self._exact: dict[tuple[str, ...], list[str]] = {}

    def folded(self, texts: list[str]) -> str:
        key = tuple(texts)
        found = self._folded.get(key)
        if found is None:
            found = self._folded[key] = _folded(texts)
        return found

    def exact(self, texts: list[str]) -> list[str]:
        key = tuple(texts)
        found = self._exact.get(key)
        if found is None:
            found = self._exact[key] = [searchtext.lower_exact(t) for t in texts if t]
        return found


def _location_places(
    session: Session, ids: list[int], municipalities: dict[str, list[str]]
) -> dict[int, list[str]]:
    """Each service's location addresses, post offices and municipality names."""
    rows = session.execute(
        select(
            ServiceChannelLink.service_id,
            Address.street,
            Address.street_number,
            Address.postal_code,
            Address.post_office,
            Address.municipality_code,
        )
        .join(Address, Address.channel_id == ServiceChannelLink.channel_id)
        .where(ServiceChannelLink.service_id.in_(ids))
    ).all()
    result: dict[int, list[str]] = defaultdict(list)
    for row in rows:
        texts = result[row.service_id]
        for street in _texts(row.street):
            texts.append(f"{street} {row.street_number or ''}".strip())
        texts.extend(_texts(row.post_office))
        if row.postal_code:
            texts.append(row.postal_code)
        if row.municipality_code:
            code = row.municipality_code
            texts.extend(municipalities.get(code, [code]))
    return result


def _municipality_names(session: Session) -> dict[str, list[str]]:
    rows = session.execute(
        select(CodeLabel.code, CodeLabel.name).where(
            CodeLabel.scheme == MUNICIPALITY_SCHEME
        )
    ).all()
    return {code: sorted(set(_texts(name))) for code, name in rows}


def _texts(local: dict | None) -> list[str]:
    """The texts of a {lang: text} value: fi, sv, en first, then the others."""
    if not local or not isinstance(local, dict):
        return []
    order = sorted(local, key=lambda lang: (LANGUAGE_ORDER.get(lang, 9), lang))
    return [str(local[lang]) for lang in order if local[lang]]


def _keyword_texts(keywords) -> list[str]:
    """Keywords stored as {lang: [words]} or {lang: "words"} or a plain list."""
    if isinstance(keywords, dict):
        found = []
        for lang in sorted(keywords):
            value = keywords[lang]
            found.extend(value if isinstance(value, list) else [value])
        return [str(k) for k in found if k]
    if isinstance(keywords, list):
        return [str(k) for k in keywords if k]
    return []


def _folded(texts: list[str]) -> str:
    """The folded texts, each once, joined with a separator no word contains."""
    unique = dict.fromkeys(searchtext.fold(t) for t in texts if t)
    return " | ".join(unique)


def _chunks(ids: list[int]) -> Iterator[list[int]]:
    for start in range(0, len(ids), CHUNK):
        yield ids[start : start + CHUNK]
