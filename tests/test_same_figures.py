"""Every fact is defined once (docs/architecture.md, "Words, numbers and translations"): the overview, the board
workbook (read back from the written .xlsx), the network check on the command line and the map show the same figures
per network, for the demo and for a small network built for the edge cases: an action overdue under a dropped goal, a
relationship with only old assessments (the latest one counts, also on a tie of dates), a goal without a network and
an archived partner."""

from __future__ import annotations

import json
import math
from datetime import date, timedelta

import openpyxl
import pytest

from netzplaner.cli import main
from netzplaner.domain.enums import Criterion, Dimension
from netzplaner.domain.vocabulary import label
from netzplaner.services import goals, network_check, partners, queries, relationships
from netzplaner.services.demo import write_demo
from netzplaner.services.export import export_board_workbook
from netzplaner.services.network_map import load_map
from netzplaner.services.workspace import Workspace

TODAY = date.today()  # the command line counts with today's date
FIGURES = ("partners", "mean_quality", "goals", "open_actions", "overdue_actions")
LIVE_LABELS = {"Geplant", "Aktiv"}


def _day(days: int) -> date:
    return TODAY + timedelta(days=days)


@pytest.fixture
def edge_cases(tmp_path):
    return write_edge_cases(tmp_path / "edge.netzplan")


def write_edge_cases(path):
    """A network whose figures are known by hand (see ``test_the_edge_cases_count_as_the_rules_say``)."""
    ws = Workspace.create(path)
    run = lambda command: ws.execute(command).entity_id
    own = run(partners.create_partner(ws, name="Wir GmbH", kind="company", dimensions=["regional"],
                                      is_own_firm=True, country="DE"))
    a = run(partners.create_partner(ws, name="Zulieferer A", kind="supplier", dimensions=["regional"]))
    b = run(partners.create_partner(ws, name="Institut B", kind="research_institute", dimensions=["thematic"]))
    c = run(partners.create_partner(ws, name="Partner C", kind="company", dimensions=["international"]))
    gone = run(partners.create_partner(ws, name="Archiviert D", kind="cluster", dimensions=["regional"],
                                       archived=True))
    old = run(relationships.create_relationship(ws, own, a, kind="supply", strength=4))
    # only old assessments: the latest counts (all 1 = quality 0), not the better older one (all 5 = 100) ...
    run(relationships.create_assessment(ws, old, {c: 5 for c in Criterion}, assessed_on=_day(-900), id="a" * 32))
    run(relationships.create_assessment(ws, old, {c: 1 for c in Criterion}, assessed_on=_day(-500), id="b" * 32))
    # ... and of two on one day the greater id counts (all 3 = 50 wins over all 2 = 25)
    tie = run(relationships.create_relationship(ws, own, b, kind="cooperation", strength=2))
    run(relationships.create_assessment(ws, tie, {c: 3 for c in Criterion}, assessed_on=_day(-30), id="d" * 32))
    run(relationships.create_assessment(ws, tie, {c: 2 for c in Criterion}, assessed_on=_day(-30), id="c" * 32))
    run(relationships.create_relationship(ws, own, c, kind="sales", strength=3))
    run(relationships.create_relationship(ws, own, gone, kind="sales", strength=5))  # archived: not counted

    def goal(title, dimension, status, *actions):
        goal_id = run(goals.create_goal(ws, title=title, benefit="resilience", dimension=dimension,
                                        status=status))
        for action_title, due, action_status in actions:
            run(goals.create_action(ws, goal_id, title=action_title, due_date=due, status=action_status))

    goal("Regional aktiv", "regional", "active", ("Regional überfällig", _day(-10), "open"),
         ("Regional erledigt", _day(-10), "done"), ("Regional später", _day(20), "in_progress"))
    goal("Fachlich verworfen", "thematic", "dropped", ("Unter verworfenem Ziel", _day(-40), "open"))
    goal("Ohne Netzwerk", None, "planned", ("Ohne Netzwerk überfällig", _day(-3), "blocked"))
    goal("International erreicht", "international", "achieved", ("Unter erreichtem Ziel", _day(-5), "open"))
    goal("International geplant", "international", "planned", ("International später", _day(60), "open"))
    ws.save()
    ws.close()
    return path


@pytest.fixture
def demo(tmp_path):
    path = tmp_path / "demo.netzplan"
    write_demo(path, today=TODAY)
    return path


def cover_figures(path) -> dict:
    """The cover's 'at a glance' table as written: network (None: the total) -> the five figures."""
    sheet = openpyxl.load_workbook(path)["Übersicht"]
    names = {label(d): d for d in Dimension} | {"Gesamt": None}
    found = {names[row[0]]: dict(zip(FIGURES, row[3:8]))
             for row in sheet.iter_rows(min_col=1, max_col=8, values_only=True) if row[0] in names}
    assert list(found) == [*Dimension, None]
    return found


def _counted_from_the_data_sheets(path) -> dict:
    """Current goals, open and overdue actions per network, counted from the goals and action sheets' cells."""
    book = openpyxl.load_workbook(path)
    rows = lambda title: list(book[title].iter_rows(values_only=True))
    goal_rows = rows("Ziele")
    head = goal_rows[0]
    goal_of = {r[head.index("Ziel")]: (r[head.index("Netzwerk")], r[head.index("Status")]) for r in goal_rows[1:]}
    found = {d: {"goals": 0, "open_actions": 0, "overdue_actions": 0} for d in Dimension}
    names = {label(d): d for d in Dimension}
    for network, status in goal_of.values():
        if network in names and status in LIVE_LABELS:
            found[names[network]]["goals"] += 1
    action_rows = rows("Maßnahmenplan")
    head = action_rows[0]
    for r in action_rows[1:]:
        network, goal_status = goal_of[r[head.index("Ziel")]]
        if network not in names or goal_status not in LIVE_LABELS or r[head.index("Status")] == "Erledigt":
            continue
        found[names[network]]["open_actions"] += 1
        due = r[head.index("Fällig am")]
        found[names[network]]["overdue_actions"] += bool(due and due.date() < TODAY)
    return found


def _overview(path) -> tuple[dict, dict, dict]:
    """The overview's figures per network, the check's (the dashboard's cards) and the summary's totals."""
    with Workspace.open(path, read_only=True) as ws:
        summary = queries.summary(ws, TODAY)
        check = network_check.check_network(ws, TODAY).result
    return summary.by_dimension, {f.dimension: f for f in check.dimensions}, summary


def _assert_the_same_everywhere(path, tmp_path, capsys) -> dict:
    with Workspace.open(path, read_only=True) as ws:
        written = export_board_workbook(ws, tmp_path / "board.xlsx", today=TODAY)
    cover = cover_figures(written)
    overview, dashboard, summary = _overview(path)
    assert overview == dashboard
    for dimension in Dimension:
        shown = {name: getattr(overview[dimension], name) for name in FIGURES}
        assert cover[dimension] == shown, dimension
    counted = _counted_from_the_data_sheets(written)
    for dimension in Dimension:
        assert counted[dimension] == {k: cover[dimension][k] for k in counted[dimension]}, dimension
    total = cover[None]
    assert (total["partners"], total["open_actions"], total["overdue_actions"]) == (
        summary.partners, summary.open_actions, summary.overdue_actions)
    assert main(["check", str(path), "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    for dimension in Dimension:
        cli = report["dimensions"][dimension.value]
        assert {k: cli[k] for k in FIGURES} == cover[dimension], dimension
    assert report["totals"]["overdue_actions"] == total["overdue_actions"]
    return cover


def test_the_demo_shows_the_same_figures_everywhere(demo, tmp_path, capsys):
    cover = _assert_the_same_everywhere(demo, tmp_path, capsys)
    assert sum(cover[d]["overdue_actions"] for d in Dimension) >= 3  # the demo has overdue actions to compare


def test_the_edge_cases_count_as_the_rules_say(edge_cases, tmp_path, capsys):
    cover = _assert_the_same_everywhere(edge_cases, tmp_path, capsys)
    regional, thematic, international = (cover[d] for d in Dimension)
    # the latest of two old assessments counts: quality 0, not 100 and not their mean
    assert regional == {"partners": 1, "mean_quality": 0.0, "goals": 1, "open_actions": 2, "overdue_actions": 1}
    # the dropped goal and its action past due count nowhere; on a tie of dates the greater id counts (50)
    assert thematic == {"partners": 1, "mean_quality": 50.0, "goals": 0, "open_actions": 0, "overdue_actions": 0}
    # the achieved goal's action past due is not overdue
    assert international == {"partners": 1, "mean_quality": None, "goals": 1, "open_actions": 1,
                             "overdue_actions": 0}
    # the goal without a network counts in the total only, with its overdue (blocked) action
    assert cover[None] == {"partners": 4, "mean_quality": 25.0, "goals": 3, "open_actions": 4,
                           "overdue_actions": 2}


def test_the_map_and_the_relationship_sheet_show_the_latest_quality(edge_cases, tmp_path):
    with Workspace.open(edge_cases, read_only=True) as ws:
        data = load_map(ws)
        written = export_board_workbook(ws, tmp_path / "board.xlsx", today=TODAY)
        latest = queries.latest_assessments(ws)
    on_map = {rid: (None if math.isnan(q) else q) for rid, q in zip(data.edge_ids, data.quality.tolist())}
    assert sorted(on_map.values(), key=str) == sorted([0.0, 50.0, None, None], key=str)
    assert on_map == {rid: (latest[rid].quality_index if rid in latest else None) for rid in data.edge_ids}
    sheet = list(openpyxl.load_workbook(written)["Beziehungen"].iter_rows(values_only=True))
    head = sheet[0]
    in_sheet = {r[head.index("ID")]: r[head.index("Qualitätsindex")] for r in sheet[1:]}
    assert {rid: q for rid, q in in_sheet.items() if rid in on_map} == on_map


def test_the_workbook_marks_as_overdue_what_the_rule_calls_overdue(edge_cases, tmp_path):
    """The action sheet's conditional format (evaluated here as Excel would on the export's day) marks exactly the
    actions ``domain.plan.is_overdue`` names: not the one under the dropped or the achieved goal."""
    with Workspace.open(edge_cases, read_only=True) as ws:
        written = export_board_workbook(ws, tmp_path / "board.xlsx", today=TODAY)
        goal_status = {g.id: g.status for g in queries.list_goals(ws)}
        expected = {a.title for a in queries.list_actions(ws) if a.is_overdue(TODAY, goal_status[a.goal_id])}
    sheet = openpyxl.load_workbook(written)["Maßnahmenplan"]
    head = [c.value for c in sheet[1]]
    (overdue_rule,) = [(cf.sqref, r) for cf in sheet.conditional_formatting for r in cf.rules
                       if r.formula[0].startswith("AND(")]
    covered = {row for cell_range in overdue_rule[0].ranges for row in range(cell_range.min_row,
                                                                             cell_range.max_row + 1)}
    marked = set()
    for number, row in enumerate(sheet.iter_rows(min_row=2, values_only=True), 2):
        due = row[head.index("Fällig am")]
        if number in covered and row[head.index("Status")] != "Erledigt" and due and due.date() < TODAY:
            marked.add(row[head.index("Maßnahme")])
    assert marked == expected == {"Regional überfällig", "Ohne Netzwerk überfällig"}


def test_the_plan_rules_at_their_edges():
    """domain.plan: due today is not yet overdue; done, or under an achieved or dropped goal, is neither open nor
    overdue; an action whose goal is not known still needs doing."""
    from netzplaner.domain.entities import Action
    from netzplaner.domain.enums import ActionStatus, GoalStatus
    from netzplaner.domain.plan import is_live, is_open, is_overdue

    def action(due, status=ActionStatus.OPEN):
        return Action("x", "g", "T", due_date=due, status=status)

    assert [is_live(s) for s in (*GoalStatus, None)] == [True, True, False, False, True]
    assert is_overdue(action(_day(-1)), GoalStatus.ACTIVE, TODAY) and is_overdue(action(_day(-1)), None, TODAY)
    assert not is_overdue(action(TODAY), GoalStatus.ACTIVE, TODAY) and not is_overdue(action(None), None, TODAY)
    assert not is_overdue(action(_day(-1), ActionStatus.DONE), GoalStatus.ACTIVE, TODAY)
    assert is_overdue(action(_day(-1), ActionStatus.BLOCKED), GoalStatus.PLANNED, TODAY)
    for closed in (GoalStatus.ACHIEVED, GoalStatus.DROPPED):
        assert not is_open(action(_day(-1)), closed) and not is_overdue(action(_day(-1)), closed, TODAY)
    assert is_open(action(None, ActionStatus.IN_PROGRESS), None)
