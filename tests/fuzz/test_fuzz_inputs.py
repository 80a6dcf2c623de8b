"""The fuzz campaign over hostile import files, in-process at scaled-down limits (see README.md).

Each case is imported into a real document as ``netzplaner import`` would; it must be refused with one sentence
or accepted, within ``CASE_SECONDS``, with the input file unchanged and, on refusal, the document unchanged.
"""

from __future__ import annotations

import os
import sys

import pytest

from netzplaner.services.demo import write_demo
from netzplaner.services.export import export_board_workbook
from netzplaner.services.workspace import Workspace
from tests.conftest import dump_state

from . import hostile
from .campaign import Campaign, cases, scale_limits

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="the time bound uses SIGALRM, memory /proc")


@pytest.fixture(scope="module")
def bases(tmp_path_factory) -> list[bytes]:
    """A partner list and a board workbook, both written by Netzplaner itself."""
    folder = tmp_path_factory.mktemp("bases")
    write_demo(folder / "demo.netzplan")
    with Workspace.open(folder / "demo.netzplan") as ws:
        export_board_workbook(ws, folder / "board.xlsx")
    return [hostile.partner_workbook(), (folder / "board.xlsx").read_bytes()]


def test_hostile_workbooks(ws, tmp_path, monkeypatch, bases):
    scale_limits(monkeypatch)
    campaign = Campaign("xlsx")
    for number, (label, rng, generator) in enumerate(cases(hostile.WORKBOOK_GENERATORS, 100)):
        name, data = generator(rng, bases[number % 2])
        path = tmp_path / f"{number}-{name}"
        path.write_bytes(data)
        campaign.run(ws, path, label, dump_state)
        path.unlink()
    campaign.check()
    assert campaign.counts["refused"] > campaign.counts["cases"] // 2  # the generators do reach the limits


def test_hostile_csv_files(ws, tmp_path, monkeypatch, bases):
    scale_limits(monkeypatch)
    campaign = Campaign("csv")
    for number, (label, rng, generator) in enumerate(cases(hostile.CSV_GENERATORS, 64)):
        name, data = generator(rng, bases[0])
        path = tmp_path / f"{number}-{name}"
        path.write_bytes(data)
        campaign.run(ws, path, label, dump_state)
        path.unlink()
    campaign.check()
    assert campaign.counts["accepted"] and campaign.counts["refused"]


@pytest.mark.skipif(sys.platform == "win32", reason="named pipes and /dev are POSIX")
def test_special_files_are_refused_without_blocking(ws, tmp_path):
    campaign = Campaign("special files")
    specials = []
    for name in ("pipe.xlsx", "pipe.csv", "pipe.txt"):
        os.mkfifo(tmp_path / name)
        specials.append(tmp_path / name)
    (tmp_path / "folder.xlsx").mkdir()
    (tmp_path / "folder.csv").mkdir()
    for name in ("null.csv", "null.xlsx", "zero.csv"):
        os.symlink("/dev/zero" if name.startswith("zero") else "/dev/null", tmp_path / name)
    specials += [tmp_path / n for n in ("folder.xlsx", "folder.csv", "null.csv", "null.xlsx", "zero.csv")]
    messages = {}
    for path in specials:
        assert campaign.run(ws, path, path.name, dump_state, seconds=5) == "refused", campaign.failures
        messages[path.name] = campaign.counts
    campaign.check()
    assert campaign.counts["refused"] == len(specials)
