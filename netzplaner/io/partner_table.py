"""Partner lists: which column holds what (German and English headers), and one row as partner fields.

``recognise`` finds the header row among the first rows of a table and maps each column to a field of
``FIELDS`` (or to nothing); the mapping can be overridden column by column (the GUI's column mapping).
``parse_row`` turns one row into a ``PartnerRow``: clean values for the partner and its contact, plus notes on
what could not be read (an unknown country, kind or network) -- those never refuse a row, they are reported.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from ..domain.enums import Dimension, PartnerKind
from ..domain.errors import NetzplanerError
from ..domain.text import fold
from ..domain.vocabulary import from_label, keyed_words, word_key
from .countries import country_code

# the fields a column can be mapped to, in the order the GUI offers them
FIELDS = ("name", "kind", "dimensions", "city", "postcode", "country", "region", "industry", "website", "tags",
          "notes", "contact_name", "contact_role", "contact_email", "contact_phone", "id")
CONTACT_FIELDS = ("contact_name", "contact_role", "contact_email", "contact_phone")

_HEADERS: dict[str, tuple[str, ...]] = {
    "name": ("Firma", "Firmenname", "Name", "Unternehmen", "Unternehmensname", "Organisation", "Organization",
             "Organisationsname", "Company", "Company name", "Partner", "Partnername", "Institution",
             "Einrichtung", "Label", "Bezeichnung", "Account", "Account name", "Firmierung"),
    "kind": ("Typ", "Art", "Kind", "Type", "Partnerart", "Partnertyp", "Art des Partners", "Kategorie",
             "Category", "Organisationstyp", "Organisationsart", "Partner type", "Partner kind"),
    "dimensions": ("Netzwerk", "Netzwerke", "Dimension", "Dimensionen", "Network", "Networks", "Netzwerkart",
                   "Ebene"),
    "city": ("Ort", "Stadt", "City", "Town", "Standort", "Sitz", "Location", "Gemeinde", "Place"),
    "postcode": ("PLZ", "Postleitzahl", "ZIP", "ZIP code", "Postcode", "Postal code", "Post code"),
    "country": ("Land", "Country", "Staat", "Nation", "Ländercode", "Country code", "Landeskennzeichen"),
    "region": ("Region", "Bundesland", "State", "Province", "Kanton", "Provinz", "Landkreis", "Kreis", "County"),
    "industry": ("Branche", "Industry", "Sector", "Sektor", "Wirtschaftszweig", "Branchen", "Industries"),
    "website": ("Website", "Webseite", "Homepage", "URL", "Internet", "Web", "Internetseite", "Internetadresse",
                "WWW", "Web site"),
    "tags": ("Schlagworte", "Schlagwörter", "Schlagwort", "Tags", "Tag", "Stichworte", "Stichwörter", "Keywords",
             "Labels"),
    "notes": ("Notizen", "Notiz", "Notes", "Note", "Bemerkung", "Bemerkungen", "Kommentar", "Kommentare",
              "Comment", "Comments", "Beschreibung", "Description", "Anmerkung", "Anmerkungen", "Info"),
    "contact_name": ("Ansprechpartner", "Ansprechpartnerin", "Ansprechperson", "Kontakt", "Kontaktperson",
                     "Kontaktname", "Contact", "Contact name", "Contact person", "Person", "Ansprechpartner Name"),
    "contact_role": ("Position", "Funktion", "Rolle", "Role", "Job title", "Jobtitel", "Title"),
    "contact_email": ("E-Mail", "Email", "Mail", "E-Mail-Adresse", "Email address", "Mailadresse"),
    "contact_phone": ("Telefon", "Tel", "Tel.", "Phone", "Telephone", "Telefonnummer", "Phone number", "Mobil",
                      "Mobile", "Handy", "Fon"),
    "id": ("Id", "Node Id", "Kennung", "Key", "Schlüssel"),
}
_CONTAINS = (("mail", "contact_email"), ("telefon", "contact_phone"), ("phone", "contact_phone"),
             ("postleitzahl", "postcode"), ("ansprechpartner", "contact_name"), ("kontaktperson", "contact_name"),
             ("firmenname", "name"), ("homepage", "website"), ("website", "website"), ("webseite", "website"),
             ("schlagw", "tags"), ("bemerkung", "notes"), ("notiz", "notes"), ("branche", "industry"),
             ("bundesland", "region"))

_SPLIT = re.compile(r"\s*[|;,/+]\s*|\s+(?:und|and|&)\s+")
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


def norm(text: str) -> str:
    """Case, accents, spaces and punctuation removed: "E-Mail-Adresse" -> "emailadresse", "Universität" -> "universitat"."""
    return word_key(text)


_HEADER_LOOKUP = {norm(word): key for key, words in _HEADERS.items() for word in words}


def field_of(header: str) -> str | None:
    """The field a column header stands for, or None."""
    key = norm(header)
    if not key:
        return None
    if key in _HEADER_LOOKUP:
        return _HEADER_LOOKUP[key]
    return next((f for fragment, f in _CONTAINS if fragment in key), None)


@dataclass
class Layout:
    """Where the header is and which column holds which field (column index -> field key or None)."""

    header_index: int  # index into ``Table.rows`` of the header row
    headers: list[str]
    mapping: dict[int, str | None]

    def column(self, key: str) -> int | None:
        return next((i for i, f in sorted(self.mapping.items()) if f == key), None)


def map_headers(headers: Sequence[str]) -> dict[int, str | None]:
    """Each column's field; a field already taken by an earlier column leaves later ones unmapped."""
    taken: set[str] = set()
    mapping: dict[int, str | None] = {}
    for index, header in enumerate(headers):
        key = field_of(header)
        mapping[index] = key if key is not None and key not in taken else None
        if key is not None:
            taken.add(key)
    return mapping


def recognise(rows: Sequence[tuple[int, list[str]]], look_ahead: int = 10) -> Layout:
    """The header row (the one among the first rows with the most recognised headers; else the first)."""
    best, best_count = 0, 0
    for index, (_, cells) in enumerate(rows[:look_ahead]):
        count = sum(1 for f in map_headers(cells).values() if f)
        if count > best_count:
            best, best_count = index, count
    headers = list(rows[best][1]) if rows else []
    return Layout(best, headers, map_headers(headers))


def override(layout: Layout, mapping: Mapping[int, str | None] | None) -> Layout:
    """The layout with the user's column mapping (index -> field or None); a field keeps its last column."""
    if not mapping:
        return layout
    merged = dict(layout.mapping)
    for index, key in mapping.items():
        if key is not None and key not in FIELDS:
            raise NetzplanerError("Unknown field for a column: {key}.", key=key)
        if key is not None:
            for other, value in merged.items():
                if value == key and other != index:
                    merged[other] = None
        merged[int(index)] = key
    return Layout(layout.header_index, layout.headers, merged)


# -- values -----------------------------------------------------------------------------------------------

def partner_kind(text: str) -> PartnerKind | None:
    """The kind a word names ("Lieferant", "IHK", "Hochschule", "Company"), else None."""
    if not text.strip():
        return None
    member = from_label(PartnerKind, text)
    if member is not None:
        return member  # type: ignore[return-value]
    table = keyed_words(PartnerKind)  # the one vocabulary: a word of it inside a longer cell
    for word in re.split(r"[^\w]+", fold(text)):
        if norm(word) in table:
            return table[norm(word)]  # type: ignore[return-value]
    key = norm(text)
    return next((kind for word, kind in table.items() if len(word) > 4 and word in key), None)  # type: ignore


def dimensions(text: str) -> tuple[frozenset[Dimension], list[str]]:
    """The networks a cell names, and the words that name none."""
    found, unknown = set(), []
    for part in _SPLIT.split(text.strip()):
        if not part:
            continue
        member = from_label(Dimension, part)
        if member is None:
            unknown.append(part)
        else:
            found.add(member)
    return frozenset(found), unknown


def split_list(text: str) -> list[str]:
    """Several values in one cell: Kumu's ``|``, or ``;`` and ``,`` as people type them."""
    return [part.strip() for part in re.split(r"[|;,]", text) if part.strip()]


@dataclass
class PartnerRow:
    """One row of a partner list as clean-ish partner fields (the domain rules still run on them)."""

    number: int  # row number in the file
    name: str
    key: str  # what relationships refer to it by: the id column, else the name
    fields: dict[str, object] = field(default_factory=dict)  # partner fields present in the row
    contact: dict[str, str] | None = None
    notes: list[NetzplanerError] = field(default_factory=list)  # what could not be read, for the report


def parse_row(number: int, cells: Sequence[str], layout: Layout) -> PartnerRow:
    values: dict[str, str] = {}
    for index, key in layout.mapping.items():
        if key is not None and index < len(cells) and cells[index].strip():
            values[key] = cells[index].strip()
    name = " ".join((values.get("name") or values.get("id", "")).split())  # a Gephi node may have no label
    row = PartnerRow(number, name, values.get("id", "") or name)
    f = row.fields
    if "kind" in values:
        kind = partner_kind(values["kind"])
        if kind is None:
            f["kind"] = PartnerKind.OTHER
            f["tags"] = [values["kind"]]
            row.notes.append(NetzplanerError("Kind “{value}” is not known: imported as Other, the word kept as a tag.",
                                             value=values["kind"]))
        else:
            f["kind"] = kind
    if "dimensions" in values:
        found, unknown = dimensions(values["dimensions"])
        f["dimensions"] = found
        if unknown:
            row.notes.append(NetzplanerError("Network “{value}” is not known (Regional, Fachlich or International); "
                                             "left out.", value=", ".join(unknown)))
    city = " ".join(v for v in (values.get("postcode", ""), values.get("city", "")) if v)
    if city:
        f["city"] = city
    if "country" in values:
        code = country_code(values["country"])
        if code:
            f["country"] = code
        else:
            row.notes.append(NetzplanerError("Country “{value}” is not recognised; left empty.",
                                             value=values["country"]))
    for key in ("region", "industry", "website", "notes"):
        if key in values:
            f[key] = values[key]
    if "tags" in values:
        f["tags"] = [*f.get("tags", []), *split_list(values["tags"])]
    contact = {k.removeprefix("contact_"): values[k] for k in CONTACT_FIELDS if k in values}
    if contact.get("email") and not _EMAIL.match(contact["email"]):
        row.notes.append(NetzplanerError("“{value}” is not a valid e-mail address; left out.", value=contact["email"]))
        del contact["email"]
    if contact and not contact.get("name"):
        if not (contact.get("email") or contact.get("phone")):
            contact = {}  # a role without a person
        else:
            contact["name"] = contact.get("email") or contact["phone"]
    row.contact = contact or None
    return row
