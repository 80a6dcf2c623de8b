"""The partner table, its filters and the partner dialog, driven by objectName; undo restores the exact state."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QComboBox, QLabel, QLineEdit, QTableView

from netzplaner.domain.enums import Dimension, PartnerKind
from netzplaner.gui.common import ask
from netzplaner.gui.partners.partner_dialog import PartnerDialog
from netzplaner.gui.partners.partner_model import CITY, NAME, PartnerTableModel
from netzplaner.gui.partners.partner_panel import PartnerPanel
from netzplaner.services import goals, partners, queries, relationships
from tests.conftest import dump_state


@pytest.fixture
def filled(controller):
    ws = controller.workspace
    for name, kind, dims, city, tags in [
        ("Hochschule Nord", "university", ["regional", "thematic"], "Albstadt", ["Forschung"]),
        ("Stahl Eyach", "supplier", ["regional"], "Haigerloch", ["kritisch"]),
        ("Ningbo Castings", "supplier", ["international"], "Ningbo", ["kritisch"]),
        ("Verband Schleiftechnik", "association", ["thematic"], "Frankfurt", []),
    ]:
        ws.apply(partners.create_partner(ws, name=name, kind=kind, dimensions=dims, city=city, tags=tags))
    ws.apply(partners.create_partner(ws, name="Alter Kunde", kind="customer", archived=True))
    return controller


@pytest.fixture
def panel(filled, qtbot):
    widget = PartnerPanel(filled)
    qtbot.addWidget(widget)
    return widget


def names(model) -> list[str]:
    return [model.index(row, NAME).data() for row in range(model.rowCount())]


def ids_by_name(ws) -> dict[str, str]:
    return {p.name: p.id for p in queries.list_partners(ws)}


def test_model_filters_without_a_view(filled):
    model = PartnerTableModel(filled)
    assert "Alter Kunde" not in names(model) and model.rowCount() == 5
    model.set_filter(show_archived=True)
    assert "Alter Kunde" in names(model)
    model.set_filter(show_archived=False, search="stahl")
    assert names(model) == ["Stahl Eyach"]
    model.set_filter(search="", dimension=Dimension.THEMATIC)
    assert names(model) == ["Hochschule Nord", "Verband Schleiftechnik"]
    model.set_filter(dimension=None, kind=PartnerKind.SUPPLIER)
    assert names(model) == ["Ningbo Castings", "Stahl Eyach"]
    model.set_filter(kind=None, tag="kritisch")
    assert names(model) == ["Ningbo Castings", "Stahl Eyach"]


def test_model_sorts_both_ways(filled):
    model = PartnerTableModel(filled)
    model.sort(NAME, Qt.SortOrder.DescendingOrder)
    assert names(model)[0] == "Verband Schleiftechnik"
    model.sort(CITY, Qt.SortOrder.AscendingOrder)
    assert [model.index(r, CITY).data() for r in range(model.rowCount())][:2] == ["Albstadt", "Balingen"]


def test_the_count_shows_from_the_start(panel):
    """The model is filled before the panel hears its resets: the count must show anyway."""
    assert panel.findChild(QLabel, "partnerCount").text() == "5 of 6 partners"  # the archived one hidden


def test_panel_filter_widgets(panel):
    panel.findChild(QLineEdit, "partnerSearch").setText("ningbo")
    assert names(panel.model) == ["Ningbo Castings"]
    assert panel.findChild(QLabel, "partnerCount").text() == "1 of 6 partners"
    panel.findChild(QLineEdit, "partnerSearch").clear()
    combo = panel.findChild(QComboBox, "partnerKindFilter")
    combo.setCurrentIndex(combo.findData(PartnerKind.ASSOCIATION))
    assert names(panel.model) == ["Verband Schleiftechnik"]
    combo.setCurrentIndex(0)
    panel.findChild(QCheckBox, "partnerShowArchived").setChecked(True)
    assert panel.model.rowCount() == 6


def test_selection_syncs_both_ways(panel, filled):
    ids = ids_by_name(filled.workspace)
    filled.selection.set_partners([ids["Stahl Eyach"]])
    table = panel.findChild(QTableView, "partnerTable")
    assert [panel.model.partner_at(i.row()).name for i in table.selectionModel().selectedRows()] == ["Stahl Eyach"]
    table.selectRow(panel.model.row_of(ids["Hochschule Nord"]))
    assert filled.selection.partner_ids == (ids["Hochschule Nord"],)


def test_create_partner_with_contacts_is_one_undo_step(filled, qtbot):
    ws = filled.workspace
    before = dump_state(ws)
    dialog = PartnerDialog(filled, None)
    qtbot.addWidget(dialog)
    dialog.findChild(QLineEdit, "partnerName").setText("Institut Oberfläche")
    kind = dialog.findChild(QComboBox, "partnerKind")
    kind.setCurrentIndex(kind.findData(PartnerKind.RESEARCH_INSTITUTE))
    dialog.findChild(QCheckBox, "partnerDimThematic").setChecked(True)
    dialog.findChild(QLineEdit, "partnerCountry").setText("de")
    dialog.findChild(QLineEdit, "partnerTags").setText("Forschung, Labor")
    dialog._add_contact_row()
    dialog.set_contact(0, name="Dr. Miriam Wacker", role="Gruppenleiterin", email="wacker@ifo.example")
    dialog.ok_button.click()
    assert dialog.result() == dialog.DialogCode.Accepted
    created = ws.get("partner", dialog.partner_id)
    assert (created.kind, created.dimensions, created.country, created.tags) == (
        PartnerKind.RESEARCH_INSTITUTE, frozenset({Dimension.THEMATIC}), "DE", ("Forschung", "Labor"))
    assert [c.email for c in queries.contacts_of(ws, created.id)] == ["wacker@ifo.example"]
    assert filled.undo_stack.count() == 1 and filled.undo_stack.text(0) == "Add partner “Institut Oberfläche”"
    filled.undo_stack.undo()
    assert dump_state(ws) == before
    filled.undo_stack.redo()
    assert len(queries.contacts_of(ws, created.id)) == 1


def test_rename_shows_a_readable_undo_text_and_undoes_exactly(filled, qtbot):
    ws = filled.workspace
    uni = ids_by_name(ws)["Hochschule Nord"]
    before = dump_state(ws)
    dialog = PartnerDialog(filled, uni)
    qtbot.addWidget(dialog)
    dialog.findChild(QLineEdit, "partnerName").setText("Hochschule Zollernalb")
    dialog.ok_button.click()
    assert filled.undo_stack.undoText() == "Rename partner “Hochschule Nord” to “Hochschule Zollernalb”"
    filled.undo_stack.undo()
    assert dump_state(ws) == before


def test_unchanged_dialog_pushes_nothing(filled, qtbot):
    dialog = PartnerDialog(filled, ids_by_name(filled.workspace)["Stahl Eyach"])
    qtbot.addWidget(dialog)
    dialog.ok_button.click()
    assert filled.undo_stack.count() == 0 and dialog.result() == dialog.DialogCode.Accepted


@pytest.mark.parametrize("field, widget, value, message", [
    ("name", "partnerName", "", "Name must not be empty."),
    ("name", "partnerName", "stahl EYACH", "There is already a partner called “Stahl Eyach”."),
    ("country", "partnerCountry", "D", "Country must be a two-letter ISO code such as DE, FR or CN, not “D”."),
])
def test_validation_is_shown_next_to_the_field(filled, qtbot, field, widget, value, message):
    before = dump_state(filled.workspace)
    dialog = PartnerDialog(filled, None)
    qtbot.addWidget(dialog)
    dialog.findChild(QLineEdit, "partnerName").setText("Neuer Partner")
    dialog.findChild(QLineEdit, widget).setText(value)
    dialog.ok_button.click()
    label = dialog.findChild(QLabel, f"error_{field}")
    assert label.text() == message and not label.isHidden()
    assert dialog.result() != dialog.DialogCode.Accepted
    assert dump_state(filled.workspace) == before and filled.undo_stack.count() == 0


def test_bad_contact_email_writes_nothing(filled, qtbot):
    before = dump_state(filled.workspace)
    dialog = PartnerDialog(filled, None)
    qtbot.addWidget(dialog)
    dialog.findChild(QLineEdit, "partnerName").setText("Neuer Partner")
    dialog._add_contact_row()
    dialog.set_contact(0, name="A. Beck", email="beck(at)example")
    dialog.ok_button.click()
    assert dialog.findChild(QLabel, "error_contacts").text() == "“beck(at)example” is not a valid e-mail address."
    assert dump_state(filled.workspace) == before


def test_delete_asks_and_says_what_goes_with_it(panel, filled, monkeypatch):
    ws = filled.workspace
    ids = ids_by_name(ws)
    rel = ws.apply(relationships.create_relationship(ws, ws.own_firm_id, ids["Stahl Eyach"], kind="supply",
                                                     strength=4))
    goal = ws.apply(goals.create_goal(ws, title="Resilienz", benefit="resilience", partner_ids=[ids["Stahl Eyach"]]))
    del rel, goal
    filled.selection.set_partners([ids["Stahl Eyach"]])
    asked = []
    monkeypatch.setattr(ask, "confirm", lambda parent, title, text, detail="", **k: asked.append((text, detail)) or False)
    panel.delete_selected()
    assert asked[0][0] == "Delete the partner “Stahl Eyach”?"
    assert "1 relationship(s)" in asked[0][1] and "1 goal link(s)" in asked[0][1]
    assert "Stahl Eyach" in ids_by_name(ws)  # answered no: nothing deleted
    monkeypatch.setattr(ask, "confirm", lambda *a, **k: True)
    panel.delete_selected()
    assert "Stahl Eyach" not in ids_by_name(ws) and filled.selection.partner_ids == ()
    filled.undo_stack.undo()
    assert "Stahl Eyach" in ids_by_name(ws) and len(queries.list_relationships(ws)) == 1


def test_own_firm_cannot_be_deleted(panel, filled, monkeypatch):
    shown = []
    monkeypatch.setattr(ask, "error", lambda parent, title, text: shown.append(text))
    filled.selection.set_partners([filled.workspace.own_firm_id])
    panel.delete_selected()
    assert shown == ["Your own firm cannot be deleted; it is the centre of the map."]


def test_archive_toggles_and_hides(panel, filled):
    ids = ids_by_name(filled.workspace)
    filled.selection.set_partners([ids["Hochschule Nord"]])
    panel.archive_selected()
    assert filled.workspace.get("partner", ids["Hochschule Nord"]).archived
    assert "Hochschule Nord" not in names(panel.model)
    filled.undo_stack.undo()
    assert "Hochschule Nord" in names(panel.model)


def test_undo_of_a_create_drops_the_selection(panel, filled):
    command = filled.run(partners.create_partner(filled.workspace, name="Kurzzeit", kind="other"))
    filled.selection.set_partners([command.entity_id])
    filled.undo_stack.undo()
    assert filled.selection.partner_ids == ()


def test_another_partner_becomes_the_own_firm_in_one_undo_step(panel, filled, monkeypatch):
    ws = filled.workspace
    old_own = ws.own_firm_id
    target = next(p for p in queries.list_partners(ws) if p.name == "Ningbo Castings")
    asked = []
    monkeypatch.setattr(ask, "confirm", lambda *args, **kwargs: asked.append(args[2]) or True)
    filled.selection.set_partners([target.id])
    panel.make_own_firm()
    assert asked and "Ningbo Castings" in asked[0]
    assert ws.get("partner", target.id).is_own_firm and not ws.get("partner", old_own).is_own_firm
    filled.undo_stack.undo()
    assert ws.get("partner", old_own).is_own_firm and not ws.get("partner", target.id).is_own_firm


def test_the_panel_sorts_its_rows_once_when_it_opens(filled, qtbot, monkeypatch):
    """Building the panel (model, view with sorting on, translation) puts 20,000 rows in order once, by name."""
    from netzplaner.gui.common.table_model import TableModel

    sorts = []
    original = TableModel._sort_rows
    monkeypatch.setattr(TableModel, "_sort_rows", lambda self: sorts.append(self) or original(self))
    widget = PartnerPanel(filled)
    qtbot.addWidget(widget)
    assert len(sorts) == 1
    header = widget.table.horizontalHeader()
    assert (header.sortIndicatorSection(), header.sortIndicatorOrder()) == (NAME, Qt.SortOrder.AscendingOrder)
    assert names(widget.model) == sorted(names(widget.model), key=str.casefold)
