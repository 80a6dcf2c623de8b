"""Zurückspielen: merge an offline copy back into its team network.

``plan_push`` compares base, copy and team network (``team_merge.compare``); nothing is written. ``merge_command``
turns the plan and the user's decisions into ONE command for the team network: a Macro of creates, updates and
deletes, each checked against the row versions the plan compared, so a row someone changed in the meantime
refuses the whole merge. ``push`` runs it as one step of the COPY's history (``MergeStep``): the merge is executed
in the team workspace's history (one transaction on the server), then the copy takes the team network's state and a
new base, so it is in sync. Undoing the step undoes the merge in the team network (refused, with nothing written,
when someone changed one of its rows since) and puts the copy back as it was before.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from ..domain.errors import NetzplanerError, StaleEditError
from ..store.protocol import VERSION, UnitOfWork
from .commands import Command, CreateEntity, DeleteEntity, Macro, UpdateEntity
from .team_merge import (
    ENTITY_ORDER,
    MINE,
    REFERENCES,
    THEIRS,
    MergeItem,
    MergePlan,
    State,
    compare,
    dependents,
    missing_parents,
    plain,
)
from .team_sync import (
    ALL_KINDS,
    FIELDS,
    Base,
    copy_meta,
    plain_state,
    read_base,
    read_rows,
    sync_rows,
)
from .workspace import Workspace


def _labels(*states: State) -> dict[tuple[str, str], str]:
    names: dict[tuple[str, str], str] = {}
    for state in states:
        for entity in ("partner", "contact", "goal", "action"):
            key = "name" if entity in ("partner", "contact") else "title"
            names.update(((entity, rid), row[key]) for rid, row in state.get(entity, {}).items())
    for state in states:
        for rid, row in state.get("relationship", {}).items():
            ends = (names.get(("partner", row["source_id"]), "?"), names.get(("partner", row["target_id"]), "?"))
            names[("relationship", rid)] = " – ".join(ends)
    for state in states:
        for rid, row in state.get("assessment", {}).items():
            names[("assessment", rid)] = f"{names.get(('relationship', row['relationship_id']), '?')}, " \
                                         f"{plain(row['assessed_on'])}"
    return names


@dataclass
class LeftOut:
    """A change of the copy that cannot go into the team network; ``template`` and ``params`` make the
    sentence (as ``NetzplanerError``)."""

    item: MergeItem
    template: str
    params: dict[str, Any]

    @property
    def text(self) -> str:
        return self.template.format(**self.params)


@dataclass
class PushPlan:
    """What Zurückspielen would do: the comparison, the rows of both sides, and the copy's base."""

    plan: MergePlan
    mine: State
    theirs: State
    base: Base
    labels: dict[tuple[str, str], str]
    left_out: list[LeftOut] = field(default_factory=list)  # with the default decisions
    # rows deleted in the copy only along with a row whose deletion is asked: (entity, id) -> that row
    follows: dict[tuple[str, str], tuple[str, str]] = field(default_factory=dict)

    def choice(self, decisions: Mapping[tuple, str], item: MergeItem, name: str | None, take: str | None) -> str:
        return decisions.get((item.entity, item.entity_id, name)) or take or THEIRS


def plan_push(copy: Workspace, team: Workspace) -> PushPlan:
    """Compare the offline copy with the team network; nothing is written."""
    base = read_base(copy)
    with copy.reading() as uow:
        mine = read_rows(uow)
    with team.reading() as uow:
        theirs = read_rows(uow)
    labels = _labels(mine, theirs)
    pushed = PushPlan(compare(base.state, plain_state(mine), plain_state(theirs), FIELDS, labels),
                      mine, theirs, base, labels)
    asked = {(i.entity, i.entity_id) for i in pushed.plan.items if i.kind == "deleted_here"}
    for item in pushed.plan.of_kind("deleted") if asked else ():
        parents = _ancestors(item.entity, item.entity_id, theirs) & asked
        if parents:
            pushed.follows[(item.entity, item.entity_id)] = min(parents)
    pushed.left_out = merge_command(pushed).left_out
    return pushed


class _PlannedCreate(CreateEntity):
    """A row of the copy put into the team network; refused when a row with its id appeared there since."""

    def apply(self, uow: UnitOfWork) -> None:
        if self.version is None and uow.exists(self.entity, self.entity_id):
            raise StaleEditError(uow.label(self.entity, self.entity_id))
        super().apply(uow)


class _PlannedUpdate(UpdateEntity):
    """Fields of the copy written into the team network, only while the row is at the version compared."""

    def __init__(self, entity: str, entity_id: str, changes: Mapping[str, Any], planned: int) -> None:
        super().__init__(entity, entity_id, changes, "Merge the offline copy")
        self.planned = planned

    def apply(self, uow: UnitOfWork) -> None:
        if self.old is None:
            self.old = uow.update(self.entity, self.entity_id, self.changes, expected=self.planned)
            self.label = uow.label(self.entity, self.entity_id)
        else:
            super().apply(uow)


class _PlannedDelete(DeleteEntity):
    """A row deleted in the copy deleted in the team network, only while it and everything the delete reaches
    are at the versions compared."""

    def __init__(self, entity: str, entity_id: str, planned: Mapping[tuple[str, str], int], label: str) -> None:
        super().__init__(entity, entity_id, "Merge the offline copy")
        self.planned, self.known_as = dict(planned), label

    def apply(self, uow: UnitOfWork) -> None:
        if self.snapshot is None:
            self.snapshot = uow.delete(self.entity, self.entity_id, expected=self.planned, known_as=self.known_as)
        else:
            super().apply(uow)


@dataclass
class Resolution:
    command: Command | None
    left_out: list[LeftOut]
    counts: dict[str, int]  # rows created, changed and deleted in the team network


def merge_command(pushed: PushPlan, decisions: Mapping[tuple, str] | None = None,
                  take: str | None = None) -> Resolution:
    """The one command that applies the copy's changes and the decisions (``(entity, id, field)`` -> "mine" or
    "theirs"; ``field`` None for a deletion asked about; unset: ``take``, else theirs) to the team network."""
    decisions = decisions or {}
    mine, theirs = pushed.mine, pushed.theirs
    creates: list[MergeItem] = []
    updates: dict[tuple[str, str], dict[str, Any]] = {}
    deletes: list[MergeItem] = []
    for item in pushed.plan.items:
        key = (item.entity, item.entity_id)
        if item.kind == "new" or (item.kind == "deleted_there" and pushed.choice(decisions, item, None, take) == MINE):
            creates.append(item)
        elif item.kind == "deleted" or (item.kind == "deleted_here"
                                        and pushed.choice(decisions, item, None, take) == MINE):
            deletes.append(item)
        elif item.kind in ("changed", "conflict"):
            names = [d.field for d in item.changes]
            names += [d.field for d in item.conflicts if pushed.choice(decisions, item, d.field, take) == MINE]
            if names:
                updates[key] = {name: mine[item.entity][item.entity_id][name] for name in names}
    kept = {(i.entity, i.entity_id) for i in pushed.plan.items if i.kind == "deleted_here"} - \
        {(i.entity, i.entity_id) for i in deletes}
    if kept:  # rows deleted here only along with a row the team network keeps stay too
        deletes = [i for i in deletes if not _ancestors(i.entity, i.entity_id, theirs) & kept]
    # what the team network will hold: its rows with the updates, less the deletes and all they take along
    after = {entity: {rid: {**row, **updates.get((entity, rid), {})} for rid, row in rows.items()}
             for entity, rows in theirs.items()}
    deleted_with: dict[tuple[str, str], list[tuple[str, str, bool]]] = {}
    for item in sorted(deletes, key=lambda i: -ENTITY_ORDER.index(i.entity)):  # children first
        deleted_with[(item.entity, item.entity_id)] = reach = dependents(item.entity, item.entity_id, after)
        for kind, rid, removed in [(item.entity, item.entity_id, True), *reach]:
            if removed:
                after[kind].pop(rid, None)
    left_out: list[LeftOut] = []
    present = {entity: set(rows) for entity, rows in after.items()}
    created: list[tuple[MergeItem, dict[str, Any]]] = []
    for item in sorted(creates, key=lambda i: ENTITY_ORDER.index(i.entity)):
        row = {k: v for k, v in mine[item.entity][item.entity_id].items() if k != VERSION}
        missing = missing_parents(item.entity, row, present)
        if missing:
            left_out.append(_parent_gone(item, missing, pushed.labels))
            continue
        _clear_optional(item.entity, row, present)
        present[item.entity].add(item.entity_id)
        created.append((item, row))
    for (entity, rid), changes in list(updates.items()):
        if rid not in present[entity]:
            del updates[(entity, rid)]  # taken along by a delete: nothing to write
            continue
        missing = missing_parents(entity, {**after[entity][rid], **changes}, present)
        if missing:
            item = next(i for i in pushed.plan.items if (i.entity, i.entity_id) == (entity, rid))
            left_out.append(_parent_gone(item, missing, pushed.labels))
            del updates[(entity, rid)]
            continue
        _clear_optional(entity, changes, present)
        if "name" in changes and entity == "partner":
            changes["name_key"] = changes["name"].casefold()
    created, clashes = _name_clashes(created, updates, after)
    left_out += clashes
    children: list[Command] = []
    versions = {(entity, rid): row[VERSION] for entity, rows in theirs.items() for rid, row in rows.items()}
    for (entity, rid), changes in updates.items():
        children.append(_PlannedUpdate(entity, rid, changes, versions[(entity, rid)]))
        versions[(entity, rid)] += 1
    for item in sorted(deletes, key=lambda i: -ENTITY_ORDER.index(i.entity)):
        reach = deleted_with[(item.entity, item.entity_id)]
        planned = {(kind, rid): versions[(kind, rid)] for kind, rid, _removed in
                   [(item.entity, item.entity_id, True), *reach] if (kind, rid) in versions}
        children.append(_PlannedDelete(item.entity, item.entity_id, planned, item.label))
    for item, row in created:
        if item.entity == "partner":
            row["name_key"] = row["name"].casefold()
        children.append(_PlannedCreate(item.entity, row, "Merge the offline copy"))
    counts = {"created": len(created), "changed": len(updates), "deleted": len(deletes)}
    if not children:
        return Resolution(None, left_out, counts)
    command = Macro(children, "Merge the offline copy “{name}” ({count} changes)", name=pushed.base.origin,
                    count=len(children))
    return Resolution(command, left_out, counts)


def _ancestors(entity: str, row_id: str, state: State) -> set[tuple[str, str]]:
    """The rows ``row_id`` hangs on through required references, all the way up."""
    found: set[tuple[str, str]] = set()
    todo = [(entity, row_id)]
    while todo:
        kind, rid = todo.pop()
        row = state.get(kind, {}).get(rid)
        for child, name, target, required in REFERENCES:
            if child == kind and required and row is not None and (target, row[name]) not in found:
                found.add((target, row[name]))
                todo.append((target, row[name]))
    return found


def _parent_gone(item: MergeItem, missing: list[tuple[str, str]], labels) -> LeftOut:
    entity, rid = missing[0]
    return LeftOut(item, "{what} “{name}” is left out: its {parent} “{parent_name}” was deleted in the team "
                         "network.", {"what": item.entity, "name": item.label, "parent": entity,
                                      "parent_name": labels.get((entity, rid), rid)})


def _clear_optional(entity: str, row: dict[str, Any], present: Mapping[str, set[str]]) -> None:
    """An optional reference to a row that is gone is cleared, as the database would on its delete."""
    for child, name, target, required in REFERENCES:
        if child != entity or required or name not in row or row[name] is None:
            continue
        value = row[name]
        if isinstance(value, (list, set, frozenset, tuple)):
            row[name] = [v for v in value if v in present[target]]
        elif value not in present[target]:
            row[name] = None


def _name_clashes(created, updates, after) -> tuple[list, list[LeftOut]]:
    """Partner names are unique per network (case-insensitive): a new or renamed partner of the copy whose name
    another partner of the team network now has is left out."""
    names = {rid: row["name"].casefold() for rid, row in after["partner"].items()}
    names.update({rid: changes["name"].casefold() for (entity, rid), changes in updates.items()
                  if entity == "partner" and "name" in changes})
    taken: dict[str, str] = {}
    for rid, key in names.items():
        taken.setdefault(key, rid)
    kept, clashes = [], []
    for item, row in created:
        if item.entity == "partner":
            key = row["name"].casefold()
            if key in taken and taken[key] != item.entity_id:
                clashes.append(LeftOut(item, "partner “{name}” is left out: the team network has a partner of "
                                             "that name.", {"name": row["name"]}))
                continue
            taken[key] = item.entity_id
        kept.append((item, row))
    return kept, clashes


class MergeStep(Command):
    """Zurückspielen as one step of the copy's history (see the module's docstring)."""

    def __init__(self, team: Workspace, pushed: PushPlan, resolution: Resolution) -> None:
        super().__init__("Merge the offline copy into “{name}”", name=team.display_name)
        self.team, self.merge = team, resolution.command
        self.origin = pushed.base.origin
        self.before: tuple[State, dict[str, str]] | None = None  # the copy as it was, for undo
        self.applied_once = False

    @property
    def entities(self) -> frozenset[str]:
        return ALL_KINDS

    def apply(self, uow: UnitOfWork) -> None:
        if self.before is None:
            self.before = (read_rows(uow), uow.meta())
        if self.merge is not None and not self.applied_once:
            try:
                self.team.execute(self.merge)
            except StaleEditError as exc:
                raise NetzplanerError("“{name}” was changed in the team network while you decided; nothing was "
                                      "written. Start “Merge back” again to see the new state.",
                                      name=exc.name or "?") from None
        elif self.merge is not None:
            self._team_step(self.team.undone, self.team.redo)
        self.applied_once = True
        self.team.save()
        with self.team.reading() as team_uow:
            state = read_rows(team_uow)
            meta = copy_meta(team_uow, state, self.origin)
        sync_rows(uow, self.before[0], state)
        uow.set_meta(meta)

    def revert(self, uow: UnitOfWork) -> None:
        assert self.before is not None, "revert before apply"
        if self.merge is not None:
            self._team_step(tuple(reversed(self.team.done)), self.team.undo)
            self.team.save()
        sync_rows(uow, read_rows(uow), self.before[0])
        uow.set_meta(self.before[1])

    def _team_step(self, steps: tuple[Command, ...], run) -> None:
        """Undo or redo the merge in the team workspace: its next step there must be ours."""
        if not steps or steps[0] is not self.merge:
            raise NetzplanerError("The merge into “{name}” is no longer the last step there; it cannot be undone "
                                  "from the offline copy.", name=self.team.display_name)
        run()


@dataclass
class PushResult:
    plan: PushPlan
    resolution: Resolution
    step: MergeStep

    @property
    def applied(self) -> bool:
        return self.resolution.command is not None


def merge_step(copy: Workspace, team: Workspace, pushed: PushPlan, decisions: Mapping[tuple, str] | None = None,
               take: str | None = None) -> MergeStep:
    """The step that applies the plan with the decisions (``merge_command``), for ``copy``'s history."""
    return MergeStep(team, pushed, merge_command(pushed, decisions, take))


def push(copy: Workspace, team: Workspace, pushed: PushPlan, decisions: Mapping[tuple, str] | None = None,
         take: str | None = None) -> PushResult:
    """Zurückspielen as one step of ``copy``'s history, then save the copy. When the team network changed since
    ``pushed`` was planned, nothing is written anywhere."""
    resolution = merge_command(pushed, decisions, take)
    step = MergeStep(team, pushed, resolution)
    copy.execute(step)
    copy.save()
    return PushResult(pushed, resolution, step)
