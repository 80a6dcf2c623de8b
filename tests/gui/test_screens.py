"""Every screen the users have (docs/architecture.md, "Screens"): the main window on the demo and every dialog fit

- a 1366×768 laptop: a maximised window gets about 1366×697, the font at 9 pt;
- a 1280×800 projector at the projector font of 14 pt: about 1280×729;
- a 1920×1080 screen at Windows' 125 % scaling: Qt works in logical pixels, 1536×864, less the task bar.

The window visits every tab and state (welcome page, each tab, a long undo text, all relationships) and opens
every dialog through the window's own actions; ``QDialog.exec`` is replaced by a measurement that returns at
once. A minimum size (or a first size) larger than the screen, with ~30 px for the title bar, fails the test.
Liberation Sans stands in for Segoe UI (the same widths); the German texts are the longer ones.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import pytest
from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QFont, QFontDatabase, QFontMetrics
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QToolButton

from netzplaner.gui.common import ask, i18n
from netzplaner.gui.shell import screen_fit
from netzplaner.gui.shell.app import apply_font_size
from netzplaner.gui.shell.main_window import MainWindow
from netzplaner.services import partners, queries

REAL_INFO = ask.info  # the conftest refuses message boxes; the About box is measured like every dialog
TITLE_BAR = screen_fit.TITLE_BAR

SCREENS = {
    "laptop-1366x697-9pt": (QSize(1366, 697), 9),
    "projector-1280x729-14pt": (QSize(1280, 729), 14),
    "full-hd-125pc-1536x816-9pt": (QSize(1536, 864 - 48), 9),  # 1920×1080 / 1.25, task bar 48 logical px
}
STAND_IN_FONT = "Liberation Sans"


@dataclass
class Measured:
    screen: QSize
    sizes: dict[str, tuple[QSize, QSize]] = field(default_factory=dict)  # name: (minimum, actual size)
    dialogs: dict[str, QDialog] = field(default_factory=dict)

    def take(self, name: str, widget) -> None:
        hint, minimum = widget.minimumSizeHint(), widget.minimumSize()
        self.sizes[name] = (QSize(max(hint.width(), minimum.width()), max(hint.height(), minimum.height())),
                            widget.size())

    def too_large(self) -> list[str]:
        room = QSize(self.screen.width(), self.screen.height() - TITLE_BAR)
        return [f"{name}: needs {m.width()}×{m.height()}, has {s.width()}×{s.height()}, screen {room.width()}×"
                f"{room.height()}" for name, (m, s) in self.sizes.items()
                if max(m.width(), s.width()) > room.width() or max(m.height(), s.height()) > room.height()]


@pytest.fixture(params=list(SCREENS), ids=list(SCREENS))
def screen(request, qapp, monkeypatch):
    """The application font and the available screen of one configuration (German texts)."""
    size, points = SCREENS[request.param]
    saved = QFont(qapp.font())
    font = QFont(qapp.font())
    if STAND_IN_FONT in QFontDatabase.families():
        font.setFamily(STAND_IN_FONT)
    qapp.setFont(font)
    apply_font_size(qapp, points)
    monkeypatch.setattr(screen_fit, "available_size", lambda widget=None: QSize(size))
    i18n.install("de")
    yield size
    qapp.setFont(saved)


@pytest.fixture
def window(qtbot, screen):
    win = MainWindow()
    win.resize(screen.width(), screen.height() - TITLE_BAR)  # maximised
    win.show()
    qtbot.waitExposed(win)
    yield win
    if win.controller is not None:
        win.documents._drop()
    win.close()
    win.deleteLater()


def settle(qtbot, ms: int = 50) -> None:
    qtbot.wait(ms)
    QApplication.processEvents()


def measure_dialogs(monkeypatch, qtbot, measured: Measured) -> None:
    def measure(dialog: QDialog) -> int:
        dialog.show()
        settle(qtbot)
        if dialog.objectName() == "partnerImportDialog":
            qtbot.waitUntil(lambda: dialog.report is not None, timeout=10_000)
            settle(qtbot)
        name = dialog.objectName() or type(dialog).__name__
        measured.take(f"dialog {name}", dialog)
        measured.dialogs[name] = dialog
        dialog.hide()
        return 0

    monkeypatch.setattr(QDialog, "exec", measure)


def visit_everything(window: MainWindow, qtbot, monkeypatch, tmp_path) -> Measured:
    measured = Measured(screen=QSize(window.width(), window.height() + TITLE_BAR))
    measured.take("welcome page", window)
    controller = window.documents.open_demo()
    ws = controller.workspace
    settle(qtbot, 200)
    for index in range(window.tabs.count()):
        window.tabs.setCurrentIndex(index)
        if window.tabs.currentWidget() is window.map_host:
            qtbot.waitUntil(lambda: window.map_panel.data is not None, timeout=10_000)
        settle(qtbot, 100)
        measured.take(f"tab {window.tabs.tabText(index)}", window)

    # a long undo text must not widen the tool bar
    partner = next(p for p in queries.list_partners(ws) if p.kind.value == "university")
    controller.run(partners.update_partner(ws, partner.id, name=partner.name + " – Institut für Produktionstechnik, "
                                           "Werkstofftechnik und angewandte Automatisierung"))
    window.tabs.setCurrentWidget(window.map_host)
    settle(qtbot, 100)
    measured.take("map tab after a long undo text", window)
    window.relationship_panel.show_all.setChecked(True)
    settle(qtbot)
    measured.take("all relationships", window)
    window.relationship_panel.show_all.setChecked(False)

    measure_dialogs(monkeypatch, qtbot, measured)
    monkeypatch.setattr(ask, "info", REAL_INFO)
    window.tabs.setCurrentWidget(window.partner_panel)
    controller.selection.set_partners([partner.id])
    settle(qtbot)
    relationship = max(queries.relationships_of(ws, partner.id),
                       key=lambda r: len(queries.assessments_of(ws, r.id)))
    window.relationship_panel.select(relationship.id)
    for name in ("actionNewPartner", "actionEditPartner", "actionNewRelationship", "actionEditRelationship",
                 "actionAssessRelationship", "actionPreferences", "actionAbout"):
        window.findChild(type(window.act_new), name).trigger()
    goal = queries.list_goals(ws)[1]
    window.show_goal(goal.id)
    window.goal_panel.new_goal()
    window.goal_panel.edit_current()
    window.goal_panel.new_action()
    window.show_action(queries.list_actions(ws, goal.id)[0].id)
    window.plan_panel.edit_current()

    partner_list = tmp_path / "partner.csv"
    partner_list.write_text("Name;Art;Ort;Land\n" + "".join(
        f"Zulieferer {i} Präzisionsteile GmbH;Lieferant;Stuttgart;DE\n" for i in range(60)), encoding="utf-8")
    monkeypatch.setattr(ask, "open_path", lambda *args: str(partner_list))
    window.import_partner_list()
    window.controller.selection.set_partners([p.id for p in queries.list_partners(ws)[1:3]])
    window.findChild(type(window.act_new), "actionMergePartners").trigger()

    workbook = tmp_path / "beirat.xlsx"
    monkeypatch.setattr(ask, "save_path", lambda *args: str(workbook))
    monkeypatch.setattr(ask, "info", lambda *args: None)
    task = window.export_workbook()
    qtbot.waitUntil(lambda: not task.running, timeout=30_000)
    monkeypatch.setattr(ask, "open_path", lambda *args: str(workbook))
    task = window.import_workbook()
    qtbot.waitUntil(lambda: not task.running, timeout=30_000)
    return measured


def test_the_window_and_every_dialog_fit_the_screen(window, qtbot, monkeypatch, tmp_path, screen):
    measured = visit_everything(window, qtbot, monkeypatch, tmp_path)
    expected = {"partnerDialog", "relationshipDialog", "assessmentDialog", "preferencesDialog", "goalDialog",
                "actionDialog", "partnerImportDialog", "importPreview", "infoBox", "mergeDialog"}
    assert expected <= set(measured.dialogs), f"not opened: {expected - set(measured.dialogs)}"
    for name, (minimum, size) in measured.sizes.items():  # shown with -s: the figures of the report
        print(f"{name}: minimum {minimum.width()}×{minimum.height()}, size {size.width()}×{size.height()}")
    assert measured.too_large() == []


def test_undo_and_redo_keep_a_short_label_on_the_tool_bar(window, qtbot):
    controller = window.documents.open_demo()
    ws = controller.workspace
    partner = queries.list_partners(ws)[3]
    controller.run(partners.update_partner(ws, partner.id, name="Sehr langer Name einer Partnerorganisation"))
    undo_button = window.toolbar.widgetForAction(window.act_undo)
    assert isinstance(undo_button, QToolButton)
    assert undo_button.text() == "Rückgängig"
    assert "Sehr langer Name" in window.act_undo.text()  # the Edit menu names the step
    assert "Sehr langer Name" in undo_button.toolTip()
    controller.undo_stack.undo()
    assert window.toolbar.widgetForAction(window.act_redo).text() == "Wiederherstellen"
    assert "Sehr langer Name" in window.act_redo.text()


def test_the_assessment_history_keeps_four_rows(window, qtbot, monkeypatch):
    from netzplaner.gui.partners.assessment_dialog import AssessmentDialog

    controller = window.documents.open_demo()
    ws = controller.workspace
    relationship = max(queries.list_relationships(ws), key=lambda r: len(queries.assessments_of(ws, r.id)))
    dialog = AssessmentDialog(controller, relationship.id, window)
    dialog.show()
    settle(qtbot)
    table = dialog.history_table
    rows = table.viewport().height() / table.verticalHeader().defaultSectionSize()
    assert rows >= 4, f"{rows:.1f} rows of history visible"
    assert dialog.height() + TITLE_BAR <= screen_fit.available_size().height()
    dialog.close()


def test_the_side_panel_shows_badge_and_date_without_scrolling(window, qtbot):
    from netzplaner.gui.partners.relationship_model import ASSESSED, PARTNER_B, QUALITY

    window.documents.open_demo()
    window.tabs.setCurrentWidget(window.partner_panel)
    window.resizeDocks([window.relationship_dock], [0], Qt.Orientation.Horizontal)  # as narrow as it goes
    settle(qtbot, 100)
    table = window.relationship_panel.table
    header = table.horizontalHeader()
    assert not table.horizontalScrollBar().isVisible()
    right_edge = max(header.sectionViewportPosition(c) + header.sectionSize(c)
                     for c in range(header.count()) if not header.isSectionHidden(c))
    assert right_edge <= table.viewport().width()
    assert header.visualIndex(QUALITY) < header.visualIndex(ASSESSED) < 4  # right after the name
    metrics = table.fontMetrics()
    assert header.sectionSize(PARTNER_B) >= 10 * metrics.averageCharWidth()  # the name is not squeezed out
    for row in range(table.model().rowCount()):
        date = table.model().index(row, ASSESSED).data()
        assert metrics.horizontalAdvance(date) < header.sectionSize(ASSESSED)


def test_action_plan_columns_show_dates_and_states_in_full(window, qtbot):
    from netzplaner.gui.plan.action_model import DUE, START, STATUS

    window.documents.open_demo()
    window.tabs.setCurrentWidget(window.plan_panel)
    settle(qtbot, 100)
    table = window.plan_panel.table
    model, metrics = table.model(), table.fontMetrics()
    bold = QFont(table.font())
    bold.setBold(True)  # an overdue date is bold
    bold_metrics = QFontMetrics(bold)
    texts = {column: [model.index(r, column).data() or "" for r in range(model.rowCount())]
             for column in (START, DUE, STATUS)}
    assert any(texts[DUE]), "the demo's plan has due dates"
    for column, values in texts.items():
        widest = max(max(metrics.horizontalAdvance(v), bold_metrics.horizontalAdvance(v)) for v in values)
        assert widest + 6 <= table.columnWidth(column), (column, widest, table.columnWidth(column))
    assert table.verticalHeader().defaultSectionSize() >= metrics.height() + 4


def test_the_welcome_page_offers_the_way_in_without_disabled_buttons(window, qtbot):
    welcome = window.welcome
    for name in ("welcomeDemo", "welcomeNew", "welcomeOpen", "welcomeImport"):
        button = welcome.findChild(type(welcome.demo_button), name)
        assert button.isVisible() and button.isEnabled() and button.text()
    steps = [welcome.findChild(type(welcome.title), f"welcomeStepTitle{n}").text() for n in (1, 2, 3)]
    assert steps == ["Partner erfassen", "Beziehungen bewerten", "Ziele und Maßnahmen planen"]
    shown = [window.toolbar.widgetForAction(a) for a in window.toolbar.actions()]
    assert all(w.isEnabled() for w in shown if w is not None and w.isVisible())
    assert not window.act_save.isVisible() and not window.act_new_partner.isVisible()
    window.documents.open_demo()
    assert window.act_save.isVisible() and window.act_new_partner.isEnabled()


def test_every_tool_bar_action_has_an_icon_from_the_set(window):
    window.documents.open_demo()
    actions = [a for a in window.toolbar.actions() if not a.isSeparator()]
    assert len(actions) >= 11
    assert all(not a.icon().isNull() for a in actions), [a.objectName() for a in actions if a.icon().isNull()]
    pixmap = window.act_save.icon().pixmap(24, 24).toImage()
    colours = {pixmap.pixelColor(x, y).name() for x in range(24) for y in range(24) if pixmap.pixelColor(x, y).alpha() > 200}
    assert colours and all(c.startswith("#3") for c in colours), colours  # the dark grey #374151, no stock colours


def test_the_side_panel_dock_has_no_float_or_close_button(window):
    assert window.relationship_dock.features() == window.relationship_dock.DockWidgetFeature.NoDockWidgetFeatures
    assert Qt.DockWidgetArea.RightDockWidgetArea == window.dockWidgetArea(window.relationship_dock)


# -- what the pictures at the three sizes showed (docs/make_screenshots.py, session 7) --------------------------------

def _document_window(window, qtbot):
    controller = window.documents.open_demo()
    window.tabs.setCurrentWidget(window.partner_panel)  # the side panel is open: the narrowest the tabs get
    settle(qtbot, 100)
    return controller


def test_every_tool_bar_button_is_on_screen_without_the_overflow_menu(window, qtbot, screen):
    """At 14 pt on a 1280 px projector "Importieren", "Beirats-Mappe" and "Präsentation" hid behind "»" once
    "Stand festhalten" was added; where there is room, every button keeps its label."""
    _document_window(window, qtbot)
    toolbar = window.toolbar
    actions = [a for a in toolbar.actions() if a.isVisible() and not a.isSeparator()]
    assert len(actions) >= 12
    for action in actions:
        button = toolbar.widgetForAction(action)
        assert button.isVisible(), action.objectName()
        assert button.geometry().right() <= toolbar.contentsRect().right(), action.objectName()
    extension = toolbar.findChild(QToolButton, "qt_toolbar_ext_button")
    assert extension is None or not extension.isVisible()
    styles = {a.objectName(): toolbar.widgetForAction(a).toolButtonStyle() for a in actions}
    labelled = Qt.ToolButtonStyle.ToolButtonTextBesideIcon
    assert styles["actionPresentation"] == styles["actionTakeSnapshot"] == labelled  # the workshop's own buttons
    if screen.width() >= 1366:  # the laptop and full HD have room for every label
        assert set(styles.values()) == {labelled}


def test_the_tool_bar_gives_its_labels_back_when_the_window_grows(window, qtbot, screen):
    _document_window(window, qtbot)
    window.resize(700, window.height())
    settle(qtbot)
    assert window.toolbar.widgetForAction(window.act_undo).toolButtonStyle() == Qt.ToolButtonStyle.ToolButtonIconOnly
    assert window.toolbar.widgetForAction(window.act_undo).toolTip()  # the name stays in the tool tip
    window.resize(screen.width() * 2, window.height())
    settle(qtbot)
    assert {window.toolbar.widgetForAction(a).toolButtonStyle() for a in window.toolbar.actions()
            if a.isVisible() and not a.isSeparator()} == {Qt.ToolButtonStyle.ToolButtonTextBesideIcon}


def test_every_tab_is_visible_beside_the_side_panel(window, qtbot):
    """The search box took the tab row's right end: at 14 pt with the side panel open the tabs scrolled and
    "Vergleich" was out of sight. It sits on the menu bar now."""
    _document_window(window, qtbot)
    bar = window.tabs.tabBar()
    assert window.relationship_dock.isVisible()
    assert bar.tabRect(bar.count() - 1).right() <= bar.width(), (bar.sizeHint().width(), bar.width())
    assert window.menuBar().cornerWidget(Qt.Corner.TopRightCorner) is window.search_box
    assert window.search_box.isVisible()
    window.documents._drop()
    assert not window.search_box.isVisible()  # the welcome page has nothing to search


def test_the_file_menu_names_the_graph_formats_it_reads(window):
    text = window.act_import_partners.text()
    assert all(name in text for name in ("Excel", "CSV", "GraphML", "GEXF", "GML")), text


def test_the_overview_cards_show_every_line_at_the_same_height(window, qtbot):
    """At 14 pt the first card's "Offene Maßnahmen, davon 1 überfällig" was cut in half: the card could not grow."""
    window.documents.open_demo()
    window.tabs.setCurrentWidget(window.dashboard)
    qtbot.waitUntil(lambda: window.dashboard.report is not None, timeout=10_000)
    settle(qtbot, 200)
    tops = set()
    for card in window.dashboard.cards.values():
        for label in card.findChildren(QLabel):
            if label.wordWrap() and label.text():
                assert label.height() >= label.heightForWidth(label.width()), (card.objectName(), label.text())
        tops.add(card.tiles["partners"].value.mapTo(window, card.tiles["partners"].value.rect().topLeft()).y())
    assert len(tops) == 1, tops  # the large numbers of the three networks stand on one line


def test_the_goal_dialog_shows_its_title_and_progress_in_full(window, qtbot):
    from netzplaner.gui.plan.goal_dialog import GoalDialog

    controller = window.documents.open_demo()
    measured = [g for g in queries.list_goals(controller.workspace) if g.kpi_progress is not None]
    goal = max(measured, key=lambda g: len(g.title))  # a long title with a progress bar that has its text
    dialog = GoalDialog(controller, goal.id, window)
    dialog.show()
    settle(qtbot)
    assert dialog.title.cursorPosition() == 0  # the title's beginning, not its end
    title = dialog.title  # and at 14 pt the whole title: the dialog grows with the font
    assert title.fontMetrics().horizontalAdvance(title.text()) + 12 <= title.width(), (title.text(), title.width())
    bar = dialog.progress
    assert bar.text() and bar.fontMetrics().horizontalAdvance(bar.text()) < bar.width(), bar.text()
    dialog.close()


def test_the_forms_of_the_dialogs_are_not_cut_at_the_right(window, qtbot, monkeypatch, tmp_path):
    """A form that scrolls up and down keeps its full width: at 14 pt the merge dialog cut its second column
    and the goal dialog's title showed its end; their sizes now grow with the font."""
    from netzplaner.gui.shell.screen_fit import VerticalScrollArea

    measured = visit_everything(window, qtbot, monkeypatch, tmp_path)
    checked = 0
    for name, dialog in measured.dialogs.items():
        dialog.show()
        settle(qtbot)
        for area in dialog.findChildren(VerticalScrollArea):
            needed = area.widget().minimumSizeHint().width()
            assert needed <= area.viewport().width(), (name, needed, area.viewport().width())
            checked += 1
        dialog.hide()
    assert checked >= 4


def test_each_caption_stands_right_under_its_number(window, qtbot):
    """At 14 pt "Laufende Ziele" sank to the bottom of its cell beside the two-line "Offene Maßnahmen, davon …"."""
    window.documents.open_demo()
    window.tabs.setCurrentWidget(window.dashboard)
    qtbot.waitUntil(lambda: window.dashboard.report is not None, timeout=10_000)
    settle(qtbot, 200)
    for card in window.dashboard.cards.values():
        for key, tile in card.tiles.items():
            # labels centre their text: a label taller than its text moves the text away from its neighbour
            slack = (tile.value.height() - tile.value.sizeHint().height(),
                     tile.caption.height() - tile.caption.heightForWidth(tile.caption.width()))
            assert max(slack) <= 2, (card.objectName(), key, slack)


def test_the_action_plan_gives_the_action_the_widest_column(window, qtbot, screen):
    """At 1366 px the actions read "Vertriebsunterlagen auf Englisch und …" while the goal column beside them had
    room to spare: the plan is read for its actions."""
    from netzplaner.gui.plan.action_model import GOAL, PARTNER, TITLE

    window.documents.open_demo()
    window.tabs.setCurrentWidget(window.plan_panel)
    settle(qtbot, 100)
    table = window.plan_panel.table
    widths = {c: table.columnWidth(c) for c in range(table.model().columnCount()) if c != PARTNER}
    assert max(widths, key=widths.get) == TITLE, widths
    assert widths[TITLE] >= 40 * table.fontMetrics().averageCharWidth()
    assert widths[GOAL] < widths[TITLE]


def test_the_goal_table_names_the_responsible_in_full_on_a_laptop(window, qtbot, screen):
    """At 1366 px "Dr. L. Behrens …" was cut while the last column had room to spare."""
    from netzplaner.gui.plan.goal_model import OWNER

    window.documents.open_demo()
    window.tabs.setCurrentWidget(window.goal_panel)
    settle(qtbot, 100)
    table = window.goal_panel.table
    model, metrics = table.model(), table.fontMetrics()
    owners = [model.index(row, OWNER).data() or "" for row in range(model.rowCount())]
    assert "Dr. L. Behrens (Entwicklung)" in owners
    widest = max(metrics.horizontalAdvance(o) for o in owners)
    assert widest + 6 <= table.columnWidth(OWNER), (widest, table.columnWidth(OWNER))
