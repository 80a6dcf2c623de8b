"""One map drawing path: the map tab, ``netzplaner render`` and the workbook's map page all load a ``MapContent``;
the first two draw it on a view, the workbook's page paints it without one (``map_picture``, held to the view's
picture in test_map_picture.py); the picture module needs nothing of the map tab."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from netzplaner.cli import main
from netzplaner.gui.map.map_content import MapContent
from netzplaner.gui.map.map_export import render_workspace, workbook_picture
from netzplaner.services import demo

REPO = Path(__file__).resolve().parents[2]


def test_the_window_the_pictures_and_the_workbook_draw_alike(window, tmp_path, monkeypatch, qtbot):
    doc = tmp_path / "demo.netzplan"
    demo.write_demo(doc, lang="en")
    drawn = []
    real = MapContent.draw
    monkeypatch.setattr(MapContent, "draw", lambda content, view, *args, **kwargs: drawn.append(view) or real(
        content, view, *args, **kwargs))
    window.documents.open_path(doc)
    with qtbot.waitSignal(window.map_panel.loaded, timeout=10_000):
        window.tabs.setCurrentWidget(window.map_host)
    assert drawn == [window.map_panel.view]
    ws = window.controller.workspace
    render_workspace(ws, tmp_path / "map.png", width=800, height=600)
    loaded = []
    load = MapContent.load
    monkeypatch.setattr(MapContent, "load", lambda *args, **kwargs: loaded.append(1) or load(*args, **kwargs))
    assert workbook_picture(ws).startswith(b"\x89PNG") and loaded == [1]
    assert main(["render", str(doc), "-o", str(tmp_path / "map.svg"), "--lang", "en"]) == 0
    assert len(drawn) == 3 and (tmp_path / "map.png").stat().st_size and (tmp_path / "map.svg").stat().st_size


def test_pictures_load_without_the_map_tab():
    probe = "import sys, netzplaner.gui.map.map_export; print('netzplaner.gui.map.map_panel' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", probe], cwd=REPO, capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
