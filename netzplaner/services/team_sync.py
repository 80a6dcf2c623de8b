"""Moving a network onto a team database and taking it offline: ``publish``, ``pull`` ("Offline mitnehmen") and
``push`` ("Zurückspielen"), over any two workspaces (the store protocol), so a file, memory or team store will do.

An offline copy is an ordinary ``.netzplan`` document with two extra meta values: where it came from
(``team_origin``, the address without a password) and the state each row started from (``team_base``: every
row's version and its compared fields, as zlib-compressed JSON in base64). A three-way merge needs the base values
per field, not only the versions; keeping them in the meta table leaves the file format and the schema untouched
(an older Netzplaner opens the copy like any document), and Save As, backups and the checksum carry it along.

``push`` compares base, copy and team network (``team_merge.compare``), and turns the plan and the user's
decisions into ONE command (a Macro of versioned creates, updates and deletes) executed in the team workspace's
history: one transaction on the server, one undoable step whose undo refuses rows someone changed since. Then the
copy is brought to the team network's state and its base renewed, so it is in sync.
"""

from __future__ import annotations

import base64
import dataclasses
import json
import zlib
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any
from urllib.parse import urlsplit, urlunsplit

from ..domain import entities as e
from ..domain import fields as f
from ..domain.enums import Criterion
from ..domain.errors import NetzplanerError, StaleEditError
from ..store.protocol import VERSION, UnitOfWork
from .commands import Command, CreateEntity, DeleteEntity, Macro, UpdateEntity
from .team_merge import ENTITY_ORDER, MINE, REFERENCES, THEIRS, MergeItem, MergePlan, State, compare, dependents, \
    missing_parents, plain
from .workspace import Workspace

ORIGIN_KEY, BASE_KEY, TAKEN_KEY = "team_origin", "team_base", "team_taken"
_OWN_META = {"format", "created", ORIGIN_KEY, BASE_KEY, TAKEN_KEY}  # each document keeps its own
_BASE_FORMAT = 1
_BOOKKEEPING = {"id", VERSION, "created_at", "updated_at", "name_key"}  # kept by the store, not merged
# columns the store keeps beyond the declared fields: the casefolded name behind "unique per document", and an
# assessment's entry time (tests/test_team_sync.py holds this against the schema)
_UNDECLARED = {"partner": ("name_key",), "assessment": ("created_at",)}
_TYPES = {"partner": e.Partner, "contact": e.Contact, "relationship": e.Relationship, "assessment": e.Assessment,
          "goal": e.Goal, "action": e.Action}


def _layout(entity: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(columns, set-valued fields) of an entity, derived from its field declarations (``domain.fields``)."""
    columns, collections = ["id"], []
    for declared in dataclasses.fields(_TYPES[entity]):
        spec = declared.metadata.get("spec")
        kind = spec.kind if spec else None
        if declared.name == "id":
            continue
        if kind in (f.NETWORKS, f.TAGS, f.IDS):
            collections.append(declared.name)
        elif kind == f.SCORES:
            columns += [c.value for c in Criterion]
        else:
            columns.append(declared.name)
    columns += _UNDECLARED.get(entity, ())
    return (*columns, VERSION), tuple(collections)


LAYOUT = {entity: _layout(entity) for entity in ENTITY_ORDER}
FIELDS = {entity: tuple(c for c in (*cols, *colls) if c not in _BOOKKEEPING) for entity, (cols, colls) in LAYOUT.items()}


# -- reading and writing whole networks --------------------------------------------------------------------------

def read_rows(uow: UnitOfWork) -> State:
    """Every entity row with every column and set-valued field, as the store returns them."""
    state: State = {}
    for entity in ENTITY_ORDER:
        columns, collections = LAYOUT[entity]
        rows = {row[0]: dict(zip(columns, row)) for row in uow.rows(entity, columns)}
        for name in collections:
            for row in rows.values():
                row[name] = []
            for owner, value in uow.collection_rows(entity, name):
                rows[owner][name].append(value)
        state[entity] = rows
    return state


def _write_rows(uow: UnitOfWork, state: State) -> None:
    for entity in ENTITY_ORDER:  # parents first; ids, versions and timestamps as they are
        uow.insert_many(entity, state[entity].values())


def _plain_state(state: State) -> State:
    return {entity: {rid: {name: plain(row[name]) for name in FIELDS[entity]} for rid, row in rows.items()}
            for entity, rows in state.items()}


def _copied_meta(meta: Mapping[str, str]) -> dict[str, str]:
    return {key: value for key, value in meta.items() if key not in _OWN_META}


def _is_empty(uow: UnitOfWork) -> bool:
    return all(uow.count(entity) == 0 for entity in ENTITY_ORDER)


def without_password(location: str) -> str:
    """A server address as the copy may keep it: the password left out."""
    if "://" not in location:
        return location
    parts = urlsplit(location)
    if parts.password is None:
        return location
    host = parts.hostname or ""
    if ":" in host:
        host = f"[{host}]"
    netloc = f"{parts.username}@{host}" if parts.username else host
    if parts.port is not None:
        netloc += f":{parts.port}"
    return urlunsplit((parts.scheme, netloc, parts.path, parts.query, parts.fragment))


def publish(source: Workspace, target: Workspace) -> dict[str, int]:
    """Put every row of ``source`` (ids, versions, timestamps, assessments' history, goals, actions, positions)
    and its meta values onto ``target``, which must be empty; one transaction. Returns the rows per entity."""
    with source.reading() as uow:
        state, meta = read_rows(uow), uow.meta()
    with target.store.unit_of_work() as uow:
        if not _is_empty(uow):
            raise NetzplanerError("“{name}” already holds a network; publish only onto an empty team database "
                                  "(created with “netzplaner team init”).", name=without_password(target.location))
        _write_rows(uow, state)
        uow.set_meta(_copied_meta(meta))
    target.save()
    return {entity: len(rows) for entity, rows in state.items()}


# -- the base an offline copy keeps -------------------------------------------------------------------------------

@dataclass(frozen=True)
class Base:
    origin: str
    taken: str  # when the copy was taken or last brought in sync (ISO)
    state: State  # plain compared fields per row
    versions: dict[tuple[str, str], int]


def encode_base(state: State) -> str:
    rows = {entity: {"fields": list(FIELDS[entity]),
                     "rows": {rid: [row[VERSION], *(plain(row[n]) for n in FIELDS[entity])]
                              for rid, row in state[entity].items()}}
            for entity in ENTITY_ORDER}
    text = json.dumps({"format": _BASE_FORMAT, "entities": rows}, separators=(",", ":"), ensure_ascii=False)
    return base64.b64encode(zlib.compress(text.encode("utf-8"), 6)).decode("ascii")


def read_base(ws: Workspace) -> Base:
    """The origin and base of an offline copy; one sentence when ``ws`` is none or its base is damaged."""
    with ws.reading() as uow:
        meta = uow.meta()
    if ORIGIN_KEY not in meta or BASE_KEY not in meta:
        raise NetzplanerError("“{name}” is not an offline copy of a team network (take one with “Offline "
                              "mitnehmen” or “netzplaner team pull”).", name=ws.display_name)
    try:
        data = json.loads(zlib.decompress(base64.b64decode(meta[BASE_KEY], validate=True)))
        if data["format"] != _BASE_FORMAT:
            raise ValueError(data["format"])
        state: State = {}
        versions: dict[tuple[str, str], int] = {}
        for entity in ENTITY_ORDER:
            part = data["entities"][entity]
            names = part["fields"]
            state[entity] = {rid: dict(zip(names, values[1:])) for rid, values in part["rows"].items()}
            versions.update(((entity, rid), values[0]) for rid, values in part["rows"].items())
    except (ValueError, KeyError, TypeError, IndexError, zlib.error) as exc:
        raise NetzplanerError("The record of where the offline copy “{name}” started from is damaged; take a "
                              "new copy of the team network.", name=ws.display_name) from exc
    return Base(meta[ORIGIN_KEY], meta.get(TAKEN_KEY, ""), state, versions)


class _ReplaceContent(Command):
    """Make a document hold exactly the rows given, with a new base (outside the history: ``Workspace.apply``,
    so views hear of every kind of entity)."""

    def __init__(self, state: State, meta: Mapping[str, str]) -> None:
        super().__init__("Bring the offline copy in sync")
        self.state, self.meta = state, dict(meta)

    @property
    def entities(self) -> frozenset[str]:
        return frozenset((*ENTITY_ORDER, "meta"))

    def apply(self, uow: UnitOfWork) -> None:
        for entity in reversed(ENTITY_ORDER):  # children first
            uow.delete_many(entity, [row[0] for row in uow.rows(entity, ("id",))])
        _write_rows(uow, self.state)
        uow.set_meta(self.meta)

    def revert(self, uow: UnitOfWork) -> None:
        raise AssertionError("bringing a copy in sync is not a step of the history")


def sync_copy(copy: Workspace, team: Workspace, origin: str | None = None) -> None:
    """Make ``copy`` an offline copy of ``team`` as it is now: its rows, its meta values, the base; then save.
    The copy's history is cleared (its steps refer to rows as they were)."""
    with team.reading() as uow:
        state, meta = read_rows(uow), uow.meta()
    taken = datetime.now().isoformat(timespec="seconds")
    copy.apply(_ReplaceContent(state, {**_copied_meta(meta), ORIGIN_KEY: origin or without_password(team.location),
                                       BASE_KEY: encode_base(state), TAKEN_KEY: taken}))
    copy.clear_history()
    copy.save()


def pull(team: Workspace, path) -> Workspace:
    """"Offline mitnehmen": a new document at ``path`` holding the team network and its base. Returns it open."""
    copy = Workspace.create(path)
    try:
        sync_copy(copy, team)
    except BaseException:
        copy.close()
        raise
    return copy


# -- Zurückspielen ------------------------------------------------------------------------------------------------

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
    pushed = PushPlan(compare(base.state, _plain_state(mine), _plain_state(theirs), FIELDS, labels),
                      mine, theirs, base, labels)
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


@dataclass
class PushResult:
    plan: PushPlan
    resolution: Resolution
    applied: bool


def push(copy: Workspace, team: Workspace, pushed: PushPlan, decisions: Mapping[tuple, str] | None = None,
         take: str | None = None) -> PushResult:
    """Apply the copy's changes with the decisions to ``team`` as one step of its history (one transaction), then
    bring the copy in sync. When the team network changed since ``pushed`` was planned, nothing is written."""
    resolution = merge_command(pushed, decisions, take)
    if resolution.command is not None:
        try:
            team.execute(resolution.command)
        except StaleEditError as exc:
            raise NetzplanerError("“{name}” was changed in the team network while you decided; nothing was "
                                  "written. Start Zurückspielen again to see the new state.",
                                  name=exc.name or "a row") from None
        team.save()
    sync_copy(copy, team, pushed.base.origin)
    return PushResult(pushed, resolution, resolution.command is not None)
