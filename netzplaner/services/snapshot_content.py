"""A snapshot's content: every row of the network, column by column, as JSON compressed with zlib.

Why this form (issue 12): the columns come from the store's columnar read (no entity object per row), JSON of
columns compresses well (a column of codes or dates is one repeated word), and JSON can be read from a hostile
file without running anything (never pickle or marshal: a document may come from someone else). References to
partners, relationships and goals are stored as row numbers into their tables, so 100,000 relationships carry
two small integers each instead of two 32-character ids.

Every assessment is kept, not only the latest: returning to a state must give back the assessments' history as
it was, and the latest one that counts is derived from them exactly as for the document (``latest_per_
relationship``). The cost is measured in ``tests/benchmarks/bench_snapshot.py``.

Reading is bounded: a compressed content above ``MAX_PACKED`` or one that unpacks to more than ``MAX_UNPACKED``
is refused, and so is any table whose columns are not lists of one length and the declared type; the refusal is
one sentence (``DocumentError`` "damaged").
"""

from __future__ import annotations

import json
import zlib
from itertools import chain
from datetime import date, datetime
from typing import Any

from ..domain.errors import DocumentError
from ..store.protocol import UnitOfWork

FORMAT = 1
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


_SETS = {"dimensions", "tags", "partner_ids"}  # set-valued fields: their own tables in the store


def read_tables(uow: UnitOfWork, *, exact: bool = False) -> Tables:
    """Every row of the network, column by column, references as ids; ``exact``: with the timestamps of
    relationships and assessments (``OPTIONAL``). Plain rows turned into columns by ``zip`` in C: at 100,000
    relationships a quarter to a half faster than ``uow.columns``, which keeps each repeated value once (memory
    the snapshot does not need, it packs at once)."""
    found: Tables = {}
    for table, columns in LAYOUT.items():
        plain = [c for c in columns if c not in _SETS and (exact or c not in OPTIONAL.get(table, ()))]
        rows = uow.rows(table, plain)
        found[table] = cols = dict(zip(plain, map(list, zip(*rows)))) if rows else {c: [] for c in plain}
        for name in (c for c in columns if c in _SETS):
            grouped: dict[str, list] = {}
            for owner, value in uow.collection_rows(table, name):
                grouped.setdefault(owner, []).append(value)
            cols[name] = [tuple(sorted(grouped.get(key, ()), key=str.casefold)) for key in cols["id"]]
    return found


def _iso(values: list) -> list:
    done: dict[Any, str | None] = {None: None}  # times repeat (an import stamps its rows alike)
    return [done[v] if v in done else done.setdefault(v, v.isoformat()) for v in values]


def pack(tables: Tables, meta: dict[str, str]) -> bytes:
    """The compressed content of ``tables`` (as ``read_tables`` gives them) with the document's ``meta``."""
    index = {name: {rid: k for k, rid in enumerate(tables[name]["id"])} for name in ("partner", "relationship",
                                                                                    "goal")}
    out: dict[str, Any] = {"format": FORMAT, "meta": dict(meta)}
    for table, columns in LAYOUT.items():
        cols: dict[str, list] = {}
        for name, kind in columns.items():
            if name not in tables[table]:  # an optional column not read
                continue
            values = tables[table][name]
            if kind == "d":
                cols[name] = [None if v is None else v.toordinal() for v in values]
            elif kind == "t":
                cols[name] = _iso(values)
            elif kind == "L":
                cols[name] = [list(v) for v in values]
            elif kind == "PL":
                at = index["partner"]
                cols[name] = [[at[p] for p in v if p in at] for v in values]
            elif kind in _REFERS:
                at = index[_REFERS[kind]]
                cols[name] = [None if v is None else at[v] for v in values]
            elif kind == "b":
                cols[name] = [bool(v) for v in values]
            # numbers as JSON writes them back: a float stays a float, an int an int
            elif kind == "f":
                cols[name] = [None if v is None else float(v) for v in values]
            elif kind == "i":
                cols[name] = [None if v is None else int(v) for v in values]
            else:
                cols[name] = list(values)
        out[table] = cols
    raw = json.dumps(out, ensure_ascii=False, separators=(",", ":"), check_circular=False).encode()
    return zlib.compress(raw, LEVEL)


def _damaged(label: str) -> DocumentError:
    return DocumentError("damaged", "The state “{state}” is damaged and cannot be read.", state=label)


def _inflate(content: bytes, label: str) -> bytes:
    if not isinstance(content, (bytes, bytearray, memoryview)) or len(content) > MAX_PACKED:
        raise _damaged(label)
    inflater = zlib.decompressobj()
    try:
        raw = inflater.decompress(bytes(content), MAX_UNPACKED)
    except zlib.error:
        raise _damaged(label) from None
    if inflater.unconsumed_tail or not inflater.eof:  # larger than the limit, or cut off
        raise _damaged(label)
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


def unpack(content: bytes, label: str) -> tuple[Tables, dict[str, str]]:
    """The tables (references as ids again, dates as dates) and the meta of a packed content; a content that is
    too large, cut off, not JSON or not of the declared shape raises ``DocumentError`` naming the state."""
    try:
        data = json.loads(_inflate(content, label))
        if type(data) is not dict or data.get("format") != FORMAT:
            raise _damaged(label)
        meta = data.get("meta", {})
        if type(meta) is not dict or not all(type(k) is str and type(v) is str for k, v in meta.items()):
            raise _damaged(label)
        tables: Tables = {}
        for table, columns in LAYOUT.items():
            cols = data.get(table)
            if type(cols) is not dict or not set(columns) - OPTIONAL.get(table, set()) <= set(cols) <= set(columns):
                raise _damaged(label)
            lengths = {len(v) if type(v) is list else -1 for v in cols.values()}
            if len(lengths) != 1 or -1 in lengths:
                raise _damaged(label)
            tables[table] = {}
            for name, kind in columns.items():
                if name not in cols:
                    continue
                values = cols[name]
                if kind in _REFERS:
                    tables[table][name] = values  # resolved below, once the ids are known
                    continue
                if not set(map(type, values)) <= _TYPES[kind]:
                    raise _damaged(label)
                if kind == "L" and not set(map(type, chain.from_iterable(values))) <= _TYPES["s"]:
                    raise _damaged(label)
                tables[table][name] = _CONVERT[kind](values) if kind in _CONVERT else values
        ids = {name: tables[name]["id"] for name in ("partner", "relationship", "goal")}
        for table, columns in LAYOUT.items():
            for name, kind in columns.items():
                if kind in _REFERS:
                    tables[table][name] = _resolve(tables[table][name], ids[_REFERS[kind]], kind == "PL", label)
        for name in ("dimensions", "tags"):
            tables["partner"][name] = [tuple(v) for v in tables["partner"][name]]
    except (ValueError, TypeError, RecursionError):  # bad JSON, a bad date
        raise _damaged(label) from None
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
    return [None if k is None else ids[k] for k in values]
