"""The partners of the map are set up from a short table of styles (``map_items.StyledScatter.set_spots``, issue 17:
the first map frame): the spots and the picture must be the ones pyqtgraph's ``setData`` with a pen, brush and
symbol per spot gives, and hovering, clicking and tool tips must still find the partner."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication

from netzplaner.gui.map.map_content import MapContent
from netzplaner.gui.map.map_view import NetworkMapView
from netzplaner.services import demo
from netzplaner.services.workspace import Workspace

FIELDS = ("x", "y", "size", "symbol", "pen", "brush", "data", "visible", "hovered")


@pytest.fixture(scope="module")
def content(tmp_path_factory) -> MapContent:
    path: Path = tmp_path_factory.mktemp("nodes") / "network.netzplan"
    demo.write_synthetic(path, partners=800, seed=5)
    with Workspace.open(path, read_only=True) as ws:
        return MapContent.load(ws)


@pytest.fixture
def view():
    made = NetworkMapView()
    yield made
    made.dispose()  # its timers stop before the view closes (a label update would touch a deleted view box)
    made.close()
    made.deleteLater()


def grab(view: NetworkMapView) -> np.ndarray:
    view.viewport().repaint()
    image = view.grab().toImage().convertToFormat(QImage.Format.Format_RGB32)
    rows = np.frombuffer(image.constBits(), np.uint8).reshape(image.height(), image.bytesPerLine() // 4, 4)
    return rows[:, :image.width(), :3].copy()


def per_spot(view: NetworkMapView) -> None:
    """The nodes set up as before: pyqtgraph's setData with a pen, a brush and a symbol for every spot."""
    shown = np.flatnonzero(view.node_mask)
    table = np.empty((len(view._styles), 3), dtype=object)
    for i, entry in enumerate(view._styles):
        table[i] = entry
    chosen = table[view._style[shown]]
    view.nodes.setData(pos=view.positions[shown], size=(view._shown_sizes() * view.scale)[shown],
                       symbol=chosen[:, 0], pen=chosen[:, 1], brush=chosen[:, 2], data=shown)


@pytest.mark.parametrize("measure", ["tie", "degree"])
def test_styled_spots_are_the_spots_and_the_picture_of_per_spot_set_data(content, view, qtbot, measure):
    view.resize(1000, 700)
    view.show()
    qtbot.waitExposed(view)
    content.draw(view, measure=measure, fit=True)
    QApplication.processEvents()
    styled = view.nodes.data.copy()
    picture = grab(view)
    assert len(styled) > 700 and len(np.unique(styled["size"])) >= 3
    assert len({id(pen) for pen in styled["pen"]}) > 1 and len(set(styled["symbol"].tolist())) > 3
    per_spot(view)
    plain = view.nodes.data
    for name in FIELDS:
        assert styled[name].tolist() == plain[name].tolist(), name
    assert np.array_equal(grab(view), picture)


def test_a_spot_found_under_the_mouse_is_its_partner(content, view, qtbot):
    view.resize(900, 700)
    view.show()
    qtbot.waitExposed(view)
    content.draw(view, fit=True)
    own = content.data.own
    x, y = content.positions[own]
    from PySide6.QtCore import QPointF

    assert view.nodes.index_at(QPointF(x, y)) == own
    assert view.own_node.data["data"].tolist() == [own]
    points = view.nodes.pointsAt(QPointF(x, y))
    assert points and int(points[-1].data()) == own and points[-1].pos().x() == pytest.approx(x)
