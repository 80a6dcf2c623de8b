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

from .entity_rows import CLASSES, LINKS, Link, builder
from .models import TABLES


@dataclass(frozen=True)
class Collection:
    """A set-valued field's ``entity_rows.Link`` with its link table's SQLAlchemy objects: the ``owner`` column
    points at the entity, ``value`` holds an item."""

    link: Link
    table: Table
    owner: Column
    value: Column

    def pack(self, values) -> Any:
        return self.link.pack(values)


@dataclass(frozen=True)
class EntityMap:
    name: str
    table: Table
    build: Callable[[Mapping[str, Any], Mapping[str, Any]], Any]  # (row, collections) -> dataclass
    collections: Mapping[str, Collection]


def _entity(name: str) -> EntityMap:
    table = TABLES[name]
    collections = {field: Collection(link, TABLES[link.table], TABLES[link.table].c[link.owner],
                                     TABLES[link.table].c[link.value])
                   for field, link in LINKS.get(name, {}).items()}
    return EntityMap(name, table, builder(CLASSES[name], table.c.keys(), collections), collections)


ENTITIES: dict[str, EntityMap] = {name: _entity(name) for name in CLASSES}
