"""The ties of a large map are kept as a picture while the view moves and drawn again, sharp, when it rests
(gui/map/map_edges.py): the moving picture must sit where the ties are, and the map at rest must be exactly the
drawing that pictures (PNG, SVG) get."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtWidgets import QApplication, QSpinBox

from netzplaner.gui.map.map_panel import MapPanel
from netzplaner.gui.map.map_view import PICTURE_WHILE_MOVING
from netzplaner.gui.shell.controller import DocumentController
from netzplaner.services import demo
from netzplaner.services.workspace import Workspace


@pytest.fixture(scope="module")
def network_path(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("frames") / "network.netzplan"
    demo.write_synthetic(path, partners=600, seed=3)  # about 3,000 ties: a picture while moving
    return path


@pytest.fixture
def panel(network_path, qtbot):
    ws = Workspace.open(network_path, read_only=True)
    controller = DocumentController(ws, autosave_minutes=0)
    widget = MapPanel(controller)
    qtbot.addWidget(widget)
    widget.resize(1366, 697)
    with qtbot.waitSignal(widget.loaded, timeout=20_000):
        widget.show()
    qtbot.waitExposed(widget)
    view = widget.view
    view.overview = False
    view._style_edges()  # every tie, not only those of the overview
    view.update_labels = lambda: view.label_layer.set_labels([])  # the names would keep the overview on
    view.viewbox.childGroup.hide()  # rings, nodes and marks: what remains in the view box is the ties
    view.show_legend = False  # a filter changes the legend, whose new width would redraw the ties anyway
    view.update_legend()
    QApplication.processEvents()  # the layout gives the view box the legend's room
    view.settle()
    view.viewport().repaint()
    qtbot.waitUntil(lambda: not view.edges.drawing, timeout=10_000)
    yield widget
    widget.close()
    controller.close()


def pixels(image: QImage) -> np.ndarray:
    image = image.convertToFormat(QImage.Format.Format_RGB32)
    rows = np.frombuffer(image.constBits(), np.uint8).reshape(image.height(), image.bytesPerLine() // 4, 4)
    return rows[:, :image.width(), :3].astype(int)


def grab_ties(view) -> np.ndarray:
    """The view box as the screen shows it."""
    view.viewport().repaint()
    box = view.mapFromScene(view.viewbox.sceneBoundingRect()).boundingRect()
    return pixels(view.grab(box).toImage())


def drawn_as_picture(view) -> np.ndarray:
    """The view box as a PNG of the map draws it: the scene rendered without a widget (the lines themselves)."""
    source = view.viewbox.sceneBoundingRect()
    box = view.mapFromScene(source).boundingRect()
    image = QImage(box.width(), box.height(), QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    view.scene().render(painter, QRectF(0, 0, box.width(), box.height()), QRectF(view.mapToScene(box).boundingRect()))
    painter.end()
    return pixels(image)


def ink(image: np.ndarray) -> np.ndarray:
    return (image < 245).any(axis=2)


def move(view, dx_pixels: float = 0.0, zoom: float = 1.0) -> None:
    """Pan by ``dx_pixels`` to the right (the map follows the mouse) and zoom by ``zoom`` around the centre."""
    rect = view.viewbox.viewRect()
    units = rect.width() / view.viewbox.width()
    centre = rect.center()
    width, height = rect.width() / zoom, rect.height() / zoom
    view.viewbox.setRange(QRectF(centre.x() - dx_pixels * units - width / 2, centre.y() - height / 2, width, height),
                          padding=0)


def test_a_moving_view_moves_the_picture_of_its_ties_without_drawing_them_again(panel):
    view = panel.view
    assert sum(group.count for group in view.edges.groups.values()) >= PICTURE_WHILE_MOVING
    before = grab_ties(view)
    assert ink(before).mean() > 0.05  # the ties are drawn
    redraws = view.edges.redraws
    move(view, dx_pixels=120)
    assert view.moving
    during = grab_ties(view)
    assert view.edges.redraws == redraws  # moved as a picture, not drawn again
    # every pixel sits 120 pixels further right (the picture's margin covers the strip that came into view)
    assert np.abs(during[:, 120:] - before[:, :-120]).max() <= 2
    move(view, dx_pixels=-40, zoom=1.25)
    assert view.edges.redraws == redraws and ink(grab_ties(view)).mean() > 0.05


def finish(view, qtbot) -> None:
    """Let a picture drawn in slices (on a slow machine even a small one is) become whole."""
    view.viewport().repaint()
    qtbot.waitUntil(lambda: not view.edges.drawing, timeout=10_000)


def test_at_rest_the_ties_are_drawn_again_sharp_exactly_as_pictures_draw_them(panel, qtbot):
    view = panel.view
    move(view, zoom=2.0)  # the picture scaled up: each line twice as wide, blocky
    scaled = grab_ties(view)
    redraws = view.edges.redraws
    view.settle()
    finish(view, qtbot)
    rest = grab_ties(view)
    assert view.edges.redraws == redraws + 1
    exact = drawn_as_picture(view)
    assert (np.abs(rest - exact).max(axis=2) > 40).mean() < 0.001  # the same drawing as a PNG of the map
    assert (np.abs(scaled - exact).max(axis=2) > 40).mean() > 0.01  # while zooming it was not sharp
    assert ink(rest).mean() < ink(scaled).mean()  # sharp lines are thinner than the doubled picture


def test_a_change_while_the_view_moves_draws_the_ties_again(panel, qtbot):
    view = panel.view
    move(view, dx_pixels=60)
    grab_ties(view)
    assert view.moving
    redraws = view.edges.redraws
    panel.findChild(QSpinBox, "mapMinStrength").setValue(5)  # a filter: only the strongest ties remain
    finish(view, qtbot)
    assert view.moving  # still moving: the change did not wait for the view to rest
    after = grab_ties(view)
    assert view.edges.redraws == redraws + 1
    shown = sum(group.count for group in view.edges.groups.values())
    assert 0 < shown and all(key[0] == 5 for key in view.edges.groups)
    assert np.abs(after - drawn_as_picture(view)).max(axis=2).mean() < 1.0


def test_the_ties_dim_with_the_neighbourhood_highlight(panel):
    view = panel.view
    strong = ink(grab_ties(view)).sum()
    view.selected = [int(np.argmax(panel.data.degree))]
    view.set_neighbourhood(True)
    assert view.edges.opacity() == pytest.approx(0.15)
    faint = grab_ties(view)
    assert (faint < 200).any(axis=2).sum() < 0.2 * strong  # the picture is drawn at the layer's opacity


def test_a_picture_that_takes_long_is_drawn_in_slices_while_the_old_one_stays(panel, qtbot, monkeypatch):
    from netzplaner.gui.map import map_edges

    view = panel.view
    monkeypatch.setattr(map_edges, "CHUNK", 100)  # about 30 paths: many slices
    monkeypatch.setattr(map_edges, "SLICE_MS", 0.0)  # one path per slice
    view.edges.seconds_per_tie = 1.0  # as if each tie took a second: never at once
    move(view, zoom=2.0)
    scaled = grab_ties(view)
    redraws = view.edges.redraws
    view.settle()
    assert np.abs(grab_ties(view) - scaled).max() == 0  # the scaled picture stays while the sharp one is drawn
    assert view.edges.drawing and view.edges.redraws == redraws
    slices = []
    view.edges._slicer.timeout.connect(lambda: slices.append(1))
    qtbot.waitUntil(lambda: not view.edges.drawing, timeout=10_000)
    assert len(slices) > 10 and view.edges.redraws == redraws + 1
    exact = drawn_as_picture(view)
    assert (np.abs(grab_ties(view) - exact).max(axis=2) > 40).mean() < 0.001
    # moving again drops a picture half drawn (it would be for where the view stood)
    move(view, zoom=1.5)
    view.settle()
    view.viewport().repaint()
    assert view.edges.drawing
    move(view, dx_pixels=30)
    assert not view.edges.drawing


def test_the_first_frame_of_a_large_map_is_the_map_at_rest_named(network_path, qtbot):
    """Fitting the map is not a gesture: the first frame has the sharp ties and the names, not a moving view."""
    ws = Workspace.open(network_path, read_only=True)
    controller = DocumentController(ws, autosave_minutes=0)
    widget = MapPanel(controller)
    qtbot.addWidget(widget)
    widget.resize(1366, 697)
    with qtbot.waitSignal(widget.loaded, timeout=20_000):
        widget.show()
    view = widget.view
    view.viewport().repaint()
    assert not view.moving and view.label_layer.isVisible()
    assert widget.data.names[widget.data.own] in view.label_texts and len(view.label_texts) >= 5
    assert view.edges.redraws >= 1 and not view.edges.drawing  # nothing drawn yet: the first picture at once
    widget.close()
    controller.close()
