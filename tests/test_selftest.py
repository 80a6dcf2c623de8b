"""The self-test (``netzplaner --selftest``) passes on a working installation and names the step that fails."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from netzplaner.selftest import STEPS

REPO = Path(__file__).resolve().parents[1]


def _run(code: str, tmp_path: Path) -> subprocess.CompletedProcess:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(REPO),
           "HOME": str(tmp_path), "XDG_CONFIG_HOME": str(tmp_path / "config")}
    env.pop("NETZPLANER_DEBUG", None)
    return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=180,
                          cwd=tmp_path)


@pytest.mark.slow
def test_selftest_passes(tmp_path):
    result = _run("from netzplaner.selftest import run; raise SystemExit(run())", tmp_path)
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines() == [f"ok {step}" for step in STEPS]
    assert (tmp_path / "config").exists() is False  # settings went to the temporary folder, not the user's


@pytest.mark.slow
def test_selftest_names_the_failed_step(tmp_path):
    code = ("import netzplaner.services.network_check as nc\n"
            "def broken(*args, **kwargs): raise ValueError('broken on purpose')\n"
            "nc.check_network = broken\n"
            "from netzplaner.selftest import run; raise SystemExit(run())")
    result = _run(code, tmp_path)
    assert result.returncode == 1
    assert result.stdout.splitlines() == ["ok window", "ok store", "ok layout"]
    assert result.stderr.strip() == "Self-test failed at step “check”: ValueError: broken on purpose"
    assert "Traceback" not in result.stderr
