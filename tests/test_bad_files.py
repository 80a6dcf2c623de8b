"""Bad import files: each is refused with one clear sentence and the document stays exactly as it was."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import openpyxl
import pytest

from netzplaner.cli import main
from netzplaner.domain.errors import NetzplanerError
from netzplaner.io import table_reader, workbook_reader
from netzplaner.services import partners
from netzplaner.services.partner_import import import_partners
from netzplaner.services.workspace import Workspace
from tests.conftest import dump_state


def good_workbook(path: Path, rows: int = 3) -> Path:
    wb = openpyxl.Workbook()
    wb.active.append(["Firma", "Ort"])
    for i in range(rows):
        wb.active.append([f"Firma {i}", "Ulm"])
    wb.save(path)
    return path


def refused(ws, path: Path, fragment: str) -> str:
    before = dump_state(ws)
    with pytest.raises(NetzplanerError) as caught:
        import_partners(ws, path)
    message = str(caught.value)
    assert fragment in message, message
    assert message.endswith(".") and message.count(". ") == 0 and "\n" not in message, message  # one sentence
    assert dump_state(ws) == before
    return message


def test_damaged_xlsx(ws, tmp_path):
    data = good_workbook(tmp_path / "ok.xlsx").read_bytes()
    (tmp_path / "cut.xlsx").write_bytes(data[: len(data) // 2])
    refused(ws, tmp_path / "cut.xlsx", "damaged")
    buffer = io.BytesIO()
    with zipfile.ZipFile(tmp_path / "ok.xlsx") as zin, zipfile.ZipFile(buffer, "w") as zout:
        for info in zin.infolist():
            part = zin.read(info)
            zout.writestr(info.filename, part[: len(part) // 2] if "worksheets/sheet1" in info.filename else part)
    (tmp_path / "broken-sheet.xlsx").write_bytes(buffer.getvalue())
    refused(ws, tmp_path / "broken-sheet.xlsx", "damaged")


def test_renamed_text_file(ws, tmp_path):
    (tmp_path / "liste.xlsx").write_text("Firma;Ort\nBerger;Ulm\n", encoding="utf-8")
    refused(ws, tmp_path / "liste.xlsx", "not an Excel workbook")
    good_workbook(tmp_path / "really-xlsx.csv")
    refused(ws, tmp_path / "really-xlsx.csv", "rename it to .xlsx")


def test_xml_bomb(ws, tmp_path):
    laughs = (b'<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
              b'<!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">'
              b'<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>'
              b'<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><si><t>&lol3;</t></si></sst>')
    buffer = io.BytesIO()
    with zipfile.ZipFile(good_workbook(tmp_path / "ok.xlsx")) as zin, zipfile.ZipFile(buffer, "w") as zout:
        for info in zin.infolist():
            zout.writestr(info.filename, zin.read(info))
        zout.writestr("xl/sharedStrings.xml", laughs)
    (tmp_path / "bomb.xlsx").write_bytes(buffer.getvalue())
    refused(ws, tmp_path / "bomb.xlsx", "document type declaration")
    zipped = io.BytesIO()
    with zipfile.ZipFile(zipped, "w", zipfile.ZIP_DEFLATED) as zout:
        zout.writestr("[Content_Types].xml", b"<Types/>")
        zout.writestr("xl/workbook.xml", b"<workbook/>")
        zout.writestr("xl/worksheets/sheet1.xml", b"<a>" + b" " * 50_000_000 + b"</a>")
    (tmp_path / "zip-bomb.xlsx").write_bytes(zipped.getvalue())
    refused(ws, tmp_path / "zip-bomb.xlsx", "zip bomb")


def test_workbook_larger_than_the_limit(ws, tmp_path, monkeypatch):
    path = good_workbook(tmp_path / "big.xlsx", rows=50)
    monkeypatch.setattr(workbook_reader, "MAX_FILE_BYTES", 1000)
    refused(ws, path, "too large")
    monkeypatch.undo()
    monkeypatch.setattr(table_reader, "MAX_ROWS", 20)
    refused(ws, path, "more than 20 rows")
    csv = tmp_path / "big.csv"
    csv.write_text("Firma\n" + "".join(f"F{i}\n" for i in range(30)), encoding="utf-8")
    refused(ws, csv, "more than 20 rows")
    monkeypatch.setattr(table_reader, "MAX_CSV_BYTES", 100)
    refused(ws, csv, "too large")


def test_empty_sheet_and_empty_files(ws, tmp_path):
    wb = openpyxl.Workbook()
    wb.active.title = "Partner"
    wb.save(tmp_path / "empty-sheet.xlsx")
    assert "“Partner”" in refused(ws, tmp_path / "empty-sheet.xlsx", "are empty")
    (tmp_path / "empty.csv").write_bytes(b"")
    refused(ws, tmp_path / "empty.csv", "is empty")
    (tmp_path / "blank.csv").write_text(";;\n\n ; \n", encoding="utf-8")
    refused(ws, tmp_path / "blank.csv", "holds no rows")
    (tmp_path / "header-only.csv").write_text("Firma;Ort\n", encoding="utf-8")
    refused(ws, tmp_path / "header-only.csv", "no rows below it")


def test_sheet_without_a_name_column(ws, tmp_path):
    wb = openpyxl.Workbook()
    wb.active.title = "Umsätze"
    wb.active.append(["Jahr", "Umsatz"])
    wb.active.append([2025, 1000])
    wb.save(tmp_path / "zahlen.xlsx")
    message = refused(ws, tmp_path / "zahlen.xlsx", "no column for the partners' names")
    assert "“Umsätze”" in message


def test_undecodable_csv(ws, tmp_path):
    (tmp_path / "kaputt.csv").write_bytes(b"Firma;Ort\nM\x81ller;\x8dUlm\n")
    refused(ws, tmp_path / "kaputt.csv", "cannot be decoded")
    (tmp_path / "binary.csv").write_bytes(b"\x00\x01\x02Firma\x00;Ort\n" * 10)
    refused(ws, tmp_path / "binary.csv", "binary data")
    (tmp_path / "bom-lie.csv").write_bytes(b"\xef\xbb\xbfFirma\nM\xfcller\n")
    refused(ws, tmp_path / "bom-lie.csv", "not")
    (tmp_path / "liste.pdf").write_bytes(b"%PDF-1.4")
    refused(ws, tmp_path / "liste.pdf", "neither a CSV file nor an Excel workbook")
    refused(ws, tmp_path / "missing.csv", "does not exist")


def test_cli_says_one_sentence_and_leaves_the_document_alone(tmp_path, capsys):
    doc = tmp_path / "d.netzplan"
    with Workspace.create(doc) as ws:
        ws.execute(partners.create_partner(ws, name="Eigen", kind="company", is_own_firm=True))
        ws.save()
    before = doc.read_bytes()
    (tmp_path / "kaputt.csv").write_bytes(b"Firma\nM\x81ller\n")
    (tmp_path / "notes.xlsx").write_text("hello", encoding="utf-8")
    for bad in ("kaputt.csv", "notes.xlsx"):
        assert main(["import", str(doc), str(tmp_path / bad)]) == 1
        err = capsys.readouterr().err
        assert err.startswith("Error: ") and err.count("\n") == 1 and "Traceback" not in err
    assert doc.read_bytes() == before
