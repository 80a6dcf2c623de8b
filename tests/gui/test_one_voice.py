"""One voice in the window: the glossary's words and the UI language's dates and numbers, wherever the window
writes a responsible person, an effort, a cost, a date or a map layout; file text shown as it will be stored."""

from __future__ import annotations

from datetime import date
from types import SimpleNamespace

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QTableWidget

from netzplaner.domain.glossary import term
from netzplaner.gui.common import i18n
from netzplaner.gui.plan.action_model import (
    COST,
    DUE,
    EFFORT,
    OWNER,
    START,
    ActionTableModel,
    SortRole,
)
from netzplaner.gui.map.map_panel import MapPanel, title_of
from netzplaner.gui.exchange.partner_import_dialog import PartnerImportDialog
from netzplaner.gui.common.worker import Worker
from netzplaner.services import goals, queries


@pytest.fixture
def plan(controller):
    ws = controller.workspace
    ws.apply(goals.create_goal(ws, title="Zweite Stahlquelle", benefit="resilience"))
    goal = queries.list_goals(ws)[0]
    ws.apply(goals.create_action(ws, goal.id, title="Audit", owner="Frau Keller", start_date=date(2026, 3, 2),
                                 due_date=date(2026, 11, 30), effort_days=2.5, cost_eur=1250.0))
    return ActionTableModel(controller, today=date(2026, 11, 1))


def cells(model, *columns) -> list[str]:
    return [model.index(0, c).data() for c in columns]


def header(model, column, role=Qt.ItemDataRole.DisplayRole):
    return model.headerData(column, Qt.Orientation.Horizontal, role)


@pytest.mark.parametrize("lang, start, due, cost, effort", [
    ("de", "02.03.2026", "30.11.2026", "1.250 €", "2,5"),
    ("en", "2026-03-02", "2026-11-30", "€1,250", "2.5"),
])
def test_the_action_plan_writes_the_glossary_words_and_the_languages_dates(plan, lang, start, due, cost, effort):
    i18n.install(lang)
    plan.retranslate()
    assert cells(plan, START, DUE, COST, EFFORT) == [start, due, cost, effort]
    assert header(plan, OWNER) == term("owner", lang)  # Verantwortlich / Responsible, never "Owner"
    assert header(plan, EFFORT) == {"de": "Aufwand (PT)", "en": "Effort (PD)"}[lang]
    assert f"({term('effort_short', lang)})" in header(plan, EFFORT)
    assert header(plan, EFFORT, Qt.ItemDataRole.ToolTipRole) == term("effort", lang)


def test_sorting_stays_on_the_real_dates(plan, controller):
    ws = controller.workspace
    goal = queries.list_goals(ws)[0]
    # 01.12.2026 reads before 30.11.2026 as German text; the plan still sorts November first
    ws.apply(goals.create_action(ws, goal.id, title="Später", due_date=date(2026, 12, 1)))
    i18n.install("de")
    plan.retranslate()
    keys = sorted(range(plan.rowCount()), key=lambda r: plan.index(r, DUE).data(SortRole))
    assert [plan.index(r, DUE).data() for r in keys] == ["30.11.2026", "01.12.2026"]


@pytest.mark.parametrize("lang, rings, links", [("de", "Ringe um uns", "Nach Verbindungen"),
                                                ("en", "Rings around us", "By connections")])
def test_the_map_names_its_layouts_as_the_glossary(controller, qtbot, lang, rings, links):
    i18n.install(lang)
    panel = MapPanel(controller)
    qtbot.addWidget(panel)
    assert (panel.concentric_button.text(), panel.force_button.text()) == (rings, links)
    assert rings == term("layout_rings", lang) and links == term("layout_links", lang)
    assert panel.concentric_button.text() != term("network_map", lang)  # the tab's name is the tab's alone
    assert panel.concentric_button.objectName() == "mapLayoutConcentric"


def test_the_map_title_writes_the_languages_date(controller):
    data = SimpleNamespace(names=["Eyachtal GmbH"], own=0)
    i18n.install("en")
    assert title_of(controller.workspace, data).endswith(date.today().isoformat())
    i18n.install("de")
    assert title_of(controller.workspace, data) == f"Netzwerk – Eyachtal GmbH · {date.today():%d.%m.%Y}"


@pytest.fixture
def synchronous_worker(monkeypatch):
    monkeypatch.setattr(Worker, "synchronous", True)


def test_the_import_preview_shows_file_text_as_it_will_be_stored(controller, tmp_path, qtbot, synchronous_worker):
    path = tmp_path / "Partner.csv"
    # a right-to-left override would show "Werk Süd" as "düS kreW"; a line break would hide the city
    path.write_text("Firma;Ort\u202e\n\u202eWerk Süd;Ulm\n\"Härterei\nSchäfer\";Balingen\n", encoding="utf-8")
    i18n.install("de")
    dialog = PartnerImportDialog(controller, path)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.report is not None, timeout=5000)
    preview = dialog.findChild(QTableWidget, "importPreviewTable")
    assert preview.horizontalHeaderItem(1).text() == "Ort"
    assert [preview.item(r, 0).text() for r in (1, 2)] == ["Werk Süd", "Härterei Schäfer"]


def test_the_import_names_the_windows_encoding_in_plain_words(controller, tmp_path, qtbot, synchronous_worker):
    path = tmp_path / "Partner.csv"
    path.write_bytes("Firma;Ort\nHärterei Schäfer;Balingen\n".encode("cp1252"))
    i18n.install("de")
    dialog = PartnerImportDialog(controller, path)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.report is not None, timeout=5000)
    text = dialog.findChild(QLabel, "importFile").text()
    assert "Windows (Westeuropa)" in text and "1252" not in text
