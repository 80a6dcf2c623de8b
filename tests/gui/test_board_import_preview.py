"""The board-workbook import preview: a translated table of what the board changed, what both changed (the user
decides), what we changed since (kept), rows added and refused; the chosen lines are one undo step."""

from __future__ import annotations

from datetime import date

import openpyxl
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from netzplaner.domain.enums import ActionStatus
from netzplaner.gui.common import ask
from netzplaner.gui.exchange.board_import_dialog import ImportPreview
from netzplaner.gui.exchange.board_import_model import NOTE, TAKE, VALUES, KindRole
from netzplaner.gui.common.i18n import install
from netzplaner.services import demo, goals, queries
from netzplaner.services.export import export_board_workbook
from netzplaner.services.roundtrip import plan_board_import


@pytest.fixture
def window(window, tmp_path):
    """The main window (conftest) on the German demo, at a laptop's size."""
    path = tmp_path / "demo.netzplan"
    demo.write_demo(path, lang="de")
    window.resize(1300, 700)
    window.documents.open_path(path)
    return window


def _cell(sheet, entity_id, header):
    names = [c.value for c in sheet[1]]
    ids = names.index("ID") + 1
    row = next(r for r in range(2, sheet.max_row + 1) if sheet.cell(r, ids).value == entity_id)
    return sheet.cell(row, names.index(header) + 1)


@pytest.fixture
def conflicting(window, tmp_path):
    """A workbook where the board changed one action alone and one that we changed too since the export."""
    ws = window.controller.workspace
    target = export_board_workbook(ws, tmp_path / "plan.xlsx", today=date.today())
    first, second = [a for a in queries.list_actions(ws) if a.status == ActionStatus.OPEN][:2]
    window.controller.run(goals.update_action(ws, second.id, owner="Netzplaner-Wert"))
    book = openpyxl.load_workbook(target)
    plan = book["Maßnahmenplan"]
    _cell(plan, first.id, "Status").value = "Erledigt"
    _cell(plan, second.id, "Verantwortlich").value = "Beirats-Wert"
    row = plan.max_row + 1
    plan.cell(row, 1).value = "Kein solches Ziel"
    plan.cell(row, 2).value = "Verwaiste Maßnahme"
    book.save(target)
    return target, first, second


@pytest.fixture
def german():
    install("de")
    yield
    install("en")


def test_the_preview_shows_each_kind_in_german_and_takes_a_ticked_conflict(window, conflicting, german, monkeypatch,
                                                                           qtbot):
    target, first, second = conflicting
    seen = {}

    def decide_in_dialog(dialog):
        model = dialog.model
        kinds = [model.index(r, 0).data(KindRole) for r in range(model.rowCount())]
        seen["kinds"] = kinds
        conflict = kinds.index("conflict")
        seen["values"] = model.index(conflict, VALUES).data()
        seen["note"] = model.index(conflict, NOTE).data()
        seen["refused"] = model.index(kinds.index("refused"), NOTE).data()
        seen["summary"] = dialog.findChild(QLabel, "importSummary").text()
        assert model.index(conflict, TAKE).data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Unchecked
        model.setData(model.index(conflict, TAKE), Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
        seen["note_after"] = model.index(conflict, NOTE).data()
        dialog.resize(1300, 560)
        dialog.show()
        qtbot.wait(50)
        dialog.grab().save(str(target.with_suffix(".png")))  # to look at
        dialog.hide()
        return 1

    monkeypatch.setattr(ImportPreview, "exec", decide_in_dialog)
    monkeypatch.setattr(ask, "open_path", lambda *args: str(target))
    count = window.controller.undo_stack.count()
    task = window.import_workbook()
    qtbot.waitUntil(lambda: not task.running, timeout=20_000)
    assert sorted(seen["kinds"]) == ["board", "conflict", "refused"]
    assert seen["values"] == "Verantwortlich: Netzplaner-Wert (Netzplaner) oder Beirats-Wert (Beirat)"
    assert "Seit dem Export" in seen["note"] and "bleibt" in seen["note"]
    assert "übernommen" in seen["note_after"]
    assert "Konflikte zu entscheiden: 1" in seen["summary"] and "Exportiert am" in seen["summary"]
    assert seen["refused"].startswith("Abgelehnt: ") and "Kein solches Ziel" in seen["refused"]
    ws = window.controller.workspace
    assert ws.get("action", first.id).status == ActionStatus.DONE
    assert ws.get("action", second.id).owner == "Beirats-Wert"
    assert window.controller.undo_stack.count() == count + 1  # one step for everything taken
    window.controller.undo_stack.undo()
    assert ws.get("action", first.id).status == ActionStatus.OPEN
    assert ws.get("action", second.id).owner == "Netzplaner-Wert"


def test_cancel_and_an_untouched_conflict_write_nothing(window, conflicting, monkeypatch, qtbot):
    target, first, second = conflicting
    ws = window.controller.workspace
    report = plan_board_import(ws, target)
    dialog = ImportPreview(report)
    assert dialog.apply_button.isEnabled()  # the board's own change is ticked
    assert dialog.findChild(type(dialog.take_all), "importTakeConflicts") is dialog.take_all
    dialog.model.set_all("board", False)
    assert not dialog.apply_button.isEnabled()  # nothing chosen: nothing to apply
    dialog.take_all.click()
    assert dialog.chosen() == {i for i, c in enumerate(report.items) if c.kind == "conflict"}

    monkeypatch.setattr(ImportPreview, "exec", lambda dialog: 0)
    monkeypatch.setattr(ask, "open_path", lambda *args: str(target))
    count = window.controller.undo_stack.count()
    task = window.import_workbook()
    qtbot.waitUntil(lambda: not task.running, timeout=20_000)
    assert not task.applied and window.controller.undo_stack.count() == count
    assert ws.get("action", first.id).status == ActionStatus.OPEN
    assert ws.get("action", second.id).owner == "Netzplaner-Wert"
