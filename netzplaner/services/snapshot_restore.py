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
"""

from __future__ import annotations

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


def write_tables(uow: UnitOfWork, tables: sc.Tables, bump: dict[str, int] | None = None) -> None:
    """Insert a snapshot's rows into an empty network; ``bump`` raises each table's versions by that much."""
    for entity in sc.ORDER:
        rows = _rows(tables[entity])
        if bump and bump.get(entity):
            for row in rows:
                row["version"] = (row["version"] or 1) + bump[entity]
        uow.insert_many(entity, rows)


def clear_network(uow: UnitOfWork) -> dict[str, int]:
    """Delete every row of the network (children first); returns the highest version each table held."""
    highest: dict[str, int] = {}
    for entity in reversed(sc.ORDER):
        cols = uow.columns(entity, ["id", "version"])
        highest[entity] = max((v or 0 for v in cols["version"]), default=0)
        uow.delete_many(entity, cols["id"])
    return highest


class RestoreSnapshot(Command):
    """Return the network to a snapshot, after freezing "now" into an automatic snapshot (one undo step)."""

    def __init__(self, snapshot_id: str, label: str) -> None:
        template = "Return to the state “{label}”"
        super().__init__(template, label=label)
        self.snapshot_id = snapshot_id
        self.before: dict | None = None  # the automatic snapshot of the network before the return

    @property
    def entities(self) -> frozenset[str]:
        return NETWORK_ENTITIES | {"snapshot"}

    def apply(self, uow: UnitOfWork) -> None:
        with collector_paused():
            rows = uow.rows_of("snapshot", ("label", "content"), [self.snapshot_id])
            if not rows:
                raise StaleEditError(self.params["label"], deleted=True)
            target, _meta = sc.unpack(rows[0][1], rows[0][0])
            if self.before is None:
                self.before = freeze(uow, AUTO_LABELS["restore"], "restore", exact=True)
            elif uow.exists("snapshot", self.before["id"]):  # redo: the automatic snapshot must be gone again
                raise StaleEditError(self.before["label"])
            uow.insert("snapshot", self.before)
            highest = clear_network(uow)
            write_tables(uow, target, {entity: top + 1 for entity, top in highest.items()})

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
