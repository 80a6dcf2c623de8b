"""Export use cases: the board workbook (``netzplaner export DOC -o plan.xlsx``, File → Export board workbook).

``board_contents`` and ``write_board`` are the one use case both the window (``export_board``: the two in a row,
on the worker) and the command line run: the network check's recommendations, the map picture the caller drew
(services draw nothing), the workbook. ``board_data`` gathers
frozen data from the document (optionally only some goals or network dimensions) and ``export_board_workbook``
hands it to ``io.board_workbook``, which writes atomically. The GUI runs the export on its worker thread and
passes ``progress(done, total)`` for a progress bar. The document is read once, column by column
(``network_read``): the check, the figures and the sheets share that read, and so does the map picture inside
``network_read.sharing``.

Extracts: with ``dimensions`` the workbook holds the partners of those networks (the own firm always), the
relationships that touch them, the goals of those networks (goals without a network are left out) and their
actions; with ``goal_ids`` only those goals and their actions (partners and relationships stay complete).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import replace
from datetime import date
from itertools import repeat
from pathlib import Path

from ..analysis.figures import dimension_figures
from ..analysis.network import NetworkData
from ..domain.comparison import Comparison
from ..domain.enums import Dimension
from ..domain.health import HealthPoint
from ..domain.errors import ValidationError
from ..domain.quality import quality_index
from ..domain.vocabulary import from_label, label
from ..io.board_workbook import AssessmentRow, BoardData, PartnerRow, RelationshipRow, write_board_workbook
from . import compare, network_check, snapshots
from .memory import collector_paused
from .network_read import NetworkRead, read_network
from .workspace import Workspace

Progress = Callable[[int, int], None]


def _dimensions(values: Iterable[Dimension | str] | None) -> frozenset[Dimension] | None:
    if values is None:
        return None
    chosen = set()
    for v in values:
        member = from_label(Dimension, v)  # the one vocabulary: "thematic", "Fachlich", "fachlich"
        if member is None:
            raise ValidationError("dimensions", "Unknown network: “{value}” (regional, thematic or international).",
                                  value=v)
        chosen.add(member)
    return frozenset(chosen) or None


def board_data(ws: Workspace, *, lang: str = "de", goal_ids: Iterable[str] | None = None,
               dimensions: Iterable[Dimension | str] | None = None, recommendations: Sequence[str] = (),
               map_png: bytes | None = None, today: date | None = None, read: NetworkRead | None = None) -> BoardData:
    """The frozen content of the board workbook, optionally an extract of some goals or networks. ``read``: the
    document as already read for the same command (else it is read here, or shared inside
    ``network_read.sharing``)."""
    today = today or date.today()
    lang = "en" if lang == "en" else "de"
    dims = _dimensions(dimensions)
    read = read or read_network(ws)
    partners = _partner_rows(read)
    relationships = _relationship_rows(read)
    goals, actions, meta = list(read.goals), list(read.actions), read.meta
    names = dict(zip(read.partners["id"], read.partners["name"]))
    own = next((p for p in partners if p.is_own_firm), None)
    extract: list[str] = []

    if goal_ids is not None:
        wanted = set(goal_ids)
        unknown = wanted - {g.id for g in goals}
        if unknown:
            raise ValidationError("goal_ids", "There is no goal with the id {id} in this document.",
                                  id=sorted(unknown)[0])
        extract.append(f"{len(wanted)} / {len(goals)} " + ("Zielen" if lang == "de" else "goals"))
        goals = [g for g in goals if g.id in wanted]
    if dims is not None:
        extract.insert(0, ", ".join(label(d, lang) for d in Dimension if d in dims))
        partners = [p for p in partners if p.is_own_firm or p.dimensions & dims]
        kept = {p.id for p in partners if not p.is_own_firm}
        relationships = [r for r in relationships if r.source_id in kept or r.target_id in kept]
        goals = [g for g in goals if g.dimension in dims]
    goal_set = {g.id for g in goals}
    actions = [a for a in actions if a.goal_id in goal_set]

    # the figures per network as the overview and the check count them, over the whole network (an extract of
    # networks shows their rows; an extract of goals counts only those goals and their actions)
    network = read.network
    if goal_ids is not None or dims is not None:
        network = NetworkData(network.nodes, network.edges, goals, actions,
                              archived_partners=network.archived_partners)
    figures = list(dimension_figures(network, today, dimensions=dims, total=True))
    return BoardData(
        firm=own.name if own else meta.get("title", ""), as_of=today, lang=lang, title=meta.get("title", ""),
        partners=partners, relationships=relationships, assessments=_assessment_rows(read, relationships),
        goals=goals, actions=actions, figures=figures, recommendations=list(recommendations), map_png=map_png,
        extract=" · ".join(extract), names=names)


def _partner_rows(read: NetworkRead) -> list[PartnerRow]:
    p, dimension = read.partners, {d.value: d for d in Dimension}
    blank = [""] * len(p["id"])  # a read without addresses (a snapshot taken before them) shows none
    return [PartnerRow(*row[:2], frozenset(dimension[d] for d in row[2]), *row[3:]) for row in zip(
        p["id"], p["name"], p["dimensions"], p["kind"], p["city"], p["country"], p["industry"], p["tags"],
        p["is_own_firm"], p["archived"], p.get("street", blank), p.get("postcode", blank))]


def _relationship_rows(read: NetworkRead) -> Sequence[RelationshipRow]:
    r = read.relationships
    return ColumnRows(RelationshipRow, r["id"], r["source_id"], r["target_id"], r["kind"], r["strength"], r["since"])


class ColumnRows(Sequence):
    """Rows of some columns of the read, each made when it is read: the read holds the values already, and
    100,000 relationships as row objects would take another 9 MiB at the export's peak (20,000 partners)."""

    def __init__(self, row: type[tuple], *columns: Sequence) -> None:
        self.row, self.columns = row, columns

    def __len__(self) -> int:
        return len(self.columns[0])

    def __getitem__(self, index):
        if isinstance(index, slice):
            return [self.row(*values) for values in zip(*(c[index] for c in self.columns))]
        return self.row(*(c[index] for c in self.columns))

    def __iter__(self) -> Iterator[tuple]:
        # tuple.__new__ makes the named tuple as its own _make does, without a Python call per row
        return map(tuple.__new__, repeat(self.row), zip(*self.columns))


def _assessment_rows(read: NetworkRead, relationships: Sequence[RelationshipRow]) -> dict[str, AssessmentRow]:
    rows = {}
    for r in relationships:
        held = read.latest.get(r.id)
        if held is not None:
            rows[r.id] = AssessmentRow(held[0], held[1], quality_index(held[1]))
    return rows


def export_board_workbook(ws: Workspace, path: Path | str, *, lang: str = "de",
                          goal_ids: Iterable[str] | None = None,
                          dimensions: Iterable[Dimension | str] | None = None,
                          recommendations: Sequence[str] = (), map_png: bytes | None = None,
                          today: date | None = None, progress: Progress | None = None,
                          read: NetworkRead | None = None, development: Comparison | None = None,
                          health_trend: Sequence[HealthPoint] = ()) -> Path:
    """Write the board workbook of the document (or an extract) to ``path``; return the path written.
    ``development``: the comparison for the sheet "Entwicklung"; ``health_trend``: the cover's health block."""
    with collector_paused():
        data = board_data(ws, lang=lang, goal_ids=goal_ids, dimensions=dimensions, recommendations=recommendations,
                          map_png=map_png, today=today, read=read)
        data = replace(data, development=development, health_trend=tuple(health_trend))
        return write_board_workbook(data, path, progress=progress)


LATEST = "latest"  # ``since``: the latest snapshot, when the document holds one
HEALTH_STATES = 4  # earlier states on the cover's health trend


def development_of(ws: Workspace, read: NetworkRead, since: str | None, today: date,
                   now_report: network_check.NetworkCheckReport | None = None) -> Comparison | None:
    """The changes since the snapshot ``since`` names (label or date; ``LATEST``: the latest, None when there is
    none; None: no sheet). An unknown ``since`` raises ``NotFoundError`` naming the labels there are."""
    if since is None or since == LATEST and not snapshots.list_snapshots(ws):
        return None
    before, label, then = compare.resolve(ws, None if since == LATEST else since, default_latest=True, today=today)
    return compare.compare_states(before, read, today, then=then, from_label=label, to_label=compare.NOW,
                                  now_report=now_report)


def health_trend_of(ws: Workspace, read: NetworkRead, today: date) -> list[HealthPoint]:
    return compare.health_points(compare.health_course(ws, today, last=HEALTH_STATES, now=read), today)


def board_contents(ws: Workspace, *, lang: str = "de", goal_ids: Iterable[str] | None = None,
                   dimensions: Iterable[Dimension | str] | None = None, map_png: bytes | None = None,
                   today: date | None = None, read: NetworkRead | None = None,
                   since: str | None = LATEST) -> BoardData:
    """What File → Export and ``netzplaner export`` put into the board workbook: the network check's
    recommendations in ``lang``, the map picture ``map_png`` (PNG bytes, None for a workbook without map), the
    sheet "Entwicklung" since the snapshot ``since`` (label or date; ``LATEST`` by default; None: no sheet) and the
    networks' health over the latest states on the cover. The check and the workbook share one read of the
    document (``read``, or the one read here). Plain data: the document may be closed before it is written."""
    read = read or read_network(ws)
    today = today or date.today()
    report = network_check.check_network(ws, today, read=read)
    development = development_of(ws, read, since, today, report)  # before writing: an unknown label writes nothing
    health_trend = tuple(health_trend_of(ws, read, today))  # before the rows: its passing memory serves them
    with collector_paused():
        data = board_data(ws, lang=lang, goal_ids=goal_ids, dimensions=dimensions,
                          recommendations=[r.text(lang) for r in report.recommendations], map_png=map_png,
                          today=today, read=read)
    return replace(data, development=development, health_trend=health_trend)


def write_board(data: BoardData, path: Path | str, progress: Progress | None = None) -> Path:
    """Write the board workbook of ``board_contents`` to ``path`` (atomically); return the path written."""
    with collector_paused():
        return write_board_workbook(data, path, progress=progress)


def export_board(ws: Workspace, path: Path | str, *, lang: str = "de", goal_ids: Iterable[str] | None = None,
                 dimensions: Iterable[Dimension | str] | None = None, map_png: bytes | None = None,
                 today: date | None = None, progress: Progress | None = None,
                 read: NetworkRead | None = None, since: str | None = LATEST) -> Path:
    """The board workbook as File → Export writes it: ``board_contents`` written to ``path``.
    ``netzplaner export`` takes the two steps itself, so that it closes the document before writing."""
    return write_board(board_contents(ws, lang=lang, goal_ids=goal_ids, dimensions=dimensions, map_png=map_png,
                                      today=today, read=read, since=since), path, progress)
