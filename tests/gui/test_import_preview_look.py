"""The import preview at the projector's 14 pt (issue 17's leftover of issue 15): its three tables share one set-up
whose columns follow the font, and the dialog spends its height on the tables, not on headings."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QAbstractItemView, QCheckBox, QDialogButtonBox, QHeaderView, QLabel, QTableView

from netzplaner.gui.common.worker import Worker
from netzplaner.gui.exchange import duplicate_panel, network_column, partner_import_dialog
from netzplaner.gui.exchange.partner_import_dialog import PartnerImportDialog

FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "import" / "partner_list_cp1252.csv"
TABLES = ("importDuplicatesTable", "importReport", "importNetworksTable")


@pytest.fixture(autouse=True)
def synchronous_worker(monkeypatch):
    monkeypatch.setattr(Worker, "synchronous", True)


@pytest.fixture
def dialog(controller, qtbot):
    dialog = PartnerImportDialog(controller, FIXTURE)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.report is not None, timeout=5000)
    return dialog


def test_the_three_tables_are_set_up_alike(dialog):
    for name in TABLES:
        table = dialog.findChild(QTableView, name)
        assert table.verticalHeader().isHidden() and table.wordWrap(), name
        assert table.selectionBehavior() == QAbstractItemView.SelectionBehavior.SelectRows, name
        header = table.horizontalHeader()
        modes = [header.sectionResizeMode(c) for c in range(header.count())]
        assert modes.count(QHeaderView.ResizeMode.Stretch) == 1, name  # one column takes the rest
    networks = dialog.findChild(QTableView, "importNetworksTable")
    assert networks.editTriggers() == QAbstractItemView.EditTrigger.AllEditTriggers  # the network drop-down
    assert dialog.findChild(QTableView, "importReport").editTriggers() == QAbstractItemView.EditTrigger.NoEditTriggers


@pytest.mark.parametrize(("name", "column"), [("importDuplicatesTable", duplicate_panel.ENTRY),
                                              ("importReport", partner_import_dialog.ENTRY),
                                              ("importNetworksTable", network_column.PARTNER)])
def test_columns_grow_with_the_font(dialog, name, column):
    table = dialog.findChild(QTableView, name)
    before = table.columnWidth(column)
    font = QFont(table.font())
    font.setPointSize(font.pointSize() + 6)
    table.setFont(font)
    assert table.columnWidth(column) > before * 1.3  # measured again from the font (pixel widths did not grow)


def test_the_height_goes_to_the_tables(dialog):
    tabs = dialog.result_tabs
    problems = dialog.findChild(QCheckBox, "importProblemsOnly")
    assert tabs.cornerWidget() is problems and problems.isVisibleTo(dialog)  # beside the tabs, not a line below
    tabs.setCurrentIndex(1)
    assert not problems.isVisibleTo(dialog)  # it filters the rows, not the networks
    tabs.setCurrentIndex(0)
    assert tabs.currentWidget() is dialog.findChild(QTableView, "importReport")  # the tab names it: no heading
    summary = dialog.findChild(QLabel, "importSummary")
    buttons = dialog.findChild(QDialogButtonBox)
    assert summary.geometry().bottom() >= buttons.geometry().top()  # the summary beside the buttons
    hint = dialog.findChild(QLabel, "importHint")
    assert "Preview of the file" in hint.text()  # the preview's heading and the hint are one label


def test_the_report_makes_a_rows_texts_when_it_is_shown_and_filters_on_the_status(controller, qtbot, tmp_path):
    # a graph file of 10,000 partners reports 60,000 rows: their texts made at once held the GUI thread 0.4 s
    lines = ["Source;Target;Weight"] + [f"Partner {i};Partner {i + 1};{1 + i % 5}" for i in range(3000)]
    path = tmp_path / "kanten.csv"
    path.write_text("\n".join(lines), encoding="utf-8")
    dialog = PartnerImportDialog(controller, path)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.report is not None, timeout=10_000)
    model = dialog.report_model
    assert model.rowCount() == len(dialog.report.rows) > 6000
    assert 0 < len(model._texts) < 1500  # the rows shown and those Qt measures, not all 6,000
    first = dialog.report.rows[0]
    assert model.index(0, partner_import_dialog.ENTRY).data() == f"Partner: {first.name}"  # made when asked
    dialog.findChild(QCheckBox, "importProblemsOnly").setChecked(True)
    shown = dialog.report_filter.rowCount()
    assert shown == sum(1 for r in dialog.report.rows if r.status != "added") < model.rowCount()
    dialog.findChild(QCheckBox, "importProblemsOnly").setChecked(False)
    assert dialog.report_filter.rowCount() == model.rowCount()
