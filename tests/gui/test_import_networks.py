"""The import preview's networks (issue 15, part 3): each new partner's proposed network with its reason, changed
per row (the Network cell) and per group (kind, country, proposal), and imported as shown; graph files too."""

from __future__ import annotations

from pathlib import Path

import networkx as nx
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLabel, QPushButton, QTableView, QTabWidget

from netzplaner.domain.enums import Dimension
from netzplaner.gui.common.worker import Worker
from netzplaner.gui.exchange.network_column import NETWORK, OPTIONS, PARTNER, REASON
from netzplaner.gui.exchange.partner_import_dialog import PartnerImportDialog
from netzplaner.services import partners, queries

LIST = Path(__file__).resolve().parents[1] / "fixtures" / "import" / "partner_list_cp1252.csv"
R, T, I = Dimension.REGIONAL, Dimension.THEMATIC, Dimension.INTERNATIONAL


@pytest.fixture(autouse=True)
def synchronous_worker(monkeypatch):
    monkeypatch.setattr(Worker, "synchronous", True)


@pytest.fixture
def balingen(controller):
    ws = controller.workspace
    ws.execute(partners.update_partner(ws, ws.own_firm_id, postcode="72336", city="Balingen"))
    return controller


def open_dialog(controller, path, qtbot) -> PartnerImportDialog:
    dialog = PartnerImportDialog(controller, path)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.report is not None, timeout=5000)
    return dialog


def rows_of(dialog) -> dict[str, tuple[str, str]]:
    model = dialog.findChild(QTableView, "importNetworksTable").model()
    return {model.index(r, PARTNER).data(): (model.index(r, NETWORK).data(), model.index(r, REASON).data())
            for r in range(model.rowCount())}


def test_the_preview_proposes_networks_with_reasons_and_imports_what_the_user_set(balingen, qtbot):
    dialog = open_dialog(balingen, LIST, qtbot)
    dialog.findChild(QTabWidget, "importResultTabs").setCurrentIndex(1)
    rows = rows_of(dialog)
    assert rows["IHK Reutlingen"] == ("Regional", "34 km from the own firm (regional up to 80 km).")
    assert rows["Steyr Antriebstechnik GmbH"][0] == "International"
    assert rows["VDMA Baden-Württemberg"][0] == "Thematic"
    summary = dialog.findChild(QLabel, "importNetworksSummary").text()
    assert "without a network 0" in summary
    # one row: the Network cell
    table = dialog.findChild(QTableView, "importNetworksTable")
    model = table.model()
    bosch = next(r for r in range(model.rowCount()) if model.index(r, PARTNER).data() == "Bosch")
    assert model.setData(model.index(bosch, NETWORK), OPTIONS.index(frozenset({R, T})), Qt.ItemDataRole.EditRole)
    assert rows_of(dialog)["Bosch"][0] == "Regional + Thematic"
    assert rows_of(dialog)["Bosch"][1].startswith("Changed by you; proposed: Regional")
    # a group: every row from Austria, Switzerland ... here: all of kind "Customer"
    group = dialog.findChild(QComboBox, "importNetworkGroup")
    group.setCurrentIndex(next(i for i in range(group.count()) if group.itemText(i).startswith("kind “Customer”")))
    dialog.findChild(QComboBox, "importNetworkGroupChoice").setCurrentIndex(OPTIONS.index(frozenset()))
    dialog.findChild(QPushButton, "importNetworkGroupApply").click()
    assert rows_of(dialog)["Voith Präzision"][0] == "– no network –"
    assert "without a network 4" in dialog.findChild(QLabel, "importNetworksSummary").text()
    dialog.apply()
    stored = {p.name: p.dimensions for p in queries.list_partners(balingen.workspace)}
    assert stored["Voith Präzision"] == frozenset() and stored["Bosch"] == frozenset()  # Bosch is a customer too
    assert stored["Steyr Antriebstechnik GmbH"] == frozenset()
    assert stored["IHK Reutlingen"] == {R} and stored["Swissmem"] == {I, T}


def test_a_choice_survives_planning_again(balingen, qtbot):
    dialog = open_dialog(balingen, LIST, qtbot)
    model = dialog.findChild(QTableView, "importNetworksTable").model()
    row = next(r for r in range(model.rowCount()) if model.index(r, PARTNER).data() == "Swissmem")
    model.setData(model.index(row, NETWORK), OPTIONS.index(frozenset({T})), Qt.ItemDataRole.EditRole)
    dialog.findChild(QComboBox, "mapColumn7").setCurrentIndex(0)  # "Bemerkung" no longer imported: plans again
    qtbot.waitUntil(lambda: dialog.apply_button.isEnabled(), timeout=5000)
    assert rows_of(dialog)["Swissmem"][0] == "Thematic"
    dialog.apply()
    assert {p.name: p.dimensions for p in queries.list_partners(balingen.workspace)}["Swissmem"] == {T}


def test_a_graph_file_names_its_merged_edges_in_the_preview(balingen, qtbot, tmp_path):
    graph = nx.MultiDiGraph()
    graph.add_node("a", label="Hochschule Reutlingen", kind="Hochschule")
    graph.add_node("b", label="Swissmem", country="CH")
    graph.add_edge("a", "b")
    graph.add_edge("b", "a")
    path = tmp_path / "netz.graphml"
    nx.write_graphml(graph, path)
    dialog = open_dialog(balingen, path, qtbot)
    text = dialog.findChild(QLabel, "importFile").text()
    assert "graph file" in text and "2 directed edges read; 1 in the opposite direction" in text
