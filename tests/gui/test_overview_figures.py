"""The overview and the workbook's cover show the same figures per network (one function, one rule), in the
same number style, and the overview fits a laptop: goal progress is visible without scrolling."""

from __future__ import annotations

from datetime import date
from decimal import ROUND_HALF_UP, Decimal

import openpyxl
import pytest
from PySide6.QtWidgets import QFrame, QLabel, QProgressBar

from netzplaner.domain.enums import Dimension
from netzplaner.domain.glossary import term
from netzplaner.gui.common import i18n
from netzplaner.gui.shell.main_window import MainWindow
from netzplaner.services import demo
from netzplaner.services.export import export_board_workbook
from netzplaner.services.workspace import Workspace


def _open(qtbot, path, size=(1366, 697)):
    win = MainWindow()
    win.resize(*size)
    win.show()
    win.documents.open_path(path)
    with qtbot.waitSignal(win.dashboard.checkFinished, timeout=20_000):
        pass
    return win


def _close(win):
    if win.controller is not None:
        win.documents._drop()
    win.close()
    win.deleteLater()


def _overview(win) -> dict[Dimension, list[str]]:
    """What each card shows in its four large figures, read from the labels by objectName."""
    shown = {}
    for d in Dimension:
        card = win.dashboard.findChild(QFrame, f"dashboardCard_{d.value}")
        shown[d] = [card.findChild(QLabel, f"cardValue_{key}").text()
                    for key in ("partners", "quality", "goals", "open_actions")]
    return shown


def _cover(path, lang) -> dict[Dimension, list]:
    """The cover's 'at a glance' rows: partners, mean quality, current goals, open actions per network."""
    ws = openpyxl.load_workbook(path)["Übersicht" if lang == "de" else "Overview"]
    names = {term(d, lang): d for d in Dimension}
    return {names[row[0]]: [row[3], row[4], row[5], row[6]]
            for row in ws.iter_rows(min_col=1, max_col=8, values_only=True) if row[0] in names}


@pytest.mark.parametrize("lang", ["de", "en"])
def test_overview_and_workbook_cover_show_the_same_figures(qtbot, tmp_path, lang):
    path = tmp_path / "demo.netzplan"
    demo.write_demo(path, lang=lang)  # dated today: the window checks as of today
    i18n.install(lang)
    win = _open(qtbot, path)
    try:
        overview = _overview(win)
        with Workspace.open(path, read_only=True) as ws:
            xlsx = export_board_workbook(ws, tmp_path / "plan.xlsx", lang=lang, today=date.today())
        cover = _cover(xlsx, lang)
        assert set(cover) == set(Dimension)
        for d in Dimension:
            partners, quality, goals, open_actions = cover[d]
            # as the spreadsheet shows the cells (format "#,##0": half away from zero; the demo's are < 1000)
            shown_quality = str(Decimal(str(quality)).quantize(Decimal(1), rounding=ROUND_HALF_UP))
            assert overview[d] == [str(partners), shown_quality, str(goals), str(open_actions)], d
        # the demo's achieved (regional) and dropped (international) goals count for neither side
        assert [overview[d][2] for d in Dimension] == ["1", "2", "2"]
    finally:
        _close(win)


def test_goal_progress_is_visible_without_scrolling_on_a_laptop(qtbot, tmp_path):
    path = tmp_path / "demo.netzplan"
    demo.write_demo(path, lang="de")
    i18n.install("de")
    win = _open(qtbot, path, (1366, 697))
    try:
        page = win.dashboard
        qtbot.waitUntil(lambda: page.goals_layout.count() > 0)
        bars = page.goals_box.findChildren(QProgressBar, "dashboardGoalProgress")
        assert bars
        viewport = page.scroll.viewport()
        last = bars[-1] if len(bars) < 5 else bars[4]
        bottom = last.mapTo(viewport, last.rect().bottomLeft()).y()
        assert page.scroll.verticalScrollBar().value() == 0 and bottom <= viewport.height(), bottom
        for card in page.cards.values():  # the light says why in words, and is more than a dot
            assert card.findChild(QLabel, "cardVerdict").text()
            assert card.findChild(QLabel, "cardLight").width() >= 20
    finally:
        _close(win)
