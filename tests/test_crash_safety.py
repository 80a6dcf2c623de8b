"""A process killed (SIGKILL) in a stream of edits and saves loses nothing it committed, half-writes nothing."""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import textwrap
from contextlib import closing
from pathlib import Path

import pytest

from netzplaner.services import queries
from netzplaner.services.workspace import Workspace
from netzplaner.store.document import Document, check_file, discard_orphan, find_orphans

REPO = Path(__file__).resolve().parents[1]
ROUNDS = 25

EDITOR = textwrap.dedent("""
    import sys
    from netzplaner.services import partners
    from netzplaner.services.workspace import Workspace
    ws = Workspace.open(sys.argv[1])
    print("ready", flush=True)
    i = 0
    while True:
        ws.execute(partners.create_partner(ws, name=f"P{i}", kind="company", notes="n" * (i % 7) * 300))
        print(f"committed {i}", flush=True)
        if i % 3 == 2:
            ws.save()
            print(f"saved {i}", flush=True)
        i += 1
""")


@pytest.mark.slow  # tens of seconds: each round starts a Python process that edits and saves until killed
@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")
def test_sigkill_during_edits_and_saves(tmp_path, data_dir):
    rng = random.Random(20261124)
    for round_ in range(ROUNDS):
        path = tmp_path / f"round{round_}.netzplan"
        Document.create(path).close()
        env = {**os.environ, "NETZPLANER_DATA_DIR": str(data_dir), "PYTHONPATH": str(REPO)}
        child = subprocess.Popen([sys.executable, "-c", EDITOR, str(path)], env=env, text=True,
                                 stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        assert child.stdout.readline().strip() == "ready", child.stderr.read()
        committed, saved_upto = [], -1
        kill_after = rng.randint(1, 40)
        while len(committed) < kill_after:
            line = child.stdout.readline().split()
            assert line, child.stderr.read()
            if line[0] == "committed":
                committed.append(f"P{line[1]}")
            else:
                saved_upto = int(line[1])
        os.kill(child.pid, signal.SIGKILL)
        child.wait(timeout=30)
        child.stdout.close(), child.stderr.close()

        # the document on disk: opens, is intact, holds at least every edit saved before the kill
        check_file(path)
        with closing(sqlite3.connect(path)) as conn:
            assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        with Workspace.open(path, read_only=True) as ws:
            on_disk = {p.name for p in queries.list_partners(ws)}
        assert {f"P{i}" for i in range(saved_upto + 1)} <= on_disk, f"round {round_}: a saved edit is missing"

        # the orphaned working copy: every edit committed before the kill comes back. The kill may land just
        # after a save (the child runs on until the signal arrives): then the copy held nothing the document
        # lacks and is cleaned up, and the document itself must hold every committed edit.
        orphans = [o for o in find_orphans() if o.document == path.resolve()]
        assert len(orphans) <= 1, f"round {round_}: {orphans}"
        if orphans:
            with Workspace(Document.recover(orphans[0])) as recovered:
                names = {p.name for p in queries.list_partners(recovered)}
        else:
            names = on_disk
        assert set(committed) <= names, f"round {round_}: lost {set(committed) - names}"
        for orphan in find_orphans():
            discard_orphan(orphan)
