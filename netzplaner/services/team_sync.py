"""Moving a network onto a team database and taking it offline: ``publish``, ``pull`` ("Offline mitnehmen") and
``push`` ("Zurückspielen"), over any two workspaces (the store protocol), so a file, memory or team store will do.

An offline copy is an ordinary ``.netzplan`` document with two extra meta values: where it came from
(``team_origin``, the address without a password) and the state each row started from (``team_base``: every
row's version and its compared fields, as zlib-compressed JSON in base64). A three-way merge needs the base values
per field, not only the versions; keeping them in the meta table leaves the file format and the schema untouched
(an older Netzplaner opens the copy like any document), and Save As, backups and the checksum carry it along.

``push`` (services/team_push.py) merges the copy back.
"""

from __future__ import annotations

import base64
import dataclasses
import json
import os
import zlib
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

from ..domain import entities as e
from ..domain import fields as f
from ..domain.enums import Criterion
from ..domain.errors import NetzplanerError
from ..store.protocol import VERSION, UnitOfWork
from .commands import Command
from .team_merge import ENTITY_ORDER, State, plain
from .workspace import Workspace

ORIGIN_KEY, BASE_KEY, TAKEN_KEY = "team_origin", "team_base", "team_taken"
_OWN_META = {"format", "created", ORIGIN_KEY, BASE_KEY, TAKEN_KEY}  # each document keeps its own
_BASE_FORMAT = 1
_BOOKKEEPING = {"id", VERSION, "created_at", "updated_at", "name_key"}  # kept by the store, not merged
# columns the store keeps beyond the declared fields: the casefolded name behind "unique per document", and an
# assessment's entry time (tests/test_team_sync.py holds this against the schema)
_UNDECLARED = {"partner": ("name_key",), "assessment": ("created_at",)}
ENTITY_TYPES = {"partner": e.Partner, "contact": e.Contact, "relationship": e.Relationship, "assessment": e.Assessment,
          "goal": e.Goal, "action": e.Action}


def _layout(entity: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(columns, set-valued fields) of an entity, derived from its field declarations (``domain.fields``)."""
    columns, collections = ["id"], []
    for declared in dataclasses.fields(ENTITY_TYPES[entity]):
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


def _needs_plain(entity: str, name: str) -> bool:
    """Whether a field's values differ from their plain form (dates and sets); text, numbers, flags and codes
    come from the store as they are (``rows`` returns plain columns)."""
    spec = dataclasses.fields(ENTITY_TYPES[entity])
    kind = next((f.metadata["spec"].kind for f in spec if f.name == name and "spec" in f.metadata), None)
    return kind in (date, f.NETWORKS, f.TAGS, f.IDS)


_CONVERTED = {entity: frozenset(n for n in FIELDS[entity] if _needs_plain(entity, n)) for entity in ENTITY_ORDER}


def plain_state(state: State) -> State:
    """The compared fields of every row in their plain form (``team_merge.plain``); only dates and sets are
    converted, as this runs over every field of 100,000s of rows."""
    result: State = {}
    for entity, rows in state.items():
        names, converted = FIELDS[entity], _CONVERTED[entity]
        result[entity] = {rid: {n: plain(row[n]) if n in converted else row[n] for n in names}
                          for rid, row in rows.items()}
    return result


def sync_rows(uow: UnitOfWork, have: State, want: State) -> None:
    """Bring a document from ``have`` (its rows as read) to ``want``: delete, insert and update only the rows that
    differ (updated rows take the wanted values and timestamps; their version is the document's own)."""
    for entity in reversed(ENTITY_ORDER):  # children first
        uow.delete_many(entity, [rid for rid in have[entity] if rid not in want[entity]])
    for entity in ENTITY_ORDER:  # parents first
        uow.insert_many(entity, [row for rid, row in want[entity].items() if rid not in have[entity]])
    for entity in ENTITY_ORDER:
        collections = LAYOUT[entity][1]
        for rid, row in want[entity].items():
            old = have[entity].get(rid)
            if old is None:
                continue
            changes = {k: v for k, v in row.items() if k not in ("id", VERSION) and (
                sorted(map(str, v)) != sorted(map(str, old[k])) if k in collections else old[k] != v)}
            if changes:
                uow.update(entity, rid, changes)


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


# A snapshot ("Stand", issue 12) travels whole with a publish and a pull: it is a record of the past that nobody
# edits field by field, so it needs no merge. A merge back (team_push) carries none: its plan and preview are
# made of the network's rows, and a state taken offline stays in the offline copy (``netzplaner snapshot URL``
# takes one on the team network itself).
SNAPSHOT_COLUMNS = ("id", "label", "reason", "partner_count", "relationship_count", "taken_at", "summary", "content",
                    VERSION)


def read_snapshot_rows(uow: UnitOfWork) -> list[dict]:
    return [dict(zip(SNAPSHOT_COLUMNS, row)) for row in uow.rows("snapshot", SNAPSHOT_COLUMNS)]


def write_snapshot_rows(uow: UnitOfWork, rows: list[dict]) -> None:
    """Insert the snapshots ``uow`` does not hold yet (by id), versions as they were."""
    have = {row[0] for row in uow.rows("snapshot", ("id",))}
    uow.insert_many("snapshot", [{**row, "content": bytes(row["content"])} for row in rows if row["id"] not in have])


def publish(source: Workspace, target: Workspace) -> dict[str, int]:
    """Put every row of ``source`` (ids, versions, timestamps, assessments' history, goals, actions, positions)
    and its meta values onto ``target``, which must be empty; one transaction. Returns the rows per entity."""
    with source.reading() as uow:
        state, meta, kept = read_rows(uow), uow.meta(), read_snapshot_rows(uow)
    with target.store.unit_of_work() as uow:
        if not _is_empty(uow):
            raise NetzplanerError("“{name}” already holds a network; publish only onto an empty team database "
                                  "(created with “netzplaner team init”).", name=without_password(target.location))
        _write_rows(uow, state)
        write_snapshot_rows(uow, kept)
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
    """The base of an offline copy: every row's version and compared fields, as compressed JSON in base64."""
    plain_rows = plain_state(state)
    rows = {entity: {"fields": list(FIELDS[entity]),
                     "rows": {rid: [state[entity][rid][VERSION], *values.values()]
                              for rid, values in plain_rows[entity].items()}}
            for entity in ENTITY_ORDER}
    text = json.dumps({"format": _BASE_FORMAT, "entities": rows}, separators=(",", ":"), ensure_ascii=False)
    return base64.b64encode(zlib.compress(text.encode("utf-8"), 6)).decode("ascii")


def read_base(ws: Workspace) -> Base:
    """The origin and base of an offline copy; one sentence when ``ws`` is none or its base is damaged."""
    with ws.reading() as uow:
        meta = uow.meta()
    if ORIGIN_KEY not in meta or BASE_KEY not in meta:
        raise NetzplanerError("“{name}” is not an offline copy of a team network (take one with File → "
                              "Take offline or “netzplaner team pull”).", name=ws.display_name)
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


def replace_content(uow: UnitOfWork, state: State, meta: Mapping[str, str]) -> None:
    """Make a document hold exactly the rows of ``state``, and set ``meta``."""
    for entity in reversed(ENTITY_ORDER):  # children first
        uow.delete_many(entity, [row[0] for row in uow.rows(entity, ("id",))])
    _write_rows(uow, state)
    uow.set_meta(meta)


def copy_meta(team_uow: UnitOfWork, state: State, origin: str) -> dict[str, str]:
    """The meta values of an offline copy of the team network read through ``team_uow``: the team's own, where it
    came from, and ``state`` as the base."""
    return {**_copied_meta(team_uow.meta()), ORIGIN_KEY: origin, BASE_KEY: encode_base(state),
            TAKEN_KEY: datetime.now().isoformat(timespec="seconds")}


ALL_KINDS = frozenset((*ENTITY_ORDER, "meta"))


class _ReplaceContent(Command):
    """Taking the copy (outside the history: ``Workspace.apply``, so views hear of every kind of entity)."""

    def __init__(self, state: State, meta: Mapping[str, str]) -> None:
        super().__init__("Take an offline copy")
        self.state, self.meta = state, dict(meta)

    @property
    def entities(self) -> frozenset[str]:
        return ALL_KINDS

    def apply(self, uow: UnitOfWork) -> None:
        replace_content(uow, self.state, self.meta)

    def revert(self, uow: UnitOfWork) -> None:
        raise AssertionError("taking a copy is not a step of the history")


def sync_copy(copy: Workspace, team: Workspace) -> None:
    """Make ``copy`` an offline copy of ``team`` as it is now: its rows, its meta values, the base; then save."""
    with team.reading() as uow:
        state = read_rows(uow)
        meta = copy_meta(uow, state, without_password(team.location))
    copy.apply(_ReplaceContent(state, meta))
    copy.clear_history()
    copy.save()


def pull(team: Workspace, path: Path | str, *, overwrite: bool = False) -> Path:
    """"Offline mitnehmen": write a new document at ``path`` holding the team network (its snapshots too) and its
    base. It is written
    beside ``path`` and moved into place whole, so a failure leaves nothing half-written; an existing ``path`` is
    refused unless ``overwrite``."""
    path = Path(path)
    if path.exists() and not overwrite:
        raise NetzplanerError("“{name}” already exists; choose another name for the offline copy.", name=path.name)
    partial = path.with_name(f".{path.stem}.{os.getpid()}.partial{path.suffix}")
    try:
        with Workspace.create(partial, overwrite=True) as copy:
            sync_copy(copy, team)
            with team.reading() as uow:
                kept = read_snapshot_rows(uow)
            if kept:
                with copy.store.unit_of_work() as uow:
                    write_snapshot_rows(uow, kept)
                copy.save()
        os.replace(partial, path)
    finally:
        partial.unlink(missing_ok=True)
    return path


def offline_origin(ws: Workspace) -> str | None:
    """Where an offline copy came from (an address without password), or None for any other network."""
    if ws.kind != "file":
        return None
    with ws.reading() as uow:
        return uow.meta().get(ORIGIN_KEY)
