"""A read-only document is read straight over sqlite3 (store/sqlite_read.py) with the same answers as the full
unit of work over SQLAlchemy, and ``netzplaner check`` then loads no SQLAlchemy at all (issue 17); nor networkx
(its Louvain is ported to analysis/louvain.py, tests/test_louvain.py)."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from contextlib import closing
from dataclasses import fields
from datetime import date
from pathlib import Path

import pytest

from netzplaner import cli
from netzplaner.domain.errors import DocumentError
from netzplaner.services.demo import write_demo, write_synthetic
from netzplaner.services.workspace import Workspace
from netzplaner.store.entity_rows import LINKS
from netzplaner.store.schema_facts import COLUMNS
from netzplaner.store.sqlite_read import SqliteReading
from tests.conftest import new_workspace, with_own_firm
from tests.test_network_read import _awkward

ROOT = Path(__file__).resolve().parents[1]
ENTITIES = ("partner", "contact", "relationship", "assessment", "goal", "action", "snapshot")


def typed(value):
    """A value with its type: True and 1, 0.0 and 0, a date and its text must not pass as equal."""
    if isinstance(value, dict):
        return {k: typed(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return type(value), [typed(v) for v in value]
    return type(value), value


def fields_of(entities: list) -> list:
    return [typed({f.name: getattr(x, f.name) for f in fields(x)}) for x in entities]


def _documents(tmp_path) -> list[Path]:
    demo, synthetic = tmp_path / "demo.netzplan", tmp_path / "synthetic.netzplan"
    write_demo(demo, today=date(2026, 11, 30))
    write_synthetic(synthetic, partners=300, seed=3)
    awkward = with_own_firm(new_workspace("file", tmp_path))  # tmp_path / "test.netzplan"
    with _awkward(awkward) as ws:
        with ws.store.unit_of_work() as uow:  # a date of a leap day, a position of 0.0 and a missing one
            tie = uow.first_value("relationship", "id")
            uow.bulk_set("relationship", {tie: {"since": date(2020, 2, 29)}})
            uow.bulk_set("partner", {ws.own_firm_id: {"pos_x": 0.0, "pos_y": None}})
        ws.save()
    return [demo, synthetic, tmp_path / "test.netzplan"]


@pytest.fixture(scope="module")
def documents(tmp_path_factory):
    return _documents(tmp_path_factory.mktemp("read"))


def _both(path: Path):
    """The same read-only document's sqlite3 reading and its full unit of work."""
    ws = Workspace.open(path, read_only=True)
    return ws, ws.store.reading(), ws.store._full_reading()


def test_every_read_answered_here_matches_the_full_unit_of_work(documents):
    for path in documents:
        ws, lean_block, full_block = _both(path)
        with ws, lean_block as lean, full_block as full:
            assert isinstance(lean, SqliteReading) and lean._full is None
            for entity in ENTITIES:
                names = [*COLUMNS[entity], *LINKS.get(entity, {})]
                assert typed(lean.columns(entity, names)) == typed(full.columns(entity, names)), (path, entity)
                few = names[1:4] + names[-1:]  # without "id", a link field asks for it behind the scenes
                assert typed(lean.columns(entity, few)) == typed(full.columns(entity, few)), (path, entity)
                assert fields_of(lean.list(entity)) == fields_of(full.list(entity)), (path, entity)
                for column in ("id", *names[1:3]):
                    assert typed(lean.rows(entity, names[:3], order_by=column)) == typed(
                        full.rows(entity, names[:3], order_by=column)), (path, entity, column)
            for entity, order in (("goal", "title"), ("action", "due_date"), ("partner", "name")):
                found = fields_of(lean.list(entity, order_by=order))
                assert found == fields_of(full.list(entity, order_by=order)), (path, entity)
                assert found or path.name != "demo.netzplan"  # the demo has goals and actions
            assert lean.meta() == full.meta()
            assert lean._full is None  # nothing above needed SQLAlchemy


def test_anything_else_goes_to_the_full_unit_of_work(documents):
    ws, lean_block, full_block = _both(documents[0])
    with ws, lean_block as lean, full_block as full:
        some = [p.id for p in full.list("partner")[:3]]
        assert lean.list("partner", ids=some) == full.list("partner", ids=some)
        assert lean.count("relationship") == full.count("relationship") > 0
        assert lean._full is not None


def test_a_document_open_for_editing_reads_through_sqlalchemy(documents):
    with Workspace.open(documents[0]) as ws, ws.store.reading() as uow:
        assert not isinstance(uow, SqliteReading)


def test_damaged_text_is_one_sentence(documents, tmp_path):
    with Workspace.open(documents[0], read_only=True) as ws:
        with closing(sqlite3.connect(ws.store.working_copy)) as conn:  # as if the disk had lost a byte
            conn.execute("UPDATE partner SET name = CAST(x'c328' AS TEXT) WHERE is_own_firm = 1")
            conn.commit()
        with pytest.raises(DocumentError, match="is damaged: part of its content cannot be read"):
            with ws.store.reading() as uow:
                uow.columns("partner", ["id", "name"])


def test_the_check_is_the_same_read_only_and_for_editing(documents):
    for path in documents[:2]:
        with Workspace.open(path) as ws:  # the full unit of work
            with ws.store.reading() as uow:
                assert not isinstance(uow, SqliteReading)
            from netzplaner.services import network_check

            full = network_check.report_to_dict(network_check.check_network(ws, date(2026, 12, 1)))
        with Workspace.open(path, read_only=True) as ws:
            lean = network_check.report_to_dict(network_check.check_network(ws, date(2026, 12, 1)))
        assert lean == full
        report, _text = cli.check_report(path)
        assert report["totals"]["partners"] > 0


def test_netzplaner_check_loads_no_sqlalchemy_and_no_networkx(documents):
    probe = ("import io, sys, contextlib\n"
             "from netzplaner import cli\n"
             "with contextlib.redirect_stdout(io.StringIO()):\n"
             f"    assert cli.main(['check', {str(documents[1])!r}, '--json']) == 0\n"
             "print(sorted(m for m in sys.modules if m.split('.')[0] in ('sqlalchemy', 'alembic', 'networkx')))\n")
    found = subprocess.run([sys.executable, "-c", probe], cwd=ROOT, capture_output=True, text=True, check=True,
                           env={**__import__("os").environ, "PYTHONPATH": str(ROOT)})
    assert found.stdout.strip() == "[]", found.stderr
