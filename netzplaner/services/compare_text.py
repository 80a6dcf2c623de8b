"""``netzplaner compare`` as plain text, German or English: the summary, then every section that holds a line
(at most ``LISTED`` lines each, with how many more), the quality per network and criterion and the network check
then and now."""

from __future__ import annotations

from ..domain.comparison import LIST_SECTIONS, Comparison, section_title
from ..domain.comparison_text import criteria_text, describe, network_name
from ..domain.formatting import MISSING, day, number, percent

LISTED = 20

_WORDS: dict[str, tuple[str, str]] = {
    "title": ("Vergleich: {a} ({da}) → {b} ({db})", "Comparison: {a} ({da}) → {b} ({db})"),
    "now": ("jetzt", "now"),
    "partners": ("Partner: {a} → {b} (+{added} neu, −{removed} entfernt, {archived} archiviert, {moved} in "
                 "anderen Netzwerken)",
                 "Partners: {a} → {b} (+{added} added, −{removed} removed, {archived} archived, {moved} moved)"),
    "ties": ("Beziehungen: {a} → {b} (+{new} neu, −{lost} weggefallen, {stronger} stärker, {weaker} schwächer)",
             "Relationships: {a} → {b} (+{new} new, −{lost} lost, {stronger} stronger, {weaker} weaker)"),
    "quality": ("Ø Qualität: {a} → {b}", "Mean quality: {a} → {b}"),
    "plans": ("Ziele geändert: {goals}; Maßnahmen erledigt: {done}, neu: {added}, seitdem überfällig: {late}",
              "Goals changed: {goals}; actions completed: {done}, added: {added}, overdue since: {late}"),
    "more": ("  … und {n} weitere", "  … and {n} more"),
    "nothing": ("Keine Änderungen.", "No changes."),
    "brokers": ("  Vermittler neu: {new}; nicht mehr: {gone}", "  Brokers new: {new}; no longer: {gone}"),
    "cuts": ("  Schlüsselstellen neu: {new}; entschärft: {gone}", "  Cut points new: {new}; resolved: {gone}"),
    "concentration": ("  Lieferanteil des größten Partners: {a} → {b}; des größten Landes: {c} → {d}",
                      "  Supply share of the largest partner: {a} → {b}; of the largest country: {c} → {d}"),
    "recs": ("  Empfehlungen: {a} → {b} ({resolved} erledigt, {new} neu)",
             "  Recommendations: {a} → {b} ({resolved} resolved, {new} new)"),
    "resolved": ("    erledigt: {text}", "    resolved: {text}"),
    "new": ("    neu: {text}", "    new: {text}"),
    "no_check": ("  (ohne Netzwerk-Check)", "  (without the network check)"),
}


def _w(key: str, lang: str, **params: object) -> str:
    de, en = _WORDS[key]
    return (en if lang == "en" else de).format(**params)


def _names(refs, lang: str) -> str:
    return ", ".join(r.name for r in refs) or MISSING


def format_text(c: Comparison, lang: str = "de") -> str:
    lang = "en" if lang == "en" else "de"
    s = c.summary
    n = lambda v: number(v, lang)  # noqa: E731

    def label_of(text: str) -> str:
        return _w("now", lang) if text == "now" else f"„{text}“" if lang == "de" else f"“{text}”"

    lines = [_w("title", lang, a=label_of(c.from_label or "?"), da=day(c.then, lang),
                b=label_of(c.to_label or "now"), db=day(c.today, lang)),
             _w("partners", lang, a=n(s.partners_before), b=n(s.partners_after), added=n(s.partners_added),
                removed=n(s.partners_removed), archived=n(s.partners_archived), moved=n(s.partners_moved)),
             _w("ties", lang, a=n(s.ties_before), b=n(s.ties_after), new=n(s.ties_new), lost=n(s.ties_lost),
                stronger=n(s.ties_stronger), weaker=n(s.ties_weaker)),
             _w("quality", lang, a=number(s.quality_before, lang), b=number(s.quality_after, lang)),
             _w("plans", lang, goals=n(s.goals_changed), done=n(s.actions_completed), added=n(s.actions_added),
                late=n(s.actions_overdue))]
    shown = False
    for key in LIST_SECTIONS:
        items = getattr(c, key)
        if not items:
            continue
        shown = True
        lines += ["", f"{section_title(key, lang)} ({n(len(items))})"]
        for line in items[:LISTED]:
            what, detail = describe(key, line, lang)
            lines.append(f"  {what}: {detail}" if detail else f"  {what}")
        if len(items) > LISTED:
            lines.append(_w("more", lang, n=n(len(items) - LISTED)))
    if not shown:
        lines += ["", _w("nothing", lang)]
    lines += ["", section_title("networks", lang)]
    for net in c.networks:
        moved = criteria_text(net, lang)
        lines.append((f"  {network_name(net, lang):<22}{number(net.quality_before, lang):>6} → "
                      f"{number(net.quality_after, lang):<6}" + (f"  {moved}" if moved else "")).rstrip())
    lines += ["", section_title("check", lang)]
    k = c.check
    if k is None:
        lines.append(_w("no_check", lang))
    else:
        lines += [_w("brokers", lang, new=_names(k.brokers_new, lang), gone=_names(k.brokers_gone, lang)),
                  _w("cuts", lang, new=_names(k.cut_points_new, lang), gone=_names(k.cut_points_gone, lang)),
                  _w("concentration", lang, a=percent(k.partner_concentration_before, lang),
                     b=percent(k.partner_concentration_after, lang), c=percent(k.country_concentration_before, lang),
                     d=percent(k.country_concentration_after, lang)),
                  _w("recs", lang, a=n(k.recommendations_before), b=n(k.recommendations_after),
                     resolved=n(len(k.resolved)), new=n(len(k.new)))]
        lines += [_w("resolved", lang, text=r.text(lang)) for r in k.resolved]
        lines += [_w("new", lang, text=r.text(lang)) for r in k.new]
    return "\n".join(lines) + "\n"
