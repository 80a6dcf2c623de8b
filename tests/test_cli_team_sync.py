"""``netzplaner team publish|pull|push`` end to end against a real PostgreSQL server: exit codes 0/1/2, the
sentences, the plan, ``--yes``, ``--take`` and ``--json``."""

from __future__ import annotations

import json

import pytest

from netzplaner import cli
from netzplaner.services import partners, team_sync
from netzplaner.services.workspace import Workspace

from .pg_server import SUPERUSER_PASSWORD
from .team_sync_helpers import comparable, demo_source, id_of, value

HAERTEREI = "Härterei Eyachtal GmbH"


@pytest.fixture
def url(pg_server, tmp_path, monkeypatch):
    """A team network holding the demo, published through the command line."""
    monkeypatch.setenv("PGPASSWORD", SUPERUSER_PASSWORD)  # the copy keeps its origin without the password
    database = pg_server.new_database()
    assert cli.main(["team", "init", database]) == 0
    demo_source(tmp_path).close()
    assert cli.main(["team", "publish", str(tmp_path / "demo.netzplan"), database]) == 0
    return database


@pytest.fixture
def copy_path(url, tmp_path):
    path = tmp_path / "offline.netzplan"
    assert cli.main(["team", "pull", url, str(path)]) == 0
    return path


def edit_copy(path, **changes):
    with Workspace.open(path) as ws:
        ws.execute(partners.update_partner(ws, id_of(ws, "partner", name=HAERTEREI), **changes))
        ws.save()


def edit_team(url, **changes):
    with Workspace.open(url) as ws:
        ws.execute(partners.update_partner(ws, id_of(ws, "partner", name=HAERTEREI), **changes))


def team_value(url, column):
    with Workspace.open(url) as ws:
        return value(ws, "partner", id_of(ws, "partner", name=HAERTEREI), column)


def test_publish_and_pull_print_what_they_did(pg_server, tmp_path, monkeypatch, capsys):
    database = pg_server.new_database()
    assert cli.main(["team", "init", database]) == 0
    demo_source(tmp_path).close()
    capsys.readouterr()
    assert cli.main(["team", "publish", str(tmp_path / "demo.netzplan"), database]) == 0
    assert cli.main(["team", "pull", database, str(tmp_path / "copy.netzplan")]) == 0
    out = capsys.readouterr().out
    assert "demo.netzplan published to postgresql://postgres@127.0.0.1" in out and "47 partners" in out
    assert "Offline copy of postgresql://postgres@127.0.0.1" in out and "netzplaner team push" in out
    assert SUPERUSER_PASSWORD not in out
    assert SUPERUSER_PASSWORD.encode() not in (tmp_path / "copy.netzplan").read_bytes()  # nor in the copy
    with Workspace.open(tmp_path / "copy.netzplan") as copy, Workspace.open(database) as team:
        assert comparable(copy) == comparable(team)
        assert team_sync.offline_origin(copy) == team.location == database.replace(f":{SUPERUSER_PASSWORD}", "")


def test_publish_onto_a_network_that_is_not_empty_exits_1_with_a_sentence(url, tmp_path, capsys):
    assert cli.main(["team", "publish", str(tmp_path / "demo.netzplan"), url]) == 1
    err = capsys.readouterr().err
    assert "already holds a network; publish only onto an empty team database" in err
    assert "Traceback" not in err


def test_pull_onto_an_existing_file_exits_1(url, copy_path, capsys):
    before = copy_path.read_bytes()
    assert cli.main(["team", "pull", url, str(copy_path)]) == 1
    assert capsys.readouterr().err.startswith("Error: ")
    assert copy_path.read_bytes() == before


def test_push_prints_the_plan_and_writes_only_with_yes(url, copy_path, capsys):
    edit_copy(copy_path, city="Hechingen")
    capsys.readouterr()
    assert cli.main(["team", "push", str(copy_path)]) == 0
    out = capsys.readouterr().out
    assert "From the copy: 0 new, 1 changed, 0 deleted; conflicts: 0" in out
    assert "run again with --yes" in out
    assert team_value(url, "city") == "Haigerloch"
    assert cli.main(["team", "push", str(copy_path), "--yes"]) == 0
    assert "Written to the team network in one step: 0 new, 1 changed, 0 deleted" in capsys.readouterr().out
    assert team_value(url, "city") == "Hechingen"
    assert cli.main(["team", "push", str(copy_path), "--json"]) == 0  # in sync: nothing left
    report = json.loads(capsys.readouterr().out)
    assert report["counts"]["changed"] == 0 and report["decisions"] == []


def test_push_with_a_conflict_exits_1_naming_it_and_writes_nothing(url, copy_path, capsys):
    edit_copy(copy_path, city="Hechingen")
    edit_team(url, city="Albstadt")
    assert cli.main(["team", "push", str(copy_path), "--yes"]) == 1
    captured = capsys.readouterr()
    assert "1 decisions are needed before anything is written" in captured.err
    assert "“Härterei Eyachtal GmbH”, city: mine 'Hechingen', team 'Albstadt'" in captured.err
    assert "--take mine or --take theirs" in captured.err
    assert team_value(url, "city") == "Albstadt"


def test_push_takes_mine_or_theirs_for_every_conflict(url, copy_path, capsys):
    edit_copy(copy_path, city="Hechingen")
    edit_team(url, city="Albstadt")
    assert cli.main(["team", "push", str(copy_path), "--yes", "--take", "mine", "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert sorted(report) == ["applied", "copy", "counts", "decisions", "in_sync", "left_out", "origin",
                              "team_only", "written"]
    assert report["decisions"] == [{"kind": "conflict", "entity": "partner", "id": report["decisions"][0]["id"],
                                    "label": HAERTEREI, "field": "city", "base": "Haigerloch", "mine": "Hechingen",
                                    "theirs": "Albstadt"}]
    assert report["applied"] and report["written"] == {"created": 0, "changed": 1, "deleted": 0}
    assert team_value(url, "city") == "Hechingen"
    edit_copy(copy_path, city="Bisingen")
    edit_team(url, city="Burladingen")
    assert cli.main(["team", "push", str(copy_path), "--yes", "--take", "theirs"]) == 0
    assert team_value(url, "city") == "Burladingen"
    with Workspace.open(copy_path) as copy:
        assert value(copy, "partner", id_of(copy, "partner", name=HAERTEREI), "city") == "Burladingen"


def test_push_to_another_network_than_the_origin_exits_1(url, copy_path, pg_server, capsys):
    other = pg_server.new_database()
    assert cli.main(["team", "push", str(copy_path), other]) == 1
    err = capsys.readouterr().err
    assert "is an offline copy of" in err and "not of" in err and SUPERUSER_PASSWORD not in err


def test_push_of_a_document_that_is_no_copy_exits_1(tmp_path, capsys):
    demo_source(tmp_path).close()
    assert cli.main(["team", "push", str(tmp_path / "demo.netzplan")]) == 1
    assert "is not an offline copy of a team network" in capsys.readouterr().err


@pytest.mark.parametrize("argv", [["team", "push"], ["team", "pull", "postgresql://x@h/db"],
                                  ["team", "push", "a.netzplan", "--take", "both"], ["team", "publish", "a"]])
def test_usage_errors_exit_2(argv, capsys):
    assert cli.main(argv) == 2
    assert capsys.readouterr().err.startswith("netzplaner team")
