"""The public API offers what the command line does (issue 15, part 7): the network check, the board export and
both imports, each import one undoable step, a bad file one sentence with nothing written."""

from __future__ import annotations

from datetime import date

import openpyxl
import pytest

from netzplaner import api
from netzplaner.domain.enums import ActionStatus, Dimension, PartnerKind
from netzplaner.services.demo import write_demo

from .conftest import dump_state

TODAY = date(2026, 11, 30)


@pytest.fixture
def demo(tmp_path):
    path = tmp_path / "demo.netzplan"
    write_demo(path, today=TODAY)
    with api.open_document(path) as doc:
        yield doc


def test_check_gives_the_figures_and_the_json_of_the_command_line(demo):
    report = api.check(demo)
    assert isinstance(report, api.NetworkCheckReport)
    partners = {d.dimension: d.partners for d in report.result.dimensions}
    assert partners[Dimension.REGIONAL] > 0
    as_json = api.check_report(demo)
    assert as_json["schema"] == 1 and as_json["recommendations"]
    from netzplaner.cli import check_report

    assert check_report(demo.path)[0]["recommendations"] == as_json["recommendations"]


def test_export_board_writes_the_workbook_with_an_extract_by_german_network_name(demo, tmp_path):
    out = api.export_board(demo, tmp_path / "beirat.xlsx", dimensions=["Fachlich"], today=TODAY)
    book = openpyxl.load_workbook(out, read_only=True)
    assert {"Ziele", "Maßnahmenplan"} <= set(book.sheetnames)
    book.close()
    with pytest.raises(api.ValidationError):
        api.export_board(demo, tmp_path / "x.xlsx", dimensions=["galaktisch"])
    assert not (tmp_path / "x.xlsx").exists()


def test_import_partners_reads_german_words_as_one_undoable_step(demo, tmp_path):
    source = tmp_path / "liste.csv"
    source.write_text("Firma;Typ;Netzwerk;Ort\nHochschule Süd;Hochschule;fachlich;Ulm\n"
                      "Metall Weiß GmbH;Lieferant;Regional;Aalen\n", encoding="utf-8")
    before = dump_state(demo)
    dry = api.import_partners(demo, source, dry_run=True)
    assert isinstance(dry, api.PartnerImportReport) and not dry.applied and dump_state(demo) == before
    report = api.import_partners(demo, source)
    assert report.applied and report.count("added", "partner") == 2
    made = {p.name: p for p in api.queries.list_partners(demo)}
    assert made["Hochschule Süd"].kind is PartnerKind.UNIVERSITY
    assert made["Hochschule Süd"].dimensions == {Dimension.THEMATIC}
    demo.undo()  # the whole import is one step
    assert dump_state(demo) == before


def test_import_partners_refuses_a_bad_file_with_one_sentence(demo, tmp_path):
    bad = tmp_path / "kaputt.xlsx"
    bad.write_bytes(b"not a workbook")
    before = dump_state(demo)
    with pytest.raises(api.NetzplanerError) as caught:
        api.import_partners(demo, bad)
    assert "\n" not in str(caught.value) and "kaputt.xlsx" in str(caught.value)
    assert dump_state(demo) == before


def test_import_board_workbook_takes_the_boards_changes_as_one_undoable_step(demo, tmp_path):
    exported = api.export_board(demo, tmp_path / "plan.xlsx", today=TODAY)
    action = next(a for a in api.queries.list_actions(demo) if a.status is not ActionStatus.DONE)
    book = openpyxl.load_workbook(exported)
    sheet = book["Maßnahmenplan"]
    header = [c.value for c in sheet[1]]
    row = next(r for r in range(2, sheet.max_row + 1) if sheet.cell(r, header.index("ID") + 1).value == action.id)
    sheet.cell(row, header.index("Status") + 1).value = "erledigt"  # the board writes it in lower case
    book.save(tmp_path / "edited.xlsx")
    before = dump_state(demo)
    dry = api.import_board_workbook(demo, tmp_path / "edited.xlsx", dry_run=True)
    assert isinstance(dry, api.ImportReport) and not dry.applied and dump_state(demo) == before
    report = api.import_board_workbook(demo, tmp_path / "edited.xlsx")
    assert report.applied and demo.get("action", action.id).status is ActionStatus.DONE
    demo.undo()
    assert dump_state(demo) == before
