"""The product's own terms in German and English, in one place: the window, the workbook, the pictures' legend and
the command line name these things with these words and no others.

The vocabulary of the data (networks, partner kinds, criteria, statuses, priorities) is in ``domain.vocabulary``;
``term`` answers for both, so a caller needs one function. The GUI marks the same English source strings for
``tr()``; ``tests/test_glossary_catalogue.py`` checks that the German catalogue translates each of them as
written here.
"""

from __future__ import annotations

from enum import Enum

from .vocabulary import label

# key -> (Deutsch, English)
TERMS: dict[str, tuple[str, str]] = {
    # things
    "network": ("Netzwerk", "Network"),
    "networks": ("Netzwerke", "Networks"),
    "no_network": ("Ohne Netzwerk", "No network"),
    "partner": ("Partner", "Partner"),
    "partners": ("Partner", "Partners"),
    "relationships": ("Beziehungen", "Relationships"),
    "goals": ("Ziele", "Goals"),
    "live_goals": ("Laufende Ziele", "Current goals"),
    "actions": ("Maßnahmen", "Actions"),
    "open_actions": ("Offene Maßnahmen", "Open actions"),
    "overdue": ("Überfällig", "Overdue"),
    "blocked": ("Blockiert", "Blocked"),
    "action_plan": ("Maßnahmenplan", "Action plan"),
    "board": ("Beirat", "Board"),
    "own_firm": ("Eigenes Unternehmen", "Own firm"),
    "quality_index": ("Qualitätsindex", "Quality index"),
    "mean_quality": ("Ø Qualität", "Mean quality"),
    "assessed": ("Bewertet", "Assessed"),
    "network_check": ("Netzwerk-Check", "Network check"),
    # the fields everyone names the same way
    "owner": ("Verantwortlich", "Responsible"),
    "effort": ("Aufwand (Personentage)", "Effort (person-days)"),
    "effort_short": ("PT", "PD"),  # after a number in a narrow column: "3 PT" / "3 PD"
    "cost": ("Kosten (€)", "Cost (€)"),
    "due": ("Fällig am", "Due"),
    # the map: the tab is the network map; its two arrangements have plain names of their own
    "network_map": ("Netzwerkkarte", "Network map"),
    "layout_rings": ("Ringe um uns", "Rings around us"),
    "layout_links": ("Nach Verbindungen", "By connections"),
    # the traffic light of a network (``domain.figures.verdict``)
    "light_green": ("Grün", "Green"),
    "light_amber": ("Gelb", "Amber"),
    "light_red": ("Rot", "Red"),
}


def term(key: str | Enum, lang: str = "de") -> str:
    """A product term ("owner" → "Verantwortlich"/"Responsible") or a vocabulary member in ``lang``."""
    if isinstance(key, Enum):
        return label(key, lang)
    de, en = TERMS[key]
    return en if lang == "en" else de
