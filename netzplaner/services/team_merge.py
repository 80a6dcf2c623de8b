"""The three-way comparison behind "Zurückspielen": what the offline copy started from (the base), the copy now
(mine) and the team network now (theirs), per row and per field. Pure functions over plain data, no store.

A state is ``{entity: {id: {field: value}}}`` with the values in their plain form (``plain``: dates as ISO text,
sets as sorted lists), so that a base kept as JSON inside the copy compares with rows read from any store.

What the comparison finds (``MergeItem.kind``), from the point of view of the team network:

- ``new``: a row added in the copy: inserted into the team network;
- ``changed``: fields changed in the copy only: written into the team network;
- ``deleted``: a row deleted in the copy and left alone in the team: deleted there too;
- ``conflict``: fields changed on both sides to different values: for each, mine or theirs is decided (theirs,
  the team network's value, unless the user takes mine); fields changed in the copy only are written anyway;
- ``deleted_here``: deleted in the copy, but changed in the team network (or something was added to it there):
  asked; deleted only when the user takes mine;
- ``deleted_there``: changed in the copy, but deleted in the team network: asked; put back only when the user
  takes mine.

Changes made in the team network only need nothing (they are there already); they are counted in ``theirs``.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from typing import Any

# The entities in the order their rows can be inserted (parents first).
ENTITY_ORDER = ("partner", "contact", "relationship", "assessment", "goal", "action")

# (entity, field, the entity it refers to, required): a required reference deletes the row with its parent
# (ON DELETE CASCADE), an optional one is cleared (SET NULL); ``partner_ids`` is a goal's set of partners.
REFERENCES = (
    ("contact", "partner_id", "partner", True),
    ("relationship", "source_id", "partner", True),
    ("relationship", "target_id", "partner", True),
    ("assessment", "relationship_id", "relationship", True),
    ("action", "goal_id", "goal", True),
    ("action", "partner_id", "partner", False),
    ("goal", "partner_ids", "partner", False),
)

MINE, THEIRS = "mine", "theirs"
ASKED = frozenset({"conflict", "deleted_here", "deleted_there"})

State = dict[str, dict[str, dict[str, Any]]]


def plain(value: Any) -> Any:
    """A value as the comparison (and the JSON base) holds it."""
    if isinstance(value, date):  # datetime too
        return value.isoformat()
    if isinstance(value, (set, frozenset, tuple, list)):
        return sorted(str(getattr(v, "value", v)) for v in value)
    return getattr(value, "value", value)  # a vocabulary member: its code


@dataclass(frozen=True)
class FieldDiff:
    """One field of one row: as the copy started (``base``; None for a row both sides added), in the copy now
    (``mine``) and in the team network now (``theirs``). Values are plain."""

    field: str
    base: Any
    mine: Any
    theirs: Any


@dataclass(frozen=True)
class MergeItem:
    kind: str  # see the module's docstring
    entity: str
    entity_id: str
    label: str  # how the user knows the row
    changes: tuple[FieldDiff, ...] = ()  # fields changed in the copy only (written into the team network)
    conflicts: tuple[FieldDiff, ...] = ()  # fields changed on both sides (``conflict``); theirs' edits (deleted_here)
    affected: tuple[tuple[str, str], ...] = ()  # deleted_here: (entity, label) of rows added or changed there that
    #                                             the delete would take along

    @property
    def asked(self) -> bool:
        return self.kind in ASKED


@dataclass
class MergePlan:
    """Everything ``compare`` found; ``theirs`` counts what the team network changed alone (nothing to do)."""

    items: list[MergeItem] = field(default_factory=list)
    theirs: dict[str, int] = field(default_factory=lambda: {"new": 0, "changed": 0, "deleted": 0})

    def of_kind(self, kind: str) -> list[MergeItem]:
        return [item for item in self.items if item.kind == kind]

    @property
    def decisions_needed(self) -> int:
        return sum(len(item.conflicts) if item.kind == "conflict" else 1 for item in self.items if item.asked)

    def counts(self) -> dict[str, int]:
        kinds = ("new", "changed", "deleted", "conflict", "deleted_here", "deleted_there")
        return {kind: len(self.of_kind(kind)) for kind in kinds}


def _changed_fields(a: Mapping[str, Any], b: Mapping[str, Any], fields: tuple[str, ...]) -> list[str]:
    return [name for name in fields if a.get(name) != b.get(name)]


def compare(base: State, mine: State, theirs: State, fields: Mapping[str, tuple[str, ...]],
            labels: Mapping[tuple[str, str], str]) -> MergePlan:
    """The three-way comparison of every row (see the module's docstring). ``fields``: the compared fields per
    entity; ``labels``: how the user knows each row, by (entity, id)."""
    plan = MergePlan()
    changed_there = _changed_there(base, theirs, fields)
    for entity in ENTITY_ORDER:
        names = fields[entity]
        b_rows, m_rows, t_rows = base.get(entity, {}), mine.get(entity, {}), theirs.get(entity, {})
        for row_id in sorted(set(b_rows) | set(m_rows) | set(t_rows)):
            b, m, t = b_rows.get(row_id), m_rows.get(row_id), t_rows.get(row_id)
            label = labels.get((entity, row_id), row_id)
            item = _compare_row(entity, row_id, label, b, m, t, names, plan)
            if item is not None and item.kind == "deleted":
                edited = _edited_below(entity, row_id, theirs, changed_there)
                if edited:  # deleting it in the team would take rows with it that were added or changed there
                    item = MergeItem("deleted_here", entity, row_id, label, affected=tuple(
                        (kind, labels.get((kind, rid), rid)) for kind, rid in edited))
            if item is not None:
                plan.items.append(item)
    return plan


def _compare_row(entity: str, row_id: str, label: str, b, m, t, names: tuple[str, ...],
                 plan: MergePlan) -> MergeItem | None:
    if m is None and t is None:
        return None
    if b is None:
        if t is None:
            return MergeItem("new", entity, row_id, label)
        if m is None:
            plan.theirs["new"] += 1
            return None
        differ = _changed_fields(m, t, names)  # both added the same id: every difference is asked
        if not differ:
            return None
        return MergeItem("conflict", entity, row_id, label,
                         conflicts=tuple(FieldDiff(n, None, m.get(n), t.get(n)) for n in differ))
    if m is None:
        theirs_edits = _changed_fields(b, t, names)
        if not theirs_edits:
            return MergeItem("deleted", entity, row_id, label)
        return MergeItem("deleted_here", entity, row_id, label,
                         conflicts=tuple(FieldDiff(n, b.get(n), None, t.get(n)) for n in theirs_edits))
    mine_edits = _changed_fields(b, m, names)
    if t is None:
        if not mine_edits:
            plan.theirs["deleted"] += 1
            return None
        return MergeItem("deleted_there", entity, row_id, label,
                         changes=tuple(FieldDiff(n, b.get(n), m.get(n), None) for n in mine_edits))
    theirs_edits = set(_changed_fields(b, t, names))
    only_mine = [n for n in mine_edits if n not in theirs_edits]
    both = [n for n in mine_edits if n in theirs_edits and m.get(n) != t.get(n)]
    if theirs_edits - set(mine_edits):
        plan.theirs["changed"] += 1
    if not only_mine and not both:
        return None
    kind = "conflict" if both else "changed"
    return MergeItem(kind, entity, row_id, label,
                     changes=tuple(FieldDiff(n, b.get(n), m.get(n), t.get(n)) for n in only_mine),
                     conflicts=tuple(FieldDiff(n, b.get(n), m.get(n), t.get(n)) for n in both))


def _changed_there(base: State, theirs: State, fields: Mapping[str, tuple[str, ...]]) -> set[tuple[str, str]]:
    """Rows the team network added or changed since the copy was taken."""
    found = set()
    for entity in ENTITY_ORDER:
        b_rows = base.get(entity, {})
        for row_id, t in theirs.get(entity, {}).items():
            b = b_rows.get(row_id)
            if b is None or _changed_fields(b, t, fields[entity]):
                found.add((entity, row_id))
    return found


def dependents(entity: str, row_id: str, state: State) -> list[tuple[str, str, bool]]:
    """(entity, id, removed) of every row a delete of ``row_id`` reaches in ``state``: removed with it (a required
    reference, followed further down) or cleared (an optional one). Goals only lose a partner from their set."""
    found: list[tuple[str, str, bool]] = []
    todo, seen = [(entity, row_id)], {(entity, row_id)}
    while todo:
        parent, parent_id = todo.pop()
        for child, name, target, required in REFERENCES:
            if target != parent:
                continue
            for child_id, row in state.get(child, {}).items():
                value = row.get(name)
                hit = parent_id in value if isinstance(value, list) else value == parent_id
                if not hit or (child, child_id) in seen:
                    continue
                seen.add((child, child_id))
                found.append((child, child_id, required))
                if required:
                    todo.append((child, child_id))
    return found


def _edited_below(entity: str, row_id: str, theirs: State, changed_there: set[tuple[str, str]]) -> list:
    return [(kind, rid) for kind, rid, _removed in dependents(entity, row_id, theirs) if (kind, rid) in changed_there]


def missing_parents(entity: str, row: Mapping[str, Any], present: Mapping[str, set[str]]) -> list[tuple[str, str]]:
    """The required parents (entity, id) of ``row`` that are not in ``present``."""
    return [(target, row[name]) for child, name, target, required in REFERENCES
            if child == entity and required and row.get(name) is not None and row[name] not in present[target]]
