"""Write ``resources/netzplaner.ico`` (16, 32, 48 and 256 px) from ``resources/netzplaner.svg`` with Qt.

    python resources/make_icons.py

Run it after changing the SVG and commit the .ico; the Windows build (``netzplaner.spec``) and the installer
(``installer/netzplaner.iss``) take the icon from there. The small sizes are stored as 32-bit DIBs, 256 px as
PNG (the usual layout of a Windows icon; Explorer, the task bar and PyInstaller read it).
"""

from __future__ import annotations

import os
import struct
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
SIZES = (16, 32, 48, 256)


def render(svg: Path, size: int):
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise SystemExit(f"{svg}: not a valid SVG")
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter)
    painter.end()
    return image


def _png(image) -> bytes:
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice

    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    return bytes(data.data())


def _dib(image) -> bytes:
    """A 32-bit BGRA bitmap as an icon stores it: header with double height, rows bottom-up, then the AND mask."""
    from PySide6.QtGui import QImage

    size = image.width()
    argb = image.convertToFormat(QImage.Format.Format_ARGB32)  # BGRA bytes in memory on little-endian machines
    rows = [bytes(argb.constScanLine(y))[: size * 4] for y in range(size)]
    if sys.byteorder != "little":
        rows = [b"".join(row[i:i + 4][::-1] for i in range(0, len(row), 4)) for row in rows]
    header = struct.pack("<IiiHHIIiiII", 40, size, size * 2, 1, 32, 0, size * size * 4, 0, 0, 0, 0)
    mask_row = ((size + 31) // 32) * 4  # 1 bit per pixel, rows padded to 32 bits; all 0: alpha decides
    return header + b"".join(reversed(rows)) + bytes(mask_row * size)


def ico_bytes(images) -> bytes:
    blobs = [_png(img) if img.width() >= 256 else _dib(img) for img in images]
    out = struct.pack("<HHH", 0, 1, len(images))
    offset = 6 + 16 * len(images)
    for img, blob in zip(images, blobs):
        side = img.width() if img.width() < 256 else 0  # 0 means 256
        out += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(blob), offset)
        offset += len(blob)
    return out + b"".join(blobs)


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])  # noqa: F841  (fonts, image plugins)
    svg, ico = HERE / "netzplaner.svg", HERE / "netzplaner.ico"
    ico.write_bytes(ico_bytes([render(svg, size) for size in SIZES]))
    print(f"{ico} written ({', '.join(str(s) for s in SIZES)} px, {ico.stat().st_size:,} bytes)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
