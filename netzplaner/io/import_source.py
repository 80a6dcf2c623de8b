"""What an import file is: a Netzplaner board workbook, a Kumu workbook, Gephi tables or a plain partner list.

``read_source`` reads the file once (``table_reader``), picks the table of partners (elements, nodes) and the
table of connections (edges) by their headers, recognises the partner columns and names the format:

- ``board``: a Netzplaner board workbook (goals or action plan sheet with an ID column): the round trip's job;
- ``kumu``: Kumu's layout, elements with ``Label``/``Type`` and connections with ``From``/``To``;
- ``gephi``: Gephi's spreadsheets, nodes with ``Id``/``Label`` and edges with ``Source``/``Target``;
- ``table``: any other partner list (a connection table alone is fine too);
- ``graph``: a GraphML, GEXF or GML file (``graph_import``: read safely, its nodes and edges as the two tables).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from ..domain.errors import NetzplanerError
from . import board_state, workbook_labels
from .graph_import import is_graph_file, read_graph_tables
from .partner_table import Layout, norm, recognise
from .relation_table import is_connection_table
from .table_reader import CSV_SUFFIXES, Table, read_csv, read_tables
from .workbook_reader import BOARD_SHEETS

FORMATS = ("table", "kumu", "gephi", "board", "graph")
_KUMU_SHEETS = {"elements", "connections"}


@dataclass
class ImportSource:
    path: Path
    format: str
    elements: Table | None  # the partners (None: a file of connections only)
    layout: Layout | None  # the recognised columns of ``elements``
    connections: Table | None = None
    connection_header: int = 0  # index into ``connections.rows`` of its header row
    notes: list[NetzplanerError] = field(default_factory=list)  # what reading changed: merged edges, resolved ends

    @property
    def element_rows(self) -> list[tuple[int, list[str]]]:
        if self.elements is None or self.layout is None:
            return []
        return self.elements.rows[self.layout.header_index + 1:]

    @property
    def connection_rows(self) -> list[tuple[int, list[str]]]:
        return self.connections.rows[self.connection_header + 1:] if self.connections is not None else []

    @property
    def connection_headers(self) -> list[str]:
        return self.connections.rows[self.connection_header][1] if self.connections is not None else []


def is_board_workbook(tables: list[Table]) -> bool:
    """True when the file is a Netzplaner board workbook: its export record, or a goals or action plan sheet
    (recognised even when its ID column was deleted, so a damaged board workbook is never read as a partner
    list: the round trip refuses it with a sentence)."""
    for table in tables:
        if table.name == board_state.SHEET_TITLE:
            return True
        for _, cells in table.rows[:5]:
            for required, allowed in BOARD_SHEETS.values():
                lookup = workbook_labels.header_keys(set(allowed))
                keys = {k for c in cells for k in lookup.get(c.strip().casefold(), ())}
                if required - {"id"} <= keys:
                    return True
    return False


def _connection_header(table: Table) -> int | None:
    for index, (_, cells) in enumerate(table.rows[:10]):
        if is_connection_table(cells):
            return index
    return None


def _partner_file(path: Path) -> Path | None:
    """Gephi's two CSV files: ``edges.csv`` beside ``nodes.csv`` (``x_edges.csv``/``x_nodes.csv``, any case)."""
    if path.suffix.lower() not in CSV_SUFFIXES:
        return None
    stem = path.stem
    for mine, other in (("edges", "nodes"), ("Edges", "Nodes"), ("EDGES", "NODES"), ("kanten", "knoten"),
                        ("Kanten", "Knoten")):
        if mine in stem:
            for candidate in path.parent.glob(f"{stem.replace(mine, other)}.*"):
                if candidate.suffix.lower() in CSV_SUFFIXES:
                    return candidate
    return None


def read_source(path: Path | str) -> ImportSource:
    """Read and classify an import file; one sentence for a file that holds no table at all.

    A CSV of edges (``edges.csv``) brings its nodes along when ``nodes.csv`` lies beside it, as Gephi writes them.
    """
    path = Path(path)
    if is_graph_file(path):
        graph = read_graph_tables(path)
        return ImportSource(path, "graph", graph.nodes, recognise(graph.nodes.rows), graph.edges, 0,
                            notes=[graph.summary] if graph.summary is not None else [])
    tables = read_tables(path)
    nodes = _partner_file(path)
    if nodes is not None and len(tables) == 1 and tables[0].rows and _connection_header(tables[0]) is not None:
        tables = [read_csv(nodes), *tables]
    if is_board_workbook(tables):
        return ImportSource(path, "board", None, None)
    filled = [t for t in tables if t.rows]
    if not filled:
        names = ", ".join(f"“{t.name}”" for t in tables) or "–"
        raise NetzplanerError("{name} holds no data: its sheets ({sheets}) are empty.", name=path.name, sheets=names)
    connections, connection_header = None, 0
    candidates: list[tuple[Table, Layout]] = []
    for table in filled:
        header = _connection_header(table)
        if header is not None and connections is None:
            connections, connection_header = table, header
        elif header is None:
            candidates.append((table, recognise(table.rows)))
    # the partner table: the first one with a name column, else the first one at all (the user maps it)
    named = [(t, lay) for t, lay in candidates if "name" in lay.mapping.values()]
    elements, layout = (named or candidates or [(None, None)])[0]
    headers = {norm(h) for h in (layout.headers if layout else [])}
    edge_headers = {norm(h) for h in (connections.rows[connection_header][1] if connections else [])}
    sheets = {norm(t.name) for t in tables}
    if {"source", "target"} <= edge_headers or ({"id", "label"} <= headers and not {"from", "to"} & edge_headers):
        fmt = "gephi"
    elif {"from", "to"} <= edge_headers or sheets >= _KUMU_SHEETS or (
            "label" in headers and "type" in headers and "name" not in headers):
        fmt = "kumu"
    else:
        fmt = "table"
    return ImportSource(path, fmt, elements, layout, connections, connection_header)
