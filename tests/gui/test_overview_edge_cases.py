"""The overview's cards show what the board workbook's cover shows for a network of edge cases (an action overdue
under a dropped goal, a relationship with only old assessments, a goal without a network): one rule each."""

from __future__ import annotations

from PySide6.QtWidgets import QFrame, QLabel

from netzplaner.domain.enums import Dimension
from netzplaner.gui.common import i18n
from netzplaner.gui.shell.main_window import MainWindow
from netzplaner.services.export import export_board_workbook
from netzplaner.services.workspace import Workspace
from tests.test_same_figures import TODAY, cover_figures, write_edge_cases


def test_the_cards_show_the_covers_figures_for_the_edge_cases(qtbot, tmp_path):
    path = write_edge_cases(tmp_path / "edge.netzplan")
    with Workspace.open(path, read_only=True) as ws:
        cover = cover_figures(export_board_workbook(ws, tmp_path / "board.xlsx", today=TODAY))
    i18n.install("de")
    win = MainWindow()
    win.resize(1366, 697)
    win.show()
    try:
        win.documents.open_path(path)
        with qtbot.waitSignal(win.dashboard.checkFinished, timeout=20_000):
            pass
        for d in Dimension:
            card = win.dashboard.findChild(QFrame, f"dashboardCard_{d.value}")
            shown = [card.findChild(QLabel, f"cardValue_{key}").text()
                     for key in ("partners", "quality", "goals", "open_actions")]
            f = cover[d]
            quality = "–" if f["mean_quality"] is None else f"{f['mean_quality']:.0f}"
            assert shown == [str(f["partners"]), quality, str(f["goals"]), str(f["open_actions"])], d
            texts = " ".join(label.text() for label in card.findChildren(QLabel))
            assert (f"{f['overdue_actions']} überfällig" in texts) == bool(f["overdue_actions"]), (d, texts)
        assert [cover[d]["overdue_actions"] for d in Dimension] == [1, 0, 0]
    finally:
        if win.controller is not None:
            win.documents._drop()
        win.close()
        win.deleteLater()
