"""The start path loads only what the first page needs: the libraries of the map, the workbook, the network
analysis and the team database load when they are used, SQLAlchemy when a document is opened
(tests/benchmarks/bench_startup.py measures the time).

Each case runs in a fresh interpreter, as the program starts, and lists the libraries loaded once the window
is up: the welcome page alone, and the window with the demo network (its partner table drawn).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
HEAVY = ("numpy", "networkx", "openpyxl", "pyqtgraph", "psycopg", "defusedxml", "scipy")

START = """
import json, sys, threading
from netzplaner.gui.common import worker
from netzplaner.gui.shell.app import create_application
from netzplaner.gui.shell.main_window import MainWindow
# Work the window hands to the thread pool (the overview's network check) waits until the modules are listed:
# what it imports in the background is not the start path's, and whether it got there first is a race.
held = threading.Event()
run = worker._Runnable.run
worker._Runnable.run = lambda self: (held.wait(60), run(self))
app = create_application([])
window = MainWindow()
window.show()
window.offer_recovery()
if sys.argv[1] == "demo":
    window.documents.open_demo()
    window.partner_panel.table.viewport().repaint()
app.processEvents()
loaded = sorted({name.split(".")[0] for name in sys.modules})
held.set()
if window.documents.controller is not None:
    window.documents._drop()
print(json.dumps(loaded))
"""


def loaded_after_start(what: str, tmp_path: Path) -> set[str]:
    env = {**os.environ, "PYTHONPATH": str(REPO), "NETZPLANER_DATA_DIR": str(tmp_path / "data"),
           "XDG_CONFIG_HOME": str(tmp_path / "config"), "QT_QPA_PLATFORM": "offscreen"}
    out = subprocess.run([sys.executable, "-c", START, what], env=env, cwd=REPO, capture_output=True, text=True,
                         timeout=120, check=True).stdout
    return set(json.loads(out.strip().splitlines()[-1]))


@pytest.mark.parametrize(("what", "not_yet"), [
    ("welcome", (*HEAVY, "sqlalchemy")),  # the first page: no analysis, map, workbook, team database or ORM
    ("demo", ("networkx", "openpyxl", "pyqtgraph", "psycopg", "defusedxml", "scipy")),  # the partner table
])
def test_the_start_path_leaves_heavy_libraries_for_later(what, not_yet, tmp_path):
    loaded = loaded_after_start(what, tmp_path)
    assert "PySide6" in loaded and "netzplaner" in loaded  # the probe itself ran
    assert sorted(loaded & set(not_yet)) == []


PRELOAD = """
import json, sys, time
from netzplaner.gui.shell.app import STORE_PRELOAD_MS, create_application, open_first
from netzplaner.gui.shell.main_window import MainWindow
app = create_application([])
window = MainWindow()
window.show()
window.offer_recovery()
open_first(window, None, demo=False)  # nothing to open: the welcome page
app.processEvents()
at_first_frame = "sqlalchemy" in sys.modules
deadline = time.monotonic() + STORE_PRELOAD_MS / 1000 + 5
while "netzplaner.store.document" not in sys.modules and time.monotonic() < deadline:
    app.processEvents()
    time.sleep(0.02)
print(json.dumps([at_first_frame, "netzplaner.store.document" in sys.modules]))
"""


def test_the_welcome_page_loads_the_document_store_after_its_first_frame(tmp_path):
    """SQLAlchemy stays off the welcome page's first frame, yet the first File → Open does not wait for it: the
    store loads a moment after the page shows."""
    env = {**os.environ, "PYTHONPATH": str(REPO), "NETZPLANER_DATA_DIR": str(tmp_path / "data"),
           "XDG_CONFIG_HOME": str(tmp_path / "config"), "QT_QPA_PLATFORM": "offscreen"}
    out = subprocess.run([sys.executable, "-c", PRELOAD], env=env, cwd=REPO, capture_output=True, text=True,
                         timeout=120, check=True).stdout
    assert json.loads(out.strip().splitlines()[-1]) == [False, True]
