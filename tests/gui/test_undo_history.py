"""The window's undo stack drives the workspace's one history: both hold the same steps in the same order, a
step refused on push reaches its dialog, and an undo or redo of a row changed since (through a second
connection, as another user of a shared database) is refused with a sentence and writes nothing."""

from __future__ import annotations

import sqlite3
from contextlib import closing

import pytest
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLabel, QLineEdit

from netzplaner.domain.errors import ValidationError
from netzplaner.gui.common import ask
from netzplaner.gui.partners.partner_dialog import PartnerDialog
from netzplaner.services import partners, queries
from netzplaner.services.workspace import Workspace
from tests.conftest import dump_state

SENTENCE = ("“{}” was changed after this step (by someone else or in another window); "
            "the step can no longer be {}.")


def raw(ws, sql: str, *params) -> None:
    with closing(sqlite3.connect(ws.store.working_copy)) as conn:
        conn.execute(sql, params)
        conn.commit()


def same_order(ctrl) -> None:
    """The stack's steps (an obsolete one is already gone for Qt) are the workspace's, in its order."""
    stack, ws = ctrl.undo_stack, ctrl.workspace
    done = [stack.command(i).command for i in range(stack.index())]
    undone = [stack.command(i).command for i in range(stack.index(), stack.count())
              if not stack.command(i).isObsolete()]
    assert done == list(ws.done) and undone == list(ws.undone)
    assert (stack.canUndo(), stack.canRedo() and bool(undone)) == (ws.can_undo, ws.can_redo)
    assert stack.isClean() == ws.is_clean


def test_the_stack_and_the_history_keep_the_same_order(controller):
    ws = controller.workspace
    mueller = controller.run(partners.create_partner(ws, name="Müller GmbH", kind="supplier")).entity_id
    same_order(controller)
    controller.run(partners.update_partner(ws, mueller, city="Balingen"))
    controller.run(partners.update_partner(ws, mueller, city="Haigerloch"))
    controller.save()
    same_order(controller)
    controller.undo_stack.undo()
    same_order(controller)
    controller.undo_stack.undo()
    same_order(controller)
    assert ws.get("partner", mueller).city == "" and [c.text for c in ws.undone] == [
        "Edit partner “Müller GmbH”", "Edit partner “Müller GmbH”"]
    controller.undo_stack.redo()
    same_order(controller)
    with pytest.raises(ValidationError, match="already a partner called"):  # refused on push: the caller hears
        controller.run(partners.create_partner(ws, name="MÜLLER GMBH", kind="company"))
    same_order(controller)  # and, as in Qt, the redo list has ended
    assert controller.undo_stack.count() == 2 and not ws.can_redo
    controller.run(partners.move_partners(ws, {mueller: (3.0, 4.0)}))
    same_order(controller)
    controller.undo_stack.setIndex(1)  # several steps back at once, e.g. from an undo view
    same_order(controller)
    assert ws.get("partner", mueller).name == "Müller GmbH" and ws.get("partner", mueller).pos_x is None
    controller.undo_stack.setIndex(3)
    same_order(controller)
    assert ws.get("partner", mueller).pos_x == 3.0


def test_a_refused_step_leaves_stack_and_history_together(controller, qtbot):
    ws = controller.workspace
    mueller = controller.run(partners.create_partner(ws, name="Müller GmbH", kind="supplier")).entity_id
    controller.run(partners.update_partner(ws, mueller, city="Balingen"))
    raw(ws, "UPDATE partner SET notes = 'vom Kollegen' WHERE id = ?", mueller)
    heard = []
    controller.stepRefused.connect(lambda redo, text: heard.append((redo, text)))
    controller.undo_stack.undo()
    same_order(controller)
    qtbot.waitUntil(lambda: bool(heard))
    assert heard == [(False, SENTENCE.format("Müller GmbH", "undone"))]
    assert controller.undo_stack.count() == 1 and ws.get("partner", mueller).city == "Balingen"


@pytest.fixture
def opened(window, tmp_path):
    path = tmp_path / "netz.netzplan"
    with Workspace.create(path) as ws:
        ws.execute(partners.create_partner(ws, name="Eyachtal GmbH", kind="company", is_own_firm=True))
        ws.execute(partners.create_partner(ws, name="Müller GmbH", kind="supplier", city="Hechingen"))
        ws.save()
    ctrl = window.documents.open_path(path)
    mueller = next(p.id for p in queries.list_partners(ctrl.workspace) if p.name == "Müller GmbH")
    return ctrl, mueller


def press(window, name: str) -> None:
    window.findChild(QAction, name).trigger()


def test_undo_of_a_row_changed_through_a_second_connection_is_refused_in_the_window(window, opened, qtbot,
                                                                                     monkeypatch):
    ctrl, mueller = opened
    ws = ctrl.workspace
    ctrl.run(partners.update_partner(ws, mueller, city="Balingen"))
    raw(ws, "UPDATE partner SET name = 'Müller & Söhne GmbH' WHERE id = ?", mueller)
    before = dump_state(ws)
    shown = []
    monkeypatch.setattr(ask, "error", lambda parent, title, text: shown.append((title, text)))
    press(window, "actionUndo")
    qtbot.waitUntil(lambda: bool(shown))
    assert shown == [("Undo", SENTENCE.format("Müller & Söhne GmbH", "undone"))]
    assert dump_state(ws) == before and ws.get("partner", mueller).city == "Balingen"
    assert ctrl.undo_stack.count() == 0 and not window.act_undo.isEnabled() and not window.act_redo.isEnabled()
    same_order(ctrl)


def test_redo_of_a_row_changed_since_is_refused_with_the_steps_after_it(window, opened, qtbot, monkeypatch):
    ctrl, mueller = opened
    ws = ctrl.workspace
    ctrl.run(partners.update_partner(ws, mueller, city="Balingen"))
    ctrl.run(partners.update_partner(ws, mueller, city="Haigerloch"))
    press(window, "actionUndo")
    press(window, "actionUndo")
    assert window.act_redo.isEnabled() and ws.get("partner", mueller).city == "Hechingen"
    raw(ws, "UPDATE partner SET city = 'Tübingen' WHERE id = ?", mueller)
    before = dump_state(ws)
    shown = []
    monkeypatch.setattr(ask, "error", lambda parent, title, text: shown.append((title, text)))
    press(window, "actionRedo")
    same_order(ctrl)
    qtbot.waitUntil(lambda: bool(shown))
    assert shown == [("Redo", SENTENCE.format("Müller GmbH", "redone"))]
    assert dump_state(ws) == before and ws.get("partner", mueller).city == "Tübingen"
    assert ctrl.undo_stack.count() == 0 and not window.act_redo.isEnabled() and window.act_redo.text() == "&Redo"
    same_order(ctrl)


def test_a_dialog_still_shows_a_refusal_on_push_next_to_its_field(controller, qtbot):
    ws = controller.workspace
    controller.run(partners.create_partner(ws, name="Müller GmbH", kind="supplier"))
    before = dump_state(ws)
    dialog = PartnerDialog(controller, None)
    qtbot.addWidget(dialog)
    dialog.findChild(QLineEdit, "partnerName").setText("müller gmbh")
    dialog.ok_button.click()
    error = dialog.findChild(QLabel, "error_name")
    assert not error.isHidden() and error.text() == "There is already a partner called “Müller GmbH”."
    assert dump_state(ws) == before and controller.undo_stack.count() == 1
    same_order(controller)


def test_the_refusal_speaks_german():
    from netzplaner.domain.errors import StaleEditError
    from netzplaner.gui.common import i18n
    from netzplaner.gui.common.messages import error_text

    i18n.install("de")
    assert error_text(StaleEditError("Müller GmbH").on_redo()) == (
        "„Müller GmbH“ wurde nach diesem Schritt geändert (von jemand anderem oder in einem anderen Fenster); "
        "der Schritt kann nicht mehr wiederhergestellt werden.")
    assert error_text(StaleEditError(None, deleted=True)).endswith("kann nicht mehr rückgängig gemacht werden.")
