"""Kumu's spreadsheet layout (``netzplaner export DOC -o net.xlsx --format kumu``).

Kumu imports a workbook with a sheet ``Elements`` (``Label``, ``Type``, ``Tags``, ``Description`` and any further
fields) and a sheet ``Connections`` (``From``, ``To``, ``Type``, ``Direction`` ...); several values in one cell
are separated by ``|``. Connections name their elements by label, which is unique in a Netzplaner document.
The same layout is read back by the partner import (``io.import_source`` recognises it).

User text is written as string cells, never as formulas; text with a formula prefix gets the quote-prefix style.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Font

from ..domain.vocabulary import label
from .exchange import ExchangeData, ExtraColumns, contact_count, contact_headers, contact_values, words
from .files import atomic_write
from .safe_text import cell_text, needs_quote

ELEMENTS, CONNECTIONS = "Elements", "Connections"
SEPARATOR = " | "
_BOLD = Font(bold=True)


def element_rows(data: ExchangeData) -> list[list[object]]:
    """Kumu's elements: its own fields first, then the partner's (address, contacts, further details as columns of
    their own, so Kumu shows each as a field and the partner import takes each back)."""
    w = words(data.lang)
    count = contact_count(data)
    extra = ExtraColumns.of(data)
    rows: list[list[object]] = [["Label", "Type", "Tags", "Description", w("Netzwerke", "Networks"),
                                 w("Straße", "Street"), w("PLZ", "Postcode"), w("Ort", "City"),
                                 w("Land", "Country"), w("Region", "Region"), w("Branche", "Industry"), "Website",
                                 *contact_headers(data, count), w("Eigene Firma", "Own firm"),
                                 w("Archiviert", "Archived"), "ID", *extra.headers]]
    yes = w("ja", "yes")
    for p in data.partners:
        rows.append([p.name, label(p.kind, data.lang), SEPARATOR.join(p.tags), p.notes,
                     SEPARATOR.join(data.dimension_labels(p)), p.street, p.postcode, p.city, p.country, p.region,
                     p.industry, p.website, *contact_values(data, p, count), yes if p.is_own_firm else "",
                     yes if p.archived else "", p.id, *extra.values(p)])
    return rows


def connection_rows(data: ExchangeData) -> list[list[object]]:
    w = words(data.lang)
    names = data.names()
    rows: list[list[object]] = [["From", "To", "Type", "Direction", w("Stärke", "Strength"),
                                 w("Qualitätsindex", "Quality index"), w("Seit", "Since"), "Description", "ID"]]
    for r in data.relationships:
        quality = data.quality.get(r.id)
        rows.append([names.get(r.source_id, r.source_id), names.get(r.target_id, r.target_id),
                     label(r.kind, data.lang), "undirected", r.strength,
                     round(quality, 1) if quality is not None else None, r.since, r.notes, r.id])
    return rows


def _cells(ws, values: Sequence[object], lang: str, header: bool = False) -> list:
    cells = []
    for value in values:
        if isinstance(value, str):
            cell = WriteOnlyCell(ws, value=cell_text(value))
            cell.data_type = "s"  # never a formula, whatever the text starts with
            if needs_quote(cell.value):
                cell.quotePrefix = True
        else:
            cell = WriteOnlyCell(ws, value=value)
            if value is not None and hasattr(value, "isoformat"):
                cell.number_format = "YYYY-MM-DD" if lang == "en" else "DD.MM.YYYY"
        if header:
            cell.font = _BOLD
        cells.append(cell)
    return cells


def write_kumu_workbook(data: ExchangeData, path: Path | str) -> Path:
    """Write the Elements and Connections sheets to ``path`` atomically."""
    path = Path(path)
    wb = Workbook(write_only=True)
    for title, rows, widths in ((ELEMENTS, element_rows(data), (32, 20, 24, 40)),
                                (CONNECTIONS, connection_rows(data), (32, 32, 20, 12))):
        ws = wb.create_sheet(title)
        for index, width in enumerate(widths):
            ws.column_dimensions[chr(ord("A") + index)].width = width
        ws.freeze_panes = "A2"
        for number, row in enumerate(rows):
            ws.append(_cells(ws, row, data.lang, header=number == 0))
    wb.properties.creator = "Netzplaner"
    with atomic_write(path) as out:
        wb.save(out)
    return path
