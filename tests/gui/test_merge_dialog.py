"""Partner → "Partner zusammenführen": the dialog, its choices, and the menu and context menu that open it."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPushButton, QRadioButton

from netzplaner.domain.enums import PartnerKind
from netzplaner.gui.common import ask
from netzplaner.gui.partners.merge_dialog import MergeDialog, merge_selected
from netzplaner.services import partners, queries, relationships
from tests.conftest import dump_state


def two(ws):
    keep = ws.execute(partners.create_partner(ws, name="Hochschule Reutlingen", kind="university",
                                              notes="Labor")).entity_id
    gone = ws.execute(partners.create_partner(ws, name="HS Reutlingen", kind="research_institute", notes="Praktika",
                                              street="Alteburgstr. 150")).entity_id
    ws.execute(relationships.create_relationship(ws, gone, keep, kind="cooperation", strength=3))
    ws.execute(relationships.create_relationship(ws, ws.own_firm_id, gone, kind="cooperation", strength=4))
    ws.execute(partners.create_contact(ws, gone, name="Dr. Weiß"))
    return keep, gone


def test_the_dialog_shows_the_choices_and_what_moves_and_merges_as_one_step(controller, qtbot):
    ws = controller.workspace
    keep, gone = two(ws)
    before = dump_state(ws)
    dialog = MergeDialog(controller, keep, gone)
    qtbot.addWidget(dialog)
    moves = dialog.findChild(QLabel, "mergeMoves").text()
    assert "1 contact(s) move" in moves and "1 relationship(s) between the two are removed" in moves
    assert "Street" in moves and "“HS Reutlingen” is then deleted" in moves
    assert dialog.findChild(QRadioButton, "mergeChoice_name_survivor").isChecked()
    assert dialog.findChild(QRadioButton, "mergeChoice_notes_both") is not None
    assert dialog.findChild(QRadioButton, "mergeChoice_kind_both") is None  # a kind cannot be both
    dialog.findChild(QRadioButton, "mergeChoice_kind_other").setChecked(True)
    dialog.findChild(QRadioButton, "mergeChoice_notes_both").setChecked(True)
    dialog.findChild(QPushButton, "mergeApply").click()
    assert dialog.merged
    merged = ws.get("partner", keep)
    assert merged.kind == PartnerKind.RESEARCH_INSTITUTE and merged.notes == "Labor\nPraktika"
    assert merged.name == "Hochschule Reutlingen" and len(queries.relationships_of(ws, keep)) == 1
    assert controller.selection.partner_ids == (keep,) or list(controller.selection.partner_ids) == [keep]
    controller.undo_stack.undo()
    assert dump_state(ws) == before


def test_choosing_the_other_partner_to_stay(controller, qtbot):
    ws = controller.workspace
    keep, gone = two(ws)
    dialog = MergeDialog(controller, keep, gone)
    qtbot.addWidget(dialog)
    dialog.findChild(QRadioButton, "mergeSurvivor1").setChecked(True)
    assert "“Hochschule Reutlingen” is then deleted" in dialog.findChild(QLabel, "mergeMoves").text()
    assert dialog.findChild(QRadioButton, "mergeChoice_name_survivor").text() == "HS Reutlingen"
    dialog.findChild(QRadioButton, "mergeChoice_name_other").setChecked(True)
    dialog.findChild(QPushButton, "mergeApply").click()
    assert not queries.existing(ws, "partner", [keep]) and ws.get("partner", gone).name == "Hochschule Reutlingen"


def test_the_own_firm_always_stays(controller, qtbot):
    ws = controller.workspace
    keep, _gone = two(ws)
    dialog = MergeDialog(controller, keep, ws.own_firm_id)
    qtbot.addWidget(dialog)
    assert dialog.findChild(QRadioButton, "mergeSurvivor1").isChecked()
    assert not dialog.findChild(QRadioButton, "mergeSurvivor0").isEnabled()


def test_a_merge_that_fails_says_so_and_changes_nothing(controller, qtbot, monkeypatch):
    ws = controller.workspace
    keep, gone = two(ws)
    dialog = MergeDialog(controller, keep, gone)
    qtbot.addWidget(dialog)
    ws.execute(partners.delete_partner(ws, gone))  # someone removed it meanwhile
    before = dump_state(ws)
    said = []
    monkeypatch.setattr(ask, "error", lambda _parent, _title, text: said.append(text))
    dialog.findChild(QPushButton, "mergeApply").click()
    assert len(said) == 1 and not dialog.merged and dump_state(ws) == before


def test_merge_needs_two_partners_selected(controller, monkeypatch):
    said = []
    monkeypatch.setattr(ask, "info", lambda _parent, _title, text: said.append(text))
    assert not merge_selected(None, controller, [controller.workspace.own_firm_id])
    assert said == ["Select the two partners to merge in the table (Ctrl+click)."]


def test_the_partner_menu_and_the_tables_context_menu_offer_it(window, ws, qtbot, monkeypatch):
    keep, gone = two(ws)
    path = ws.store.path
    ws.save()
    ws.close()
    window.documents.open_path(path)
    table = window.partner_panel.table
    assert table.contextMenuPolicy() == Qt.ContextMenuPolicy.ActionsContextMenu
    action = window.findChild(type(window.act_merge_partners), "actionMergePartners")
    assert action in table.actions() and action in window.menu_partner.actions()
    window.controller.selection.set_partners([keep, gone])  # the table selects both rows
    assert set(window.partner_panel.selected_ids()) == {keep, gone}
    opened = []
    monkeypatch.setattr(MergeDialog, "exec", lambda dialog: opened.append(
        {dialog.plan.survivor.name, dialog.plan.other.name}))
    action.trigger()
    assert opened == [{"Hochschule Reutlingen", "HS Reutlingen"}]
