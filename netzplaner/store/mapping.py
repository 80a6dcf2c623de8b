"""How each entity of the domain maps onto tables: its main table, its collections, its dataclass."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Column, Table

from ..domain import entities as e
from ..domain.enums import (
    ActionStatus,
    Benefit,
    Criterion,
    Dimension,
    GoalStatus,
    PartnerKind,
    Priority,
    RelationshipKind,
)
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


def _partner(row, coll) -> e.Partner:
    return e.Partner(
        id=row["id"], name=row["name"], kind=PartnerKind(row["kind"]),
        dimensions=frozenset(Dimension(d) for d in coll.get("dimensions", ())),
        is_own_firm=bool(row["is_own_firm"]), city=row["city"], country=row["country"], region=row["region"],
        industry=row["industry"], website=row["website"], notes=row["notes"],
        tags=tuple(coll.get("tags", ())), archived=bool(row["archived"]), pos_x=row["pos_x"], pos_y=row["pos_y"],
        created_at=row["created_at"], updated_at=row["updated_at"])


def _contact(row, _coll) -> e.Contact:
    return e.Contact(id=row["id"], partner_id=row["partner_id"], name=row["name"], role=row["role"],
                     email=row["email"], phone=row["phone"], notes=row["notes"])


def _relationship(row, _coll) -> e.Relationship:
    return e.Relationship(
        id=row["id"], source_id=row["source_id"], target_id=row["target_id"],
        kind=RelationshipKind(row["kind"]), strength=row["strength"], since=row["since"], notes=row["notes"],
        created_at=row["created_at"], updated_at=row["updated_at"])


def _assessment(row, _coll) -> e.Assessment:
    return e.Assessment(
        id=row["id"], relationship_id=row["relationship_id"], assessed_on=row["assessed_on"],
        scores={c: row[c.value] for c in Criterion}, comment=row["comment"])


def _goal(row, coll) -> e.Goal:
    return e.Goal(
        id=row["id"], title=row["title"], description=row["description"], benefit=Benefit(row["benefit"]),
        dimension=Dimension(row["dimension"]) if row["dimension"] else None, owner=row["owner"],
        priority=Priority(row["priority"]), status=GoalStatus(row["status"]), target_date=row["target_date"],
        kpi_name=row["kpi_name"], kpi_unit=row["kpi_unit"], kpi_baseline=row["kpi_baseline"],
        kpi_target=row["kpi_target"], kpi_current=row["kpi_current"],
        partner_ids=frozenset(coll.get("partner_ids", ())),
        created_at=row["created_at"], updated_at=row["updated_at"])


def _action(row, _coll) -> e.Action:
    return e.Action(
        id=row["id"], goal_id=row["goal_id"], title=row["title"], owner=row["owner"],
        start_date=row["start_date"], due_date=row["due_date"], status=ActionStatus(row["status"]),
        priority=Priority(row["priority"]), effort_days=row["effort_days"], cost_eur=row["cost_eur"],
        partner_id=row["partner_id"], completed_on=row["completed_on"], notes=row["notes"],
        created_at=row["created_at"], updated_at=row["updated_at"])


def _collection(table: str, owner: str, value: str, as_tuple: bool = False) -> Collection:
    t = TABLES[table]
    return Collection(t, t.c[owner], t.c[value], as_tuple)


ENTITIES: dict[str, EntityMap] = {
    "partner": EntityMap("partner", TABLES["partner"], _partner, {
        "dimensions": _collection("partner_dimension", "partner_id", "dimension"),
        "tags": _collection("tag", "partner_id", "name", as_tuple=True),
    }),
    "contact": EntityMap("contact", TABLES["contact"], _contact, {}),
    "relationship": EntityMap("relationship", TABLES["relationship"], _relationship, {}),
    "assessment": EntityMap("assessment", TABLES["assessment"], _assessment, {}),
    "goal": EntityMap("goal", TABLES["goal"], _goal, {
        "partner_ids": _collection("goal_partner", "goal_id", "partner_id"),
    }),
    "action": EntityMap("action", TABLES["action"], _action, {}),
}
