"""Shared set-up for the offline-copy tests: a team network (a file, or a real PostgreSQL database) holding the
demo network, and its offline copy."""

from __future__ import annotations

from pathlib import Path

from netzplaner.services import demo, team_sync
from netzplaner.services.workspace import Workspace


def demo_source(folder: Path) -> Workspace:
    path = folder / "demo.netzplan"
    if not path.exists():
        demo.write_demo(path, lang="de")
    return Workspace.open(path)


def rows(ws: Workspace) -> dict:
    with ws.reading() as uow:
        return team_sync.read_rows(uow)


def comparable(ws: Workspace, *, versions: bool = True) -> dict:
    """Every row with every column, set-valued fields as sorted lists (the order a store returns them in is
    not part of the content); without ``versions`` the row versions and change times left out: a copy brought
    in sync keeps its own, as each store stamps its own writes (services/team_sync._BOOKKEEPING), and the two
    writes may fall into different seconds."""
    return {entity: {rid: {k: sorted(v) if isinstance(v, list) else v for k, v in row.items()
                           if versions or k not in ("version", "updated_at")}
                     for rid, row in found.items()} for entity, found in rows(ws).items()}


def id_of(ws: Workspace, entity: str, **equals) -> str:
    with ws.reading() as uow:
        found = uow.list(entity, **equals)
    assert len(found) == 1, (entity, equals, len(found))
    return found[0].id


def value(ws: Workspace, entity: str, entity_id: str, column: str):
    with ws.reading() as uow:
        found = uow.column_values(entity, [entity_id], [column])
    return found[entity_id][column] if entity_id in found else None
