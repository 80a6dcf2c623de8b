"""Shared fixtures: every test gets its own data folder (working copies) and a fresh document."""

from __future__ import annotations

import os
import sqlite3
from contextlib import closing

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@pytest.fixture(autouse=True)
def data_dir(tmp_path_factory, monkeypatch):
    folder = tmp_path_factory.mktemp("appdata")  # not inside tmp_path: tests list that folder
    monkeypatch.setenv("NETZPLANER_DATA_DIR", str(folder))
    return folder


@pytest.fixture
def ws(tmp_path):
    """A new document with an own firm, closed after the test."""
    from netzplaner.services import partners
    from netzplaner.services.workspace import Workspace

    workspace = Workspace.create(tmp_path / "test.netzplan")
    workspace.own_firm_id = workspace.execute(partners.create_partner(
        workspace, name="Eyachtal Präzisionsmaschinen GmbH", kind="company", dimensions=["regional"],
        is_own_firm=True, city="Balingen", country="DE")).entity_id
    yield workspace
    workspace.close()


def dump_state(ws) -> dict[str, list[tuple]]:
    """Every row of every table of the working copy, sorted: the exact stored state."""
    with closing(sqlite3.connect(ws.document.working_copy)) as conn:
        tables = [r[0] for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")]
        return {t: sorted(conn.execute(f'SELECT * FROM "{t}"').fetchall(), key=repr) for t in tables}
