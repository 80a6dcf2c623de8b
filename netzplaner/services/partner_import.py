"""Import of partner lists, Kumu workbooks and Gephi tables: plan first (row-by-row report), then apply as one step.

``plan_import`` reads the file, recognises its columns (or takes the caller's ``mapping``: column index -> field),
merges duplicates by name (case-insensitive) within the file and against the document -- empty fields are filled,
tags and networks added, nothing is doubled -- and reports every row as added, updated or skipped (with the
reason), before anything is written. ``report.command`` is ONE Macro: applied in one transaction, undone in one
step. ``apply_import`` executes it; the GUI pushes it through its controller instead.

The plan itself reads nothing from the document: ``snapshot(ws)`` takes what it needs first, so the GUI can plan
a large file on its worker thread (``plan_source``).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from ..domain.entities import Partner
from ..domain.enums import PartnerKind
from ..domain.errors import NetzplanerError, ValidationError
from ..domain.ids import new_id
from ..domain.text import has_hidden, one_line
from ..domain.validation import (
    PARTNER_FIELDS,
    clean_contact,
    clean_partner,
    clean_relationship,
)
from ..domain.vocabulary import label
from ..io.import_source import ImportSource, read_source
from ..domain.extra_fields import format_extra, merge_extra
from ..io.partner_table import EXTRA, PartnerRow, override, parse_row
from ..io.relation_table import EdgeRow, parse_edges, resolve_ends, unmapped_columns
from ..store.protocol import UnitOfWork
from . import network_proposal, queries
from .commands import Command, Macro, UpdateEntity
from .memory import collector_paused
from .snapshots import snapshot_before

from .duplicates import Candidate
from .import_duplicates import merge_targets
from .workspace import Workspace

ADDED, UPDATED, SKIPPED = "added", "updated", "skipped"
DEFAULT_STRENGTH = 3
_FILLABLE = ("street", "postcode", "city", "country", "region", "industry", "website", "notes", "extra")


@dataclass(frozen=True)
class Snapshot:
    """What the plan needs to know about the document."""

    partners: dict[str, Partner]  # name key (case-folded) -> partner
    contacts: dict[str, set[str]]  # partner id -> case-folded contact names
    relationships: frozenset[tuple[frozenset[str], str]]  # ({a, b}, kind)
    home_country: str


def snapshot(ws: Workspace) -> Snapshot:
    all_partners = queries.list_partners(ws)
    with ws.reading() as uow:
        contacts: dict[str, set[str]] = {}
        for partner_id, name in uow.rows("contact", ("partner_id", "name")):
            contacts.setdefault(partner_id, set()).add(name.casefold())
        ties = frozenset((frozenset((a, b)), str(kind)) for a, b, kind in
                         uow.rows("relationship", ("source_id", "target_id", "kind")))
    own = next((p for p in all_partners if p.is_own_firm), None)
    return Snapshot({p.name.casefold(): p for p in all_partners}, contacts, ties, own.country if own else "")


class ImportRows(Command):
    """New partners (with networks and tags), contacts and relationships inserted in bulk, in one transaction.

    10,000 rows one ``CreateEntity`` each took 6 s to apply and 20 s to undo (a delete collects what hangs on
    every row); in bulk both take well under a second. Undo deletes exactly the rows it inserted.
    """

    def __init__(self, partner_rows: list[dict[str, Any]], contact_rows: list[dict[str, Any]],
                 relationship_rows: list[dict[str, Any]], template: str, **params: Any) -> None:
        super().__init__(template, **params)
        self.partners, self.contacts, self.relationships = partner_rows, contact_rows, relationship_rows

    @property
    def entities(self) -> frozenset[str]:
        return frozenset(name for name, rows in (("partner", self.partners), ("contact", self.contacts),
                                                 ("relationship", self.relationships)) if rows)

    def apply(self, uow: UnitOfWork) -> None:
        keys = [p["name"].casefold() for p in self.partners]
        clash = uow.first_value("partner", "name", name_key=keys)
        if clash is not None:
            raise ValidationError("name", "There is already a partner called “{name}”.", name=clash)
        uow.insert_many("partner", ({**p, "name_key": p["name"].casefold()} for p in self.partners))
        uow.insert_many("contact", self.contacts)
        uow.insert_many("relationship", self.relationships)

    def revert(self, uow: UnitOfWork) -> None:
        uow.delete_many("relationship", [r["id"] for r in self.relationships])
        uow.delete_many("contact", [c["id"] for c in self.contacts])
        uow.delete_many("partner", [p["id"] for p in self.partners])


def _name_key(name: str) -> str:
    """How a name is matched: as the validation stores it (hidden characters gone), case-insensitive."""
    return one_line(name).strip().casefold()


def _hidden_notes(row: PartnerRow) -> list[NetzplanerError]:
    """A note for each field of the row that holds control characters or bidi controls (the validation drops them)."""
    notes = []
    for key, value in {"name": row.name, **row.fields}.items():
        texts = [value] if isinstance(value, str) else value if isinstance(value, (list, tuple)) else []
        if any(isinstance(t, str) and has_hidden(t) for t in texts):
            label = PARTNER_FIELDS[key].label if key in PARTNER_FIELDS else key
            notes.append(NetzplanerError("Control characters removed from {label}.", label=label))
    if row.contact and any(has_hidden(v) for v in row.contact.values()):
        notes.append(NetzplanerError("Control characters removed from the contact."))
    return notes


@dataclass(frozen=True)
class RowResult:
    """What happens to one row: added, updated (with the fields it fills) or skipped (with the reason)."""

    sheet: str
    row: int
    entity: str  # "partner" or "relationship"
    name: str  # the partner's name, or "A – B"
    status: str
    fields: tuple[str, ...] = ()
    reason: NetzplanerError | None = None
    notes: tuple[NetzplanerError, ...] = ()

    def line(self) -> str:
        what = {ADDED: "added", UPDATED: "updated", SKIPPED: "skipped"}[self.status]
        text = f"{self.sheet}, row {self.row}: {self.entity} “{self.name}” {what}"
        if self.fields:
            text += f" ({', '.join(self.fields)})"
        if self.reason is not None:
            text += f": {self.reason}"
        return text + "".join(f" Note: {n}" for n in self.notes)


@dataclass
class PartnerImportReport:
    path: Path
    format: str
    source: ImportSource
    rows: list[RowResult] = field(default_factory=list)
    command: Command | None = None
    applied: bool = False
    kept_columns: list[str] = field(default_factory=list)  # headers kept as further details ("Name: value")
    ignored_columns: list[str] = field(default_factory=list)  # headers the import does not take
    kept_connection_columns: list[str] = field(default_factory=list)  # kept in the relationships' notes
    ignored_connection_columns: list[str] = field(default_factory=list)

    duplicates: list[Candidate] = field(default_factory=list)  # likely duplicates spelled differently (issue 15)
    merged: frozenset[int] = frozenset()  # the rows of ``duplicates`` taken as the same partner
    networks: list[network_proposal.ProposedRow] = field(default_factory=list)  # proposed for new partners

    def count(self, status: str, entity: str | None = None) -> int:
        return sum(1 for r in self.rows if r.status == status and (entity is None or r.entity == entity))

    def lines(self) -> list[str]:
        """The row-by-row report and a closing summary (English; the window shows its own words)."""
        out = [r.line() for r in self.rows]
        if self.kept_columns:
            out.append(f"Columns kept as further details: {', '.join(self.kept_columns)}.")
        if self.ignored_columns:
            out.append(f"Columns not imported: {', '.join(self.ignored_columns)}.")
        if self.kept_connection_columns:
            out.append(f"Connection columns kept in the notes: {', '.join(self.kept_connection_columns)}.")
        if self.ignored_connection_columns:
            out.append(f"Connection columns not imported: {', '.join(self.ignored_connection_columns)}.")
        out += [str(note) for note in self.source.notes]  # graph files and edge lists: what was merged, resolved
        out += [n.line() for n in self.networks]
        verb = "applied" if self.applied else "not applied (dry run)" if self.command else "nothing to apply"
        out.append(f"{self.count(ADDED, 'partner')} partner(s) added, {self.count(UPDATED, 'partner')} updated, "
                   f"{self.count(ADDED, 'relationship')} relationship(s) added, {self.count(SKIPPED)} row(s) "
                   f"skipped: {verb}.")
        return out


@dataclass
class _Pending:
    """A partner as the import will leave it: new (``values``) or existing (``changes`` against ``current``)."""

    id: str
    name: str
    first_row: int
    current: Partner | None
    values: dict[str, Any] = field(default_factory=dict)
    changes: dict[str, Any] = field(default_factory=dict)
    contacts: list[dict[str, Any]] = field(default_factory=list)
    contact_keys: set[str] = field(default_factory=set)

    def value(self, key: str) -> Any:
        if self.current is None:
            return self.values.get(key)
        return self.changes.get(key, getattr(self.current, key))


class _Planner:
    def __init__(self, snap: Snapshot, source: ImportSource) -> None:
        self.snap, self.source = snap, source
        self.pending: dict[str, _Pending] = {}  # name key -> partner
        self.by_key: dict[str, _Pending] = {}  # the file's ids (Gephi) -> partner
        self.rows: list[RowResult] = []
        self.edges: dict[tuple[frozenset[str], str], tuple[int, dict[str, Any]]] = {}  # pair -> (row, values)
        self.infer_networks = source.layout is None or "dimensions" not in source.layout.mapping.values()
        self.merge_into: dict[int, str] = {}  # a row taken as a likely duplicate -> the name key it merges into
        self.aliases: dict[str, str] = {}  # and its own name key -> the same (connections name it so)
        self._fixed: dict[tuple[Any, int], dict[str, Any]] = {}  # (kind, strength) -> their clean values

    # -- partners -----------------------------------------------------------------------------------------

    def partner_row(self, sheet: str, row: PartnerRow) -> None:
        hidden = _hidden_notes(row)
        if hidden:  # the validation removes them; the report says so and shows the name as it will be stored
            row.notes.extend(hidden)
            row.name = one_line(row.name).strip()
        result = lambda status, **kw: self.rows.append(
            RowResult(sheet, row.number, "partner", row.name, status, notes=tuple(row.notes), **kw))
        if not row.name:
            result(SKIPPED, reason=NetzplanerError("The row has no name."))
            return
        try:
            cleaned = clean_partner({"name": row.name, **row.fields}, partial=True)
        except ValidationError as exc:
            result(SKIPPED, reason=exc)
            return
        key = self.merge_into.get(row.number) or cleaned["name"].casefold()
        if row.number in self.merge_into:
            self.aliases[cleaned["name"].casefold()] = key
        key = self.aliases.get(key, key)
        earlier = self.pending.get(key)
        contacts = [c for c in (self._contact(row, given) for given in row.contacts or [row.contact]) if c]
        if earlier is None:
            existing = self.snap.partners.get(key)
            target = _Pending(existing.id if existing else new_id(), existing.name if existing else cleaned["name"],
                              row.number, existing)
            self.pending[key] = target
        else:
            target = earlier
        if row.key:
            self.by_key.setdefault(_name_key(row.key), target)
        if target.current is None and earlier is None:
            target.values = {"kind": PartnerKind.OTHER, **cleaned}  # networks: network_proposal, after the plan
            for contact in contacts:
                self._add_contact(target, contact, row)
            result(ADDED)
            return
        filled = self._merge(target, cleaned, row)
        if [self._add_contact(target, contact, row) for contact in contacts].count(True):
            filled.append("contact")
        if earlier is not None:
            row.notes.append(NetzplanerError("Same partner as row {row}.", row=earlier.first_row))
        if filled:
            result(UPDATED, fields=tuple(filled))
        elif earlier is not None:
            result(SKIPPED, reason=NetzplanerError("Same partner as row {row}; nothing new.", row=earlier.first_row))
        else:
            result(SKIPPED, reason=NetzplanerError("“{name}” is already in the document; nothing new in this row.",
                                                   name=target.name))

    def _merge(self, target: _Pending, cleaned: Mapping[str, Any], row: PartnerRow) -> list[str]:
        """Fill what is empty, add tags and networks; report values that differ. Returns the fields filled."""
        store = target.values if target.current is None else target.changes
        filled = []
        kind = cleaned.get("kind")
        if kind is not None and kind != PartnerKind.OTHER and target.value("kind") == PartnerKind.OTHER:
            store["kind"] = kind
            filled.append("kind")
        elif kind not in (None, PartnerKind.OTHER, target.value("kind")):
            row.notes.append(NetzplanerError("{label} kept as “{old}” (the file says “{new}”).", label="Kind",
                                             old=label(target.value("kind"), "en"), new=label(kind, "en")))
        for key in _FILLABLE:
            new, old = cleaned.get(key), target.value(key) or ""
            if not new or new.casefold() in old.casefold():  # "Balingen" adds nothing to "72336 Balingen"
                continue
            if not old:
                store[key] = new
                filled.append(key)
            elif key == "extra" and (merged := merge_extra(old, new)) != old:
                store[key] = merged
                filled.append(key)
            elif key not in ("notes", "extra"):
                row.notes.append(NetzplanerError("{label} kept as “{old}” (the file says “{new}”).",
                                                 label=PARTNER_FIELDS[key].label, old=old, new=new))
        for key in ("tags", "dimensions"):
            old = target.value(key) or ()
            added = [v for v in cleaned.get(key) or () if str(v).casefold() not in {str(o).casefold() for o in old}]
            if added:
                store[key] = tuple(old) + tuple(added) if key == "tags" else frozenset(old) | set(added)
                filled.append(key)
        return filled

    def _contact(self, row: PartnerRow, given: dict[str, str] | None) -> dict[str, Any] | None:
        if not given:
            return None
        try:
            return clean_contact({"partner_id": "-", **given})
        except ValidationError as exc:
            row.notes.append(NetzplanerError("The contact was left out: {reason}", reason=exc))
            return None

    def _add_contact(self, target: _Pending, contact: dict[str, Any] | None, row: PartnerRow) -> bool:
        if contact is None:
            return False
        key = contact["name"].casefold()
        if key in target.contact_keys or key in self.snap.contacts.get(target.id, ()):
            return False
        target.contact_keys.add(key)
        target.contacts.append(contact)
        return True

    # -- relationships ------------------------------------------------------------------------------------

    def _endpoint(self, name: str, sheet: str, number: int) -> _Pending | None:
        found = self.by_key.get(name.casefold()) or self.pending.get(self.aliases.get(name.casefold(),
                                                                                     name.casefold()))
        if found is not None:
            return found
        existing = self.snap.partners.get(name.casefold())
        if existing is not None:
            target = _Pending(existing.id, existing.name, number, existing)
            self.pending[name.casefold()] = target
            return target
        if self.source.layout is not None and self.source.layout.column("id") is not None:
            return None  # Gephi: an edge must name a node's Id
        self.partner_row(sheet, PartnerRow(number, name, name))  # Kumu makes the element of a connection
        added = self.pending.get(name.casefold())
        if added is not None and added.current is None:
            self.rows[-1] = RowResult(sheet, number, "partner", added.name, ADDED, notes=(NetzplanerError(
                "Named in a connection but not in the partner list; added as Other."),))
        return added

    def edge_row(self, sheet: str, edge: EdgeRow) -> None:
        if has_hidden(edge.source) or has_hidden(edge.target):
            edge.messages.append(NetzplanerError("Control characters removed from the partners' names."))
            edge.source, edge.target = one_line(edge.source).strip(), one_line(edge.target).strip()
        name = f"{edge.source} – {edge.target}"
        result = lambda status, **kw: self.rows.append(
            RowResult(sheet, edge.number, "relationship", name, status, notes=tuple(edge.messages), **kw))
        if not edge.source or not edge.target:
            result(SKIPPED, reason=NetzplanerError("The row does not name both partners."))
            return
        ends = [self._endpoint(n, sheet, edge.number) for n in (edge.source, edge.target)]
        missing = [n for n, end in zip((edge.source, edge.target), ends) if end is None]
        if missing:
            result(SKIPPED, reason=NetzplanerError("No partner with the Id “{id}” in the file.", id=missing[0]))
            return
        a, b = ends
        pair = (frozenset((a.id, b.id)), edge.kind.value)
        try:
            values = self._relationship(a.id, b.id, edge)
        except ValidationError as exc:
            result(SKIPPED, reason=exc)
            return
        if pair in self.snap.relationships:
            result(SKIPPED, reason=NetzplanerError("These two partners already have a relationship of this kind."))
            return
        earlier = self.edges.get(pair)
        if earlier is not None:  # Kumu: "Investor" and "Employee/Founder" between the same two are one tie here
            first_row, first = earlier
            notes = [line for line in values["notes"].splitlines() if line not in first["notes"].splitlines()]
            filled = []
            if notes:
                first["notes"] = "\n".join([first["notes"], *notes]).strip()
                filled.append("notes")
            if values["strength"] > first["strength"]:
                first["strength"] = values["strength"]
                filled.append("strength")
            if filled:
                edge.messages.append(NetzplanerError("Same partners and kind as row {row}: merged into it.",
                                                     row=first_row))
                result(UPDATED, fields=tuple(filled))
            else:
                result(SKIPPED, reason=NetzplanerError("Same partners and kind as row {row}.", row=first_row))
            return
        values["id"] = new_id()
        self.edges[pair] = (edge.number, values)
        result(ADDED)

    def _relationship(self, source_id: str, target_id: str, edge: EdgeRow) -> dict[str, Any]:
        """``clean_relationship`` of the edge's values, its kind and strength cleaned once per pair of them (50,000
        edges have a few dozen): the same values in the same order (kind and strength cannot fail here: a member
        and 1-5, so no error changes its place)."""
        ends = clean_relationship({"source_id": source_id, "target_id": target_id, "notes": edge.notes},
                                  partial=True)
        key = (edge.kind, edge.strength or DEFAULT_STRENGTH)
        fixed = self._fixed.get(key)
        if fixed is None:
            fixed = self._fixed[key] = clean_relationship({"kind": key[0], "strength": key[1], "since": None},
                                                          partial=True)
        return {"source_id": ends["source_id"], "target_id": ends["target_id"], **fixed, "notes": ends["notes"]}

    # -- commands -----------------------------------------------------------------------------------------

    def commands(self, template: str, **params: Any) -> Command | None:
        """One Macro: the new rows in bulk, then an update for each existing partner the file adds to."""
        new_partners, contacts, updates = [], [], []
        for target in self.pending.values():
            if target.current is None:
                values = clean_partner(target.values)
                values["id"] = target.id
                new_partners.append(values)
            elif target.changes:
                changes = clean_partner(target.changes, partial=True)
                updates.append(UpdateEntity("partner", target.id, changes, "Edit partner “{name}”",
                                            name=target.name))
            contacts += [{**c, "partner_id": target.id, "id": new_id()} for c in target.contacts]
        relationships = [values for _, values in self.edges.values()]
        if not (new_partners or contacts or relationships or updates):
            return None
        children: list[Command] = []
        if new_partners or contacts or relationships:
            children.append(ImportRows(new_partners, contacts, relationships, template, **params))
        return Macro(children + updates, template, **params)


def _edges_keeping_columns(source: ImportSource, report: PartnerImportReport) -> list[EdgeRow]:
    """The connections, each with the values of the columns that feed no field as "Header: value" lines in its
    notes (Kumu's custom fields are not dropped), the report naming those columns."""
    headers, rows = source.connection_headers, source.connection_rows
    edges = parse_edges(headers, rows)
    kept, ignored = unmapped_columns(headers, rows)
    name = lambda i: " ".join(headers[i].split()) if i < len(headers) and headers[i].strip() else f"#{i + 1}"
    report.kept_connection_columns = [name(i) for i in kept]
    report.ignored_connection_columns = [name(i) for i in ignored]
    if kept:
        named = [(i, name(i)) for i in kept]
        for edge, (_, cells) in zip(edges, rows):
            lines = format_extra((header, cells[i]) for i, header in named if i < len(cells))
            if lines:
                edge.notes = f"{edge.notes}\n{lines}".strip()
    return edges


def _resolve_ends(source: ImportSource, edges: list[EdgeRow]) -> NetzplanerError | None:
    layout = source.layout
    if layout is None or source.elements is None:
        return None
    column = layout.column("name")
    partners = [(number, cells[column].strip() if column is not None and column < len(cells) else "")
                for number, cells in source.element_rows]
    return resolve_ends(edges, partners, layout.column("id") is not None)


def read_import_source(path: Path | str) -> ImportSource:
    """``read_source`` with the cycle collector paused: a graph file of 10,000 partners is 500,000 XML elements, and
    the collector walked them again and again (half the reading time); nothing in it makes cycles."""
    with collector_paused():
        return read_source(path)


def plan_source(snap: Snapshot, source: ImportSource, mapping: Mapping[int, str | None] | None = None,
                merge: Mapping[int, bool] | None = None) -> PartnerImportReport:
    """The report and the one command of an import; touches neither the file nor the document.

    ``merge``: the user's choice for likely duplicates (row -> merge into its match, or keep apart); rows not in it
    take the proposal's default (``services/import_duplicates.py``). The cycle collector is paused meanwhile: the
    plan makes a few objects per row and no cycles, and the collector's passes over them were a third of its time."""
    with collector_paused():
        return _plan(snap, source, mapping, merge)


def _plan(snap: Snapshot, source: ImportSource, mapping: Mapping[int, str | None] | None,
          merge: Mapping[int, bool] | None) -> PartnerImportReport:
    name = source.path.name
    if source.format == "board":
        raise NetzplanerError("{name} is a Netzplaner board workbook; import it with File → Import board workbook "
                              "(or netzplaner import), which takes back the board's changes.", name=name)
    if source.layout is not None and mapping:
        source = replace(source, layout=override(source.layout, mapping))
    source = replace(source, notes=list(source.notes))  # this plan's notes; planning again starts afresh
    report = PartnerImportReport(source.path, source.format, source)
    if not source.element_rows and not source.connection_rows:
        raise NetzplanerError("{name} has a header row but no rows below it.", name=name)
    if source.element_rows and "name" not in source.layout.mapping.values():  # type: ignore[union-attr]
        raise NetzplanerError("{name} has no column for the partners' names (such as Name, Firma or Unternehmen) "
                              "in the sheet “{sheet}”; choose which column holds the name.",
                              name=name, sheet=source.elements.name)  # type: ignore[union-attr]
    planner = _Planner(snap, source)
    if source.elements is not None and source.layout is not None:
        parsed = [parse_row(number, cells, source.layout) for number, cells in source.element_rows]
        report.duplicates, planner.merge_into = merge_targets(snap.partners.values(), parsed, merge)
        report.merged = frozenset(planner.merge_into)
        for row in parsed:
            planner.partner_row(source.elements.name, row)
    if source.connections is not None:
        edges = _edges_keeping_columns(source, report)
        resolved = _resolve_ends(source, edges)  # ends that are an Id or a row number of the partner list
        if resolved is not None:
            source.notes.append(resolved)
        for edge in edges:
            planner.edge_row(source.connections.name, edge)
    report.rows = planner.rows
    if source.layout is not None and source.element_rows:
        filled = {i for _, cells in source.element_rows for i, cell in enumerate(cells) if cell.strip()}
        report.kept_columns = source.layout.columns_with(EXTRA, filled)
        report.ignored_columns = source.layout.columns_with(None, filled)
    template = "Import “{name}”: {added} partners added, {updated} updated, {relationships} relationships added"
    report.command = planner.commands(
        template, name=name, added=report.count(ADDED, "partner"),
        updated=sum(1 for t in planner.pending.values() if t.current is not None and t.changes),
        relationships=len(planner.edges))
    if planner.infer_networks:
        own = next((p for p in snap.partners.values() if p.is_own_firm), None)
        first_rows = {key: target.first_row for key, target in planner.pending.items()}
        report.networks = network_proposal.propose_rows(network_proposal.new_partner_rows(report.command), own,
                                                        first_rows)
    return report


def plan_import(ws: Workspace, path: Path | str, mapping: Mapping[int, str | None] | None = None,
                merge: Mapping[int, bool] | None = None) -> PartnerImportReport:
    """Read ``path`` and work out the import row by row; the document is not touched."""
    return plan_source(snapshot(ws), read_import_source(path), mapping, merge)


def apply_import(ws: Workspace, report: PartnerImportReport) -> PartnerImportReport:
    """Execute the planned import as one undoable step (all or nothing)."""
    if report.command is not None and not report.applied:
        report.command = snapshot_before(ws, "partner_import", report.command)  # the state before it kept (issue 12)
        ws.execute(report.command)
        report.applied = True
    return report


def import_partners(ws: Workspace, path: Path | str, *, mapping: Mapping[int, str | None] | None = None,
                    dry_run: bool = False, merge: Mapping[int, bool] | None = None) -> PartnerImportReport:
    report = plan_import(ws, path, mapping, merge)
    return report if dry_run else apply_import(ws, report)
