"""The command line's options do what they say: export filters, demo seed and language, import that writes, bad
output paths, and a pipe closed early by the reader."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import openpyxl
import pytest

from netzplaner.cli import main
from netzplaner.services import goals, partners, queries, relationships
from netzplaner.services.workspace import Workspace

REPO = Path(__file__).resolve().parents[1]


@pytest.fixture
def two_networks(tmp_path):
    """A regional and a thematic network, each with one goal; returns the path and the goal ids by network."""
    path = tmp_path / "zwei.netzplan"
    with Workspace.create(path) as ws:
        own = ws.execute(partners.create_partner(ws, name="Eigen", kind="company", is_own_firm=True,
                                                 dimensions=["regional", "thematic"])).entity_id
        kammer = ws.execute(partners.create_partner(ws, name="Kammer", kind="association",
                                                    dimensions=["regional"])).entity_id
        uni = ws.execute(partners.create_partner(ws, name="Uni", kind="university",
                                                 dimensions=["thematic"])).entity_id
        ws.execute(relationships.create_relationship(ws, own, kammer, kind="membership", strength=2))
        ws.execute(relationships.create_relationship(ws, own, uni, kind="research_project", strength=3))
        ids = {}
        for dimension, title in (("regional", "Fachkräfte gewinnen"), ("thematic", "Digitaler Zwilling")):
            ids[dimension] = ws.execute(goals.create_goal(ws, title=title, benefit="innovation",
                                                          dimension=dimension)).entity_id
            ws.execute(goals.create_action(ws, ids[dimension], title=f"Schritt für {title}"))
        ws.save()
    return path, ids


def _column(sheet, header: str) -> list:
    rows = list(sheet.iter_rows(values_only=True))
    index = rows[0].index(header)
    return [row[index] for row in rows[1:] if any(row)]


def test_export_with_goal_keeps_only_that_goal(two_networks, tmp_path):
    doc, ids = two_networks
    out = tmp_path / "ziel.xlsx"
    assert main(["export", str(doc), "-o", str(out), "--lang", "en", "--no-map", "--goal", ids["thematic"]]) == 0
    wb = openpyxl.load_workbook(out)
    assert _column(wb["Goals"], "Goal") == ["Digitaler Zwilling"]
    assert _column(wb["Action plan"], "Goal") == ["Digitaler Zwilling"]


def test_export_with_dimension_keeps_only_that_network(two_networks, tmp_path):
    doc, _ = two_networks
    out = tmp_path / "regional.xlsx"
    assert main(["export", str(doc), "-o", str(out), "--lang", "en", "--no-map", "--dimension", "regional"]) == 0
    wb = openpyxl.load_workbook(out)
    assert _column(wb["Goals"], "Goal") == ["Fachkräfte gewinnen"]
    assert sorted(_column(wb["Partners"], "Name")) == ["Eigen", "Kammer"]  # the university is thematic only


def test_export_without_no_map_has_the_map_sheet_and_with_it_none(two_networks, tmp_path):
    doc, _ = two_networks
    with_map, without = tmp_path / "mit.xlsx", tmp_path / "ohne.xlsx"
    assert main(["export", str(doc), "-o", str(with_map), "--lang", "en"]) == 0
    assert main(["export", str(doc), "-o", str(without), "--lang", "en", "--no-map"]) == 0
    assert "Network map" in openpyxl.load_workbook(with_map).sheetnames
    assert "Network map" not in openpyxl.load_workbook(without).sheetnames


def _partner_names(path: Path) -> list[str]:
    with Workspace.open(path, read_only=True) as ws:
        return sorted(p.name for p in queries.list_partners(ws))


def test_demo_seed_makes_the_same_network_again_and_another_seed_another(tmp_path, capsys):
    one, again, other = (tmp_path / f"{name}.netzplan" for name in ("eins", "nochmal", "anders"))
    assert main(["demo", str(one), "--partners", "40", "--seed", "7"]) == 0
    assert main(["demo", str(again), "--partners", "40", "--seed", "7"]) == 0
    assert main(["demo", str(other), "--partners", "40", "--seed", "8"]) == 0
    assert len(_partner_names(one)) == 40
    assert _partner_names(one) == _partner_names(again)
    assert _partner_names(one) != _partner_names(other)


def test_demo_lang_en_writes_english_texts(tmp_path):
    english, german = tmp_path / "en.netzplan", tmp_path / "de.netzplan"
    assert main(["demo", str(english), "--lang", "en"]) == 0
    assert main(["demo", str(german)]) == 0
    with Workspace.open(english, read_only=True) as ws:
        english_goals = {g.title for g in queries.list_goals(ws)}
    with Workspace.open(german, read_only=True) as ws:
        german_goals = {g.title for g in queries.list_goals(ws)}
    assert "Win skilled workers in the region" in english_goals
    assert not english_goals & german_goals


def test_import_without_dry_run_changes_and_saves_the_document(tmp_path, capsys):
    doc = tmp_path / "ziel.netzplan"
    with Workspace.create(doc) as ws:
        ws.execute(partners.create_partner(ws, name="Eigen", kind="company", is_own_firm=True))
        ws.save()
    listing = tmp_path / "partner.csv"
    listing.write_text("Name,City\nHochschule Albstadt,Albstadt\nKammer Reutlingen,Reutlingen\n", encoding="utf-8")
    assert main(["import", str(doc), str(listing), "--dry-run"]) == 0
    assert _partner_names(doc) == ["Eigen"]  # the dry run wrote nothing
    assert main(["import", str(doc), str(listing)]) == 0
    assert _partner_names(doc) == ["Eigen", "Hochschule Albstadt", "Kammer Reutlingen"]  # saved: a new open sees it


@pytest.mark.parametrize("command", ["export", "render"])
def test_an_output_into_a_missing_folder_is_one_sentence(two_networks, tmp_path, capsys, command):
    doc, _ = two_networks
    suffix = ".xlsx" if command == "export" else ".png"
    out = tmp_path / "nirgends" / f"ausgabe{suffix}"
    assert main([command, str(doc), "-o", str(out)]) == 1
    err = capsys.readouterr().err
    assert err.startswith("Error:") and "Traceback" not in err and len(err.strip().splitlines()) == 1
    assert not out.parent.exists()


@pytest.mark.parametrize("command", ["export", "render"])
def test_a_folder_as_output_is_one_sentence(two_networks, tmp_path, capsys, command):
    doc, _ = two_networks
    folder = tmp_path / ("mappe.xlsx" if command == "export" else "bild.png")
    folder.mkdir()
    assert main([command, str(doc), "-o", str(folder)]) == 1
    err = capsys.readouterr().err
    assert err.startswith("Error:") and "Traceback" not in err and len(err.strip().splitlines()) == 1
    assert folder.is_dir() and list(folder.iterdir()) == []


def test_a_reader_that_closes_the_pipe_early_is_no_error(two_networks):
    """``netzplaner check DOC | head -1``: the reader leaves after one line; that is success, and stderr is quiet."""
    doc, _ = two_networks
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    proc = subprocess.Popen([sys.executable, "-m", "netzplaner", "check", str(doc)], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, env=env)
    proc.stdout.close()  # closed before the first line is written: every write meets a broken pipe
    _, err = proc.communicate(timeout=120)
    assert proc.returncode == 0, err.decode(errors="replace")
    assert err == b""
