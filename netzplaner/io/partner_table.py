"""Partner lists: which column holds what (German and English headers), and one row as partner fields.

``recognise`` finds the header row among the first rows of a table and maps each column to a field of
``FIELDS`` (or to nothing); the mapping can be overridden column by column (the GUI's column mapping).
``parse_row`` turns one row into a ``PartnerRow``: clean values for the partner and its contact, plus notes on
what could not be read (an unknown country, kind or network) -- those never refuse a row, they are reported.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass, field
from functools import cached_property

from ..domain.addresses import split_address, split_postcode
from ..domain.enums import Dimension, PartnerKind
from ..domain.extra_fields import format_extra, merge_extra, parse_extra
from ..domain.errors import NetzplanerError
from ..domain.text import fold
from ..domain.vocabulary import from_label, keyed_words, word_key
from .contact_names import salutation_of, split_contact
from .countries import country_code

# the fields a column can be mapped to, in the order the GUI offers them
FIELDS = ("name", "kind", "dimensions", "street", "postcode", "city", "region", "country", "industry", "website",
          "tags", "notes", "extra", "archived", "contact_name", "contact_first_name", "contact_last_name", "contact_salutation",
          "contact_title", "contact_department", "contact_role", "contact_email", "contact_phone", "contact_notes",
          "id")
CONTACT_FIELDS = ("contact_name", "contact_first_name", "contact_last_name", "contact_salutation", "contact_title",
                  "contact_department", "contact_role", "contact_email", "contact_phone", "contact_notes")
# "extra": a column that maps to no field, kept in the partner's further details as "Header: value" (issue 15);
# several columns may feed it. A contact field with "@2", "@3" ... feeds the second, third ... contact of the row
# ("E-Mail 2" as the exports write further contacts).
EXTRA = "extra"
# headers of Netzplaner's own exports that the import does not take on purpose (the report names them)
# the further details' names of a contact's parts that came without a person
CONTACT_LABELS = {"salutation": "Anrede", "title": "Titel", "department": "Abteilung", "role": "Funktion",
                  "notes": "Notizen", "email": "E-Mail", "phone": "Telefon"}
_NOT_IMPORTED = ("Eigene Firma", "Own firm")

_HEADERS: dict[str, tuple[str, ...]] = {
    "name": ("Firma", "Firmenname", "Name", "Unternehmen", "Unternehmensname", "Organisation", "Organization",
             "Organisationsname", "Company", "Company name", "Partner", "Partnername", "Institution",
             "Einrichtung", "Label", "Bezeichnung", "Account", "Account name", "Firmierung"),
    "kind": ("Typ", "Art", "Kind", "Type", "Partnerart", "Partnertyp", "Art des Partners", "Kategorie",
             "Category", "Organisationstyp", "Organisationsart", "Partner type", "Partner kind"),
    "dimensions": ("Netzwerk", "Netzwerke", "Dimension", "Dimensionen", "Network", "Networks", "Netzwerkart",
                   "Ebene"),
    "street": ("Straße", "Strasse", "Str.", "Str", "Straße und Hausnummer", "Straße, Hausnummer", "Street",
               "Street address", "Address", "Address line 1", "Adresse", "Anschrift", "Hausanschrift"),
    "city": ("Ort", "Stadt", "City", "Town", "Standort", "Sitz", "Location", "Gemeinde", "Place", "PLZ Ort",
             "PLZ/Ort", "PLZ und Ort", "Postcode and city", "Wohnort"),
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
    "archived": ("Archiviert", "Archived", "Archiv"),
    "extra": ("Weitere Angaben", "Further details", "Zusatzangaben"),
    "contact_first_name": ("Vorname", "First name", "Given name", "Firstname"),
    "contact_last_name": ("Nachname", "Familienname", "Last name", "Surname", "Family name", "Lastname"),
    "contact_salutation": ("Anrede", "Salutation", "Anrede Ansprechpartner", "Herr/Frau"),
    "contact_title": ("Titel", "Title", "Akademischer Titel", "Academic title", "Namenszusatz"),
    "contact_department": ("Abteilung", "Department", "Bereich", "Dept", "Dept.", "Fachbereich"),
    "contact_role": ("Position", "Funktion", "Rolle", "Role", "Job title", "Jobtitel", "Stellung",
                     "Berufsbezeichnung"),
    "contact_notes": ("Notizen zum Ansprechpartner", "Contact notes", "Ansprechpartner Notizen"),
    "contact_email": ("E-Mail", "Email", "Mail", "E-Mail-Adresse", "Email address", "Mailadresse"),
    "contact_phone": ("Telefon", "Tel", "Tel.", "Phone", "Telephone", "Telefonnummer", "Phone number", "Mobil",
                      "Mobile", "Handy", "Fon"),
    "id": ("Id", "Node Id", "Kennung", "Key", "Schlüssel"),
}
_CONTAINS = (("mail", "contact_email"), ("telefon", "contact_phone"), ("phone", "contact_phone"),
             ("postleitzahl", "postcode"), ("ansprechpartner", "contact_name"), ("kontaktperson", "contact_name"),
             ("firmenname", "name"), ("homepage", "website"), ("website", "website"), ("webseite", "website"),
             ("schlagw", "tags"), ("bemerkung", "notes"), ("notiz", "notes"), ("branche", "industry"),
             ("bundesland", "region"), ("strasse", "street"), ("anrede", "contact_salutation"),
             ("abteilung", "contact_department"))
_NUMBERED = re.compile(r"^(.*?)[\s_#-]*(\d{1,2})$")  # "E-Mail 2", "Contact_3"

_SPLIT = re.compile(r"\s*[|;,/+]\s*|\s+(?:und|and|&)\s+")
_YES = {"ja", "j", "yes", "y", "x", "true", "wahr", "1"}
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


def norm(text: str) -> str:
    """Case, accents, spaces and punctuation removed: "E-Mail-Adresse" -> "emailadresse", "Universität" -> "universitat"."""
    return word_key(text)


_HEADER_LOOKUP = {norm(word): key for key, words in _HEADERS.items() for word in words}


_IGNORED = {norm(word) for word in _NOT_IMPORTED}


def _plain_field(key: str) -> str | None:
    if key in _HEADER_LOOKUP:
        return _HEADER_LOOKUP[key]
    return next((f for fragment, f in _CONTAINS if fragment in key), None)


def field_of(header: str) -> str | None:
    """The field a column header stands for, or None ("E-Mail 2": ``contact_email@2``, the second contact's)."""
    key = norm(header)
    if not key:
        return None
    if key in _HEADER_LOOKUP:
        return _HEADER_LOOKUP[key]
    numbered = _NUMBERED.match(header.strip())
    if numbered:
        base = _plain_field(norm(numbered.group(1)))
        number = int(numbered.group(2))
        if base in CONTACT_FIELDS and number >= 1:
            return base if number == 1 else f"{base}@{number}"
    return _plain_field(key)


def is_field(key: str | None) -> bool:
    """Whether ``key`` is a field a column can feed (``contact_email@2`` included)."""
    if key is None or key in FIELDS:
        return True
    base, _, number = key.partition("@")
    return base in CONTACT_FIELDS and number.isdigit() and int(number) >= 2


@dataclass
class Layout:
    """Where the header is and which column holds which field (column index -> field key or None)."""

    header_index: int  # index into ``Table.rows`` of the header row
    headers: list[str]
    mapping: dict[int, str | None]

    def column(self, key: str) -> int | None:
        return next((i for i, f in sorted(self.mapping.items()) if f == key), None)

    @cached_property
    def detail_columns(self) -> frozenset[int]:
        """The columns that hold further details as text already ("Weitere Angaben" of an export)."""
        return frozenset(i for i, f in self.mapping.items() if f == EXTRA and field_of(self.header(i)) == EXTRA)

    def header(self, index: int) -> str:
        """The column's header as the further details name it ("" for a column without one)."""
        return " ".join(self.headers[index].split()) if index < len(self.headers) else ""

    def columns_with(self, key: str | None, filled: Collection[int]) -> list[str]:
        """The headers of the ``filled`` columns (those holding a value) mapped to ``key`` (``EXTRA``: kept; None:
        not imported), in file order; a column without a header is "#3" (its position)."""
        return [self.header(i) or f"#{i + 1}" for i, f in sorted(self.mapping.items()) if f == key and i in filled
                and not (key == EXTRA and field_of(self.header(i)) == EXTRA)]  # "Weitere Angaben" is a field


def map_headers(headers: Sequence[str]) -> dict[int, str | None]:
    """Each column's field. A column that names no field, or a field an earlier column already feeds, is kept as
    a further detail (``EXTRA``), except the flags of Netzplaner's own exports (not imported, and reported)."""
    taken: set[str] = set()
    mapping: dict[int, str | None] = {}
    for index, header in enumerate(headers):
        key = field_of(header)
        if key is not None and key not in taken:
            mapping[index] = key
            taken.add(key)
        else:
            mapping[index] = None if norm(header) in _IGNORED else EXTRA
    return mapping


def recognise(rows: Sequence[tuple[int, list[str]]], look_ahead: int = 10) -> Layout:
    """The header row (the one among the first rows with the most recognised headers; else the first)."""
    best, best_count = 0, 0
    for index, (_, cells) in enumerate(rows[:look_ahead]):
        count = sum(1 for f in map_headers(cells).values() if f and f != EXTRA)
        if count > best_count:
            best, best_count = index, count
    headers = list(rows[best][1]) if rows else []
    return Layout(best, headers, map_headers(headers))


def override(layout: Layout, mapping: Mapping[int, str | None] | None) -> Layout:
    """The layout with the user's column mapping (index -> field or None); a field keeps its last column (the
    further details take any number of columns)."""
    if not mapping:
        return layout
    merged = dict(layout.mapping)
    for index, key in mapping.items():
        if not is_field(key):
            raise NetzplanerError("Unknown field for a column: {key}.", key=key)
        if key is not None and key != EXTRA:
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
    contact: dict[str, str] | None = None  # the first of ``contacts``
    contacts: list[dict[str, str]] = field(default_factory=list)
    notes: list[NetzplanerError] = field(default_factory=list)  # what could not be read, for the report


def _contacts(values: Mapping[str, str], mapped: Collection[str | None]) -> list[dict[str, str]]:
    """The row's contacts (the first, then "@2", "@3" ...): a name cell split into salutation, title, name and
    department, unless the file has columns of their own for salutation or title (then the name is as written:
    Netzplaner's exports come back unchanged); a part a column gives wins."""
    groups: dict[int, dict[str, str]] = {}
    for key, value in values.items():
        base, _, number = key.partition("@")
        if base in CONTACT_FIELDS:
            groups.setdefault(int(number or 1), {})[base.removeprefix("contact_")] = value
    contacts = []
    for number, group in sorted(groups.items()):
        suffix = f"@{number}" if number > 1 else ""
        separate = f"contact_salutation{suffix}" in mapped or f"contact_title{suffix}" in mapped
        first, last = group.pop("first_name", ""), group.pop("last_name", "")
        if (first or last) and not group.get("name"):
            group["name"] = " ".join(v for v in (first, last) if v)
        if group.get("name") and not separate:
            split = split_contact(group["name"])
            group.update({k: v for k, v in split.fields().items() if not (k != "name" and group.get(k))})
        if group.get("salutation"):
            group["salutation"] = salutation_of(group["salutation"]) or group["salutation"]
        contacts.append(group)
    return contacts


def parse_row(number: int, cells: Sequence[str], layout: Layout) -> PartnerRow:
    values: dict[str, str] = {}
    extra: list[tuple[str, str]] = []
    for index, key in layout.mapping.items():
        if key is not None and index < len(cells) and cells[index].strip():
            if key == EXTRA and index in layout.detail_columns:  # the exports' "Weitere Angaben"
                extra += parse_extra(cells[index])
            elif key == EXTRA:
                extra.append((layout.header(index), cells[index].strip()))
            else:
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
    _address(values, f)
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
    if extra:
        f["extra"] = format_extra(extra)
    if "archived" in values:
        f["archived"] = norm(values["archived"]) in _YES
    if "tags" in values:
        f["tags"] = [*f.get("tags", []), *split_list(values["tags"])]
    for contact in _contacts(values, set(layout.mapping.values())):
        if contact.get("email") and not _EMAIL.match(contact["email"]):
            row.notes.append(NetzplanerError("“{value}” is not a valid e-mail address; left out.",
                                             value=contact["email"]))
            del contact["email"]
        if not contact.get("name"):
            if not (contact.get("email") or contact.get("phone")):
                if contact:  # a role or department without a person: kept with the partner, not dropped
                    f["extra"] = merge_extra(f.get("extra", ""), format_extra(
                        (CONTACT_LABELS[k], v) for k, v in contact.items()))
                continue
            contact["name"] = contact.get("email") or contact["phone"]
        row.contacts.append(contact)
    row.contact = row.contacts[0] if row.contacts else None
    return row


def _address(values: Mapping[str, str], f: dict[str, object]) -> None:
    """Street, postcode and city; a postcode glued to the city ("72762 Reutlingen") or a one-cell address
    ("Alteburgstraße 150, 72762 Reutlingen") is split."""
    street, postcode, city = values.get("street", ""), values.get("postcode", ""), values.get("city", "")
    if street and not (postcode or city) and (whole := split_address(street)) is not None:
        street, postcode, city = whole
    if city and not postcode and (glued := split_postcode(city)) is not None:
        postcode, city = glued
    for key, value in (("street", street), ("postcode", postcode), ("city", city)):
        if value:
            f[key] = value
