"""File → Import partner list: preview, column mapping, row-by-row report, one undo step."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QLabel,
    QPushButton,
    QTableView,
    QTableWidget,
)

from netzplaner.domain.enums import PartnerKind
from netzplaner.gui.common import ask
from netzplaner.gui.exchange.partner_import_dialog import (
    PartnerImportDialog,
    import_partner_list,
)
from netzplaner.gui.common.worker import Worker
from netzplaner.services import partners, queries
from tests.conftest import dump_state

CSV = ("Firma;Art;PLZ;Ort;Land;Ansprechpartner;E-Mail;Umsatzklasse\r\n"
       "Härterei Schäfer GmbH;Lieferant;72336;Balingen;Deutschland;Jürgen Weiß;j.weiss@haerterei.example;B\r\n"
       "Hochschule Albstadt-Sigmaringen;Hochschule;72458;Albstadt;Deutschland;;;A\r\n"
       ";Verband;;Stuttgart;;;;C\r\n"
       "Eyachtal Präzisionsmaschinen GmbH;Unternehmen;;Balingen;;;;A\r\n")


@pytest.fixture(autouse=True)
def synchronous_worker(monkeypatch):
    monkeypatch.setattr(Worker, "synchronous", True)


@pytest.fixture
def csv_file(tmp_path) -> Path:
    path = tmp_path / "Partnerliste.csv"
    path.write_bytes(CSV.encode("cp1252"))
    return path


def open_dialog(controller, path, qtbot) -> PartnerImportDialog:
    dialog = PartnerImportDialog(controller, path)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.report is not None, timeout=5000)
    return dialog


def report_rows(dialog) -> list[tuple[str, str, str, str]]:
    model = dialog.findChild(QTableView, "importReport").model()
    return [tuple(model.index(r, c).data() for c in range(4)) for r in range(model.rowCount())]


def test_preview_maps_recognised_columns_and_reports_each_row(controller, csv_file, qtbot):
    before = dump_state(controller.workspace)
    dialog = open_dialog(controller, csv_file, qtbot)
    assert "Windows (Western Europe)" in dialog.findChild(QLabel, "importFile").text()  # not "Windows-1252"
    preview = dialog.findChild(QTableWidget, "importPreviewTable")
    assert preview.rowCount() == 5 and preview.item(1, 0).text() == "Härterei Schäfer GmbH"
    assert dialog.findChild(QComboBox, "mapColumn0").currentData() == "name"
    assert dialog.findChild(QComboBox, "mapColumn2").currentData() == "postcode"
    # "Umsatzklasse" is no field: kept as a further detail, and the note under the preview says so
    assert dialog.findChild(QComboBox, "mapColumn7").currentData() == "extra"
    note = dialog.findChild(QLabel, "importColumnsNote")
    assert not note.isHidden() and note.text() == "Kept as further details of the partner (blue): Umsatzklasse"
    preview = dialog.findChild(QTableWidget, "importPreviewTable")
    assert preview.item(1, 7).foreground().color().name() == "#1f5fa8"  # not greyed out as if dropped
    dialog.findChild(QComboBox, "mapColumn7").setCurrentIndex(0)  # the user leaves it out: named, greyed
    qtbot.waitUntil(lambda: "Not imported (grey): Umsatzklasse" in note.text(), timeout=5000)
    assert preview.item(1, 7).foreground().color().name() == "#9e9e9e"
    dialog.findChild(QComboBox, "mapColumn7").setCurrentIndex(
        dialog.findChild(QComboBox, "mapColumn7").findData("extra"))
    qtbot.waitUntil(lambda: "Kept as further details" in note.text(), timeout=5000)
    rows = report_rows(dialog)
    assert [r[2] for r in rows] == ["added", "added", "skipped", "updated"]
    assert "no name" in rows[2][3]
    assert rows[3][3] == "Fills: Further details."  # the own firm gets "Umsatzklasse: A"
    summary = dialog.findChild(QLabel, "importSummary").text()
    assert "Partners: 2 new, 1 updated" in summary and "Rows skipped: 1" in summary
    dialog.findChild(QCheckBox, "importProblemsOnly").setChecked(True)
    assert [r[2] for r in report_rows(dialog)] == ["skipped", "updated"]
    assert dump_state(controller.workspace) == before  # the preview wrote nothing


def test_remapping_a_column_plans_again(controller, csv_file, qtbot):
    dialog = open_dialog(controller, csv_file, qtbot)
    first = dialog.report
    combo = dialog.findChild(QComboBox, "mapColumn7")
    combo.setCurrentIndex(combo.findData("tags"))
    qtbot.waitUntil(lambda: dialog.report is not first, timeout=5000)
    assert dialog.mapping[7] == "tags"
    name = dialog.findChild(QComboBox, "mapColumn0")
    name.setCurrentIndex(0)  # no name column: the import cannot run, the dialog says why
    qtbot.waitUntil(lambda: dialog.report is None, timeout=5000)
    assert not dialog.findChild(QPushButton, "importApply").isEnabled()
    assert "no column for the partners' names" in dialog.findChild(QLabel, "importSummary").text()
    city = dialog.findChild(QComboBox, "mapColumn3")
    city.setCurrentIndex(city.findData("name"))  # the city column as the name, for the sake of the test
    qtbot.waitUntil(lambda: dialog.report is not None, timeout=5000)
    assert dialog.findChild(QComboBox, "mapColumn3").currentData() == "name"
    assert [r[1] for r in report_rows(dialog)][:2] == ["Balingen", "Albstadt"]


def test_import_is_one_undo_step(controller, csv_file, qtbot, monkeypatch):
    monkeypatch.setattr(ask, "open_path", lambda *args: str(csv_file))
    monkeypatch.setattr(PartnerImportDialog, "exec", lambda dialog: (
        qtbot.waitUntil(lambda: dialog.findChild(QPushButton, "importApply").isEnabled(), timeout=5000),
        dialog.findChild(QPushButton, "importApply").click()))
    before = dump_state(controller.workspace)
    count = controller.undo_stack.count()
    assert import_partner_list(None, controller)
    found = {p.name: p for p in queries.list_partners(controller.workspace)}
    assert found["Härterei Schäfer GmbH"].kind == PartnerKind.SUPPLIER
    assert (found["Härterei Schäfer GmbH"].postcode, found["Härterei Schäfer GmbH"].city) == ("72336", "Balingen")
    assert found["Härterei Schäfer GmbH"].extra == "Umsatzklasse: B"
    assert controller.undo_stack.count() == count + 1
    assert "Partnerliste.csv" in controller.undo_stack.undoText()
    controller.undo_stack.undo()
    assert dump_state(controller.workspace) == before


def test_cancel_and_a_bad_file_change_nothing(controller, tmp_path, csv_file, qtbot, monkeypatch):
    monkeypatch.setattr(ask, "open_path", lambda *args: "")
    assert not import_partner_list(None, controller)
    bad = tmp_path / "kaputt.csv"
    bad.write_bytes(b"Firma\nM\x81ller\n")
    errors = []
    monkeypatch.setattr(ask, "open_path", lambda *args: str(bad))
    monkeypatch.setattr(ask, "error", lambda parent, title, text: errors.append(text))
    monkeypatch.setattr(PartnerImportDialog, "exec", lambda dialog: qtbot.waitUntil(lambda: bool(errors), timeout=5000))
    before = dump_state(controller.workspace)
    assert not import_partner_list(None, controller)
    assert len(errors) == 1 and "cannot be decoded" in errors[0]
    monkeypatch.setattr(ask, "open_path", lambda *args: str(csv_file))
    monkeypatch.setattr(PartnerImportDialog, "exec", lambda dialog: (
        qtbot.waitUntil(lambda: dialog.report is not None, timeout=5000), dialog.reject()))
    assert not import_partner_list(None, controller)
    assert dump_state(controller.workspace) == before


def test_a_clash_at_apply_time_is_one_message_and_no_change(controller, csv_file, qtbot, monkeypatch):
    dialog = open_dialog(controller, csv_file, qtbot)
    controller.run(partners.create_partner(controller.workspace, name="Hochschule Albstadt-Sigmaringen",
                                           kind="university"))
    before = dump_state(controller.workspace)
    errors = []
    monkeypatch.setattr(ask, "error", lambda parent, title, text: errors.append(text))
    dialog.findChild(QPushButton, "importApply").click()
    assert errors and "already a partner called" in errors[0]
    assert dump_state(controller.workspace) == before and not dialog.report.applied
