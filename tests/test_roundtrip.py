"""The round trip: export, edit with openpyxl as the board would, import back, compare; and safe reading."""

from __future__ import annotations

import io
import shutil
import zipfile
from datetime import date, datetime

import openpyxl
import pytest

from netzplaner.domain.enums import ActionStatus, GoalStatus
from netzplaner.domain.errors import NetzplanerError
from netzplaner.io import workbook_reader
from netzplaner.services import queries
from netzplaner.services.demo import write_demo
from netzplaner.services.export import export_board_workbook
from netzplaner.services.roundtrip import import_board_workbook, plan_board_import
from netzplaner.services.workspace import Workspace

from .conftest import dump_state

TODAY = date(2026, 11, 1)


@pytest.fixture
def demo(tmp_path):
    path = tmp_path / "demo.netzplan"
    write_demo(path, today=TODAY)
    with Workspace.open(path) as ws:
        yield ws


@pytest.fixture
def exported(demo, tmp_path):
    return export_board_workbook(demo, tmp_path / "plan.xlsx", today=TODAY)


def _rows(ws) -> dict[str, int]:
    header = [c.value for c in ws[1]]
    col = header.index("ID") + 1
    return {ws.cell(r, col).value: r for r in range(2, ws.max_row + 1)}


def _col(ws, name: str) -> int:
    return [c.value for c in ws[1]].index(name) + 1


def _edit(path, out, edit):
    wb = openpyxl.load_workbook(path)
    edit(wb)
    wb.save(out)
    return out


def test_round_trip_applies_the_boards_changes_as_one_undoable_step(demo, exported, tmp_path):
    before = dump_state(demo)
    actions = [a for a in queries.list_actions(demo) if a.status != ActionStatus.DONE]
    a1, a2 = actions[0], actions[1]
    goal = queries.list_goals(demo)[0]

    def edit(wb):
        plan, goals = wb["Maßnahmenplan"], wb["Ziele"]
        rows = _rows(plan)
        plan.cell(rows[a1.id], _col(plan, "Status")).value = "Erledigt"
        plan.cell(rows[a1.id], _col(plan, "Verantwortlich")).value = "Neue Leitung Einkauf"
        plan.cell(rows[a2.id], _col(plan, "Start")).value = datetime(2027, 1, 4)
        plan.cell(rows[a2.id], _col(plan, "Fällig am")).value = "31.03.2027"  # typed as text
        plan.cell(rows[a2.id], _col(plan, "Maßnahme")).value = "Umbenannt"  # not part of the round trip
        g = _rows(goals)[goal.id]
        goals.cell(g, _col(goals, "Status")).value = "Erreicht"
        goals.cell(g, _col(goals, "Istwert")).value = 77.5

    edited = _edit(exported, tmp_path / "edited.xlsx", edit)
    report = import_board_workbook(demo, edited)
    assert report.applied and not report.refused
    got = {(c.entity_id, c.field): (c.old, c.new) for c in report.changes}
    assert got == {
        (a1.id, "status"): (a1.status, ActionStatus.DONE),
        (a1.id, "owner"): (a1.owner, "Neue Leitung Einkauf"),
        (a2.id, "start_date"): (a2.start_date, date(2027, 1, 4)),
        (a2.id, "due_date"): (a2.due_date, date(2027, 3, 31)),
        (goal.id, "status"): (goal.status, GoalStatus.ACHIEVED),
        (goal.id, "kpi_current"): (goal.kpi_current, 77.5),
    }
    assert report.changed_rows == 3 and report.unchanged == len(queries.list_actions(demo)) + len(
        queries.list_goals(demo)) - 3
    now = demo.get("action", a1.id)
    assert now.status == ActionStatus.DONE and now.owner == "Neue Leitung Einkauf" and now.completed_on
    assert demo.get("action", a2.id).title == a2.title  # titles are not taken back
    assert demo.get("goal", goal.id).kpi_current == 77.5
    lines = report.lines()
    # one line per change, each naming the row's title, the field, the old and the new value
    said = [(f"goal “{goal.title}”: Status ", "→ Achieved"), (f"goal “{goal.title}”: Current value ", "→ 77.5"),
            (f"action “{a2.title}”: Start {a2.start_date.isoformat()}", "→ 2027-01-04"),
            (f"action “{a2.title}”: Due {a2.due_date.isoformat()}", "→ 2027-03-31"),
            (f"action “{a1.title}”: Status ", "→ Done"),
            (f"action “{a1.title}”: Responsible “{a1.owner}”", "→ “Neue Leitung Einkauf”")]
    assert len(lines) == len(said) + 1
    for what, new in said:
        assert [line for line in lines[:-1] if what in line and line.endswith(new)], (what, new, lines)
    assert lines[-1].startswith("6 change(s) in 3 row(s)")
    # one step back restores everything
    assert demo.undo() is report.command
    after_undo = dump_state(demo)
    assert after_undo == before
    # a second import of the same workbook changes nothing more once applied
    demo.redo()
    again = plan_board_import(demo, edited)
    assert not again.changes and again.command is None


def test_dry_run_reports_without_touching_the_document(demo, exported, tmp_path):
    action = queries.list_actions(demo)[0]

    def edit(wb):
        plan = wb["Maßnahmenplan"]
        plan.cell(_rows(plan)[action.id], _col(plan, "Verantwortlich")).value = "Jemand anderes"

    edited = _edit(exported, tmp_path / "edited.xlsx", edit)
    before = dump_state(demo)
    report = import_board_workbook(demo, edited, dry_run=True)
    assert not report.applied and report.command is not None and len(report.changes) == 1
    assert "not applied (dry run)" in report.lines()[-1]
    assert dump_state(demo) == before and demo.undo() is None


def test_rows_that_cannot_be_matched_are_refused_one_line_each(demo, exported, tmp_path):
    actions = queries.list_actions(demo)
    ok, bad_status, bad_dates, bad_text, copied, dup = actions[:6]

    def edit(wb):
        plan = wb["Maßnahmenplan"]
        rows = _rows(plan)
        status, owner, due = _col(plan, "Status"), _col(plan, "Verantwortlich"), _col(plan, "Fällig am")
        ident, start = _col(plan, "ID"), _col(plan, "Start")
        plan.cell(rows[ok.id], owner).value = "Gültige Änderung"
        plan.cell(rows[bad_status.id], status).value = "Vielleicht"  # "Fertig" is a word for done
        plan.cell(rows[bad_dates.id], start).value = datetime(2030, 1, 1)
        plan.cell(rows[bad_dates.id], due).value = datetime(2029, 1, 1)
        plan.cell(rows[bad_text.id], due).value = "bald"
        plan.cell(rows[dup.id], ident).value = copied.id  # a copied row: both are ambiguous
        end = plan.max_row + 1
        plan.cell(end, _col(plan, "Maßnahme")).value = "Neue Zeile ohne ID"
        plan.cell(end + 1, _col(plan, "Maßnahme")).value = "Fremde Zeile"
        plan.cell(end + 1, ident).value = "0" * 32

    edited = _edit(exported, tmp_path / "edited.xlsx", edit)
    report = import_board_workbook(demo, edited)
    assert [(c.entity_id, c.field) for c in report.changes] == [(ok.id, "owner")]
    messages = [r.line() for r in report.refused]
    assert len(messages) == 7, messages  # both rows with the copied ID
    text = "\n".join(messages)
    assert "“Vielleicht” is not one of Offen, In Arbeit, Erledigt, Blockiert" in text
    assert "lies before the start" in text
    assert "not a valid date: “bald”" in text
    assert f"the ID {copied.id} appears in rows " in text and "none of them is imported" in text
    assert "no ID" in text and "no action with the ID 00000000" in text
    assert all(m.startswith("Maßnahmenplan, row ") and "\n" not in m for m in messages)
    assert demo.get("action", bad_status.id).status == bad_status.status  # refused rows are left out whole
    assert demo.get("action", bad_dates.id).start_date == bad_dates.start_date


def test_english_workbook_and_renamed_sheets_are_recognised(demo, tmp_path):
    path = export_board_workbook(demo, tmp_path / "plan.xlsx", lang="en", today=TODAY)
    action = next(a for a in queries.list_actions(demo) if a.status == ActionStatus.OPEN)

    def edit(wb):
        plan = wb["Action plan"]
        plan.title = "Board 2026"
        plan.cell(_rows(plan)[action.id], _col(plan, "Status")).value = "in arbeit"  # German, lower case

    report = import_board_workbook(demo, _edit(path, tmp_path / "edited.xlsx", edit))
    assert [(c.field, c.new) for c in report.changes] == [("status", ActionStatus.IN_PROGRESS)]
    assert report.changes[0].sheet == "Board 2026"


def test_a_workbook_without_board_sheets_is_refused(demo, tmp_path):
    wb = openpyxl.Workbook()
    wb.active.append(["Name", "Ort"])
    wb.save(tmp_path / "other.xlsx")
    with pytest.raises(NetzplanerError, match="not a Netzplaner board workbook"):
        plan_board_import(demo, tmp_path / "other.xlsx")


# -- safe reading ---------------------------------------------------------------------------------------------

def test_openpyxl_parses_through_defusedxml():
    assert workbook_reader._defused()


def _zip(path, members: dict[str, bytes], compression=zipfile.ZIP_DEFLATED):
    with zipfile.ZipFile(path, "w", compression) as zf:
        for name, data in members.items():
            zf.writestr(name, data)
    return path


def _refused(path, fragment: str):
    with pytest.raises(NetzplanerError) as caught:
        workbook_reader.check_workbook_file(path)
    message = str(caught.value)
    assert fragment in message and message.count(". ") == 0 and message.endswith("."), message


def test_bad_files_are_refused_with_one_sentence(tmp_path, exported, monkeypatch):
    _refused(tmp_path / "missing.xlsx", "does not exist")
    (tmp_path / "empty.xlsx").write_bytes(b"")
    _refused(tmp_path / "empty.xlsx", "is empty")
    (tmp_path / "notes.xlsx").write_text("Name;Ort\nA;B\n")
    _refused(tmp_path / "notes.xlsx", "not an Excel workbook")
    (tmp_path / "old.xlsx").write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 512)
    _refused(tmp_path / "old.xlsx", "Excel 97-2003")
    data = exported.read_bytes()
    (tmp_path / "cut.xlsx").write_bytes(data[: len(data) // 2])
    _refused(tmp_path / "cut.xlsx", "damaged")
    _zip(tmp_path / "letter.xlsx", {"[Content_Types].xml": b"<Types/>", "word/document.xml": b"<w/>"})
    _refused(tmp_path / "letter.xlsx", "renamed document")
    monkeypatch.setattr(workbook_reader, "MAX_FILE_BYTES", 1000)
    _refused(exported, "too large")


def test_zip_bomb_and_entity_tricks_are_refused_before_parsing(tmp_path):
    base = {"[Content_Types].xml": b"<Types/>", "xl/workbook.xml": b"<workbook/>"}
    bomb = _zip(tmp_path / "bomb.xlsx", {**base, "xl/worksheets/sheet1.xml": b"<a>" + b" " * 50_000_000 + b"</a>"})
    assert bomb.stat().st_size < 200_000
    _refused(bomb, "zip bomb")
    laughs = (b'<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;">]>'
              b"<workbook>&lol2;</workbook>")
    _refused(_zip(tmp_path / "laughs.xlsx", {**base, "xl/workbook.xml": laughs}), "document type declaration")
    external = b'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]><x>&e;</x>'
    _refused(_zip(tmp_path / "xxe.xlsx", {**base, "xl/sharedStrings.xml": external}), "document type declaration")


def test_an_edited_real_workbook_still_opens(exported, tmp_path):
    copy = shutil.copy(exported, tmp_path / "copy.xlsx")
    with workbook_reader.open_workbook(copy) as wb:
        assert "Maßnahmenplan" in wb.sheetnames
    sheets = workbook_reader.read_board_sheets(copy)
    assert set(sheets) == {"goals", "actions"} and sheets["actions"].rows


def test_damaged_part_inside_a_valid_zip_is_one_sentence(tmp_path, exported):
    buffer = io.BytesIO()
    with zipfile.ZipFile(exported) as zin, zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            data = zin.read(info)
            if info.filename == "xl/workbook.xml":
                data = data[: len(data) // 2]
            zout.writestr(info.filename, data)
    broken = tmp_path / "broken.xlsx"
    broken.write_bytes(buffer.getvalue())
    with pytest.raises(NetzplanerError, match="damaged"):
        workbook_reader.read_board_sheets(broken)
