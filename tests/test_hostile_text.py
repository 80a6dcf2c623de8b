"""Hostile names on every way in and out: import cleans them with a note, exports and the terminal neutralise them.

The names carry every control character, DEL, the C1 controls, bidi overrides and isolates, lone surrogates and
formula prefixes behind them (issue 16: ``\\x01=1+1`` arrived in a CSV as the formula ``=1+1``; ``ESC [2J``
reached the terminal; the SVG picture was not well-formed).
"""

from __future__ import annotations

import csv
import io
import json
import re

import defusedxml.ElementTree as SafeET
import networkx as nx
import openpyxl
import pytest

from netzplaner.cli import main
from netzplaner.domain.entities import Partner, Relationship
from netzplaner.domain.enums import PartnerKind, RelationshipKind
from netzplaner.domain.text import has_hidden, one_line, plain_text
from netzplaner.domain.validation import clean_goal, clean_partner
from netzplaner.io.csv_export import write_partner_csv
from netzplaner.io.exchange import ExchangeData
from netzplaner.io.graph_export import write_gexf, write_graphml
from netzplaner.io.kumu import write_kumu_workbook
from netzplaner.io.safe_text import needs_quote
from netzplaner.io.table_reader import read_csv
from netzplaner.services import partners, queries
from netzplaner.services.partner_import import ADDED, import_partners
from netzplaner.services.workspace import Workspace
from netzplaner.store.mapping import ENTITIES

from .test_safe_text import HIDDEN_CHARS, HOSTILE

# one name per hostile character, then the formula payloads
NAMES = [f"Firma{c}{i}" for i, c in enumerate(HIDDEN_CHARS)] + [f"{n} #{i}" for i, n in enumerate(HOSTILE)]
ANSI = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")  # what a terminal would act on


def hostile_data() -> ExchangeData:
    people = [Partner(f"p{i}", name, PartnerKind.COMPANY, frozenset(), city=name, industry=name, notes=name,
                      tags=(name,)) for i, name in enumerate(NAMES)]
    ties = [Relationship(f"r{i}", "p0", f"p{i}", RelationshipKind.SUPPLY, 3, notes=NAMES[i])
            for i in range(1, len(NAMES))]
    return ExchangeData(people, ties, title=NAMES[1])


def test_csv_export_gives_no_field_a_formula_prefix_and_reads_back(tmp_path):
    path = write_partner_csv(hostile_data(), tmp_path / "partner.csv")
    text = path.read_bytes().decode("utf-8-sig")  # a lone surrogate would have failed the write
    rows = list(csv.reader(io.StringIO(text, newline=""), delimiter=";"))
    assert len(rows) == len(NAMES) + 1
    for row in rows:
        for field in row:
            assert not needs_quote(field) and not has_hidden(field), repr(field)
    quoted = [row[0] for row in rows[1:] if row[0].startswith("'")]
    assert len(quoted) >= len(HOSTILE) - 1  # every payload but "ESC [2J=3+3" (which becomes "[2J=3+3")
    back = [cells[0] for _, cells in read_csv(path).rows[1:]]
    # the apostrophe is taken off again on import; the names arrive as the document stores them
    assert [one_line(b).strip() for b in back] == [one_line(plain_text(n)).strip() for n in NAMES]


def test_kumu_export_quotes_every_formula_after_the_controls_are_gone(tmp_path):
    wb = openpyxl.load_workbook(write_kumu_workbook(hostile_data(), tmp_path / "kumu.xlsx"))
    quoted = 0
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            for cell in row:
                if isinstance(cell.value, str):
                    assert cell.data_type == "s" and not has_hidden(cell.value), (cell.coordinate, cell.value)
                    if needs_quote(cell.value):
                        assert cell.quotePrefix, (ws.title, cell.coordinate, cell.value)
                        quoted += 1
    assert quoted >= 4 * (len(HOSTILE) - 1)  # label, tags, description, city of every payload


@pytest.mark.parametrize("write", [write_graphml, write_gexf])
def test_graph_exports_are_well_formed_for_every_character(tmp_path, write):
    path = write(hostile_data(), tmp_path / f"net.{write.__name__[6:]}")
    root = SafeET.parse(str(path)).getroot()  # defusedxml: strict, no entities
    labels = [e.get("label") or e.text for e in root.iter() if e.get("label") or e.get("key") == "label"]
    expected = {plain_text(n) for n in NAMES}
    assert expected <= set(labels)
    graph = (nx.read_graphml if write is write_graphml else nx.read_gexf)(path)
    assert graph.number_of_nodes() == len(NAMES) and graph.number_of_edges() == len(NAMES) - 1


# -- import: names cleaned, with a note -------------------------------------------------------------------

def test_validation_keeps_hidden_characters_out_of_every_text_field():
    partner = clean_partner({"name": " Werk\x1b[2J\nSüd\u202e ", "kind": "company", "city": "Ulm\x00",
                             "notes": "eins\r\nzwei\x07\tdrei", "tags": ["Zu\u2066lieferer"]})
    assert partner["name"] == "Werk[2J Süd" and partner["city"] == "Ulm"
    assert partner["notes"] == "eins\nzwei\tdrei" and partner["tags"] == ("Zulieferer",)
    goal = clean_goal({"title": "\x1b=1+1", "benefit": "innovation", "description": "a\rb\x9b"})
    assert goal["title"] == "=1+1" and goal["description"] == "a\nb"


def _csv(path, names, extra: bytes = b""):
    body = "Name;Ort\r\n" + "".join(f"{n};{n}\r\n" for n in names)
    path.write_bytes(body.encode("utf-8") + extra)
    return path


def test_import_cleans_control_characters_from_names_and_says_so(ws, tmp_path):
    names = ["Zulieferer\x1b[2J Nord", "Werk\u202eSüd", "\x01=1+1", "Entf\x7fTaste", "\x1b\x07", "Tab\tTrenner"]
    report = import_partners(ws, _csv(tmp_path / "liste.csv", names))
    stored = {p.name for p in queries.list_partners(ws)}
    assert {"Zulieferer[2J Nord", "WerkSüd", "=1+1", "EntfTaste", "Tab Trenner"} <= stored
    assert not any(has_hidden(name) for name in stored)
    lines = report.lines()
    for shown in ("Zulieferer[2J Nord", "WerkSüd", "=1+1", "EntfTaste"):
        line = next(line for line in lines if f"“{shown}”" in line)
        assert "added" in line and "Note: Control characters removed from Name. Note: Control characters removed " \
            "from City." in line, line
    empty = next(r for r in report.rows if r.row == 6)  # only controls: no name left
    assert empty.status == "skipped" and "no name" in str(empty.reason) and empty.notes
    assert next(p for p in queries.list_partners(ws) if p.name == "WerkSüd").city == "WerkSüd"


def test_kumu_connections_find_partners_whose_names_were_cleaned(ws, tmp_path):
    wb = openpyxl.Workbook()
    elements = wb.active
    elements.title = "Elements"
    elements.append(["Label", "Type"])
    elements.append(["Werk\u202eSüd", "Lieferant"])
    elements.append(["Hoch\u2066schule\u2069", "Hochschule"])
    connections = wb.create_sheet("Connections")
    connections.append(["From", "To", "Type"])
    connections.append(["Werk\u202eSüd", "Hoch\u2066schule\u2069", "Kooperation"])
    connections.append(["Werk\u202eSüd", "Neu\u202dling", "Kooperation"])
    wb.save(tmp_path / "kumu.xlsx")
    report = import_partners(ws, tmp_path / "kumu.xlsx")
    assert report.count(ADDED, "relationship") == 2, report.lines()
    names = {p.id: p.name for p in queries.list_partners(ws)}
    assert {"WerkSüd", "Hochschule", "Neuling"} <= set(names.values())
    ends = {frozenset((names[r.source_id], names[r.target_id])) for r in queries.list_relationships(ws)}
    assert ends == {frozenset({"WerkSüd", "Hochschule"}), frozenset({"WerkSüd", "Neuling"})}


def test_a_nul_byte_deep_in_a_csv_never_ends_up_in_a_name(ws, tmp_path):
    filler = [f"Partner {i:05d}" for i in range(4000)]  # about 100 KB: the NUL lies beyond the first 64 KB
    path = _csv(tmp_path / "gross.csv", filler, extra="Spät\x00firma;Ulm\r\n".encode())
    assert path.read_bytes().index(b"\x00") > 65536
    try:
        report = import_partners(ws, path)
    except Exception as exc:  # a reader that refuses binary data anywhere is fine as well: one sentence
        assert "binary" in str(exc) or "NUL" in str(exc), exc
        return
    assert not any("\x00" in p.name for p in queries.list_partners(ws))
    line = next(line for line in report.lines() if "“Spätfirma”" in line)
    assert "Control characters removed" in line


# -- the terminal -----------------------------------------------------------------------------------------

def _legacy_document(path, names):
    """A document whose names came in before they were cleaned (an older version, another tool)."""
    with Workspace.create(path) as ws:
        own = ws.execute(partners.create_partner(ws, name="Eigene Firma", kind="company", is_own_firm=True))
        ids = [ws.execute(partners.create_partner(ws, name=f"P{i}", kind="supplier")).entity_id
               for i in range(len(names))]
        from netzplaner.services import relationships
        for pid in ids:
            ws.execute(relationships.create_relationship(ws, own.entity_id, pid, kind="supply", strength=3))
        table = ENTITIES["partner"].table
        with ws.store.unit_of_work() as uow:
            for pid, name in zip(ids, names):
                uow.conn.execute(table.update().where(table.c.id == pid).values(name=name, name_key=name.casefold()))
            uow.conn.execute(table.update().where(table.c.id == own.entity_id).values(name="Eigen\x1b[2J\u202eFirma"))
        ws.save()
    return path


TERMINAL_NAMES = ["Löscher\x1b[2J\x1b[H", "Titel\x1b]0;gehackt\x07", "Rück\u202ewärts", "CSI\x9b31mRot", "Entf\x7f"]


def test_check_prints_names_visibly_escaped(tmp_path, capsys):
    doc = _legacy_document(tmp_path / "alt.netzplan", TERMINAL_NAMES)
    assert main(["check", str(doc)]) == 0
    out = capsys.readouterr().out
    assert not ANSI.search(out), repr(ANSI.search(out))
    assert "Eigen\\x1b[2J\\u202eFirma" in out  # shown, not run
    assert main(["check", str(doc), "--json"]) == 0
    text = capsys.readouterr().out
    assert not ANSI.search(text)
    assert json.loads(text)["own_firm"]["name"] == "Eigen\x1b[2J\u202eFirma"  # the value is unchanged


def test_import_report_and_errors_never_carry_escape_sequences(tmp_path, capsys):
    doc = _legacy_document(tmp_path / "alt.netzplan", TERMINAL_NAMES[:1])
    listing = _csv(tmp_path / "liste.csv", TERMINAL_NAMES)
    assert main(["import", str(doc), str(listing), "--dry-run"]) == 0
    captured = capsys.readouterr()
    assert not ANSI.search(captured.out + captured.err)
    assert "Control characters removed from Name. Note: Control characters removed from City." in captured.out
    assert main(["import", str(doc), str(tmp_path / "fehlt\x1b[2J.csv")]) == 1
    err = capsys.readouterr().err
    assert "fehlt\\x1b[2J.csv" in err and not ANSI.search(err)


def test_export_of_a_legacy_document_cleans_every_format(tmp_path, capsys):
    doc = _legacy_document(tmp_path / "alt.netzplan", [*TERMINAL_NAMES, "\x01=1+1", "\u202e@SUM(1;1)"])
    for suffix in ("csv", "graphml", "gexf"):
        assert main(["export", str(doc), "-o", str(tmp_path / f"out.{suffix}")]) == 0
    rows = list(csv.reader(io.StringIO((tmp_path / "out.csv").read_text("utf-8-sig"), newline=""), delimiter=";"))
    names = {row[0] for row in rows[1:]}
    assert {"'=1+1", "'@SUM(1;1)", "Löscher[2J[H", "Rückwärts", "Eigen[2JFirma"} <= names
    assert not any(has_hidden(field) for row in rows for field in row)
    for suffix in ("graphml", "gexf"):
        SafeET.parse(str(tmp_path / f"out.{suffix}"))
    assert one_line("Entf\x7f") in names
