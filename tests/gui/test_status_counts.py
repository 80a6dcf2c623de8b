"""The status bar counts partners and relationships in the language's number style (10.000 / 10,000)."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QLabel

from netzplaner.gui.shell import main_window as main_window_module
from netzplaner.gui.common.i18n import install
from netzplaner.gui.shell.main_window import MainWindow
from netzplaner.services import partners
from netzplaner.services.workspace import Workspace


@pytest.mark.parametrize("language, expected", [("de", "10.000 Partner · 50.000 Beziehungen"),
                                                ("en", "10,000 partners · 50,000 relationships")])
def test_the_status_bar_groups_thousands(qtbot, tmp_path, monkeypatch, language, expected):
    path = tmp_path / "netz.netzplan"
    with Workspace.create(path) as ws:
        ws.execute(partners.create_partner(ws, name="Eyachtal GmbH", kind="company", is_own_firm=True))
        ws.save()
    install(language)
    monkeypatch.setattr(main_window_module.queries, "totals", lambda ws: (10_000, 50_000))
    win = MainWindow()
    try:
        win.documents.open_path(path)
        assert win.findChild(QLabel, "statusCounts").text() == expected
    finally:
        win.documents._drop()
        win.close()
        win.deleteLater()
        install("en")
