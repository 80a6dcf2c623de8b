"""The words of the board workbook in German and English: sheet titles, column headers, cover texts.

The vocabulary (statuses, kinds, criteria) comes from ``domain.vocabulary``; this table holds only what is
particular to the workbook. The import of an edited workbook recognises a column by its header in either
language, so a German workbook can be read back by an English program and the other way round.
"""

from __future__ import annotations

# key -> (Deutsch, English)
SHEETS: dict[str, tuple[str, str]] = {
    "cover": ("Übersicht", "Overview"),
    "goals": ("Ziele", "Goals"),
    "actions": ("Maßnahmenplan", "Action plan"),
    "partners": ("Partner", "Partners"),
    "relationships": ("Beziehungen", "Relationships"),
    "map": ("Netzwerkkarte", "Network map"),
}

HEADERS: dict[str, tuple[str, str]] = {
    # action plan
    "goal": ("Ziel", "Goal"),
    "action": ("Maßnahme", "Action"),
    "owner": ("Verantwortlich", "Owner"),
    "start_date": ("Start", "Start"),
    "due_date": ("Fällig am", "Due"),
    "status": ("Status", "Status"),
    "priority": ("Priorität", "Priority"),
    "effort_days": ("Aufwand (Tage)", "Effort (days)"),
    "cost_eur": ("Kosten (€)", "Cost (€)"),
    "partner": ("Partner", "Partner"),
    "completed_on": ("Erledigt am", "Completed on"),
    "notes": ("Bemerkungen", "Notes"),
    "id": ("ID", "ID"),
    # goals
    "title": ("Ziel", "Goal"),
    "benefit": ("Nutzen", "Benefit"),
    "dimension": ("Netzwerk", "Network"),
    "target_date": ("Zieltermin", "Target date"),
    "kpi_name": ("Kennzahl", "KPI"),
    "kpi_unit": ("Einheit", "Unit"),
    "kpi_baseline": ("Ausgangswert", "Baseline"),
    "kpi_target": ("Zielwert", "Target"),
    "kpi_current": ("Istwert", "Current value"),
    "progress": ("Fortschritt", "Progress"),
    "actions_done": ("Maßnahmen erledigt", "Actions done"),
    # partners
    "name": ("Name", "Name"),
    "kind": ("Art", "Kind"),
    "dimensions": ("Netzwerke", "Networks"),
    "city": ("Ort", "City"),
    "country": ("Land", "Country"),
    "region": ("Region", "Region"),
    "industry": ("Branche", "Industry"),
    "website": ("Website", "Website"),
    "tags": ("Schlagworte", "Tags"),
    "ties": ("Beziehungen", "Relationships"),
    "own_firm": ("Eigene Firma", "Own firm"),
    "archived": ("Archiviert", "Archived"),
    # relationships
    "source": ("Partner A", "Partner A"),
    "target": ("Partner B", "Partner B"),
    "rel_kind": ("Art der Beziehung", "Kind of relationship"),
    "strength": ("Stärke (1–5)", "Strength (1–5)"),
    "since": ("Seit", "Since"),
    "quality": ("Qualitätsindex", "Quality index"),
    "assessed_on": ("Bewertet am", "Assessed on"),
    "comment": ("Kommentar", "Comment"),
    # key figures on the cover
    "network": ("Netzwerk", "Network"),
    "fig_partners": ("Partner", "Partners"),
    "fig_relationships": ("Beziehungen", "Relationships"),
    "fig_assessed": ("Bewertet", "Assessed"),
    "fig_quality": ("Ø Qualität", "Avg. quality"),
    "fig_goals": ("Ziele", "Goals"),
    "fig_open": ("Offene Maßnahmen", "Open actions"),
    "fig_overdue": ("Überfällig", "Overdue"),
}

TEXTS: dict[str, tuple[str, str]] = {
    "title": ("Netzwerk-Maßnahmenplan", "Network action plan"),
    "as_of": ("Stand: {date}", "As of {date}"),
    "figures": ("Kennzahlen je Netzwerk", "Key figures per network"),
    "total": ("Gesamt", "Total"),
    "goal_progress": ("Zielfortschritt", "Goal progress"),
    "recommendations": ("Wichtigste Empfehlungen aus dem Netzwerk-Check", "Top recommendations of the network check"),
    "chart_network": ("Partner und Beziehungen je Netzwerk", "Partners and relationships per network"),
    "chart_goals": ("Zielerreichung laut Kennzahl", "Goal progress by KPI"),
    "no_goals": ("Keine Ziele in diesem Auszug.", "No goals in this extract."),
    "round_trip": (
        "Rückmeldung: Status, Verantwortlich, Start und Fällig am im Maßnahmenplan sowie Status, Verantwortlich, "
        "Zieltermin und Istwert bei den Zielen können hier geändert und in Netzplaner wieder eingelesen werden. "
        "Die Spalte ID bitte nicht ändern.",
        "Feedback: status, owner, start and due in the action plan and status, owner, target date and current "
        "value of the goals may be changed here and imported back into Netzplaner. Please leave the ID column "
        "unchanged."),
    "extract": ("Auszug: {what}", "Extract: {what}"),
    "across": ("Netzwerkübergreifend", "Across networks"),
    "yes": ("Ja", "Yes"),
    "page": ("Seite &P von &N", "Page &P of &N"),
    "map_caption": ("Partnernetzwerk von {firm}, Stand {date}", "Partner network of {firm} as of {date}"),
    "status_error_title": ("Ungültiger Status", "Invalid status"),
    "status_error": ("Bitte einen Status aus der Liste wählen.", "Please choose a status from the list."),
    "status_prompt_title": ("Status", "Status"),
    "status_prompt": ("Aus der Liste wählen.", "Choose from the list."),
    "creator": ("Netzplaner", "Netzplaner"),
}


def sheet(key: str, lang: str) -> str:
    de, en = SHEETS[key]
    return en if lang == "en" else de


def header(key: str, lang: str) -> str:
    de, en = HEADERS[key]
    return en if lang == "en" else de


def text(key: str, lang: str, **params: object) -> str:
    de, en = TEXTS[key]
    return (en if lang == "en" else de).format(**params)


def header_keys(candidates: set[str] | None = None) -> dict[str, list[str]]:
    """Header text (case-folded, either language) -> the keys it may stand for."""
    found: dict[str, list[str]] = {}
    for key, pair in HEADERS.items():
        if candidates is not None and key not in candidates:
            continue
        for word in set(pair):
            found.setdefault(word.casefold(), []).append(key)
    return found
