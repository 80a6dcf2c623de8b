"""The board round trip never sets a later edit back: three states (exported, board, now) per field.

Each test exports the demo, edits the document afterwards (as the window would), edits the workbook as the board
would (openpyxl), imports, and checks what was taken, kept, shown as a conflict, created or proposed for deletion.
"""

from __future__ import annotations

import json
from datetime import date, datetime

import openpyxl
import pytest

from netzplaner import cli
from netzplaner.domain.enums import ActionStatus, GoalStatus
from netzplaner.domain.errors import NetzplanerError
from netzplaner.io.board_state import SHEET_TITLE
from netzplaner.io.import_source import read_source
from netzplaner.services import goals as goal_service
from netzplaner.services import queries
from netzplaner.services.demo import write_demo
from netzplaner.services.export import export_board_workbook
from netzplaner.services.roundtrip import decide, import_board_workbook, plan_board_import
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


def _open_actions(ws):
    return [a for a in queries.list_actions(ws) if a.status == ActionStatus.OPEN]


def _cell(sheet, entity_id: str, header: str):
    names = [c.value for c in sheet[1]]
    ids = names.index("ID") + 1
    row = next(r for r in range(2, sheet.max_row + 1) if sheet.cell(r, ids).value == entity_id)
    return sheet.cell(row, names.index(header) + 1)


def _edit(source, target, edit):
    wb = openpyxl.load_workbook(source)
    edit(wb)
    wb.save(target)
    return target


def test_a_stale_workbook_never_sets_later_edits_back(demo, exported):
    """The reported bug: export, edit in the window, import the unchanged workbook: nothing goes back."""
    first, second = _open_actions(demo)[:2]
    demo.execute(goal_service.update_action(demo, first.id, status=ActionStatus.IN_PROGRESS))
    demo.execute(goal_service.update_action(demo, second.id, owner="Neue Leitung Vertrieb"))
    before = dump_state(demo)
    report = import_board_workbook(demo, exported)
    assert report.command is None and not report.applied
    assert not report.changes and not report.conflicts
    kept = {(c.entity_id, c.field): (c.exported, c.old) for c in report.kept}
    assert kept == {(first.id, "status"): (ActionStatus.OPEN, ActionStatus.IN_PROGRESS),
                    (second.id, "owner"): (second.owner, "Neue Leitung Vertrieb")}
    assert dump_state(demo) == before
    assert demo.get("action", first.id).status == ActionStatus.IN_PROGRESS
    assert any("changed in Netzplaner since the export" in line and ": kept" in line for line in report.lines())


def test_three_states_take_the_boards_keep_ours_and_show_conflicts(demo, exported, tmp_path):
    a, b, c = _open_actions(demo)[:3]
    goal = queries.list_goals(demo)[0]
    # after the export, in the window
    demo.execute(goal_service.update_action(demo, b.id, owner="Netzplaner-Wert"))
    demo.execute(goal_service.update_action(demo, c.id, status=ActionStatus.IN_PROGRESS))

    def board(wb):
        plan, goals = wb["Maßnahmenplan"], wb["Ziele"]
        _cell(plan, a.id, "Status").value = "Erledigt"  # only the board
        _cell(plan, b.id, "Verantwortlich").value = "Beirats-Wert"  # both: a conflict
        _cell(plan, c.id, "Fällig am").value = datetime(2027, 6, 30)  # board a date, we the status: both stay
        _cell(goals, goal.id, "Istwert").value = 99

    edited = _edit(exported, tmp_path / "edited.xlsx", board)
    report = plan_board_import(demo, edited)
    taken = {(ch.entity_id, ch.field): ch.new for ch in report.changes}
    assert taken == {(a.id, "status"): ActionStatus.DONE, (c.id, "due_date"): date(2027, 6, 30),
                     (goal.id, "kpi_current"): 99.0}
    (conflict,) = report.conflicts
    assert (conflict.entity_id, conflict.field, conflict.exported, conflict.new, conflict.old) == (
        b.id, "owner", b.owner, "Beirats-Wert", "Netzplaner-Wert")
    assert [(k.entity_id, k.field) for k in report.kept] == [(c.id, "status")]
    line = next(text for text in report.lines() if "conflict" in text and b.title in text)
    assert "Netzplaner's “Netzplaner-Wert” kept" in line

    import_board_workbook(demo, edited)
    assert demo.get("action", a.id).status == ActionStatus.DONE
    assert demo.get("action", b.id).owner == "Netzplaner-Wert"  # the conflict keeps ours by default
    now_c = demo.get("action", c.id)
    assert now_c.status == ActionStatus.IN_PROGRESS and now_c.due_date == date(2027, 6, 30)
    assert demo.get("goal", goal.id).kpi_current == 99.0
    demo.undo()  # one step
    assert demo.get("action", a.id).status == ActionStatus.OPEN

    chosen = import_board_workbook(demo, edited, take_conflicts=True)
    assert chosen.applied and demo.get("action", b.id).owner == "Beirats-Wert"
    assert any("the board's “Beirats-Wert” taken" in text for text in chosen.lines())


def test_the_board_adds_an_action_and_a_goal(demo, exported, tmp_path):
    goal = queries.list_goals(demo)[0]
    count = len(queries.list_actions(demo))

    def board(wb):
        plan, goals = wb["Maßnahmenplan"], wb["Ziele"]
        names = [c.value for c in plan[1]]
        row = plan.max_row + 1
        for header, value in (("Ziel", goal.title.upper()), ("Maßnahme", "Lieferantentag ausrichten"),
                              ("Verantwortlich", "Einkauf"), ("Fällig am", datetime(2027, 3, 1)),
                              ("Priorität", "Hoch")):
            plan.cell(row, names.index(header) + 1).value = value
        gnames = [c.value for c in goals[1]]
        grow = goals.max_row + 1
        for header, value in (("Ziel", "Exportquote steigern"), ("Nutzen", "Wettbewerbsfähigkeit"),
                              ("Netzwerk", "International"), ("Status", "Aktiv")):
            goals.cell(grow, gnames.index(header) + 1).value = value
        for header, value in (("Ziel", "Exportquote steigern"), ("Maßnahme", "Messe in Lyon besuchen")):
            plan.cell(row + 1, names.index(header) + 1).value = value
        plan.cell(row + 2, names.index("Ziel") + 1).value = "Gibt es nicht"
        plan.cell(row + 2, names.index("Maßnahme") + 1).value = "Verwaist"

    edited = _edit(exported, tmp_path / "edited.xlsx", board)
    report = import_board_workbook(demo, edited)
    assert [(c.entity, c.title) for c in report.added] == [
        ("goal", "Exportquote steigern"), ("action", "Lieferantentag ausrichten"), ("action", "Messe in Lyon besuchen")]
    (refusal,) = report.refused
    assert "no goal called “Gibt es nicht”" in refusal.line() and refusal.title == "Verwaist"
    actions = {a.title: a for a in queries.list_actions(demo)}
    assert len(actions) == count + 2
    new = actions["Lieferantentag ausrichten"]
    assert new.goal_id == goal.id and new.owner == "Einkauf" and new.due_date == date(2027, 3, 1)
    assert new.status == ActionStatus.OPEN and new.priority.value == "high"
    new_goal = next(g for g in queries.list_goals(demo) if g.title == "Exportquote steigern")
    assert new_goal.status == GoalStatus.ACTIVE and actions["Messe in Lyon besuchen"].goal_id == new_goal.id
    demo.undo()
    assert len(queries.list_actions(demo)) == count
    assert all(g.title != "Exportquote steigern" for g in queries.list_goals(demo))


def test_rows_the_board_deleted_are_proposed_not_deleted(demo, exported, tmp_path):
    victim = _open_actions(demo)[0]

    def board(wb):
        plan = wb["Maßnahmenplan"]
        plan.delete_rows(_cell(plan, victim.id, "Status").row)

    edited = _edit(exported, tmp_path / "edited.xlsx", board)
    report = import_board_workbook(demo, edited)
    assert [(c.kind, c.entity_id) for c in report.removed] == [("removed", victim.id)]
    assert report.command is None and demo.get("action", victim.id)  # only proposed
    assert any("proposed for deletion, not deleted" in line for line in report.lines())
    report = plan_board_import(demo, edited)
    command = decide(demo, report, {report.items.index(report.removed[0])})
    demo.execute(command)
    assert victim.id not in {a.id for a in queries.list_actions(demo)}
    demo.undo()
    assert demo.get("action", victim.id).title == victim.title


def test_a_workbook_without_record_makes_every_difference_a_conflict(demo, exported, tmp_path):
    action = _open_actions(demo)[0]
    demo.execute(goal_service.update_action(demo, action.id, status=ActionStatus.IN_PROGRESS))

    def older(wb):
        del wb[SHEET_TITLE]  # as Netzplaner wrote it before the record existed

    edited = _edit(exported, tmp_path / "old.xlsx", older)
    report = import_board_workbook(demo, edited)
    assert report.record == "missing" and report.command is None
    (conflict,) = report.conflicts
    assert (conflict.entity_id, conflict.old, conflict.new, conflict.known) == (
        action.id, ActionStatus.IN_PROGRESS, ActionStatus.OPEN, False)
    assert demo.get("action", action.id).status == ActionStatus.IN_PROGRESS
    assert "no export record" in report.lines()[0]


def test_a_record_edited_by_hand_is_not_trusted(demo, exported, tmp_path):
    action = _open_actions(demo)[0]
    demo.execute(goal_service.update_action(demo, action.id, status=ActionStatus.BLOCKED))

    def forge(wb):  # claim the export said "blocked", so the board's "open" would look like a board change
        sheet = wb[SHEET_TITLE]
        for row in sheet.iter_rows(min_row=3):
            if row[1].value == action.id:
                state = json.loads(row[2].value)
                state["status"] = "blocked"
                row[2].value = json.dumps(state)

    edited = _edit(exported, tmp_path / "forged.xlsx", forge)
    report = import_board_workbook(demo, edited)
    assert report.record == "changed" and not report.changes and report.command is None
    assert [c.entity_id for c in report.conflicts] == [action.id]
    assert demo.get("action", action.id).status == ActionStatus.BLOCKED


def test_a_board_workbook_without_id_columns_is_refused_not_read_as_partners(demo, exported, tmp_path, capsys):
    def strip(wb):
        for title in ("Ziele", "Maßnahmenplan"):
            sheet = wb[title]
            sheet.delete_cols([c.value for c in sheet[1]].index("ID") + 1)

    edited = _edit(exported, tmp_path / "ohne-id.xlsx", strip)
    with pytest.raises(NetzplanerError, match="lost its ID column"):
        plan_board_import(demo, edited)

    def strip_older(wb):  # an export of an older Netzplaner (no record), its ID columns deleted
        strip(wb)
        del wb[SHEET_TITLE]
        wb.properties.keywords = None

    older = _edit(exported, tmp_path / "alt-ohne-id.xlsx", strip_older)
    assert read_source(older).format == "board"
    with pytest.raises(NetzplanerError, match="lost its ID column"):
        plan_board_import(demo, older)
    path = demo.path
    demo.close()
    partners_before = None
    with Workspace.open(path, read_only=True) as ws:
        partners_before = len(queries.list_partners(ws))
    assert cli.main(["import", str(path), str(edited)]) == 1
    assert "lost its ID column" in capsys.readouterr().err
    with Workspace.open(path, read_only=True) as ws:
        assert len(queries.list_partners(ws)) == partners_before


def test_the_command_line_takes_conflicts_and_deletions_only_when_asked(tmp_path, capsys):
    doc = tmp_path / "demo.netzplan"
    write_demo(doc, today=TODAY)
    with Workspace.open(doc) as ws:
        xlsx = export_board_workbook(ws, tmp_path / "plan.xlsx", today=TODAY)
        action = _open_actions(ws)[0]
        ws.execute(goal_service.update_action(ws, action.id, owner="Wir"))
        ws.save()

    def board(wb):
        _cell(wb["Maßnahmenplan"], action.id, "Verantwortlich").value = "Beirat"

    edited = _edit(xlsx, tmp_path / "edited.xlsx", board)
    assert cli.main(["import", str(doc), str(edited)]) == 0
    out = capsys.readouterr().out
    assert "1 conflict(s)" in out and "Netzplaner's “Wir” kept" in out
    with Workspace.open(doc, read_only=True) as ws:
        assert ws.get("action", action.id).owner == "Wir"
    assert cli.main(["import", str(doc), str(edited), "--take-board-conflicts"]) == 0
    with Workspace.open(doc, read_only=True) as ws:
        assert ws.get("action", action.id).owner == "Beirat"
