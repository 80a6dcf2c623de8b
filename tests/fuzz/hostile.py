"""Seeded generators of hostile import files: each takes a ``random.Random`` and returns (file name, bytes).

The workbook generators start from real workbooks (a partner list and a board workbook written by Netzplaner
itself) and damage them the ways a file gets damaged or built to hurt: cut, bytes flipped, a bad CRC, a zip
bomb, a DTD, huge declared dimensions, row numbers and columns, long texts and comments, many cells, rows or
elements, prefixed XML, renamed files of other kinds. The CSV generators mix encodings, NUL bytes, control
characters, long lines, many lines and broken quoting. ``big_cases`` builds the few large files (tens of MB)
that are read in a subprocess to measure time and memory at the real limits.
"""

from __future__ import annotations

import io
import random
import re
import zipfile
from collections.abc import Callable
from pathlib import Path

import openpyxl

Case = tuple[str, bytes]
CONTROL = "".join(chr(c) for c in range(1, 32) if c not in (9, 10, 13)) + "\x7f\u202e\u200b\ufeff"
NAMES = ["Berger GmbH", "Müller & Söhne KG", "Hochschule Reutlingen", "IHK Ulm", "Ærø Tekstil A/S", "株式会社テスト",
         "=HYPERLINK(\"http://x\",\"y\")", "+49 7433", "-1+1", "@SUM(A1)", "O'Brien Ltd.", "Zürich \"AG\""]


# -- base files ---------------------------------------------------------------------------------------------

def partner_workbook(rows: int = 20) -> bytes:
    wb = openpyxl.Workbook()
    sheet = wb.active
    sheet.title = "Partner"
    sheet.append(["Name", "Art", "Ort", "Land", "Notizen"])
    for i in range(rows):
        sheet.append([f"{NAMES[i % len(NAMES)]} {i}", "Kunde", "Ulm", "DE", f"Zeile {i}"])
    buffer = io.BytesIO()
    wb.save(buffer)
    return buffer.getvalue()


def members(data: bytes) -> list[tuple[zipfile.ZipInfo, bytes]]:
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        return [(info, zf.read(info)) for info in zf.infolist()]


def rezip(parts: list[tuple[str, bytes]], level: int = 6) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED, compresslevel=level) as zf:
        for name, part in parts:
            zf.writestr(name, part)
    return buffer.getvalue()


def with_part(base: bytes, name: str, change: Callable[[bytes], bytes]) -> bytes:
    return rezip([(i.filename, change(p) if i.filename == name else p) for i, p in members(base)])


SHEET = "xl/worksheets/sheet1.xml"


def sheet_xml(rows: str, dimension: str = "A1:A1", prefix: str = "") -> bytes:
    p = f"{prefix}:" if prefix else ""
    ns = f"xmlns{':' + prefix if prefix else ''}=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\""
    return (f'<?xml version="1.0" encoding="UTF-8"?><{p}worksheet {ns}><{p}dimension ref="{dimension}"/>'
            f"<{p}sheetData>{rows}</{p}sheetData></{p}worksheet>").encode()


def cell(ref: str, text: str) -> str:
    return f'<c r="{ref}" t="inlineStr"><is><t>{text}</t></is></c>'


# -- workbook generators (``base`` is one of the real workbooks) --------------------------------------------

def cut(rng: random.Random, base: bytes) -> Case:
    return "cut.xlsx", base[: rng.randrange(0, len(base))]


def flipped(rng: random.Random, base: bytes) -> Case:
    data = bytearray(base)
    for _ in range(rng.choice((1, 2, 8, 64))):
        data[rng.randrange(len(data))] = rng.randrange(256)
    return "flipped.xlsx", bytes(data)


def bad_crc(rng: random.Random, base: bytes) -> Case:
    """One byte changed inside a member's compressed data: a CRC error or a broken deflate stream."""
    data = bytearray(base)
    with zipfile.ZipFile(io.BytesIO(base)) as zf:
        info = rng.choice([i for i in zf.infolist() if i.compress_size > 20])
    start = info.header_offset + 30 + len(info.filename.encode()) + len(info.extra)
    position = start + rng.randrange(info.compress_size)
    data[position] ^= 1 << rng.randrange(8)
    return "crc.xlsx", bytes(data)


def renamed(rng: random.Random, base: bytes) -> Case:
    kinds = [b"Name;Ort\nBerger;Ulm\n", b"\x89PNG\r\n\x1a\n" + bytes(rng.randrange(256) for _ in range(200)),
             b"%PDF-1.4\n" + b"x" * 100, b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 500, b"PK\x05\x06" + b"\0" * 18,
             b"PK\x03\x04", bytes(rng.randrange(256) for _ in range(rng.randrange(1, 4000))),
             rezip([("word/document.xml", b"<w/>"), ("[Content_Types].xml", b"<Types/>")])]
    return "renamed.xlsx", rng.choice(kinds)


def doctype(rng: random.Random, base: bytes) -> Case:
    name = rng.choice([i.filename for i, _ in members(base) if i.filename.endswith((".xml", ".rels"))])
    dtd = rng.choice([b'<!DOCTYPE x [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;">]>',
                      b'<!DOCTYPE x SYSTEM "file:///etc/passwd">', b'<!ENTITY x "y">',
                      b"<!DOCTYPE x>"])
    padding = rng.choice([b"", b" " * 70_000, b"<!--" + b"x" * 70_000 + b"-->"])

    def change(xml: bytes) -> bytes:
        decl, sep, rest = xml.partition(b"?>")
        xml = decl + sep + padding + dtd + rest if sep else padding + dtd + xml
        return xml.decode("utf-8").encode("utf-16") if rng.random() < 0.2 else xml

    return "dtd.xlsx", with_part(base, name, change)


def zip_bomb(rng: random.Random, base: bytes) -> Case:
    size = rng.choice((3, 20, 80)) * 2**20
    body = b"<row>" + b" " * size + b"</row>"
    return "bomb.xlsx", with_part(base, SHEET, lambda xml: xml.replace(b"<sheetData>", b"<sheetData>" + body, 1))


def many_members(rng: random.Random, base: bytes) -> Case:
    parts = [(i.filename, p) for i, p in members(base)]
    parts += [(f"xl/media/x{n}.bin", b"x") for n in range(rng.choice((10, 6000)))]
    return "members.xlsx", rezip(parts, level=1)


def huge_dimension(rng: random.Random, base: bytes) -> Case:
    ref = rng.choice(["XFD1048576", "XFD1", "A1048576", "ZZZ99999999"])
    last = rng.choice(["XFD1048576", "A1", "XFD3", "B1048576"])
    rows = f'<row r="1">{cell("A1", "Name")}</row><row r="2">{cell("A2", "Berger")}</row>'
    row_number = re.sub(r"[A-Z]+", "", last)
    if row_number not in ("1", "2"):
        rows += f'<row r="{row_number}">{cell(last, "x")}</row>'
    return "dimension.xlsx", with_part(base, SHEET, lambda _: sheet_xml(rows, f"A1:{ref}"))


def row_numbers(rng: random.Random, base: bytes) -> Case:
    number = rng.choice([1048577, 2**31, 10**15, -5, 0, "x"])
    rows = f'<row r="1">{cell("A1", "Name")}</row><row r="{number}">{cell("A2", "Berger")}</row>'
    return "rows.xlsx", with_part(base, SHEET, lambda _: sheet_xml(rows))


def wide_rows(rng: random.Random, base: bytes) -> Case:
    """Many rows whose only cell sits in Excel's last column: every row is padded to 16,384 cells."""
    count = rng.choice((10, 3_000))
    rows = f'<row r="1">{cell("A1", "Name")}</row>' + "".join(
        f'<row r="{n}"><c r="XFD{n}"><v>1</v></c></row>' for n in range(2, count))
    return "wide.xlsx", with_part(base, SHEET, lambda _: sheet_xml(rows))


def long_text(rng: random.Random, base: bytes) -> Case:
    length = rng.choice((100, 32_767, 32_768, 200_000, 400_000))
    text = rng.choice("aä€😀<&") * length
    text = text.replace("&", "&amp;").replace("<", "&lt;")
    rows = f'<row r="1">{cell("A1", "Name")}</row><row r="2">{cell("A2", text)}</row>'
    return "text.xlsx", with_part(base, SHEET, lambda _: sheet_xml(rows))


def comment(rng: random.Random, base: bytes) -> Case:
    body = rng.choice([b"x", b"<", b"- -", b"]]>"]) * rng.choice((10, 100_000, 400_000))
    kind = rng.choice([(b"<!--", b"-->"), (b"<![CDATA[", b"]]>"), (b"<?pi ", b"?>")])
    where = rng.choice([b"<sheetData>", b"<worksheet", b"</worksheet>"])
    special = kind[0] + body.replace(kind[1], b"") + kind[1]

    def change(xml: bytes) -> bytes:
        at = xml.find(where)
        if where == b"<worksheet":
            return xml[:at] + special + xml[at:]
        return xml[:at + len(where)] + special + xml[at + len(where):]

    return "comment.xlsx", with_part(base, SHEET, change)


def many_specials(rng: random.Random, base: bytes) -> Case:
    special = rng.choice([b"<!---->", b"<?a?>"]) * rng.choice((100, 10_001))
    return "specials.xlsx", with_part(base, SHEET, lambda x: x.replace(b"<sheetData>", b"<sheetData>" + special))


def many_cells(rng: random.Random, base: bytes) -> Case:
    """More cells than the (scaled) limit allows, written compactly."""
    count = rng.choice((500, 5_000, 40_000))
    width = rng.choice((1, 10, 200))
    rows = "".join(f'<row r="{r + 1}">' + "<c/>" * width + "</row>" for r in range(count // width))
    return "cells.xlsx", with_part(base, SHEET, lambda _: sheet_xml(f'<row r="1">{cell("A1", "Name")}</row>' + rows))


def loose_elements(rng: random.Random, base: bytes) -> Case:
    """Elements the read-only reader never lets go: outside rows, between rows, under the root."""
    count = rng.choice((100, 20_000))
    filler = rng.choice(["<x/>", "<c/>", "<row/><x/>", "</row><x/><row>"])
    rows = f'<row r="1">{cell("A1", "Name")}</row>' + filler * count
    return "loose.xlsx", with_part(base, SHEET, lambda _: sheet_xml(rows.replace("</row><x/><row>", "<x/>")
                                                                    if filler.startswith("</row>") else rows))


def long_row(rng: random.Random, base: bytes) -> Case:
    count = rng.choice((100, 20_000))
    rows = f'<row r="1">{cell("A1", "Name")}' + "<c><v>1</v></c>" * count + "</row>"
    return "row.xlsx", with_part(base, SHEET, lambda _: sheet_xml(rows))


def prefixed(rng: random.Random, base: bytes) -> Case:
    rows = '<x:row r="1"><x:c r="A1" t="inlineStr"><x:is><x:t>Name</x:t></x:is></x:c></x:row>' + "".join(
        f'<x:row r="{n}"><x:c r="A{n}" t="inlineStr"><x:is><x:t>Firma {n}</x:t></x:is></x:c></x:row>'
        for n in range(2, rng.choice((5, 3000))))
    return "prefixed.xlsx", with_part(base, SHEET, lambda _: sheet_xml(rows, prefix="x"))


def shared_strings(rng: random.Random, base: bytes) -> Case:
    runs = rng.choice((3, 60_000))
    sst = ('<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><si>'
           + "<r><t>a</t></r>" * runs + "</si>" + "<si><t>b</t></si>" * rng.choice((2, 20_000)) + "</sst>").encode()
    rows = '<row r="1"><c r="A1" t="s"><v>0</v></c></row><row r="2"><c r="A2" t="s"><v>1</v></c></row>'
    parts = [(i.filename, sheet_xml(rows) if i.filename == SHEET else p) for i, p in members(base)]
    parts.append(("xl/sharedStrings.xml", sst))
    parts = [(n, p.replace(b"</Types>", b'<Override PartName="/xl/sharedStrings.xml" ContentType="application/'
                                         b'vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>'
                                         b"</Types>") if n == "[Content_Types].xml" else p) for n, p in parts]
    return "strings.xlsx", rezip(parts)


def xml_noise(rng: random.Random, base: bytes) -> Case:
    """Random damage inside a valid zip: the XML itself is broken."""
    name = rng.choice([i.filename for i, _ in members(base) if i.filename.endswith(".xml")])

    def change(xml: bytes) -> bytes:
        data = bytearray(xml)
        for _ in range(rng.choice((1, 5, 50))):
            at = rng.randrange(len(data))
            data[at:at + rng.randrange(1, 4)] = rng.choice([b"<", b">", b"&", b"\x00", b"\xff", b"\"", b"<!", b"</"])
        return bytes(data)

    return "noise.xlsx", with_part(base, name, change)


def cell_values(rng: random.Random, base: bytes) -> Case:
    """A well-formed workbook full of odd values: control characters, formulas, errors, huge numbers, dates."""
    wb = openpyxl.Workbook()
    wb.active.append(["Name", "Art", "Ort", "Land", "Notizen"])
    for sheet in wb.worksheets:
        for _ in range(rng.randrange(1, 30)):
            value = rng.choice([rng.choice(NAMES) + rng.choice(CONTROL), "=1+1", 1e308, -0.0, 10**20, True,
                                "", " ", "\u202eevil", "x" * rng.randrange(1, 5000), "#REF!", 3.5])
            try:
                sheet.cell(rng.randrange(1, 40), rng.randrange(1, 20), value)
            except Exception:  # noqa: BLE001, S110 - openpyxl refuses control characters itself (IllegalCharacterError)
                pass
    buffer = io.BytesIO()
    wb.save(buffer)
    return "values.xlsx", buffer.getvalue()


WORKBOOK_GENERATORS = [cut, flipped, bad_crc, renamed, doctype, zip_bomb, many_members, huge_dimension,
                       row_numbers, wide_rows, long_text, comment, many_specials, many_cells, loose_elements,
                       long_row, prefixed, shared_strings, xml_noise, cell_values]


# -- CSV generators -----------------------------------------------------------------------------------------

def _csv_text(rng: random.Random, rows: int, sep: str) -> str:
    lines = [sep.join(["Name", "Ort", "Land", "Notizen"])]
    for i in range(rows):
        lines.append(sep.join([f"{rng.choice(NAMES)} {i}".replace(sep, " "), "Ulm", "DE", f"n{i}"]))
    return "\r\n".join(lines) + "\r\n"


def csv_encodings(rng: random.Random, base: bytes) -> Case:
    text = _csv_text(rng, rng.randrange(1, 50), rng.choice(";,\t|"))
    encoding = rng.choice(["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "cp1252", "latin-1", "utf-32", "cp437"])
    data = text.encode(encoding, errors="replace")
    if rng.random() < 0.3:  # a byte order mark that lies, or bytes Windows-1252 does not define
        data = rng.choice([b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff", b""]) + data + rng.choice([b"\x81", b"\x9d"])
    return "encoding.csv", data


def csv_nul(rng: random.Random, base: bytes) -> Case:
    data = bytearray(_csv_text(rng, rng.choice((5, 3000)), ";").encode())
    position = rng.choice([rng.randrange(len(data)), len(data) - 3, min(len(data) - 1, 70_000)])
    data[position:position] = b"\x00"
    return "nul.csv", bytes(data)


def csv_control(rng: random.Random, base: bytes) -> Case:
    text = "Name;Ort\n" + "".join(
        f"{rng.choice(NAMES)}{''.join(rng.choice(CONTROL) for _ in range(rng.randrange(1, 4)))};Ulm\n"
        for _ in range(rng.randrange(1, 30)))
    return "control.csv", text.encode("utf-8")


def csv_long_line(rng: random.Random, base: bytes) -> Case:
    length = rng.choice((10_000, 40_000, 2_000_000))
    field = rng.choice(["x" * length, '"' + "y;" * (length // 2) + '"', '"' + "z\n" * (length // 2) + '"'])
    return "line.csv", f"Name;Ort\n{field};Ulm\n".encode()


def csv_many_lines(rng: random.Random, base: bytes) -> Case:
    count = rng.choice((100, 5_000))
    body = rng.choice(["\n", ";;;\n", "a\n", "a;b;c;d;e;f;g;h;i;j\n", '"\n'])
    return "lines.csv", ("Name;Ort\n" + body * count).encode()


def csv_quoting(rng: random.Random, base: bytes) -> Case:
    pieces = ['"', '""', ";", "\n", "\r", "a", "sep=;", "=1+1", "'=1", "\t", "\\", " "]
    text = "".join(rng.choice(pieces) for _ in range(rng.randrange(1, 400)))
    return "quoting.csv", text.encode()


def csv_random_bytes(rng: random.Random, base: bytes) -> Case:
    return "random.csv", bytes(rng.randrange(256) for _ in range(rng.randrange(0, 3000)))


def csv_renamed(rng: random.Random, base: bytes) -> Case:
    return "renamed.csv", rng.choice([base, base[:100], b"PK\x03\x04xx", b"\xd0\xcf\x11\xe0"])


CSV_GENERATORS = [csv_encodings, csv_nul, csv_control, csv_long_line, csv_many_lines, csv_quoting,
                  csv_random_bytes, csv_renamed]


# -- big files at the real limits (read in a subprocess) ----------------------------------------------------

def _stream_zip(path: Path, base: bytes, name: str, pieces: Callable[[], object], level: int = 1) -> Path:
    """``base`` with member ``name`` replaced by the concatenated ``pieces`` (bytes), written without holding it."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=level) as zf:
        for info, part in members(base):
            if info.filename == name:
                with zf.open(name, "w", force_zip64=True) as out:
                    for piece in pieces():
                        out.write(piece)
            else:
                zf.writestr(info.filename, part)
    return path


def _low_entropy(size: int, seed: int, every: int = 200) -> bytes:
    """``size`` bytes of text that compress about 70:1 (one random letter in 200), no ``<`` or ``-``."""
    rng = random.Random(seed)
    block = bytearray(b"a" * size)
    for i in range(0, size, every):
        block[i] = rng.choice(b"bcdefghijklmnopqrstuvwxyz")
    return bytes(block)


def big_cases(folder: Path, base: bytes) -> dict[str, Path]:
    """The large files of issue 16, at the real limits: name -> path."""
    header = sheet_xml(f'<row r="1">{cell("A1", "Name")}</row>').split(b"</sheetData>")
    mb = _low_entropy(2**20, 1)
    cases: dict[str, Path] = {}

    def pieces_600(opening: bytes, closing: bytes):  # as in the issue: 600 MB in about 3.5 MB (ratio about 175)
        def pieces():
            yield header[0] + opening
            sparse = _low_entropy(2**20, 2, every=600)
            for _ in range(600):
                yield sparse
            yield closing + b"</sheetData>" + header[1]
        return pieces

    cases["comment-600MB.xlsx"] = _stream_zip(folder / "comment-600MB.xlsx", base, SHEET,
                                              pieces_600(b"<!--", b"-->"), level=4)
    cases["text-cell-600MB.xlsx"] = _stream_zip(
        folder / "text-cell-600MB.xlsx", base, SHEET,
        pieces_600(b'<row r="2"><c r="A2" t="inlineStr"><is><t>', b"</t></is></c></row>"), level=4)

    def pieces_comment():
        yield header[0] + b"<!--"
        for _ in range(200):
            yield mb
        yield b"-->" + b"</sheetData>" + header[1]

    cases["comment-200MB.xlsx"] = _stream_zip(folder / "comment-200MB.xlsx", base, SHEET, pieces_comment)

    def pieces_text():
        yield header[0] + b'<row r="2"><c r="A2" t="inlineStr"><is><t>'
        for _ in range(200):
            yield mb
        yield b"</t></is></c></row></sheetData>" + header[1]

    cases["text-cell-200MB.xlsx"] = _stream_zip(folder / "text-cell-200MB.xlsx", base, SHEET, pieces_text)

    def pieces_cells():
        yield header[0]
        for r in range(2, 300_002):  # 3 million cells, each with its own reference (compresses about 20:1)
            yield f'<row r="{r}">'.encode() + b"".join(f'<c r="{c}{r}"/>'.encode() for c in "ABCDEFGHIJ") + b"</row>"
        yield b"</sheetData>" + header[1]

    cases["cells-3M.xlsx"] = _stream_zip(folder / "cells-3M.xlsx", base, SHEET, pieces_cells)

    def pieces_dimension():
        yield header[0].replace(b'ref="A1:A1"', b'ref="A1:XFD1048576"')
        yield b'<row r="1048576"><c r="XFD1048576"><v>1</v></c></row></sheetData>' + header[1]

    cases["dimension-XFD1048576.xlsx"] = _stream_zip(folder / "dimension-XFD1048576.xlsx", base, SHEET,
                                                     pieces_dimension)

    def pieces_loose():  # 1.6 million elements outside rows, numbered so that they compress only about 10:1
        yield header[0]
        for n in range(160):
            yield b"".join(f'<x n="{n * 10_000 + i}"/>'.encode() for i in range(10_000))
        yield b"</sheetData>" + header[1]

    cases["loose-2M.xlsx"] = _stream_zip(folder / "loose-2M.xlsx", base, SHEET, pieces_loose)

    rng = random.Random(49)
    with open(folder / "partners-48MB.csv", "w", encoding="utf-8", newline="") as out:
        out.write("Name;Ort;Land;Branche;Notizen\r\n")
        written, i = 0, 0
        while written < 48 * 2**20:
            line = f"{rng.choice(NAMES)} {i};Ulm;DE;Maschinenbau;{'Notiz ' * rng.randrange(1, 8)}\r\n"
            written += out.write(line)
            i += 1
    cases["partners-48MB.csv"] = folder / "partners-48MB.csv"
    with open(folder / "one-line-49MB.csv", "wb") as out:
        out.write(b"Name;Ort\r\n")
        out.writelines(b"x" * 2**20 for _ in range(49))
    cases["one-line-49MB.csv"] = folder / "one-line-49MB.csv"
    return cases
