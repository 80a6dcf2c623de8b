"""The words of the board workbook in German and English: sheet titles, column headers, cover texts.

The vocabulary (statuses, kinds, criteria) comes from ``domain.vocabulary`` and the product's terms (owner,
effort, cost, action plan, network map, ...) from ``domain.glossary``; this table holds only what is particular to
the workbook. The import of an edited workbook recognises a column by its header in either
language, so a German workbook can be read back by an English program and the other way round.
"""

from __future__ import annotations

from ..domain.glossary import TERMS

# key -> (Deutsch, English)
SHEETS: dict[str, tuple[str, str]] = {
    "cover": ("Übersicht", "Overview"),
    "goals": ("Ziele", "Goals"),
    "actions": TERMS["action_plan"],
    "partners": ("Partner", "Partners"),
    "relationships": ("Beziehungen", "Relationships"),
    "map": TERMS["network_map"],
    "development": ("Entwicklung", "Development"),
}

HEADERS: dict[str, tuple[str, str]] = {
    # action plan
    "goal": ("Ziel", "Goal"),
    "action": ("Maßnahme", "Action"),
    "owner": TERMS["owner"],
    "start_date": ("Start", "Start"),
    "due_date": TERMS["due"],
    "status": ("Status", "Status"),
    "priority": ("Priorität", "Priority"),
    "effort_days": TERMS["effort"],
    "cost_eur": TERMS["cost"],
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
    "street": ("Straße", "Street"),
    "postcode": ("PLZ", "Postcode"),
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
    "quality": TERMS["quality_index"],
    "assessed_on": ("Bewertet am", "Assessed on"),
    "comment": ("Kommentar", "Comment"),
    # key figures on the cover
    "network": TERMS["network"],
    "light": ("Ampel", "Traffic light"),
    "verdict": ("Einschätzung", "Assessment"),
    "fig_partners": TERMS["partners"],
    "fig_quality": TERMS["mean_quality"],
    "fig_goals": TERMS["live_goals"],
    "fig_open": TERMS["open_actions"],
    "fig_overdue": ("davon überfällig", "of which overdue"),
}

TEXTS: dict[str, tuple[str, str]] = {
    "title": ("Netzwerk-Maßnahmenplan", "Network action plan"),
    "as_of": ("Stand: {date}", "As of {date}"),
    "at_a_glance": ("Die Netzwerke auf einen Blick", "The networks at a glance"),
    "total": ("Gesamt", "Total"),
    "findings": ("Was der Netzwerk-Check zeigt", "What the network check shows"),
    "decisions": ("Um diese Entscheidungen wird der Beirat gebeten", "Decisions the board is asked to take"),
    "no_decisions": ("Keine Entscheidung offen: keine Maßnahme blockiert oder überfällig, kein Ziel über dem "
                     "Termin.", "No decision pending: no action blocked or overdue, no goal past its date."),
    "chart_partners": ("Partner je Netzwerk", "Partners per network"),
    "chart_quality": ("Ø Qualität (0–100)", "Mean quality (0–100)"),
    "chart_goals": ("Zielerreichung laut Kennzahl", "Goal progress by KPI"),
    "note_actions": (
        "Diese Spalte können Sie hier ändern und die Datei in Netzplaner wieder einlesen (Status, Verantwortlich, "
        "Start, Fällig am). Netzplaner erkennt jede Zeile an ihrer ausgeblendeten ID-Spalte: bitte nicht ändern.",
        "You may change this column here and read the file back into Netzplaner (status, responsible, start, "
        "due). Netzplaner knows each row by its hidden ID column: please leave it unchanged."),
    "note_goals": (
        "Diese Spalte können Sie hier ändern und die Datei in Netzplaner wieder einlesen (Status, Verantwortlich, "
        "Zieltermin, Istwert). Netzplaner erkennt jede Zeile an ihrer ausgeblendeten ID-Spalte: bitte nicht "
        "ändern.",
        "You may change this column here and read the file back into Netzplaner (status, responsible, target "
        "date, current value). Netzplaner knows each row by its hidden ID column: please leave it unchanged."),
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
    # the sheet "Entwicklung" and the cover's health trend (issue 12)
    "dev_title": ("Entwicklung seit {label}", "Development since {label}"),
    "dev_period": ("{then} bis {now} · {firm}", "{then} to {now} · {firm}"),
    "dev_glance": ("Auf einen Blick", "At a glance"),
    "dev_figure": ("Kennzahl", "Figure"),
    "dev_then": ("Damals", "Then"),
    "dev_now": ("Heute", "Now"),
    "dev_change": ("Veränderung", "Change"),
    "dev_partners": ("Partner (aktiv)", "Partners (active)"),
    "dev_ties": ("Beziehungen", "Relationships"),
    "dev_quality": ("Ø Qualität (0–100)", "Mean quality (0–100)"),
    "dev_quality_of": ("Ø Qualität {network}", "Mean quality {network}"),
    "dev_criteria": ("Qualitätskriterien im ganzen Netzwerk (Ø 1–5)", "Quality criteria, whole network (mean 1–5)"),
    "dev_what": ("Was", "What"),
    "dev_detail": ("Änderung", "Change"),
    "dev_more": ("… und {n} weitere (vollständig: netzplaner compare)", "… and {n} more (in full: netzplaner compare)"),
    "dev_nothing": ("Seit diesem Stand hat sich nichts geändert.", "Nothing changed since this state."),
    "health_title": ("Netzwerk-Gesundheit (0–100)", "Network health (0–100)"),
    "health_now": ("heute", "now"),
    "health_trend": ("Verlauf", "Trend"),
    "health_since": ("{sign}{n} seit {label}", "{sign}{n} since {label}"),
    "health_weakest": ("schwächster Teil: {name} ({value})", "weakest part: {name} ({value})"),
    "health_note": ("Gewichte: {parts}; Herleitung jeder Komponente: Handbuch docs/health.md",
                    "Weights: {parts}; how each component is computed: docs/health.md"),
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


# headers written by earlier versions, still recognised when such a workbook comes back
FORMER_HEADERS: dict[str, tuple[str, ...]] = {
    "owner": ("Owner",),
    "effort_days": ("Aufwand (Tage)", "Effort (days)"),
}


def header_keys(candidates: set[str] | None = None) -> dict[str, list[str]]:
    """Header text (case-folded, either language, current or former) -> the keys it may stand for."""
    found: dict[str, list[str]] = {}
    for key, pair in HEADERS.items():
        if candidates is not None and key not in candidates:
            continue
        for word in {*pair, *FORMER_HEADERS.get(key, ())}:
            found.setdefault(word.casefold(), []).append(key)
    return found
