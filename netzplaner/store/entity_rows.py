"""Rows into entities, without SQLAlchemy: which dataclass each entity kind is, which of its fields live in link
tables, and the builder that turns a row into the dataclass (``mapping`` adds the SQLAlchemy tables; the
read-only reader ``sqlite_read`` uses the same builders and link tables, so both build the same entities).

The builders are derived from the entities' field declarations (``domain.fields``): a column holding a
vocabulary code becomes its member, a flag a bool, a set-valued field comes from its link table, the criteria's
columns become the assessment's scores. Nothing here names an entity's fields one by one.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Collection, Mapping
from dataclasses import dataclass
from enum import Enum
from typing import Any

from ..domain import entities as e
from ..domain.enums import Criterion, Dimension
from ..domain.fields import IDS, NETWORKS, SCORES, TAGS


@dataclass(frozen=True)
class Link:
    """A set-valued field kept in a link table: ``owner`` column points at the entity, ``value`` holds an item."""

    table: str
    owner: str
    value: str
    as_tuple: bool = False  # tags keep a sorted tuple; the rest are frozensets

    def pack(self, values) -> Any:
        return tuple(sorted(values, key=str.casefold)) if self.as_tuple else frozenset(values)


# entity kind (= its main table) -> its dataclass, and its set-valued fields by name
CLASSES: dict[str, type] = {"partner": e.Partner, "contact": e.Contact, "relationship": e.Relationship,
                            "assessment": e.Assessment, "goal": e.Goal, "action": e.Action,
                            "snapshot": e.NetworkSnapshot}
LINKS: dict[str, dict[str, Link]] = {
    "partner": {"dimensions": Link("partner_dimension", "partner_id", "dimension"),
                "tags": Link("tag", "partner_id", "name", as_tuple=True)},
    "goal": {"partner_ids": Link("goal_partner", "goal_id", "partner_id")},
}

# set-valued fields: the link table's values as the entity holds them
_PACKED: dict[str, Callable[[Any], Any]] = {
    NETWORKS: lambda values: frozenset(Dimension(v) for v in values), TAGS: tuple, IDS: frozenset}


def builder(entity: type, columns: Collection[str], links: Mapping[str, Any]):
    """The function ``build(row, collections)`` that turns a row (a mapping by column name) and its set-valued
    fields into ``entity``, written from the field declarations: plain columns are copied, codes become vocabulary
    members, flags bools, link tables sets, the criteria's columns the scores. It is compiled once into one
    expression per field (as ``dataclasses`` writes ``__init__``), because reading 20,000 partners and 100,000
    relationships runs it for every row."""
    names: dict[str, Any] = {"Entity": entity}
    args = []
    for i, f in enumerate(dataclasses.fields(entity)):
        spec = f.metadata.get("spec")
        kind = spec.kind if spec else None
        convert = f"_{i}"
        if f.name in links:
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
            assert f.name in columns, f"{entity.__name__}.{f.name}: no such column"
            args.append(f"row[{f.name!r}]")
    source = "def build(row, coll):\n    return Entity(" + ", ".join(args) + ")\n"
    exec(compile(source, f"<build {entity.__name__}>", "exec"), names)  # noqa: S102 - our own source, above
    return names["build"]
