"""Formula injection and Excel's limits: every dangerous prefix stays text, every limit is kept."""

from __future__ import annotations

import re
import zipfile
from datetime import date

import openpyxl
import pytest

from netzplaner.domain.entities import Action, Goal, Partner, Relationship
from netzplaner.domain.enums import Benefit, Dimension, PartnerKind, RelationshipKind
from netzplaner.io.board_workbook import BoardData, DimensionFigures, write_board_workbook
from netzplaner.io.safe_text import (
    CELL_LIMIT,
    DANGEROUS_PREFIXES,
    LIST_VALIDATION_LIMIT,
    SHEET_TITLE_LIMIT,
    cell_text,
    csv_text,
    from_csv_text,
    header_footer_text,
    is_dangerous,
    list_validation,
    needs_quote,
    sheet_title,
    table_name,
)

PAYLOADS = ["=1+1", "=HYPERLINK(\"http://evil.example\",\"klick\")", "+49 7433 555", "-2+3", "@SUM(A1:A2)",
            "\t=1+1", "\r=1+1", "=cmd|' /C calc'!A0"]


@pytest.mark.parametrize("prefix", DANGEROUS_PREFIXES)
def test_each_dangerous_prefix_is_recognised_and_quoted_for_csv(prefix):
    text = prefix + "SUM(1,2)"
    assert is_dangerous(text)
    assert csv_text(text) == "'" + cell_text(text)  # a leading CR is written as LF, quoted all the same
    assert from_csv_text(csv_text(text)) == cell_text(text)


@pytest.mark.parametrize("text", ["Hochschule Nord", "", "1+1", "E-Mail", " =x", "Ölpreis"])
def test_harmless_text_is_left_alone(text):
    assert not is_dangerous(text)
    assert csv_text(text) == text
    assert from_csv_text(text) == text


def test_cell_text_clamps_to_excels_limit_and_drops_illegal_characters():
    long = "x" * (CELL_LIMIT + 5000)
    clamped = cell_text(long)
    assert len(clamped) == CELL_LIMIT and clamped.endswith("…")
    assert cell_text("a\x00b\x07c\x1fd") == "abcd"
    assert cell_text("eins\r\nzwei\rdrei") == "eins\nzwei\ndrei"
    assert cell_text("Tab\tbleibt") == "Tab\tbleibt"


def test_sheet_titles_are_valid_unique_and_short():
    assert sheet_title("Plan [2026]: A/B?*\\") == "Plan -2026-- A-B---"
    long = sheet_title("Maßnahmenplan für das Netzwerk Eyachtal 2026")
    assert long == "Maßnahmenplan für das Netzwerk"  # 31 characters cut, the trailing blank dropped
    assert sheet_title("Ziele", ["ziele"]) == "Ziele (2)"
    assert sheet_title("History") == "Tabelle" and sheet_title("''") == "Tabelle"
    taken = []
    for _ in range(12):
        taken.append(sheet_title("x" * 40, taken))
    assert len({t.casefold() for t in taken}) == 12 and all(len(t) <= SHEET_TITLE_LIMIT for t in taken)
    assert all(not re.search(r"[\[\]:*?/\\]", t) for t in taken)


def test_table_names_are_valid_and_unique():
    assert table_name("Maßnahmen Plan") == "Maßnahmen_Plan"
    assert table_name("A1") == "T_A1" and table_name("R1C1") == "T_R1C1" and table_name("2026") == "T_2026"
    names: list[str] = []
    for _ in range(5):
        names.append(table_name("Goals", names))
    assert len({n.casefold() for n in names}) == 5


def test_drop_down_lists_stay_under_255_characters():
    assert list_validation(["Offen", "In Arbeit"]) == '"Offen,In Arbeit"'
    with pytest.raises(ValueError):
        list_validation(["x" * 100, "y" * 100, "z" * 100])
    with pytest.raises(ValueError):
        list_validation(["a,b"])
    fits = ["x" * 50] * 5  # 5 * 50 + 4 commas = 254
    assert len(list_validation(fits)) - 2 <= LIST_VALIDATION_LIMIT


def test_header_footer_doubles_ampersands():
    assert header_footer_text("Müller & Söhne") == "Müller && Söhne"
    assert len(header_footer_text("x" * 500)) <= 60


def _hostile_board(text: str) -> BoardData:
    own = Partner("p0", text + " GmbH", PartnerKind.COMPANY, frozenset({Dimension.REGIONAL}), is_own_firm=True)
    other = Partner("p1", text, PartnerKind.SUPPLIER, frozenset({Dimension.INTERNATIONAL}), city=text,
                    industry=text, tags=(text,))
    goal = Goal("g1", text, Benefit.RESILIENCE, owner=text, kpi_name=text, kpi_unit=text[:30],
                kpi_baseline=1, kpi_target=2, kpi_current=1.5)
    action = Action("a1", "g1", text, owner=text, due_date=date(2026, 1, 1), partner_id="p1")
    rel = Relationship("r1", "p0", "p1", RelationshipKind.SUPPLY, 3)
    return BoardData(firm=text, as_of=date(2026, 11, 1), partners=[own, other], relationships=[rel],
                     goals=[goal], actions=[action], figures=[DimensionFigures(Dimension.REGIONAL, 1),
                                                              DimensionFigures(None, 2)],
                     recommendations=[text, text], extract=text)


@pytest.mark.parametrize("payload", PAYLOADS)
def test_no_user_text_becomes_a_formula_in_the_workbook(tmp_path, payload):
    path = write_board_workbook(_hostile_board(payload), tmp_path / "plan.xlsx")
    expected = cell_text(payload)
    wb = openpyxl.load_workbook(path)
    hits = 0
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            for cell in row:
                if cell.data_type == "f":
                    assert str(cell.value).startswith("=IF(AND(ISNUMBER("), (ws.title, cell.coordinate, cell.value)
                elif isinstance(cell.value, str) and (is_dangerous(cell.value) or needs_quote(cell.value)):
                    assert cell.data_type == "s" and cell.quotePrefix, (ws.title, cell.coordinate)
                if isinstance(cell.value, str) and expected in cell.value:
                    hits += 1
    assert hits >= 10  # the text arrived on the cover and in every data sheet
    if payload.startswith("\r"):
        assert any(c.value == expected and c.quotePrefix for ws in wb.worksheets for row in ws.iter_rows()
                   for c in row)
    with zipfile.ZipFile(path) as zf:  # and in the file itself no formula but our own
        for name in zf.namelist():
            if name.startswith("xl/worksheets/sheet"):
                formulas = re.findall(r"<f>(.*?)</f>", zf.read(name).decode())
                assert all(f.startswith("IF(AND(ISNUMBER(") for f in formulas), name


def test_oversized_texts_are_clamped_in_every_sheet(tmp_path):
    path = write_board_workbook(_hostile_board("Ü" * 40_000), tmp_path / "plan.xlsx")
    wb = openpyxl.load_workbook(path)
    longest = max(len(c.value) for ws in wb.worksheets for row in ws.iter_rows() for c in row
                  if isinstance(c.value, str))
    assert longest == CELL_LIMIT
    for ws in wb.worksheets:
        for part in (ws.oddHeader.left, ws.oddHeader.center):
            assert len(part.text or "") <= 255
