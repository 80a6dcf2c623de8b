"""Pictures of the network map: PNG and SVG with title and legend, from the window or from the command line.

Both paths draw with the same ``NetworkMapView``, so ``netzplaner render`` looks like the window.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QRectF, QSize
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtSvg import QSvgGenerator

from ..domain.errors import NetzplanerError
from ..domain.text import one_line
from ..io.safe_text import xml_document

PICTURE_SUFFIXES = (".png", ".svg")
# listed for lupdate: gui.messages translates them in the "Message" context like the lower layers' sentences
NOT_A_PICTURE = QT_TRANSLATE_NOOP("Message", "A picture of the map is written as .png or .svg, not “{suffix}”.")
NOT_WRITTEN = QT_TRANSLATE_NOOP("Message", "The picture could not be written to {path}.")


def export_picture(view, path: Path, title: str, *, width: int = 2000) -> Path:
    """Write the view as it is (zoom, filters, legend) with ``title`` on top; the file appears whole or not at all.

    The scene is painted straight into a QImage or a QSvgGenerator (pyqtgraph's own SVG exporter cannot parse
    the paths Qt 6.11 writes), so both pictures show exactly what the window shows, scaled to ``width``.
    """
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in PICTURE_SUFFIXES:
        raise NetzplanerError(NOT_A_PICTURE,
                              suffix=path.suffix or path.name)
    title = one_line(title)  # the firm's name is in it
    view.set_title(title)
    try:
        QCoreApplication.processEvents()  # let the layout make room for the title
        view.settle()  # full line widths and labels, even if the view was just moved
        handle, temp = tempfile.mkstemp(prefix=".netzplaner-", suffix=suffix, dir=path.parent)
        os.close(handle)
        try:
            _paint(view, temp, suffix, title, width)
            if os.path.getsize(temp) == 0:
                raise NetzplanerError(NOT_WRITTEN, path=path)
            os.replace(temp, path)
        finally:
            if os.path.exists(temp):
                os.remove(temp)
    finally:
        view.set_title(None)
    return path


def _paint(view, target: str, suffix: str, title: str, width: int) -> None:
    source = view.ci.sceneBoundingRect()
    height = max(int(round(width * source.height() / max(source.width(), 1.0))), 1)
    if suffix == ".png":
        device = QImage(width, height, QImage.Format.Format_ARGB32)
        device.fill(QColor("white"))
    else:
        device = QSvgGenerator()
        device.setFileName(target)
        device.setSize(QSize(width, height))
        device.setViewBox(QRectF(0, 0, width, height))
        device.setTitle(title)
        device.setDescription("Netzplaner")
    painter = QPainter(device)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    if suffix == ".svg":
        painter.fillRect(QRectF(0, 0, width, height), QColor("white"))
    view.scene().render(painter, QRectF(0, 0, width, height), source)
    painter.end()
    if suffix == ".png" and not device.save(target, "PNG"):
        raise NetzplanerError(NOT_WRITTEN, path=target)
    if suffix == ".svg":  # Qt writes a label's control characters as they are: XML forbids them
        svg = Path(target)
        svg.write_text(xml_document(svg.read_text(encoding="utf-8", errors="replace")), encoding="utf-8")


def render_document(doc: Path, out: Path, *, width: int = 1600, height: int = 1100, lang: str = "de") -> Path:
    """``netzplaner render``: the network map of ``doc`` as stored (positions, all partners but archived ones)."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from ..services.workspace import Workspace
    from . import i18n

    if Path(out).suffix.lower() not in PICTURE_SUFFIXES:
        raise NetzplanerError(NOT_A_PICTURE, suffix=Path(out).suffix or Path(out).name)
    QApplication.instance() or QApplication(["netzplaner"])
    i18n.install(lang)
    with Workspace.open(doc, read_only=True) as ws:
        return render_workspace(ws, Path(out), width=width, height=height)


def render_workspace(ws, out: Path, *, width: int = 1600, height: int = 1100) -> Path:
    """The map of an open document (unsaved edits included) drawn by a hidden view, in the UI language."""
    from ..analysis.layout import fill_missing, follows_network_map
    from ..services.network_map import load_map
    from .map_filter import MapFilter, visible
    from .map_panel import node_measure, title_of
    from .map_view import NetworkMapView

    data = load_map(ws)
    view = NetworkMapView()
    view.resize(width, height)
    view.show()
    nodes, edges = visible(data, MapFilter())
    graph = data.layout_input()
    positions = fill_missing(graph)
    view.set_guides(follows_network_map(graph, positions))
    view.set_data(data, positions, nodes, edges, node_measure(data, "tie"), fit=True)
    QCoreApplication.processEvents()
    try:
        return export_picture(view, Path(out), title_of(ws, data), width=width)
    finally:
        view.dispose()
        view.close()
        view.deleteLater()
