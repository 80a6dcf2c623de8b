"""The network as GraphML (yEd, Gephi, Cytoscape, networkx) and GEXF 1.2 (Gephi), written as a stream.

Nodes are the partners: label, kind (code and name), networks (one true/false attribute each and the names
joined), place, industry, tags, own firm, archived and the saved map position. Edges are the relationships,
undirected: kind, strength (also as the edge weight), since and the quality index of the latest assessment
(absent when none). In GEXF the map position is ``viz:position`` and the node colour that of its first network,
so Gephi opens the map as Netzplaner drew it; GraphML carries ``x``/``y`` as node data.

Text passes ``safe_text.xml_text``/``xml_attr``: hidden characters removed (XML 1.0 cannot hold most of them),
then escaped, so any partner name makes a well-formed file.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path

from ..domain.entities import Partner, Relationship
from ..domain.enums import Dimension
from ..domain.vocabulary import label
from .exchange import CONTACT_PARTS, FURTHER_DETAILS, ExchangeData, ExtraColumns, contact_count, contact_values
from .files import atomic_write
from .safe_text import xml_attr, xml_text

# (key, GraphML/GEXF type, value of a partner)
_NODE_ATTRS: list[tuple[str, str, Callable[[Partner, ExchangeData], object]]] = [
    ("kind", "string", lambda p, d: p.kind.value),
    ("kind_label", "string", lambda p, d: label(p.kind, d.lang)),
    ("dimensions", "string", lambda p, d: ", ".join(d.dimension_labels(p))),
    ("regional", "boolean", lambda p, d: Dimension.REGIONAL in p.dimensions),
    ("thematic", "boolean", lambda p, d: Dimension.THEMATIC in p.dimensions),
    ("international", "boolean", lambda p, d: Dimension.INTERNATIONAL in p.dimensions),
    ("street", "string", lambda p, d: p.street),
    ("postcode", "string", lambda p, d: p.postcode),
    ("city", "string", lambda p, d: p.city),
    ("country", "string", lambda p, d: p.country),
    ("region", "string", lambda p, d: p.region),
    ("industry", "string", lambda p, d: p.industry),
    ("website", "string", lambda p, d: p.website),
    ("tags", "string", lambda p, d: ", ".join(p.tags)),
    ("notes", "string", lambda p, d: p.notes),
    ("own_firm", "boolean", lambda p, d: p.is_own_firm),
    ("archived", "boolean", lambda p, d: p.archived),
]


def _node_attrs(data: ExchangeData) -> list[tuple[str, str, Callable[[Partner, ExchangeData], object]]]:
    """The fixed attributes, then each contact's parts ("contact", "email", ... "contact 2", "email 2" ...) and
    each further detail under its own name (what the partner import recognises again)."""
    attrs = list(_NODE_ATTRS)
    count = contact_count(data)
    extra = ExtraColumns.of(data)
    last: dict[str, object] = {}  # the contact and detail values of the partner written last (one row each)

    def row(p: Partner) -> list[str]:
        if last.get("id") != p.id:
            last.update(id=p.id, values=[*contact_values(data, p, count), *extra.values(p)])
        return last["values"]  # type: ignore[return-value]

    for number in range(1, count + 1):
        for part, (_, _, english) in enumerate(CONTACT_PARTS):
            at = (number - 1) * len(CONTACT_PARTS) + part
            attrs.append((english.lower() + (f" {number}" if number > 1 else ""), "string",
                          lambda p, d, at=at: row(p)[at]))
    taken = {key.casefold() for key, _, _ in attrs} | {"label", "x", "y", "weight"}
    for index, name in enumerate(extra.headers):
        title = name if name.casefold() not in taken else f"{name} ({FURTHER_DETAILS[1].lower()})"
        taken.add(title.casefold())
        at = count * len(CONTACT_PARTS) + index
        attrs.append((title, "string", lambda p, d, at=at: row(p)[at]))
    return attrs


_EDGE_ATTRS: list[tuple[str, str, Callable[[Relationship, ExchangeData], object]]] = [
    ("kind", "string", lambda r, d: r.kind.value),
    ("kind_label", "string", lambda r, d: label(r.kind, d.lang)),
    ("strength", "int", lambda r, d: r.strength),
    ("quality", "double", lambda r, d: d.quality.get(r.id)),
    ("since", "string", lambda r, d: r.since.isoformat() if r.since else None),
    ("notes", "string", lambda r, d: r.notes),
]
# the networks' colours on the map (blue regional, violet thematic, teal international); grey without
# (the same as gui/map/map_style.py; own firm dark slate)
_COLOURS = {Dimension.REGIONAL: (0x1F, 0x5F, 0xA8), Dimension.THEMATIC: (0x8E, 0x3F, 0xAE),
            Dimension.INTERNATIONAL: (0x00, 0x89, 0x7B)}
_GREY, _OWN = (0xB0, 0xBE, 0xC5), (0x26, 0x32, 0x38)
_GRAPHML_TYPES = {"string": "string", "boolean": "boolean", "int": "int", "double": "double"}
_GEXF_TYPES = {"string": "string", "boolean": "boolean", "int": "integer", "double": "double"}


def _value(value: object, kind: str) -> str | None:
    """The value as text, or None to leave it out (empty text, a missing number)."""
    if value is None or value == "":
        return None
    if kind == "boolean":
        return "true" if value else "false"
    if kind == "double":
        return repr(float(value))
    return str(value)


def _chunks(lines: Iterable[str], out, size: int = 2000) -> None:
    buffer: list[str] = []
    for line in lines:
        buffer.append(line)
        if len(buffer) >= size:
            out.write("".join(buffer))
            buffer.clear()
    out.write("".join(buffer))


def _graphml_lines(data: ExchangeData) -> Iterable[str]:
    yield '<?xml version="1.0" encoding="UTF-8"?>\n'
    yield ('<graphml xmlns="http://graphml.graphdrawing.org/xmlns" '
           'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" '
           'xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns '
           'http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">\n')
    yield '  <key id="label" for="node" attr.name="label" attr.type="string"/>\n'
    node_attrs = _node_attrs(data)
    for index, (key, kind, _) in enumerate(node_attrs):
        yield (f'  <key id="n{index}" for="node" attr.name={xml_attr(key)} '
               f'attr.type="{_GRAPHML_TYPES[kind]}"/>\n')
    yield '  <key id="x" for="node" attr.name="x" attr.type="double"/>\n'
    yield '  <key id="y" for="node" attr.name="y" attr.type="double"/>\n'
    for key, kind, _ in _EDGE_ATTRS:
        yield f'  <key id="e_{key}" for="edge" attr.name="{key}" attr.type="{_GRAPHML_TYPES[kind]}"/>\n'
    yield '  <key id="weight" for="edge" attr.name="weight" attr.type="double"/>\n'
    yield f'  <graph id={xml_attr(data.title or "Netzplaner")} edgedefault="undirected">\n'
    for p in data.partners:
        parts = [f'    <node id={xml_attr(p.id)}>', f'<data key="label">{xml_text(p.name)}</data>']
        for index, (_, kind, get) in enumerate(node_attrs):
            value = _value(get(p, data), kind)
            if value is not None:
                parts.append(f'<data key="n{index}">{xml_text(value)}</data>')
        if p.pos_x is not None and p.pos_y is not None:
            parts.append(f'<data key="x">{float(p.pos_x)!r}</data><data key="y">{float(p.pos_y)!r}</data>')
        yield "".join(parts) + "</node>\n"
    for r in data.relationships:
        parts = [f'    <edge id={xml_attr(r.id)} source={xml_attr(r.source_id)} target={xml_attr(r.target_id)}>']
        for key, kind, get in _EDGE_ATTRS:
            value = _value(get(r, data), kind)
            if value is not None:
                parts.append(f'<data key="e_{key}">{xml_text(value)}</data>')
        parts.append(f'<data key="weight">{float(r.strength)!r}</data>')
        yield "".join(parts) + "</edge>\n"
    yield "  </graph>\n</graphml>\n"


def _gexf_lines(data: ExchangeData) -> Iterable[str]:
    yield '<?xml version="1.0" encoding="UTF-8"?>\n'
    yield ('<gexf xmlns="http://www.gexf.net/1.2draft" xmlns:viz="http://www.gexf.net/1.2draft/viz" '
           'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" '
           'xsi:schemaLocation="http://www.gexf.net/1.2draft http://www.gexf.net/1.2draft/gexf.xsd" '
           'version="1.2">\n')
    yield f'  <meta><creator>Netzplaner</creator><description>{xml_text(data.title)}</description></meta>\n'
    yield '  <graph mode="static" defaultedgetype="undirected">\n'
    yield '    <attributes class="node">\n'
    node_attrs = _node_attrs(data)
    for index, (key, kind, _) in enumerate(node_attrs):
        yield f'      <attribute id="{index}" title={xml_attr(key)} type="{_GEXF_TYPES[kind]}"/>\n'
    yield '    </attributes>\n    <attributes class="edge">\n'
    for index, (key, kind, _) in enumerate(_EDGE_ATTRS):
        yield f'      <attribute id="{index}" title="{key}" type="{_GEXF_TYPES[kind]}"/>\n'
    yield '    </attributes>\n    <nodes>\n'
    for p in data.partners:
        values = []
        for index, (_, kind, get) in enumerate(node_attrs):
            value = _value(get(p, data), kind)
            if value is not None:
                values.append(f'<attvalue for="{index}" value={xml_attr(value)}/>')
        first = next((d for d in Dimension if d in p.dimensions), None)
        red, green, blue = _OWN if p.is_own_firm else _COLOURS[first] if first else _GREY
        viz = f'<viz:color r="{red}" g="{green}" b="{blue}"/><viz:size value="{12.0 if p.is_own_firm else 6.0}"/>'
        if p.pos_x is not None and p.pos_y is not None:
            viz += f'<viz:position x="{float(p.pos_x)!r}" y="{float(p.pos_y)!r}" z="0.0"/>'
        yield (f'      <node id={xml_attr(p.id)} label={xml_attr(p.name)}><attvalues>{"".join(values)}</attvalues>'
               f'{viz}</node>\n')
    yield '    </nodes>\n    <edges>\n'
    for r in data.relationships:
        values = []
        for index, (_, kind, get) in enumerate(_EDGE_ATTRS):
            value = _value(get(r, data), kind)
            if value is not None:
                values.append(f'<attvalue for="{index}" value={xml_attr(value)}/>')
        yield (f'      <edge id={xml_attr(r.id)} source={xml_attr(r.source_id)} target={xml_attr(r.target_id)} '
               f'label={xml_attr(label(r.kind, data.lang))} weight="{float(r.strength)!r}">'
               f'<attvalues>{"".join(values)}</attvalues></edge>\n')
    yield '    </edges>\n  </graph>\n</gexf>\n'


def write_graphml(data: ExchangeData, path: Path | str) -> Path:
    path = Path(path)
    with atomic_write(path, "w", encoding="utf-8", newline="\n") as out:
        _chunks(_graphml_lines(data), out)
    return path


def write_gexf(data: ExchangeData, path: Path | str) -> Path:
    path = Path(path)
    with atomic_write(path, "w", encoding="utf-8", newline="\n") as out:
        _chunks(_gexf_lines(data), out)
    return path
