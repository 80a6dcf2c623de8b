"""The large hostile files of issue 16 at the real limits, each imported in its own process to measure memory.

Each must be refused with a sentence or accepted within ``BIG_SECONDS``, with a peak below ``PEAK_MB`` for the
whole process, and leave the file unchanged.
"""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from . import hostile

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="the time bound uses SIGALRM, memory /proc")

BIG_SECONDS = 30
PEAK_MB = 500
ROOT = Path(__file__).resolve().parents[2]
EXPECTED = {  # what each big file must get, and a piece of the sentence
    "comment-200MB.xlsx": ("refused", "comment of more than 256 KB"),
    "comment-600MB.xlsx": ("refused", "possible zip bomb"),
    "text-cell-600MB.xlsx": ("refused", "possible zip bomb"),
    "text-cell-200MB.xlsx": ("refused", "text or comment of more than 256 KB"),
    "cells-3M.xlsx": ("refused", "more than 2,000,000 cells"),
    "dimension-XFD1048576.xlsx": ("refused", "no rows below it"),
    "loose-2M.xlsx": ("refused", "elements outside its rows"),
    "partners-48MB.csv": ("refused", "more than 200,000 rows"),
    "one-line-49MB.csv": ("refused", "a line of more than 1,000,000 characters"),
}


@pytest.fixture(scope="module")
def big_files(tmp_path_factory) -> dict[str, Path]:
    return hostile.big_cases(tmp_path_factory.mktemp("big"), hostile.partner_workbook())


def run_one(path: Path) -> dict:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    done = subprocess.run([sys.executable, "-m", "tests.fuzz.run_one", str(path)], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=BIG_SECONDS + 30, check=False)
    assert done.returncode == 0, done.stderr[-3000:]
    return json.loads(done.stdout.strip().splitlines()[-1])


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_big_file_is_bounded(big_files, name):
    path = big_files[name]
    before = hashlib.sha256(path.read_bytes()).hexdigest()
    result = run_one(path)
    print(f"{name} ({path.stat().st_size / 2**20:.1f} MB): {result}")
    outcome, fragment = EXPECTED[name]
    assert result["outcome"] == outcome and fragment in result["message"], result
    assert result["seconds"] < BIG_SECONDS, result
    assert result["peak_mb"] < PEAK_MB, result
    assert hashlib.sha256(path.read_bytes()).hexdigest() == before
