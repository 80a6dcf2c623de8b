"""The partners as CSV for German Excel: ``;``-separated, UTF-8 with byte order mark, CRLF line ends.

Every text passes ``safe_text.csv_text``: hidden characters go first, then a value starting with ``= + - @``, tab or
carriage return gets a leading apostrophe and can never run as a formula. The headers are those the partner import
recognises, so the file can be read back (``netzplaner import``) after editing.
"""

from __future__ import annotations

import csv
from pathlib import Path

from ..domain.vocabulary import label
from .exchange import ExchangeData, words
from .files import atomic_write
from .safe_text import csv_text

SEPARATOR = ";"


def partner_rows(data: ExchangeData) -> list[list[str]]:
    """The header row and one row per partner (its first contact beside it), as the CSV holds them."""
    w = words(data.lang)
    header = [w("Name", "Name"), w("Art", "Kind"), w("Netzwerke", "Networks"), w("Ort", "City"),
              w("Land", "Country"), w("Region", "Region"), w("Branche", "Industry"), w("Website", "Website"),
              w("Schlagworte", "Tags"), w("Notizen", "Notes"), w("Ansprechpartner", "Contact"),
              w("Funktion", "Role"), w("E-Mail", "E-mail"), w("Telefon", "Phone"), w("Eigene Firma", "Own firm"),
              w("Archiviert", "Archived"), "ID"]
    yes = w("ja", "yes")
    rows = [header]
    for p in data.partners:
        contacts = data.contacts.get(p.id, ())
        c = contacts[0] if contacts else None
        rows.append([p.name, label(p.kind, data.lang), ", ".join(data.dimension_labels(p)), p.city, p.country,
                     p.region, p.industry, p.website, ", ".join(p.tags), p.notes, c.name if c else "",
                     c.role if c else "", c.email if c else "", c.phone if c else "", yes if p.is_own_firm else "",
                     yes if p.archived else "", p.id])
    return rows


def write_partner_csv(data: ExchangeData, path: Path | str) -> Path:
    path = Path(path)
    with atomic_write(path, "w", encoding="utf-8-sig", newline="") as out:
        writer = csv.writer(out, delimiter=SEPARATOR, lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
        for row in partner_rows(data):
            writer.writerow([csv_text(value) for value in row])
    return path
