"""Finding and reading PTV Open API JSON: files, folders, lists and pages.

Accepts a single record file, a list of records, a paging wrapper
(``{"pageNumber": 1, "itemList": [...]}``) and folders of any of these,
searched recursively. Each record is classified as a service, a service channel
or an organisation by its fields; a record in a ``services/``,
``servicechannels/`` or ``organizations/`` folder must be of that type.
PTV code list responses (``[{"code": …, "names": …}]``) are recognised and
skipped. Anything else is a wrong shape and stops the import.
"""

from __future__ import annotations

import json
import logging
import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from familjecenter_desktop.catalogue.importreport import (
    CatalogueImportError,
    ImportReport,
)

log = logging.getLogger(__name__)

WRAPPER_KEYS = ("itemList", "items")
FOLDER_TYPES = {
    "services": "service",
    "servicechannels": "channel",
    "organizations": "organisation",
    "organisations": "organisation",
}
TYPE_MARKERS = (
    ("serviceChannelType", "channel"),
    ("serviceNames", "service"),
    ("organizationNames", "organisation"),
)


@dataclass(frozen=True)
class RawRecord:
    """One record as read: its type, where it came from, and its JSON object."""

    record_type: str
    file: Path
    index: int | None
    data: dict

    @property
    def label(self) -> str:
        """How the record is named in messages: its id, else its place in the file."""
        ident = self.data.get("id")
        if isinstance(ident, str) and ident.strip():
            return ident.strip()
        return f"#{self.index}" if self.index is not None else "#0"


NO_JSON_FILES = "no PTV JSON files (*.json) in this folder or its subfolders"


def json_files(paths: Iterable[str | Path]) -> list[Path]:
    """Every JSON file named or found below the given folders, in a stable order."""
    return list(iter_json_files(paths))


def iter_json_files(paths: Iterable[str | Path]) -> Iterator[Path]:
    """``json_files`` one at a time: a folder's listing is held only while walked.

    Every path is checked first, so a missing one, or a folder without JSON
    files, stops the import before any file is read. The order is that of
    ``sorted(folder.rglob("*.json"))``.
    """
    paths = [Path(raw) for raw in paths]
    for path in paths:
        if not path.is_dir() and not path.is_file():
            raise CatalogueImportError("no such file or folder", file=path)
        if path.is_dir() and next(_walk(path), None) is None:
            raise CatalogueImportError(NO_JSON_FILES, file=path)
    for path in paths:
        if path.is_dir():
            yield from _walk(path)
        else:
            yield path


def _walk(folder: Path) -> Iterator[Path]:
    """JSON files below ``folder``: entries by name, each folder where it sorts."""
    with os.scandir(folder) as listing:
        entries = sorted((entry.name, entry.is_dir()) for entry in listing)
    for name, is_dir in entries:
        path = folder / name
        if is_dir:
            yield from _walk(path)
        elif name.endswith(".json") and path.is_file():
            yield path


def load_json(path: Path) -> object:
    """Parse one file; a BOM is accepted, broken JSON names its line and column."""
    try:
        text = path.read_bytes().decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise CatalogueImportError(f"not UTF-8 text ({exc.reason})", file=path) from exc
    except OSError as exc:
        raise CatalogueImportError(f"cannot read: {exc.strerror}", file=path) from exc
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise CatalogueImportError(
            f"broken JSON at line {exc.lineno} column {exc.colno}: {exc.msg}",
            file=path,
        ) from exc


def _expected_type(path: Path) -> str | None:
    for part in reversed(path.parent.parts):
        if part.lower() in FOLDER_TYPES:
            return FOLDER_TYPES[part.lower()]
    return None


def _is_code_list(items: list) -> bool:
    return bool(items) and all(
        isinstance(i, dict) and "code" in i and "names" in i and "id" not in i
        for i in items
    )


def _unwrap(data: object, path: Path) -> tuple[list, bool]:
    """The items of a file and whether the file held a list (so items get indices)."""
    if isinstance(data, list):
        return data, True
    if isinstance(data, dict):
        for key in WRAPPER_KEYS:
            if key in data:
                items = data[key]
                if items is None:
                    return [], True
                if not isinstance(items, list):
                    raise CatalogueImportError(
                        "wrong shape: expected a list", file=path, field=key
                    )
                return items, True
        return [data], False
    raise CatalogueImportError(
        "wrong shape: expected a JSON object or a list of objects", file=path
    )


def _classify(item: dict) -> str | None:
    for marker, record_type in TYPE_MARKERS:
        if marker in item:
            return record_type
    return None


def read_records(path: Path, report: ImportReport) -> Iterator[RawRecord]:
    """The records of one file; code lists and bare references are skipped."""
    items, listed = _unwrap(load_json(path), path)
    if _is_code_list(items):
        report.skip("code_list", path, None, "a PTV code list, not a catalogue record")
        return
    expected = _expected_type(path)
    for index, item in enumerate(items):
        where = index if listed else None
        if not isinstance(item, dict):
            raise CatalogueImportError(
                "wrong shape: expected a JSON object",
                file=path,
                record=f"#{index}",
            )
        record_type = _classify(item)
        if record_type is None and set(item) <= {"id", "name"} and "id" in item:
            report.skip(
                expected or "file",
                path,
                str(item["id"]),
                "a bare reference, no content",
            )
            continue
        if record_type is None:
            record_type = expected
            if record_type is None:
                raise CatalogueImportError(
                    "wrong shape: not a PTV service, service channel or organisation "
                    "(none of serviceNames, serviceChannelType, organizationNames)",
                    file=path,
                    record=RawRecord("?", path, where, item).label,
                )
        elif expected and record_type != expected:
            raise CatalogueImportError(
                f"a {record_type} record in a folder of {expected} records",
                file=path,
                record=RawRecord(record_type, path, where, item).label,
            )
        yield RawRecord(record_type, path, where, item)


def iter_records(
    paths: Iterable[str | Path], report: ImportReport
) -> Iterator[RawRecord]:
    """Every record below the given paths, one file in memory at a time."""
    files = records = 0
    for path in iter_json_files(paths):
        files += 1
        for record in read_records(path, report):
            records += 1
            yield record
    log.info("read %d PTV records from %d files", records, files)


def read_all(paths: Iterable[str | Path], report: ImportReport) -> list[RawRecord]:
    """Every record below the given paths."""
    return list(iter_records(paths, report))
