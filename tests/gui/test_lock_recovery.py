"""After a killed run the window offers back only what was edited and not saved: never an untouched demo."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import uuid
from pathlib import Path

import pytest

from netzplaner.gui.common import ask
from netzplaner.services import partners
from netzplaner.store import document as docmod


def _leftovers_of_a_killed_run(controller) -> None:
    """What a killed program leaves: its working copy and info file, naming a process that is gone."""
    document = controller.workspace.store
    document.engine.dispose()
    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True,
                          check=True).stdout.strip()
    left = document.working_copy.with_name(f"{uuid.uuid4().hex}.sqlite")
    for suffix in ("", "-wal"):
        if Path(f"{document.working_copy}{suffix}").exists():
            shutil.copy2(f"{document.working_copy}{suffix}", f"{left}{suffix}")
    info = json.loads(document.info_file.read_text(encoding="utf-8"))
    left.with_suffix(".json").write_text(json.dumps({**info, "pid": int(dead)}), encoding="utf-8")


@pytest.mark.parametrize("edited", [False, True])
def test_the_next_demo_after_a_killed_run_asks_only_about_real_edits(window, monkeypatch, edited):
    demo = window.documents.open_demo()
    if edited:
        demo.run(partners.create_partner(demo.workspace, name="Im Workshop ergänzt", kind="cluster"))
    _leftovers_of_a_killed_run(demo)
    window.documents._drop()
    asked = []
    monkeypatch.setattr(ask, "confirm", lambda parent, title, text, *a, **k: asked.append(text) or False)
    window.offer_recovery()  # what the next start does before opening the demo
    if edited:
        assert len(asked) == 1 and "Demo network" in asked[0]
    else:
        assert asked == []  # an untouched demo is not worth a question
    assert docmod.find_orphans() == []  # declined or untouched: gone
    assert window.documents.open_demo() is not None
