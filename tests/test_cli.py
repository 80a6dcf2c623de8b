"""The command line contract: exit codes, one sentence on stderr for bad input, stable JSON keys."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from netzplaner import __version__
from netzplaner.cli import main
from netzplaner.services import goals, partners, relationships
from netzplaner.services.workspace import Workspace

REPO = Path(__file__).resolve().parents[1]


@pytest.fixture
def small_doc(tmp_path):
    path = tmp_path / "klein.netzplan"
    with Workspace.create(path) as ws:
        own = ws.execute(partners.create_partner(ws, name="Eigen", kind="company", is_own_firm=True,
                                                 dimensions=["regional"])).entity_id
        uni = ws.execute(partners.create_partner(ws, name="Uni", kind="university",
                                                 dimensions=["regional", "thematic"])).entity_id
        ws.execute(relationships.create_relationship(ws, own, uni, kind="research_project", strength=3))
        goal = ws.execute(goals.create_goal(ws, title="Z", benefit="innovation", dimension="thematic")).entity_id
        ws.execute(goals.create_action(ws, goal, title="alt", due_date="2020-01-01"))
        ws.execute(goals.create_action(ws, goal, title="fertig", due_date="2020-01-01", status="done"))
        ws.save()
    return path


def test_version(capsys):
    with pytest.raises(SystemExit) as exit_:
        main(["--version"])
    assert exit_.value.code == 0 and capsys.readouterr().out.strip() == f"Netzplaner {__version__}"


@pytest.mark.parametrize("argv", [["check"], ["demo"], ["check", "a", "--bogus"], ["demo", "x", "--partners", "zehn"],
                                  ["demo", "x.netzplan", "--partners", "1"], ["--nonsense"]])
def test_usage_errors_exit_2(argv, capsys):
    assert main(argv) == 2
    err = capsys.readouterr().err
    assert err.startswith("netzplaner") and "Traceback" not in err


def test_check_prints_the_figures_and_recommendations(small_doc, capsys):
    assert main(["check", str(small_doc), "--lang", "en"]) == 0
    out = capsys.readouterr().out
    assert "integrity ok" in out and "Own firm: Eigen" in out
    assert "actions: 2 (1 open, 1 overdue)" in out
    assert "Thematic" in out and "Recommendations" in out
    assert main(["check", str(small_doc)]) == 0  # German by default
    assert "Empfehlungen" in capsys.readouterr().out


def test_check_json_has_stable_keys(small_doc, capsys):
    assert main(["check", str(small_doc), "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert set(report) == {"file", "schema", "as_of", "own_firm", "home_country", "totals", "dimensions",
                           "structure", "supply", "care", "plans", "recommendations"}
    assert set(report["file"]) == {"path", "size_bytes", "format", "integrity", "notices"}
    totals = report["totals"]
    assert (totals["partners"], totals["relationships"], totals["overdue_actions"]) == (2, 1, 1)
    thematic = report["dimensions"]["thematic"]
    assert (thematic["partners"], thematic["relationships"], thematic["goals"], thematic["open_actions"]) \
        == (1, 1, 1, 1)
    assert all({"rank", "rule", "severity", "text"} <= set(r) for r in report["recommendations"])


def test_check_leaves_the_document_alone_and_works_while_it_is_open(small_doc, capsys):
    before = small_doc.read_bytes()
    with Workspace.open(small_doc):  # another program holds it: check reads read-only
        assert main(["check", str(small_doc)]) == 0
    assert small_doc.read_bytes() == before


def test_check_reads_the_file_once_and_checks_its_integrity_once(small_doc, monkeypatch, capsys):
    """The file check made on opening is the one reported: no second read of the file, no second checksum."""
    from netzplaner.store import checksum, file_check

    calls = {"read": 0, "integrity": 0}

    def counted(key, func):
        def wrapper(*args, **kwargs):
            calls[key] += 1
            return func(*args, **kwargs)
        return wrapper

    monkeypatch.setattr(file_check, "_copy_main_file", counted("read", file_check._copy_main_file))
    monkeypatch.setattr(checksum, "verify", counted("integrity", checksum.verify))
    assert main(["check", str(small_doc), "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["file"]["integrity"] == "ok"
    assert calls == {"read": 1, "integrity": 1}


@pytest.mark.parametrize("content, words", [(b"", "is empty"), (b"Name;Ort\n", "not a Netzplaner document")])
def test_check_of_a_bad_file_is_one_sentence(tmp_path, capsys, content, words):
    bad = tmp_path / "kaputt.netzplan"
    bad.write_bytes(content)
    assert main(["check", str(bad)]) == 1
    err = capsys.readouterr().err
    assert words in err and err.count("\n") == 1 and "Traceback" not in err


def test_check_of_a_missing_file(tmp_path, capsys):
    assert main(["check", str(tmp_path / "fehlt.netzplan")]) == 1
    assert "does not exist" in capsys.readouterr().err


def test_demo_refuses_to_overwrite_without_force(tmp_path, capsys):
    target = tmp_path / "demo.netzplan"
    target.write_bytes(b"mine")
    assert main(["demo", str(target)]) == 1
    assert "already exists" in capsys.readouterr().err and target.read_bytes() == b"mine"


def test_demo_into_a_missing_folder(tmp_path, capsys):
    assert main(["demo", str(tmp_path / "nirgends" / "demo.netzplan")]) == 1
    assert "does not exist" in capsys.readouterr().err


def test_python_dash_m_runs_the_same_entry_point(tmp_path, small_doc):
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    result = subprocess.run([sys.executable, "-m", "netzplaner", "check", str(small_doc), "--json"],
                            capture_output=True, text=True, env=env, timeout=120)
    assert result.returncode == 0 and json.loads(result.stdout)["totals"]["partners"] == 2


def test_selftest_option_runs_the_self_test(monkeypatch):
    from netzplaner import selftest

    monkeypatch.setattr(selftest, "run", lambda: 7)
    assert main(["--selftest"]) == 7


def test_the_windowed_windows_program_prints_into_the_console_it_was_started_from(monkeypatch, tmp_path):
    import ctypes
    import types

    from netzplaner import cli

    attached = []
    kernel32 = types.SimpleNamespace(AttachConsole=lambda pid: attached.append(pid) or 1)
    monkeypatch.setattr(ctypes, "windll", types.SimpleNamespace(kernel32=kernel32), raising=False)
    monkeypatch.setattr(cli.sys, "platform", "win32")
    monkeypatch.setattr(cli.sys, "stdout", None)  # what a windowed program has
    monkeypatch.setattr(cli.sys, "stderr", None)
    monkeypatch.chdir(tmp_path)  # "CONOUT$" is an ordinary file name here
    cli._attach_console()
    assert attached == [-1] and cli.sys.stdout is not None and cli.sys.stderr is cli.sys.stdout
    cli.sys.stdout.close()
