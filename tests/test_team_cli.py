"""The command line on a team network (issue 14): ``team init|grant``, and ``check|export|render`` of a URL like a
file; one sentence and exit code 1 for each way connecting fails, never the password."""

from __future__ import annotations

import json

import openpyxl
import pytest

from netzplaner.cli import main
from netzplaner.services import partners
from netzplaner.services.workspace import Workspace
from tests.conftest import with_own_firm
from tests.pg_server import SUPERUSER_PASSWORD, _free_port


@pytest.fixture
def team_url(pg_server):
    url = pg_server.new_database()
    assert main(["team", "init", url]) == 0
    with with_own_firm(Workspace.open(url)) as ws:
        ws.execute(partners.create_partner(ws, name="Hochschule Zollernalb", kind="university",
                                           dimensions=["regional"], city="Albstadt"))
    return url


def test_team_init_names_the_group_roles_and_never_the_password(pg_server, capsys):
    url = pg_server.new_database()
    dbname = url.rsplit("/", 1)[1]
    assert main(["team", "init", url]) == 0
    out = capsys.readouterr().out
    assert f"{dbname}_editor" in out and f"{dbname}_reader" in out and SUPERUSER_PASSWORD not in out
    assert main(["team", "init", url]) == 1
    assert "already holds a team network" in capsys.readouterr().err


def test_team_grant_makes_a_reader(pg_server, team_url, capsys):
    user = "leser_" + team_url.rsplit("/", 1)[1]
    assert main(["team", "grant", team_url, user, "--role", "reader"]) == 0
    assert f"{user} is now a reader" in capsys.readouterr().out
    assert main(["team", "grant", team_url, user, "--role", "boss"]) == 2  # argparse: a usage error
    assert main(["team", "grant", "netz.netzplan", user, "--role", "reader"]) == 1


def test_check_json_of_a_team_network(team_url, capsys):
    assert main(["check", team_url, "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["file"]["path"] == team_url.replace(f":{SUPERUSER_PASSWORD}", "")
    assert report["file"]["integrity"] == "server" and report["file"]["size_bytes"] is None
    assert report["file"]["format"] >= 1
    assert main(["check", team_url]) == 0
    first = capsys.readouterr().out.splitlines()[0]
    assert first.endswith("Netzplaner team network, format {}, kept on the server".format(report["file"]["format"]))
    assert SUPERUSER_PASSWORD not in first


def test_export_of_a_team_network_writes_the_board_workbook(team_url, tmp_path, capsys):
    out = tmp_path / "netz.xlsx"
    assert main(["export", team_url, "-o", str(out), "--no-map"]) == 0
    workbook = openpyxl.load_workbook(out, read_only=True)
    cells = {str(c) for sheet in workbook.worksheets for row in sheet.iter_rows(values_only=True) for c in row}
    assert "Hochschule Zollernalb" in cells
    assert "Board workbook written" in capsys.readouterr().out


@pytest.mark.parametrize("case", ["password", "unreachable", "no_database"])
def test_connecting_fails_with_one_sentence_and_exit_code_1(pg_server, team_url, case, capsys):
    dbname = team_url.rsplit("/", 1)[1]
    url = {"password": pg_server.url_for(dbname, "postgres", "ganz-falsch-42"),
           "unreachable": f"postgresql://postgres:ganz-falsch-42@127.0.0.1:{_free_port()}/{dbname}",
           "no_database": pg_server.url_for("gibt_es_nicht", "postgres", "ganz-falsch-42")}[case]
    if case == "no_database":
        url = url.replace("ganz-falsch-42", SUPERUSER_PASSWORD)
    assert main(["check", url]) == 1
    captured = capsys.readouterr()
    assert captured.out == ""
    lines = captured.err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("Error: ")
    assert {"password": "refused the password", "unreachable": "cannot be reached",
            "no_database": "There is no database"}[case] in lines[0]
    assert "ganz-falsch-42" not in captured.err and SUPERUSER_PASSWORD not in captured.err
