"""The import preview's likely duplicates (issue 15) on the realistic list: proposed with their reason, the choice
plans again, and the import follows it as one undo step."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton, QTableView

from netzplaner.gui.common.worker import Worker
from netzplaner.gui.exchange.duplicate_panel import MATCH, MERGE, WHY
from netzplaner.gui.exchange.partner_import_dialog import PartnerImportDialog
from netzplaner.services import queries
from tests.conftest import dump_state

FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "import" / "partner_list_cp1252.csv"


@pytest.fixture(autouse=True)
def synchronous_worker(monkeypatch):
    monkeypatch.setattr(Worker, "synchronous", True)


def proposals(dialog) -> dict[str, tuple[str, str, bool]]:
    model = dialog.findChild(QTableView, "importDuplicatesTable").model()
    return {model.index(r, 1).data(): (model.index(r, MATCH).data(), model.index(r, WHY).data(),
                                       model.index(r, MERGE).data(Qt.ItemDataRole.CheckStateRole)
                                       == Qt.CheckState.Checked)
            for r in range(model.rowCount())}


def status_of(dialog, row: int) -> str:
    model = dialog.findChild(QTableView, "importReport").model()
    return next(model.index(r, 2).data() for r in range(model.rowCount()) if model.index(r, 0).data() == str(row))


def test_the_preview_proposes_the_four_pairs_and_the_import_follows_the_choice(controller, qtbot):
    before = dump_state(controller.workspace)
    dialog = PartnerImportDialog(controller, FIXTURE)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.report is not None, timeout=5000)
    assert dialog.duplicates.isVisibleTo(dialog)
    found = proposals(dialog)
    assert set(found) == {"HS Reutlingen", "Industrie- und Handelskammer Reutlingen", "Robert Bosch GmbH",
                          "Mueller Präzisionsteile GmbH"}
    assert found["HS Reutlingen"] == ("Hochschule Reutlingen (row 2 of the file)", "HS = Hochschule", True)
    assert found["Robert Bosch GmbH"][2] is False  # only part of the name: the user decides
    assert status_of(dialog, 3) == "updated" and status_of(dialog, 7) == "added"
    table = dialog.findChild(QTableView, "importDuplicatesTable")
    model = table.model()
    bosch = next(r for r in range(model.rowCount()) if model.index(r, 1).data() == "Robert Bosch GmbH")
    model.setData(model.index(bosch, MERGE), Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    hs = next(r for r in range(model.rowCount()) if model.index(r, 1).data() == "HS Reutlingen")
    model.setData(model.index(hs, MERGE), Qt.CheckState.Unchecked.value, Qt.ItemDataRole.CheckStateRole)
    qtbot.waitUntil(lambda: status_of(dialog, 7) == "updated" and status_of(dialog, 3) == "added",
                    timeout=5000)  # planned again with both choices
    assert proposals(dialog)["Robert Bosch GmbH"][2] and not proposals(dialog)["HS Reutlingen"][2]
    dialog.findChild(QPushButton, "importApply").click()
    names = {p.name for p in queries.list_partners(controller.workspace)}
    assert "Robert Bosch GmbH" not in names and "HS Reutlingen" in names
    controller.undo_stack.undo()
    assert dump_state(controller.workspace) == before


def test_same_name_in_other_capitals_cannot_be_kept_apart(controller, qtbot, tmp_path):
    path = tmp_path / "caps.csv"
    path.write_text("Name;Ort\nFeld SL;Madrid\nFELD SL;\n", encoding="utf-8")
    dialog = PartnerImportDialog(controller, path)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.report is not None, timeout=5000)
    model = dialog.findChild(QTableView, "importDuplicatesTable").model()
    assert model.rowCount() == 1 and "capitalisation" in model.index(0, WHY).data()
    assert not model.flags(model.index(0, MERGE)) & Qt.ItemFlag.ItemIsUserCheckable
    assert not model.setData(model.index(0, MERGE), Qt.CheckState.Unchecked.value, Qt.ItemDataRole.CheckStateRole)


def test_no_proposals_no_panel(controller, qtbot, tmp_path):
    path = tmp_path / "plain.csv"
    path.write_text("Name;Ort\nHochschule Reutlingen;Reutlingen\nHandwerkskammer Reutlingen;Reutlingen\n",
                    encoding="utf-8")
    dialog = PartnerImportDialog(controller, path)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.report is not None, timeout=5000)
    assert not dialog.duplicates.isVisibleTo(dialog)
