"""The network map driven like a user would: click, Ctrl-click, rubber band, drag with undo, filters, search,
layouts (and cancelling one), pictures and ``netzplaner render``."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

import numpy as np
import pytest
from PySide6.QtCore import QEvent, QPointF, QRectF, Qt
from PySide6.QtGui import QImage, QMouseEvent
from PySide6.QtWidgets import QApplication

from netzplaner.analysis.layout import LayoutKind
from netzplaner.domain.enums import Dimension
from netzplaner.gui.common import ask
from netzplaner.gui.shell.controller import DocumentController
from netzplaner.gui.map.map_panel import MapPanel
from netzplaner.services import demo, network_map, queries
from netzplaner.services.workspace import Workspace


@pytest.fixture
def demo_path(tmp_path) -> Path:
    path = tmp_path / "demo.netzplan"
    demo.write_demo(path, lang="de")
    return path


@pytest.fixture(autouse=True)
def every_mouse_move(monkeypatch):
    """pyqtgraph drops mouse moves closer than 10 ms apart; synthetic drags send them faster."""
    import pyqtgraph as pg

    previous = pg.getConfigOption("mouseRateLimit")
    pg.setConfigOption("mouseRateLimit", -1)
    yield
    pg.setConfigOption("mouseRateLimit", previous)


@pytest.fixture
def panel(demo_path, qtbot):
    ws = Workspace.open(demo_path)
    controller = DocumentController(ws, autosave_minutes=0)
    widget = MapPanel(controller)
    qtbot.addWidget(widget)
    widget.resize(1200, 800)
    with qtbot.waitSignal(widget.loaded, timeout=10_000):  # the data is read on the worker
        widget.show()
    qtbot.waitExposed(widget)
    yield widget
    widget.close()
    controller.close()


def screen_point(panel: MapPanel, index: int) -> QPointF:
    view = panel.view
    x, y = view.positions[index]
    return QPointF(view.mapFromScene(view.viewbox.mapViewToScene(QPointF(x, y))))


def send_mouse(widget, kind, pos: QPointF, button=Qt.MouseButton.LeftButton, buttons=None,
               modifiers=Qt.KeyboardModifier.NoModifier) -> None:
    buttons = button if buttons is None else buttons
    event = QMouseEvent(kind, pos, widget.mapToGlobal(pos), button, buttons, modifiers)
    QApplication.sendEvent(widget, event)


def click(panel: MapPanel, pos: QPointF, modifiers=Qt.KeyboardModifier.NoModifier, double=False) -> None:
    port = panel.view.viewport()
    send_mouse(port, QEvent.Type.MouseButtonPress, pos, modifiers=modifiers)
    send_mouse(port, QEvent.Type.MouseButtonRelease, pos, buttons=Qt.MouseButton.NoButton, modifiers=modifiers)
    if double:
        send_mouse(port, QEvent.Type.MouseButtonDblClick, pos, modifiers=modifiers)
        send_mouse(port, QEvent.Type.MouseButtonRelease, pos, buttons=Qt.MouseButton.NoButton)


def drag(panel: MapPanel, start: QPointF, end: QPointF, modifiers=Qt.KeyboardModifier.NoModifier) -> None:
    port = panel.view.viewport()
    send_mouse(port, QEvent.Type.MouseButtonPress, start, modifiers=modifiers)
    for step in range(1, 11):
        point = start + (end - start) * (step / 10)
        send_mouse(port, QEvent.Type.MouseMove, point, button=Qt.MouseButton.NoButton,
                   buttons=Qt.MouseButton.LeftButton, modifiers=modifiers)
    send_mouse(port, QEvent.Type.MouseButtonRelease, end, buttons=Qt.MouseButton.NoButton, modifiers=modifiers)


def empty_ground(panel: MapPanel) -> QPointF:
    """A point inside the map's view box, in its top-left corner (the fit leaves a margin there)."""
    corner = panel.view.viewbox.sceneBoundingRect().topLeft() + QPointF(4, 4)
    return QPointF(panel.view.mapFromScene(corner))


def lonely_node(panel: MapPanel) -> int:
    """A shown partner far from every other one, so a click on it cannot hit a neighbour."""
    pos, shown = panel.view.positions, np.flatnonzero(panel.view.node_mask)
    distances = np.sqrt(((pos[shown, None, :] - pos[None, shown, :]) ** 2).sum(axis=2))
    np.fill_diagonal(distances, np.inf)
    return int(shown[np.argmax(distances.min(axis=1))])


def stored_position(panel: MapPanel, index: int) -> tuple[float, float]:
    partner = panel.controller.workspace.get("partner", panel.data.ids[index])
    return partner.pos_x, partner.pos_y


def test_the_map_draws_every_active_partner_and_tie(panel):
    data = panel.data
    assert panel.view.guides_shown  # the demo is stored as the network map: its rings and sectors are drawn
    partners = queries.list_partners(panel.controller.workspace)
    active = sum(not p.archived for p in partners)
    assert data.n == len(partners) and int(panel.view.node_mask.sum()) == active
    assert len(panel.view.nodes.data) == active
    drawn = sum(group.count for group in panel.view.edges.groups.values())
    assert drawn == int(panel.view.edge_mask.sum()) > 50
    assert data.names[data.own] in panel.view.label_texts  # the own firm is always named
    legend = [label.text for _sample, label in panel.view._legend.items]
    assert "Regional" in legend and "Our firm" in legend


def test_click_selects_and_ctrl_click_adds_and_the_table_selection_shows_on_the_map(panel):
    first = lonely_node(panel)
    click(panel, screen_point(panel, first))
    assert panel.controller.selection.partner_ids == (panel.data.ids[first],)
    second = panel.data.own
    click(panel, screen_point(panel, second), Qt.KeyboardModifier.ControlModifier)
    assert set(panel.controller.selection.partner_ids) == {panel.data.ids[first], panel.data.ids[second]}
    # the other way: a selection made elsewhere (the partner table) is marked on the map
    panel.controller.selection.set_partners([panel.data.ids[first]])
    assert panel.view.selected == [first] and len(panel.view.selection_marks.data) == 1
    click(panel, empty_ground(panel))  # empty ground clears
    assert panel.controller.selection.partner_ids == ()


def test_rubber_band_selects_what_it_encloses(panel):
    target = lonely_node(panel)
    centre = screen_point(panel, target)
    drag(panel, centre - QPointF(6, 6), centre + QPointF(6, 6), Qt.KeyboardModifier.ShiftModifier)
    assert panel.controller.selection.partner_ids == (panel.data.ids[target],)


def test_dragging_a_node_is_one_undoable_move_saved_in_the_document(panel, qtbot):
    index = lonely_node(panel)
    before = stored_position(panel, index)  # the demo is written with the network map's positions
    stack = panel.controller.undo_stack
    count = stack.count()
    start = screen_point(panel, index)
    drag(panel, start, start + QPointF(80, 40))
    after = stored_position(panel, index)
    assert stack.count() == count + 1 and "Move partner" in stack.text(count)
    assert after[0] > before[0] and after[1] < before[1]  # right and down on screen: y grows upwards
    assert np.allclose(panel.view.positions[index], after)
    with qtbot.waitSignal(panel.loaded):  # an undo is an edit like any other: the map reads it back
        stack.undo()
    assert stored_position(panel, index) == pytest.approx(before)
    assert np.allclose(panel.view.positions[index], before)
    stack.redo()
    assert stored_position(panel, index) == pytest.approx(after)


def test_double_click_opens_the_partner_dialog(panel, monkeypatch):
    opened = []
    monkeypatch.setattr("netzplaner.gui.partners.partner_dialog.PartnerDialog.exec",
                        lambda dialog: opened.append(dialog.partner_id) or 0)
    index = lonely_node(panel)
    click(panel, screen_point(panel, index), double=True)
    assert opened == [panel.data.ids[index]]


def test_filters_hide_dimensions_weak_ties_and_archived_partners(panel):
    data = panel.data
    panel.dimension_boxes[Dimension.INTERNATIONAL].setChecked(False)
    shown = np.flatnonzero(panel.view.node_mask)
    only_international = data.dimension_mask == 4
    assert not only_international[shown[shown != data.own]].any() and only_international.any()
    panel.dimension_boxes[Dimension.INTERNATIONAL].setChecked(True)
    panel.min_strength.setValue(4)
    assert (data.strength[panel.view.edge_mask] >= 4).all() and panel.view.edge_mask.any()
    panel.min_strength.setValue(1)
    panel.hide_archived.setChecked(False)
    assert panel.view.node_mask.sum() == data.n
    panel.kind_actions[0].setChecked(False)  # companies (the own firm is one, and always stays)
    shown = np.flatnonzero(panel.view.node_mask)
    assert not (data.kind[shown[shown != data.own]] == 0).any()


def test_tag_filter_keeps_only_tagged_partners(panel):
    tags = [panel.tag_filter.itemData(i) for i in range(1, panel.tag_filter.count())]
    assert tags, "the demo has tags"
    # the choices (sorted on the worker): every tag once, A-Z whatever the case
    assert tags == sorted({t for held in panel.data.tags for t in held}, key=str.casefold)
    assert panel.completer.model().stringList() == sorted(panel.data.names, key=str.casefold)
    panel.tag_filter.setCurrentIndex(1)
    shown = np.flatnonzero(panel.view.node_mask)
    assert all(tags[0] in panel.data.tags[i] for i in shown if i != panel.data.own)


def test_search_selects_and_centres_a_partner(panel, qtbot):
    index = lonely_node(panel)
    name = panel.data.names[index]
    panel.search.setText(name[:8].lower())
    qtbot.keyClick(panel.search, Qt.Key.Key_Return)
    found = panel.data.index[panel.controller.selection.partner_ids[0]]
    assert panel.data.names[found].casefold().find(name[:8].casefold()) >= 0
    centre = panel.view.viewbox.viewRect().center()
    assert (centre.x(), centre.y()) == pytest.approx(tuple(panel.view.positions[found]), abs=0.05)
    panel.search.setText("Gibt es nicht GmbH")
    assert not panel.find()
    assert "No partner matches" in panel.status.text()


def test_neighbourhood_highlight_shows_a_partner_and_its_direct_partners(panel):
    index = lonely_node(panel)
    panel.controller.selection.set_partners([panel.data.ids[index]])
    panel.neighbours.setChecked(True)
    edges = panel.data.edges
    neighbours = {int(b) if a == index else int(a) for a, b in edges[panel.view.edge_mask]
                  if index in (a, b)}
    assert set(panel.view.highlight_nodes.data["data"].tolist()) == neighbours | {index}
    assert panel.view.nodes.opacity() < 0.5


def test_the_network_map_layout_is_stored_and_undone_as_one_step(panel, qtbot):
    from netzplaner.services import partners

    scattered = np.random.default_rng(5).uniform(-9, 9, (panel.data.n, 2))  # the demo is stored concentric
    with qtbot.waitSignal(panel.loaded):
        panel.controller.run(partners.move_partners(panel.controller.workspace, {
            pid: (float(x), float(y)) for pid, (x, y) in zip(panel.data.ids, scattered, strict=True)}))
    before = [stored_position(panel, i) for i in range(panel.data.n)]
    with qtbot.waitSignal(panel.layoutFinished, timeout=10_000):
        panel.concentric_button.click()
    graph = panel.data.layout_input()
    stored = np.array([stored_position(panel, i) for i in range(panel.data.n)])
    assert not np.allclose(stored, np.array(before))
    # what "concentric" promises, checked on the stored positions: the own firm in the centre, a stronger direct
    # tie closer to it, each network in a sector of its own, no two partners on one spot
    assert np.allclose(stored[graph.centre], 0, atol=1e-6)
    others = np.flatnonzero(np.arange(graph.n) != graph.centre)
    radius = np.hypot(stored[others, 0], stored[others, 1])
    ties = np.asarray(graph.tie)[others]
    for stronger in range(1, 6):
        closer, farther = radius[ties == stronger], radius[(ties < stronger)]
        if closer.size and farther.size:
            assert closer.max() < farther.min(), f"a tie of strength {stronger} is not closer than weaker ones"
    angle = np.degrees(np.arctan2(stored[others, 1], stored[others, 0])) % 360
    sectors = np.asarray(graph.sector)[others]
    around = sectors[np.argsort(angle)]  # going once round the centre, each network is one unbroken run
    changes = int(np.count_nonzero(around != np.roll(around, 1)))
    assert changes == len(set(sectors.tolist())) > 1, around
    assert len({(round(x, 3), round(y, 3)) for x, y in stored}) == graph.n
    assert "in rings around us" in panel.controller.undo_stack.undoText()
    panel.controller.undo_stack.undo()
    assert [stored_position(panel, i) for i in range(panel.data.n)] == before


def test_force_layout_runs_off_the_gui_thread_with_progress(panel, qtbot):
    seen = []
    with qtbot.waitSignal(panel.layoutFinished, timeout=20_000):
        panel.force_button.click()
        panel.task.progress.connect(seen.append)
        assert panel.progress.isVisible() and panel.cancel_button.isVisible()
    assert seen and not panel.progress.isVisible()
    assert "by connections" in panel.controller.undo_stack.undoText()
    qtbot.waitUntil(lambda: not panel.view.guides_shown)  # rings and sectors belong to the network map only


def test_cancelling_a_running_layout_changes_nothing(tmp_path, qtbot):
    path = tmp_path / "big.netzplan"
    demo.write_synthetic(path, partners=3000, seed=3)
    ws = Workspace.open(path)
    controller = DocumentController(ws, autosave_minutes=0)
    widget = MapPanel(controller)
    qtbot.addWidget(widget)
    with qtbot.waitSignal(widget.loaded, timeout=10_000):
        widget.show()
    before = network_map.load_map(ws).positions.copy()
    widget.force_button.click()
    widget.cancel_button.click()
    qtbot.waitUntil(lambda: not widget.task.running, timeout=20_000)
    assert "cancelled" in widget.status.text()
    assert controller.undo_stack.count() == 0
    assert np.array_equal(network_map.load_map(ws).positions, before, equal_nan=True)
    widget.close()
    controller.close()


@pytest.mark.parametrize("suffix", [".png", ".svg"])
def test_export_picture_with_title_and_legend(panel, tmp_path, monkeypatch, suffix):
    target = tmp_path / f"karte{suffix}"
    monkeypatch.setattr(ask, "save_path", lambda *args: str(target))
    panel.export_button.click()
    assert target.exists() and not list(tmp_path.glob(".netzplaner-*"))
    if suffix == ".png":
        image = QImage(str(target))
        assert image.width() == 2000 and image.height() > 800
    else:
        text = target.read_text(encoding="utf-8")
        root = ET.fromstring(text)
        assert root.tag.endswith("svg")
        assert "Network of" in text and "Eyachtal" in text and "Regional" in text
    assert panel.view.title.text == ""  # the title is only in the picture


def test_export_refuses_an_unknown_picture_type(panel, tmp_path, monkeypatch):
    errors = []
    monkeypatch.setattr(ask, "save_path", lambda *args: str(tmp_path / "karte.bmp"))
    monkeypatch.setattr(ask, "error", lambda parent, title, text: errors.append(text))
    panel.export_button.click()
    assert errors and ".png or .svg" in errors[0] and not (tmp_path / "karte.bmp").exists()


def test_presentation_mode_goes_full_screen_and_escape_returns(panel, qtbot):
    panel.present_button.click()
    window = panel._presentation_window
    assert window is not None and panel.view.window() is window and panel.view.presentation
    assert window.isFullScreen()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(panel.view, Qt.Key.Key_Escape)  # what the presenter presses
    assert panel._presentation_window is None
    assert panel.view.window() is panel.window() and not panel.view.presentation


def test_changes_elsewhere_redraw_the_map(panel, qtbot):
    from netzplaner.services import partners

    ws = panel.controller.workspace
    with qtbot.waitSignal(panel.loaded):
        panel.controller.run(partners.create_partner(ws, name="Neu im Netz GmbH", kind="supplier",
                                                     dimensions=["regional"]))
    assert "Neu im Netz GmbH" in panel.data.names
    assert panel.view.node_mask[panel.data.names.index("Neu im Netz GmbH")]


def test_a_layout_kind_is_one_function_of_the_analysis_layer(panel):
    data = panel.data
    for kind in LayoutKind:
        positions = network_map.layout_positions(data, kind)
        assert positions.shape == (data.n, 2) and np.isfinite(positions).all()


def test_render_on_the_command_line(demo_path, tmp_path, capsys):
    from netzplaner import cli

    png, svg = tmp_path / "karte.png", tmp_path / "karte.svg"
    assert cli.main(["render", str(demo_path), "-o", str(png), "--width", "1200"]) == 0
    image = QImage(str(png))
    assert image.width() == 1200 and image.height() > 600
    assert cli.main(["render", str(demo_path), "-o", str(svg), "--lang", "en"]) == 0
    assert "Our firm" in svg.read_text(encoding="utf-8")
    assert cli.main(["render", str(demo_path), "-o", str(tmp_path / "karte.jpg")]) == 2
    assert cli.main(["render", str(tmp_path / "fehlt.netzplan"), "-o", str(png)]) == 1
    err = capsys.readouterr().err
    assert ".png or .svg" in err and "does not exist" in err and "Traceback" not in err


def test_hover_tooltip_gives_the_key_facts(panel):
    data = panel.data
    index = int(np.argmax(data.degree * (np.arange(data.n) != data.own)))
    text = panel.view._tooltip(0, 0, index)
    assert text.startswith(data.names[index])
    assert f"{int(data.degree[index])} relationships" in text
    assert "Tie to us" in text or "No direct tie" in text


# -- a map a first-time viewer reads in ten seconds ---------------------------------------------------------

def label_boxes(view):
    return [(lab, view.label_layer.rect_of(lab)) for lab in view.label_layer.labels]


def test_the_own_firm_is_the_largest_element_on_top_and_named_in_full(panel):
    view, data = panel.view, panel.data
    others = np.delete(view.sizes, data.own)
    assert view.sizes[data.own] >= 1.5 * others.max()
    assert view.edges.parentItem() is view.viewbox and view.edges.zValue() < view.viewbox.childGroup.zValue()
    assert view.own_node.zValue() > max(view.nodes.zValue(), view.highlight_nodes.zValue())  # ties lie below all
    assert list(view.own_node.data["data"]) == [data.own]
    own = [lab for lab in view.label_layer.labels if lab.index == data.own]
    assert own and own[0].text == data.names[data.own] and own[0].font.bold()


def test_names_never_overlap_each_other_or_other_nodes(panel):
    view = panel.view
    boxes = label_boxes(view)
    names = [(lab, rect) for lab, rect in boxes if lab.index >= 0]
    assert len(names) >= 0.5 * int(view.node_mask.sum())  # at 50 partners most are named
    assert all("…" not in lab.text and lab.text in panel.data.names for lab, _rect in names)  # in full
    for k, (_a, first) in enumerate(boxes):
        for _b, second in boxes[k + 1:]:
            assert not first.intersects(second)
    m = view.viewbox.childTransform()
    for lab, rect in names:
        if lab.index == panel.data.own:
            continue
        for i in np.flatnonzero(view.node_mask):
            if i == lab.index:
                continue
            centre = view.viewbox.mapToScene(m.map(QPointF(*view.positions[i])))
            assert not rect.adjusted(2, 2, -2, -2).contains(centre), (lab.text, panel.data.names[i])


def test_names_stand_on_a_halo_that_no_line_crosses(panel, tmp_path):
    """Inside every name's box the picture holds only the halo's white and the text's dark grey: no line
    colour shows through (green, amber, red are saturated; the text and halo are not)."""
    view = panel.view
    image = view.grab().toImage()
    crossed = 0
    for lab, rect in label_boxes(view):
        if lab.index < 0:
            continue
        area = view.mapFromScene(rect).boundingRect().adjusted(2, 2, -2, -2)
        for y in range(area.top(), area.bottom(), 2):
            for x in range(area.left(), area.right(), 2):
                colour = image.pixelColor(x, y)
                crossed += max(colour.red(), colour.green(), colour.blue()) - min(
                    colour.red(), colour.green(), colour.blue()) > 60
    assert crossed == 0


def test_ties_weak_poor_and_unassessed_are_told_apart(panel):
    from netzplaner.gui.map import map_style as style

    items = panel.view.edges.groups
    for (strength, band, _to_us), item in items.items():
        pen = item.pen
        if band == style.UNASSESSED_BAND:  # recede: thin and light
            assert pen.widthF() <= 1.0 and pen.color().lightness() > 180
        else:
            assert pen.widthF() >= 1.2
            assert bool(pen.dashPattern()) == (strength <= style.WEAK_STRENGTH)  # weak ties dashed
        if band == style.POOR_BAND:
            assert pen.widthF() >= style.POOR_MIN_WIDTH
    assert any(k[1] == style.POOR_BAND for k in items) and any(k[0] <= 2 for k in items)


def test_partners_without_a_network_get_their_own_sector_and_caption(panel, qtbot):
    from netzplaner.services import partners

    ws = panel.controller.workspace
    with qtbot.waitSignal(panel.loaded):
        panel.controller.run(partners.create_partner(ws, name="Ohne Netz GmbH", kind="company", dimensions=[]))
    with qtbot.waitSignal(panel.layoutFinished, timeout=10_000):
        panel.concentric_button.click()
    qtbot.waitUntil(lambda: panel.view.guides_shown and "No network" in [
        lab.text for lab in panel.view.label_layer.labels if lab.index < 0])
    geometry = panel.view.geometry_shown
    first, span = next((f, s) for sector, f, s in geometry.sectors if sector == 3)
    index = panel.data.names.index("Ohne Netz GmbH")
    x, y = panel.view.positions[index]
    assert (np.degrees(np.arctan2(y, x)) - first) % 360 <= span
    regional = next((f, s) for sector, f, s in geometry.sectors if sector == 0)
    assert not (np.degrees(np.arctan2(y, x)) - regional[0]) % 360 <= regional[1]


def test_names_follow_the_font_preference_and_presentation_is_large_titled_and_unselected(panel, qtbot):
    from PySide6.QtGui import QFont

    view = panel.view

    def name_pixels():
        return max(lab.font.pixelSize() for lab in view.label_layer.labels
                   if lab.index >= 0 and lab.index != panel.data.own)

    normal = name_pixels()
    app_font = QApplication.font()
    try:
        bigger = QFont(app_font)
        bigger.setPointSizeF(14)
        QApplication.setFont(bigger)  # the projector preference: the map follows without being asked
        qtbot.waitUntil(lambda: name_pixels() == pytest.approx(normal * 14 / app_font.pointSizeF(), abs=1))
    finally:
        QApplication.setFont(app_font)
    qtbot.waitUntil(lambda: name_pixels() == normal)
    panel.controller.selection.set_partners([panel.data.ids[lonely_node(panel)]])
    assert len(view.selection_marks.data) == 1
    panel.present_button.click()
    try:
        assert len(view.selection_marks.data) == 0  # no leftovers of the last click on the wall
        assert "Network of" in view.title.text and view.title.maximumHeight() > 0
        presented = max(lab.font.pixelSize() for lab in view.label_layer.labels if lab.index >= 0
                        and lab.index != panel.data.own)
        assert presented >= 1.5 * normal
        # on a projector of 1920 px the legend has room for the large text (a narrow one shrinks it: see below)
        panel._presentation_window.setGeometry(0, 0, 1920, 1080)
        qtbot.waitUntil(lambda: float(view._legend.opts["labelTextSize"].rstrip("px")) >= 1.5 * normal * 0.85)
    finally:
        panel._leave_presentation()
    assert view.title.text == "" and len(view.selection_marks.data) == 1


def test_a_large_network_is_summarised_and_its_details_return_when_zooming_in(tmp_path, qtbot):
    path = tmp_path / "big.netzplan"
    demo.write_synthetic(path, partners=2000, seed=2)
    ws = Workspace.open(path, read_only=True)
    controller = DocumentController(ws, autosave_minutes=0)
    widget = MapPanel(controller)
    qtbot.addWidget(widget)
    widget.resize(1366, 697)
    with qtbot.waitSignal(widget.loaded, timeout=10_000):
        widget.show()
    view = widget.view
    view.settle()
    bubbles = [lab for lab in view.label_layer.labels if lab.frame]
    assert view.overview and len(bubbles) >= 3
    # pan so that the leftmost network's middle sits right at the left edge: its bubble stays whole in view
    rect = view.viewbox.viewRect()
    shown = np.flatnonzero(view.node_mask)
    sector = widget.data.sector[shown]
    middles = [float(np.median(view.positions[shown[sector == s], 0])) for s in np.unique(sector)]
    left = min(middles) - rect.width() * 0.01
    view.viewbox.setRange(QRectF(left, rect.top(), rect.width(), rect.height()), padding=0)
    view.settle()
    box = view.viewbox.sceneBoundingRect()
    edge_bubbles = [lab for lab in view.label_layer.labels if lab.frame]
    assert view.overview and edge_bubbles
    assert all(box.contains(view.label_layer.rect_of(lab)) for lab in edge_bubbles)  # whole, not cut
    assert any("partners" in lab.text and "quality Ø" in lab.text for lab in bubbles)
    hidden = [key for key, group in view.edges.groups.items() if not group.visible]
    assert hidden and all(not to_us for _s, _b, to_us in hidden)  # ties to us always show
    names_far = len(view.label_texts)
    # zoom in on the most crowded spot
    own = view.positions[widget.data.own]
    target = view.positions[np.argmax(widget.data.degree)]
    span = 0.5
    view.viewbox.setRange(QRectF(target[0] - span, target[1] - span, 2 * span, 2 * span), padding=0)
    view.settle()
    assert not view.overview and not [lab for lab in view.label_layer.labels if lab.frame]
    assert all(group.visible for group in view.edges.groups.values())
    assert len(view.label_texts) > names_far
    assert own is not None
    widget.close()
    controller.close()


def test_a_loaded_map_is_drawn_in_two_halves_with_the_event_loop_between(panel, qtbot):
    """Issue 17: legend and range first, then (after the event loop ran) the partners, ties, marks and names, and
    only then does the view paint again; ``loaded`` comes after both. A filter changed in between draws whole."""
    view, content = panel.view, panel.content
    called = []
    legend_before, nodes_before = view._legend, view.nodes.data
    panel.show_content(content, then=lambda: called.append(view.nodes.data))
    assert not view.updatesEnabled() and not called and not view.label_layer.labels
    assert view._legend is not legend_before and view.nodes.data is nodes_before  # the nodes wait
    qtbot.waitUntil(lambda: bool(called), timeout=5_000)
    assert view.updatesEnabled() and called[0] is view.nodes.data is not nodes_before
    assert len(view.nodes.data) == len(nodes_before) and view.label_texts  # drawn whole, names placed again
    panel.show_content(content, then=lambda: None)
    panel.min_strength.setValue(2)  # a whole drawing meanwhile
    assert view.updatesEnabled() and view._unfinished is None
    with qtbot.waitSignal(panel.loaded, timeout=10_000):
        panel.reload()
    assert view.updatesEnabled() and view.label_texts


def test_a_view_closed_between_the_two_halves_is_left_alone(panel, qtbot):
    """The window may close while the second half of a drawing waits for the event loop: nothing may touch the
    closed view's scene then (pytest-qt fails the test on an exception in the event loop)."""
    called = []
    panel.view.viewbox.setRange(QRectF(-40, -30, 25, 20), padding=0)
    panel.view.settle()
    panel._fitted = False  # the first half fits the range again (as on opening)
    panel.show_content(panel.content, then=lambda: called.append(1))
    panel.view.close()  # pyqtgraph clears the scene: the view box is gone
    qtbot.waitUntil(lambda: bool(called), timeout=5_000)
    qtbot.wait(200)  # no timer of the first half fires on the closed view either


def test_a_large_font_shrinks_the_legend_not_the_map(panel, qtbot):
    """14 pt on a projector, presenting: the legend keeps to a third of the map's width and stays legible; at the
    usual size on a wide map it is as large as the names."""
    from PySide6.QtGui import QFont

    from netzplaner.gui.map import map_style, map_view

    view = panel.view
    assert view._legend.label_pixels == view.label_pixels  # 9 pt, 1200 px: nothing to shrink
    app_font = QApplication.font()
    try:
        bigger = QFont(app_font)
        bigger.setPointSizeF(14)
        QApplication.setFont(bigger)
        panel.resize(800, 700)
        panel.present_button.click()
        full = panel._presentation_window
        full.setGeometry(0, 0, 1280, 800)
        qtbot.waitUntil(lambda: view.width() >= 1200)
        view.redraw()
        assert view._legend.width() <= view.width() * map_view.LEGEND_SHARE + 1
        assert view._legend.label_pixels >= map_style.label_pixels() * map_view.LEGEND_SMALLEST - 0.01
        assert view._legend.label_pixels < view.label_pixels  # shrunk, while the names stay large
        panel._leave_presentation()
        qtbot.waitUntil(lambda: view.width() < 800)
        view.redraw()
        assert view._legend.width() <= view.width() * map_view.LEGEND_SHARE + 1 or \
            view._legend.label_pixels == pytest.approx(map_style.label_pixels() * map_view.LEGEND_SMALLEST)
    finally:
        QApplication.setFont(app_font)
