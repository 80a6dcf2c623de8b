"""Relationships and assessments in the window: create, edit, assess, delete, undo; the panel follows the selection."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QDate
from PySide6.QtWidgets import QCheckBox, QComboBox, QDateEdit, QLabel, QPlainTextEdit, QSlider, QTableWidget

from netzplaner.domain.enums import Criterion, RelationshipKind
from netzplaner.gui.common import ask
from netzplaner.gui.partners.assessment_dialog import AssessmentDialog, ScoreSelector
from netzplaner.gui.partners.relationship_dialog import RelationshipDialog
from netzplaner.gui.partners.relationship_model import QUALITY, SortRole, RelationshipTableModel
from netzplaner.gui.partners.relationship_panel import RelationshipPanel
from netzplaner.services import partners, queries, relationships
from tests.conftest import dump_state


@pytest.fixture
def net(controller):
    ws = controller.workspace
    ids = {"own": ws.own_firm_id}
    for key, name in (("uni", "Hochschule Nord"), ("steel", "Stahl Eyach"), ("ch", "Schleifmittel Thurgau")):
        ids[key] = ws.apply(partners.create_partner(ws, name=name, kind="company")) or None
    ids.update({p.name: p.id for p in queries.list_partners(ws)})
    ids["rel"] = ws.apply(relationships.create_relationship(ws, ids["own"], ids["Stahl Eyach"], kind="supply",
                                                             strength=4)) or None
    ids["rel"] = queries.list_relationships(ws)[0].id
    ws.apply(relationships.create_relationship(ws, ids["Hochschule Nord"], ids["Schleifmittel Thurgau"],
                                               kind="research_project", strength=2))
    ws.apply(relationships.create_assessment(ws, ids["rel"], {"trust": 2, "openness": 2}, assessed_on=date(2024, 1, 5),
                                             comment="schwierig"))
    ws.apply(relationships.create_assessment(ws, ids["rel"], {"trust": 4, "openness": 5}, assessed_on=date(2026, 3, 1),
                                             comment="besser"))
    return controller, ids


def test_model_without_a_view(net):
    controller, ids = net
    model = RelationshipTableModel(controller)
    assert model.rowCount() == 2
    model.set_partner(ids["Stahl Eyach"])
    assert model.rowCount() == 1
    assert model.index(0, 0).data() == "Stahl Eyach"  # the selected partner first
    assert model.index(0, QUALITY).data() == "88" and model.index(0, QUALITY).data(SortRole) == 87.5
    model.set_partner(None)
    unassessed = [r for r in range(2) if model.index(r, QUALITY).data() == "not assessed"]
    assert len(unassessed) == 1 and model.index(unassessed[0], QUALITY).data(SortRole) == -1.0


def test_panel_follows_the_selection(net, qtbot):
    controller, ids = net
    panel = RelationshipPanel(controller)
    qtbot.addWidget(panel)
    assert panel.model.partner_id == ids["own"]  # nothing selected: the own firm's relationships
    controller.selection.set_partners([ids["Hochschule Nord"]])
    assert panel.model.rowCount() == 1 and panel.title.text() == "Relationships of “Hochschule Nord”"
    panel.findChild(QCheckBox, "relationshipShowAll").setChecked(True)
    assert panel.model.rowCount() == 2 and panel.title.text() == "All relationships"


def test_create_relationship_through_the_dialog_and_undo(net, qtbot):
    controller, ids = net
    ws = controller.workspace
    before = dump_state(ws)
    dialog = RelationshipDialog(controller, partner_id=ids["own"])
    qtbot.addWidget(dialog)
    assert dialog.findChild(QComboBox, "relPartnerA").currentText() == "Eyachtal Präzisionsmaschinen GmbH"
    dialog.findChild(QComboBox, "relPartnerB").setEditText("hochschule nord")
    kind = dialog.findChild(QComboBox, "relKind")
    kind.setCurrentIndex(kind.findData(RelationshipKind.SKILLED_WORKERS))
    dialog.findChild(QSlider, "relStrength").setValue(5)
    dialog.findChild(QCheckBox, "relSinceKnown").setChecked(True)
    dialog.findChild(QDateEdit, "relSince").setDate(QDate(2020, 9, 1))
    dialog.ok_button.click()
    created = ws.get("relationship", dialog.relationship_id)
    assert (created.target_id, created.kind, created.strength, created.since) == (
        ids["Hochschule Nord"], RelationshipKind.SKILLED_WORKERS, 5, date(2020, 9, 1))
    assert controller.undo_stack.undoText().startswith("Add relationship")
    controller.undo_stack.undo()
    assert dump_state(ws) == before


@pytest.mark.parametrize("b_text, field, message", [
    ("Eyachtal Präzisionsmaschinen GmbH", "target_id", "A relationship needs two different partners."),
    ("Stahl Eyach", "kind", "These two partners already have a relationship of this kind."),
    ("Niemand GmbH", "target_id", "Choose a partner from the list."),
])
def test_relationship_validation_next_to_the_field(net, qtbot, b_text, field, message):
    controller, ids = net
    before = dump_state(controller.workspace)
    dialog = RelationshipDialog(controller, partner_id=ids["own"])
    qtbot.addWidget(dialog)
    dialog.findChild(QComboBox, "relPartnerB").setEditText(b_text)
    kind = dialog.findChild(QComboBox, "relKind")
    kind.setCurrentIndex(kind.findData(RelationshipKind.SUPPLY))
    dialog.ok_button.click()
    assert dialog.findChild(QLabel, f"error_{field}").text() == message
    assert dump_state(controller.workspace) == before


def test_edit_strength_and_undo(net, qtbot):
    controller, ids = net
    before = dump_state(controller.workspace)
    dialog = RelationshipDialog(controller, ids["rel"])
    qtbot.addWidget(dialog)
    dialog.findChild(QSlider, "relStrength").setValue(1)
    dialog.findChild(QPlainTextEdit, "relNotes").setPlainText("Preise gestiegen")
    dialog.ok_button.click()
    assert controller.workspace.get("relationship", ids["rel"]).strength == 1
    controller.undo_stack.undo()
    assert dump_state(controller.workspace) == before


def test_assessment_dialog_shows_history_and_live_index(net, qtbot):
    controller, ids = net
    ws = controller.workspace
    before = dump_state(ws)
    dialog = AssessmentDialog(controller, ids["rel"])
    qtbot.addWidget(dialog)
    history = dialog.findChild(QTableWidget, "assessmentHistory")
    assert [history.item(r, 0).text() for r in range(history.rowCount())] == ["2026-03-01", "2024-01-05"]
    assert dialog.findChild(QLabel, "currentQuality").text() == "Current quality index: 88 / 100"
    for criterion, score in ((Criterion.TRUST, 5), (Criterion.OPENNESS, 5), (Criterion.COMMITMENT, 3)):
        dialog.findChild(ScoreSelector, f"score_{criterion.value}").set_score(score)
    assert dialog.findChild(QLabel, "qualityIndex").text() == "Quality index of this assessment: 83 / 100"
    dialog.findChild(QPlainTextEdit, "assessmentComment").setPlainText("Jahresgespräch")
    dialog.ok_button.click()
    latest = queries.latest_assessments(ws)[ids["rel"]]
    assert latest.scores[Criterion.COMMITMENT] == 3 and latest.comment == "Jahresgespräch"
    assert controller.undo_stack.undoText() == "Assess relationship “Eyachtal Präzisionsmaschinen GmbH” – “Stahl Eyach”"
    controller.undo_stack.undo()
    assert dump_state(ws) == before
    controller.undo_stack.redo()
    assert queries.latest_assessments(ws)[ids["rel"]].comment == "Jahresgespräch"


def test_assessment_with_nothing_scored_is_refused(net, qtbot):
    controller, ids = net
    dialog = AssessmentDialog(controller, ids["rel"])
    qtbot.addWidget(dialog)
    for criterion in Criterion:
        dialog.findChild(ScoreSelector, f"score_{criterion.value}").set_score(None)
    before = dump_state(controller.workspace)
    dialog.ok_button.click()
    assert dialog.findChild(QLabel, "error_scores").text() == "Score at least one criterion from 1 to 5."
    assert dump_state(controller.workspace) == before


def test_delete_asks_and_names_the_assessments(net, qtbot, monkeypatch):
    controller, ids = net
    panel = RelationshipPanel(controller)
    qtbot.addWidget(panel)
    controller.selection.set_partners([ids["Stahl Eyach"]])
    panel.select(ids["rel"])
    asked = []
    monkeypatch.setattr(ask, "confirm", lambda parent, title, text, detail="", **k: asked.append(detail) or False)
    panel.delete_current()
    assert asked == ["Its 2 assessments will be deleted too. You can undo this."]
    assert len(queries.list_relationships(controller.workspace)) == 2
    monkeypatch.setattr(ask, "confirm", lambda *a, **k: True)
    panel.delete_current()
    assert len(queries.list_relationships(controller.workspace)) == 1 and controller.selection.relationship_id is None
    controller.undo_stack.undo()
    assert len(queries.assessments_of(controller.workspace, ids["rel"])) == 2


def test_an_earlier_assessment_is_corrected_or_deleted_as_one_undo_step(net, qtbot, monkeypatch):
    controller, ids = net
    ws = controller.workspace
    dialog = AssessmentDialog(controller, ids["rel"])
    qtbot.addWidget(dialog)
    older = dialog.history[1]  # newest first: the 2024 one
    assert older.assessed_on == date(2024, 1, 5)
    dialog.history_table.selectRow(1)
    dialog.correct_button.click()
    assert dialog.selectors[Criterion.TRUST].score() == 2 and "2024-01-05" in dialog.new_group.title()
    dialog.selectors[Criterion.TRUST].set_score(3)
    count = controller.undo_stack.count()
    dialog.accept()
    history = queries.assessments_of(ws, ids["rel"])
    assert len(history) == 2 and history[0].scores[Criterion.TRUST] == 3  # corrected, not added
    assert history[0].assessed_on == date(2024, 1, 5) and controller.undo_stack.count() == count + 1
    controller.undo_stack.undo()
    assert queries.assessments_of(ws, ids["rel"])[0].scores[Criterion.TRUST] == 2

    dialog = AssessmentDialog(controller, ids["rel"])
    qtbot.addWidget(dialog)
    monkeypatch.setattr(ask, "confirm", lambda *args, **kwargs: True)
    dialog.history_table.selectRow(0)
    dialog.delete_button.click()
    assert [a.assessed_on for a in queries.assessments_of(ws, ids["rel"])] == [date(2024, 1, 5)]
    assert dialog.history_table.rowCount() == 1
    controller.undo_stack.undo()
    assert len(queries.assessments_of(ws, ids["rel"])) == 2
