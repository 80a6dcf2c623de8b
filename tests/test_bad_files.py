"""Bad import files: each is refused with one clear sentence and the document stays exactly as it was."""

from __future__ import annotations

import io
import os
import time
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


# -- issue 16: bounded work on every input -----------------------------------------------------------------

def _replace_sheet(source: Path, target: Path, sheet: bytes, level: int = 6) -> Path:
    with zipfile.ZipFile(source) as zin, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED,
                                                         compresslevel=level) as zout:
        for info in zin.infolist():
            zout.writestr(info.filename, sheet if info.filename == "xl/worksheets/sheet1.xml" else zin.read(info))
    return target


def _sheet(rows: str, dimension: str = "A1:B2") -> bytes:
    return ('<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
            f'<dimension ref="{dimension}"/><sheetData>{rows}</sheetData></worksheet>').encode()


def _inline(ref: str, text: str) -> str:
    return f'<c r="{ref}" t="inlineStr"><is><t>{text}</t></is></c>'


def test_crc_damaged_workbook_is_refused_not_a_zlib_error(ws, tmp_path):
    data = bytearray(good_workbook(tmp_path / "ok.xlsx", rows=200).read_bytes())
    with zipfile.ZipFile(tmp_path / "ok.xlsx") as zf:
        info = zf.getinfo("xl/worksheets/sheet1.xml")
    start = info.header_offset + 30 + len(info.filename) + len(info.extra)
    for offset, name in ((info.compress_size // 2, "crc.xlsx"), (3, "deflate.xlsx")):
        damaged = bytearray(data)
        damaged[start + offset] ^= 0x55
        (tmp_path / name).write_bytes(bytes(damaged))
        refused(ws, tmp_path / name, "damaged")


def test_declared_dimension_is_not_trusted(ws, tmp_path):
    """A1:XFD1048576 declared, a cell there: openpyxl padded every missing row to the declared width (> 150 s)."""
    rows = (f'<row r="1">{_inline("A1", "Firma")}</row><row r="2">{_inline("A2", "Berger")}</row>'
            '<row r="1048576"><c r="XFD1048576"><v>1</v></c></row>')
    path = _replace_sheet(good_workbook(tmp_path / "ok.xlsx"), tmp_path / "dim.xlsx",
                          _sheet(rows, "A1:XFD1048576"))
    started = time.monotonic()
    report = import_partners(ws, path)
    assert time.monotonic() - started < 20  # about 2 s: a million empty rows of no cells
    assert [r.name for r in partners_of(ws)] == ["Berger", "Eyachtal Präzisionsmaschinen GmbH"]
    assert report.applied


def test_too_small_declared_dimension_loses_no_rows(ws, tmp_path):
    """A1:A1 declared over three rows: openpyxl read only the first row (a header with nothing below it)."""
    rows = "".join(f'<row r="{r}">{_inline(f"A{r}", name)}</row>'
                   for r, name in enumerate(["Firma", "Berger", "Zeller"], 1))
    path = _replace_sheet(good_workbook(tmp_path / "ok.xlsx"), tmp_path / "small.xlsx", _sheet(rows, "A1:A1"))
    import_partners(ws, path)
    assert [p.name for p in partners_of(ws)] == ["Berger", "Eyachtal Präzisionsmaschinen GmbH", "Zeller"]


def partners_of(ws):
    from netzplaner.services import queries

    return sorted(queries.list_partners(ws), key=lambda p: p.name)


def test_row_number_beyond_excel_is_refused(ws, tmp_path):
    rows = f'<row r="1">{_inline("A1", "Firma")}</row><row r="99999999999">{_inline("A2", "Berger")}</row>'
    path = _replace_sheet(good_workbook(tmp_path / "ok.xlsx"), tmp_path / "rows.xlsx", _sheet(rows))
    refused(ws, path, "more than 1,048,576 rows")


@pytest.mark.parametrize("special, fragment", [
    (b"<!--" + b"x" * 300_000 + b"-->", "comment of more than 256 KB"),
    (b"<!--" + b"x<" * 150_000 + b"-->", "comment of more than 256 KB"),
    (b"<![CDATA[" + b"<" * 300_000 + b"]]>", "comment of more than 256 KB"),
    (b"<!---->" * 10_001, "more than 10,000 XML comments"),
    (b"<!ENTITY x 'y'>", "document type declaration"),
])
def test_long_or_many_xml_comments_are_refused(ws, tmp_path, special, fragment):
    sheet = _sheet(f'<row r="1">{_inline("A1", "Firma")}</row>').replace(b"<sheetData>", b"<sheetData>" + special)
    path = _replace_sheet(good_workbook(tmp_path / "ok.xlsx"), tmp_path / "comment.xlsx", sheet)
    refused(ws, path, fragment)


def test_long_cell_text_is_refused(ws, tmp_path, monkeypatch):
    base = good_workbook(tmp_path / "ok.xlsx")
    text = "ä" * 32_768
    rows = f'<row r="1">{_inline("A1", "Firma")}</row><row r="2">{_inline("A2", text)}</row>'
    refused(ws, _replace_sheet(base, tmp_path / "cell.xlsx", _sheet(rows)), "more than 32,767 characters")
    rows = f'<row r="1">{_inline("A1", "Firma")}</row><row r="2">{_inline("A2", "x" * 400_000)}</row>'
    refused(ws, _replace_sheet(base, tmp_path / "xml.xlsx", _sheet(rows)), "text or comment of more than 256 KB")
    (tmp_path / "cell.csv").write_text("Firma;Notizen\nBerger;" + "x" * 40_000 + "\n", encoding="utf-8")
    refused(ws, tmp_path / "cell.csv", "more than 32,767 characters")


def test_cells_rows_and_elements_are_counted_before_parsing(ws, tmp_path, monkeypatch):
    from netzplaner.io import xml_scan

    base = good_workbook(tmp_path / "ok.xlsx")
    monkeypatch.setattr(xml_scan, "MAX_CELLS", 1_000)
    many = "".join(f'<row r="{r}"><c r="A{r}"/><c r="B{r}"/></row>' for r in range(2, 600))
    refused(ws, _replace_sheet(base, tmp_path / "cells.xlsx", _sheet(many)), "more than 1,000 cells")
    monkeypatch.setattr(xml_scan, "MAX_LOOSE_ELEMENTS", 1_000)
    loose = f'<row r="1">{_inline("A1", "Firma")}</row>' + "<x/>" * 1_001
    refused(ws, _replace_sheet(base, tmp_path / "loose.xlsx", _sheet(loose)), "outside its rows")
    between = f'<row r="1">{_inline("A1", "Firma")}</row>' + "<row/><x/>" * 600
    refused(ws, _replace_sheet(base, tmp_path / "between.xlsx", _sheet(between)), "outside its rows")
    monkeypatch.setattr(xml_scan, "MAX_ROW_CELLS", 500)
    wide = f'<row r="1">{_inline("A1", "Firma")}' + "<c/>" * 501 + "</row>"
    refused(ws, _replace_sheet(base, tmp_path / "row.xlsx", _sheet(wide)), "a row of more than 500 cells")


def test_sheet_padded_to_the_last_column_is_bounded(ws, tmp_path, monkeypatch):
    monkeypatch.setattr(workbook_reader, "MAX_GRID_CELLS", 100_000)
    rows = f'<row r="1">{_inline("A1", "Firma")}</row>' + "".join(
        f'<row r="{r}"><c r="XFD{r}"><v>1</v></c></row>' for r in range(2, 20))
    path = _replace_sheet(good_workbook(tmp_path / "ok.xlsx"), tmp_path / "wide.xlsx", _sheet(rows))
    refused(ws, path, "more than 100,000 cells")


def test_high_compression_ratio_is_refused(ws, tmp_path):
    rows = f'<row r="1">{_inline("A1", "Firma")}</row><row r="2">{_inline("A2", "a" * 200_000)}</row>'
    sheet = _sheet(rows * 10)  # 4 MB that pack to a few KB: far above the ratio of real sheets
    path = _replace_sheet(good_workbook(tmp_path / "ok.xlsx"), tmp_path / "ratio.xlsx", sheet, level=9)
    assert workbook_reader.MAX_RATIO == 120
    refused(ws, path, "possible zip bomb")


def test_reading_has_a_deadline(ws, tmp_path, monkeypatch):
    from netzplaner.io import limits

    path = good_workbook(tmp_path / "ok.xlsx", rows=50)
    monkeypatch.setattr(limits, "READ_SECONDS", -1)
    monkeypatch.setattr(limits, "READ_SECONDS_PER_MB", 0)
    refused(ws, path, "takes longer than")
    (tmp_path / "slow.csv").write_text("Firma\n" + "".join(f"F{i}\n" for i in range(3000)), encoding="utf-8")
    refused(ws, tmp_path / "slow.csv", "takes longer than")


def test_nul_byte_anywhere_in_a_csv_is_refused(ws, tmp_path):
    """A NUL after the first 64 KB used to end up in a partner's name."""
    body = "".join(f"Firma {i};Ulm\n" for i in range(8000))
    assert len(body) > 65536
    (tmp_path / "nul.csv").write_bytes(("Firma;Ort\n" + body).encode() + b"Ber\x00ger;Ulm\n")
    refused(ws, tmp_path / "nul.csv", "binary data")
    (tmp_path / "nul16.csv").write_bytes("Firma;Ort\nBer\x00ger;Ulm\n".encode("utf-16"))
    refused(ws, tmp_path / "nul16.csv", "binary data")


def test_csv_lines_and_fields_are_bounded(ws, tmp_path, monkeypatch):
    from netzplaner.io import limits

    monkeypatch.setattr(table_reader, "MAX_CSV_LINE_CHARS", 1000)
    (tmp_path / "line.csv").write_text("Firma;Ort\n" + "x" * 1001 + ";Ulm\n", encoding="utf-8")
    refused(ws, tmp_path / "line.csv", "a line of more than 1,000 characters")
    monkeypatch.setattr(table_reader, "MAX_CSV_LINES", 100)
    (tmp_path / "empty-lines.csv").write_text("Firma;Ort\nBerger;Ulm\n" + "\n" * 200, encoding="utf-8")
    refused(ws, tmp_path / "empty-lines.csv", "more than 100 lines")
    monkeypatch.setattr(table_reader, "MAX_CELLS", 50)
    (tmp_path / "cells.csv").write_text("Firma;Ort\n" + "a;b;c;d;e;f;g;h;i;j\n" * 6, encoding="utf-8")
    refused(ws, tmp_path / "cells.csv", "more than 50 cells")
    assert limits.MAX_CSV_LINE_CHARS == 1_000_000  # the module's own limits are untouched


def test_csv_encodings_still_read(ws, tmp_path):
    text = "Firma;Ort\nMüller;Ulm\nBäcker;Köln\n"
    for encoding, label in (("utf-8", "UTF-8"), ("utf-8-sig", "UTF-8 (BOM)"), ("utf-16", "UTF-16"),
                            ("cp1252", "Windows-1252")):
        path = tmp_path / f"{encoding}.csv"
        path.write_bytes(text.encode(encoding))
        table = table_reader.read_csv(path)
        assert table.encoding == label and [c for _, c in table.rows] == [["Firma", "Ort"], ["Müller", "Ulm"],
                                                                         ["Bäcker", "Köln"]]
    (tmp_path / "sep.csv").write_text("sep=,\nFirma,Ort\nBerger,Ulm\n", encoding="utf-8")
    table = table_reader.read_csv(tmp_path / "sep.csv")
    assert table.separator == "," and table.rows == [(2, ["Firma", "Ort"]), (3, ["Berger", "Ulm"])]


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are POSIX")
def test_named_pipes_and_devices_are_refused_before_opening(ws, tmp_path):
    for name in ("x.xlsx", "x.csv"):
        os.mkfifo(tmp_path / name)  # nobody writes: opening it for reading would block forever
        started = time.monotonic()
        refused(ws, tmp_path / name, "is not a regular file")
        assert time.monotonic() - started < 2
    os.symlink("/dev/zero", tmp_path / "zero.csv")
    refused(ws, tmp_path / "zero.csv", "is not a regular file")


def test_a_folder_is_called_a_folder(ws, tmp_path, capsys):
    (tmp_path / "dir.xlsx").mkdir()
    refused(ws, tmp_path / "dir.xlsx", "is a folder, not a file")
    doc = tmp_path / "d.netzplan"
    with Workspace.create(doc) as other:
        other.execute(partners.create_partner(other, name="Eigen", kind="company", is_own_firm=True))
        other.save()
    assert main(["import", str(doc), str(tmp_path / "dir.xlsx")]) == 1
    assert capsys.readouterr().err == "Error: dir.xlsx is a folder, not a file; choose the file to import.\n"
