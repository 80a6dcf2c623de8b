"""Issue 15 (parts 1 and 5): addresses and contact details survive an import, and no column is dropped silently.

The German list is the realistic Windows-1252 file of ``tests/fixtures/import``; the Kumu workbook is the real
PayPal-mafia sample, whose custom columns (Image, Net Worth, Citizenship ...) are kept as further details.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from netzplaner.domain.addresses import split_address, split_postcode
from netzplaner.domain.extra_fields import extra_names, extra_value, format_extra, merge_extra, parse_extra
from netzplaner.io.contact_names import split_contact
from netzplaner.io.import_source import read_source
from netzplaner.io.partner_table import EXTRA
from netzplaner.services import queries
from netzplaner.services.partner_import import import_partners, plan_import
from tests.test_partner_import import KUMU, by_name, write_csv

GERMAN_LIST = Path(__file__).resolve().parent / "fixtures" / "import" / "partner_list_cp1252.csv"


@pytest.mark.parametrize("text, parts", [
    ("Einkauf, Hr. Schäfer", ("Schäfer", "Herr", "", "Einkauf")),
    ("Prof. Dr. Klaus Kern", ("Klaus Kern", "", "Prof. Dr.", "")),
    ("Frau Dr. Weiß", ("Weiß", "Frau", "Dr.", "")),
    ("Weiterbildung, Fr. Öztürk", ("Öztürk", "Frau", "", "Weiterbildung")),
    ("Hr. Schäfer (Einkauf)", ("Schäfer", "Herr", "", "Einkauf")),
    ("Hr. Schäfer, Einkauf", ("Schäfer", "Herr", "", "Einkauf")),
    ("Prof. Dr.-Ing. Bauer", ("Bauer", "", "Prof. Dr.-Ing.", "")),
    ("Herr Dr. Frank", ("Frank", "Herr", "Dr.", "")),
    ("Dr. rer. nat. Anna Lang", ("Anna Lang", "", "Dr. rer. nat.", "")),
    ("Dipl.-Ing. Kurt Bauer", ("Kurt Bauer", "", "Dipl.-Ing.", "")),
    ("Ms Jane Roe", ("Jane Roe", "Ms", "", "")),
    # what is not certain stays as written
    ("Schäfer, Hans", ("Schäfer, Hans", "", "", "")), ("Geschäftsstelle", ("Geschäftsstelle", "", "", "")),
    ("Frau", ("Frau", "", "", "")), ("Ing Lee", ("Ing Lee", "", "", "")), ("Drake Miller", ("Drake Miller", "", "", "")),
])
def test_a_contact_cell_is_split(text, parts):
    found = split_contact(text)
    assert (found.name, found.salutation, found.title, found.department) == parts


def test_further_details_text():
    text = format_extra([("Image", "http://x/a.jpg"), ("Net Worth (Billions)", "3.5"), ("Leer", ""),
                         ("Zeit: Start", "2024\nJanuar")])
    assert text == "Image: http://x/a.jpg\nNet Worth (Billions): 3.5\nZeit:Start: 2024 Januar"
    assert parse_extra(text) == [("Image", "http://x/a.jpg"), ("Net Worth (Billions)", "3.5"),
                                 ("Zeit:Start", "2024 Januar")]
    assert extra_value(text, "net worth (billions)") == "3.5" and extra_value(text, "Home") == ""
    assert parse_extra("Notiz ohne Namen\n\nImage:") == [("", "Notiz ohne Namen"), ("Image", "")]
    # a name new in a later text goes after the one it follows there: one list's column order survives
    assert extra_names([text, "image: y\nHome: z"]) == ["Image", "Home", "Net Worth (Billions)", "Zeit:Start"]
    assert extra_names(["B: 1", "A: 1\nB: 2\nC: 3"]) == ["A", "B", "C"]
    assert merge_extra("Image: a", "image: b\nHome: z") == "Image: a\nHome: z"  # fills, never overwrites
    assert merge_extra("Image: a", "Image: b") == "Image: a"


def test_addresses_glued_in_one_cell():
    assert split_postcode("D-72762 Reutlingen") == ("72762", "Reutlingen")
    assert split_postcode("Reutlingen") is None
    assert split_address("Alteburgstraße 150, 72762 Reutlingen") == ("Alteburgstraße 150", "72762", "Reutlingen")
    assert split_address("Alteburgstraße 150") is None


def test_the_german_list_keeps_addresses_and_splits_salutations(ws):
    report = import_partners(ws, GERMAN_LIST)
    assert report.applied and report.source.elements.encoding == "Windows-1252"
    assert report.kept_columns == [] and report.ignored_columns == []  # every column has its field
    found = by_name(ws)
    hs = found["Hochschule Reutlingen"]
    assert (hs.street, hs.postcode, hs.city, hs.country) == ("Alteburgstraße 150", "72762", "Reutlingen", "DE")
    assert found["Steyr Antriebstechnik GmbH"].postcode == "4400" and found["AHK Polen"].postcode == "00-246"

    def contact(name, person=None):
        contacts = queries.contacts_of(ws, found[name].id)
        (c,) = [c for c in contacts if person in (None, c.name)]
        return c.salutation, c.title, c.name, c.department

    assert contact("Bosch") == ("Herr", "", "Schäfer", "Einkauf")
    assert contact("Hochschule Reutlingen", "Klaus Kern") == ("", "Prof. Dr.", "Klaus Kern", "")
    # "HS Reutlingen" is proposed as the same partner and merged by default (services/duplicates.py)
    assert "HS Reutlingen" not in found
    assert contact("Hochschule Reutlingen", "Weiß") == ("Frau", "Dr.", "Weiß", "")
    assert contact("Technische Hochschule Ulm") == ("", "Prof. Dr.-Ing.", "Bauer", "")
    assert contact("Swissmem") == ("Herr", "Dr.", "Keller", "")
    assert contact("Allianz Industrie 4.0 BW") == ("", "", "Geschäftsstelle", "")  # no person: kept as written


def test_separate_columns_and_several_contacts(ws, tmp_path):
    path = write_csv(tmp_path / "crm.csv", [
        ["Firma", "Anschrift", "Bundesland", "Anrede", "Titel", "Vorname", "Nachname", "Abteilung", "Funktion",
         "E-Mail", "Ansprechpartner 2", "E-Mail 2", "Kundennummer", "Umsatz 2024", "Eigene Firma"],
        ["Gießerei Berger", "Hafenstraße 3, 89073 Ulm", "Baden-Württemberg", "Hr.", "Dr.", "Max", "Berger",
         "Geschäftsleitung", "Inhaber", "max@berger.example", "Frau Kaya (Einkauf)", "kaya@berger.example",
         "K-1001", "1,2 Mio", "ja"]])
    report = import_partners(ws, path)
    berger = by_name(ws)["Gießerei Berger"]
    assert (berger.street, berger.postcode, berger.city, berger.region) == \
        ("Hafenstraße 3", "89073", "Ulm", "Baden-Württemberg")
    assert berger.extra == "Kundennummer: K-1001\nUmsatz 2024: 1,2 Mio"
    assert not berger.is_own_firm
    assert report.kept_columns == ["Kundennummer", "Umsatz 2024"] and report.ignored_columns == ["Eigene Firma"]
    assert "Columns kept as further details: Kundennummer, Umsatz 2024." in report.lines()
    assert "Columns not imported: Eigene Firma." in report.lines()
    contacts = sorted(queries.contacts_of(ws, berger.id), key=lambda c: c.email)
    assert [(c.salutation, c.title, c.name, c.department, c.role, c.email) for c in contacts] == [
        ("Frau", "", "Kaya", "Einkauf", "", "kaya@berger.example"),
        ("Herr", "Dr.", "Max Berger", "Geschäftsleitung", "Inhaber", "max@berger.example")]


def test_a_second_import_fills_further_details_without_overwriting(ws, tmp_path):
    import_partners(ws, write_csv(tmp_path / "a.csv", [["Firma", "Kundennummer"], ["Berger", "K-1"]]))
    report = import_partners(ws, write_csv(tmp_path / "b.csv", [["Firma", "Kundennummer", "Rating"],
                                                                ["Berger", "K-2", "A"]]))
    assert by_name(ws)["Berger"].extra == "Kundennummer: K-1\nRating: A"
    assert report.rows[0].fields == ("extra",)


def test_a_column_the_user_leaves_out_is_named(ws, tmp_path):
    path = write_csv(tmp_path / "a.csv", [["Firma", "Kundennummer", "Leer"], ["Berger", "K-1", ""]])
    source = read_source(path)
    assert source.layout.mapping == {0: "name", 1: EXTRA, 2: EXTRA}
    report = plan_import(ws, path, mapping={1: None})
    assert report.ignored_columns == ["Kundennummer"] and report.kept_columns == []  # "Leer" holds nothing
    import_partners(ws, path, mapping={1: None})
    assert by_name(ws)["Berger"].extra == ""


def test_the_real_kumu_sample_names_and_keeps_every_unmapped_column(ws):
    report = import_partners(ws, KUMU)
    assert report.kept_columns == ["Attribution", "Board Affiliations", "Citizenship", "Education", "Home", "Image",
                                   "Influence", "Net Worth (Billions)"]
    assert report.ignored_columns == []
    found = by_name(ws)
    thiel = found["Peter Thiel"]
    assert extra_value(thiel.extra, "Net Worth (Billions)") and extra_value(thiel.extra, "Image").startswith("http")
    with_extra = [p for p in found.values() if p.extra]
    assert len(with_extra) > 20
    # the connections' own column that feeds no field (Tags) is kept in the relationships' notes and named
    assert report.kept_connection_columns == ["Tags"] and report.ignored_connection_columns == []
    assert "Connection columns kept in the notes: Tags." in report.lines()
    assert any(line.startswith("Tags: ") for r in queries.list_relationships(ws) for line in r.notes.splitlines())


def test_a_postcode_glued_to_the_city_is_split(ws, tmp_path):
    path = write_csv(tmp_path / "glued.csv", [["Firma", "PLZ/Ort"], ["Hochschule Reutlingen", "D-72762 Reutlingen"],
                                              ["Swissmem", "8005 Zürich"], ["Ohne PLZ", "Balingen"]])
    import_partners(ws, path)
    found = by_name(ws)
    assert [(found[n].postcode, found[n].city) for n in ("Hochschule Reutlingen", "Swissmem", "Ohne PLZ")] == \
        [("72762", "Reutlingen"), ("8005", "Zürich"), ("", "Balingen")]
