"""Returning to a snapshot, opening one read-only and copying one into a new document (issue 12).

Returning ("Zu diesem Stand zurückkehren") is one undo step, ``RestoreSnapshot``: it first freezes the network
as it is now into an automatic snapshot ("Before returning to an earlier state"), then replaces every row of the
network (partners with networks and tags, contacts, relationships, assessments, goals with their partners,
actions) by the snapshot's rows. The rows it writes carry versions above any the document held, so a step of the
history from before (or a dialog opened before) that still expects a row's old version is refused as stale
instead of writing over the returned state; its undo writes back the rows as they were, versions included, so
the history before it works again (the automatic snapshot keeps every timestamp for that). A manual snapshot keeps
no timestamps of relationships and assessments (``snapshot_content.OPTIONAL``): returned ones are stamped with
the moment of the return.

At 20,000 partners a return replaces some 170,000 rows (seconds). The window therefore does the first return on
its worker (``return_on_worker``: the step's work in a transaction of its own, with progress, while the window
blocks every edit), and then runs the step as usual, which finds its work done and only takes its place in the
history: one undo step as before. Undo and redo run the whole step again where the history runs.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from ..domain.errors import StaleEditError
from ..store.protocol import UnitOfWork
from . import snapshot_content as sc
from .commands import Command
from .memory import collector_paused
from .snapshots import AUTO_LABELS, freeze, snapshot_info, unpack_snapshot
from .workspace import Workspace

NETWORK_ENTITIES = frozenset(sc.ORDER)


def _rows(table: dict[str, list]) -> list[dict]:
    names = list(table)
    return [dict(zip(names, values)) for values in zip(*(table[n] for n in names))]


Progress = Callable[[float], None]  # 0..1


def _quiet(_done: float) -> None:
    pass


def write_tables(uow: UnitOfWork, tables: sc.Tables, bump: dict[str, int] | None = None,
                 progress: Progress = _quiet) -> None:
    """Insert a snapshot's rows into an empty network; ``bump`` raises each table's versions by that much;
    ``progress`` hears the share of the rows written."""
    total = max(sum(len(tables[entity]["id"]) for entity in sc.ORDER), 1)
    written = 0
    for entity in sc.ORDER:
        rows = _rows(tables[entity])
        if bump and bump.get(entity):
            for row in rows:
                row["version"] = (row["version"] or 1) + bump[entity]
        uow.insert_many(entity, rows)
        written += len(rows)
        progress(written / total)


def clear_network(uow: UnitOfWork, progress: Progress = _quiet) -> dict[str, int]:
    """Delete every row of the network (children first); returns the highest version each table held."""
    highest: dict[str, int] = {}
    for k, entity in enumerate(reversed(sc.ORDER), 1):
        cols = uow.columns(entity, ["id", "version"])
        highest[entity] = max((v or 0 for v in cols["version"]), default=0)
        uow.delete_many(entity, cols["id"])
        progress(k / len(sc.ORDER))
    return highest


def _part(progress: Progress, start: float, end: float) -> Progress:
    return lambda done: progress(start + (end - start) * done)


class RestoreSnapshot(Command):
    """Return the network to a snapshot, after freezing "now" into an automatic snapshot (one undo step)."""

    def __init__(self, snapshot_id: str, label: str) -> None:
        template = "Return to the state “{label}”"
        super().__init__(template, label=label)
        self.snapshot_id = snapshot_id
        self.before: dict | None = None  # the automatic snapshot of the network before the return
        self.done_elsewhere = False  # the first return was done by ``return_on_worker``; the step records it

    @property
    def entities(self) -> frozenset[str]:
        return NETWORK_ENTITIES | {"snapshot"}

    def apply(self, uow: UnitOfWork) -> None:
        if self.done_elsewhere:
            self.done_elsewhere = False
            if self.before is None or not uow.exists("snapshot", self.before["id"]):
                raise StaleEditError(self.params["label"])  # undone behind the window's back: not recorded
            return
        self.return_to(uow)

    def return_to(self, uow: UnitOfWork, progress: Progress = _quiet) -> None:
        """The return itself (``progress``: 0..1, roughly in proportion to the time it takes)."""
        with collector_paused():
            rows = uow.rows_of("snapshot", ("label", "content"), [self.snapshot_id])
            if not rows:
                raise StaleEditError(self.params["label"], deleted=True)
            target, _meta = sc.unpack(rows[0][1], rows[0][0])
            progress(0.05)
            if self.before is None:
                self.before = freeze(uow, AUTO_LABELS["restore"], "restore", exact=True)
            elif uow.exists("snapshot", self.before["id"]):  # redo: the automatic snapshot must be gone again
                raise StaleEditError(self.before["label"])
            uow.insert("snapshot", self.before)
            progress(0.2)
            highest = clear_network(uow, _part(progress, 0.2, 0.45))
            write_tables(uow, target, {entity: top + 1 for entity, top in highest.items()},
                         _part(progress, 0.45, 1.0))

    def revert(self, uow: UnitOfWork) -> None:
        assert self.before is not None, "revert before apply"
        if not uow.exists("snapshot", self.before["id"]):
            raise StaleEditError(self.before["label"], deleted=True)
        with collector_paused():
            tables, _meta = sc.unpack(self.before["content"], self.before["label"])
            clear_network(uow)
            write_tables(uow, tables)
            uow.delete("snapshot", self.before["id"])


def restore_snapshot(ws: Workspace, snapshot_id: str) -> Command:
    """The step that returns the network to the snapshot (run it with ``ws.execute``)."""
    return RestoreSnapshot(snapshot_id, snapshot_info(ws, snapshot_id).label)


def return_on_worker(ws: Workspace, snapshot_id: str, progress: Progress = _quiet) -> RestoreSnapshot:
    """Return the network to the snapshot now, in a transaction of its own (on the window's worker, while the
    window lets nobody edit), and hand back the step for the history: ``ws.execute`` (the window's
    ``controller.run``) then only records it, so the return is one undo step as always. The views hear of the
    change when the step is recorded. On any error nothing is written."""
    command = RestoreSnapshot(snapshot_id, snapshot_info(ws, snapshot_id).label)
    with ws.store.unit_of_work() as uow:
        command.return_to(uow, progress)
    command.done_elsewhere = True
    return command


def open_snapshot(ws: Workspace, snapshot_id: str) -> Workspace:
    """The snapshot as a network of its own in memory, read-only ("Stand ansehen"): every view of the window works
    on it as on a document; Save As writes it to a file."""
    label, tables, meta = unpack_snapshot(ws, snapshot_id)
    copy = Workspace.in_memory(f"{ws.display_name} – {label}")
    with collector_paused(), copy.store.unit_of_work() as uow:
        write_tables(uow, tables)
        kept = {key: meta[key] for key in ("title", "lang") if key in meta}
        if kept:
            uow.set_meta(kept)
    copy.store.read_only = True
    return copy


def copy_snapshot(ws: Workspace, snapshot_id: str, path: Path | str) -> Path:
    """Write the snapshot as a new document file at ``path`` (an existing file is not overwritten)."""
    path = Path(path)
    copy = open_snapshot(ws, snapshot_id)
    try:
        copy.store.save_as(path, overwrite=False)
    finally:
        copy.close()
    return path
