"""Compare two states of the network, and the networks' health over time (issue 12).

``compare_states(before, after, today)`` is pure: two ``NetworkRead`` values in (a snapshot read back by
``services.snapshots.read_snapshot``, or the document now from ``network_read.read_network``), one
``Comparison`` out (``analysis.compare``). ``compare(ws, from_ref, to_ref)`` finds the two states in the
document: ``from_ref`` a snapshot's label or a date (None: the latest snapshot), ``to_ref`` a label, a date or
"now" (None: the document now). ``health`` and ``health_course`` give the health score (``analysis.health``).
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from ..analysis.compare import SCHEMA, CheckDiff, Comparison, compare_reads
from ..analysis.compare_check import check_diff
from ..analysis.health import network_health
from ..domain.health import COMPONENTS, Health, HealthPoint
from ..domain.enums import Dimension
from .memory import collector_paused
from .network_check import NetworkCheckReport, report_of
from .network_read import NetworkRead, read_network
from .workspace import Workspace

__all__ = ["SCHEMA", "COMPONENTS", "Comparison", "Health", "compare_states", "compare", "health",
           "health_course", "checks_then_and_now"]

NOW = "now"


def checks_then_and_now(before: NetworkRead, after: NetworkRead, today: date, then: date | None = None, *,
                        now: NetworkCheckReport | None = None) -> CheckDiff:
    """The network check run on both states, the earlier one as of ``then`` (default ``today``); ``now``: the
    later state's check when it has already been run."""
    earlier, now = report_of(before.network, then or today), now or report_of(after.network, today)
    return check_diff(earlier.result, earlier.recommendations, now.result, now.recommendations)


def compare_states(before: NetworkRead, after: NetworkRead, today: date, *, then: date | None = None,
                   with_check: bool = True, from_label: str = "", to_label: str = "",
                   now_report: NetworkCheckReport | None = None) -> Comparison:
    """What changed from ``before`` to ``after`` (pure: no store access). ``today`` is the day of ``after``,
    ``then`` the day of ``before`` (a snapshot's day; default ``today``): what was overdue then is judged at
    ``then``. ``with_check`` runs the network check on both states (brokers, cut points, concentration,
    recommendations); it is the slow part (about a second per state at 10,000 partners), so a view may first
    show the comparison without it. ``now_report``: the check of ``after``, when the caller has run it."""
    with collector_paused():
        check = checks_then_and_now(before, after, today, then, now=now_report) if with_check else None
        result = compare_reads(before, after, today, check, then=then)
    if from_label or to_label:
        result = replace(result, from_label=from_label, to_label=to_label)
    return result


def _snapshots():
    from . import snapshots  # helper A's module (issue 12); imported late so that compare_states stands alone
    return snapshots


def resolve(ws: Workspace, ref: str | None, *, default_latest: bool,
            today: date | None = None) -> tuple[NetworkRead, str, date]:
    """The state ``ref`` names, its label and its day: "now" (or None when not ``default_latest``) is the
    document now; else a snapshot by label or date (None: the latest). Unknown → ``NotFoundError`` naming the
    labels there are."""
    today = today or date.today()
    if ref is None and not default_latest or ref is not None and ref.strip().casefold() == NOW:
        return read_network(ws), NOW, today
    snaps = _snapshots()
    if ref is None:
        known = snaps.list_snapshots(ws)
        if not known:
            from ..domain.errors import NotFoundError
            raise NotFoundError("The document holds no states yet to compare with; take one first.")
        info = known[-1]
    else:
        info = snaps.find_snapshot(ws, ref)
    day = info.taken_at.date() if info.taken_at else today
    return snaps.read_snapshot(ws, info.id), info.label, day


def compare(ws: Workspace, from_ref: str | None = None, to_ref: str | None = None, *, today: date | None = None,
            with_check: bool = True) -> Comparison:
    """Compare two states of the document: ``from_ref`` (None: the latest snapshot) with ``to_ref`` (None or
    "now": the document now)."""
    before, from_label, then = resolve(ws, from_ref, default_latest=True, today=today)
    after, to_label, day = resolve(ws, to_ref, default_latest=False, today=today)
    return compare_states(before, after, day, then=then, with_check=with_check, from_label=from_label,
                          to_label=to_label)


def health(read: NetworkRead, today: date) -> dict[Dimension, Health]:
    """The health of each network in one state (``analysis.health``: components, weights, values)."""
    with collector_paused():
        return network_health(read.network, today)


def health_course(ws: Workspace, today: date | None = None, *, last: int | None = None,
                  now: NetworkRead | None = None) -> list[tuple[object | None, dict[Dimension, Health]]]:
    """The health of each network at every snapshot (oldest first, each judged at the day it was taken; only the
    ``last`` latest with ``last``) and now (``None`` in place of the snapshot's ``SnapshotInfo``, judged at
    ``today``; ``now``: the document as already read)."""
    today = today or date.today()
    snaps = _snapshots()
    infos = snaps.list_snapshots(ws)
    if last is not None:
        infos = infos[-last:] if last > 0 else []
    course: list[tuple[object | None, dict[Dimension, Health]]] = []
    for info in infos:
        day = info.taken_at.date() if info.taken_at else today
        course.append((info, health(snaps.read_snapshot(ws, info.id), day)))
    course.append((None, health(now or read_network(ws), today)))
    return course


def health_points(course: list[tuple[object | None, dict[Dimension, Health]]], today: date) -> list[HealthPoint]:
    """``health_course`` as the workbook's plain records (label "" = now)."""
    return [HealthPoint(info.label if info else "", info.taken_at.date() if info else today, scores)
            for info, scores in course]
