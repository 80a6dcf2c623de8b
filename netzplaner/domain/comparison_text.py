"""A comparison's lines in words, German or English: one wording for ``netzplaner compare`` and the board workbook's
sheet "Entwicklung" (the window translates its own)."""

from __future__ import annotations

from .comparison import ActionLine, Comparison, GoalLine, NetworkLine, PartnerLine, TieLine
from .formatting import MISSING, day, number, percent
from .vocabulary import label

# key -> (Deutsch, English)
_WORDS: dict[str, tuple[str, str]] = {
    "strength": ("Stärke {a} → {b}", "strength {a} → {b}"),
    "kind_strength": ("{kind}, Stärke {s}", "{kind}, strength {s}"),
    "quality": ("Qualität {a} → {b}", "quality {a} → {b}"),
    "first": ("Qualität {b} (erstmals bewertet)", "quality {b} (first assessed)"),
    "status": ("Status {a} → {b}", "status {a} → {b}"),
    "kpi": ("{name} {a} → {b}{unit}", "{name} {a} → {b}{unit}"),
    "progress": (" ({a} → {b} des Ziels)", " ({a} → {b} of the target)"),
    "done_on": ("erledigt am {d}", "completed on {d}"),
    "due": ("fällig am {d}", "due {d}"),
    "no_network": ("ohne Netzwerk", "no network"),
    "whole": ("Gesamtes Netzwerk", "Whole network"),
    "improved": ("besser: {items}", "improved: {items}"),
    "fell": ("schlechter: {items}", "fell: {items}"),
}


def _w(key: str, lang: str, **params: object) -> str:
    de, en = _WORDS[key]
    return (en if lang == "en" else de).format(**params)


def networks_text(dims, lang: str) -> str:
    return ", ".join(label(d, lang) for d in dims) or _w("no_network", lang)


def network_name(line: NetworkLine, lang: str) -> str:
    return label(line.dimension, lang) if line.dimension else _w("whole", lang)


def describe(key: str, line: object, lang: str = "de") -> tuple[str, str]:
    """(what, detail) of one line of the section ``key`` (``comparison.SECTIONS``), e.g. ("Hochschule Albstadt –
    VDMA", "Stärke 3 → 5")."""
    lang = "en" if lang == "en" else "de"
    if isinstance(line, PartnerLine):
        if key == "partners_moved":
            return line.name, (f"{networks_text(line.dimensions_before, lang)} → "
                               f"{networks_text(line.dimensions_after, lang)}")
        dims = line.dimensions_before if key == "partners_removed" else line.dimensions_after
        return line.name, f"{label(line.kind, lang)}, {networks_text(dims, lang)}"
    if isinstance(line, TieLine):
        what = f"{line.a_name} – {line.b_name}"
        if key == "ties_new":
            return what, _w("kind_strength", lang, kind=label(line.kind, lang), s=line.strength_after)
        if key == "ties_lost":
            return what, _w("kind_strength", lang, kind=label(line.kind, lang), s=line.strength_before)
        if key == "tie_quality":
            b = number(line.quality_after, lang, 0)
            if line.quality_before is None:
                return what, _w("first", lang, b=b)
            return what, _w("quality", lang, a=number(line.quality_before, lang, 0), b=b)
        return what, _w("strength", lang, a=line.strength_before, b=line.strength_after)
    if isinstance(line, GoalLine):
        return line.title, goal_detail(key, line, lang)
    if isinstance(line, ActionLine):
        what = f"{line.title} ({line.goal_title})" if line.goal_title else line.title
        if key == "actions_completed":
            return what, _w("done_on", lang, d=day(line.completed_on, lang))
        if key == "actions_removed":
            return what, label(line.status_before, lang) if line.status_before else MISSING
        return what, _w("due", lang, d=day(line.due_date, lang))
    raise TypeError(f"no words for {type(line).__name__}")


def goal_detail(key: str, g: GoalLine, lang: str) -> str:
    if key == "goals_added":
        return label(g.status_after, lang)
    if key == "goals_removed":
        return label(g.status_before, lang)
    parts = []
    if g.status_before != g.status_after:
        parts.append(_w("status", lang, a=label(g.status_before, lang), b=label(g.status_after, lang)))
    if g.kpi_before != g.kpi_after or g.progress_before != g.progress_after:
        text = _w("kpi", lang, name=g.kpi_name or "KPI", a=_kpi(g.kpi_before, lang), b=_kpi(g.kpi_after, lang),
                  unit=f" {g.kpi_unit}" if g.kpi_unit else "")
        if g.progress_before is not None or g.progress_after is not None:
            text += _w("progress", lang, a=percent(g.progress_before, lang), b=percent(g.progress_after, lang))
        parts.append(text)
    return "; ".join(parts)


def _kpi(value: float | None, lang: str) -> str:
    """A KPI value: whole numbers without decimals (2 Projekte), the rest with one (2,5 %)."""
    if value is None:
        return MISSING
    return number(value, lang, 0 if float(value).is_integer() else 1)


def criteria_text(line: NetworkLine, lang: str) -> str:
    """"besser: Offenheit, Vertrauen; schlechter: Wissensteilung" (empty when nothing moved)."""
    parts = []
    if line.improved:
        parts.append(_w("improved", lang, items=", ".join(label(c, lang) for c in line.improved)))
    if line.fell:
        parts.append(_w("fell", lang, items=", ".join(label(c, lang) for c in line.fell)))
    return "; ".join(parts)


def lines_of(c: Comparison, key: str) -> tuple:
    return getattr(c, key)
