"""Small readers for PTV field shapes: localised lists, ids, dates, placeholders.

PTV records carry texts as ``[{"language": "fi", "value": "…", "type": "…"}]``.
Some published records still hold the API's example values (``"oid": "oid"``,
``"value": "value"``, ``"subType": "subType"``); those are treated as absent.
"""

from __future__ import annotations

import logging
import re
from datetime import UTC, datetime

from familjecenter_desktop.catalogue.importreport import CatalogueImportError
from familjecenter_desktop.catalogue.ptv.reader import RawRecord

log = logging.getLogger(__name__)

PLACEHOLDERS = {"value", "string", "type", "subtype", "code", "oid"}
_LANG = re.compile(r"^[a-z]{2,3}(-[a-z0-9]+)?$")
_ID = re.compile(r"^[0-9a-fA-F-]{8,64}$")
# Language codes as written in the records, and what they mean (None: invalid).
_LANGUAGES: dict[str, str | None] = {}
_UNKNOWN = object()


def is_placeholder(value: object, name: str | None = None) -> bool:
    """Whether a string is an API example value rather than real data."""
    if not isinstance(value, str):
        return False
    text = value.strip().lower()
    return text in PLACEHOLDERS or (name is not None and text == name.lower())


def clean(value: object, name: str | None = None) -> str | None:
    """A stripped string, or None for empty values and placeholders."""
    if value is None or isinstance(value, (dict, list)):
        return None
    text = str(value).strip()
    if not text:
        return None
    lowered = text.lower()
    if lowered in PLACEHOLDERS or (name is not None and lowered == name.lower()):
        return None
    return text


def language_of(item: dict) -> str | None:
    raw = item.get("language") or item.get("Language") or item.get("Lang")
    if isinstance(raw, str):
        known = _LANGUAGES.get(raw, _UNKNOWN)
        if known is not _UNKNOWN:
            return known
    lang = clean(raw)
    lang = lang.lower() if lang else None
    lang = lang if lang and _LANG.match(lang) else None
    if isinstance(raw, str) and len(_LANGUAGES) < 1000:
        _LANGUAGES[raw] = lang
    return lang


def local_text(
    items: object, kind: str | None = None, value_key: str = "value"
) -> dict[str, str]:
    """``{lang: text}`` from a PTV list, only items of ``kind`` if given."""
    out: dict[str, str] = {}
    for item in items if isinstance(items, list) else []:
        if not isinstance(item, dict):
            continue
        if kind is not None and item.get("type") != kind:
            continue
        lang = language_of(item)
        text = clean(item.get(value_key))
        if not lang or not text:
            continue
        out[lang] = f"{out[lang]}\n\n{text}" if lang in out else text
    return out


def texts_by_type(items: object) -> dict[str, dict[str, str]]:
    """All typed texts of a list: ``{type: {lang: text}}``."""
    if not isinstance(items, list):
        return {}
    out: dict[str, dict[str, str]] = {}
    for item in items:
        if isinstance(item, dict) and clean(item.get("type")):
            out.setdefault(item["type"].strip(), {})
    # One pass, as local_text(items, kind) for each kind: the type must be equal.
    for item in items:
        if not isinstance(item, dict) or not isinstance(item.get("type"), str):
            continue
        texts = out.get(item["type"])
        if texts is None:
            continue
        lang = language_of(item)
        text = clean(item.get("value"))
        if not lang or not text:
            continue
        texts[lang] = f"{texts[lang]}\n\n{text}" if lang in texts else text
    return {k: v for k, v in out.items() if v}


def record_id(record: RawRecord, field: str = "id") -> str:
    """The record's PTV id, or a clear problem when it is missing or malformed."""
    value = record.data.get(field)
    if value is None or (isinstance(value, str) and not value.strip()):
        raise CatalogueImportError(
            "required field is missing",
            file=record.file,
            record=record.label,
            field=field,
        )
    if not isinstance(value, str) or not _ID.match(value.strip()):
        raise CatalogueImportError(
            f"not a PTV id: {str(value)[:60]!r}",
            file=record.file,
            record=record.label,
            field=field,
        )
    return value.strip().lower()


def optional_id(value: object) -> str | None:
    """An id given as a reference, or None when absent or malformed."""
    if isinstance(value, dict):
        value = value.get("id")
    if isinstance(value, str) and _ID.match(value.strip()):
        return value.strip().lower()
    return None


def parse_modified(record: RawRecord) -> datetime | None:
    """The record's ``modified`` moment, in UTC (PTV writes UTC, often without Z)."""
    value = record.data.get("modified")
    if value in (None, ""):
        return None
    if not isinstance(value, str):
        raise CatalogueImportError(
            "expected a date and time",
            file=record.file,
            record=record.label,
            field="modified",
        )
    text = value.strip().replace("Z", "+00:00")
    match = re.match(r"^(.*T\d\d:\d\d:\d\d)(\.\d+)?(.*)$", text)
    if match:
        fraction = (
            (match.group(2) or "")[:7].ljust(7, "0")[:7] if match.group(2) else ""
        )
        text = match.group(1) + fraction + match.group(3)
    try:
        moment = datetime.fromisoformat(text)
    except ValueError as exc:
        raise CatalogueImportError(
            f"not a date and time: {value!r}",
            file=record.file,
            record=record.label,
            field="modified",
        ) from exc
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC)


def language_list(value: object) -> list[str]:
    """Language codes of a ``languages`` array, lower-case, in order, no repeats."""
    out: list[str] = []
    for item in value if isinstance(value, list) else []:
        lang = clean(item)
        if lang and _LANG.match(lang.lower()) and lang.lower() not in out:
            out.append(lang.lower())
    return out
