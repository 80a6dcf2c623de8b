"""``netzplaner compare``: the command line contract (exit 0/1/2, one sentence for an unknown label, stable JSON
keys), on a real document with two snapshots."""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import datetime

import pytest

from netzplaner.cli import main
from netzplaner.services import goals, partners, relationships, snapshots
from netzplaner.services.workspace import Workspace


@pytest.fixture
def doc(tmp_path):
    """Spring: the own firm and a university. Summer: a supplier added. Now: the university's tie stronger, the
    supplier archived, the one action done."""
    path = tmp_path / "verlauf.netzplan"
    with Workspace.create(path) as ws:
        own = ws.execute(partners.create_partner(ws, name="Eigen", kind="company", is_own_firm=True,
                                                 dimensions=["regional"], country="DE")).entity_id
        uni = ws.execute(partners.create_partner(ws, name="Uni", kind="university",
                                                 dimensions=["regional"], country="DE")).entity_id
        tie = ws.execute(relationships.create_relationship(ws, own, uni, kind="research_project",
                                                           strength=2)).entity_id
        goal = ws.execute(goals.create_goal(ws, title="Z", benefit="innovation", dimension="regional",
                                            status="active")).entity_id
        action = ws.execute(goals.create_action(ws, goal, title="Workshop", due_date="2030-01-01")).entity_id
        ws.execute(snapshots.take_snapshot(ws, "Frühjahr", taken_at=datetime(2026, 4, 1, 9)))
        sup = ws.execute(partners.create_partner(ws, name="Zulieferer", kind="supplier",
                                                 dimensions=["thematic"], country="PL")).entity_id
        ws.execute(relationships.create_relationship(ws, own, sup, kind="supply", strength=3))
        ws.execute(snapshots.take_snapshot(ws, "Sommer", taken_at=datetime(2026, 7, 1, 9)))
        ws.execute(relationships.update_relationship(ws, tie, strength=4))
        ws.execute(partners.archive_partner(ws, sup))
        ws.execute(goals.update_action(ws, action, status="done"))
        ws.save()
        ids = {"uni": uni, "sup": sup, "tie": tie, "action": action}
    return path, ids


def _json(capsys) -> dict:
    return json.loads(capsys.readouterr().out)


def test_default_is_latest_snapshot_to_now(doc, capsys):
    path, ids = doc
    assert main(["compare", str(path), "--json"]) == 0
    data = _json(capsys)
    assert data["schema"] == 1
    assert data["from"] == {"label": "Sommer", "date": "2026-07-01"} and data["to"]["label"] == "now"
    assert [p["id"] for p in data["partners"]["archived"]] == [ids["sup"]]
    assert [t["id"] for t in data["ties"]["stronger"]] == [ids["tie"]]
    assert [a["id"] for a in data["actions"]["completed"]] == [ids["action"]]
    assert data["partners"]["added"] == []


def test_from_and_to_by_label_and_date(doc, capsys):
    path, ids = doc
    assert main(["compare", str(path), "--from", "frühjahr", "--to", "Sommer", "--json"]) == 0
    data = _json(capsys)
    assert (data["from"]["label"], data["to"]["label"]) == ("Frühjahr", "Sommer")
    assert [p["id"] for p in data["partners"]["added"]] == [ids["sup"]]
    assert data["ties"]["stronger"] == [] and data["actions"]["completed"] == []
    assert main(["compare", str(path), "--from", "2026-05-31", "--json"]) == 0  # the latest on or before
    assert _json(capsys)["from"]["label"] == "Frühjahr"


def test_text_names_what_changed(doc, capsys):
    path, _ = doc
    assert main(["compare", str(path), "--lang", "en"]) == 0
    out = capsys.readouterr().out
    assert "Comparison: “Sommer”" in out and "Partners archived (1)" in out
    assert "Uni – " not in out and "Eigen – Uni: strength 2 → 4" in out


def test_unknown_label_is_one_sentence_and_exit_1(doc, capsys):
    path, _ = doc
    assert main(["compare", str(path), "--from", "Herbst"]) == 1
    err = capsys.readouterr().err
    assert "Herbst" in err and "“Frühjahr”" in err and "“Sommer”" in err
    assert err.count("\n") == 1 and "Traceback" not in err


def test_document_without_states_is_exit_1(tmp_path, capsys):
    path = tmp_path / "leer.netzplan"
    with Workspace.create(path) as ws:
        ws.execute(partners.create_partner(ws, name="Eigen", kind="company", is_own_firm=True))
        ws.save()
    assert main(["compare", str(path)]) == 1
    err = capsys.readouterr().err
    assert "no states" in err and "Traceback" not in err


@pytest.mark.parametrize("argv", [["compare"], ["compare", "x.netzplan", "--from"],
                                  ["compare", "x.netzplan", "--lang", "fr"], ["compare", "x.netzplan", "--bogus"]])
def test_usage_errors_exit_2(argv, capsys):
    assert main(argv) == 2
    assert capsys.readouterr().err.startswith("netzplaner")


def test_a_missing_file_is_exit_1(tmp_path, capsys):
    assert main(["compare", str(tmp_path / "fehlt.netzplan")]) == 1
    assert "Traceback" not in capsys.readouterr().err


def test_as_a_process(doc):
    path, _ = doc
    result = subprocess.run([sys.executable, "-m", "netzplaner", "compare", str(path), "--json", "--no-check"],
                            capture_output=True, text=True, encoding="utf-8", timeout=120)
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["check"] is None and data["summary"]["partners_archived"] == 1
