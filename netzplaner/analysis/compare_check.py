"""The network check then and now (issue 12): brokers, cut points, supply concentration, recommendations resolved
and new, from two check results already run (``analysis.check.run_check`` + ``recommendations.recommend``).

A recommendation is "the same" then and now when its rule and its main subject (its network, else the first piece
of evidence) agree: "cut point X" stays the same recommendation while the count of partners behind X changes; a
rule raised once per check about a list (``ONCE_PER_CHECK``) is the same while the list changes.
"""

from __future__ import annotations

from .check import CheckResult
from .compare import CheckDiff, PartnerRef, RecommendationLine
from .recommendations import Recommendation


# rules the check raises at most once, about a whole list (overdue actions, loose contacts): the same finding while
# the list changes
ONCE_PER_CHECK = frozenset({
    "regional_without_research", "thematic_without_association", "international_without_chamber", "overdue_actions",
    "goals_without_open_actions", "goals_past_target", "blocked_actions", "open_under_closed_goals",
    "loose_contacts", "assessments_outdated", "own_ties_unassessed", "not_connected"})


def recommendation_key(r: Recommendation) -> str:
    """The rule and its main subject, e.g. ``cut_point:<partner id>`` or ``dimension_without_partners:regional``;
    a rule raised once per check about a list is its own key (``overdue_actions``)."""
    if r.rule in ONCE_PER_CHECK:
        return r.rule
    if r.rule.startswith("dimension_"):
        subject = str(r.params["dimension"])
    elif r.evidence:
        subject = r.evidence[0].id
    else:
        subject = str(r.params.get("country", ""))
    return f"{r.rule}:{subject}"


def _line(r: Recommendation) -> RecommendationLine:
    return RecommendationLine(recommendation_key(r), r.rule, r.severity.value, r.text_de, r.text_en)


def _top_share(shares) -> float | None:
    return shares[0].share if shares else None


def check_diff(before: CheckResult, before_recs: tuple[Recommendation, ...], after: CheckResult,
               after_recs: tuple[Recommendation, ...]) -> CheckDiff:
    keys_before = {recommendation_key(r) for r in before_recs}
    keys_after = {recommendation_key(r) for r in after_recs}
    return CheckDiff(
        brokers_before=tuple(PartnerRef(b.partner.id, b.partner.name) for b in before.brokers),
        brokers_after=tuple(PartnerRef(b.partner.id, b.partner.name) for b in after.brokers),
        cut_points_before=tuple(PartnerRef(p.partner.id, p.partner.name) for p in before.cut_points),
        cut_points_after=tuple(PartnerRef(p.partner.id, p.partner.name) for p in after.cut_points),
        partner_concentration_before=_top_share(before.supply_by_partner),
        partner_concentration_after=_top_share(after.supply_by_partner),
        country_concentration_before=_top_share(before.supply_by_country),
        country_concentration_after=_top_share(after.supply_by_country),
        recommendations_before=len(before_recs), recommendations_after=len(after_recs),
        resolved=tuple(_line(r) for r in before_recs if recommendation_key(r) not in keys_after),
        new=tuple(_line(r) for r in after_recs if recommendation_key(r) not in keys_before))
