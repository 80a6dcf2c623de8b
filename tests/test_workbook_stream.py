"""The streamed sheet body: a column written in one go (all plain text, numbers or days) gives the same XML as
writing each of its cells (``_cell``), and any value that needs care sends its column cell by cell."""

from __future__ import annotations

import math
from datetime import date, datetime

import pytest

from netzplaner.io import workbook_stream as stream

NUMBERS = [str(r) for r in range(2, 9)]
TRICKY_TEXTS = [" leading", "trailing ", "=1+1", "+49 7071", "-minus", "@home", "\tTab", "a\rb", "\nfirst",
                "A & B", "<b>", "x > y", "hidden\x01", "bidi\u202e", "\uff1dfull", "line\nbreak", "a|=b", "x" * 40_000,
                "no\u00a0break ", "ok"]


def one_by_one(column: tuple, values: list) -> list[str]:
    letter, plain, quoted, formula, keep_empty = column
    return [stream._cell(letter, r, plain, quoted, formula, keep_empty, v) for r, v in zip(NUMBERS, values)]


@pytest.mark.parametrize("keep_empty", [False, True])
@pytest.mark.parametrize("values", [
    ["Müller GmbH", "Straße 1", "", None, "ÄÖÜ äöü ß", "x", "Name (mit Klammer)"],
    [1, 2.5, None, float("nan"), math.inf, 0, -3],
    [date(2026, 12, 1), None, date(1900, 3, 1), date(2026, 1, 1), None, date(2030, 6, 30), date(2000, 2, 29)],
    [None] * 7,
    [True, False, None, 1, "text", datetime(2026, 12, 1, 10, 0), date(2026, 12, 1)],
])
def test_a_column_in_one_go_is_the_column_cell_by_cell(values, keep_empty):
    column = ("C", ' s="3"', ' s="4"', None, keep_empty)
    assert stream._column_cells(column, NUMBERS, values) == one_by_one(column, values)


@pytest.mark.parametrize("tricky", TRICKY_TEXTS)
def test_one_text_that_needs_care_is_written_as_each_cell_is(tricky):
    values = ["Müller GmbH", tricky, "Schmidt AG", "", None, "Zahnrad & Co"[:6], "Ende"]
    column = ("B", ' s="5"', ' s="6"', None, True)
    assert stream._column_cells(column, NUMBERS, values) == one_by_one(column, values)
    if tricky not in ("ok", "line\nbreak"):  # a line break goes in as it is
        assert not stream._plain_texts([v for v in values if v])


def test_formula_columns_number_their_rows():
    column = ("M", ' s="7"', ' s="8"', lambda r: f"IF(J{r}>0,1,2)", False)
    cells = stream._column_cells(column, NUMBERS, [None] * 7)
    assert cells == one_by_one(column, [None] * 7)
    assert cells[0] == '<c r="M2" s="7"><f>IF(J2&gt;0,1,2)</f></c>'


def test_relationship_rows_made_as_written_keep_their_order_and_content(tmp_path):
    """The relationship sheet makes its rows chunk by chunk (``RowsOnDemand``): sorted by source and target name
    (case-insensitive; equal names in the document's order), each row its relationship's, across chunks."""
    import openpyxl

    from netzplaner.domain.enums import Criterion
    from netzplaner.io.board_workbook import AssessmentRow, BoardData, PartnerRow, RelationshipRow,\
        write_board_workbook

    names = ["beta", "Alpha", "alpha", "Gamma"]
    partners = [PartnerRow(f"p{i}", name, frozenset(), "company", "", "", "", (), False, False)
                for i, name in enumerate(names)]
    count = stream.CHUNK + 7  # more than one chunk
    relationships = [RelationshipRow(f"r{k:05d}", f"p{k % 4}", f"p{(k * 7 + 1) % 4}" if k % 11 else "gone",
                                     "cooperation", k % 5 + 1, date(2020, 1, 1) if k % 3 else None)
                     for k in range(count)]
    scores = {c: 3 for c in Criterion}
    assessments = {"r00003": AssessmentRow(date(2026, 11, 2), scores, 50.0)}
    data = BoardData(firm="F", as_of=date(2026, 12, 1), partners=partners, relationships=relationships,
                     assessments=assessments, exported_at=datetime(2026, 12, 1, 10, 0))
    ws = openpyxl.load_workbook(write_board_workbook(data, tmp_path / "r.xlsx"))["Beziehungen"]
    rows = list(ws.iter_rows(min_row=2, values_only=True))
    name = {p.id: p.name for p in partners}
    expected = sorted(relationships, key=lambda r: (name.get(r.source_id, "").casefold(),
                                                    name.get(r.target_id, "").casefold()))
    assert [row[-1] for row in rows] == [r.id for r in expected]
    assert [(row[0], row[1] or "", row[3]) for row in rows] == [
        (name[r.source_id], name.get(r.target_id, ""), r.strength) for r in expected]
    assessed = next(row for row in rows if row[-1] == "r00003")
    assert assessed[5] == 3 and 50.0 in assessed
