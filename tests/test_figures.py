"""One rule for the figures per network, one traffic light with its verdict, one formatter, one glossary."""

from __future__ import annotations

from datetime import date

import pytest

from netzplaner.analysis.figures import dimension_figures
from netzplaner.analysis.network import NetworkData
from netzplaner.domain import formatting
from netzplaner.domain.entities import Action, Assessment, Goal, Partner, Relationship
from netzplaner.domain.enums import (ActionStatus, Benefit, Criterion, Dimension, GoalStatus, PartnerKind,
                                     RelationshipKind)
from netzplaner.domain.figures import DimensionFigures, traffic_light, verdict
from netzplaner.domain.glossary import TERMS, term
from netzplaner.io import workbook_labels as L
from netzplaner.io import workbook_styles

TODAY = date(2026, 11, 30)
R, T, I = Dimension.REGIONAL, Dimension.THEMATIC, Dimension.INTERNATIONAL


def _network() -> NetworkData:
    partners = [Partner("own", "Wir", PartnerKind.COMPANY, frozenset({R}), is_own_firm=True),
                Partner("a", "A", PartnerKind.SUPPLIER, frozenset({R})),
                Partner("b", "B", PartnerKind.UNIVERSITY, frozenset({R, T})),
                Partner("c", "C", PartnerKind.CLUSTER, frozenset({I}), archived=True),
                Partner("d", "D", PartnerKind.OTHER, frozenset())]
    ties = [Relationship("r1", "own", "a", RelationshipKind.SUPPLY, 4),
            Relationship("r2", "own", "b", RelationshipKind.COOPERATION, 2),
            Relationship("r3", "own", "c", RelationshipKind.SALES, 3),  # to an archived partner: not counted
            Relationship("r4", "own", "d", RelationshipKind.SALES, 3)]
    assessments = [Assessment("s1", "r1", date(2026, 1, 1), {c: 5 for c in Criterion}),
                   Assessment("s2", "r2", date(2026, 1, 1), {c: 1 for c in Criterion})]
    goals = [Goal("g1", "live", Benefit.RESILIENCE, dimension=R, status=GoalStatus.ACTIVE),
             Goal("g2", "planned", Benefit.INNOVATION, dimension=R, status=GoalStatus.PLANNED),
             Goal("g3", "achieved", Benefit.INNOVATION, dimension=R, status=GoalStatus.ACHIEVED),
             Goal("g4", "dropped", Benefit.INNOVATION, dimension=I, status=GoalStatus.DROPPED),
             Goal("g5", "no network", Benefit.INNOVATION, status=GoalStatus.ACTIVE)]
    actions = [Action("x1", "g1", "late", due_date=date(2026, 1, 1)),
               Action("x2", "g1", "done", status=ActionStatus.DONE, due_date=date(2026, 1, 1)),
               Action("x3", "g3", "under achieved goal", due_date=date(2026, 1, 1)),
               Action("x4", "g4", "under dropped goal"),
               Action("x5", "g5", "no network")]
    return NetworkData.from_entities(partners, ties, assessments, goals, actions)


def test_current_goals_and_their_open_actions_count():
    regional, thematic, international, total = dimension_figures(_network(), TODAY, total=True)
    assert (regional.partners, regional.relationships, regional.assessed) == (2, 2, 2)
    assert (regional.goals, regional.open_actions, regional.overdue_actions) == (2, 1, 1)  # not the achieved goal
    assert regional.mean_quality == 50.0 and regional.mean_strength == 3.0
    assert (thematic.partners, thematic.goals, thematic.mean_quality) == (1, 0, 0.0)
    assert (international.partners, international.goals, international.open_actions) == (0, 0, 0)  # archived
    # the whole network: the own firm and the partner without a network, the goal without a network
    assert (total.dimension, total.partners, total.relationships, total.goals, total.open_actions) == (
        None, 4, 3, 3, 2)


def test_an_extract_of_networks_totals_only_those():
    (thematic, total) = dimension_figures(_network(), TODAY, dimensions=[T], total=True)
    assert thematic.dimension == T and (total.partners, total.relationships, total.goals) == (2, 1, 0)


@pytest.mark.parametrize("figures, light, de, en", [
    (DimensionFigures(R), "red", "Noch keine Partner in diesem Netzwerk", "No partners in this network yet"),
    (DimensionFigures(R, partners=3, assessed=2, mean_quality=35.4, goals=2), "red",
     "Beziehungen schwach (Ø Qualität 35 von 100)", "Weak relationships (mean quality 35 of 100)"),
    (DimensionFigures(R, partners=3), "red", "Weder ein laufendes Ziel noch eine bewertete Beziehung",
     "Neither a current goal nor an assessed relationship"),
    (DimensionFigures(R, partners=3, assessed=2, mean_quality=74.6, goals=2), "green",
     "Gute Beziehungen (Ø Qualität 75 von 100), 2 laufende Ziele",
     "Good relationships (mean quality 75 of 100), 2 current goals"),
    (DimensionFigures(R, partners=3, assessed=2, mean_quality=80, goals=0), "amber",
     "Gute Beziehungen (Ø Qualität 80 von 100), kein laufendes Ziel",
     "Good relationships (mean quality 80 of 100), no current goal"),
    (DimensionFigures(R, partners=3, goals=1), "amber", "Noch keine Beziehung bewertet, 1 laufendes Ziel",
     "No relationship assessed yet, 1 current goal"),
    (DimensionFigures(R, partners=3, assessed=1, mean_quality=55, goals=1), "amber",
     "Beziehungen mittelmäßig (Ø Qualität 55 von 100), 1 laufendes Ziel",
     "Relationships middling (mean quality 55 of 100), 1 current goal"),
])
def test_the_traffic_light_says_why(figures, light, de, en):
    assert traffic_light(figures) == light
    assert verdict(figures, "de") == de and verdict(figures, "en") == en


def test_one_style_for_numbers_money_shares_and_dates():
    assert (formatting.number(10000, "de"), formatting.number(10000, "en")) == ("10.000", "10,000")
    assert (formatting.number(3.5, "de"), formatting.number(3.5, "en")) == ("3,5", "3.5")
    assert (formatting.number(1234.56, "de", 0), formatting.number(None, "en")) == ("1.235", "–")
    # rounded as the workbook's cells show it (half away from zero), so the window and the page agree
    assert (formatting.number(54.5, "de", 0), formatting.number(2.25, "en"), formatting.number(-0.5, "en", 0)) == (
        "55", "2.3", "-1")
    assert (formatting.money(1250, "de"), formatting.money(1250.4, "en")) == ("1.250 €", "€1,250")
    assert (formatting.percent(0.456, "de"), formatting.percent(0.456, "en")) == ("46 %", "46%")
    assert (formatting.day(TODAY, "de"), formatting.day(TODAY, "en")) == ("30.11.2026", "2026-11-30")
    assert formatting.excel_format("date", "en") == "YYYY-MM-DD" and formatting.excel_format("date") == "DD.MM.YYYY"
    # the workbook's cells use the same styles
    assert workbook_styles.number_format("money", "en") == '"€"#,##0'
    assert workbook_styles.number_format("money", "de") == '#,##0 "€"'
    assert workbook_styles.number_format("date", "en") == "YYYY-MM-DD"


def test_the_glossary_names_each_term_once_and_the_workbook_uses_it():
    assert term("owner", "en") == "Responsible" and term("owner", "de") == "Verantwortlich"
    assert term("effort", "de") == "Aufwand (Personentage)" and term("cost", "en") == "Cost (€)"
    assert term(Dimension.THEMATIC, "de") == "Fachlich"
    assert term("layout_rings", "de") != term("network_map", "de") != term("layout_links", "de")
    for key, glossary_key in (("owner", "owner"), ("effort_days", "effort"), ("cost_eur", "cost"),
                              ("due_date", "due"), ("quality", "quality_index")):
        assert L.HEADERS[key] == TERMS[glossary_key]
    assert L.SHEETS["actions"] == TERMS["action_plan"] and L.SHEETS["map"] == TERMS["network_map"]
    # a workbook written before the words were unified still reads back
    keys = L.header_keys()
    assert keys["owner"] == ["owner"] and keys["aufwand (tage)"] == ["effort_days"]
