"""Pictures of the map for slides and print: vector SVG with portable fonts, PNG whose text grows with the width,
and the workbook's map page picture that prints legibly on A4."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

import numpy as np
import pytest
from PySide6.QtGui import QImage

from netzplaner.gui.map.map_export import WORKBOOK_PICTURE, export_picture, picture_view
from netzplaner.services import demo
from netzplaner.services.workspace import Workspace


@pytest.fixture(scope="module")
def big_path(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("big") / "big.netzplan"
    demo.write_synthetic(path, partners=2000, seed=1)
    return path


@pytest.fixture
def demo_path(tmp_path) -> Path:
    path = tmp_path / "demo.netzplan"
    demo.write_demo(path, lang="de")
    return path


def ink_rows(image: QImage, box) -> int:
    """How many pixel rows inside ``box`` (x0, y0, x1, y1) hold dark text ink."""
    x0, y0, x1, y1 = (int(round(v)) for v in box)
    rows = 0
    for y in range(max(y0, 0), min(y1, image.height())):
        if any(image.pixelColor(x, y).lightness() < 110 for x in range(max(x0, 0), min(x1, image.width()), 1)):
            rows += 1
    return rows


def own_label_box(view, data, width: int):
    """The own firm's name in picture pixels (the view is painted ``width`` / its width times larger)."""
    label = next(lab for lab in view.label_layer.labels if lab.index == data.own)
    rect = view.label_layer.rect_of(label)
    source = view.ci.sceneBoundingRect()
    factor = width / source.width()
    return ((rect.left() - source.left()) * factor, (rect.top() - source.top()) * factor,
            (rect.right() - source.left()) * factor, (rect.bottom() - source.top()) * factor), label


def test_svg_of_2000_partners_is_vector_shapes_with_portable_fonts_and_small(big_path, tmp_path):
    from netzplaner import cli

    target = tmp_path / "karte.svg"
    assert cli.main(["render", str(big_path), "-o", str(target), "--layout", "concentric"]) == 0
    text = target.read_text(encoding="utf-8")
    assert target.stat().st_size < 5_000_000
    root = ET.fromstring(text)
    tags = [element.tag.rsplit("}", 1)[-1] for element in root.iter()]
    assert "image" not in tags  # no node drawn as an embedded bitmap
    assert tags.count("path") > 2000  # every partner a vector symbol
    assert "text" in tags
    families = {element.get("font-family") for element in root.iter() if element.get("font-family")}
    assert families and all("Arial" in f and "Liberation Sans" in f and "sans-serif" in f for f in families)


def test_png_names_grow_with_the_width(demo_path, tmp_path):
    """At 3200 pixels the map is the same picture as at 1600, its names twice as tall (measured in the ink)."""
    heights, fonts = {}, {}
    with Workspace.open(demo_path, read_only=True) as ws:
        for width in (1600, 3200):
            view, data = picture_view(ws, width=width, height=int(width * 0.68))
            try:
                target = tmp_path / f"karte-{width}.png"
                export_picture(view, target, "Titel", width=width)
                image = QImage(str(target))
                assert image.width() == width
                box, label = own_label_box(view, data, width)
                heights[width] = ink_rows(image, box)
                source, legend = view.ci.sceneBoundingRect(), view._legend.sceneBoundingRect()
                factor = width / source.width()
                heights[f"legend{width}"] = ink_rows(image, (
                    (legend.left() - source.left()) * factor, (legend.top() - source.top()) * factor,
                    (legend.right() - source.left()) * factor, (legend.bottom() - source.top()) * factor))
                fonts[width] = label.font.pixelSize() * width / view.ci.sceneBoundingRect().width()
            finally:
                view.dispose()
                view.close()
    assert heights[1600] >= 8
    assert heights[3200] == pytest.approx(2 * heights[1600], rel=0.15)
    assert fonts[3200] == pytest.approx(2 * fonts[1600])
    assert heights["legend3200"] == pytest.approx(2 * heights["legend1600"], rel=0.15)  # the legend grows too


def test_workbook_picture_prints_names_of_at_least_7_pt_on_a4_landscape(demo_path, tmp_path):
    """The workbook's map page fills the width of A4 landscape (about 26 cm printable); its names must reach
    7 pt there (1 pt = 0.3528 mm), the title belongs to the sheet."""
    with Workspace.open(demo_path, read_only=True) as ws:
        options = dict(WORKBOOK_PICTURE)
        assert options.pop("title") is False
        view, _data = picture_view(ws, **options)
        try:
            factor = options["width"] / view.ci.sceneBoundingRect().width()
            names = [lab for lab in view.label_layer.labels if lab.index >= 0]
            smallest = min(lab.font.pixelSize() for lab in names) * factor  # pixels in the picture
            legend = float(view._legend.opts["labelTextSize"].rstrip("px")) * factor
        finally:
            view.dispose()
            view.close()
    for pixels in (smallest, legend):
        millimetres = pixels * 260.0 / options["width"]
        assert millimetres / 0.3528 >= 7.0


def test_the_picture_is_the_same_map_at_every_width(demo_path, tmp_path):
    """Text, symbols and lines grow together: the names placed at 3200 are the ones placed at 1600."""
    named = {}
    with Workspace.open(demo_path, read_only=True) as ws:
        for width in (1600, 3200):
            view, _unused = picture_view(ws, width=width, height=int(width * 0.68))
            try:
                view.set_scale(width / view.ci.sceneBoundingRect().width(), picture=True)
                named[width] = sorted(view.label_texts)
                sizes = view.nodes.data["size"]
                named[f"size{width}"] = float(np.max(sizes))
            finally:
                view.dispose()
                view.close()
    assert named[1600] == named[3200]
    assert named["size3200"] == pytest.approx(2 * named["size1600"])
