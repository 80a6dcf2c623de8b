"""Reading a document that is open read-only, straight over sqlite3: no SQLAlchemy is loaded for it.

``netzplaner check`` at 10,000 partners spent a third of its time loading SQLAlchemy and its models and turning
rows into SQLAlchemy rows. A read-only document's working copy never changes after opening, so its reading unit
of work (``Document.reading``) answers the bulk reads of the check, the map and the workbook (``columns``,
``rows``, an unfiltered ``list``, ``meta``) itself, converting each value as SQLAlchemy would by its column's
kind (``schema_facts``), and hands every other call to the full unit of work (``uow.UnitOfWork``), made on
first use over the same file. ``tests/test_sqlite_read.py`` holds both to the same answers.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterable
from datetime import date, datetime
from typing import Any

from .entity_rows import CLASSES, LINKS, builder
from .schema_facts import COLUMNS

BATCH_ROWS = 10_000  # as uow.BATCH_ROWS: rows taken from the cursor at a time


# column kind -> how SQLAlchemy's SQLite dialect turns a stored value other than NULL into Python (None: as stored)
_CONVERT: dict[str, Callable[[Any], Any] | None] = {
    "text": None, "int": None, "float": None, "bytes": None,
    "bool": bool, "date": date.fromisoformat, "datetime": datetime.fromisoformat}


def _convert(values, convert: Callable[[Any], Any]):
    """One column's values converted, each distinct value once (50,000 dates hold a few thousand days)."""
    found = {value: convert(value) for value in set(values) if value is not None}
    found[None] = None
    return map(found.__getitem__, values)

_BUILDERS: dict[str, Callable] = {}


def _quoted(names: Iterable[str]) -> str:
    return ", ".join(f'"{name}"' for name in names)


def _build(entity: str) -> Callable:
    if entity not in _BUILDERS:
        _BUILDERS[entity] = builder(CLASSES[entity], COLUMNS[entity], LINKS.get(entity, {}))
    return _BUILDERS[entity]


class SqliteReading:
    """``protocol.UnitOfWork`` for reading a document that does not change, over one sqlite3 connection in one
    read transaction. ``full()`` makes the full unit of work for anything not answered here."""

    def __init__(self, conn: sqlite3.Connection, full: Callable[[], Any]) -> None:
        self._conn = conn
        self._make_full = full
        self._full = None

    def __getattr__(self, name: str):  # every other operation: the full unit of work over the same file
        if self._full is None:
            self._full = self._make_full()
        return getattr(self._full, name)

    def _select(self, table: str, names: list[str], order_by: str | None = None):
        sql = f'SELECT {_quoted(names)} FROM "{table}"'
        return self._conn.execute(sql if order_by is None else f'{sql} ORDER BY "{order_by}"')

    def _converted(self, table: str, names: list[str], order_by: str | None = None) -> list[tuple]:
        """Every row of these columns, values converted by their column's kind."""
        rows = self._select(table, names, order_by).fetchall()
        converts = [_CONVERT[COLUMNS[table][name][0]] for name in names]
        if not any(converts):
            return rows
        columns = [list(_convert(values, c)) if c else values for c, values in zip(converts, zip(*rows))]
        return list(zip(*columns)) if rows else []

    # -- the reads answered here (the same answers as uow.UnitOfWork's) ---------------------------------------

    def columns(self, entity: str, names: Iterable[str]) -> dict[str, list]:
        """As ``uow.UnitOfWork.columns``: ``{name: [value per row]}``, set-valued fields as sorted tuples, texts
        that repeat kept once."""
        links, types = LINKS.get(entity, {}), COLUMNS[entity]
        names = list(names)
        plain = [name for name in names if name not in links]
        if "id" not in plain and len(plain) < len(names):
            plain.append("id")
        found: dict[str, list] = {name: [] for name in plain}
        targets = [found[name] for name in plain]
        once = [types[name][1] for name in plain]
        converts = [_CONVERT[types[name][0]] for name in plain]
        seen: dict[Any, Any] = {}
        keep = seen.setdefault
        cursor = self._select(entity, plain)
        while batch := cursor.fetchmany(BATCH_ROWS):
            for target, values, repeats, convert in zip(targets, zip(*batch), once, converts):
                if convert is not None:
                    values = list(_convert(values, convert))
                target.extend(map(keep, values, values) if repeats else values)
        for name in names:
            if name in links:
                link = links[name]
                grouped: dict[str, list] = {}
                for owner, value in self._select(link.table, [link.owner, link.value]):
                    grouped.setdefault(owner, []).append(keep(value, value))
                found[name] = [tuple(sorted(grouped.get(key, ()), key=str.casefold)) for key in found["id"]]
        return {name: found[name] for name in names}

    def rows(self, entity: str, columns: Iterable[str], order_by: str | None = None) -> list[tuple]:
        return [tuple(row) for row in self._converted(entity, list(columns), order_by)]

    def list(self, entity: str, *, ids: Iterable[str] | None = None, order_by: str | None = None,
             exclude_id: str | None = None, **equals: Any) -> list:
        if ids is not None or exclude_id is not None or equals:  # a filtered list: the full unit of work
            return self.__getattr__("list")(entity, ids=ids, order_by=order_by, exclude_id=exclude_id, **equals)
        names = list(COLUMNS[entity])
        rows = [dict(zip(names, row)) for row in self._converted(entity, names, order_by)]
        collections: dict[str, dict[str, Any]] = {}
        for field, link in LINKS.get(entity, {}).items():
            grouped: dict[str, list] = {}
            for owner, value in self._select(link.table, [link.owner, link.value]):
                grouped.setdefault(owner, []).append(value)
            collections[field] = {owner: link.pack(values) for owner, values in grouped.items()}
        build = _build(entity)
        return [build(row, {field: values.get(row["id"], ()) for field, values in collections.items()})
                for row in rows]

    def meta(self) -> dict[str, str]:
        return dict(self._select("meta", ["key", "value"]).fetchall())
