"""The tree-based GraphML/GEXF reading of session 6 (defusedxml's ElementTree, then a walk over the tree), kept
only as the reference the reading of ``io/graph_import.py`` is held to (tests/test_graph_read_equal.py)."""

from __future__ import annotations

from collections.abc import Iterable

from netzplaner.domain.errors import NetzplanerError
from netzplaner.io.graph_import import Graph, _check_count


def read_tree(data: bytes, name: str) -> Graph:
    from defusedxml.ElementTree import fromstring

    root = fromstring(data, forbid_dtd=True, forbid_entities=True, forbid_external=True)
    tag = _local(root.tag)
    if tag == "graphml":
        return _read_graphml(root, name)
    if tag == "gexf":
        return _read_gexf(root, name)
    raise ValueError("neither GraphML nor GEXF")

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

    def data_of(element, kind: str) -> dict[str, str]:
        values = dict(defaults[kind])
        for data in element:
            if _local(data.tag) == "data":
                key = data.get("key", "")
                values[names.get(key, key)] = "".join(data.itertext()).strip()
        return values

    for element in graph_element.iter():
        tag = _local(element.tag)
        if tag == "node":
            graph.nodes.append((element.get("id", ""), data_of(element, "node")))
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


