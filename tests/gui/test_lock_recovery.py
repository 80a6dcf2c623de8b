"""After a killed run the window offers back only what was edited and not saved: never an untouched demo."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from netzplaner.gui import ask
from netzplaner.gui.main_window import MainWindow
from netzplaner.services import partners
from netzplaner.store import document as docmod


@pytest.fixture
def window(qtbot):
    win = MainWindow()
    win.show()
    yield win
    if win.controller is not None:
        win.documents._drop()
    win.close()
    win.deleteLater()


def _pretend_killed(controller) -> None:
    """The program died: its working copy and info file stay, naming a process that is gone."""
    document = controller.workspace.document
    document.engine.dispose()
    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True,
                          check=True).stdout.strip()
    info = json.loads(document.info_file.read_text(encoding="utf-8"))
    document.info_file.write_text(json.dumps({**info, "pid": int(dead)}), encoding="utf-8")
    document.closed = True  # the window below must not touch it any more
    document._lock._stop.set()  # a dead program's heartbeat stops; its lock file stays


@pytest.mark.parametrize("edited", [False, True])
def test_the_next_demo_after_a_killed_run_asks_only_about_real_edits(window, monkeypatch, edited):
    demo = window.documents.open_demo()
    if edited:
        demo.run(partners.create_partner(demo.workspace, name="Im Workshop ergänzt", kind="cluster"))
    _pretend_killed(demo)
    window.documents.controller = None
    asked = []
    monkeypatch.setattr(ask, "confirm", lambda parent, title, text, *a, **k: asked.append(text) or False)
    window.offer_recovery()  # what the next start does before opening the demo
    if edited:
        assert len(asked) == 1 and "Demo network" in asked[0]
    else:
        assert asked == []  # an untouched demo is not worth a question
    assert docmod.find_orphans() == []  # declined or untouched: gone
    assert window.documents.open_demo() is not None
