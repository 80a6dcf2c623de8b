"""The document's network read once, column by column: what the network check, the map and the board workbook
need, in one transaction, without an entity object per row (docs/architecture.md, "The store protocol").

``read_network(ws)`` reads the partners, relationships and latest assessments as plain columns (codes stay
strings) and the few goals and actions as entities. The read is remembered by the workspace until the data changes
(``Workspace.remembered``: every step, undo, redo and team refresh raises ``Workspace.revision``), so the work of
one window refresh (the overview's check and health course, the map) reads the document once, on whichever worker
thread asks first, and an edit is always seen by the next call. Within ``with sharing(ws):`` every
``read_network(ws)`` on the same thread hands back the block's one read even if the data changes meanwhile: one
command (``netzplaner export``: map picture, network check, workbook) works on one state of the document.
A read is shared: nobody may change its columns.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from datetime import date
from functools import cached_property

from ..analysis.network import NetworkData
from ..domain.entities import Action, Goal
from ..domain.enums import Criterion
from ..domain.errors import DocumentError
from ..domain.quality import latest_per_relationship
from .memory import collector_paused
from .workspace import Workspace

PARTNER_COLUMNS = ("id", "name", "name_key", "kind", "dimensions", "tags", "street", "postcode", "city", "country",
                   "region", "industry", "archived", "is_own_firm", "pos_x", "pos_y")
RELATIONSHIP_COLUMNS = ("id", "source_id", "target_id", "kind", "strength", "since")
CRITERIA = tuple(Criterion)
ASSESSMENT_COLUMNS = ("relationship_id", "assessed_on", "id", *(c.value for c in CRITERIA))


@dataclass(frozen=True, eq=False)
class NetworkRead:
    """One consistent read of the document's network. ``partners`` and ``relationships`` are columns
    (``{column: [value per row]}``, all partners, archived ones included); ``latest`` maps each assessed
    relationship's id to (date, scores by criterion) of the assessment that counts: the one mapping the check's
    edges and the workbook's rows share."""

    partners: dict[str, list]
    relationships: dict[str, list]
    latest: dict[str, tuple[date, dict[Criterion, int | None]]]
    goals: tuple[Goal, ...]  # by title
    actions: tuple[Action, ...]  # by due date
    meta: dict[str, str] = field(default_factory=dict)

    @cached_property
    def network(self) -> NetworkData:
        """The network as the analysis reads it (archived partners left out), built once per read."""
        with collector_paused():
            return NetworkData.from_columns(self.partners, self.relationships, self.latest, self.goals,
                                            self.actions)

    @property
    def partner_count(self) -> int:
        return len(self.partners["id"])


def _read(ws: Workspace) -> NetworkRead:
    with collector_paused(), ws.reading() as uow:
        partners = uow.columns("partner", PARTNER_COLUMNS)
        _still_open(ws)
        relationships = uow.columns("relationship", RELATIONSHIP_COLUMNS)
        _still_open(ws)
        assessments = uow.columns("assessment", ASSESSMENT_COLUMNS)
        goals = tuple(uow.list("goal", order_by="title"))
        actions = tuple(uow.list("action", order_by="due_date"))
        meta = uow.meta()
    return NetworkRead(partners, relationships, latest_of(assessments), goals, actions, meta)


def _still_open(ws: Workspace) -> None:
    """A read for a document closed meanwhile (a window refresh's work when the user opens the next document) stops
    between tables instead of reading 100,000 relationships for nobody beside the next document's opening."""
    if ws.closed:
        raise DocumentError("closed", "“{name}” has been closed.", name=ws.display_name)


def latest_of(assessments: dict[str, list]) -> dict[str, tuple[date, dict[Criterion, int | None]]]:
    """``NetworkRead.latest`` from the assessments' columns (``ASSESSMENT_COLUMNS``): the document's read and a
    snapshot's (services/snapshots.py) pick the assessment that counts the same way."""
    rows = zip(*(assessments[c.value] for c in CRITERIA))
    held = latest_per_relationship(zip(assessments["relationship_id"], assessments["assessed_on"],
                                       assessments["id"], zip(assessments["assessed_on"], rows)))
    return {rid: (day, dict(zip(CRITERIA, scores))) for rid, (day, scores) in held.items()}


class _Shares(threading.local):
    def __init__(self) -> None:
        self.open: dict[int, list[NetworkRead | None]] = {}  # id(workspace) -> [its read, once made]


_SHARES = _Shares()


def read_network(ws: Workspace) -> NetworkRead:
    """The document's network as it is now (read once per state of the data); inside ``sharing(ws)`` on this
    thread, the block's one read."""
    slot = _SHARES.open.get(id(ws))
    if slot is None:
        return _latest(ws)
    if slot[0] is None:
        slot[0] = _latest(ws)
    return slot[0]


def _latest(ws: Workspace) -> NetworkRead:
    """The remembered read's columns in a read of the caller's own: its ``network`` (built on first use) lives as
    long as the caller keeps it. The workspace keeps only the columns: the network of 20,000 partners is another
    20 MiB in 140,000 objects that the collector would walk for as long as the document is open."""
    return replace(ws.remembered("network_read", lambda: _read(ws)))


@dataclass
class Shared:
    """The handle of a ``sharing`` block: ``read`` is the block's read once someone made it (None before), for a
    caller that goes on with it on another thread (the window's export writes the workbook on the worker)."""

    slot: list[NetworkRead | None]

    @property
    def read(self) -> NetworkRead | None:
        return self.slot[0]


@contextmanager
def sharing(ws: Workspace) -> Iterator[Shared]:
    """Within the block, ``read_network(ws)`` on this thread reads the document once and hands every caller that
    read (one command's map picture, check and workbook). Nothing in the block may edit the document. A nested
    block shares the outer block's read."""
    key = id(ws)
    outer = _SHARES.open.get(key)
    if outer is not None:
        yield Shared(outer)
        return
    slot: list[NetworkRead | None] = [None]
    _SHARES.open[key] = slot
    try:
        yield Shared(slot)
    finally:
        del _SHARES.open[key]
