"""Snapshots ("Stände", issue 12): the whole network frozen at a moment, kept inside the document.

A snapshot is one row of the entity "snapshot": label, reason, time, counts and the network check's figures
(``summary``, JSON) for lists, and the compressed content (``services/snapshot_content.py``) from which
``read_snapshot`` gives the state in exactly the shape of ``network_read.NetworkRead``: the check, the comparison,
the health course and the map take a snapshot as they take the document now.

Taking, renaming and deleting are commands (one undo step each). Automatic snapshots (``reason`` other than
"manual") are taken before a change of many rows (``snapshot_before``); their stored label is the English
source text of ``AUTO_LABELS`` and a front end shows it translated while it is unchanged (``is_auto_label``).
Returning to a state and copying one into a new document are in ``services/snapshot_restore.py``.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path

from ..analysis.compare import state_figures
from ..domain.entities import Action, Goal
from ..domain.enums import ActionStatus, Benefit, Dimension, GoalStatus, Priority
from ..domain.errors import NotFoundError, ValidationError
from ..domain.ids import new_id
from ..domain.validation import SNAPSHOT_FIELDS, clean
from ..store.protocol import UnitOfWork
from . import snapshot_content as sc
from .commands import Command, CreateEntity, DeleteEntity, Macro, UpdateEntity
from .memory import collector_paused
from .network_read import ASSESSMENT_COLUMNS, PARTNER_COLUMNS, RELATIONSHIP_COLUMNS, NetworkRead, latest_of
from .workspace import Workspace

MANUAL = "manual"
# reason -> the label an automatic snapshot gets (English source; the GUI translates it)
AUTO_LABELS: dict[str, str] = {
    "board_import": "Before importing the board workbook",
    "partner_import": "Before importing a partner list",
    "layout_all": "Before arranging all partners",
    "restore": "Before returning to an earlier state",
}
_LIST_COLUMNS = ("id", "label", "reason", "partner_count", "relationship_count", "taken_at", "summary")


@dataclass(frozen=True)
class SnapshotInfo:
    """A snapshot as lists show it, read without unpacking its content. ``summary``: the network check's
    headline figures at that moment, ``{"figures": [one dict per network, the last (dimension None) the whole
    network]}``; empty when the row holds none."""

    id: str
    label: str
    reason: str
    taken_at: datetime
    partner_count: int
    relationship_count: int
    summary: dict = field(default_factory=dict, compare=False)

    @property
    def is_auto(self) -> bool:
        return self.reason != MANUAL


def is_auto_label(info: SnapshotInfo) -> bool:
    """The label is still the one an automatic snapshot was given (so a front end may show it translated)."""
    return AUTO_LABELS.get(info.reason) == info.label


def _summary(text: str) -> dict:
    try:
        found = json.loads(text) if text else {}
    except ValueError:
        return {}
    return found if isinstance(found, dict) else {}


def list_snapshots(ws: Workspace) -> list[SnapshotInfo]:
    """Every snapshot of the document, oldest first, without unpacking any content."""
    with ws.reading() as uow:
        cols = uow.columns("snapshot", _LIST_COLUMNS)
    found = [SnapshotInfo(sid, label, reason or MANUAL, taken, pc or 0, rc or 0, _summary(summary))
             for sid, label, reason, pc, rc, taken, summary in zip(*(cols[c] for c in _LIST_COLUMNS))]
    found.sort(key=lambda s: (s.taken_at or datetime.min, s.id))
    return found


def snapshot_info(ws: Workspace, snapshot_id: str) -> SnapshotInfo:
    for info in list_snapshots(ws):
        if info.id == snapshot_id:
            return info
    raise NotFoundError("The {entity} you refer to is no longer in the document.", entity="snapshot")


def find_snapshot(ws: Workspace, ref: str) -> SnapshotInfo:
    """The snapshot ``ref`` names: a label (case-insensitive, exact; of several the latest) or a day
    ``YYYY-MM-DD`` (the latest snapshot taken on or before that day)."""
    snapshots = list_snapshots(ws)
    wanted = ref.strip().casefold()
    named = [s for s in snapshots if s.label.casefold() == wanted]
    if named:
        return named[-1]
    try:
        day = date.fromisoformat(ref.strip())
    except ValueError:
        day = None
    if day is not None:
        before = [s for s in snapshots if s.taken_at.date() <= day]
        if before:
            return before[-1]
    if not snapshots:
        raise NotFoundError("There is no state “{ref}”: the document holds no states yet.", ref=ref)
    raise NotFoundError("There is no state “{ref}”; the document holds: {labels}.", ref=ref,
                        labels=", ".join(f"“{s.label}”" for s in snapshots))


# -- reading a snapshot ----------------------------------------------------------------------------------------

def _entities(tables: sc.Tables) -> tuple[tuple[Goal, ...], tuple[Action, ...]]:
    """The goals and actions of a snapshot as entities (a few hundred at most), ordered as the document's read."""
    g = tables["goal"]
    goals = [Goal(g["id"][k], g["title"][k], Benefit(g["benefit"][k]), g["description"][k],
                  None if g["dimension"][k] is None else Dimension(g["dimension"][k]), g["owner"][k],
                  Priority(g["priority"][k]), GoalStatus(g["status"][k]), g["target_date"][k], g["kpi_name"][k],
                  g["kpi_unit"][k], g["kpi_baseline"][k], g["kpi_target"][k], g["kpi_current"][k],
                  frozenset(g["partner_ids"][k]), g["created_at"][k], g["updated_at"][k])
             for k in range(len(g["id"]))]
    a = tables["action"]
    actions = [Action(a["id"][k], a["goal_id"][k], a["title"][k], a["owner"][k], a["start_date"][k],
                      a["due_date"][k], ActionStatus(a["status"][k]), Priority(a["priority"][k]),
                      a["effort_days"][k], a["cost_eur"][k], a["partner_id"][k], a["completed_on"][k],
                      a["notes"][k], a["created_at"][k], a["updated_at"][k]) for k in range(len(a["id"]))]
    goals.sort(key=lambda x: x.title)
    actions.sort(key=lambda x: (x.due_date is not None, x.due_date or date.min))
    return tuple(goals), tuple(actions)


def as_read(tables: sc.Tables, meta: dict[str, str]) -> NetworkRead:
    """A snapshot's tables in the shape of the document's read (``network_read.NetworkRead``)."""
    partners = {name: tables["partner"][name] for name in PARTNER_COLUMNS}
    relationships = {name: tables["relationship"][name] for name in RELATIONSHIP_COLUMNS}
    assessments = {name: tables["assessment"][name] for name in ASSESSMENT_COLUMNS}
    try:
        goals, actions = _entities(tables)
    except ValueError:  # an unknown code
        raise sc._damaged(meta.get("title", "")) from None
    return NetworkRead(partners, relationships, latest_of(assessments), goals, actions, dict(meta))


# what ``as_read`` takes of a snapshot: the other columns stay packed when a state is only read
READ_COLUMNS: dict[str, tuple[str, ...]] = {"partner": PARTNER_COLUMNS, "relationship": RELATIONSHIP_COLUMNS,
                                            "assessment": ASSESSMENT_COLUMNS, "contact": ()}


def unpack_snapshot(ws: Workspace, snapshot_id: str,
                    wanted: sc.Wanted | None = None) -> tuple[str, sc.Tables, dict[str, str]]:
    """(label, tables, meta) of a snapshot (``wanted``: only these columns, see ``snapshot_content.unpack``);
    ``DocumentError`` when its content is damaged."""
    with ws.reading() as uow:
        rows = uow.rows_of("snapshot", ("label", "content"), [snapshot_id])
    if not rows:
        raise NotFoundError("The {entity} you refer to is no longer in the document.", entity="snapshot")
    label, content = rows[0]
    with collector_paused():
        tables, meta = sc.unpack(content, label, wanted)
    return label, tables, meta


def read_snapshot(ws: Workspace, snapshot_id: str) -> NetworkRead:
    """The network as the snapshot froze it, in the shape of ``network_read.read_network`` (all partners,
    archived ones included; the latest assessment of each relationship; goals by title, actions by due date;
    meta: the document's meta then)."""
    label, tables, meta = unpack_snapshot(ws, snapshot_id, READ_COLUMNS)
    try:
        return as_read(tables, meta)
    except Exception as exc:  # noqa: BLE001 - a content that unpacked but does not make a network
        if isinstance(exc, NotFoundError):
            raise
        raise sc._damaged(label) from None


# -- taking a snapshot -----------------------------------------------------------------------------------------

def _figures(read: NetworkRead, today: date) -> dict:
    """The summary a snapshot row keeps: the check's figures per network and of the whole (the values of
    ``analysis.figures``, counted from the columns: ``analysis.compare.state_figures``)."""
    return {"figures": state_figures(read, today)}


def freeze(uow: UnitOfWork, label: str, reason: str, taken_at: datetime | None = None,
           snapshot_id: str | None = None, *, exact: bool = False) -> dict:
    """The values of a snapshot row of the network as ``uow`` sees it now (used by ``TakeSnapshot`` and by the
    restore, which freezes "now" in the same transaction, ``exact``: with every timestamp)."""
    with collector_paused():
        tables = sc.read_tables(uow, exact=exact)
        meta = uow.meta()
        content = sc.pack(tables, meta)
        taken = taken_at or datetime.now()  # to the microsecond: two states of one second stay in order
        summary = _figures(as_read(tables, meta), taken.date())
    return {"id": snapshot_id or new_id(), "label": label, "reason": reason,
            "partner_count": len(tables["partner"]["id"]), "relationship_count": len(tables["relationship"]["id"]),
            "taken_at": taken, "summary": json.dumps(summary, ensure_ascii=False), "content": content}


class TakeSnapshot(CreateEntity):
    """Insert a snapshot of the network as it is when the step is first applied (a redo inserts the same)."""

    def __init__(self, label: str, reason: str, taken_at: datetime | None) -> None:
        template = "Take the state “{label}”"
        super().__init__("snapshot", {"id": new_id()}, template, label=label)
        self.reason = reason
        self.taken_at = taken_at
        self.frozen = False

    def apply(self, uow: UnitOfWork) -> None:
        if not self.frozen:
            self.values = freeze(uow, self.params["label"], self.reason, self.taken_at, self.entity_id)
            self.frozen = True
        super().apply(uow)


def _clean_label(label: str) -> str:
    return clean({"label": SNAPSHOT_FIELDS["label"]}, {"label": label})["label"]


def take_snapshot(ws: Workspace, label: str, reason: str = MANUAL, *,
                  taken_at: datetime | None = None) -> Command:
    """The step that freezes the network as it is now under ``label`` (one undo step; run it with
    ``ws.execute``). ``reason``: "manual" or the bulk change it comes before (``AUTO_LABELS``)."""
    if reason != MANUAL and reason not in AUTO_LABELS:
        raise ValidationError("reason", "“{reason}” is not a reason for a state.", reason=reason)
    return TakeSnapshot(_clean_label(label), reason, taken_at)


def prepared_snapshot(ws: Workspace, label: str, reason: str = MANUAL) -> Command:
    """``take_snapshot`` with the network frozen here, in a read of its own: the slow part (reading and packing,
    a second or more at 20,000 partners) can run on a worker thread, and the step the window then runs only
    inserts the row. The state is the network at this call."""
    command = take_snapshot(ws, label, reason)
    with ws.reading() as uow:
        command.values = freeze(uow, command.params["label"], reason, command.taken_at, command.entity_id)
    command.frozen = True
    return command


def rename_snapshot(ws: Workspace, snapshot_id: str, label: str) -> Command:
    label = _clean_label(label)
    old = snapshot_info(ws, snapshot_id).label
    return UpdateEntity("snapshot", snapshot_id, {"label": label}, "Rename the state “{old}” to “{label}”",
                        old=old, label=label)


def delete_snapshot(ws: Workspace, snapshot_id: str) -> Command:
    label = snapshot_info(ws, snapshot_id).label
    return DeleteEntity("snapshot", snapshot_id, "Delete the state “{label}”", label=label)


def snapshot_before(ws: Workspace, reason: str, command: Command) -> Command:
    """``command`` (a change of many rows: an import, a layout of all partners) preceded by an automatic
    snapshot of the network, as one undo step with the command's text: the user can undo the change at once, or
    return to the state before it later ("Stände"). The command alone on a read-only document or one without
    partners (nothing to return to)."""
    if ws.read_only:
        return command
    with ws.reading() as uow:
        if uow.count("partner") == 0:
            return command
    return Macro([take_snapshot(ws, AUTO_LABELS[reason], reason), command], command.template, **command.params)


# -- returning, opening, copying (services/snapshot_restore.py; here too, so that ``api.snapshots`` has them all) --

def restore_snapshot(ws: Workspace, snapshot_id: str) -> Command:
    """The step that returns the network to the snapshot, after an automatic snapshot of now (one undo step)."""
    from .snapshot_restore import restore_snapshot as restore

    return restore(ws, snapshot_id)


def open_snapshot(ws: Workspace, snapshot_id: str) -> Workspace:
    """The snapshot as a read-only network in memory (Save As writes it to a file)."""
    from .snapshot_restore import open_snapshot as open_read_only

    return open_read_only(ws, snapshot_id)


def copy_snapshot(ws: Workspace, snapshot_id: str, path) -> Path:
    """Write the snapshot as a new document file (an existing file is not overwritten)."""
    from .snapshot_restore import copy_snapshot as copy

    return copy(ws, snapshot_id, path)
