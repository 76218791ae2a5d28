"""Table rows as plain JSON values and back, by the column types of the models.

Dates, times and moments travel as ISO text; every other value (texts, numbers,
flags, JSON objects) as it is. A column the receiving schema does not know is
left out; a column the kit lacks gets the model's default.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from datetime import date, datetime, time
from typing import Any

from sqlalchemy import Column, Table, func, insert, select, text
from sqlalchemy.orm import Session

log = logging.getLogger(__name__)

CHUNK = 500


def python_type(column: Column) -> type | None:
    """The Python type of the column's values (through type decorators)."""
    kind = getattr(column.type, "impl_instance", column.type)
    try:
        return kind.python_type
    except NotImplementedError:
        return None


def encode(value: Any) -> Any:
    """A JSON-ready value."""
    if isinstance(value, datetime | date | time):
        return value.isoformat()
    return value


def decode(column: Column, value: Any) -> Any:
    """The Python value for ``column`` from its JSON form."""
    if value is None:
        return None
    kind = python_type(column)
    if kind is datetime:
        return datetime.fromisoformat(value)
    if kind is date:
        return date.fromisoformat(value)
    if kind is time:
        return time.fromisoformat(value)
    return value


def dump_table(session: Session, table: Table) -> dict:
    """Every row of ``table`` in primary-key order: column names and value lists."""
    columns = [c.name for c in table.columns]
    order = list(table.primary_key.columns)
    rows = [
        [encode(value) for value in row]
        for row in session.execute(select(*table.columns).order_by(*order))
    ]
    return {"columns": columns, "rows": rows}


def rows_as_dicts(table: Table, dumped: dict) -> list[dict]:
    """The dumped rows as column → value mappings for ``table``'s columns."""
    names = dumped["columns"]
    known = [(i, table.columns[n]) for i, n in enumerate(names) if n in table.columns]
    return [{c.name: decode(c, row[i]) for i, c in known} for row in dumped["rows"]]


def parents_first(table: Table, rows: list[dict]) -> list[dict]:
    """Rows ordered so a row referring to another row of the same table follows it."""
    self_refs = [
        fk.parent.name
        for fk in table.foreign_keys
        if fk.column.table is table and fk.parent.name != fk.column.name
    ]
    if not self_refs or len(table.primary_key.columns) != 1:
        return rows
    key = table.primary_key.columns[0].name
    placed: set = set()
    ordered: list[dict] = []
    pending = rows
    while pending:
        later = []
        for row in pending:
            refs = [row.get(c) for c in self_refs]
            if all(r is None or r in placed or r == row[key] for r in refs):
                ordered.append(row)
                placed.add(row[key])
            else:
                later.append(row)
        if len(later) == len(pending):  # a reference to a missing row: keep order
            ordered.extend(later)
            break
        pending = later
    return ordered


def insert_rows(session: Session, table: Table, rows: list[dict]) -> int:
    """Insert ``rows`` (with their keys) in chunks; return how many."""
    rows = parents_first(table, rows)
    for start in range(0, len(rows), CHUNK):
        session.execute(insert(table), rows[start : start + CHUNK])
    return len(rows)


def reset_sequences(session: Session, tables: Iterable[Table]) -> None:
    """On PostgreSQL, move each serial key's sequence past the rows just inserted."""
    if session.get_bind().dialect.name != "postgresql":
        return
    for table in tables:
        keys = list(table.primary_key.columns)
        if len(keys) != 1 or python_type(keys[0]) is not int:
            continue
        sequence = session.scalar(
            text("SELECT pg_get_serial_sequence(:t, :c)"),
            {"t": table.name, "c": keys[0].name},
        )
        if sequence is None:
            continue
        highest = session.scalar(select(func.max(keys[0])))
        if highest is not None:
            session.execute(
                text("SELECT setval(:s, :v)"), {"s": sequence, "v": int(highest)}
            )


def decoded_row(table: Table, values: dict) -> dict:
    """One JSON row (column → value) decoded for ``table``; unknown keys left out."""
    return {
        c.name: decode(c, values[c.name]) for c in table.columns if c.name in values
    }
