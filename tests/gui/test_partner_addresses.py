"""Issue 15 in the window: the partner dialog edits street, postcode, city and further details and the contacts'
salutation, title and department in one undo step; the table shows postcode and city together and finds a partner
by its street or a further detail."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QLineEdit, QPlainTextEdit, QTableWidget

from netzplaner.gui.partners.partner_dialog import PartnerDialog
from netzplaner.gui.partners.partner_model import CITY, NAME, PartnerTableModel
from netzplaner.services import partners, queries
from tests.conftest import dump_state


def _partner(controller, **fields) -> str:
    ws = controller.workspace
    return ws.apply(partners.create_partner(ws, kind="customer", **fields)).entity_id


def test_dialog_edits_the_address_further_details_and_contact_details_in_one_step(controller, qtbot):
    ws = controller.workspace
    bosch = _partner(controller, name="Bosch", city="Gerlingen")
    ws.apply(partners.create_contact(ws, bosch, name="Schäfer", salutation="Herr", department="Einkauf"))
    before = dump_state(ws)
    dialog = PartnerDialog(controller, bosch)
    qtbot.addWidget(dialog)
    table = dialog.findChild(QTableWidget, "contactTable")
    headers = [table.horizontalHeaderItem(c).text() for c in range(table.columnCount())]
    assert headers == ["Salutation", "Title", "Name", "Department", "Role", "E-mail", "Phone"]
    assert [table.item(0, c).text() for c in range(3)] == ["Herr", "", "Schäfer"]
    dialog.findChild(QLineEdit, "partnerStreet").setText("Robert-Bosch-Platz 1")
    dialog.findChild(QLineEdit, "partnerPostcode").setText("70839")
    dialog.findChild(QPlainTextEdit, "partnerExtra").setPlainText("Kundennummer: K-1\nRahmenvertrag: 2026")
    dialog.set_contact(0, title="Dr.", department="Einkauf Europa")
    dialog._add_contact_row()
    assert table.currentColumn() == 2  # a new contact starts in its name
    dialog.set_contact(1, salutation="Frau", title="Prof. Dr.", name="Roth", department="Entwicklung")
    dialog.ok_button.click()
    assert dialog.result() == dialog.DialogCode.Accepted
    saved = ws.get("partner", bosch)
    assert (saved.street, saved.postcode, saved.city) == ("Robert-Bosch-Platz 1", "70839", "Gerlingen")
    assert saved.extra == "Kundennummer: K-1\nRahmenvertrag: 2026"
    contacts = sorted((c.salutation, c.title, c.name, c.department) for c in queries.contacts_of(ws, bosch))
    assert contacts == [("Frau", "Prof. Dr.", "Roth", "Entwicklung"), ("Herr", "Dr.", "Schäfer", "Einkauf Europa")]
    assert controller.undo_stack.count() == 1
    controller.undo_stack.undo()
    assert dump_state(ws) == before


def test_a_postcode_too_long_is_said_beside_it_and_nothing_is_written(controller, qtbot):
    bosch = _partner(controller, name="Bosch")
    before = dump_state(controller.workspace)
    dialog = PartnerDialog(controller, bosch)
    qtbot.addWidget(dialog)
    dialog.findChild(QLineEdit, "partnerPostcode").setMaxLength(100)  # as if pasted past the field's limit
    dialog.findChild(QLineEdit, "partnerPostcode").setText("7" * 20)
    dialog.ok_button.click()
    error = dialog.findChild(QLabel, "error_postcode")
    assert not error.isHidden() and "Postcode" in error.text()
    assert dump_state(controller.workspace) == before


def test_table_shows_postcode_with_city_and_searches_street_and_further_details(controller):
    _partner(controller, name="Hochschule Reutlingen", street="Alteburgstraße 150", postcode="72762",
             city="Reutlingen", extra="Image: http://x/a.jpg")
    _partner(controller, name="Ohne Ort")
    _partner(controller, name="Nur PLZ", postcode="72336")
    model = PartnerTableModel(controller)
    rows = {model.index(r, NAME).data(): r for r in range(model.rowCount())}
    hs = model.index(rows["Hochschule Reutlingen"], CITY)
    assert hs.data() == "72762 Reutlingen"
    assert hs.data(Qt.ItemDataRole.ToolTipRole) == "Alteburgstraße 150, 72762 Reutlingen"
    assert model.index(rows["Ohne Ort"], CITY).data() == ""
    assert model.index(rows["Nur PLZ"], CITY).data() == "72336"
    for text in ("alteburg", "a.jpg", "72762"):
        model.set_filter(search=text)
        assert [model.index(r, NAME).data() for r in range(model.rowCount())] == ["Hochschule Reutlingen"], text
