"""A contact as people type it in one cell, split into salutation, title, name and department.

"Einkauf, Hr. Schäfer" -> department Einkauf, salutation Herr, name Schäfer; "Prof. Dr. Klaus Kern" -> title
Prof. Dr., name Klaus Kern; "Frau Dr. Weiß" -> Frau, Dr., Weiß; "Hr. Bäuerle (Vertrieb)" -> Herr, Bäuerle,
department Vertrieb. Only what is certain is split: "Schäfer, Hans" (no salutation or title on either side) and
a cell naming no person ("Geschäftsstelle", "Einkauf") stay the name as written, nothing is lost.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# how a salutation is written -> how it is stored (casefolded, without the full stop)
_SALUTATIONS = {
    "herr": "Herr", "herrn": "Herr", "hr": "Herr", "hrn": "Herr", "frau": "Frau", "fr": "Frau",
    "mr": "Mr", "mister": "Mr", "mrs": "Mrs", "ms": "Ms", "miss": "Miss",
    "monsieur": "Monsieur", "madame": "Madame", "mme": "Madame", "pan": "Pan", "pani": "Pani",
}
# academic and professional titles, written as they are kept ("Dr.-Ing.", "Dipl.-Kfm.", "Prof.")
_TITLE = re.compile(r"(?:Prof|Dr|PD|Priv\.-Doz|Dipl|Mag|Lic|Ing|Dr\.-Ing|Dr\. ?rer\. ?nat|Dr\. ?med|"
                    r"Dipl\.-[A-ZÄÖÜ][\wäöüß]*|Dr\.-[A-ZÄÖÜ][\wäöüß]*|Dr\. h\. ?c|h\. ?c)\.?$", re.IGNORECASE)
_TITLE_WORDS = ("prof", "dr", "pd", "dipl", "mag", "ing")
_PARENS = re.compile(r"^(?P<person>[^()]+?)\s*\((?P<inside>[^()]+)\)\s*$")


@dataclass(frozen=True)
class ContactName:
    name: str
    salutation: str = ""
    title: str = ""
    department: str = ""

    def fields(self) -> dict[str, str]:
        return {k: v for k, v in (("name", self.name), ("salutation", self.salutation), ("title", self.title),
                                  ("department", self.department)) if v}


def salutation_of(word: str) -> str:
    """The stored salutation a word stands for ("Hr." -> "Herr"), "" for none."""
    return _SALUTATIONS.get(word.strip().rstrip(".").casefold(), "")


def _is_title(token: str) -> bool:
    word = token.rstrip(".").split(".")[0].split("-")[0].casefold()
    if word in ("ing", "mag", "dipl", "pd") and token.casefold() == word:  # "Ing Lee": a name, not "Ing."
        return False
    return bool(_TITLE.match(token)) and word in _TITLE_WORDS


def _person(text: str) -> ContactName | None:
    """Salutation and titles in front of a name, or None when ``text`` starts with neither."""
    tokens = text.split()
    salutation = ""
    if len(tokens) > 1 and salutation_of(tokens[0]):
        salutation = salutation_of(tokens.pop(0))
    titles = []
    while len(tokens) > 1 and _is_title(tokens[0]):
        titles.append(tokens.pop(0))
    # "Dr. h. c." and "Dr. rer. nat." come as several tokens
    while len(tokens) > 1 and titles and re.fullmatch(r"(?:h\.|c\.|rer\.|nat\.|med\.|pol\.|oec\.)", tokens[0]):
        titles.append(tokens.pop(0))
    if not salutation and not titles:
        return None
    return ContactName(" ".join(tokens), salutation, " ".join(titles))


def split_contact(text: str) -> ContactName:
    """The parts of a contact cell; a text that names no certain person is the name as written."""
    text = " ".join(text.split())
    if not text:
        return ContactName("")
    whole = _person(text)
    if whole is not None:
        inside = _PARENS.match(whole.name)
        if inside and " " not in inside.group("inside").strip(" ,"):
            return ContactName(inside.group("person"), whole.salutation, whole.title, inside.group("inside"))
        if "," not in whole.name:
            return whole
    parts = [p.strip() for p in text.split(",") if p.strip()]
    if len(parts) == 2:
        for person_at, other_at in ((1, 0), (0, 1)):
            person = _person(parts[person_at])
            if person is not None and _person(parts[other_at]) is None:
                return ContactName(person.name, person.salutation, person.title, parts[other_at])
    inside = _PARENS.match(text)
    if inside:
        person = _person(inside.group("person"))
        if person is not None:
            return ContactName(person.name, person.salutation, person.title, inside.group("inside").strip())
    return whole or ContactName(text)
