"""``netzplaner import --merge ROW / --keep-apart ROW``: the command line shows the likely duplicates of a partner
list with the choice taken, changes that choice row by row, and refuses a row it cannot choose for before anything
is written."""

from __future__ import annotations

from pathlib import Path

import pytest

from netzplaner.cli import main
from netzplaner.services import queries
from netzplaner.services.workspace import Workspace

GERMAN_LIST = Path(__file__).resolve().parent / "fixtures" / "import" / "partner_list_cp1252.csv"


@pytest.fixture
def doc(tmp_path) -> Path:
    path = tmp_path / "netz.netzplan"
    assert main(["new", str(path), "--firm", "Eyach Werk"]) == 0
    return path


def _names(path: Path) -> set[str]:
    with Workspace.open(path, read_only=True) as ws:
        return {p.name for p in queries.list_partners(ws)}


def test_the_report_names_each_likely_duplicate_with_the_choice_taken(doc, capsys):
    assert main(["import", str(doc), str(GERMAN_LIST), "--dry-run", "--lang", "en"]) == 0
    out = capsys.readouterr().out
    assert "Likely duplicates (change the choice with --merge ROW or --keep-apart ROW):" in out
    assert "row 3 “HS Reutlingen” ~ row 2 “Hochschule Reutlingen”, 95 %: HS = Hochschule -> merged" in out
    assert "row 7 “Robert Bosch GmbH” ~ row 6 “Bosch”, 85 %" in out and out.rstrip().endswith("-> merged")
    assert "“Bosch”, 85 %: every word of “Bosch” is in “Robert Bosch GmbH” -> kept apart" in out


def test_merge_and_keep_apart_change_what_is_imported(doc, capsys):
    assert main(["import", str(doc), str(GERMAN_LIST), "--merge", "7", "--keep-apart", "3"]) == 0
    names = _names(doc)
    assert "HS Reutlingen" in names and "Hochschule Reutlingen" in names  # kept apart as asked
    assert "Robert Bosch GmbH" not in names and "Bosch" in names  # merged as asked
    assert "Mueller Präzisionsteile GmbH" not in names  # untouched proposals keep their default
    out = capsys.readouterr().out
    assert "row 3 “HS Reutlingen” ~ row 2 “Hochschule Reutlingen”, 95 %: HS = Hochschule -> kept apart" in out


def test_without_a_choice_the_defaults_hold(doc):
    assert main(["import", str(doc), str(GERMAN_LIST)]) == 0
    names = _names(doc)
    assert "HS Reutlingen" not in names and "Robert Bosch GmbH" in names


@pytest.mark.parametrize("args, sentence", [
    (["--merge", "6"], "netzplaner import: row 6 is not a likely duplicate (the proposals are rows: 3, 5, 7, 9)"),
    (["--merge", "7", "--keep-apart", "7"], "netzplaner import: row 7 is given to both --merge and --keep-apart"),
])
def test_a_row_that_cannot_be_chosen_is_refused_and_nothing_is_written(doc, capsys, args, sentence):
    before = doc.read_bytes()
    assert main(["import", str(doc), str(GERMAN_LIST), *args]) == 2
    assert sentence in capsys.readouterr().err
    assert doc.read_bytes() == before


def test_a_name_differing_only_in_capitals_cannot_be_kept_apart(doc, tmp_path, capsys):
    listing = tmp_path / "liste.csv"
    listing.write_text("Firma;Ort\nFeld SL;Madrid\nFELD SL;Madrid\n", encoding="utf-8")
    before = doc.read_bytes()
    assert main(["import", str(doc), str(listing), "--keep-apart", "3"]) == 2
    assert "row 3 differs from “Feld SL” only in capitals and is always the same partner" in capsys.readouterr().err
    assert doc.read_bytes() == before


def test_the_choice_is_for_partner_lists_only(doc, tmp_path, capsys):
    board = tmp_path / "beirat.xlsx"
    assert main(["export", str(doc), "-o", str(board), "--no-map"]) == 0
    assert main(["import", str(doc), str(board), "--merge", "3"]) == 2
    assert "--merge is for partner lists, not for a board workbook" in capsys.readouterr().err
