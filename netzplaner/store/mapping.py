"""How each entity of the domain maps onto tables: its main table, its collections, its dataclass.

The builders are derived from the entities' field declarations (``domain.fields``): a column holding a
vocabulary code becomes its member, a flag a bool, a set-valued field comes from its link table, the criteria's
columns become the assessment's scores. Nothing here names an entity's fields one by one.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from enum import Enum
from typing import Any

from sqlalchemy import Column, Table

from ..domain import entities as e
from ..domain.enums import Criterion, Dimension
from ..domain.fields import IDS, NETWORKS, SCORES, TAGS
from .models import TABLES


@dataclass(frozen=True)
class Collection:
    """A set-valued field kept in a link table: ``owner`` column points at the entity, ``value`` holds an item."""

    table: Table
    owner: Column
    value: Column
    as_tuple: bool = False  # tags keep a sorted tuple; the rest are frozensets

    def pack(self, values) -> Any:
        return tuple(sorted(values, key=str.casefold)) if self.as_tuple else frozenset(values)


@dataclass(frozen=True)
class EntityMap:
    name: str
    table: Table
    build: Callable[[Mapping[str, Any], Mapping[str, Any]], Any]  # (row, collections) -> dataclass
    collections: Mapping[str, Collection]


# set-valued fields: the link table's values as the entity holds them
_PACKED: dict[str, Callable[[Any], Any]] = {
    NETWORKS: lambda values: frozenset(Dimension(v) for v in values), TAGS: tuple, IDS: frozenset}


def _builder(entity: type, table: Table, collections: Mapping[str, Collection]):
    """The function that turns a row (and its collections) into ``entity``, written from the field declarations:
    plain columns are copied, codes become vocabulary members, flags bools, link tables sets, the criteria's
    columns the scores. It is compiled once into one expression per field (as ``dataclasses`` writes
    ``__init__``), because reading 20,000 partners and 100,000 relationships runs it for every row."""
    names: dict[str, Any] = {"Entity": entity}
    args = []
    for i, f in enumerate(dataclasses.fields(entity)):
        spec = f.metadata.get("spec")
        kind = spec.kind if spec else None
        convert = f"_{i}"
        if f.name in collections:
            names[convert] = _PACKED[kind]
            args.append(f"{convert}(coll.get({f.name!r}, ()))")
        elif kind == SCORES:
            names.update((f"_{i}_{c.value}", c) for c in Criterion)
            args.append("{" + ", ".join(f"_{i}_{c.value}: row[{c.value!r}]" for c in Criterion) + "}")
        elif isinstance(kind, type) and issubclass(kind, Enum):
            names[convert] = kind
            args.append(f"{convert}(row[{f.name!r}])" if spec.required
                        else f"({convert}(v) if (v := row[{f.name!r}]) else None)")
        elif kind is bool:
            args.append(f"bool(row[{f.name!r}])")
        else:
            assert f.name in table.c, f"{entity.__name__}.{f.name}: no column in {table.name}"
            args.append(f"row[{f.name!r}]")
    source = "def build(row, coll):\n    return Entity(" + ", ".join(args) + ")\n"
    exec(compile(source, f"<build {entity.__name__}>", "exec"), names)  # noqa: S102 - our own source, above
    return names["build"]


def _collection(table: str, owner: str, value: str, as_tuple: bool = False) -> Collection:
    t = TABLES[table]
    return Collection(t, t.c[owner], t.c[value], as_tuple)


def _entity(name: str, entity: type, collections: Mapping[str, Collection] | None = None) -> EntityMap:
    collections = collections or {}
    return EntityMap(name, TABLES[name], _builder(entity, TABLES[name], collections), collections)


ENTITIES: dict[str, EntityMap] = {
    "partner": _entity("partner", e.Partner, {
        "dimensions": _collection("partner_dimension", "partner_id", "dimension"),
        "tags": _collection("tag", "partner_id", "name", as_tuple=True),
    }),
    "contact": _entity("contact", e.Contact),
    "relationship": _entity("relationship", e.Relationship),
    "assessment": _entity("assessment", e.Assessment),
    "goal": _entity("goal", e.Goal, {"partner_ids": _collection("goal_partner", "goal_id", "partner_id")}),
    "action": _entity("action", e.Action),
    "snapshot": _entity("snapshot", e.NetworkSnapshot),
}
