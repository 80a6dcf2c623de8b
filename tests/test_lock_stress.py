"""The lock under contention: six processes take and release it for 30 s, and never two hold it at once.

``NETZPLANER_LOCK_STRESS_SECONDS`` shortens (or lengthens) the run; the test only uses the lock's oldest
interface (``DocumentLock.acquire``/``release``), so it can be run against any version of ``store/lock.py``.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
STRESS_SECONDS = float(os.environ.get("NETZPLANER_LOCK_STRESS_SECONDS", "30"))

STRESS_WORKER = textwrap.dedent("""
    import json, os, random, sys, time
    from pathlib import Path
    from netzplaner.store.lock import DocumentLock, LockedError

    document, markers, go, seconds = Path(sys.argv[1]), Path(sys.argv[2]), Path(sys.argv[3]), float(sys.argv[4])
    mine = markers / str(os.getpid())
    while not go.exists():
        time.sleep(0.001)
    taken = doubles = refused = 0
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        held = DocumentLock(document)
        try:
            held.acquire()
        except LockedError:
            refused += 1
            continue
        mine.touch()
        if [p for p in markers.iterdir() if p != mine]:
            doubles += 1
        time.sleep(random.uniform(0.001, 0.004))
        if [p for p in markers.iterdir() if p != mine]:
            doubles += 1
        mine.unlink()
        held.release()
        taken += 1
    print(json.dumps({"taken": taken, "doubles": doubles, "refused": refused}))
""")


@pytest.mark.slow
def test_six_contending_processes_never_hold_the_lock_twice(tmp_path, data_dir):
    document, markers, go = tmp_path / "geteilt.netzplan", tmp_path / "markers", tmp_path / "go"
    markers.mkdir()
    env = {**os.environ, "PYTHONPATH": str(REPO), "NETZPLANER_DATA_DIR": str(data_dir)}
    workers = [subprocess.Popen([sys.executable, "-c", STRESS_WORKER, str(document), str(markers), str(go),
                                 str(STRESS_SECONDS)], env=env, text=True, stdout=subprocess.PIPE,
                                stderr=subprocess.PIPE) for _ in range(6)]
    time.sleep(1.0)  # every worker imported and waiting: they start together
    go.touch()
    results = []
    for worker in workers:
        out, err = worker.communicate(timeout=STRESS_SECONDS + 120)
        assert worker.returncode == 0 and "Traceback" not in err, err
        results.append(json.loads(out))
    taken = sum(r["taken"] for r in results)
    doubles = sum(r["doubles"] for r in results)
    print(f"\nlock stress: {len(workers)} processes, {STRESS_SECONDS:g} s, {taken} locks taken, "
          f"{sum(r['refused'] for r in results)} refused, {doubles} double holds")
    assert doubles == 0, results
    assert all(r["taken"] > 0 for r in results) and taken >= 100, results  # real contention, nobody starved
    assert sorted(p.name for p in tmp_path.iterdir()) == ["go", "markers"]  # no lock, guard or temp file left
