"""The overview's check on the worker: it reads the document once (the read the map shares) and, when it is no
longer wanted (the document closed, a newer check started), stops after the read instead of analysing a large
network beside the next document's opening."""

from __future__ import annotations

from datetime import date

import pytest

from netzplaner.analysis.layout import Cancelled
from netzplaner.gui.overview import dashboard_panel
from netzplaner.services import network_check, network_read

TODAY = date(2026, 11, 30)


@pytest.fixture
def analyses(monkeypatch) -> list[int]:
    done: list[int] = []
    real = network_check.report_of
    monkeypatch.setattr(network_check, "report_of", lambda data, today: done.append(1) or real(data, today))
    return done


def test_a_check_still_wanted_reports_on_the_shared_read(ws, analyses):
    report = dashboard_panel._check(ws, TODAY, lambda: False)
    assert report.result.partners == 1 and analyses == [1]
    assert network_read.read_network(ws).partners["id"] == [ws.own_firm_id]


def test_a_check_no_longer_wanted_stops_after_the_read(ws, analyses):
    with pytest.raises(Cancelled):
        dashboard_panel._check(ws, TODAY, lambda: True)
    assert analyses == []


def test_the_overview_still_shows_its_check(qtbot, controller):
    panel = dashboard_panel.DashboardPanel(controller, today=TODAY)
    qtbot.addWidget(panel)
    with qtbot.waitSignal(panel.checkFinished, timeout=30_000):
        pass
    assert panel.report.result.partners == 1


def test_a_check_whose_document_closes_before_it_runs_does_no_analysis(qtbot, controller, analyses, monkeypatch):
    from netzplaner.gui.common.worker import Worker

    monkeypatch.setattr(Worker, "synchronous", True)  # the work runs from the event loop, after the detach below
    panel = dashboard_panel.DashboardPanel(controller, today=TODAY)
    qtbot.addWidget(panel)
    panel.refresh()
    task = panel.task
    panel.detach()  # what closing the document does to its views
    qtbot.waitUntil(lambda: not task.running, timeout=5_000)
    assert analyses == []
