"""A snapshot's content: every row of the network, column by column, compressed.

Why this form (issue 12): the columns come from the store's columnar read (no entity object per row), a column of
codes or dates compresses well (one repeated word), and the content can be read from a hostile file without running
anything (JSON and plain bytes, never pickle or marshal: a document may come from someone else). References to
partners, relationships and goals are stored as row numbers into their tables, so 100,000 relationships carry
two small integers each instead of two 32-character ids.

Format 2 (session 7, issue 17) keeps each column apart: a small header (JSON, zlib) names every column's place,
and each column is its own zlib-compressed JSON list, or, for a table's ids when all are 32 hex characters (what
``domain.ids.new_id`` makes), their 16 bytes each, uncompressed (random bytes do not compress). So taking a state
packs fewer Python objects, and reading one for a comparison decodes only the columns the comparison needs
(``unpack(..., wanted=)``). Format 1 (one JSON text of every column, zlib; states taken until then, the demo's
shipped states in documents written before) is still read.

Every assessment is kept, not only the latest: returning to a state must give back the assessments' history as
it was, and the latest one that counts is derived from them exactly as for the document (``latest_per_
relationship``). The cost is measured in ``tests/benchmarks/bench_snapshot.py``.

Reading is bounded: a content above ``MAX_PACKED`` or one that unpacks to more than ``MAX_UNPACKED`` in all is
refused, and so is any table whose columns are not lists of one length and the declared type; the refusal is
one sentence (``DocumentError`` "damaged").
"""

from __future__ import annotations

import json
import struct
import zlib
from collections.abc import Iterable, Mapping
from itertools import chain
from datetime import date, datetime
from typing import Any

from ..domain.errors import DocumentError
from ..store.protocol import UnitOfWork

FORMAT = 2
MAGIC = b"NZS\x02"  # a format-2 content starts with it; a format-1 content is a bare zlib stream (0x78 ...)
_HEAD = struct.Struct(">4sI")  # the magic, the length of the compressed header
LEVEL = 1  # zlib: at 20,000 partners level 6 is a tenth smaller and takes twice as long
MAX_PACKED = 256 * 1024 * 1024
MAX_UNPACKED = 1024 * 1024 * 1024

# kinds of column: s text, S text or None, i integer or None, f number or None, b flag, d date (its day number),
# t date and time (ISO text),
# L list of texts, P row number of a partner (or None), R of a relationship, G of a goal, PL row numbers of partners
LAYOUT: dict[str, dict[str, str]] = {
    "partner": {"id": "s", "name": "s", "name_key": "s", "kind": "s", "is_own_firm": "b", "street": "s",
                "postcode": "s", "city": "s", "country": "s", "region": "s", "industry": "s", "website": "s",
                "notes": "s", "extra": "s", "archived": "b", "pos_x": "f", "pos_y": "f", "created_at": "t",
                "updated_at": "t", "version": "i", "dimensions": "L", "tags": "L"},
    "contact": {"id": "s", "partner_id": "P", "name": "s", "salutation": "s", "title": "s", "role": "s",
                "department": "s", "email": "s", "phone": "s", "notes": "s", "version": "i"},
    "relationship": {"id": "s", "source_id": "P", "target_id": "P", "kind": "s", "strength": "i", "since": "d",
                     "notes": "s", "version": "i", "created_at": "t", "updated_at": "t"},
    "assessment": {"id": "s", "relationship_id": "R", "assessed_on": "d", "openness": "i", "trust": "i",
                   "knowledge_sharing": "i", "clear_goals": "i", "commitment": "i", "mutual_benefit": "i",
                   "comment": "s", "version": "i", "created_at": "t"},
    "goal": {"id": "s", "title": "s", "description": "s", "benefit": "s", "dimension": "S", "owner": "s",
             "priority": "s", "status": "s", "target_date": "d", "kpi_name": "s", "kpi_unit": "s",
             "kpi_baseline": "f", "kpi_target": "f", "kpi_current": "f", "created_at": "t", "updated_at": "t",
             "version": "i", "partner_ids": "PL"},
    "action": {"id": "s", "goal_id": "G", "title": "s", "owner": "s", "start_date": "d", "due_date": "d",
               "status": "s", "priority": "s", "effort_days": "f", "cost_eur": "f", "partner_id": "P",
               "completed_on": "d", "notes": "s", "created_at": "t", "updated_at": "t", "version": "i"},
}
# read only for an exact copy (the automatic snapshot before a return, whose undo must give back every value):
# 140,000 timestamps are a third of the time of a snapshot at 20,000 partners, and no comparison looks at them
OPTIONAL = {"relationship": frozenset({"created_at", "updated_at"}), "assessment": frozenset({"created_at"})}
ORDER = tuple(LAYOUT)  # parents first: partners before what refers to them
_REFERS = {"P": "partner", "R": "relationship", "G": "goal", "PL": "partner"}

Tables = dict[str, dict[str, list]]  # table -> column -> values, references as ids (unpacked)


def read_tables(uow: UnitOfWork, *, exact: bool = False) -> Tables:
    """Every row of the network, column by column, references as ids; ``exact``: with the timestamps of
    relationships and assessments (``OPTIONAL``). Through the store's columnar read, the one the network check
    reads with (set-valued fields as sorted tuples; at 20,000 partners as fast as plain rows zipped into columns,
    which it replaced in session 7)."""
    return {table: uow.columns(table, [c for c in columns if exact or c not in OPTIONAL.get(table, ())])
            for table, columns in LAYOUT.items()}


Wanted = Mapping[str, Iterable[str]]  # table -> the columns to unpack (a table not named: all its columns)


# -- packing (format 2) ------------------------------------------------------------------------------------------

def _iso(values: list) -> list:
    done: dict[Any, str | None] = {None: None}  # times repeat (an import stamps its rows alike)
    return [done[v] if v in done else done.setdefault(v, v.isoformat()) for v in values]


def _ordinals(values: list) -> list:
    done: dict[Any, int | None] = {None: None}  # days repeat
    return [done[v] if v in done else done.setdefault(v, v.toordinal()) for v in values]


def _typed(values: list, types: frozenset, convert) -> list:
    """``values`` as they are when each already has one of ``types`` (one pass in C), else converted one by one:
    numbers as JSON writes them back, a float stays a float, an int an int."""
    if set(map(type, values)) <= types:
        return values
    return [None if v is None else convert(v) for v in values]


def _plain(values: list, kind: str, index: dict[str, dict[str, int]]) -> list:
    """A column as JSON holds it: days as day numbers, times as ISO text, references as row numbers."""
    if kind == "d":
        return _ordinals(values)
    if kind == "t":
        return _iso(values)
    if kind == "L":
        return [list(v) for v in values]
    if kind == "PL":
        at = index["partner"]
        return [[at[p] for p in v if p in at] for v in values]
    if kind in _REFERS:
        at = index[_REFERS[kind]]
        if None in values:
            return [None if v is None else at[v] for v in values]
        return list(map(at.__getitem__, values))
    if kind == "b":
        return values if set(map(type, values)) <= {bool} else [bool(v) for v in values]
    if kind == "f":
        return _typed(values, frozenset({float, NONE}), float)
    if kind == "i":
        return _typed(values, frozenset({int, NONE}), int)
    return values


ID_BYTES = 16  # an id of 32 hex characters


def _column(name: str, kind: str, values: list, index: dict[str, dict[str, int]]) -> tuple[str, bytes]:
    """(how, bytes) of one column: "hex" for ids that are all 32 hex characters, else "json" (compressed)."""
    if name == "id" and values and set(map(len, values)) == {2 * ID_BYTES}:
        joined = "".join(values)
        try:
            data = bytes.fromhex(joined)
        except ValueError:
            data = b""
        if len(data) * 2 == len(joined) and data.hex() == joined:  # lower-case hex only, nothing skipped
            return "hex", data
    raw = json.dumps(_plain(values, kind, index), ensure_ascii=False, separators=(",", ":"), check_circular=False)
    return "json", zlib.compress(raw.encode(), LEVEL)


def pack(tables: Tables, meta: dict[str, str]) -> bytes:
    """The content (format 2) of ``tables`` (as ``read_tables`` gives them) with the document's ``meta``:
    ``MAGIC``, the length of the header, the header, then each column's bytes where the header says."""
    index = {name: dict(zip(tables[name]["id"], range(len(tables[name]["id"]))))
             for name in ("partner", "relationship", "goal")}
    described: dict[str, Any] = {}
    parts: list[bytes] = []
    offset = 0
    for table, columns in LAYOUT.items():
        cols: dict[str, list] = {}
        for name, kind in columns.items():
            if name not in tables[table]:  # an optional column not read
                continue
            how, data = _column(name, kind, tables[table][name], index)
            cols[name] = [how, offset, len(data)]
            parts.append(data)
            offset += len(data)
        described[table] = {"rows": len(tables[table]["id"]), "columns": cols}
    head = json.dumps({"format": FORMAT, "meta": dict(meta), "tables": described}, ensure_ascii=False,
                      separators=(",", ":"))
    packed_head = zlib.compress(head.encode(), LEVEL)
    return b"".join([_HEAD.pack(MAGIC, len(packed_head)), packed_head, *parts])


# -- unpacking (formats 1 and 2) -----------------------------------------------------------------------------------

def _damaged(label: str) -> DocumentError:
    return DocumentError("damaged", "The state “{state}” is damaged and cannot be read.", state=label)


class _Budget:
    """What may still be unpacked of one content (``MAX_UNPACKED`` in all, however many pieces it has)."""

    def __init__(self) -> None:
        self.left = MAX_UNPACKED

    def inflate(self, data, label: str) -> bytes:
        inflater = zlib.decompressobj()
        try:
            raw = inflater.decompress(data, self.left)
        except zlib.error:
            raise _damaged(label) from None
        if inflater.unconsumed_tail or not inflater.eof:  # larger than the limit, or cut off
            raise _damaged(label)
        self.left -= len(raw)
        return raw


NONE = type(None)
# the types a column of each kind may hold (checked on a set of types: one pass in C per column)
_TYPES: dict[str, frozenset[type]] = {
    "s": frozenset({str}), "S": frozenset({str, NONE}), "i": frozenset({int, NONE}),
    "f": frozenset({int, float, NONE}), "b": frozenset({bool}), "d": frozenset({int, NONE}),
    "t": frozenset({str, NONE}), "L": frozenset({list}),
}
_DAY_LIMITS = (date(1900, 1, 1).toordinal(), date(9999, 12, 31).toordinal())


def _days(values: list) -> list:
    done: dict[Any, Any] = {None: None}
    low, high = _DAY_LIMITS
    for v in values:
        if v not in done:
            if not low <= v <= high:
                raise ValueError(v)
            done[v] = date.fromordinal(v)
    return [done[v] for v in values]


def _times(values: list) -> list:
    done: dict[Any, Any] = {None: None}
    for v in values:
        if v not in done:
            done[v] = datetime.fromisoformat(v)
    return [done[v] for v in values]


_CONVERT = {"d": _days, "t": _times}


def _values(values: list, kind: str, label: str) -> list:
    """A column of plain values checked against its kind and turned back into dates (references: as they are,
    resolved once the ids are known)."""
    if kind in _REFERS:
        return values
    if not set(map(type, values)) <= _TYPES[kind]:
        raise _damaged(label)
    if kind == "L":
        if not set(map(type, chain.from_iterable(values))) <= _TYPES["s"]:
            raise _damaged(label)
        return [tuple(v) for v in values]
    return _CONVERT[kind](values) if kind in _CONVERT else values


def _resolve_all(tables: Tables, label: str) -> None:
    ids = {name: tables[name]["id"] for name in ("partner", "relationship", "goal")}
    for table, columns in LAYOUT.items():
        for name, kind in columns.items():
            if kind in _REFERS and name in tables[table]:
                tables[table][name] = _resolve(tables[table][name], ids[_REFERS[kind]], kind == "PL", label)


def unpack(content: bytes, label: str, wanted: Wanted | None = None) -> tuple[Tables, dict[str, str]]:
    """The tables (references as ids again, dates as dates) and the meta of a content of either format; a
    content that is too large, cut off, not of the declared shape raises ``DocumentError`` naming the state.
    ``wanted``: only these columns of the tables it names (format 2 leaves the others packed; the ids of
    partners, relationships and goals are always unpacked, references need them)."""
    if not isinstance(content, (bytes, bytearray, memoryview)) or len(content) > MAX_PACKED:
        raise _damaged(label)
    content = bytes(content)
    try:
        if content[:len(MAGIC)] == MAGIC:
            tables, meta = _unpack_columns(content, label, wanted)
        else:
            tables, meta = _unpack_format1(content, label)
        _resolve_all(tables, label)
    except (ValueError, TypeError, RecursionError):  # bad JSON, a bad date
        raise _damaged(label) from None
    return tables, meta


def _meta(meta: Any, label: str) -> dict[str, str]:
    if type(meta) is not dict or not all(type(k) is str and type(v) is str for k, v in meta.items()):
        raise _damaged(label)
    return meta


def _layout_fits(names: Iterable[str], table: str) -> bool:
    columns = LAYOUT[table]
    return set(columns) - OPTIONAL.get(table, set()) <= set(names) <= set(columns)


def _unpack_columns(content: bytes, label: str, wanted: Wanted | None) -> tuple[Tables, dict[str, str]]:
    """Format 2: the header, then only the wanted columns."""
    budget = _Budget()
    if len(content) < _HEAD.size:
        raise _damaged(label)
    _magic, head_length = _HEAD.unpack_from(content)
    start = _HEAD.size + head_length
    if start > len(content):
        raise _damaged(label)
    head = json.loads(budget.inflate(content[_HEAD.size:start], label))
    if type(head) is not dict or head.get("format") != FORMAT or type(head.get("tables")) is not dict:
        raise _damaged(label)
    meta = _meta(head.get("meta", {}), label)
    body = memoryview(content)[start:]
    tables: Tables = {}
    for table, columns in LAYOUT.items():
        described = head["tables"].get(table)
        if type(described) is not dict or type(described.get("columns")) is not dict:
            raise _damaged(label)
        rows, cols = described.get("rows"), described["columns"]
        if type(rows) is not int or rows < 0 or not _layout_fits(cols, table):
            raise _damaged(label)
        chosen = set(columns) if wanted is None or table not in wanted else set(wanted[table])
        if table in ("partner", "relationship", "goal"):
            chosen.add("id")
        tables[table] = {}
        for name, kind in columns.items():
            if name in cols and name in chosen:
                tables[table][name] = _read_column(body, cols[name], name, kind, rows, budget, label)
    return tables, meta


def _read_column(body: memoryview, where: Any, name: str, kind: str, rows: int, budget: _Budget,
                 label: str) -> list:
    if type(where) is not list or len(where) != 3 or type(where[1]) is not int or type(where[2]) is not int:
        raise _damaged(label)
    how, offset, length = where
    if offset < 0 or length < 0 or offset + length > len(body):
        raise _damaged(label)
    data = body[offset:offset + length]
    if how == "hex":
        if name != "id" or length != rows * ID_BYTES:
            raise _damaged(label)
        text = data.hex()
        width = 2 * ID_BYTES
        return [text[k:k + width] for k in range(0, len(text), width)]
    if how != "json":
        raise _damaged(label)
    values = json.loads(budget.inflate(data, label))
    if type(values) is not list or len(values) != rows:
        raise _damaged(label)
    return _values(values, kind, label)


def _unpack_format1(content: bytes, label: str) -> tuple[Tables, dict[str, str]]:
    """Format 1: one JSON text of every column (states taken until session 7)."""
    data = json.loads(_Budget().inflate(content, label))
    if type(data) is not dict or data.get("format") != 1:
        raise _damaged(label)
    meta = _meta(data.get("meta", {}), label)
    tables: Tables = {}
    for table, columns in LAYOUT.items():
        cols = data.get(table)
        if type(cols) is not dict or not _layout_fits(cols, table):
            raise _damaged(label)
        lengths = {len(v) if type(v) is list else -1 for v in cols.values()}
        if len(lengths) != 1 or -1 in lengths:
            raise _damaged(label)
        tables[table] = {name: _values(cols[name], kind, label) for name, kind in columns.items() if name in cols}
    return tables, meta


def _resolve(values: list, ids: list[str], many: bool, label: str) -> list:
    """Row numbers back to ids; any number that is not one of ``ids``' rows means the content is damaged."""
    flat = list(chain.from_iterable(values)) if many else [k for k in values if k is not None]
    if (many and not set(map(type, values)) <= {list}) or not set(map(type, flat)) <= {int}:
        raise _damaged(label)
    if flat and (min(flat) < 0 or max(flat) >= len(ids)):
        raise _damaged(label)
    if many:
        return [tuple(ids[k] for k in v) for v in values]
    if None in values:
        return [None if k is None else ids[k] for k in values]
    return list(map(ids.__getitem__, values))
