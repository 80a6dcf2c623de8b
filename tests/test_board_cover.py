"""The workbook's cover is a board page: traffic lights with their verdict, findings, decisions asked for, charts
in the networks' colours with values; the note on handing the workbook back stands on the sheets it concerns."""

from __future__ import annotations

import re
import zipfile
from dataclasses import replace
from datetime import date

import openpyxl
import pytest

from netzplaner.domain.enums import ActionStatus, Dimension
from netzplaner.domain.figures import NETWORK_COLOURS, DimensionFigures, traffic_light, verdict
from netzplaner.io.workbook_cover import _decisions
from netzplaner.services.demo import write_demo
from netzplaner.services.export import board_data, export_board_workbook
from netzplaner.services.workspace import Workspace

TODAY = date(2026, 11, 1)


@pytest.fixture
def demo(tmp_path):
    path = tmp_path / "demo.netzplan"
    write_demo(path, today=TODAY)
    with Workspace.open(path, read_only=True) as ws:
        yield ws


def _cover_rows(ws) -> dict[str, list]:
    """Network name -> the row's values (A..H) in the 'at a glance' table."""
    names = {"Regional", "Fachlich", "International", "Regional ", "Thematic"}
    return {row[0]: list(row) for row in ws.iter_rows(min_col=1, max_col=8, values_only=True)
            if row[0] in names | {"International"}}


def test_cover_shows_each_network_with_its_light_verdict_and_figures(demo, tmp_path):
    data = board_data(demo, today=TODAY)
    path = export_board_workbook(demo, tmp_path / "plan.xlsx", today=TODAY)
    ws = openpyxl.load_workbook(path)["Übersicht"]
    rows = _cover_rows(ws)
    lights = {"green": "Grün", "amber": "Gelb", "red": "Rot"}
    for f in data.figures[:-1]:
        name = {"regional": "Regional", "thematic": "Fachlich", "international": "International"}[f.dimension]
        row = rows[name]
        assert row[1] == lights[traffic_light(f)] and row[2] == verdict(f, "de")
        assert row[3:8] == [f.partners, round(f.mean_quality, 1), f.goals, f.open_actions, f.overdue_actions]
    texts = [c.value for r in ws.iter_rows() for c in r if isinstance(c.value, str)]
    assert "Um diese Entscheidungen wird der Beirat gebeten" in texts
    # the demo has two blocked actions and overdue ones: the board is asked about them
    assert sum("ist blockiert" in t for t in texts) == 2 and any("überfällige Maßnahmen" in t for t in texts)
    assert not any("Spalte ID" in t or "ID column" in t for t in texts)  # no technical note on the cover


def test_round_trip_note_stands_on_the_data_sheets(demo, tmp_path):
    wb = openpyxl.load_workbook(export_board_workbook(demo, tmp_path / "plan.xlsx", today=TODAY))
    for title, headers in (("Maßnahmenplan", {"Status", "Verantwortlich", "Start", "Fällig am"}),
                           ("Ziele", {"Status", "Verantwortlich", "Zieltermin", "Istwert"})):
        noted = {c.value for c in wb[title][1] if c.comment is not None}
        assert noted == headers, title
        assert "ID" in next(c.comment.text for c in wb[title][1] if c.comment)
    assert not any(c.comment for row in wb["Übersicht"].iter_rows() for c in row)


def test_charts_use_the_network_colours_and_show_their_values(demo, tmp_path):
    path = export_board_workbook(demo, tmp_path / "plan.xlsx", today=TODAY)
    with zipfile.ZipFile(path) as zf:
        charts = [zf.read(n).decode() for n in sorted(zf.namelist()) if n.startswith("xl/charts/chart")]
    assert len(charts) == 3
    colours = [c.lstrip("#").upper() for c in NETWORK_COLOURS.values()]
    for xml in charts:
        assert re.search(r'<(c:)?showVal val="1"\s*/>', xml)
    assert sum(all(colour in xml for colour in colours) for xml in charts) == 2  # partners and quality
    assert "FF0000" not in "".join(charts)
    assert re.search(r'<(c:)?plotVisOnly val="0"\s*/>', charts[2])  # the goal chart reads hidden cells


def test_decisions_name_blocked_and_overdue_actions_and_red_networks(demo):
    data = board_data(demo, today=TODAY)
    blocked = [a for a in data.actions if a.status == ActionStatus.BLOCKED]
    decisions = _decisions(data, "en")
    assert any(blocked[0].title in d and "blocked" in d for d in decisions)
    red = replace(data, figures=[DimensionFigures(Dimension.REGIONAL), *data.figures[1:]], actions=())
    assert _decisions(red, "en") == [
        "The Regional network is red (No partners in this network yet). Win its first partners and name a "
        "responsible person."] + [d for d in _decisions(replace(data, actions=()), "en") if "network is red" in d]


def test_map_sheet_has_one_title_with_one_date_style(demo, tmp_path):
    from .test_board_workbook import png

    path = export_board_workbook(demo, tmp_path / "plan.xlsx", today=TODAY, map_png=png())
    ws = openpyxl.load_workbook(path)["Netzwerkkarte"]
    texts = [c.value for row in ws.iter_rows() for c in row if isinstance(c.value, str)]
    assert texts == ["Partnernetzwerk von Eyachtal Präzisionsmaschinen GmbH, Stand 01.11.2026"]
