"""The national PTV code lists: labels for classes, groups, events and places.

The shipped copies in ``resources/catalogue/codelists/`` (see the README there)
load into the ``code_label`` table. ``CodeResolver`` turns any of the three
spellings found in records into the current code:

* ``http://uri.suomi.fi/codelist/ptv/ptvserclass2/code/P5.2`` (current URI),
* ``http://urn.fi/URN:NBN:fi:au:ptvl:v1040`` (older URI, the lists' ``OldUri``),
* ``http://urn.fi/URN:NBN:fi:au:ptvl:P5.2`` (older URI ending in the code).

Known quirks, handled here: ``LifeEvents.json`` gives KE4.3 (moving abroad) the
Swedish label of moving *to* Finland, so the label is corrected; one
``ServiceClasses.json`` entry (a withdrawn P7.12 "Ulosotto") has no URI and
collides with the current P7.12, so it is left out; ``PostalCode.json`` starts
with a UTF-8 BOM.
"""

from __future__ import annotations

import json
import logging
import re
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import func, insert, select
from sqlalchemy.orm import Session

from familjecenter_desktop.db.models import CodeLabel

log = logging.getLogger(__name__)

CODELIST_DIR = (
    Path(__file__).resolve().parents[2] / "resources" / "catalogue" / "codelists"
)

CONCEPT_FILES = {
    "service_class": "ServiceClasses.json",
    "target_group": "TargetGroups.json",
    "life_event": "LifeEvents.json",
}
CLASSIFICATION_SCHEMES = tuple(CONCEPT_FILES)

# Labels the source gets wrong: (scheme, code, language) -> corrected label.
LABEL_CORRECTIONS = {
    ("life_event", "KE4.3", "sv"): "Flyttning från Finland",
}

_URN_PREFIX = "urn.fi/urn:nbn:fi:au:ptvl:"
_OLD_NUMBER = re.compile(r"^v\d+$")


def read_json(path: Path) -> object:
    """Parse a JSON file, accepting a UTF-8 byte order mark."""
    return json.loads(path.read_text(encoding="utf-8-sig"))


def normalise_uri(uri: str | None) -> str | None:
    """A comparable form of a code URI: no scheme, no trailing slash, lower case."""
    if not uri or not isinstance(uri, str):
        return None
    text = uri.strip().lower()
    text = re.sub(r"^https?://", "", text)
    return text.rstrip("/") or None


def code_from_uri(uri: str | None) -> str | None:
    """The code a URI itself spells (``…/code/P5.2``, ``…:ptvl:P5.2``), if any."""
    if not uri or not isinstance(uri, str):
        return None
    text = uri.strip().rstrip("/")
    if "/code/" in text:
        return text.rsplit("/code/", 1)[1] or None
    if _URN_PREFIX in text.lower():
        tail = text.rsplit(":", 1)[1]
        return None if _OLD_NUMBER.match(tail) else tail
    return None


def _labels(items: list[dict] | None) -> dict[str, str]:
    out: dict[str, str] = {}
    for item in items or []:
        lang = item.get("Language") or item.get("language")
        name = item.get("Name") or item.get("name")
        if lang and name:
            out[lang.lower()] = name.strip()
    return out


def _concept_rows(scheme: str, data: list[dict]) -> list[dict]:
    rows = []
    for entry in data:
        if not entry.get("Id"):
            log.info("%s: %s has no URI; left out", scheme, entry.get("Notation"))
            continue
        code = entry["Notation"]
        name = {k.lower(): v for k, v in (entry.get("Label") or {}).items() if v}
        for (s, c, lang), text in LABEL_CORRECTIONS.items():
            if s == scheme and c == code:
                name[lang] = text
        broader = entry.get("BroaderUris") or []
        rows.append(
            {
                "scheme": scheme,
                "code": code,
                "uri": entry["Id"],
                "old_uri": entry.get("OldUri"),
                "parent_code": code_from_uri(broader[0]) if broader else None,
                "name": name,
            }
        )
    return rows


def _place_rows(folder: Path) -> list[dict]:
    rows = [
        {
            "scheme": "municipality",
            "code": m["municipalityCode"],
            "name": _labels(m.get("names")),
        }
        for m in read_json(folder / "Municipality.json")
    ]
    for scheme, name in (
        ("province", "Province"),
        ("hospital_region", "HospitalRegion"),
    ):
        rows += [
            {"scheme": scheme, "code": p["Code"], "name": _labels(p.get("Names"))}
            for p in read_json(folder / f"{name}.json")
        ]
    rows += [
        {
            "scheme": "postal_code",
            "code": p["Code"],
            "parent_code": p.get("MunicipalityCode"),
            "name": _labels(p.get("Names")),
        }
        for p in read_json(folder / "PostalCode.json")
    ]
    return rows


def code_list_rows(folder: Path = CODELIST_DIR) -> list[dict]:
    """Every label row of the shipped code lists, ready for ``code_label``."""
    rows = []
    for scheme, filename in CONCEPT_FILES.items():
        rows += _concept_rows(scheme, read_json(folder / filename))
    rows += _place_rows(folder)

    unique: dict[tuple[str, str], dict] = {}
    blank = {"uri": None, "old_uri": None, "parent_code": None}
    for row in rows:
        unique.setdefault((row["scheme"], row["code"]), {**blank, **row})
    return list(unique.values())


def load_code_lists(session: Session, folder: Path = CODELIST_DIR) -> int:
    """Insert or refresh every code list label; returns the number of labels."""
    rows = code_list_rows(folder)
    if not session.scalar(select(func.count(CodeLabel.id))):
        session.execute(insert(CodeLabel), rows)
        log.info("code lists loaded: %d labels", len(rows))
        return len(rows)
    existing = {
        (c.scheme, c.code): c
        for c in session.scalars(
            select(CodeLabel).where(CodeLabel.scheme.in_({r["scheme"] for r in rows}))
        )
    }
    for row in rows:
        label = existing.get((row["scheme"], row["code"]))
        if label is None:
            session.add(CodeLabel(**row))
            continue
        for key, value in row.items():
            if getattr(label, key) != value:
                setattr(label, key, value)
    session.flush()
    log.info("code lists loaded: %d labels", len(rows))
    return len(rows)


def ensure_code_lists(session: Session) -> None:
    """Load the code lists unless they are already there (cheap to call)."""
    have = session.scalar(
        select(func.count(CodeLabel.id)).where(
            CodeLabel.scheme.in_(CLASSIFICATION_SCHEMES)
        )
    )
    if not have:
        load_code_lists(session)


@dataclass
class CodeResolver:
    """Finds the current code of a classification from its URI or code."""

    by_uri: dict[tuple[str, str], str] = field(default_factory=dict)
    codes: dict[str, set[str]] = field(default_factory=dict)
    uris: dict[tuple[str, str], str] = field(default_factory=dict)

    @classmethod
    def from_session(cls, session: Session) -> CodeResolver:
        resolver = cls()
        rows = session.execute(
            select(
                CodeLabel.scheme, CodeLabel.code, CodeLabel.uri, CodeLabel.old_uri
            ).where(CodeLabel.scheme.in_(CLASSIFICATION_SCHEMES))
        )
        for scheme, code, uri, old_uri in rows:
            resolver.codes.setdefault(scheme, set()).add(code)
            if uri:
                resolver.uris[(scheme, code)] = uri
            for spelling in (uri, old_uri):
                key = normalise_uri(spelling)
                if key:
                    resolver.by_uri[(scheme, key)] = code
        return resolver

    def resolve(self, scheme: str, uri: str | None, code: str | None) -> str | None:
        """The current code, or None when neither the URI nor the code is known."""
        key = normalise_uri(uri)
        if key and (scheme, key) in self.by_uri:
            return self.by_uri[(scheme, key)]
        for candidate in (code_from_uri(uri), code):
            if candidate and candidate in self.codes.get(scheme, ()):
                return candidate
        return None

    def current_uri(self, scheme: str, code: str) -> str | None:
        return self.uris.get((scheme, code))
