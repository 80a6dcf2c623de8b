"""Partner → "Partner zusammenführen": two partners become one, as one undo step (issue 15).

The survivor keeps its id (so the map position, exports and the board workbook's ids stay valid); the other partner
is deleted after everything that hangs on it has moved. The rules:

- fields: where only one of the two has a value (a kind other than "Other"), it is taken; where both have different
  values the caller chooses per field (``choices``: field -> "survivor", "other", or "both" for notes and further
  details, which joins the two texts); without a choice the survivor's value stays;
- tags and networks: both partners' together; archived only when both were; the own firm must be the survivor;
- relationships: a tie between the two is removed with its assessments (it would link the partner to itself); a tie
  of the other to a third partner moves to the survivor, unless the survivor has a tie of the same kind to that
  partner: then the two become one — the stronger strength, the earlier "since", both notes, and the other tie's
  assessments join the survivor tie's history (the latest by date counts, as everywhere);
- contacts move; a contact of the same name at the survivor takes the other's values for its empty fields instead;
- goals link the survivor instead of the other; actions of the other name the survivor.

Built from the ordinary commands (updates and deletes in a ``Macro``), so undo restores every row exactly, versions
and timestamps included.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from ..domain.entities import Assessment, Contact, Partner, Relationship
from ..domain.enums import PartnerKind
from ..domain.errors import ValidationError
from . import rules
from .commands import Command, DeleteEntity, Macro, UpdateEntity
from .workspace import Workspace

# the fields a user chooses between when both partners hold different values, in the form's order
FIELDS = ("name", "kind", "street", "postcode", "city", "country", "region", "industry", "website", "notes", "extra")
JOINABLE = ("notes", "extra")
SURVIVOR, OTHER, BOTH = "survivor", "other", "both"
_CONTACT_FIELDS = ("salutation", "title", "role", "department", "email", "phone", "notes")


def _empty(field: str, value: Any) -> bool:
    return value in (None, "") or (field == "kind" and value == PartnerKind.OTHER)


@dataclass(frozen=True)
class MergePlan:
    """What a merge will do, for the dialog: the two partners, the fields to choose, and what moves."""

    survivor: Partner
    other: Partner
    conflicts: tuple[str, ...]  # fields where both have a value and the values differ
    filled: tuple[str, ...]  # fields only the other has: taken without asking
    contacts: int  # the other's contacts (moved or combined)
    relationships_moved: int
    relationships_combined: int  # ties to a partner both have a tie of the same kind with
    relationships_removed: int  # ties between the two
    assessments_moved: int  # assessments of combined ties joining the survivor tie's history
    assessments_removed: int  # assessments of the ties between the two
    goals: int
    actions: int
    tags_added: tuple[str, ...]


@dataclass
class _State:
    survivor: Partner
    other: Partner
    between: list[Relationship]
    moved: list[Relationship]
    combined: list[tuple[Relationship, Relationship]]  # (the other's tie, the survivor's tie it joins)
    assessments: dict[str, list[Assessment]]  # relationship id -> its assessments
    contacts: list[tuple[Contact, Contact | None]]  # (the other's contact, the survivor's of the same name)
    goals: list[Any]
    actions: list[Any]


def _read(ws: Workspace, survivor_id: str, other_id: str) -> _State:
    if survivor_id == other_id:
        raise ValidationError("partner_id", "Choose two different partners to merge.")
    with ws.reading() as uow:
        survivor, other = uow.get("partner", survivor_id), uow.get("partner", other_id)
        ties = uow.relationships_touching([survivor_id, other_id])
        assessments: dict[str, list[Assessment]] = {}
        for a in uow.list("assessment", relationship_id=[r.id for r in ties]) if ties else []:
            assessments.setdefault(a.relationship_id, []).append(a)
        contacts = uow.list("contact", partner_id=[survivor_id, other_id])
        goals = uow.list("goal", ids=uow.goals_of_partner(other_id))
        actions = uow.list("action", partner_id=other_id)
    if other.is_own_firm:
        raise ValidationError("partner_id", "Your own firm must be the partner that stays; merge “{name}” into it.",
                              name=survivor.name)

    def far(r: Relationship, me: str) -> str:
        return r.target_id if r.source_id == me else r.source_id

    between = [r for r in ties if {r.source_id, r.target_id} == {survivor_id, other_id}]
    mine = {(far(r, survivor_id), r.kind): r for r in ties if survivor_id in (r.source_id, r.target_id)
            and r not in between}
    moved, combined = [], []
    for r in ties:
        if other_id in (r.source_id, r.target_id) and r not in between:
            twin = mine.get((far(r, other_id), r.kind))
            if twin is None:
                moved.append(r)
            else:
                combined.append((r, twin))
    by_name = {c.name.casefold(): c for c in contacts if c.partner_id == survivor_id}
    pairs = [(c, by_name.get(c.name.casefold())) for c in contacts if c.partner_id == other_id]
    return _State(survivor, other, between, moved, combined, assessments, pairs, goals, actions)


def _differs(field: str, a: Any, b: Any) -> bool:
    if field == "name":
        return a != b
    return not _empty(field, a) and not _empty(field, b) and a != b


def merge_plan(ws: Workspace, survivor_id: str, other_id: str) -> MergePlan:
    state = _read(ws, survivor_id, other_id)
    s, o = state.survivor, state.other
    conflicts = tuple(f for f in FIELDS if _differs(f, getattr(s, f), getattr(o, f)))
    filled = tuple(f for f in FIELDS if _empty(f, getattr(s, f)) and not _empty(f, getattr(o, f)))
    have = {t.casefold() for t in s.tags}
    return MergePlan(
        s, o, conflicts, filled, len(state.contacts), len(state.moved), len(state.combined), len(state.between),
        sum(len(state.assessments.get(r.id, ())) for r, _twin in state.combined),
        sum(len(state.assessments.get(r.id, ())) for r in state.between), len(state.goals), len(state.actions),
        tuple(t for t in o.tags if t.casefold() not in have))


def _joined(a: str, b: str) -> str:
    lines = a.splitlines()
    return "\n".join([*lines, *(line for line in b.splitlines() if line not in lines)]).strip()


def _partner_changes(s: Partner, o: Partner, choices: Mapping[str, str]) -> dict[str, Any]:
    changes: dict[str, Any] = {}
    for f in FIELDS:
        mine, theirs = getattr(s, f), getattr(o, f)
        choice = choices.get(f, SURVIVOR)
        if choice not in (SURVIVOR, OTHER, BOTH) or (choice == BOTH and f not in JOINABLE):
            raise ValidationError(f, "There is no choice “{choice}” for this field.", choice=choice)
        if _empty(f, mine) and not _empty(f, theirs):
            changes[f] = theirs
        elif _differs(f, mine, theirs) and choice == OTHER:
            changes[f] = theirs
        elif _differs(f, mine, theirs) and choice == BOTH:
            changes[f] = _joined(mine, theirs)
    have = {t.casefold() for t in s.tags}
    added = [t for t in o.tags if t.casefold() not in have]
    if added:
        changes["tags"] = (*s.tags, *added)
    if not o.dimensions <= s.dimensions:
        changes["dimensions"] = s.dimensions | o.dimensions
    if s.archived and not o.archived:
        changes["archived"] = False
    if s.pos_x is None and o.pos_x is not None:
        changes["pos_x"], changes["pos_y"] = o.pos_x, o.pos_y
    if "name" in changes:
        changes["name_key"] = changes["name"].casefold()
    return changes


def merge_partners(ws: Workspace, survivor_id: str, other_id: str, choices: Mapping[str, str] | None = None,
                   ) -> Command:
    """One step that merges ``other_id`` into ``survivor_id`` (see the module's rules)."""
    state = _read(ws, survivor_id, other_id)
    s, o = state.survivor, state.other
    steps: list[Command] = []
    # a tie between the two would become a loop: it stays on the other partner and goes with it (cascade), with its
    # assessments, when the other partner is deleted last
    for r, twin in state.combined:  # two ties to the same partner of the same kind become one
        for a in state.assessments.get(r.id, ()):
            steps.append(UpdateEntity("assessment", a.id, {"relationship_id": twin.id}, "Edit assessment"))
        changes: dict[str, Any] = {}
        if r.strength > twin.strength:
            changes["strength"] = r.strength
        if r.since is not None and (twin.since is None or r.since < twin.since):
            changes["since"] = r.since
        notes = _joined(twin.notes, r.notes)
        if notes != twin.notes:
            changes["notes"] = notes
        if changes:
            steps.append(UpdateEntity("relationship", twin.id, changes, "Edit relationship"))
        steps.append(DeleteEntity("relationship", r.id, "Delete relationship", touches=("assessment",)))
    for r in state.moved:
        end = "source_id" if r.source_id == o.id else "target_id"
        steps.append(UpdateEntity("relationship", r.id, {end: s.id}, "Edit relationship"))
    for contact, twin in state.contacts:
        if twin is None:
            steps.append(UpdateEntity("contact", contact.id, {"partner_id": s.id}, "Edit contact"))
            continue
        fill = {f: getattr(contact, f) for f in _CONTACT_FIELDS if getattr(contact, f) and not getattr(twin, f)}
        if fill:
            steps.append(UpdateEntity("contact", twin.id, fill, "Edit contact"))
        steps.append(DeleteEntity("contact", contact.id, "Delete contact"))
    for goal in state.goals:
        steps.append(UpdateEntity("goal", goal.id, {"partner_ids": (goal.partner_ids - {o.id}) | {s.id}},
                                  "Edit goal"))
    for action in state.actions:
        steps.append(UpdateEntity("action", action.id, {"partner_id": s.id}, "Edit action"))
    steps.append(DeleteEntity("partner", o.id, "Delete partner “{name}”", name=o.name))
    changes = _partner_changes(s, o, choices or {})
    if changes:
        checks = [rules.unique_partner_name(changes["name"], except_id=s.id)] if "name" in changes else []
        steps.append(UpdateEntity("partner", s.id, changes, "Edit partner “{name}”", checks, name=s.name))
    return Macro(steps, "Merge partner “{other}” into “{name}”", other=o.name,
                 name=changes.get("name", s.name))
