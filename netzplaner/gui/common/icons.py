"""The tool icons: one set (Lucide, ISC licence, ``resources/icons/``), compiled into the resource module.

The SVGs are drawn in dark grey (#374151), readable on the light palette; on a dark palette the same shapes are
drawn in light grey, so the icons never vanish into the background.
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QFile, QIODevice, QRectF, Qt
from PySide6.QtGui import QGuiApplication, QIcon, QPainter, QPalette, QPixmap

ICON_COLOUR = "#374151"
DARK_PALETTE_COLOUR = "#d1d5db"
SIZES = (16, 20, 24, 32, 48)


def _svg(name: str) -> bytes:
    file = QFile(f":/icons/{name}.svg")
    if not file.open(QIODevice.OpenModeFlag.ReadOnly):
        raise KeyError(f"no icon {name!r} in the resources (run netzplaner.gui.translations.build)")
    try:
        return bytes(file.readAll().data())
    finally:
        file.close()


def _dark_palette() -> bool:
    app = QGuiApplication.instance()
    return app is not None and app.palette().color(QPalette.ColorRole.Window).lightness() < 128


def icon(name: str, colour: str | None = None) -> QIcon:
    """The icon ``name`` (a file name in resources/icons without .svg) in ``colour``, or in the grey that suits
    the palette."""
    if colour is None and not _dark_palette():
        _svg(name)  # a misspelt name fails here, not as an invisible empty icon
        return QIcon(f":/icons/{name}.svg")
    from PySide6.QtSvg import QSvgRenderer

    data = _svg(name).replace(ICON_COLOUR.encode(), (colour or DARK_PALETTE_COLOUR).encode())
    renderer = QSvgRenderer(QByteArray(data))
    result = QIcon()
    for size in SIZES:
        pixmap = QPixmap(size, size)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        renderer.render(painter, QRectF(0, 0, size, size))
        painter.end()
        result.addPixmap(pixmap)
    return result
