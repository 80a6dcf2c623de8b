"""Windows semantics, simulated: a file held by another program, names and path lengths Windows refuses, and a
cp1252 console."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from netzplaner import cli
from netzplaner.domain import files
from netzplaner.domain.errors import NetzplanerError
from netzplaner.domain.files import windows_name_problem
from netzplaner.io.files import atomic_write
from netzplaner.services import partners, queries
from netzplaner.services.workspace import Workspace
from netzplaner.store.document import Document

REPO = Path(__file__).resolve().parents[1]


class HeldByExcel:
    """``os.replace`` as Windows does it while another program holds the target: PermissionError."""

    def __init__(self, refusals: int) -> None:
        self.refusals = refusals
        self.calls = 0
        self.real = os.replace

    def __call__(self, src, dst):
        self.calls += 1
        if self.calls <= self.refusals:
            raise PermissionError(13, "The process cannot access the file because it is being used by another "
                                      "process", str(dst))
        return self.real(src, dst)


@pytest.fixture
def no_sleep(monkeypatch):
    pauses = []
    monkeypatch.setattr(files.time, "sleep", pauses.append)
    return pauses


def _names(path: Path) -> list[str]:
    with Workspace.open(path, read_only=True) as ws:
        return sorted(p.name for p in queries.list_partners(ws))


def test_save_retries_while_another_program_holds_the_file_for_a_moment(tmp_path, monkeypatch, no_sleep):
    path = tmp_path / "doc.netzplan"
    with Workspace.create(path) as ws:
        ws.execute(partners.create_partner(ws, name="A", kind="company"))
        held = HeldByExcel(refusals=2)
        monkeypatch.setattr(os, "replace", held)
        ws.save()
        monkeypatch.setattr(os, "replace", held.real)
    assert held.calls == 3 and no_sleep == [0.1, 0.2]  # a short, growing back-off
    assert _names(path) == ["A"]


def test_save_gives_up_with_a_sentence_and_loses_nothing(tmp_path, monkeypatch, no_sleep):
    path = tmp_path / "doc.netzplan"
    with Workspace.create(path) as ws:
        ws.execute(partners.create_partner(ws, name="Gespeichert", kind="company"))
        ws.save()
        before = path.read_bytes()
        ws.execute(partners.create_partner(ws, name="Neu", kind="company"))
        held = HeldByExcel(refusals=99)
        with monkeypatch.context() as patch:
            patch.setattr(os, "replace", held)
            with pytest.raises(NetzplanerError) as caught:
                ws.save()
        message = str(caught.value)
        assert "another program" in message and "Excel" in message and "doc.netzplan" in message
        assert ".tmp" not in message and held.calls == files.REPLACE_ATTEMPTS
        assert sum(no_sleep) < 2  # the user waits a moment, not a minute
        assert path.read_bytes() == before and ws.modified
        assert sorted(p.name for p in tmp_path.iterdir()) == ["doc.netzplan", "doc.netzplan.lock"]
        assert sorted(p.name for p in queries.list_partners(ws)) == ["Gespeichert", "Neu"]  # the working copy
        ws.save()  # Excel closed: the next save goes through
    assert _names(path) == ["Gespeichert", "Neu"]


def test_an_export_held_by_excel_is_one_sentence_and_the_old_export_stays(tmp_path, monkeypatch, no_sleep):
    target = tmp_path / "plan.xlsx"
    target.write_bytes(b"the export Excel shows")
    with monkeypatch.context() as patch, pytest.raises(NetzplanerError, match="another program is using it"):
        patch.setattr(os, "replace", HeldByExcel(refusals=99))
        with atomic_write(target) as out:
            out.write(b"new")
    assert target.read_bytes() == b"the export Excel shows"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["plan.xlsx"]


@pytest.mark.parametrize("name, words", [
    ("CON", "reserves"), ("nul.netzplan", "reserves"), ("COM1.xlsx", "reserves"), ("lpt9", "reserves"),
    ("Plan.", "ends in a dot"), ("Plan ", "ends in a dot or a space"), ("a<b.csv", "character"),
    ("frage?.xlsx", "character"),
])
def test_names_windows_refuses(name, words):
    problem = windows_name_problem(Path("/tmp") / name)
    assert problem is not None and words in str(problem) and name in str(problem)


@pytest.mark.parametrize("name", ["Plan.netzplan", "CONTRACTS.xlsx", "console.csv", "COM10.xlsx", "Netz 2026.xlsx"])
def test_names_windows_accepts(name):
    assert windows_name_problem(Path("/tmp") / name) is None


def test_a_path_longer_than_windows_allows(tmp_path):
    long_path = tmp_path / ("x" * 120) / ("y" * 150 + ".netzplan")
    problem = windows_name_problem(long_path)
    assert problem is not None and "characters long" in str(problem) and "259" in str(problem)


@pytest.mark.parametrize("name, export_name", [("CON.netzplan", "CON.csv"), ("Plan.netzplan.", "nul.xlsx"),
                                               ("AUX", "Plan?.graphml")])
def test_create_save_as_and_export_refuse_such_names_and_write_nothing(tmp_path, name, export_name, capsys):
    with pytest.raises(NetzplanerError, match="Windows"):
        Document.create(tmp_path / name)
    good = tmp_path / "gut.netzplan"
    with Workspace.create(good) as ws:
        with pytest.raises(NetzplanerError, match="Windows"):
            ws.save_as(tmp_path / name)
        assert ws.path == good
    assert cli.main(["export", str(good), "-o", str(tmp_path / export_name), "--no-map"]) == 1
    assert "Windows" in capsys.readouterr().err
    assert sorted(p.name for p in tmp_path.iterdir()) == ["gut.netzplan"]


def test_the_command_line_survives_a_cp1252_console(tmp_path):
    doc = tmp_path / "konsole.netzplan"
    with Workspace.create(doc) as ws:
        ws.execute(partners.create_partner(ws, name="Müller → Söhne ★ GmbH", kind="company", is_own_firm=True))
        ws.save()
    env = {**os.environ, "PYTHONIOENCODING": "cp1252", "PYTHONPATH": str(REPO), "PYTHONUTF8": "0"}
    for args in (["check", str(doc), "--lang", "de"], ["check", str(tmp_path / "fehlt → weg.netzplan")]):
        run = subprocess.run([sys.executable, "-m", "netzplaner", *args], env=env, capture_output=True,
                             timeout=120, check=False)
        out, err = run.stdout.decode("cp1252"), run.stderr.decode("cp1252")
        assert "Traceback" not in err and "UnicodeEncodeError" not in err, err
        if args[1] == str(doc):
            assert run.returncode == 0 and "Müller ? Söhne ? GmbH" in out
        else:
            assert run.returncode == 1 and "fehlt ? weg.netzplan" in err
