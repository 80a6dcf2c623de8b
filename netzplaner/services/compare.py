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
from ..analysis.health import COMPONENTS, Health, network_health
from ..domain.enums import Dimension
from .memory import collector_paused
from .network_check import report_of
from .network_read import NetworkRead, read_network
from .workspace import Workspace

__all__ = ["SCHEMA", "COMPONENTS", "Comparison", "Health", "compare_states", "compare", "health",
           "health_course", "checks_then_and_now"]

NOW = "now"


def checks_then_and_now(before: NetworkRead, after: NetworkRead, today: date, then: date | None = None) -> CheckDiff:
    """The network check run on both states, the earlier one as of ``then`` (default ``today``)."""
    earlier, now = report_of(before.network, then or today), report_of(after.network, today)
    return check_diff(earlier.result, earlier.recommendations, now.result, now.recommendations)


def compare_states(before: NetworkRead, after: NetworkRead, today: date, *, then: date | None = None,
                   with_check: bool = True, from_label: str = "", to_label: str = "") -> Comparison:
    """What changed from ``before`` to ``after`` (pure: no store access). ``today`` is the day of ``after``,
    ``then`` the day of ``before`` (a snapshot's day; default ``today``): what was overdue then is judged at
    ``then``. ``with_check`` runs the network check on both states (brokers, cut points, concentration,
    recommendations); it is the slow part (about a second per state at 10,000 partners), so a view may first
    show the comparison without it."""
    with collector_paused():
        check = checks_then_and_now(before, after, today, then) if with_check else None
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
            raise NotFoundError("The document has no snapshot yet; take one first (netzplaner snapshot DOC "
                                "--label TEXT).")
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


def health_course(ws: Workspace, today: date | None = None) -> list[tuple[object | None, dict[Dimension, Health]]]:
    """The health of each network at every snapshot (oldest first, each judged at the day it was taken) and now
    (``None`` in place of the snapshot's ``SnapshotInfo``, judged at ``today``)."""
    today = today or date.today()
    course: list[tuple[object | None, dict[Dimension, Health]]] = []
    try:
        snaps = _snapshots()
    except ImportError:  # before helper A's snapshots are merged
        snaps = None
    if snaps is not None:
        for info in snaps.list_snapshots(ws):
            day = info.taken_at.date() if info.taken_at else today
            course.append((info, health(snaps.read_snapshot(ws, info.id), day)))
    course.append((None, health(read_network(ws), today)))
    return course
