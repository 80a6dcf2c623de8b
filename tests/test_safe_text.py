"""Formula injection and Excel's limits: every dangerous prefix stays text, every limit is kept."""

from __future__ import annotations

import json
import random
import re
import zipfile
from datetime import date
from xml.etree import ElementTree

import openpyxl
import pytest

from netzplaner.domain.entities import Action, Goal, Partner, Relationship
from netzplaner.domain.enums import Benefit, Dimension, PartnerKind, RelationshipKind
from netzplaner.io.board_workbook import BoardData, DimensionFigures, write_board_workbook
from netzplaner.domain.text import HIDDEN, has_hidden, one_line, plain_text
from netzplaner.io.safe_text import (
    CELL_LIMIT,
    DANGEROUS_PREFIXES,
    LIST_VALIDATION_LIMIT,
    SHEET_TITLE_LIMIT,
    cell_text,
    csv_text,
    from_csv_text,
    header_footer_text,
    is_dangerous,
    list_validation,
    needs_quote,
    sheet_title,
    table_name,
    terminal_json,
    terminal_text,
    xml_attr,
    xml_document,
    xml_text,
)

PAYLOADS = ["=1+1", "=HYPERLINK(\"http://evil.example\",\"klick\")", "+49 7433 555", "-2+3", "@SUM(A1:A2)",
            "\t=1+1", "\r=1+1", "=cmd|' /C calc'!A0", "\u202e=1+1", "\x85@SUM(A1)", "\x7f\u2066-2+3",
            "\x01=1+1"]  # also the firm's name in the document properties


@pytest.mark.parametrize("prefix", DANGEROUS_PREFIXES)
def test_each_dangerous_prefix_is_recognised_and_quoted_for_csv(prefix):
    text = prefix + "SUM(1,2)"
    assert is_dangerous(text)
    assert csv_text(text) == "'" + cell_text(text)  # a leading CR is written as LF, quoted all the same
    assert from_csv_text(csv_text(text)) == cell_text(text)


@pytest.mark.parametrize("text", ["Hochschule Nord", "", "1+1", "E-Mail", " =x", "Ölpreis"])
def test_harmless_text_is_left_alone(text):
    assert not is_dangerous(text)
    assert csv_text(text) == text
    assert from_csv_text(text) == text


def test_cell_text_clamps_to_excels_limit_and_drops_illegal_characters():
    long = "x" * (CELL_LIMIT + 5000)
    clamped = cell_text(long)
    assert len(clamped) == CELL_LIMIT and clamped.endswith("…")
    assert cell_text("a\x00b\x07c\x1fd") == "abcd"
    assert cell_text("eins\r\nzwei\rdrei") == "eins\nzwei\ndrei"
    assert cell_text("Tab\tbleibt") == "Tab\tbleibt"


def test_sheet_titles_are_valid_unique_and_short():
    assert sheet_title("Plan [2026]: A/B?*\\") == "Plan -2026-- A-B---"
    long = sheet_title("Maßnahmenplan für das Netzwerk Eyachtal 2026")
    assert long == "Maßnahmenplan für das Netzwerk"  # 31 characters cut, the trailing blank dropped
    assert sheet_title("Ziele", ["ziele"]) == "Ziele (2)"
    assert sheet_title("History") == "Tabelle" and sheet_title("''") == "Tabelle"
    taken = []
    for _ in range(12):
        taken.append(sheet_title("x" * 40, taken))
    assert len({t.casefold() for t in taken}) == 12 and all(len(t) <= SHEET_TITLE_LIMIT for t in taken)
    assert all(not re.search(r"[\[\]:*?/\\]", t) for t in taken)


def test_table_names_are_valid_and_unique():
    assert table_name("Maßnahmen Plan") == "Maßnahmen_Plan"
    assert table_name("A1") == "T_A1" and table_name("R1C1") == "T_R1C1" and table_name("2026") == "T_2026"
    names: list[str] = []
    for _ in range(5):
        names.append(table_name("Goals", names))
    assert len({n.casefold() for n in names}) == 5


def test_drop_down_lists_stay_under_255_characters():
    assert list_validation(["Offen", "In Arbeit"]) == '"Offen,In Arbeit"'
    with pytest.raises(ValueError):
        list_validation(["x" * 100, "y" * 100, "z" * 100])
    with pytest.raises(ValueError):
        list_validation(["a,b"])
    fits = ["x" * 50] * 5  # 5 * 50 + 4 commas = 254
    assert len(list_validation(fits)) - 2 <= LIST_VALIDATION_LIMIT


def test_header_footer_doubles_ampersands():
    assert header_footer_text("Müller & Söhne") == "Müller && Söhne"
    assert len(header_footer_text("x" * 500)) <= 60


def _hostile_board(text: str) -> BoardData:
    own = Partner("p0", text + " GmbH", PartnerKind.COMPANY, frozenset({Dimension.REGIONAL}), is_own_firm=True)
    other = Partner("p1", text, PartnerKind.SUPPLIER, frozenset({Dimension.INTERNATIONAL}), city=text,
                    industry=text, tags=(text,))
    goal = Goal("g1", text, Benefit.RESILIENCE, owner=text, kpi_name=text, kpi_unit=text[:30],
                kpi_baseline=1, kpi_target=2, kpi_current=1.5)
    action = Action("a1", "g1", text, owner=text, due_date=date(2026, 1, 1), partner_id="p1")
    rel = Relationship("r1", "p0", "p1", RelationshipKind.SUPPLY, 3)
    return BoardData(firm=text, as_of=date(2026, 11, 1), partners=[own, other], relationships=[rel],
                     goals=[goal], actions=[action], figures=[DimensionFigures(Dimension.REGIONAL, 1),
                                                              DimensionFigures(None, 2)],
                     recommendations=[text, text], extract=text)


@pytest.mark.parametrize("payload", PAYLOADS)
def test_no_user_text_becomes_a_formula_in_the_workbook(tmp_path, payload):
    path = write_board_workbook(_hostile_board(payload), tmp_path / "plan.xlsx")
    expected = cell_text(payload)
    wb = openpyxl.load_workbook(path)
    hits = 0
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            for cell in row:
                if cell.data_type == "f":
                    assert str(cell.value).startswith("=IF(AND(ISNUMBER("), (ws.title, cell.coordinate, cell.value)
                elif isinstance(cell.value, str) and (is_dangerous(cell.value) or needs_quote(cell.value)):
                    assert cell.data_type == "s" and cell.quotePrefix, (ws.title, cell.coordinate)
                if isinstance(cell.value, str):
                    assert not has_hidden(cell.value), (ws.title, cell.coordinate, cell.value)
                if isinstance(cell.value, str) and expected in cell.value:
                    hits += 1
    assert hits >= 10  # the text arrived on the cover and in every data sheet
    if payload.startswith("\r"):
        assert any(c.value == expected and c.quotePrefix for ws in wb.worksheets for row in ws.iter_rows()
                   for c in row)
    with zipfile.ZipFile(path) as zf:  # and in the file itself no formula but our own
        for name in zf.namelist():
            if name.startswith("xl/worksheets/sheet"):
                formulas = re.findall(r"<f>(.*?)</f>", zf.read(name).decode())
                assert all(f.startswith("IF(AND(ISNUMBER(") for f in formulas), name


def test_oversized_texts_are_clamped_in_every_sheet(tmp_path):
    path = write_board_workbook(_hostile_board("Ü" * 40_000), tmp_path / "plan.xlsx")
    wb = openpyxl.load_workbook(path)
    longest = max(len(c.value) for ws in wb.worksheets for row in ws.iter_rows() for c in row
                  if isinstance(c.value, str))
    assert longest == CELL_LIMIT
    for ws in wb.worksheets:
        for part in (ws.oddHeader.left, ws.oddHeader.center):
            assert len(part.text or "") <= 255


# -- hidden characters first, then the formula prefix (issue 16: "\x01=1+1" became the CSV cell =1+1) -------

C0 = [chr(c) for c in range(0x20)]
C1 = [chr(c) for c in range(0x80, 0xA0)]
BIDI = ["\u202a", "\u202b", "\u202c", "\u202d", "\u202e", "\u2066", "\u2067", "\u2068", "\u2069", "\u200e",
        "\u200f", "\u061c"]
HIDDEN_CHARS = [c for c in C0 if c not in "\t\n\r"] + ["\x7f", *C1, *BIDI, "\ud800", "\udfff", "\ufeff", "\ufffe",
                                                       "\uffff"]
# names as they come from hostile files: every one would be a formula (or clear the terminal) if let through
HOSTILE = ["\x01=1+1", '\x1b=HYPERLINK("http://x","y")', "\x00=1+1", "\x7f=1+1", "\x85=1+1", "\x9b=1+1",
           "\u202e=1+1", "\u2066=1+1", "\u200e=1+1", "\u200f+1+1", "\ufeff=1+1", "\x0b-1+1", "\x0c@SUM(1;1)",
           "\x1f+1+1", "\x01\x02\x03=1+1", "\x1b\u202e\x7f\x85=2+2", "=1+1", "+1+1", "-1+1", "@SUM(1;1)",
           "\t=1+1", "\r=1+1", "\n=1+1", "\x1b[2J=3+3", "=cmd|' /C calc'!A0", "\uff1d1+1", "\x08\x08=4+4",
           "\ud800=5+5"]


def test_plain_text_removes_every_hidden_character_and_keeps_tabs_and_lines():
    for char in HIDDEN_CHARS:
        assert plain_text(f"a{char}b") == "ab", repr(char)
        assert one_line(f"a{char}b") in ("ab", "a b"), repr(char)
        assert has_hidden(f"a{char}b"), repr(char)
    assert plain_text("eins\r\nzwei\rdrei\tvier") == "eins\nzwei\ndrei\tvier"
    assert one_line("Müller\t&\r\nSöhne\u2028GmbH") == "Müller & Söhne GmbH"
    assert not has_hidden("Ölpreis – «Zulieferer» 中国 \t\n")
    letters = "Ölpreis – «Zulieferer» 中国"
    assert plain_text(letters) == letters  # letters of every script stay


@pytest.mark.parametrize("name", HOSTILE)
def test_no_hostile_name_reaches_a_csv_field_with_a_formula_prefix(name):
    field = csv_text(name)
    assert not is_dangerous(field) and not needs_quote(field), repr(field)
    assert not has_hidden(field)
    assert field.startswith("'") == needs_quote(plain_text(name))
    assert from_csv_text(field) == plain_text(name)  # read back: the text, without the apostrophe


@pytest.mark.parametrize("name", HOSTILE)
def test_a_hostile_name_in_a_cell_is_quoted_after_its_controls_are_gone(name):
    value = cell_text(name)
    assert not has_hidden(value)
    assert needs_quote(value) == (not value.startswith("[2J")), repr(value)  # all but "ESC [2J=3+3" are formulas


def test_xml_text_and_attributes_hold_every_character_well_formed():
    everything = "".join(HIDDEN_CHARS) + "\t\n\r<&>\"'x"
    root = ElementTree.fromstring(f"<a b={xml_attr(everything)}>{xml_text(everything)}</a>")
    assert root.text == root.get("b") == "\t\n\n<&>\"'x"  # hidden ones gone, CR made LF, the rest kept exactly
    written = f'<svg title="{"".join(HIDDEN_CHARS)}"><text>A{"".join(HIDDEN_CHARS)}B</text></svg>'  # as Qt writes
    with pytest.raises((ElementTree.ParseError, UnicodeEncodeError)):
        ElementTree.fromstring(written)
    svg = ElementTree.fromstring(xml_document(written))
    assert svg.get("title") == "" and svg[0].text == "AB"


def test_terminal_text_shows_escape_sequences_instead_of_running_them():
    shown = terminal_text("Firma\x1b[2J\u202eGmbH\x9b31m\udcff\tx\ny")
    assert shown == "Firma\\x1b[2J\\u202eGmbH\\x9b31m\\udcff\\tx\\ny"
    assert terminal_text("eins\nzwei\x07", lines=True) == "eins\nzwei\\x07"
    assert terminal_text("C:\\Netz\\Müller & Söhne.netzplan") == "C:\\Netz\\Müller & Söhne.netzplan"
    for char in HIDDEN_CHARS:
        assert not has_hidden(terminal_text(f"a{char}b")), repr(char)
        terminal_text(f"a{char}b").encode("utf-8")  # never a UnicodeEncodeError (lone surrogates)


def test_terminal_json_keeps_the_json_and_its_values():
    data = {"name": "A\x1b[2J\u202e\x7f\x9b\ud800B", "n": 1}
    text = terminal_json(json.dumps(data, ensure_ascii=False))
    assert not has_hidden(text) and "\x1b" not in text
    assert json.loads(text) == data  # every reader gets the same value back


# -- property test: random strings from the characters that matter, seeded so a failure can be replayed -----

_ALPHABET = [*HIDDEN_CHARS, "\t", "\n", "\r", "=", "+", "-", "@", "'", '"', "<", ">", "&", ";", " ", "a", "Ü",
             "中", "\u2028", "\uff1d", "\uff20", "1", "("]


def _random_texts(seed: int, count: int, longest: int = 10):
    rng = random.Random(seed)
    for _ in range(count):
        yield "".join(rng.choice(_ALPHABET) for _ in range(rng.randint(0, longest)))


def test_random_texts_never_give_a_formula_cell_and_always_parse_as_xml():
    for text in _random_texts(seed=16, count=20_000):
        field = csv_text(text)
        assert not needs_quote(field) and not has_hidden(field), repr(text)
        value = cell_text(text)
        assert not has_hidden(value) and cell_text(value) == value, repr(text)
        if needs_quote(plain_text(text)):
            assert needs_quote(value), repr(text)  # the writers give such a cell the quote-prefix style
        root = ElementTree.fromstring(f"<a b={xml_attr(text)}>{xml_text(text)}</a>")
        assert root.get("b") == plain_text(text) and (root.text or "") == plain_text(text), repr(text)
        shown = terminal_text(text)
        assert not _TERMINAL_CONTROL.search(shown), repr(text)
        shown.encode("utf-8")


_TERMINAL_CONTROL = re.compile(f"[{HIDDEN}\t\n\r]")
