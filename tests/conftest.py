"""Shared fixtures: every test gets its own data folder (working copies) and a fresh document."""

from __future__ import annotations

import os
import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@pytest.fixture(autouse=True)
def data_dir(tmp_path_factory, monkeypatch):
    folder = tmp_path_factory.mktemp("appdata")  # not inside tmp_path: tests list that folder
    monkeypatch.setenv("NETZPLANER_DATA_DIR", str(folder))
    return folder


def new_workspace(kind: str, tmp_path, pg_server=None):
    """An empty network in a store of ``kind``: "file" (a .netzplan document), "memory" (the memory store) or
    "team" (a fresh database on the test server ``pg_server``)."""
    from netzplaner.services.workspace import Workspace

    if kind == "team":
        return Workspace.create(pg_server.new_database())
    return Workspace.create(tmp_path / "test.netzplan") if kind == "file" else Workspace.in_memory("test")


def with_own_firm(workspace):
    from netzplaner.services import partners

    workspace.own_firm_id = workspace.execute(partners.create_partner(
        workspace, name="Eyachtal Präzisionsmaschinen GmbH", kind="company", dimensions=["regional"],
        is_own_firm=True, city="Balingen", country="DE")).entity_id
    return workspace


@pytest.fixture
def ws(tmp_path):
    """A new document with an own firm, closed after the test."""
    workspace = with_own_firm(new_workspace("file", tmp_path))
    yield workspace
    workspace.close()


def dump_state(ws) -> dict[str, list[tuple]]:
    """Every row of every table of the store, sorted: the exact stored state (file and memory store alike)."""
    with ws.reading() as uow:
        run = uow.conn.exec_driver_sql
        if uow.conn.dialect.name == "postgresql":  # the document's tables; the change log only grows
            tables = [r[0] for r in run(
                "SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema() "
                "AND table_name <> 'change_log' ORDER BY table_name")]
        else:
            tables = [r[0] for r in run(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")]
        return {t: sorted((tuple(row) for row in run(f'SELECT * FROM "{t}"')), key=repr) for t in tables}


@pytest.fixture(scope="session")
def pg_server():
    """A throwaway PostgreSQL cluster for the whole session (tests/pg_server.py): ``url``, ``new_database()``,
    ``create_user(name, password)``, ``url_for(db, user, password)``, ``stop()``/``start()``."""
    from tests.pg_server import start_server

    server = start_server()
    if server is None:
        pytest.skip("no PostgreSQL binaries (initdb, pg_ctl) are installed: apt-get install postgresql")
    yield server
    server.remove()
