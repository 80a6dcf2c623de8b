"""Hostile names opened in a real spreadsheet program: LibreOffice evaluates not one of them as a formula.

Issue 16: a CSV field ``\\x01=1+1`` was checked for its formula prefix before its control character was removed,
so LibreOffice evaluated all 20 such cells. Here the CSV export of 100+ hostile names (every control character,
bidi overrides, formula payloads behind them) is converted by ``soffice --headless`` with "evaluate formulas" on,
and every cell must come back as the text that was written. A control file written without the sanitiser shows
that the same conversion does evaluate formulas, so the check cannot pass by accident.

Skipped only when LibreOffice (``soffice``) is not installed.
"""

from __future__ import annotations

import csv
import io
import shutil
import subprocess

import openpyxl
import pytest

from netzplaner.io.csv_export import write_partner_csv
from netzplaner.io.kumu import write_kumu_workbook

from .test_hostile_text import NAMES, hostile_data

SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")
pytestmark = [pytest.mark.skipif(SOFFICE is None, reason="LibreOffice (soffice) is not installed"),
              pytest.mark.slow]
# separator ;, quote ", UTF-8 (76), from line 1, default column types, German, quoted fields as text off,
# detect special numbers off, ... , evaluate formulas ON (token 13): the setting under which a formula would run
CSV_FILTER = "CSV:59,34,76,1,,1031,false,false,false,false,false,-1,true"


def _to_xlsx(source, tmp_path, infilter: str | None = None):
    profile = tmp_path / "lo-profile"  # a private profile: parallel runs do not share LibreOffice's lock
    command = [SOFFICE, f"-env:UserInstallation=file://{profile}", "--headless"]
    if infilter:
        command.append(f"--infilter={infilter}")
    command += ["--convert-to", "xlsx:Calc MS Excel 2007 XML", "--outdir", str(tmp_path / "lo"), str(source)]
    subprocess.run(command, check=True, capture_output=True, timeout=180)
    return openpyxl.load_workbook(tmp_path / "lo" / (source.stem + ".xlsx"))


def _formulas(wb) -> list[tuple[str, object]]:
    return [(cell.coordinate, cell.value) for ws in wb.worksheets for row in ws.iter_rows() for cell in row
            if cell.data_type == "f"]


def test_the_conversion_does_evaluate_an_unprotected_formula(tmp_path):
    raw = tmp_path / "roh.csv"
    raw.write_text("Name;ID\r\n=1+1;a\r\n", encoding="utf-8-sig")
    assert _formulas(_to_xlsx(raw, tmp_path, CSV_FILTER)) == [("A2", "=1+1")]


def test_csv_export_of_hostile_names_opens_in_libreoffice_without_a_formula(tmp_path):
    path = write_partner_csv(hostile_data(), tmp_path / "partner.csv")
    written = list(csv.reader(io.StringIO(path.read_text("utf-8-sig"), newline=""), delimiter=";"))
    wb = _to_xlsx(path, tmp_path, CSV_FILTER)
    assert _formulas(wb) == []
    opened = [[cell.value for cell in row] for row in wb.active.iter_rows()]
    assert len(opened) == len(NAMES) + 1 >= 100
    for line, (mine, theirs) in enumerate(zip(written, opened), 1):
        for column in (0, 3, 6, 8, 9):  # name, city, industry, tags, notes: the text as written, not a result
            assert theirs[column] == (mine[column] or None), (line, mine[column], theirs[column])
            assert not isinstance(theirs[column], (int, float)), (line, theirs[column])


def test_kumu_export_of_hostile_names_opens_in_libreoffice_without_a_formula(tmp_path):
    control = openpyxl.Workbook()
    control.active["A1"] = "=1+1"  # openpyxl writes this as a formula: LibreOffice keeps it one
    control.save(tmp_path / "kontrolle.xlsx")
    assert _formulas(_to_xlsx(tmp_path / "kontrolle.xlsx", tmp_path)) == [("A1", "=1+1")]
    path = write_kumu_workbook(hostile_data(), tmp_path / "kumu.xlsx")
    mine = openpyxl.load_workbook(path)
    wb = _to_xlsx(path, tmp_path)
    assert _formulas(wb) == []
    for sheet in ("Elements", "Connections"):
        for row_mine, row_theirs in zip(mine[sheet].iter_rows(), wb[sheet].iter_rows()):
            for a, b in zip(row_mine, row_theirs):
                if isinstance(a.value, str):
                    assert b.value == a.value and b.data_type == "s", (sheet, a.coordinate, a.value, b.value)
