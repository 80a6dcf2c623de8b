"""The partners as CSV for German Excel: ``;``-separated, UTF-8 with byte order mark, CRLF line ends.

Every text passes ``safe_text.csv_text``: hidden characters go first, then a value starting with ``= + - @``, tab or
carriage return gets a leading apostrophe and can never run as a formula. The headers are those the partner import
recognises, so the file can be read back (``netzplaner import``) after editing.
"""

from __future__ import annotations

import csv
from pathlib import Path

from ..domain.vocabulary import label
from .exchange import ExchangeData, ExtraColumns, contact_count, contact_headers, contact_values, words
from .files import atomic_write
from .safe_text import csv_text

SEPARATOR = ";"


def partner_rows(data: ExchangeData) -> list[list[str]]:
    """The header row and one row per partner (its address, every contact, its further details as columns of
    their own), as the CSV holds them."""
    w = words(data.lang)
    count = contact_count(data, at_least=1)
    extra = ExtraColumns.of(data)
    header = [w("Name", "Name"), w("Art", "Kind"), w("Netzwerke", "Networks"), w("Straße", "Street"),
              w("PLZ", "Postcode"), w("Ort", "City"), w("Land", "Country"), w("Region", "Region"),
              w("Branche", "Industry"), w("Website", "Website"), w("Schlagworte", "Tags"), w("Notizen", "Notes"),
              *contact_headers(data, count), w("Eigene Firma", "Own firm"), w("Archiviert", "Archived"), "ID",
              *extra.headers]
    yes = w("ja", "yes")
    rows = [header]
    for p in data.partners:
        rows.append([p.name, label(p.kind, data.lang), ", ".join(data.dimension_labels(p)), p.street, p.postcode,
                     p.city, p.country, p.region, p.industry, p.website, ", ".join(p.tags), p.notes,
                     *contact_values(data, p, count), yes if p.is_own_firm else "", yes if p.archived else "", p.id,
                     *extra.values(p)])
    return rows


def write_partner_csv(data: ExchangeData, path: Path | str) -> Path:
    path = Path(path)
    with atomic_write(path, "w", encoding="utf-8-sig", newline="") as out:
        writer = csv.writer(out, delimiter=SEPARATOR, lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
        for row in partner_rows(data):
            writer.writerow([csv_text(value) for value in row])
    return path
