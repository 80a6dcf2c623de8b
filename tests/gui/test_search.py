"""The global search in the window (issue 15, part 6): Ctrl+F from any tab into one box, results grouped by kind,
the arrow keys over the hits, Enter leading to the place (the right tab, the row selected); the index is built on
the worker and again after an edit."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from netzplaner.gui.common.table_model import IdRole
from netzplaner.gui.search import index_keeper
from netzplaner.gui.search.results_model import HEADING_ROLE, HIT_ROLE, SearchResultsModel
from netzplaner.services import goals, partners, relationships
from netzplaner.services.search import SearchIndex, build_index
from netzplaner.services.workspace import Workspace


@pytest.fixture
def doc(tmp_path):
    path = tmp_path / "suche.netzplan"
    ids = {}
    with Workspace.create(path) as ws:
        run = lambda cmd: ws.execute(cmd).entity_id  # noqa: E731
        ids["own"] = run(partners.create_partner(ws, name="Eyachtal GmbH", kind="company", is_own_firm=True))
        ids["weiss"] = run(partners.create_partner(
            ws, name="Metallbau Weiß GmbH", kind="supplier", street="Hauptstraße 5", postcode="73430", city="Aalen",
            extra="Kundennummer: K-4711", tags=["Härterei"], archived=True))
        ids["uni"] = run(partners.create_partner(ws, name="Hochschule Ulm", kind="university"))
        run(partners.create_contact(ws, ids["uni"], name="Anna Müller", role="Dekanin"))
        ids["rel"] = run(relationships.create_relationship(ws, ids["own"], ids["uni"], kind="cooperation",
                                                           strength=3, notes="Gemeinsame Spindelwellen-Studie"))
        ids["goal"] = run(goals.create_goal(ws, title="Resilienz der Lieferkette", benefit="resilience",
                                            owner="H. Kern", status="achieved"))
        ids["action"] = run(goals.create_action(ws, ids["goal"], title="Zweitlieferanten qualifizieren",
                                                owner="P. Kern", status="done"))
        ws.save()
    return path, ids


@pytest.fixture
def opened(window, doc, qtbot, monkeypatch):
    threads = []

    def spy(ws):  # the real build, noting the thread it runs on
        threads.append(threading.current_thread())
        return build_index(ws)

    monkeypatch.setattr(index_keeper, "build_index", spy)
    path, ids = doc
    window.documents.open_path(path)
    box = window.search_box
    qtbot.waitUntil(lambda: box.keeper is not None and box.keeper.index is not None, timeout=10_000)
    assert threads and all(t is not threading.main_thread() for t in threads)  # never on the GUI thread
    return window, box, ids, threads


def _type(qtbot, box, text: str) -> None:
    box.edit.clear()
    qtbot.keyClicks(box.edit, text)


def _headings(box) -> list[str]:
    m = box.model
    return [m.index(r, 0).data(HEADING_ROLE) for r in range(m.rowCount()) if m.index(r, 0).data(HEADING_ROLE)]


def _selected(table) -> list[str]:
    return [i.data(IdRole) for i in table.selectionModel().selectedRows()]


def test_ctrl_f_from_any_tab_focuses_the_one_box(opened, qtbot):
    window, box, _ids, _ = opened
    window.activateWindow()
    for page in (window.goal_panel, window.plan_panel, window.dashboard):
        window.tabs.setCurrentWidget(page)
        window.act_find.trigger()
        qtbot.waitUntil(lambda: QApplication.focusWidget() is box.edit)
        assert window.tabs.currentWidget() is page  # the page stays; the box is on the menu bar
    assert window.menuBar().cornerWidget(Qt.Corner.TopRightCorner) is box


def test_weiss_finds_an_archived_partner_and_enter_selects_its_row(opened, qtbot):
    window, box, ids, _ = opened
    window.tabs.setCurrentWidget(window.goal_panel)
    _type(qtbot, box, "Weiss")
    assert box.popup.isVisible() and _headings(box)[0] == "partner"
    assert box.popup.view.currentIndex().data(HIT_ROLE).entry.title == "Metallbau Weiß GmbH"
    qtbot.keyClick(box.edit, Qt.Key.Key_Return)
    assert not box.popup.isVisible()
    assert window.tabs.currentWidget() is window.partner_panel
    assert window.controller.selection.partner_ids == (ids["weiss"],)
    assert _selected(window.partner_panel.table) == [ids["weiss"]]  # shown although archived partners were hidden


def test_a_contact_typed_with_ue_leads_to_its_partner(opened, qtbot):
    window, box, ids, _ = opened
    _type(qtbot, box, "mueller")
    assert _headings(box) == ["contact"]
    qtbot.keyClick(box.edit, Qt.Key.Key_Return)
    assert _selected(window.partner_panel.table) == [ids["uni"]]


def test_owners_are_grouped_and_the_arrow_keys_step_over_the_headings(opened, qtbot):
    window, box, ids, _ = opened
    _type(qtbot, box, "kern")
    assert _headings(box) == ["owner"]
    view = box.popup.view
    assert view.currentIndex().data(HIT_ROLE).entry.title == "H. Kern"
    qtbot.keyClick(box.edit, Qt.Key.Key_Down)
    assert view.currentIndex().data(HIT_ROLE).entry.title == "P. Kern"
    qtbot.keyClick(box.edit, Qt.Key.Key_Up)
    qtbot.keyClick(box.edit, Qt.Key.Key_Up)  # not onto the heading
    assert view.currentIndex().data(HIT_ROLE).entry.title == "H. Kern"
    qtbot.keyClick(box.edit, Qt.Key.Key_Down)
    qtbot.keyClick(box.edit, Qt.Key.Key_Return)
    plan = window.plan_panel
    assert window.tabs.currentWidget() is plan and plan.owner_filter.currentData() == "P. Kern"
    assert plan.model.rowCount() == 1  # the done action shows: the status filter was opened


def test_a_goal_an_action_a_tag_and_a_note_each_lead_to_their_place(opened, qtbot):
    window, box, ids, _ = opened
    _type(qtbot, box, "resilienz")
    qtbot.keyClick(box.edit, Qt.Key.Key_Return)
    assert window.tabs.currentWidget() is window.goal_panel
    assert _selected(window.goal_panel.table) == [ids["goal"]]
    _type(qtbot, box, "zweitlieferanten")
    qtbot.keyClick(box.edit, Qt.Key.Key_Return)
    assert window.tabs.currentWidget() is window.plan_panel
    assert _selected(window.plan_panel.table) == [ids["action"]]  # a done action, hidden by default
    _type(qtbot, box, "haerterei")
    row = next(r for r in range(box.model.rowCount()) if box.model.index(r, 0).data(HIT_ROLE) is not None
               and box.model.index(r, 0).data(HIT_ROLE).kind == "tag")
    box.popup.view.clicked.emit(box.model.index(row, 0))  # a click
    assert window.tabs.currentWidget() is window.partner_panel
    assert window.partner_panel.tag_filter.currentData() == "Härterei"
    assert window.partner_panel.model.rowCount() == 1
    _type(qtbot, box, "spindelwellen")
    qtbot.keyClick(box.edit, Qt.Key.Key_Return)
    assert window.controller.selection.relationship_id == ids["rel"]


def test_the_address_and_further_details_are_found(opened, qtbot):
    _window, box, ids, _ = opened
    for typed in ("hauptstrasse", "73430", "K-4711"):
        _type(qtbot, box, typed)
        assert box.popup.view.currentIndex().data(HIT_ROLE).target == ("partner", ids["weiss"]), typed


def test_an_edit_rebuilds_the_index_on_the_worker(opened, qtbot):
    window, box, _ids, threads = opened
    before, old = len(threads), box.keeper.index
    ctrl = window.controller
    ctrl.run(partners.create_partner(ctrl.workspace, name="Gießerei Nord", kind="company"))
    assert box.keeper.index is old and not old.search("giesserei").groups  # the old index answers meanwhile
    qtbot.waitUntil(lambda: bool(box.keeper.index.search("giesserei").groups), timeout=10_000)
    assert len(threads) > before
    _type(qtbot, box, "Giesserei")
    assert box.popup.view.currentIndex().data(HIT_ROLE).entry.title == "Gießerei Nord"
    assert threads[-1] is not threading.main_thread()


def test_nothing_found_and_escape(opened, qtbot):
    _window, box, _ids, _ = opened
    _type(qtbot, box, "Raumschiff")
    assert box.popup.status.isVisible() and "Nothing found" in box.popup.status.text()
    qtbot.keyClick(box.edit, Qt.Key.Key_Escape)
    assert not box.popup.isVisible() and box.edit.text() == "Raumschiff"
    qtbot.keyClick(box.edit, Qt.Key.Key_Escape)
    assert box.edit.text() == ""


def test_closing_the_document_empties_the_box(opened, qtbot):
    window, box, _ids, _ = opened
    _type(qtbot, box, "kern")
    window.documents._drop()
    assert box.keeper is None and box.edit.text() == "" and not box.popup.isVisible()


def test_the_results_model_groups_by_kind_and_only_hits_are_selectable(qapp):
    from netzplaner.services.search_index import Entry

    index = SearchIndex({
        "partner": [Entry("Weiß AG", "Ulm", ("Weiß AG",), "partner", "p1")],
        "contact": [Entry("Anna Weiss", "Weiß AG", ("Anna Weiss",), "partner", "p1")],
        "owner": [Entry("K. Weiß", "", ("K. Weiß",), "owner", "K. Weiß", (0, 2))]})
    model = SearchResultsModel()
    model.set_results(index.search("weiss"))
    rows = [(model.index(r, 0).data(), model.index(r, 0).data(HEADING_ROLE), bool(model.flags(model.index(r, 0))))
            for r in range(model.rowCount())]
    assert rows == [("Partners (1)", "partner", False), ("Weiß AG", None, True),
                    ("Contacts (1)", "contact", False), ("Anna Weiss", None, True),
                    ("People responsible (1)", "owner", False), ("K. Weiß", None, True)]
    assert model.first_hit_row() == 1
    assert model.index(5, 0).data(Qt.ItemDataRole.ToolTipRole) == "K. Weiß\n0 goal(s), 2 action(s)"
    model.set_results(None)
    assert model.rowCount() == 0 and model.first_hit_row() == -1


def test_the_second_line_names_the_place_and_the_matched_text_once(qapp):
    from netzplaner.gui.search.results_model import detail
    from netzplaner.services.search_index import Entry, Hit

    contact = Entry("Lin Haoran", "Suzhou Ruixin · Exportleiter", ("Lin Haoran", "Exportleiter", "lin@ruixin.cn"),
                    "partner", "p1")
    assert detail(Hit("contact", contact, "Exportleiter")) == "Suzhou Ruixin · Exportleiter"
    assert detail(Hit("contact", contact, "lin@ruixin.cn")) == "Suzhou Ruixin · Exportleiter · lin@ruixin.cn"
    assert detail(Hit("contact", contact, "Lin Haoran")) == "Suzhou Ruixin · Exportleiter"


def test_the_whole_placeholder_shows_at_the_projector_font(qtbot):
    """At 14 pt the box grows with its placeholder ("Alles durchsuchen (Strg+F)" was cut at a fixed 220 px)."""
    from PySide6.QtGui import QFont
    from PySide6.QtWidgets import QWidget

    from netzplaner.gui.search.search_box import SearchBox

    window = QWidget()
    qtbot.addWidget(window)
    box = SearchBox(window)
    qtbot.addWidget(box)
    app_font = QApplication.font()
    try:
        bigger = QFont(app_font)
        bigger.setPointSizeF(14)
        QApplication.setFont(bigger)
        qtbot.waitUntil(lambda: box.edit.font().pointSizeF() == 14)
        text = box.edit.fontMetrics().horizontalAdvance(box.edit.placeholderText())
        assert box.edit.minimumWidth() >= text + 2 * box.edit.sizeHint().height()
    finally:
        QApplication.setFont(app_font)
    qtbot.waitUntil(lambda: box.edit.minimumWidth() < text)  # back at the usual size
