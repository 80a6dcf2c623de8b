"""The unit of work: one transaction per user action, and the generic row operations commands are built on.

Every write returns what is needed to undo it (old values, or a snapshot of everything a delete removed),
so the services can build reversible commands without knowing the tables. Every write raises the version of
the rows it changes (store/versions.py); the writes of undo and redo first check that each row still has the
version the step left it at, and refuse with a ``StaleEditError`` otherwise (the transaction then rolls back).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from enum import Enum
from typing import Any

from sqlalchemy import (
    Connection,
    String,
    Table,
    and_,
    bindparam,
    delete,
    func,
    insert,
    or_,
    select,
    update,
)

from ..domain.errors import NotFoundError, StaleEditError
from .mapping import ENTITIES, EntityMap
from .models import TABLES, Base
from .versions import FIRST_VERSION, VERSION, has_version

RowKey = tuple[str, str]  # (table, id) of an entity row
_LABEL_COLUMNS = {"partner": "name", "contact": "name", "goal": "title", "action": "title", "snapshot": "label"}


MAX_BOUND = 900  # values bound in one statement: below SQLite's limit (999 before SQLite 3.32)
BATCH_ROWS = 10_000  # rows per insert statement of a bulk write: memory stays flat for 100,000 rows


def now() -> datetime:
    return datetime.now().replace(microsecond=0)


def _plain(value: Any) -> Any:
    return value.value if isinstance(value, Enum) else value


def _chunks(values: list, size: int | None = None) -> Iterator[list]:
    size = size or MAX_BOUND
    for start in range(0, len(values), size):
        yield values[start:start + size]


def _parts(ids: Iterable[str] | None, equals: Mapping[str, Any]) -> list[tuple[list | None, dict]]:
    """The filters of one query as the parts SQLite takes: a long list of ids or of "one of" values is cut into
    chunks (only one such list per query; no caller needs two)."""
    ids = None if ids is None else list(ids)
    if ids is not None and len(ids) > MAX_BOUND:
        return [(part, dict(equals)) for part in _chunks(ids)]
    for key, value in equals.items():
        if isinstance(value, (list, tuple, set, frozenset)) and len(value) > MAX_BOUND:
            return [(ids, {**equals, key: part}) for part in _chunks(list(value))]
    return [(ids, dict(equals))]


@dataclass(frozen=True)
class Snapshot:
    """Everything one delete removed: rows per table (parents first) and references it set to NULL."""

    rows: tuple[tuple[str, tuple[dict, ...]], ...]
    # (table, primary key, column, value, version before the delete or None for a table without versions)
    nulled: tuple[tuple[str, dict, str, Any, int | None], ...] = field(default=())
    label: str | None = None  # how the user knows the deleted entity

    def versions(self) -> dict[RowKey, int]:
        """The version of every entity row this delete removed or changed, as it was before."""
        found = {(table, row["id"]): row[VERSION] for table, rows in self.rows if has_version(table) for row in rows}
        found.update({(table, key["id"]): version for table, key, _column, _value, version in self.nulled
                      if version is not None})
        return found


class UnitOfWork:
    """The SQLAlchemy implementation of ``protocol.UnitOfWork`` over one connection in one transaction (the
    document file and the memory store share it)."""

    def __init__(self, conn: Connection) -> None:
        self.conn = conn

    # -- reading ----------------------------------------------------------------------------------------

    def get(self, entity: str, entity_id: str):
        found = self.list(entity, ids=[entity_id])
        if not found:
            raise NotFoundError("The {entity} you refer to is no longer in the document.", entity=entity)
        return found[0]

    def exists(self, entity: str, entity_id: str) -> bool:
        table = ENTITIES[entity].table
        return self.conn.execute(select(table.c.id).where(table.c.id == entity_id)).first() is not None

    def list(self, entity: str, *, ids: Iterable[str] | None = None, order_by: str | None = None,
             exclude_id: str | None = None, **equals: Any) -> list:
        """Entities of a kind as frozen dataclasses (plain rows, no ORM objects: 20,000 in a blink).

        ``equals`` filters on columns: a single value must match, a list/set/tuple means "one of".
        """
        emap = ENTITIES[entity]
        everything = ids is None and exclude_id is None and not equals
        parts = _parts(ids, equals)
        rows = []
        for part_ids, part_equals in parts:
            query = select(emap.table).where(*self._conditions(emap.table, part_ids, exclude_id, part_equals))
            if order_by is not None:
                query = query.order_by(emap.table.c[order_by])
            rows.extend(self.conn.execute(query).mappings().all())
        if order_by is not None and len(parts) > 1:  # SQLite's order across the parts: NULL first
            rows.sort(key=lambda row: (row[order_by] is not None, row[order_by]))
        return self._build(emap, rows, everything=everything)

    def rows(self, entity: str, columns: Iterable[str], order_by: str | None = None) -> list[tuple]:
        """A few plain columns of every row, as tuples (the map of 20,000 partners needs no dataclasses)."""
        table = ENTITIES[entity].table
        query = select(*(table.c[name] for name in columns))
        if order_by is not None:
            query = query.order_by(table.c[order_by])
        return [tuple(row) for row in self.conn.execute(query)]

    def columns(self, entity: str, names: Iterable[str]) -> dict[str, list]:
        """Plain columns of every row of an entity, column by column: ``{name: [value per row]}``, the rows in
        the same order in each list (the order the database returns them). A set-valued field (``dimensions``,
        ``tags``, ``partner_ids``) comes as one sorted tuple per row. The bulk read of the check, the map and the
        board workbook: no dataclass and no vocabulary member per row, codes stay strings.

        Rows are taken in batches, and a text that repeats (a code, a partner id in ``source_id``) is kept once:
        100,000 relationships hold 20,000 partner ids, not 200,000 copies."""
        emap = ENTITIES[entity]
        names = list(names)
        plain = [name for name in names if name not in emap.collections]
        if "id" not in plain and len(plain) < len(names):
            plain.append("id")  # the key the set-valued fields are gathered by
        table = emap.table
        found: dict[str, list] = {name: [] for name in plain}
        targets = [found[name] for name in plain]
        # only texts are kept once (numbers are small, and 0, 0.0 and False would be one key); a column whose
        # values are all different gains nothing from it
        once = [isinstance(table.c[name].type, String) and not (table.c[name].primary_key or table.c[name].unique)
                for name in plain]
        seen: dict[Any, Any] = {}
        keep = seen.setdefault
        result = self.conn.execute(select(*(table.c[name] for name in plain)))
        for batch in result.partitions(BATCH_ROWS):
            for target, values, repeats in zip(targets, zip(*batch), once):
                target.extend([keep(v, v) for v in values] if repeats else values)
        for name in names:
            if name in emap.collections:
                coll = emap.collections[name]
                grouped: dict[str, list] = {}
                for owner, value in self.conn.execute(select(coll.owner, coll.value)):
                    grouped.setdefault(owner, []).append(keep(value, value))
                found[name] = [tuple(sorted(grouped.get(key, ()), key=str.casefold)) for key in found["id"]]
        return {name: found[name] for name in names}

    def rows_of(self, entity: str, columns: Iterable[str], ids: Iterable[str]) -> list[tuple]:
        """A few plain columns of the rows with these ids."""
        table = ENTITIES[entity].table
        selected = [table.c[name] for name in columns]
        return [tuple(row) for part in _chunks(list(ids))
                for row in self.conn.execute(select(*selected).where(table.c.id.in_(part)))]

    def collection_rows(self, entity: str, name: str) -> list[tuple[str, Any]]:
        """(owner id, value) pairs of a set-valued field of every row (dimensions, tags)."""
        coll = ENTITIES[entity].collections[name]
        return [tuple(row) for row in self.conn.execute(select(coll.owner, coll.value))]

    def relationships_touching(self, partner_ids: Iterable[str]) -> list:
        """Relationships with either end among ``partner_ids``."""
        emap, keys = ENTITIES["relationship"], list(partner_ids)
        t = emap.table
        found: dict[str, Any] = {}  # by id: a tie between two chunks is found twice
        for part in _chunks(keys, MAX_BOUND // 2):  # each key is bound twice
            query = select(t).where(or_(t.c.source_id.in_(part), t.c.target_id.in_(part)))
            found.update((row["id"], row) for row in self.conn.execute(query).mappings())
        return self._build(emap, list(found.values()), everything=False)

    def relationship_between(self, a: str, b: str, kind: str, exclude_id: str | None = None) -> str | None:
        """The id of a relationship of ``kind`` between ``a`` and ``b`` in either direction, if any."""
        t = TABLES["relationship"]
        pair = or_(and_(t.c.source_id == a, t.c.target_id == b), and_(t.c.source_id == b, t.c.target_id == a))
        query = select(t.c.id).where(pair, t.c.kind == _plain(kind))
        if exclude_id is not None:
            query = query.where(t.c.id != exclude_id)
        return self.conn.execute(query).scalar()

    def goals_of_partner(self, partner_id: str) -> list[str]:
        t = TABLES["goal_partner"]
        return list(self.conn.execute(select(t.c.goal_id).where(t.c.partner_id == partner_id)).scalars())

    @staticmethod
    def _conditions(table: Table, ids, exclude_id, equals) -> list:
        conditions = []
        if ids is not None:
            conditions.append(table.c.id.in_(list(ids)))
        if exclude_id is not None:
            conditions.append(table.c.id != exclude_id)
        for column, value in equals.items():
            if isinstance(value, (list, tuple, set, frozenset)):
                conditions.append(table.c[column].in_([_plain(v) for v in value]))
            else:
                conditions.append(table.c[column] == _plain(value))
        return conditions

    def _build(self, emap: EntityMap, rows, *, everything: bool) -> list:
        collections = self._collections(emap, None if everything else [r["id"] for r in rows])
        return [emap.build(row, {name: values.get(row["id"], ()) for name, values in collections.items()})
                for row in rows]

    def _collections(self, emap: EntityMap, owner_ids: list[str] | None) -> dict[str, dict[str, list]]:
        result: dict[str, dict[str, list]] = {}
        for name, coll in emap.collections.items():
            queries = ([select(coll.owner, coll.value)] if owner_ids is None else
                       [select(coll.owner, coll.value).where(coll.owner.in_(part)) for part in _chunks(owner_ids)])
            grouped: dict[str, list] = {}
            for query in queries:
                for owner, value in self.conn.execute(query):
                    grouped.setdefault(owner, []).append(value)
            result[name] = {owner: coll.pack(values) for owner, values in grouped.items()}
        return result

    def count(self, entity: str, *, exclude_id: str | None = None, **equals: Any) -> int:
        table = ENTITIES[entity].table
        return sum(self.conn.execute(select(func.count()).select_from(table).where(
            *self._conditions(table, None, exclude_id, part))).scalar_one() for _, part in _parts(None, equals))

    def first_value(self, entity: str, column: str, *, exclude_id: str | None = None, **equals: Any) -> Any:
        """One column of the first matching row, or None (name clashes, the own firm's id)."""
        table = ENTITIES[entity].table
        for _, part in _parts(None, equals):
            query = select(table.c[column]).where(*self._conditions(table, None, exclude_id, part)).limit(1)
            found = self.conn.execute(query).scalar()
            if found is not None:
                return found
        return None

    def bulk_insert(self, table_name: str, rows: Iterable[Mapping[str, Any]]) -> None:
        """Many rows of one table as they are (text, numbers, dates: no conversion, the demo's 100,000 rows go
        straight in), taken from ``rows`` in batches of ``BATCH_ROWS`` so that a generator keeps memory flat.
        Not undoable by itself."""
        statement = insert(TABLES[table_name])
        batch: list[Mapping[str, Any]] = []
        for row in rows:
            batch.append(row)
            if len(batch) >= BATCH_ROWS:
                self.conn.execute(statement, batch)
                batch = []
        if batch:
            self.conn.execute(statement, batch)

    def insert_many(self, entity: str, values: Iterable[Mapping[str, Any]]) -> None:
        """Many new entities, set-valued fields included, timestamps set where not given (an import of 10,000
        partners in well under a second; one ``insert`` each takes seconds). Not undoable by itself: the caller
        keeps the ids and undoes with ``delete_many``."""
        emap = ENTITIES[entity]
        values = list(values)
        stamp = now()
        stamps = {column: stamp for column in ("created_at", "updated_at") if column in emap.table.c}
        self.bulk_insert(emap.table.name, ({**stamps, **{k: _plain(v) for k, v in item.items()
                                                         if k not in emap.collections}} for item in values))
        for name, coll in emap.collections.items():
            self.bulk_insert(coll.table.name, ({coll.owner.name: item["id"], coll.value.name: _plain(v)}
                                               for item in values for v in item.get(name) or ()))

    def delete_many(self, entity: str, ids: Iterable[str]) -> None:
        """Delete many entities by id with their set-valued fields (undo of ``insert_many``; no snapshot)."""
        emap = ENTITIES[entity]
        for part in _chunks(list(ids)):
            for coll in emap.collections.values():
                self.conn.execute(delete(coll.table).where(coll.owner.in_(part)))
            self.conn.execute(delete(emap.table).where(emap.table.c.id.in_(part)))

    def meta(self) -> dict[str, str]:
        t = TABLES["meta"]
        return dict(self.conn.execute(select(t.c.key, t.c.value)).all())

    def set_meta(self, values: Mapping[str, str]) -> None:
        t = TABLES["meta"]
        for key, value in values.items():
            self.conn.execute(delete(t).where(t.c.key == key))
            self.conn.execute(insert(t).values(key=key, value=str(value)))

    def label(self, entity: str, entity_id: str) -> str | None:
        """How the user knows a row (a partner's name, "A – B" for a relationship), or None when it is gone."""
        if entity in _LABEL_COLUMNS:
            return self.first_value(entity, _LABEL_COLUMNS[entity], id=entity_id)
        if entity == "assessment":
            relationship_id = self.first_value("assessment", "relationship_id", id=entity_id)
            return None if relationship_id is None else self.label("relationship", relationship_id)
        if entity == "relationship":
            ends = self.rows_of("relationship", ("source_id", "target_id"), [entity_id])
            if not ends:
                return None
            return " – ".join(self.first_value("partner", "name", id=pid) or "?" for pid in ends[0])
        return None

    def _row_label(self, table: str, row: Mapping[str, Any]) -> str | None:
        return row[_LABEL_COLUMNS[table]] if table in _LABEL_COLUMNS else self.label(table, row["id"])

    def _stale(self, entity: str, entity_id: str, known_as: str | None = None) -> StaleEditError:
        """The refusal for a row that is no longer at the version a step expects: changed, or gone."""
        if self.exists(entity, entity_id):
            return StaleEditError(self.label(entity, entity_id) or known_as)
        return StaleEditError(known_as, deleted=True)

    # -- writing ----------------------------------------------------------------------------------------

    def insert(self, entity: str, values: Mapping[str, Any]) -> int:
        """A new row (and its collections); returns its version."""
        emap = ENTITIES[entity]
        row = {k: _plain(v) for k, v in values.items() if k not in emap.collections}
        stamp = now()
        for column in ("created_at", "updated_at"):
            if column in emap.table.c:
                row.setdefault(column, stamp)
        row[VERSION] = FIRST_VERSION
        self.conn.execute(insert(emap.table).values(**row))
        for name, coll in emap.collections.items():
            self._write_collection(coll, row["id"], values.get(name, ()))
        return FIRST_VERSION

    def update(self, entity: str, entity_id: str, changes: Mapping[str, Any], *, expected: int | None = None,
               known_as: str | None = None) -> dict[str, Any]:
        """Apply ``changes`` and raise the row's version by one; return the old values of every field it touched
        (``updated_at`` and the version included). ``expected`` (a redo): the row must still be at that version;
        ``known_as`` names the row in the refusal when it is gone."""
        emap = ENTITIES[entity]
        current = self.conn.execute(select(emap.table).where(emap.table.c.id == entity_id)).mappings().first()
        if current is None and expected is not None:
            raise StaleEditError(known_as, deleted=True)
        if current is None:
            raise NotFoundError("The {entity} you refer to is no longer in the document.", entity=entity)
        if expected is not None and current[VERSION] != expected:
            raise StaleEditError(self._row_label(entity, current) or known_as)
        row_changes = {k: _plain(v) for k, v in changes.items() if k not in emap.collections}
        old = {k: current[k] for k in row_changes}
        if "updated_at" in emap.table.c:
            old.setdefault("updated_at", current["updated_at"])
            row_changes.setdefault("updated_at", now())
        old[VERSION], row_changes[VERSION] = current[VERSION], current[VERSION] + 1
        self.conn.execute(update(emap.table).where(emap.table.c.id == entity_id).values(**row_changes))
        for name, coll in emap.collections.items():
            if name in changes:
                old[name] = coll.pack(self.conn.execute(
                    select(coll.value).where(coll.owner == entity_id)).scalars())
                self.conn.execute(delete(coll.table).where(coll.owner == entity_id))
                self._write_collection(coll, entity_id, changes[name])
        return old

    def _write_collection(self, coll, owner_id: str, values: Iterable[Any]) -> None:
        rows = [{coll.owner.name: owner_id, coll.value.name: _plain(v)} for v in values]
        if rows:
            self.conn.execute(insert(coll.table), rows)

    def delete(self, entity: str, entity_id: str, *, expected: Mapping[RowKey, int] | None = None,
               known_as: str | None = None) -> Snapshot:
        """Delete one entity and, through the database's cascades, what hangs on it; return all of it.

        ``expected`` (undo of a create, redo of a delete): the entity rows the delete may remove or change, each
        at its version; a row changed since, or one that was added (a contact someone gave the partner), refuses
        the delete. ``known_as`` names the entity in the refusal when it is gone."""
        table = ENTITIES[entity].table
        if not self.exists(entity, entity_id):
            if expected is not None:
                raise StaleEditError(known_as, deleted=True)
            raise NotFoundError("The {entity} you refer to is no longer in the document.", entity=entity)
        rows: dict[str, dict[tuple, dict]] = {}
        nulled: list[tuple[str, dict, str, Any, int | None]] = []
        self._collect(table, table.c.id.in_([entity_id]), rows, nulled)
        nulled = [n for n in nulled if tuple(n[1].values()) not in rows.get(n[0], {})]  # deleted anyway
        label = self._row_label(entity, rows[entity][(entity_id,)])
        if expected is not None:
            self._refuse_unexpected(rows, nulled, expected, label)
        for table_name, key, column, _value, version in nulled:  # what the database would set to NULL, set
            child = TABLES[table_name]                              # here, so that versions go up as with any write
            bump = {} if version is None else {VERSION: version + 1}
            self.conn.execute(update(child).where(*(child.c[k] == v for k, v in key.items()))
                              .values({column: None, **bump}))
        self.conn.execute(delete(table).where(table.c.id == entity_id))
        ordered = tuple((t.name, tuple(rows[t.name].values()))
                        for t in Base.metadata.sorted_tables if t.name in rows)
        return Snapshot(ordered, tuple(nulled), label)

    def _refuse_unexpected(self, rows, nulled, expected: Mapping[RowKey, int], label: str | None) -> None:
        """Refuse a delete that would remove or change an entity row not at its expected version."""
        touched = [(name, row) for name, bucket in rows.items() if has_version(name) for row in bucket.values()]
        touched += [(name, {"id": key["id"], VERSION: version}) for name, key, _c, _v, version in nulled
                    if version is not None]
        for name, row in touched:
            version = expected.get((name, row["id"]))
            if version is None:  # added since: the entity the step deletes has changed
                raise StaleEditError(label)
            if row[VERSION] != version:
                raise StaleEditError(self.label(name, row["id"]) or label)

    def _collect(self, table: Table, condition, rows, nulled) -> None:
        found = [dict(r) for r in self.conn.execute(select(table).where(condition)).mappings()]
        pk = [c.name for c in table.primary_key.columns]
        new = [r for r in found if tuple(r[c] for c in pk) not in rows.get(table.name, {})]
        if not new:
            return
        bucket = rows.setdefault(table.name, {})
        for r in new:
            bucket[tuple(r[c] for c in pk)] = r
        for child in Base.metadata.sorted_tables:
            for fk in child.foreign_keys:
                if fk.column.table is not table:
                    continue
                keys = list({r[fk.column.name] for r in new})
                cond = fk.parent.in_(keys)
                if fk.ondelete == "CASCADE":
                    self._collect(child, cond, rows, nulled)
                elif fk.ondelete == "SET NULL":
                    child_pk = [c.name for c in child.primary_key.columns]
                    for r in self.conn.execute(select(child).where(cond)).mappings():
                        nulled.append((child.name, {c: r[c] for c in child_pk}, fk.parent.name,
                                       r[fk.parent.name], r[VERSION] if has_version(child.name) else None))

    def restore(self, snapshot: Snapshot) -> None:
        """Put back what ``delete`` removed, with the same ids, timestamps and versions.

        Refused when a removed row is back in the document, a row it hung on is gone, or a reference the delete
        set to NULL has changed since."""
        self._refuse_unrestorable(snapshot)
        for table_name, rows in snapshot.rows:
            if rows:
                self.conn.execute(insert(TABLES[table_name]), [dict(r) for r in rows])
        for table_name, key, column, value, version in snapshot.nulled:
            table = TABLES[table_name]
            statement = update(table).where(and_(*(table.c[k] == v for k, v in key.items())))
            if version is None:
                self.conn.execute(statement.values({column: value}))
            elif self.conn.execute(statement.where(table.c[VERSION] == version + 1)
                                   .values({column: value, VERSION: version})).rowcount != 1:
                raise self._stale(table_name, key["id"])

    def _refuse_unrestorable(self, snapshot: Snapshot) -> None:
        present = {name: {tuple(r[c.name] for c in TABLES[name].primary_key.columns) for r in rows}
                   for name, rows in snapshot.rows}
        for table_name, rows in snapshot.rows:
            table = TABLES[table_name]
            if has_version(table_name):
                back = self.rows_of(table_name, ("id",), [r["id"] for r in rows])
                if back:
                    row = next(r for r in rows if r["id"] == back[0][0])
                    raise StaleEditError(self._row_label(table_name, row) or snapshot.label)
            for fk in table.foreign_keys:  # the rows they hang on that the delete did not remove must still be there
                parent = fk.column.table
                wanted = {r[fk.parent.name] for r in rows if r[fk.parent.name] is not None}
                wanted -= {key[0] for key in present.get(parent.name, ())}
                if wanted and len(self.conn.execute(select(fk.column).where(fk.column.in_(wanted))).all()) \
                        != len(wanted):
                    raise StaleEditError(None, deleted=True)

    def column_values(self, entity: str, ids: Iterable[str], columns: Iterable[str]) -> dict[str, dict[str, Any]]:
        """The current values of a few plain columns of many rows, with each row's version (old values for a
        bulk edit)."""
        table = ENTITIES[entity].table
        cols = [table.c[name] for name in dict.fromkeys([*columns, VERSION])]
        found: dict[str, dict[str, Any]] = {}
        ids = list(ids)
        for part in _chunks(ids):
            rows = self.conn.execute(select(table.c.id, *cols).where(table.c.id.in_(part)))
            found.update({row[0]: dict(zip((c.name for c in cols), row[1:])) for row in rows})
        return found

    def bulk_set(self, entity: str, values: Mapping[str, Mapping[str, Any]], *,
                 before: Mapping[str, Mapping[str, Any]] | None = None) -> None:
        """Set the same plain columns on many rows in one statement (positions after a layout); each row's
        version goes up by one. ``before`` (a redo): the rows as ``column_values`` read them before the first
        run; a row no longer at that version refuses the whole step."""
        if not values:
            return
        table = ENTITIES[entity].table
        columns = list(next(iter(values.values())))
        statement = update(table).where(table.c.id == bindparam("_id"))
        if before is not None:
            statement = statement.where(table.c[VERSION] == bindparam("_expected"))
        statement = statement.values({**{name: bindparam(f"_v_{name}") for name in columns},
                                      VERSION: table.c[VERSION] + 1})
        params = [{"_id": rid, **{f"_v_{n}": _plain(v[n]) for n in columns}} for rid, v in values.items()]
        if before is None:
            self.conn.execute(statement, params)
            return
        for p in params:
            p["_expected"] = before[p["_id"]][VERSION]
        self._write_all(entity, statement, params, {
            p["_id"]: {**{n: p[f"_v_{n}"] for n in columns}, VERSION: p["_expected"] + 1} for p in params})

    def bulk_set_back(self, entity: str, old: Mapping[str, Mapping[str, Any]]) -> None:
        """Undo ``bulk_set``: write back what ``column_values`` read, versions included; every row must still be
        at the version ``bulk_set`` left it at, else nothing is written."""
        if not old:
            return
        table = ENTITIES[entity].table
        columns = list(next(iter(old.values())))
        statement = (update(table).where(table.c.id == bindparam("_id"), table.c[VERSION] == bindparam("_expected"))
                     .values({name: bindparam(f"_v_{name}") for name in columns}))
        self._write_all(entity, statement, [
            {"_id": rid, "_expected": v[VERSION] + 1, **{f"_v_{n}": _plain(v[n]) for n in columns}}
            for rid, v in old.items()], {rid: {n: _plain(v[n]) for n in columns} for rid, v in old.items()})

    def _write_all(self, entity: str, statement, params: list[dict], written: Mapping[str, Mapping]) -> None:
        """One checked statement over many rows: each row is written only at its ``_expected`` version, and
        ``written`` is what each row holds afterwards. If a row was not written, the refusal names one whose values
        are not those (the transaction then rolls back). Reading every version first, or a savepoint to take
        the statement back, would cost a third to a half of an undo of 20,000 positions."""
        if self.conn.execute(statement, params).rowcount == len(params):
            return
        found = self.column_values(entity, written, next(iter(written.values())))
        for row_id, values in written.items():
            if row_id not in found:
                raise StaleEditError(None, deleted=True)
            if any(found[row_id][name] != value for name, value in values.items()):
                raise StaleEditError(self.label(entity, row_id))
        raise StaleEditError(None)  # a stranger wrote exactly our values: still, nothing of ours is kept

    def set_values(self, entity: str, entity_id: str, values: Mapping[str, Any], *,
                   known_as: str | None = None) -> None:
        """Undo ``update``: write back the old values it returned, timestamps and version as they were. The row
        must still be at the version ``update`` left it at (else ``StaleEditError``, and nothing is written)."""
        emap = ENTITIES[entity]
        row = {k: _plain(v) for k, v in values.items() if k not in emap.collections}
        statement = update(emap.table).where(emap.table.c.id == entity_id,
                                             emap.table.c[VERSION] == values[VERSION] + 1)
        if self.conn.execute(statement.values(**row)).rowcount != 1:
            raise self._stale(entity, entity_id, known_as)
        for name, coll in emap.collections.items():
            if name in values:
                self.conn.execute(delete(coll.table).where(coll.owner == entity_id))
                self._write_collection(coll, entity_id, values[name])
