"""How each entity of the domain maps onto tables: its main table, its collections, its dataclass.

The dataclasses, the link tables and the row builders are declared once in ``entity_rows`` (no SQLAlchemy there,
so the read-only reader ``sqlite_read`` builds the same entities); this module adds the SQLAlchemy tables and
columns the unit of work queries.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Column, Table

from .entity_rows import CLASSES, LINKS, builder
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


def _entity(name: str) -> EntityMap:
    table = TABLES[name]
    collections = {field: Collection(TABLES[link.table], TABLES[link.table].c[link.owner],
                                     TABLES[link.table].c[link.value], link.as_tuple)
                   for field, link in LINKS.get(name, {}).items()}
    return EntityMap(name, table, builder(CLASSES[name], table.c.keys(), collections), collections)


ENTITIES: dict[str, EntityMap] = {name: _entity(name) for name in CLASSES}
