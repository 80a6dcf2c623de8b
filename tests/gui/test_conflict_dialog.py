"""Conflicts on edit: a row changed while its dialog was open is never overwritten silently.

The "someone else" is a second step on the same workspace after the dialog loaded (a file document gets the same
protection as a team network); the choice in the conflict dialog is patched, the dialogs are real.
"""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QLabel, QLineEdit, QPlainTextEdit, QPushButton, QTableWidget

from netzplaner.domain.errors import StaleEditError
from netzplaner.gui.partners.partner_dialog import PartnerDialog
from netzplaner.gui.partners.relationship_dialog import RelationshipDialog
from netzplaner.gui.plan.action_dialog import ActionDialog
from netzplaner.gui.plan.goal_dialog import GoalDialog
from netzplaner.gui.team import conflict_dialog
from netzplaner.gui.team.conflict_dialog import Choice, ConflictDialog, EditedRow, find_conflicts
from netzplaner.services import goals, partners, queries, relationships


@pytest.fixture
def partner(controller):
    ws = controller.workspace
    command = ws.apply(partners.create_partner(ws, name="Stahl Eyach", kind="supplier", city="Reutlingen",
                                               notes="alt"))
    ws.apply(partners.create_contact(ws, command.entity_id, name="Frau Roth", role="Einkauf"))
    return command.entity_id


@pytest.fixture
def choices(monkeypatch):
    """Answers the conflict dialog in turn; records what it was shown."""
    shown, answers = [], []

    def ask(conflicts, parent):
        shown.append(list(conflicts))
        return answers.pop(0)

    monkeypatch.setattr(conflict_dialog, "ask_choice", ask)
    return shown, answers


def colleague_edits(ws, partner_id, **changes):
    ws.execute(partners.update_partner(ws, partner_id, **changes))


def test_a_partner_changed_meanwhile_asks_and_applying_mine_keeps_their_other_fields(controller, partner, choices,
                                                                                     qtbot):
    shown, answers = choices
    ws = controller.workspace
    dialog = PartnerDialog(controller, partner)
    qtbot.addWidget(dialog)
    colleague_edits(ws, partner, city="Metzingen", notes="vom Kollegen")
    dialog.findChild(QLineEdit, "partnerCity").setText("Tübingen")
    answers.append(Choice.MINE)
    dialog.accept()
    assert dialog.result() == dialog.DialogCode.Accepted
    [conflicts] = shown
    [conflict] = conflicts
    assert [(f.label, f.theirs, f.mine) for f in conflict.fields] == [("City", "Metzingen", "Tübingen")]
    assert conflict.kept == ("Notes",)
    stored = ws.get("partner", partner)
    assert (stored.city, stored.notes) == ("Tübingen", "vom Kollegen")  # mine written, theirs kept


def test_keeping_the_colleagues_version_writes_nothing(controller, partner, choices, qtbot):
    shown, answers = choices
    ws = controller.workspace
    dialog = PartnerDialog(controller, partner)
    qtbot.addWidget(dialog)
    colleague_edits(ws, partner, city="Metzingen")
    dialog.findChild(QLineEdit, "partnerCity").setText("Tübingen")
    dialog.findChild(QPlainTextEdit, "partnerNotes").setPlainText("meins")
    answers.append(Choice.THEIRS)
    steps = len(ws.done)
    dialog.accept()
    assert dialog.result() == dialog.DialogCode.Accepted
    stored = ws.get("partner", partner)
    assert (stored.city, stored.notes) == ("Metzingen", "alt")
    assert len(ws.done) == steps


def test_back_to_the_form_keeps_every_input_and_writes_nothing(controller, partner, choices, qtbot):
    shown, answers = choices
    ws = controller.workspace
    dialog = PartnerDialog(controller, partner)
    qtbot.addWidget(dialog)
    dialog.show()
    colleague_edits(ws, partner, city="Metzingen")
    dialog.findChild(QLineEdit, "partnerCity").setText("Tübingen")
    answers.append(Choice.BACK)
    dialog.accept()
    assert dialog.isVisible() and dialog.result() != dialog.DialogCode.Accepted
    assert dialog.findChild(QLineEdit, "partnerCity").text() == "Tübingen"
    assert ws.get("partner", partner).city == "Metzingen"
    answers.append(Choice.MINE)  # a second OK asks again and can still apply
    dialog.accept()
    assert ws.get("partner", partner).city == "Tübingen"


def test_a_further_change_during_the_question_asks_again(controller, partner, choices, monkeypatch, qtbot):
    shown, answers = choices
    ws = controller.workspace
    dialog = PartnerDialog(controller, partner)
    qtbot.addWidget(dialog)
    colleague_edits(ws, partner, city="Metzingen")
    dialog.findChild(QLineEdit, "partnerCity").setText("Tübingen")

    def ask(conflicts, parent):
        shown.append(list(conflicts))
        if len(shown) == 1:  # while the first question is open, the colleague saves again
            colleague_edits(ws, partner, city="Pfullingen")
        return Choice.MINE

    monkeypatch.setattr(conflict_dialog, "ask_choice", ask)
    dialog.accept()
    assert [c[0].fields[0].theirs for c in shown] == ["Metzingen", "Pfullingen"]
    assert ws.get("partner", partner).city == "Tübingen"


def test_without_a_change_meanwhile_no_question(controller, partner, choices, qtbot):
    dialog = PartnerDialog(controller, partner)
    qtbot.addWidget(dialog)
    dialog.findChild(QLineEdit, "partnerCity").setText("Tübingen")
    dialog.accept()
    assert choices[0] == []
    assert controller.workspace.get("partner", partner).city == "Tübingen"


def test_a_contact_changed_meanwhile_is_a_conflict_too(controller, partner, choices, qtbot):
    shown, answers = choices
    ws = controller.workspace
    dialog = PartnerDialog(controller, partner)
    qtbot.addWidget(dialog)
    [contact] = queries.contacts_of(ws, partner)
    ws.execute(partners.update_contact(ws, contact.id, role="Geschäftsführung"))
    dialog.set_contact(0, role="Vertrieb")
    answers.append(Choice.THEIRS)
    dialog.accept()
    [[conflict]] = shown
    assert (conflict.row.entity, conflict.fields[0].theirs, conflict.fields[0].mine) == \
        ("contact", "Geschäftsführung", "Vertrieb")
    assert queries.contacts_of(ws, partner)[0].role == "Geschäftsführung"


def test_a_row_deleted_meanwhile_gets_a_sentence_and_the_input_stays(controller, partner, choices, qtbot):
    ws = controller.workspace
    dialog = PartnerDialog(controller, partner)
    qtbot.addWidget(dialog)
    dialog.show()
    ws.execute(partners.delete_partner(ws, partner))
    dialog.findChild(QLineEdit, "partnerCity").setText("Tübingen")
    dialog.accept()
    assert dialog.isVisible()
    assert "no longer in the document" in dialog.findChild(QLabel, "error_name").text()
    assert dialog.findChild(QLineEdit, "partnerCity").text() == "Tübingen"
    assert queries.existing(ws, "partner", [partner]) == set()


def test_the_dialog_for_a_deleted_row_offers_no_overwrite(controller, partner, qtbot):
    ws = controller.workspace
    base = ws.get("partner", partner)
    version = queries.versions(ws, "partner", [partner])[partner]
    ws.execute(partners.delete_partner(ws, partner))
    [conflict] = find_conflicts(ws, [EditedRow("partner", partner, base.name, base, version, {"city": "X"})])
    assert conflict.deleted
    dialog = ConflictDialog([conflict])
    qtbot.addWidget(dialog)
    assert dialog.findChild(QPushButton, "conflictMine").isHidden()
    assert "deleted" in dialog.findChild(QLabel, "conflictHeading").text()


def test_relationship_goal_and_action_dialogs_carry_their_version(controller, partner, choices, qtbot):
    shown, answers = choices
    ws = controller.workspace
    rel = ws.apply(relationships.create_relationship(ws, ws.own_firm_id, partner, kind="supply", strength=2))
    goal = ws.apply(goals.create_goal(ws, title="Zweite Quelle", benefit="resilience"))
    action = ws.apply(goals.create_action(ws, goal.entity_id, title="Angebot einholen"))

    dialog = RelationshipDialog(controller, rel.entity_id)
    qtbot.addWidget(dialog)
    ws.execute(relationships.update_relationship(ws, rel.entity_id, strength=4))
    dialog.findChild(QPlainTextEdit, "relNotes").setPlainText("meins")
    answers.append(Choice.MINE)
    dialog.accept()
    stored = ws.get("relationship", rel.entity_id)
    assert (stored.strength, stored.notes) == (4, "meins")

    dialog = GoalDialog(controller, goal.entity_id)
    qtbot.addWidget(dialog)
    ws.execute(goals.update_goal(ws, goal.entity_id, title="Zweite Stahlquelle"))
    dialog.findChild(QLineEdit, "goalTitle").setText("Dritte Quelle")
    answers.append(Choice.THEIRS)
    dialog.accept()
    assert ws.get("goal", goal.entity_id).title == "Zweite Stahlquelle"

    dialog = ActionDialog(controller, action.entity_id)
    qtbot.addWidget(dialog)
    ws.execute(goals.update_action(ws, action.entity_id, title="Zwei Angebote einholen"))
    dialog.findChild(QLineEdit, "actionTitle").setText("Drei Angebote einholen")
    answers.append(Choice.MINE)
    dialog.accept()
    assert ws.get("action", action.entity_id).title == "Drei Angebote einholen"
    assert [c[0].row.entity for c in shown] == ["relationship", "goal", "action"]
    assert shown[1][0].fields[0].theirs == "Zweite Stahlquelle"


def test_the_update_command_refuses_a_stale_expected_version(controller, partner):
    ws = controller.workspace
    version = queries.versions(ws, "partner", [partner])[partner]
    colleague_edits(ws, partner, city="Metzingen")
    with pytest.raises(StaleEditError):
        ws.execute(partners.update_partner(ws, partner, expected=version, city="Tübingen"))
    assert ws.get("partner", partner).city == "Metzingen"
    ws.execute(partners.update_partner(ws, partner, expected=version + 1, city="Tübingen"))
    assert ws.get("partner", partner).city == "Tübingen"
    ws.undo()  # undo and redo still check the versions the step left
    assert ws.get("partner", partner).city == "Metzingen"


def test_the_dialog_shows_both_versions_and_its_buttons(controller, partner, qtbot):
    ws = controller.workspace
    base = ws.get("partner", partner)
    version = queries.versions(ws, "partner", [partner])[partner]
    colleague_edits(ws, partner, city="Metzingen", notes="neu")
    conflicts = find_conflicts(ws, [EditedRow("partner", partner, base.name, base, version, {"city": "Tübingen"})])
    dialog = ConflictDialog(conflicts)
    qtbot.addWidget(dialog)
    table = dialog.findChild(QTableWidget, "conflictTable")
    assert [table.item(0, c).text() for c in range(3)] == ["City", "Metzingen", "Tübingen"]
    assert "Notes" in dialog.findChild(QLabel, "conflictKept").text()
    dialog.findChild(QPushButton, "conflictTheirs").click()
    assert dialog.choice is Choice.THEIRS
    dialog = ConflictDialog(conflicts)
    qtbot.addWidget(dialog)
    dialog.reject()
    assert dialog.choice is Choice.BACK
