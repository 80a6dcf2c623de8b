"""The unit of work: one transaction per user action, and the generic row operations commands are built on.

Every write returns what is needed to undo it (old values, or a snapshot of everything a delete removed),
so the services can build reversible commands without knowing the tables.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from enum import Enum
from typing import Any

from sqlalchemy import (
    Connection,
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

from ..domain.errors import NotFoundError
from .mapping import ENTITIES, EntityMap
from .models import TABLES, Base


def now() -> datetime:
    return datetime.now().replace(microsecond=0)


def _plain(value: Any) -> Any:
    return value.value if isinstance(value, Enum) else value


@dataclass(frozen=True)
class Snapshot:
    """Everything one delete removed: rows per table (parents first) and references it set to NULL."""

    rows: tuple[tuple[str, tuple[dict, ...]], ...]
    nulled: tuple[tuple[str, dict, str, Any], ...] = field(default=())  # (table, primary key, column, value)


class UnitOfWork:
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
        query = select(emap.table).where(*self._conditions(emap.table, ids, exclude_id, equals))
        if order_by is not None:
            query = query.order_by(emap.table.c[order_by])
        return self._build(emap, self.conn.execute(query).mappings().all(),
                           everything=ids is None and exclude_id is None and not equals)

    def rows(self, entity: str, columns: Iterable[str], order_by: str | None = None) -> list[tuple]:
        """A few plain columns of every row, as tuples (the map of 20,000 partners needs no dataclasses)."""
        table = ENTITIES[entity].table
        query = select(*(table.c[name] for name in columns))
        if order_by is not None:
            query = query.order_by(table.c[order_by])
        return [tuple(row) for row in self.conn.execute(query)]

    def rows_of(self, entity: str, columns: Iterable[str], ids: Iterable[str]) -> list[tuple]:
        """A few plain columns of the rows with these ids."""
        table = ENTITIES[entity].table
        query = select(*(table.c[name] for name in columns)).where(table.c.id.in_(list(ids)))
        return [tuple(row) for row in self.conn.execute(query)]

    def collection_rows(self, entity: str, name: str) -> list[tuple[str, Any]]:
        """(owner id, value) pairs of a set-valued field of every row (dimensions, tags)."""
        coll = ENTITIES[entity].collections[name]
        return [tuple(row) for row in self.conn.execute(select(coll.owner, coll.value))]

    def relationships_touching(self, partner_ids: Iterable[str]) -> list:
        """Relationships with either end among ``partner_ids``."""
        emap, keys = ENTITIES["relationship"], list(partner_ids)
        t = emap.table
        query = select(t).where(or_(t.c.source_id.in_(keys), t.c.target_id.in_(keys)))
        return self._build(emap, self.conn.execute(query).mappings().all(), everything=False)

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
            query = select(coll.owner, coll.value)
            if owner_ids is not None:
                query = query.where(coll.owner.in_(owner_ids))
            grouped: dict[str, list] = {}
            for owner, value in self.conn.execute(query):
                grouped.setdefault(owner, []).append(value)
            result[name] = {owner: coll.pack(values) for owner, values in grouped.items()}
        return result

    def count(self, entity: str, *, exclude_id: str | None = None, **equals: Any) -> int:
        table = ENTITIES[entity].table
        query = select(func.count()).select_from(table).where(*self._conditions(table, None, exclude_id, equals))
        return self.conn.execute(query).scalar_one()

    def first_value(self, entity: str, column: str, *, exclude_id: str | None = None, **equals: Any) -> Any:
        """One column of the first matching row, or None (name clashes, the own firm's id)."""
        table = ENTITIES[entity].table
        query = select(table.c[column]).where(*self._conditions(table, None, exclude_id, equals)).limit(1)
        return self.conn.execute(query).scalar()

    def bulk_insert(self, table_name: str, rows: list[dict]) -> None:
        """Many plain rows in one statement (demo and import of large networks; not undoable by itself)."""
        if rows:
            self.conn.execute(insert(TABLES[table_name]), [{k: _plain(v) for k, v in r.items()} for r in rows])

    def meta(self) -> dict[str, str]:
        t = TABLES["meta"]
        return dict(self.conn.execute(select(t.c.key, t.c.value)).all())

    def set_meta(self, values: Mapping[str, str]) -> None:
        t = TABLES["meta"]
        for key, value in values.items():
            self.conn.execute(delete(t).where(t.c.key == key))
            self.conn.execute(insert(t).values(key=key, value=str(value)))

    def table(self, name: str) -> Table:
        return TABLES[name]

    # -- writing ----------------------------------------------------------------------------------------

    def insert(self, entity: str, values: Mapping[str, Any]) -> None:
        emap = ENTITIES[entity]
        row = {k: _plain(v) for k, v in values.items() if k not in emap.collections}
        stamp = now()
        for column in ("created_at", "updated_at"):
            if column in emap.table.c:
                row.setdefault(column, stamp)
        self.conn.execute(insert(emap.table).values(**row))
        for name, coll in emap.collections.items():
            self._write_collection(coll, row["id"], values.get(name, ()))

    def update(self, entity: str, entity_id: str, changes: Mapping[str, Any]) -> dict[str, Any]:
        """Apply ``changes``; return the old values of every field it touched (``updated_at`` included)."""
        emap = ENTITIES[entity]
        current = self.conn.execute(select(emap.table).where(emap.table.c.id == entity_id)).mappings().first()
        if current is None:
            raise NotFoundError("The {entity} you refer to is no longer in the document.", entity=entity)
        row_changes = {k: _plain(v) for k, v in changes.items() if k not in emap.collections}
        old = {k: current[k] for k in row_changes}
        if "updated_at" in emap.table.c:
            old.setdefault("updated_at", current["updated_at"])
            row_changes.setdefault("updated_at", now())
        if row_changes:
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

    def delete(self, entity: str, entity_id: str) -> Snapshot:
        """Delete one entity and, through the database's cascades, what hangs on it; return all of it."""
        table = ENTITIES[entity].table
        if not self.exists(entity, entity_id):
            raise NotFoundError("The {entity} you refer to is no longer in the document.", entity=entity)
        rows: dict[str, dict[tuple, dict]] = {}
        nulled: list[tuple[str, dict, str, Any]] = []
        self._collect(table, table.c.id.in_([entity_id]), rows, nulled)
        self.conn.execute(delete(table).where(table.c.id == entity_id))
        ordered = tuple((t.name, tuple(rows[t.name].values()))
                        for t in Base.metadata.sorted_tables if t.name in rows)
        return Snapshot(ordered, tuple(nulled))

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
                                       r[fk.parent.name]))

    def restore(self, snapshot: Snapshot) -> None:
        """Put back what ``delete`` removed, with the same ids and timestamps."""
        for table_name, rows in snapshot.rows:
            if rows:
                self.conn.execute(insert(TABLES[table_name]), [dict(r) for r in rows])
        for table_name, key, column, value in snapshot.nulled:
            table = TABLES[table_name]
            self.conn.execute(update(table).where(and_(*(table.c[k] == v for k, v in key.items())))
                              .values({column: value}))

    def column_values(self, entity: str, ids: Iterable[str], columns: Iterable[str]) -> dict[str, dict[str, Any]]:
        """The current values of a few plain columns of many rows (old values for a bulk edit)."""
        table = ENTITIES[entity].table
        cols = [table.c[name] for name in columns]
        found: dict[str, dict[str, Any]] = {}
        ids = list(ids)
        for start in range(0, len(ids), 900):  # stay below SQLite's limit of bound parameters
            rows = self.conn.execute(select(table.c.id, *cols).where(table.c.id.in_(ids[start:start + 900])))
            found.update({row[0]: dict(zip((c.name for c in cols), row[1:])) for row in rows})
        return found

    def bulk_set(self, entity: str, values: Mapping[str, Mapping[str, Any]]) -> None:
        """Set the same plain columns on many rows in one statement (positions after a layout)."""
        if not values:
            return
        table = ENTITIES[entity].table
        columns = list(next(iter(values.values())))
        statement = (update(table).where(table.c.id == bindparam("_id"))
                     .values({name: bindparam(f"_v_{name}") for name in columns}))
        self.conn.execute(statement, [{"_id": rid, **{f"_v_{n}": _plain(v[n]) for n in columns}}
                                      for rid, v in values.items()])

    def set_values(self, entity: str, entity_id: str, values: Mapping[str, Any]) -> None:
        """Write back old values captured by ``update`` (undo), timestamps included as they were."""
        emap = ENTITIES[entity]
        row = {k: _plain(v) for k, v in values.items() if k not in emap.collections}
        if row:
            self.conn.execute(update(emap.table).where(emap.table.c.id == entity_id).values(**row))
        for name, coll in emap.collections.items():
            if name in values:
                self.conn.execute(delete(coll.table).where(coll.owner == entity_id))
                self._write_collection(coll, entity_id, values[name])
