"""The board workbook: every sheet, table, drop-down list, conditional format and print setting, in both languages."""

from __future__ import annotations

import os
import struct
import zipfile
import zlib
from datetime import date, datetime

import openpyxl
import pytest

from netzplaner.domain.enums import ActionStatus, Dimension, GoalStatus
from netzplaner.domain.errors import NetzplanerError
from netzplaner.domain.vocabulary import label
from netzplaner.io import board_workbook
from netzplaner.io.safe_text import CELL_LIMIT, LIST_VALIDATION_LIMIT, SHEET_TITLE_LIMIT
from netzplaner.services import network_check, queries
from netzplaner.services.demo import write_demo
from netzplaner.services.export import board_data, export_board_workbook
from netzplaner.services.workspace import Workspace

TODAY = date(2026, 11, 1)
SHEETS_DE = ["Übersicht", "Ziele", "Maßnahmenplan", "Partner", "Beziehungen"]
SHEETS_EN = ["Overview", "Goals", "Action plan", "Partners", "Relationships"]


def png(width: int = 40, height: int = 30) -> bytes:
    raw = b"".join(b"\x00" + bytes((x + y) % 256 for x in range(width * 3)) for y in range(height))

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b""))


@pytest.fixture
def demo(tmp_path):
    path = tmp_path / "demo.netzplan"
    write_demo(path, today=TODAY)
    with Workspace.open(path, read_only=True) as ws:
        yield ws


def _header(ws) -> list[str]:
    return [c.value for c in ws[1]]


def _column(ws, name: str) -> list:
    index = _header(ws).index(name)
    return [row[index] for row in ws.iter_rows(min_row=2, values_only=True)]


def test_demo_workbook_reopens_with_every_sheet_table_and_setting(demo, tmp_path):
    path = export_board_workbook(demo, tmp_path / "plan.xlsx", today=TODAY, map_png=png(),
                                 recommendations=["Hochschule stärker einbinden."])
    wb = openpyxl.load_workbook(path)
    visible = [ws.title for ws in wb.worksheets if ws.sheet_state == "visible"]
    assert visible == [*SHEETS_DE, "Netzwerkkarte"]
    assert wb.sheetnames[-1] == "_netzplaner_export" and wb.worksheets[-1].sheet_state == "veryHidden"
    assert wb.active.title == "Übersicht"
    assert wb.calculation.fullCalcOnLoad
    counts = {"Ziele": len(queries.list_goals(demo)), "Maßnahmenplan": len(queries.list_actions(demo)),
              "Partner": len(queries.list_partners(demo)), "Beziehungen": len(queries.list_relationships(demo))}
    tables = []
    for title, count in counts.items():
        ws = wb[title]
        assert ws.max_row == count + 1, title
        (table,) = ws.tables.values()
        tables.append(table.displayName)
        assert table.ref == f"A1:{ws.cell(1, ws.max_column).column_letter}{count + 1}"
        assert table.autoFilter is not None and table.autoFilter.ref == table.ref
        assert [c.name for c in table.tableColumns] == _header(ws)
        assert ws.freeze_panes in ("A2", "B2", "C2")
        assert ws.print_title_rows == "$1:$1"
        assert ws.page_setup.orientation == "landscape" and int(ws.page_setup.paperSize) == 9  # A4
        assert ws.page_setup.fitToWidth == 1 and ws.page_setup.fitToHeight == 0
        assert ws.sheet_properties.pageSetUpPr.fitToPage
        assert "Eyachtal" in ws.oddHeader.left.text and ws.oddHeader.right.text == "01.11.2026"
        assert "&P" in ws.oddFooter.center.text and "&N" in ws.oddFooter.center.text
        id_letter = ws.cell(1, _header(ws).index("ID") + 1).column_letter
        assert ws.column_dimensions[id_letter].hidden
        assert all(isinstance(v, str) and len(v) == 32 for v in _column(ws, "ID"))
        for col in range(1, ws.max_column + 1):
            letter = ws.cell(1, col).column_letter
            assert 5 <= ws.column_dimensions[letter].width <= 60, (title, letter)
    assert len({t.casefold() for t in tables}) == len(tables)
    cover = wb["Übersicht"]
    texts = [c.value for row in cover.iter_rows() for c in row if isinstance(c.value, str)]
    assert "Eyachtal Präzisionsmaschinen GmbH" in texts and "Stand: 01.11.2026" in texts
    assert any("Hochschule stärker einbinden." in t for t in texts)
    assert {"Regional", "Fachlich", "International", "Gesamt"} <= set(texts)
    with zipfile.ZipFile(path) as zf:
        names = zf.namelist()
        assert sum(n.startswith("xl/charts/chart") for n in names) == 3  # partners, quality, goal progress
        assert zf.read("xl/media/image1.png") == png()


def test_action_plan_has_dates_drop_downs_and_conditional_formats(demo, tmp_path):
    path = export_board_workbook(demo, tmp_path / "plan.xlsx", today=TODAY)
    ws = openpyxl.load_workbook(path)["Maßnahmenplan"]
    header = _header(ws)
    assert header[:8] == ["Ziel", "Maßnahme", "Verantwortlich", "Start", "Fällig am", "Status", "Priorität",
                          "Aufwand (Personentage)"]
    last = ws.max_row
    due = [row[header.index("Fällig am")] for row in ws.iter_rows(min_row=2)]
    assert all(isinstance(c.value, datetime) and c.number_format == "DD.MM.YYYY" for c in due if c.value)
    statuses = {label(s) for s in ActionStatus}
    assert set(_column(ws, "Status")) <= statuses
    (dv,) = ws.data_validations.dataValidation
    assert dv.type == "list" and dv.formula1 == '"Offen,In Arbeit,Erledigt,Blockiert"'
    assert str(dv.sqref) == f"F2:F{last}" and dv.showErrorMessage
    assert len(dv.formula1) - 2 <= LIST_VALIDATION_LIMIT
    assert len(dv.errorTitle) <= 32 and len(dv.error) <= 255
    rules = sorted(((str(cf.sqref), r) for cf in ws.conditional_formatting for r in cf.rules),
                   key=lambda rule: rule[1].priority)
    # done and blocked colour every row; overdue only the rows under a current goal (domain.plan.is_overdue;
    # tests/test_facts_once.py checks each row against the rule)
    assert [sqref for sqref, _ in rules][::2] == [f"A2:K{last}"] * 2
    first = int(rules[1][0].split(":")[0][1:])
    formulas = [r.formula[0] for _, r in rules]
    assert formulas == ['$F2="Erledigt"', f'AND($F{first}<>"Erledigt",ISNUMBER($E{first}),$E{first}<TODAY())',
                        '$F2="Blockiert"']
    assert all(r.dxf.fill is not None for _, r in rules)
    # the demo has overdue and done actions, so both formats show
    rows = list(ws.iter_rows(min_row=2, values_only=True))
    assert any(r[5] != "Erledigt" and r[4] and r[4].date() < TODAY for r in rows)
    assert any(r[5] == "Erledigt" for r in rows)


def test_goals_sheet_has_status_list_progress_formula_and_data_bar(demo, tmp_path):
    path = export_board_workbook(demo, tmp_path / "plan.xlsx", today=TODAY)
    ws = openpyxl.load_workbook(path)["Ziele"]
    header = _header(ws)
    (dv,) = ws.data_validations.dataValidation
    assert dv.formula1 == '"' + ",".join(label(s) for s in GoalStatus) + '"'
    progress = header.index("Fortschritt")
    assert all(str(row[progress].value).startswith("=IF(AND(ISNUMBER(J") for row in ws.iter_rows(min_row=2))
    kinds = {r.type for cf in ws.conditional_formatting for r in cf.rules}
    assert kinds == {"dataBar"}
    target = [c for c in _column(ws, "Zieltermin") if c is not None]
    assert target and all(isinstance(c, datetime) for c in target)


def test_relationships_sheet_carries_latest_scores_and_quality(demo, tmp_path):
    path = export_board_workbook(demo, tmp_path / "plan.xlsx", today=TODAY)
    ws = openpyxl.load_workbook(path)["Beziehungen"]
    latest = queries.latest_assessments(demo)
    by_id = dict(zip(_column(ws, "ID"), _column(ws, "Qualitätsindex")))
    assert {rid: q for rid, q in by_id.items() if q is not None} == {
        rid: a.quality_index for rid, a in latest.items() if a.quality_index is not None}
    assert {r.type for cf in ws.conditional_formatting for r in cf.rules} == {"colorScale"}


def test_english_workbook(demo, tmp_path):
    path = export_board_workbook(demo, tmp_path / "plan.xlsx", lang="en", today=TODAY)
    wb = openpyxl.load_workbook(path)
    assert [ws.title for ws in wb.worksheets if ws.sheet_state == "visible"] == SHEETS_EN
    ws = wb["Action plan"]
    assert _header(ws)[:6] == ["Goal", "Action", "Responsible", "Start", "Due", "Status"]
    assert set(_column(ws, "Status")) <= {label(s, "en") for s in ActionStatus}
    assert ws.data_validations.dataValidation[0].formula1 == '"Open,In progress,Done,Blocked"'
    assert ws["D2"].number_format == "YYYY-MM-DD"
    assert "Page &P of &N" in ws.oddFooter.center.text


def test_every_limit_holds(demo, tmp_path):
    path = export_board_workbook(demo, tmp_path / "plan.xlsx", today=TODAY, map_png=png())
    wb = openpyxl.load_workbook(path)
    table_names = []
    for ws in wb.worksheets:
        assert len(ws.title) <= SHEET_TITLE_LIMIT and not set(ws.title) & set("[]:*?/\\")
        table_names += [t.casefold() for t in ws.tables]
        for dv in ws.data_validations.dataValidation:
            assert len(dv.formula1) <= LIST_VALIDATION_LIMIT + 2
        for row in ws.iter_rows():
            for cell in row:
                assert not isinstance(cell.value, str) or len(cell.value) <= CELL_LIMIT
    assert len(table_names) == len(set(table_names)) == 4


def test_key_figures_agree_with_the_check(demo):
    """The cover's figures are the check's (one function): current goals only, open actions under them."""
    data = board_data(demo, today=TODAY)
    check = network_check.check_network(demo, TODAY).result
    assert list(data.figures[:-1]) == list(check.dimensions)
    for f in data.figures[:-1]:
        assert f.assessed <= f.relationships and (f.mean_quality is None or 0 <= f.mean_quality <= 100)
    total = data.figures[-1]
    summary = queries.summary(demo, TODAY)
    assert (total.partners, total.relationships, total.assessed, total.goals, total.open_actions,
            total.overdue_actions) == (check.partners, check.relationships, check.assessed_relationships,
                                       check.live_goals, check.open_actions, len(check.overdue_actions))
    assert summary.by_dimension == {f.dimension: f for f in check.dimensions}
    # the demo holds an achieved regional and a dropped international goal: they are not counted
    assert [f.goals for f in data.figures[:-1]] == [1, 2, 2]


def test_extract_of_some_dimensions_and_goals(demo, tmp_path):
    regional = board_data(demo, dimensions=["regional"], today=TODAY)
    assert all(p.is_own_firm or Dimension.REGIONAL in p.dimensions for p in regional.partners)
    assert regional.goals and all(g.dimension == Dimension.REGIONAL for g in regional.goals)
    assert {a.goal_id for a in regional.actions} <= {g.id for g in regional.goals}
    assert [f.dimension for f in regional.figures] == [Dimension.REGIONAL, None]
    assert regional.extract == "Regional"
    goals = queries.list_goals(demo)
    chosen = [goals[0].id, goals[1].id]
    path = export_board_workbook(demo, tmp_path / "two.xlsx", goal_ids=chosen, today=TODAY)
    wb = openpyxl.load_workbook(path)
    assert set(_column(wb["Ziele"], "ID")) == set(chosen)
    assert set(_column(wb["Maßnahmenplan"], "Ziel")) == {goals[0].title, goals[1].title}
    assert len(_column(wb["Partner"], "ID")) == len(queries.list_partners(demo))
    with pytest.raises(NetzplanerError):
        board_data(demo, goal_ids=["nope"])
    with pytest.raises(NetzplanerError):
        board_data(demo, dimensions=["galactic"])


def test_empty_document_gives_a_valid_workbook(ws, tmp_path):
    path = export_board_workbook(ws, tmp_path / "empty.xlsx", today=TODAY)
    wb = openpyxl.load_workbook(path)
    assert wb["Maßnahmenplan"].tables["ActionPlan"].ref == "A1:K2"
    assert wb["Ziele"].max_row == 2 and _column(wb["Ziele"], "ID") == [None]


def test_progress_is_reported_and_ends_complete(demo, tmp_path):
    seen = []
    export_board_workbook(demo, tmp_path / "plan.xlsx", today=TODAY, progress=lambda d, t: seen.append((d, t)))
    total = seen[0][1]
    assert seen[0] == (0, total) and seen[-1] == (total, total) and total > 100
    assert [d for d, _ in seen] == sorted(d for d, _ in seen)


def test_a_failed_export_leaves_no_file_behind(demo, tmp_path, monkeypatch):
    target = tmp_path / "plan.xlsx"
    target.write_bytes(b"the previous export")

    def broken(*args, **kwargs):
        raise OSError("disk full")
    monkeypatch.setattr(board_workbook, "save_streamed", broken)
    with pytest.raises(NetzplanerError, match="plan.xlsx could not be written"):  # a sentence, no traceback
        export_board_workbook(demo, target, today=TODAY)
    assert target.read_bytes() == b"the previous export"
    assert not [n for n in os.listdir(tmp_path) if n.endswith(".part")]


def test_missing_folder_is_one_clear_sentence(demo, tmp_path):
    with pytest.raises(NetzplanerError, match="does not exist"):
        export_board_workbook(demo, tmp_path / "nowhere" / "plan.xlsx", today=TODAY)


def test_not_a_png_is_refused(demo, tmp_path):
    with pytest.raises(ValueError):
        export_board_workbook(demo, tmp_path / "plan.xlsx", today=TODAY, map_png=b"GIF89a")
    assert not (tmp_path / "plan.xlsx").exists()
