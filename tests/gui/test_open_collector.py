"""Opening a document builds the window's pages with the cycle collector paused (tests/benchmarks/bench_window.py):
it must run again afterwards, also when opening fails half-way, or cycles would never be freed."""

from __future__ import annotations

import gc

import pytest

from netzplaner.services import demo


def test_the_collector_runs_again_after_opening(window, tmp_path):
    doc = tmp_path / "demo.netzplan"
    demo.write_demo(doc, lang="en")
    assert gc.isenabled()
    assert window.documents.open_path(doc) is not None and window.partner_panel.model.rowCount() > 5
    assert gc.isenabled()


def test_the_collector_runs_again_when_building_the_pages_fails(window, tmp_path, monkeypatch):
    doc = tmp_path / "demo.netzplan"
    demo.write_demo(doc, lang="en")

    from netzplaner.gui.shell import document_manager

    opened = []

    def broken(workspace, *args, **kwargs):
        opened.append(workspace)
        raise RuntimeError("the document's pages could not be built")

    monkeypatch.setattr(document_manager, "DocumentController", broken)
    with pytest.raises(RuntimeError):
        window.documents.open_path(doc)
    assert gc.isenabled()
    opened[0].close()
