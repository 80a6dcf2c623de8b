"""Graph files in: GraphML (yEd, Gephi, Cytoscape, networkx, Netzplaner), GEXF (Gephi) and GML, read safely.

Safety first, before any parser sees the file: a regular file (``limits.open_input``) of at most
``MAX_GRAPH_BYTES``; an XML file with a document type declaration (the door to entity expansion: "billion
laughs", external entities) is refused with one sentence; the XML is scanned in chunks against the limits of
``xml_scan`` (text and comment lengths, element counts); expat with defusedxml's guards reads the prolog (a
document type, an entity declaration or an external reference refused a second time), and only then is the file
parsed. GML is read by a small tokenizer of our own (no ``eval``, nesting at most ``MAX_GML_DEPTH``). Nodes and
edges are limited to the partner list's ``MAX_ROWS`` each.

The graph becomes the two tables every other import reads (``import_source.ImportSource``): the nodes with their
attributes as columns (``Id``, ``Label``, then each attribute under its own name, so ``kind``, ``city``,
``country`` ... are recognised as fields like any column header) and the edges (``Source``, ``Target``,
``Weight`` from the weight or strength attribute, then the other edge attributes). Netzplaner's relationships are
undirected and one per pair and kind, so directed edges, repeated edges and self-loops are merged or refused here,
and ``summary`` says so in one sentence.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from ..domain.errors import NetzplanerError
from .files import check_import_size
from .limits import CHUNK, Deadline, open_input
from .table_reader import MAX_ROWS, Table
from .xml_scan import PartScan, XmlBudget

GRAPH_SUFFIXES = (".graphml", ".gexf", ".gml")
MAX_GRAPH_BYTES = 50 * 2**20  # Netzplaner's GraphML of 20,000 partners and 100,000 ties: about 40 MB
MAX_GML_DEPTH = 10  # graph [ node [ graphics [ ... ] ] ]: real files nest three or four deep
_DOCTYPE = re.compile(rb"<!\s*(DOCTYPE|ENTITY)", re.IGNORECASE)
_WEIGHT_NAMES = ("weight", "strength", "gewicht", "stärke")


@dataclass
class Graph:
    """A graph file as read: nodes (id, attributes) and edges (source, target, attributes), in file order."""

    name: str
    directed: bool = False
    nodes: list[tuple[str, dict[str, str]]] = field(default_factory=list)
    edges: list[tuple[str, str, dict[str, str]]] = field(default_factory=list)


@dataclass
class GraphTables:
    nodes: Table
    edges: Table
    summary: NetzplanerError | None  # what was merged or refused; None when every edge became a tie as it is


def is_graph_file(path: Path) -> bool:
    return path.suffix.lower() in GRAPH_SUFFIXES


def read_graph_tables(path: Path | str) -> GraphTables:
    """The graph file at ``path`` as a node table and an edge table; one sentence for a bad or hostile file."""
    path = Path(path)
    graph = read_graph(path)
    return to_tables(graph)


def read_graph(path: Path) -> Graph:
    name = path.name
    with open_input(path) as f:
        size = check_import_size(path, MAX_GRAPH_BYTES)
        data = f.read(MAX_GRAPH_BYTES + 1)
    if len(data) > MAX_GRAPH_BYTES:  # grew while it was read
        raise NetzplanerError("{name} is larger than {limit} MB, more than a network's graph file holds; it is "
                              "refused.", name=name, limit=MAX_GRAPH_BYTES // 2**20)
    deadline = Deadline(name, size / 2**20)
    suffix = path.suffix.lower()
    if suffix == ".gml":
        return _read_gml(data, name, deadline)
    root = _parse_xml(data, name, deadline)
    tag = _local(root.tag)
    if tag == "graphml":
        return _read_graphml(root, name)
    if tag == "gexf":
        return _read_gexf(root, name)
    raise NetzplanerError("{name} is XML but neither GraphML nor GEXF; it cannot be imported.", name=name)


# -- XML: refuse, scan, then parse ----------------------------------------------------------------------------

def _parse_xml(data: bytes, name: str, deadline: Deadline):
    """The element tree of ``data``, parsed by ElementTree's C parser once nothing can declare an entity.

    defusedxml's ElementTree (the Python parser with the guards) took 1.3 s for Netzplaner's own GraphML of
    10,000 partners, the C parser 0.5 s. Its guards are kept on the one part of a file where they act: a document
    type declaration (and with it every entity declaration and external reference) can only come before the root
    element, so a guarded expat reads the prolog, in whatever encoding, and stops at the root."""
    from xml.etree.ElementTree import ParseError, fromstring

    if _DOCTYPE.search(data):
        raise _doctype_refused(name)
    budget = XmlBudget(name, deadline)
    part = PartScan(budget, None)
    for start in range(0, len(data), CHUNK):
        part.feed(data[start:start + CHUNK])
    part.finish()
    _refuse_declarations(data, name)
    try:
        return fromstring(data)
    except (ParseError, ValueError) as exc:
        raise NetzplanerError("{name} is not well-formed XML ({reason}); it cannot be imported.", name=name,
                              reason=str(exc).split(":")[0])


class _RootReached(Exception):
    pass


def _refuse_declarations(data: bytes, name: str) -> None:
    """Refuse a document type declaration, an entity declaration or an external entity reference before the root
    element (defusedxml's guards, on expat); a file that is not well-formed there is left to the parse's
    sentence."""
    from xml.parsers import expat

    def refuse(*_args: object) -> None:
        raise _doctype_refused(name)

    def root(*_args: object) -> None:
        raise _RootReached

    parser = expat.ParserCreate(namespace_separator="}")
    parser.StartDoctypeDeclHandler = refuse
    parser.EntityDeclHandler = refuse
    parser.UnparsedEntityDeclHandler = refuse
    parser.ExternalEntityRefHandler = refuse
    parser.StartElementHandler = root
    try:
        for start in range(0, len(data), 4096):  # the prolog is short: the root comes in the first chunk or two
            parser.Parse(data[start:start + 4096], False)
        parser.Parse(b"", True)
    except (_RootReached, expat.ExpatError):
        pass


def _doctype_refused(name: str) -> NetzplanerError:
    return NetzplanerError("{name} contains an XML document type declaration (entities), which graph files do "
                           "not need and which can make a file expand without end; it is refused.", name=name)


def _local(tag: object) -> str:
    return tag.rsplit("}", 1)[-1] if isinstance(tag, str) else ""


def _children(element, tag: str) -> Iterable:
    return (child for child in element if _local(child.tag) == tag)


def _find(element, *path: str):
    for tag in path:
        element = next(iter(_children(element, tag)), None)
        if element is None:
            return None
    return element


def _check_count(graph: Graph, name: str) -> None:
    if len(graph.nodes) > MAX_ROWS or len(graph.edges) > MAX_ROWS:
        raise NetzplanerError("{name} holds more than {limit} nodes or edges, more than a network of partners "
                              "can sensibly hold; it is refused.", name=name, limit=f"{MAX_ROWS:,}")


def _read_graphml(root, name: str) -> Graph:
    keys: dict[str, tuple[str, str, str]] = {}  # id -> (for, name, default)
    for key in _children(root, "key"):
        default = _find(key, "default")
        keys[key.get("id", "")] = (key.get("for", "all"), key.get("attr.name") or key.get("id", ""),
                                   (default.text or "").strip() if default is not None else "")
    graph_element = _find(root, "graph")
    if graph_element is None:
        raise NetzplanerError("{name} holds no graph.", name=name)
    graph = Graph(name, graph_element.get("edgedefault", "directed") == "directed")

    defaults = {kind: {n: d for target, n, d in keys.values() if target in (kind, "all") and d}
                for kind in ("node", "edge")}
    names = {k: n for k, (_, n, _) in keys.items()}

    local: dict[object, str] = {}  # tag -> local name: a few tags, 500,000 elements

    def local_of(tag: object) -> str:
        found = local.get(tag)
        if found is None:
            found = local[tag] = _local(tag)
        return found

    def data_of(element, kind: str) -> dict[str, str]:
        values = dict(defaults[kind])
        for data in element:
            if local_of(data.tag) == "data":
                key = data.get("key", "")
                text = data.text if len(data) == 0 else "".join(data.itertext())
                values[names.get(key, key)] = (text or "").strip()
        return values

    for element in graph_element.iter():
        tag = local_of(element.tag)
        if tag == "node":
            graph.nodes.append((element.get("id", ""), data_of(element, "node")))
            _check_count(graph, name)
        elif tag == "edge":
            attrs = data_of(element, "edge")
            if element.get("directed") is not None:
                attrs["\0directed"] = element.get("directed", "")
            graph.edges.append((element.get("source", ""), element.get("target", ""), attrs))
            _check_count(graph, name)
    graph.directed = graph.directed or any(a.get("\0directed") == "true" for _, _, a in graph.edges)
    return graph


def _read_gexf(root, name: str) -> Graph:
    graph_element = _find(root, "graph")
    if graph_element is None:
        raise NetzplanerError("{name} holds no graph.", name=name)
    graph = Graph(name, graph_element.get("defaultedgetype", "undirected") == "directed")
    titles: dict[tuple[str, str], str] = {}
    defaults: dict[str, dict[str, str]] = {"node": {}, "edge": {}}
    for attributes in _children(graph_element, "attributes"):
        cls = attributes.get("class", "node")
        for attribute in _children(attributes, "attribute"):
            title = attribute.get("title") or attribute.get("id", "")
            titles[(cls, attribute.get("id", ""))] = title
            default = _find(attribute, "default")
            if default is not None and (default.text or "").strip():
                defaults.setdefault(cls, {})[title] = default.text.strip()

    def values_of(element, cls: str) -> dict[str, str]:
        values = dict(defaults.get(cls, {}))
        for holder in _children(element, "attvalues"):
            for value in _children(holder, "attvalue"):
                key = value.get("for") or value.get("id", "")
                values[titles.get((cls, key), key)] = value.get("value", "")
        return values

    for nodes in _children(graph_element, "nodes"):
        for node in _children(nodes, "node"):
            values = values_of(node, "node")
            if node.get("label"):
                values.setdefault("label", node.get("label"))
            graph.nodes.append((node.get("id", ""), values))
            _check_count(graph, name)
    for edges in _children(graph_element, "edges"):
        for edge in _children(edges, "edge"):
            values = values_of(edge, "edge")
            for attribute in ("weight", "label", "kind"):
                if edge.get(attribute):
                    values.setdefault(attribute, edge.get(attribute))
            if edge.get("type"):
                values["\0directed"] = "true" if edge.get("type") == "directed" else "false"
            graph.edges.append((edge.get("source", ""), edge.get("target", ""), values))
            _check_count(graph, name)
    graph.directed = graph.directed or any(a.get("\0directed") == "true" for _, _, a in graph.edges)
    return graph


# -- GML: a tokenizer of our own ----------------------------------------------------------------------------

_GML_TOKEN = re.compile(r'\s*(?:(\[)|(\])|"([^"]*)"|([A-Za-z_][A-Za-z0-9_]*)|([-+]?[0-9.][0-9.eE+-]*)|(#[^\n]*))',
                        re.ASCII)


def _gml_tokens(text: str, name: str, deadline: Deadline) -> Iterable[tuple[str, str]]:
    pos, size = 0, len(text)
    while pos < size:
        match = _GML_TOKEN.match(text, pos)
        if match is None or match.end() == pos:
            if text[pos:].strip() == "":
                return
            raise NetzplanerError("{name} is not a readable GML file (unexpected text at character {pos}).",
                                  name=name, pos=f"{pos:,}")
        pos = match.end()
        if not pos % 4096:
            deadline.check()
        opening, closing, string, key, number, comment = match.groups()
        if comment is not None:
            continue
        if opening:
            yield "[", ""
        elif closing:
            yield "]", ""
        elif string is not None:
            yield "value", string
        elif key is not None:
            yield "key", key
        elif number is not None:
            yield "value", number


def _read_gml(data: bytes, name: str, deadline: Deadline) -> Graph:
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        text = data.decode("latin-1")  # GML's standard text is ISO 8859-1
    # a list is [(key, value or list)]; nesting is bounded, so a file of a million "[" cannot exhaust the stack
    stack: list[list] = [[]]
    pending: str | None = None
    for kind, value in _gml_tokens(text, name, deadline):
        if kind == "key":
            if pending is not None:
                raise NetzplanerError("{name} is not a readable GML file (the key “{key}” has no value).",
                                      name=name, key=pending)
            pending = value
        elif kind == "value":
            if pending is None:
                raise NetzplanerError("{name} is not a readable GML file (a value without a key).", name=name)
            stack[-1].append((pending, value))
            pending = None
        elif kind == "[":
            if pending is None or len(stack) > MAX_GML_DEPTH:
                raise NetzplanerError("{name} is not a readable GML file (lists nested too deep or without a "
                                      "key).", name=name)
            inner: list = []
            stack[-1].append((pending, inner))
            stack.append(inner)
            pending = None
        else:
            if pending is not None:
                raise NetzplanerError("{name} is not a readable GML file (the key “{key}” has no value).",
                                      name=name, key=pending)
            if len(stack) == 1:
                raise NetzplanerError("{name} is not a readable GML file (a “]” too many).", name=name)
            stack.pop()
    if len(stack) != 1 or pending is not None:
        raise NetzplanerError("{name} is not a readable GML file (it ends inside a list).", name=name)
    body = next((v for k, v in stack[0] if k == "graph" and isinstance(v, list)), None)
    if body is None:
        raise NetzplanerError("{name} holds no graph.", name=name)
    graph = Graph(name, any(k == "directed" and v == "1" for k, v in body))
    for key, value in body:
        if not isinstance(value, list) or key not in ("node", "edge"):
            continue
        attrs = {k: v for k, v in value if isinstance(v, str)}
        if key == "node":
            node_id = attrs.pop("id", "")
            graph.nodes.append((node_id, attrs))
        else:
            graph.edges.append((attrs.pop("source", ""), attrs.pop("target", ""), attrs))
        _check_count(graph, name)
    return graph


# -- the two tables and the summary -----------------------------------------------------------------------

def to_tables(graph: Graph) -> GraphTables:
    """Nodes and edges as tables (row numbers: the node's or edge's place in the file), edges merged."""
    node_names: list[str] = []
    for _, attrs in graph.nodes:
        node_names += [k for k in attrs if k not in node_names and k not in ("id", "label", "name")]
    has_label = any(a.get("label") or a.get("name") for _, a in graph.nodes)
    node_rows = [(1, ["Id", "Label", *node_names])]
    for number, (node_id, attrs) in enumerate(graph.nodes, 2):
        title = attrs.get("label") or attrs.get("name") or node_id
        node_rows.append((number, [node_id, title if has_label else node_id, *(attrs.get(k, "") for k in node_names)]))
    edges, counts = _merge_edges(graph)
    edge_names: list[str] = []
    for _, _, attrs in edges:
        edge_names += [k for k in attrs if k not in edge_names and k.casefold() not in _WEIGHT_NAMES
                       and not k.startswith("\0") and k not in ("id", "key", "networkx_key")]
    edge_rows = [(1, ["Source", "Target", "Weight", *edge_names])]
    for number, source, target, attrs in ((n, s, t, a) for n, (s, t, a) in enumerate(edges, 2)):
        weight = next((attrs[k] for k in attrs if k.casefold() in _WEIGHT_NAMES), "")
        edge_rows.append((number, [source, target, weight, *(attrs.get(k, "") for k in edge_names)]))
    return GraphTables(Table(f"{graph.name} (nodes)", node_rows), Table(f"{graph.name} (edges)", edge_rows),
                       _summary(graph, counts))


def _weight(attrs: dict[str, str]) -> float:
    text = next((attrs[k] for k in attrs if k.casefold() in _WEIGHT_NAMES), "")
    try:
        return float(text.replace(",", "."))
    except ValueError:
        return float("-inf")


def _merge_edges(graph: Graph) -> tuple[list[tuple[str, str, dict[str, str]]], dict[str, int]]:
    """One edge per pair of nodes and kind: self-loops refused, the opposite direction and repeats merged into
    the first (the largest weight kept)."""
    counts = {"self": 0, "repeated": 0, "reverse": 0}
    first: dict[tuple[frozenset[str], str], tuple[str, str, dict[str, str]]] = {}
    for source, target, attrs in graph.edges:
        if source and source == target:
            counts["self"] += 1
            continue
        kind = attrs.get("kind") or attrs.get("type") or attrs.get("label") or ""
        key = (frozenset((source, target)), kind)
        earlier = first.get(key)
        if earlier is None:
            first[key] = (source, target, dict(attrs))
            continue
        counts["reverse" if (earlier[0], earlier[1]) == (target, source) else "repeated"] += 1
        if _weight(attrs) > _weight(earlier[2]):
            for k in list(earlier[2]):
                if k.casefold() in _WEIGHT_NAMES:
                    earlier[2][k] = attrs.get(k, earlier[2][k])
            for k in attrs:
                if k.casefold() in _WEIGHT_NAMES:
                    earlier[2][k] = attrs[k]
    return list(first.values()), counts


def _summary(graph: Graph, counts: dict[str, int]) -> NetzplanerError | None:
    if not (graph.directed or any(counts.values())):
        return None
    repeated = counts["repeated"] + (0 if graph.directed else counts["reverse"])
    params = dict(name=graph.name, edges=len(graph.edges), reverse=counts["reverse"], repeated=repeated,
                  loops=counts["self"],
                  ties=len(graph.edges) - counts["reverse"] - counts["repeated"] - counts["self"])
    if graph.directed:
        return NetzplanerError("{name}: {edges} directed edges read; {reverse} in the opposite direction of another "
                               "and {repeated} repeated edges merged into the tie they repeat (the largest weight "
                               "kept), {loops} self-loops refused: {ties} ties.", **params)
    return NetzplanerError("{name}: {edges} edges read; {repeated} repeated edges merged into the tie they repeat "
                           "(the largest weight kept), {loops} self-loops refused: {ties} ties.", **params)
