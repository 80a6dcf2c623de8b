"""Connection tables (Kumu's From/To, Gephi's Source/Target, German Von/Nach): rows as relationship fields.

The kind of relationship comes from the Type (Kumu), Label or Kind column when its words fit one of ours
(``Lieferung`` -> supply, ``Mitglied`` -> membership, ...), else cooperation with the original word kept in the
notes. Gephi's ``Type`` column says directed/undirected, not a kind: it is passed over. Weights become strengths
1-5: kept when they already are 1-5, otherwise scaled from the column's smallest to its largest value.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass, field

from ..domain.enums import RelationshipKind
from ..domain.errors import NetzplanerError
from ..domain.vocabulary import from_label
from .partner_table import norm

_HEADERS: dict[str, tuple[str, ...]] = {
    "source": ("From", "Source", "Von", "Quelle", "Partner A", "Ausgangspartner", "Partner 1"),
    "target": ("To", "Target", "Nach", "Zielpartner", "Partner B", "Partner 2"),
    "kind": ("Type", "Typ", "Art", "Kind", "Art der Beziehung", "Kind of relationship", "Beziehungsart",
             "Beziehung", "Relationship", "Relation", "Kategorie", "Category", "Label"),
    "strength": ("Weight", "Gewicht", "Strength", "Stärke", "Stärke (1–5)", "Strength (1–5)", "Gewichtung"),
    "notes": ("Description", "Beschreibung", "Notes", "Notizen", "Bemerkungen", "Kommentar", "Comment"),
}
_LOOKUP = {norm(w): k for k, words in _HEADERS.items() for w in words}
_KIND_ORDER = [norm(w) for w in _HEADERS["kind"]]  # Type before Label: Kumu's Type names the kind
_DIRECTIONS = {"directed", "undirected", "mutual", "gerichtet", "ungerichtet"}
_KIND_FRAGMENTS: tuple[tuple[str, RelationshipKind], ...] = (
    ("forschung", RelationshipKind.RESEARCH_PROJECT), ("research", RelationshipKind.RESEARCH_PROJECT),
    ("mitglied", RelationshipKind.MEMBERSHIP), ("member", RelationshipKind.MEMBERSHIP),
    ("liefer", RelationshipKind.SUPPLY), ("supply", RelationshipKind.SUPPLY), ("supplier", RelationshipKind.SUPPLY),
    ("einkauf", RelationshipKind.SUPPLY), ("beschaffung", RelationshipKind.SUPPLY),
    ("purchas", RelationshipKind.SUPPLY), ("vertrieb", RelationshipKind.SALES), ("sales", RelationshipKind.SALES),
    ("verkauf", RelationshipKind.SALES), ("kunde", RelationshipKind.SALES), ("customer", RelationshipKind.SALES),
    ("distribut", RelationshipKind.SALES), ("wissen", RelationshipKind.KNOWLEDGE_EXCHANGE),
    ("knowledge", RelationshipKind.KNOWLEDGE_EXCHANGE), ("erfahrungsaustausch", RelationshipKind.KNOWLEDGE_EXCHANGE),
    ("infrastru", RelationshipKind.SHARED_INFRASTRUCTURE), ("fachkraft", RelationshipKind.SKILLED_WORKERS),
    ("fachkrafte", RelationshipKind.SKILLED_WORKERS), ("ausbildung", RelationshipKind.SKILLED_WORKERS),
    ("training", RelationshipKind.SKILLED_WORKERS), ("skilled", RelationshipKind.SKILLED_WORKERS),
    ("praktik", RelationshipKind.SKILLED_WORKERS), ("azubi", RelationshipKind.SKILLED_WORKERS),
    ("kooperation", RelationshipKind.COOPERATION), ("cooperation", RelationshipKind.COOPERATION),
    ("zusammenarbeit", RelationshipKind.COOPERATION), ("partnerschaft", RelationshipKind.COOPERATION),
    ("collaborat", RelationshipKind.COOPERATION), ("allian", RelationshipKind.COOPERATION),
)


def is_connection_table(headers: Sequence[str]) -> bool:
    keys = {_LOOKUP.get(norm(h)) for h in headers}
    return {"source", "target"} <= keys


def relationship_kind(text: str) -> RelationshipKind | None:
    """Our kind for a word ("Lieferbeziehung", "Mitglied", "research"), else None."""
    if not text.strip():
        return None
    member = from_label(RelationshipKind, text)
    if member is not None:
        return member  # type: ignore[return-value]
    key = norm(text)
    return next((kind for fragment, kind in _KIND_FRAGMENTS if fragment in key), None)


def _number(text: str) -> float | None:
    try:
        value = float(text.replace(",", ".")) if text.strip() else None
    except ValueError:
        return None
    return value if value is not None and math.isfinite(value) else None


def strengths(weights: Sequence[float | None]) -> list[int | None]:
    """Weights as strengths 1-5: kept when all are 1-5, else scaled from smallest (1) to largest (5)."""
    known = [w for w in weights if w is not None]
    if not known:
        return [None] * len(weights)
    low, high = min(known), max(known)
    if low >= 1 and high <= 5:
        return [None if w is None else math.floor(w + 0.5) for w in weights]
    if high == low:
        return [None if w is None else 3 for w in weights]
    return [None if w is None else 1 + math.floor((w - low) / (high - low) * 4 + 0.5) for w in weights]


@dataclass
class EdgeRow:
    number: int
    source: str
    target: str
    kind: RelationshipKind
    strength: int | None  # None: the default strength
    notes: str = ""
    messages: list[NetzplanerError] = field(default_factory=list)


def _columns(headers: Sequence[str], rows: Sequence[tuple[int, list[str]]]) -> dict[str, int]:
    columns: dict[str, int] = {}
    kind_candidates: list[tuple[int, int]] = []
    for index, header in enumerate(headers):
        key = _LOOKUP.get(norm(header))
        if key == "kind":
            kind_candidates.append((_KIND_ORDER.index(norm(header)), index))
        elif key is not None:
            columns.setdefault(key, index)
    for _, index in sorted(kind_candidates):
        values = {norm(cells[index]) for _, cells in rows if index < len(cells) and cells[index].strip()}
        if values and values <= _DIRECTIONS:
            continue  # Gephi's Type: directed or undirected
        columns["kind"] = index
        break
    return columns


def parse_edges(headers: Sequence[str], rows: Sequence[tuple[int, list[str]]]) -> list[EdgeRow]:
    """The connections of a table below its header row, with strengths scaled over the whole column.

    Column by column (each cell read once) and each kind word looked up once: 50,000 edges name a handful of
    kinds."""
    columns = _columns(headers, rows)

    def column(key: str) -> list[str]:
        index = columns.get(key)
        if index is None:
            return [""] * len(rows)
        return [" ".join(cells[index].split()) if index < len(cells) else "" for _, cells in rows]

    sources, targets, kinds, weight_texts = column("source"), column("target"), column("kind"), column("strength")
    weights = [_number(text) for text in weight_texts]
    notes_at = columns.get("notes")
    kind_of: dict[str, RelationshipKind | None] = {}
    edges = []
    for (number, cells), source, target, raw_kind, weight_text, weight, strength in zip(
            rows, sources, targets, kinds, weight_texts, weights, strengths(weights)):
        kind = kind_of[raw_kind] if raw_kind in kind_of else kind_of.setdefault(raw_kind, relationship_kind(raw_kind))
        notes = cells[notes_at].strip() if notes_at is not None and notes_at < len(cells) else ""
        edge = EdgeRow(number, source, target, kind or RelationshipKind.COOPERATION, strength, notes)
        if raw_kind and kind is None:
            edge.notes = f"{raw_kind}\n{notes}".strip()
            edge.messages.append(NetzplanerError("Kind “{value}” is not known: imported as Cooperation, the word "
                                                 "kept in the notes.", value=raw_kind))
        if weight_text and weight is None:
            edge.messages.append(NetzplanerError("Weight “{value}” is not a number; the default strength is used.",
                                                 value=weight_text))
        edges.append(edge)
    return edges


# columns of Netzplaner's own exports a connection does not take back: worked out again, or fixed
_NOT_IMPORTED = {norm(w) for w in ("Direction", "Richtung", "Qualitätsindex", "Quality index", "ID", "Id")}


def unmapped_columns(headers: Sequence[str], rows: Sequence[tuple[int, list[str]]]) -> tuple[list[int], list[int]]:
    """The columns that feed no field and hold a value: (kept in the notes as "Header: value", not imported)."""
    used = set(_columns(headers, rows).values())
    filled = {i for _, cells in rows for i, cell in enumerate(cells) if cell.strip()}
    free = [i for i in sorted(filled) if i not in used]
    ignored = [i for i in free if i < len(headers) and norm(headers[i]) in _NOT_IMPORTED]
    return [i for i in free if i not in ignored], ignored


def resolve_ends(edges: Sequence[EdgeRow], partners: Sequence[tuple[int, str]], by_id: bool,
                 ) -> NetzplanerError | None:
    """Connections whose ends are the partner table's row numbers, rewritten to the partners' names.

    ``partners``: (row number in the file, name) of each row of the partner table, in order. Ends that are all
    whole numbers, none of them a partner's name, are read as positions counted from 0 when a 0 occurs, else from
    1, else as the file's row numbers, whichever holds them all; ``None`` when they are names (nothing changed).
    The sentence returned says how the ends were read, for the preview.
    """
    if by_id:
        return NetzplanerError("The connections name their partners by the Id column.") if edges else None
    ends = [end for edge in edges for end in (edge.source, edge.target) if end]
    known = {name.casefold() for _, name in partners}
    if not ends or not partners or not all(end.isdigit() for end in ends) or known & {e.casefold() for e in ends}:
        return None
    values = {int(end) for end in ends}
    names = [name for _, name in partners]
    first, row = names[0], partners[0][0]
    if min(values) == 0 and max(values) < len(names):
        lookup = dict(enumerate(names))
        said = NetzplanerError("The connections' ends are numbers: read as the partner list's rows counted from 0 "
                               "(0 = “{first}”).", first=first)
    elif max(values) <= len(names):
        lookup = dict(enumerate(names, 1))
        said = NetzplanerError("The connections' ends are numbers: read as the partner list's rows counted from 1 "
                               "(1 = “{first}”).", first=first)
    elif values <= {number for number, _ in partners}:
        lookup = {number: name for number, name in partners}
        said = NetzplanerError("The connections' ends are numbers: read as the row numbers of the partner list in "
                               "the file (row {row} = “{first}”).", first=first, row=row)
    else:
        return None
    for edge in edges:
        edge.source = lookup.get(int(edge.source), edge.source) if edge.source else ""
        edge.target = lookup.get(int(edge.target), edge.target) if edge.target else ""
    return said
