"""Pictures of the network map: PNG and SVG with title and legend, from the window or from the command line.

Both paths draw with the same ``NetworkMapView``, so ``netzplaner render`` looks like the window. The board
workbook's map page is drawn without a view (``map_picture``: the same decisions and look on plain arrays, a
third of the time); ``tests/gui/test_map_picture.py`` holds it to the view's picture.
"""

from __future__ import annotations

import os
import re
import tempfile
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QRectF, QSize
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtSvg import QSvgGenerator

from ...domain.errors import NetzplanerError
from ...domain.text import one_line
from ...io.safe_text import xml_document
from .map_content import MapContent, title_of
from .map_style import SVG_FONT_FAMILY

PICTURE_SUFFIXES = (".png", ".svg")
# listed for lupdate: gui.messages translates them in the "Message" context like the lower layers' sentences
NOT_A_PICTURE = QT_TRANSLATE_NOOP("Message", "A picture of the map is written as .png or .svg, not “{suffix}”.")
NOT_WRITTEN = QT_TRANSLATE_NOOP("Message", "The picture could not be written to {path}.")


def export_picture(view, path: Path, title: str | None, *, width: int = 2000) -> Path:
    """Write the view as it is (zoom, filters, legend) with ``title`` on top; the file appears whole or not at all.

    The scene is painted straight into a QImage or a QSvgGenerator (pyqtgraph's own SVG exporter cannot parse
    the paths Qt 6.11 writes), scaled to ``width``: text grows with the painter, and the view draws its lines
    and symbols as much wider, so the picture is the window's map, only larger. The SVG keeps nodes, lines and
    text as vector shapes and names a font family that Windows and Linux both have.
    """
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in PICTURE_SUFFIXES:
        raise NetzplanerError(NOT_A_PICTURE,
                              suffix=path.suffix or path.name)
    title = one_line(title) if title else None  # the firm's name is in it
    view.set_title(title)
    try:
        QCoreApplication.processEvents()  # let the layout make room for the title
        view.settle()  # full line widths and labels, even if the view was just moved
        source = view.ci.sceneBoundingRect()
        view.set_scale(width / max(source.width(), 1.0), picture=True)
        handle, temp = tempfile.mkstemp(prefix=".netzplaner-", suffix=suffix, dir=path.parent)
        os.close(handle)
        try:
            _paint(view, temp, suffix, title or "", width, source)
            if os.path.getsize(temp) == 0:
                raise NetzplanerError(NOT_WRITTEN, path=path)
            if suffix == ".svg":
                _name_portable_fonts(temp)
            os.replace(temp, path)
        finally:
            if os.path.exists(temp):
                os.remove(temp)
    finally:
        view.set_scale(1.0)
        view.set_title(None)
    return path


def _paint(view, target: str, suffix: str, title: str, width: int, source: QRectF) -> None:
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
    import pyqtgraph as pg  # here: the workbook's picture (map_picture) goes without it

    scatters = [item for item in view.scene().items() if isinstance(item, pg.ScatterPlotItem)]
    if suffix == ".svg":  # each symbol as a path: the atlas would put a bitmap per node into the drawing
        for item in scatters:
            item.opts["useCache"] = False
    painter = QPainter(device)
    try:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        if suffix == ".svg":
            painter.fillRect(QRectF(0, 0, width, height), QColor("white"))
        view.scene().render(painter, QRectF(0, 0, width, height), source)
    finally:
        painter.end()
        for item in scatters:
            item.opts["useCache"] = True
    if suffix == ".png" and not device.save(target, "PNG"):
        raise NetzplanerError(NOT_WRITTEN, path=target)
    if suffix == ".svg":  # Qt writes a label's control characters as they are: XML forbids them
        svg = Path(target)
        svg.write_text(xml_document(svg.read_text(encoding="utf-8", errors="replace")), encoding="utf-8")


def _name_portable_fonts(svg: str) -> None:
    """Qt names the font it drew with ("Liberation Sans", "Sans Serif"); the picture names a list that every
    system resolves: Arial on Windows and macOS, its metric twin Liberation Sans on Linux."""
    text = Path(svg).read_text(encoding="utf-8")
    text = re.sub(r'font-family="[^"]*"', f'font-family="{SVG_FONT_FAMILY}"', text)
    Path(svg).write_text(text, encoding="utf-8")


# the workbook's map page: a picture that fills A4 landscape with names of about 8 pt and a legend of 7 pt
# (2,400 pixels across about 26 cm; the map drawn for a 1,100-pixel canvas, so text and symbols are 2.2 times
# the window's). The sheet carries the title, so the picture goes without.
WORKBOOK_PICTURE = {"width": 2400, "height": 1600, "canvas_width": 1100, "title": False}
CANVAS_WIDTH = 1600  # pictures wider than this draw the same map, larger (labels twice as tall at 3,200)


def workbook_picture(ws) -> bytes:
    """The board workbook's map page as PNG bytes: the map of the open document (unsaved edits included), drawn
    like the window, in the UI language. The GUI and ``netzplaner export`` both take it from here."""
    from .map_picture import picture_png

    options = {key: value for key, value in WORKBOOK_PICTURE.items() if key != "title"}
    return picture_png(MapContent.load(ws), **options)


def offscreen_application(lang: str) -> None:
    """A QApplication for drawing without a window (the command line), speaking ``lang``."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from ..common import i18n

    QApplication.instance() or QApplication(["netzplaner"])
    i18n.install(lang)


def render_document(doc: Path, out: Path, *, width: int = 1600, height: int = 1100, lang: str = "de",
                    canvas_width: int | None = None, title: bool = True, layout: str | None = None) -> Path:
    """``netzplaner render``: the network map of ``doc`` as stored (positions, all partners but archived ones)."""
    from ...services.workspace import Workspace

    if Path(out).suffix.lower() not in PICTURE_SUFFIXES:
        raise NetzplanerError(NOT_A_PICTURE, suffix=Path(out).suffix or Path(out).name)
    offscreen_application(lang)
    with Workspace.open(doc, read_only=True) as ws:
        return render_workspace(ws, Path(out), width=width, height=height, canvas_width=canvas_width, title=title,
                                layout=layout)


def render_workspace(ws, out: Path, *, width: int = 1600, height: int = 1100, canvas_width: int | None = None,
                     title: bool = True, layout: str | None = None) -> Path:
    """The map of an open document (unsaved edits included) drawn by a hidden view, in the UI language.

    The view is laid out at ``canvas_width`` (at most ``CANVAS_WIDTH`` unless given) and painted at ``width``:
    a wider picture is the same map with larger text, symbols and lines, not a larger canvas of small text.
    ``layout`` ("force" or "concentric") arranges the partners for the picture only; None keeps the stored
    positions."""
    view, data = picture_view(ws, width=width, height=height, canvas_width=canvas_width, layout=layout)
    try:
        return export_picture(view, Path(out), title_of(ws, data) if title else None, width=width)
    finally:
        view.dispose()
        view.close()
        view.deleteLater()


def picture_view(ws, *, width: int, height: int, canvas_width: int | None = None, layout: str | None = None):
    """A hidden map view of the document laid out at the canvas size of a ``width`` × ``height`` picture;
    returns (view, map data). The caller disposes of the view."""
    from .map_view import NetworkMapView

    canvas = canvas_width or min(width, CANVAS_WIDTH)
    content = MapContent.load(ws, layout)
    view = NetworkMapView()
    view.resize(canvas, max(int(round(canvas * height / width)), 1))
    view.show()
    content.draw(view, fit=True)
    QCoreApplication.processEvents()
    return view, content.data
