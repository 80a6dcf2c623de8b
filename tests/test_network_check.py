"""The network check: figures, every recommendation rule (firing and not firing), texts, the service and its
dictionary and text, on small hand-built networks where the answer is known and on the demo network."""

from __future__ import annotations

import json
from datetime import date, timedelta

import pytest

from netzplaner.analysis.check import run_check
from netzplaner.analysis.network import Edge, NetworkData, Node
from netzplaner.analysis.recommendations import TEMPLATES, Severity, fmt, recommend, render
from netzplaner.domain.entities import Action, Goal
from netzplaner.domain.enums import (ActionStatus, Benefit, Criterion, Dimension, GoalStatus, PartnerKind, Priority,
                                     RelationshipKind)
from netzplaner.services import goals as goal_service
from netzplaner.services import network_check, partners, relationships
from netzplaner.services.demo import write_demo, write_synthetic
from netzplaner.services.workspace import Workspace

TODAY = date(2026, 11, 1)
DIMS = {"R": Dimension.REGIONAL, "T": Dimension.THEMATIC, "I": Dimension.INTERNATIONAL}
GOOD = {c: 4 for c in Criterion}


def node(id: str, kind: str = "company", dims: str = "R", country: str = "DE", tags=(), own=False) -> Node:
    return Node(id, id.upper(), PartnerKind(kind), frozenset(DIMS[d] for d in dims), country, "", tuple(tags), own)


def edge(a: str, b: str, kind: str = "cooperation", strength: int = 3, days_ago: int | None = None,
         scores=None) -> Edge:
    on = None if days_ago is None else TODAY - timedelta(days=days_ago)
    return Edge(f"{a}-{b}-{kind}", a, b, RelationshipKind(kind), strength, on,
                (scores or GOOD) if on else {})


def goal(id: str, dim: str | None = "R", status="active", priority="medium", partners=(), target=None) -> Goal:
    return Goal(id, id.title(), Benefit.RESILIENCE, dimension=DIMS[dim] if dim else None,
                status=GoalStatus(status), priority=Priority(priority), partner_ids=frozenset(partners),
                target_date=target)


def action(id: str, goal_id: str, status="open", due_days: int | None = 30, priority="medium",
           partner=None) -> Action:
    due = None if due_days is None else TODAY + timedelta(days=due_days)
    return Action(id, goal_id, id.title(), due_date=due, status=ActionStatus(status), priority=Priority(priority),
                  partner_id=partner)


OWN = node("own", own=True)
# a network that raises nothing: one university, cluster and chamber, every tie assessed and strong, one goal
# per dimension with an open action, every partner named in a goal
BASE_NODES = [OWN, node("uni", "university", "RT"), node("clu", "cluster", "T"),
              node("ahk", "chamber", "I", "IN"), node("us", "customer", "I", "US"), node("fr", "customer", "I", "FR")]
BASE_GOALS = [goal("g_r", "R", partners=["uni"]), goal("g_t", "T", partners=["clu"]),
              goal("g_i", "I", partners=["ahk", "us", "fr"])]
BASE_ACTIONS = [action("a_r", "g_r"), action("a_t", "g_t"), action("a_i", "g_i")]


def check(nodes=(), edges=(), goals=(), actions=(), *, base=True, **kw):
    """The check on the base network plus ``nodes``/``edges``; every base partner tied strongly to the own
    firm and assessed recently."""
    all_nodes = (BASE_NODES if base else []) + list(nodes)
    base_edges = [edge("own", n.id, strength=4, days_ago=30) for n in BASE_NODES[1:]] if base else []
    data = NetworkData(all_nodes, base_edges + list(edges), (BASE_GOALS if base else []) + list(goals),
                       (BASE_ACTIONS if base else []) + list(actions))
    result = run_check(data, TODAY, **kw)
    return result, recommend(result)


def rules(recs) -> list[str]:
    return [r.rule for r in recs]


def only(recs, rule):
    found = [r for r in recs if r.rule == rule]
    assert len(found) == 1, rules(recs)
    return found[0]


def test_the_base_network_raises_nothing():
    result, recs = check()
    assert recs == ()
    assert [d.partners for d in result.dimensions] == [1, 2, 3]
    assert result.dimensions[0].mean_quality == 75.0 and result.dimensions[0].mean_strength == 4.0


# -- figures ----------------------------------------------------------------------------------------------------

def test_dimension_figures_count_ties_of_members_and_find_the_weakest_criterion():
    weak = {**GOOD, Criterion.COMMITMENT: 1, Criterion.TRUST: None}
    result, _ = check([node("s", "supplier", "R")], [edge("own", "s", "supply", 2, 10, weak),
                                                     edge("uni", "s", "knowledge_exchange", 5)])
    regional = result.dimensions[0]
    assert regional.partners == 2 and regional.relationships == 3  # own-uni, own-s, uni-s
    assert regional.mean_strength == round((4 + 2 + 5) / 3, 2)
    assert regional.assessed == 2
    assert regional.weakest_criterion == Criterion.COMMITMENT and regional.weakest_score == 2.5
    assert regional.kinds == {PartnerKind.UNIVERSITY: 1, PartnerKind.SUPPLIER: 1}
    assert regional.goals == 1 and regional.open_actions == 1


def test_archived_partners_are_left_out_through_from_entities(ws):
    own = ws.own_firm_id
    old = ws.execute(partners.create_partner(ws, name="Alt", kind="supplier", dimensions=["regional"],
                                             archived=True)).entity_id
    ws.execute(relationships.create_relationship(ws, own, old, kind="supply", strength=3))
    report = network_check.check_network(ws, TODAY)
    assert report.result.partners == 1 and report.result.archived_partners == 1
    assert report.result.relationships == 0


# -- supply -------------------------------------------------------------------------------------------------

def test_critical_supplier_reachable_only_through_one_partner():
    nodes = [node("dist", "company"), node("cast", "supplier", tags=["Kritischer Lieferant"]),
             node("far", "supplier")]
    edges = [edge("own", "dist", strength=4, days_ago=10), edge("dist", "cast", "supply", 4, 10),
             edge("cast", "far", "supply", 3, 10)]
    result, recs = check(nodes, edges, goals=[goal("g", partners=["dist", "cast", "far"])])
    (gate,) = result.gates
    assert gate.gate.id == "dist" and {s.id for s in gate.suppliers} == {"cast", "far"}
    assert [s.id for s in gate.critical] == ["cast"]
    rec = only(recs, "supplier_single_access")
    assert rec.severity == Severity.HIGH and rec.rank == 1
    assert [e.id for e in rec.evidence] == ["cast", "far", "dist"]
    assert "CAST und FAR sind nur über DIST erreichbar" in rec.text_de
    assert "CAST and FAR are reachable only through DIST" in rec.text_en
    # a direct tie to the critical supplier: only the one behind it still hangs on a single partner
    direct = edges + [edge("own", "cast", "supply", 4, 10)]
    result, recs = check(nodes, direct, goals=[goal("g", partners=["dist", "cast", "far"])])
    assert [(g.gate.id, [s.id for s in g.suppliers]) for g in result.gates] == [("cast", ["far"])]
    assert only(recs, "supplier_single_access").severity == Severity.MEDIUM
    _, recs = check(nodes, direct + [edge("own", "far", "supply", 3, 10)],
                    goals=[goal("g", partners=["dist", "cast", "far"])])
    assert "supplier_single_access" not in rules(recs)


def test_no_gates_outside_the_own_firms_part_of_the_network():
    nodes = [node("x"), node("y"), node("s", "supplier")]  # x - y - s, with no path to the own firm
    result, recs = check(nodes, [edge("x", "y", strength=4, days_ago=5), edge("y", "s", "supply", 4, 5)],
                         goals=[goal("g", partners=["x", "y", "s"])])
    assert result.gates == () and result.cut_points == ()
    assert {p.id for p in result.not_connected} == {"x", "y", "s"}
    assert "supplier_single_access" not in rules(recs) and "not_connected" in rules(recs)


def test_supply_concentrated_on_one_partner():
    subs = [node(f"t{i}", "supplier") for i in range(3)]
    edges = [edge("own", "s1", "supply", 4, 10)] + [edge(f"t{i}", "s1", "supply", 3, 10) for i in range(3)]
    result, recs = check([node("s1", "supplier"), *subs], edges,
                         goals=[goal("g", partners=["s1", "t0", "t1", "t2"])])
    assert result.supply_ties == 4 and result.supply_by_partner[0].key == "s1"
    assert result.supply_by_partner[0].share == 1.0
    rec = only(recs, "supply_partner_concentration")
    assert rec.params["count"] == 4 and "100 % der Lieferbeziehungen" in rec.text_de
    spread = [edge("own", f"t{i}", "supply", 4, 10) for i in range(3)]
    _, recs = check(subs, spread, goals=[goal("g", partners=["t0", "t1", "t2"])])
    assert "supply_partner_concentration" not in rules(recs)


def test_foreign_supply_concentrated_in_one_country():
    nodes = [node(f"cn{i}", "supplier", "I", "CN") for i in range(3)] + [node("pl", "supplier", "I", "PL"),
                                                                          node("de", "supplier", "R", "DE")]
    edges = [edge("own", n.id, "supply", 4, 10) for n in nodes]
    named = [goal("g", partners=[n.id for n in nodes])]
    result, recs = check(nodes, edges, goals=named)
    assert result.foreign_supply_ties == 4
    assert [(s.key, s.count) for s in result.supply_by_country] == [("CN", 3), ("DE", 1), ("PL", 1)]
    rec = only(recs, "supply_country_concentration")
    assert rec.severity == Severity.HIGH and rec.params["share"] == 0.75
    assert "entfallen auf ein Land, China" in rec.text_de and "with one country, China" in rec.text_en
    assert {e.id for e in rec.evidence} == {"cn0", "cn1", "cn2"}
    # two of four abroad in China is not more than half
    _, recs = check(nodes[1:], edges[1:] + [edge("own", "fr", "supply", 4, 10)], goals=named)
    assert "supply_country_concentration" not in rules(recs)


def test_supplier_end_between_two_other_partners():
    nodes = [node("maker", "company", "I", "CN"), node("sub", "supplier", "I", "CN"),
             node("sub2", "supplier", "I", "CN")]
    edges = [edge("own", "maker", strength=4, days_ago=5), edge("maker", "sub", "supply", 3, 5),
             edge("maker", "sub2", "supply", 3, 5)]
    result, _ = check(nodes, edges, goals=[goal("g", partners=["maker", "sub", "sub2"])])
    assert result.supply_by_country[0].key == "CN"  # the supplier-kind end, whatever the direction
    assert {p.id for p in result.supply_by_country[0].partners} == {"sub", "sub2"}


# -- the three networks -----------------------------------------------------------------------------------

def test_international_partners_all_in_one_country():
    nodes = [OWN, node("uni", "university", "RT"), node("clu", "cluster", "T")] + \
        [node(f"cn{i}", "customer", "I", "CN") for i in range(2)] + [node("ahk", "chamber", "I", "CN")]
    edges = [edge("own", n.id, strength=4, days_ago=30) for n in nodes[1:]]
    goals = BASE_GOALS[:2] + [goal("g_i", "I", partners=["cn0", "cn1", "ahk"])]
    result = run_check(NetworkData(nodes, edges, goals, BASE_ACTIONS), TODAY)
    rec = only(recommend(result), "international_one_country")
    assert rec.params["count"] == rec.params["total"] == 3
    assert "3 von 3 internationalen Partnern sitzen in einem Land, China" in rec.text_de
    _, recs = check()  # IN, US and FR
    assert "international_one_country" not in rules(recs)


@pytest.mark.parametrize("missing, rule, severity", [
    ("uni", "regional_without_research", Severity.HIGH),
    ("clu", "thematic_without_association", Severity.MEDIUM),
    ("ahk", "international_without_chamber", Severity.LOW),
])
def test_a_network_without_its_typical_institution(missing, rule, severity):
    kept = [n for n in BASE_NODES if n.id != missing]
    stand_in = node("sp", "service_provider", "RTI")  # keeps every network populated
    edges = [edge("own", n.id, strength=4, days_ago=30) for n in kept[1:] + [stand_in]]
    goals = [goal("g_r", "R", partners=["sp"]), goal("g_t", "T"), goal("g_i", "I", partners=["us", "fr"])]
    recs = recommend(run_check(NetworkData(kept + [stand_in], edges, goals, BASE_ACTIONS), TODAY))
    assert only(recs, rule).severity == severity
    others = {"regional_without_research", "thematic_without_association", "international_without_chamber"}
    assert not (others - {rule}) & set(rules(recs))


def test_dimension_without_partners_and_without_goal():
    nodes = [OWN, node("uni", "university", "RT"), node("clu", "cluster", "T")]
    edges = [edge("own", n.id, strength=4, days_ago=30) for n in nodes[1:]]
    goals = [goal("g_r", "R", "dropped", partners=["uni"]), goal("g_t", "T", partners=["clu"])]
    recs = recommend(run_check(NetworkData(nodes, edges, goals, [action("a", "g_t")]), TODAY))
    assert only(recs, "dimension_without_partners").params["dimension"] == Dimension.INTERNATIONAL
    missing_goal = only(recs, "dimension_without_goal")  # a dropped goal does not count
    assert missing_goal.params["dimension"] == Dimension.REGIONAL
    assert "Netzwerk „Regional“" in missing_goal.text_de and "The Regional network" in missing_goal.text_en


def test_low_quality_names_the_weakest_criterion():
    poor = {**{c: 2 for c in Criterion}, Criterion.OPENNESS: 3, Criterion.MUTUAL_BENEFIT: 1}
    nodes = [node(f"s{i}", "supplier") for i in range(3)]
    edges = [edge("own", n.id, "supply", 3, 20, poor) for n in nodes]
    result, recs = check(nodes, edges, goals=[goal("g", partners=[n.id for n in nodes])])
    regional = result.dimensions[0]
    assert regional.weakest_criterion == Criterion.MUTUAL_BENEFIT
    rec = only(recs, "dimension_low_quality")
    assert rec.params["criterion"] == Criterion.MUTUAL_BENEFIT and rec.params["quality"] == regional.mean_quality
    assert "am schwächsten „Gegenseitiger Nutzen“" in rec.text_de and "weakest “Mutual benefit”" in rec.text_en
    _, recs = check(nodes, [edge("own", n.id, "supply", 3, 20) for n in nodes],
                    goals=[goal("g", partners=[n.id for n in nodes])])
    assert "dimension_low_quality" not in rules(recs)


# -- structure ----------------------------------------------------------------------------------------------

def test_a_partner_whose_loss_cuts_off_five_partners():
    leaves = [node(f"x{i}") for i in range(5)]
    edges = [edge("own", "hub", strength=4, days_ago=10)] + [edge("hub", x.id, strength=4, days_ago=10)
                                                            for x in leaves]
    named = [goal("g", partners=["hub"] + [x.id for x in leaves])]
    result, recs = check([node("hub", "cluster"), *leaves], edges, goals=named)
    assert [(p.partner.id, p.cut_off) for p in result.cut_points] == [("hub", 5)]
    rec = only(recs, "cut_point")
    assert rec.severity == Severity.HIGH and rec.evidence[0].id == "hub"
    assert "Fällt HUB weg, verlieren 5 Partner jede Verbindung" in rec.text_de
    _, recs = check([node("hub", "cluster"), *leaves],
                    edges + [edge("own", x.id, strength=4, days_ago=10) for x in leaves], goals=named)
    assert "cut_point" not in rules(recs)


def test_a_single_relationship_that_holds_a_group():
    hubs = [(f"h{j}", [f"h{j}x{i}" for i in range(6)]) for j in range(3)]  # three bigger cut points first
    nodes = [node(h) for h, _ in hubs] + [node(x) for _, xs in hubs for x in xs]
    edges = [edge("own", h, strength=4, days_ago=5) for h, _ in hubs] + \
        [edge(h, x, strength=4, days_ago=5) for h, xs in hubs for x in xs]
    group = ["a", "b", "c", "d", "e"]  # own-a-b triangle, bridge b-c, triangle c-d-e
    nodes += [node(x) for x in group]
    edges += [edge("own", "a", strength=4, days_ago=5), edge("own", "b", strength=4, days_ago=5),
              edge("a", "b", strength=4, days_ago=5), edge("b", "c", strength=4, days_ago=5),
              edge("c", "d", strength=4, days_ago=5), edge("c", "e", strength=4, days_ago=5),
              edge("d", "e", strength=4, days_ago=5)]
    named = [goal("g", partners=[n.id for n in nodes])]
    result, recs = check(nodes, edges, goals=named)
    assert [b for b in result.bridges if b.far.id == "c"][0].cut_off == 3
    rec = only(recs, "bridge_relationship")
    assert "Die Beziehung B – C ist die einzige Verbindung zu 3 Partnern" in rec.text_de
    assert sum(r.rule == "cut_point" for r in recs) == 3  # h0-h2; b and c are left to the bridge finding


def test_key_broker_without_a_direct_tie():
    left = [node(f"l{i}") for i in range(4)]
    right = [node(f"r{i}") for i in range(4)]
    edges = [edge("own", x.id, strength=4, days_ago=5) for x in left] + \
        [edge(x.id, "broker", strength=4, days_ago=5) for x in left + right] + \
        [edge("r0", "r1", strength=4, days_ago=5), edge("r2", "r3", strength=4, days_ago=5)]
    named = [goal("g", partners=[n.id for n in left + right] + ["broker"])]
    result, recs = check([*left, *right, node("broker", "association", "T")], edges, goals=named)
    assert result.brokers[0].partner.id == "broker" and result.brokers[0].own_tie is None
    rec = only(recs, "key_broker_weak_tie")
    assert "Ihre direkte Beziehung ist aber nicht vorhanden" in rec.text_de and "is missing" in rec.text_en
    _, recs = check([*left, *right, node("broker", "association", "T")],
                    edges + [edge("own", "broker", strength=4, days_ago=5)], goals=named)
    assert "key_broker_weak_tie" not in rules(recs)


def test_a_group_without_any_direct_tie_to_the_own_firm():
    group = [node(f"k{i}", "company", "T") for i in range(6)]
    edges = [edge(a.id, b.id, strength=4, days_ago=5) for i, a in enumerate(group) for b in group[i + 1:]]
    edges += [edge("clu", "k0", strength=4, days_ago=5)]
    named = [goal("g", "T", partners=[n.id for n in group])]
    result, recs = check(group, edges, goals=named)
    lonely = [c for c in result.communities if {m.id for m in c.members} <= {n.id for n in group}]
    assert lonely and lonely[0].size == 6 and lonely[0].own_ties == 0
    rec = only(recs, "community_without_own_tie")
    assert rec.params["size"] == 6 and rec.params["dimension"] == Dimension.THEMATIC
    _, recs = check(group, edges + [edge("own", "k3", strength=4, days_ago=5)], goals=named)
    assert "community_without_own_tie" not in rules(recs)


def test_partners_without_any_link_to_the_own_firm():
    result, recs = check([node("lonely")], goals=[goal("g", partners=["lonely"])])
    assert [p.id for p in result.not_connected] == ["lonely"]
    assert only(recs, "not_connected").severity == Severity.LOW


# -- care: loose contacts and assessments ---------------------------------------------------------------------

def test_loose_contacts():
    loose = [node(f"z{i}") for i in range(3)]
    edges = [edge("own", "z0", strength=2, days_ago=5), edge("own", "z1", strength=5),  # weak / unassessed
             edge("uni", "z2", strength=1, days_ago=5)]
    result, recs = check(loose, edges, goals=[goal("gone", status="dropped", partners=["z0", "z1", "z2"])])
    assert {p.id for p in result.loose_contacts} == {"z0", "z1", "z2"}  # a dropped goal does not count
    rec = only(recs, "loose_contacts")
    assert rec.params["count"] == 3 and rec.params["total"] == 8
    assert "3 von 8 Partnern (38 %) sind lose Kontakte" in rec.text_de
    _, recs = check(loose, edges, goals=[goal("g", partners=["z0"])],
                    actions=[action("a", "g", partner="z1"), action("b", "g_r", partner="z2")])
    assert "loose_contacts" not in rules(recs)
    alone, _ = check([OWN, node("w")], [edge("own", "w", strength=1)], base=False)
    assert [p.id for p in alone.loose_contacts] == ["w"]  # never the own firm itself


def test_outdated_and_missing_assessments():
    nodes = [node("old"), node("new"), node("never")]
    edges = [edge("own", "old", strength=4, days_ago=400), edge("own", "new", strength=4, days_ago=100),
             edge("own", "never", strength=4)]
    result, recs = check(nodes, edges, goals=[goal("g", partners=["old", "new", "never"])])
    assert [t.b.id for t in result.outdated_assessments] == ["old"]
    assert [t.b.id for t in result.unassessed_own_ties] == ["never"]
    outdated = only(recs, "assessments_outdated")
    assert "1 Beziehung ist seit über einem Jahr nicht neu bewertet, am längsten OWN – OLD (zuletzt " \
           f"{(TODAY - timedelta(days=400)).strftime('%d.%m.%Y')})" in outdated.text_de
    assert only(recs, "own_ties_unassessed").params["count"] == 1
    _, recs = check(nodes[1:2], edges[1:2], goals=[goal("g", partners=["new"])])
    assert not {"assessments_outdated", "own_ties_unassessed"} & set(rules(recs))



def test_an_assessment_is_outdated_after_more_than_a_year_and_own_ties_are_either_end():
    nodes = [OWN, node("d365"), node("d366"), node("x")]
    edges = [edge("d365", "own", days_ago=365), edge("own", "d366", days_ago=366), edge("d365", "x")]
    result, _ = check(nodes, edges, base=False)
    assert [t.b.id for t in result.outdated_assessments] == ["d366"]  # 365 days is still within the year
    assert result.own_ties == 2  # the own firm as source or as target; d365-x is no own tie
    assert result.unassessed_own_ties == ()
    unowned, _ = check(nodes[1:], [edge("d365", "d366", days_ago=366), edge("d365", "x")], base=False)
    assert unowned.own_ties == 0 and [t.b.id for t in unowned.outdated_assessments] == ["d366"]

# -- goals and actions -------------------------------------------------------------------------------------------

def test_overdue_actions_count_only_under_live_goals():
    goals = [goal("closed", status="dropped"), goal("won", status="achieved")]
    actions = [action("late", "g_r", due_days=-10, priority="high"), action("later", "g_t", due_days=-3),
               action("done", "g_t", "done", due_days=-30), action("moot", "closed", due_days=-50),
               action("left", "won", due_days=-5)]
    result, recs = check(goals=goals, actions=actions)
    assert [a.id for a in result.overdue_actions] == ["late", "later"] and result.overdue_actions[0].days_overdue == 10
    assert {a.id for a in result.open_under_closed_goals} == {"moot", "left"}
    rec = only(recs, "overdue_actions")
    assert rec.severity == Severity.HIGH  # one of them has high priority
    assert "2 Maßnahmen sind überfällig, am längsten „Late“ (10 Tage)" in rec.text_de
    assert "2 actions are overdue" in rec.text_en
    assert only(recs, "open_under_closed_goals").severity == Severity.LOW
    _, recs = check(goals=goals[:1], actions=[action("moot", "closed", due_days=-50)])
    assert "overdue_actions" not in rules(recs)


def test_goals_without_open_actions_past_target_and_blocked_actions():
    goals = [goal("idle", "R", priority="high"), goal("finished", "T"), goal("late", "I", target=TODAY - timedelta(1)),
             goal("old", "R", status="dropped")]
    actions = [action("x", "finished", "done"), action("y", "late", "blocked")]
    result, recs = check(goals=goals, actions=actions)
    assert [g.id for g in result.goals_without_actions] == ["idle"]
    assert {g.id for g in result.goals_without_open_actions} == {"idle", "finished"}
    assert only(recs, "goals_without_open_actions").severity == Severity.HIGH
    assert [g.id for g in result.goals_past_target] == ["late"]
    assert only(recs, "goals_past_target").params["count"] == 1
    assert only(recs, "blocked_actions").evidence[0].id == "y"
    assert "1 Maßnahme ist blockiert" in only(recs, "blocked_actions").text_de


# -- ranking and texts --------------------------------------------------------------------------------------------

def test_recommendations_are_ranked_by_severity_then_importance():
    nodes = [node("z0"), node("z1"), node("z2"), node("lonely")]
    _, recs = check(nodes, [edge("own", z.id, strength=1) for z in nodes[:3]],
                    actions=[action("late", "g_r", due_days=-1, priority="high")])
    assert [r.rank for r in recs] == list(range(1, len(recs) + 1))
    order = {Severity.HIGH: 0, Severity.MEDIUM: 1, Severity.LOW: 2}
    assert [order[r.severity] for r in recs] == sorted(order[r.severity] for r in recs)
    assert recs[0].rule == "overdue_actions" and recs[-1].severity == Severity.LOW
    for r in recs:
        assert r.text_de and r.text_en and r.text_de != r.text_en and "{" not in r.text_de + r.text_en


def test_every_rule_has_both_languages_and_plural_forms():
    for de, en in TEMPLATES.values():
        assert de.strip() and en.strip() and de != en
    params = {"count": 1, "oldest": "Audit", "days": 3}
    assert render("overdue_actions", params, "de").startswith("1 Maßnahme ist überfällig")
    assert render("overdue_actions", {**params, "count": 2}, "en").startswith("2 actions are overdue")


def test_formatting_in_each_language():
    assert fmt(12345, "de") == "12.345" and fmt(12345, "en") == "12,345"
    assert fmt(72.46, "de") == "72,5" and fmt(0.5, "en", share=True) == "50%"
    assert fmt(["A", "B", "C", "D", "E"], "de") == "A, B, C und 2 weitere"
    assert fmt(["A", "B", "C", "D"], "en") == "A, B, C and D"  # not "and 1 more"
    assert fmt(["A", "B"], "en") == "A and B" and fmt(date(2026, 3, 4), "de") == "04.03.2026"
    assert fmt(Dimension.THEMATIC, "de") == "Fachlich"


# -- the service: from the document to the report, dictionary and text ----------------------------------

@pytest.mark.parametrize("nodes, edges", [
    ([], []),
    ([node("a"), node("b", "supplier"), node("c")], [edge("a", "b", "supply"), edge("b", "c", "supply")]),
])
def test_empty_networks_and_networks_without_own_firm(nodes, edges):
    result = run_check(NetworkData(nodes, edges), TODAY)
    report = network_check.NetworkCheckReport(result, recommend(result))
    assert result.own_firm is None and result.not_connected == () and result.gates == ()
    assert "dimension_without_partners" in rules(report.recommendations)
    json.dumps(network_check.report_to_dict(report))
    assert "Eigenes Unternehmen: (keines)" in network_check.format_text(report, "de")
    assert "Own firm: (none)" in network_check.format_text(report, "en")


def test_service_reads_the_document(ws):
    own = ws.own_firm_id
    uni = ws.execute(partners.create_partner(ws, name="Hochschule Nord", kind="university",
                                             dimensions=["regional"])).entity_id
    rel = ws.execute(relationships.create_relationship(ws, own, uni, kind="research_project", strength=4)).entity_id
    ws.execute(relationships.create_assessment(ws, rel, {c: 2 for c in Criterion}, assessed_on=TODAY - timedelta(500)))
    ws.execute(relationships.create_assessment(ws, rel, GOOD, assessed_on=TODAY - timedelta(20)))
    gid = ws.execute(goal_service.create_goal(ws, title="Fachkräfte", benefit="resilience", dimension="regional",
                                              status="active", partner_ids=[uni])).entity_id
    ws.execute(goal_service.create_action(ws, gid, title="Workshop", due_date=TODAY - timedelta(3)))
    report = network_check.check_network(ws, TODAY)
    r = report.result
    assert r.own_firm.id == own and r.partners == 2 and r.assessed_relationships == 1
    assert r.dimensions[0].mean_quality == 75.0  # the latest assessment counts
    assert [a.title for a in r.overdue_actions] == ["Workshop"]
    assert "overdue_actions" in rules(report.recommendations)


def test_report_dictionary_has_stable_keys_and_is_json(ws):
    d = network_check.report_to_dict(network_check.check_network(ws, TODAY))
    json.dumps(d)
    assert list(d) == ["schema", "as_of", "own_firm", "home_country", "totals", "dimensions", "structure",
                       "supply", "care", "plans", "recommendations"]
    assert d["schema"] == 1 and d["as_of"] == "2026-11-01"
    assert set(d["dimensions"]) == {"regional", "thematic", "international"}
    assert set(d["dimensions"]["regional"]) == {"partners", "relationships", "mean_strength", "assessed",
                                                "mean_quality", "weakest_criterion", "weakest_score", "goals",
                                                "open_actions", "overdue_actions", "kinds", "countries"}
    assert set(d["structure"]) == {"components", "not_connected", "betweenness", "brokers", "cut_points",
                                   "bridges", "communities"}
    assert set(d["structure"]["betweenness"]) == {"method", "exact", "sources", "seed"}
    assert set(d["supply"]) == {"ties", "foreign_ties", "by_partner", "by_country", "single_access"}
    assert set(d["care"]) == {"loose_contacts", "outdated_assessments", "own_ties", "unassessed_own_ties"}
    assert set(d["plans"]) == {"goals_without_actions", "goals_without_open_actions", "goals_past_target",
                               "overdue_actions", "blocked_actions", "open_under_closed_goals"}
    assert {r["rule"] for r in d["recommendations"]} == {"dimension_without_partners"}
    assert set(d["recommendations"][0]) == {"rank", "rule", "severity", "text", "params", "evidence"}
    assert set(d["recommendations"][0]["evidence"]) == {"kind", "count", "items"}


@pytest.fixture(scope="module")
def demo_report(tmp_path_factory):
    path = tmp_path_factory.mktemp("demo") / "demo.netzplan"
    write_demo(path, today=TODAY)
    with Workspace.open(path, read_only=True) as ws:
        return network_check.check_network(ws, TODAY)


def test_demo_network_check(demo_report):
    r, recs = demo_report.result, demo_report.recommendations
    assert r.own_firm.name == "Eyachtal Präzisionsmaschinen GmbH" and r.archived_partners == 1
    assert all(d.partners >= 10 and d.mean_quality is not None for d in r.dimensions)
    assert r.betweenness_exact and r.components == 1 and r.community_count >= 3
    china = only(recs, "supply_country_concentration")  # the demo's story: machine beds, guides, servos from China
    assert china.rank == 1 and china.params["country"] == "CN"
    assert {p.name for p in china.evidence} >= {"Suzhou Ruixin Linear Motion Technology Co., Ltd."}
    overdue = only(recs, "overdue_actions")
    assert overdue.params["count"] >= 3 and all(a.goal_id for a in r.overdue_actions)
    assert "Standkosten mit dem Präzisionscluster abstimmen" not in {a.title for a in r.overdue_actions}
    assert not {"regional_without_research", "thematic_without_association",
                "international_without_chamber", "dimension_without_partners"} & set(rules(recs))


def test_demo_text_in_both_languages(demo_report):
    de, en = network_check.format_text(demo_report, "de"), network_check.format_text(demo_report, "en")
    assert de.startswith("Netzwerk-Check, Stand 01.11.2026") and en.startswith("Network check as of 2026-11-01")
    assert "Vermittler (über sie laufen die meisten Wege im Netz)" in de and "Brokers (most paths" in en
    assert "etweenness" not in de + en and "Seed" not in de and "seed" not in en  # no jargon for the reader
    assert "Empfehlungen\n  1. [hoch]" in de and "Recommendations\n  1. [high]" in en
    assert demo_report.recommendations[0].text_en in en


def test_large_network_says_its_betweenness_is_sampled_and_is_reproducible(tmp_path):
    path = tmp_path / "big.netzplan"
    write_synthetic(path, partners=2600, seed=3)  # above what exact Brandes does in the work budget
    with Workspace.open(path, read_only=True) as ws:
        first, second = (network_check.check_network(ws, TODAY) for _ in range(2))
    r = first.result
    assert not r.betweenness_exact and 1000 < r.betweenness_sources < r.partners
    assert r.communities_approximate
    assert network_check.report_to_dict(first) == network_check.report_to_dict(second)
    text = network_check.format_text(first, "en")
    assert f"estimated from {r.betweenness_sources:,} of {r.partners:,} partners, the same on every run" in text
    german = f"{r.betweenness_sources:,} von {r.partners:,}".replace(",", ".")
    assert f"geschätzt aus {german} Partnern, bei jedem Lauf gleich" in network_check.format_text(first, "de")
    assert network_check.report_to_dict(first)["structure"]["betweenness"]["method"] == "sampled"


def test_own_ties_and_outdated_assessments_name_the_own_firm_first():
    """However a tie was recorded, the listed tie starts at the own firm, so its other end names the partner."""
    result, _ = check([node("lab", "research_institute"), node("old")],
                      [edge("lab", "own", strength=5), edge("old", "own", days_ago=800), edge("lab", "old")])
    unassessed = {t.b.id: t for t in result.unassessed_own_ties}
    assert unassessed["lab"].a.id == "own" and unassessed["lab"].strength == 5
    outdated = {t.id: t for t in result.outdated_assessments}
    assert (outdated["old-own-cooperation"].a.id, outdated["old-own-cooperation"].b.id) == ("own", "old")
