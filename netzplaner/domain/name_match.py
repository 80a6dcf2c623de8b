"""How two partner names are compared (issue 15): one normalised form per name, and the words that made it.

``name_key("Mueller Präzisionsteile GmbH")`` and ``name_key("Müller Präzisionsteile")`` give the same ``text``
("mueller praezisionsteile"): case folded, ß as ss, umlauts as ae/oe/ue (so "ü" and "ue" meet), accents dropped,
punctuation a blank, the legal form at the end taken off (GmbH, GmbH & Co. KG, AG, e.V., SARL, s.r.o., Ltd …) and
the usual abbreviations written out (HS = Hochschule, IHK = Industrie- und Handelskammer …). ``NameKey`` keeps
what it took off and wrote out, so a reason the user can read can be given for a match
(``services/duplicates.py``, which also does the fuzzy comparison). Plain Python, no third-party code.
"""

from __future__ import annotations

import re
import unicodedata
from typing import NamedTuple

_UMLAUTS = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss", "æ": "ae", "œ": "oe", "ø": "oe"})
_WORDS = re.compile(r"[^\W_]+")
_DOTTED = re.compile(r"(?<=\b\w)\.(?=\w\b)|(?<=\b\w\w)\.(?=\w\b)")  # e.V., s.r.o., o.o. -> ev, sro

# legal forms as word sequences (after the dots went: "e.V." is "ev"), how they are shown in a reason
LEGAL_FORMS: dict[tuple[str, ...], str] = {
    ("gmbh", "und", "co", "kgaa"): "GmbH & Co. KGaA", ("gmbh", "und", "co", "kg"): "GmbH & Co. KG",
    ("ag", "und", "co", "kg"): "AG & Co. KG", ("se", "und", "co", "kg"): "SE & Co. KG",
    ("ug", "haftungsbeschraenkt"): "UG (haftungsbeschränkt)", ("ggmbh",): "gGmbH", ("gmbh",): "GmbH",
    ("mbh",): "mbH", ("ag",): "AG", ("kgaa",): "KGaA", ("kg",): "KG", ("ohg",): "OHG", ("gbr",): "GbR",
    ("ug",): "UG", ("ev",): "e.V.", ("eg",): "eG", ("se",): "SE", ("sarl",): "SARL", ("sas",): "SAS",
    ("sa",): "SA", ("sro",): "s.r.o.", ("as",): "a.s.", ("sp", "z", "oo"): "Sp. z o.o.", ("spa",): "S.p.A.",
    ("srl",): "S.r.l.", ("co", "ltd"): "Co., Ltd.", ("pvt", "ltd"): "Pvt. Ltd.", ("ltd",): "Ltd",
    ("limited",): "Limited", ("inc",): "Inc.", ("llc",): "LLC", ("corp",): "Corp.", ("plc",): "plc",
    ("bv",): "B.V.", ("nv",): "N.V.", ("ab",): "AB", ("oy",): "Oy", ("kft",): "Kft.", ("doo",): "d.o.o.",
    ("gesmbh",): "GesmbH", ("co",): "Co.",
}
_LONGEST_FORM = max(len(words) for words in LEGAL_FORMS)
_FORM_ENDS = frozenset(words[-1] for words in LEGAL_FORMS)

# abbreviation -> (its words written out, how a reason shows them)
ABBREVIATIONS: dict[str, tuple[tuple[str, ...], str, str]] = {
    "hs": (("hochschule",), "HS", "Hochschule"),
    "fh": (("fachhochschule",), "FH", "Fachhochschule"),
    "th": (("technische", "hochschule"), "TH", "Technische Hochschule"),
    "tu": (("technische", "universitaet"), "TU", "Technische Universität"),
    "uni": (("universitaet",), "Uni", "Universität"),
    "univ": (("universitaet",), "Univ.", "Universität"),
    "ihk": (("industrie", "und", "handelskammer"), "IHK", "Industrie- und Handelskammer"),
    "hwk": (("handwerkskammer",), "HWK", "Handwerkskammer"),
    "ahk": (("auslandshandelskammer",), "AHK", "Auslandshandelskammer"),
    "dhbw": (("duale", "hochschule", "baden", "wuerttemberg"), "DHBW", "Duale Hochschule Baden-Württemberg"),
    "bw": (("baden", "wuerttemberg"), "BW", "Baden-Württemberg"),
    "inst": (("institut",), "Inst.", "Institut"),
    "u": (("und",), "u.", "und"),
}
_SHORT = frozenset(ABBREVIATIONS)

# words that say what kind of body a partner is, not which one: a name made only of these (and its town) is not
# enough to call a longer name the same partner ("Hochschule" is not "Hochschule Reutlingen")
GENERIC = frozenset(
    "und fuer der die das des dem den von vom am an im in zu zur zum the of and for de la le du et "
    "hochschule universitaet technische fachhochschule duale institut gesellschaft verband verein kammer "
    "handelskammer industrie handwerkskammer auslandshandelskammer cluster netzwerk gruppe group holding werk werke "
    "international deutschland germany partner service services technik technologie technologies systems "
    "solutions zentrum center centre stiftung bundesverband landesverband agentur amt stadt landkreis kreis "
    "region regional akademie schule forschung wirtschaftsfoerderung baden wuerttemberg bayern "
    "arbeitskreis initiative allianz plattform".split())


class NameKey(NamedTuple):
    """A name as it is compared: ``text`` (the words, blank-separated), the words in order, the legal form taken
    off ("" when none) and the abbreviations written out (as shown, "HS")."""

    text: str
    words: tuple[str, ...]
    legal_form: str
    abbreviations: tuple[str, ...]

    @property
    def numbers(self) -> frozenset[str]:
        """The numbers in the name: "Werk 2" and "Werk 3" are two partners however alike they look."""
        return frozenset(w for w in self.words if w.isdigit())

    @property
    def distinctive(self) -> frozenset[str]:
        """The words that tell one partner from another (not "Hochschule", "und", a bare number)."""
        return frozenset(w for w in self.words if len(w) > 1 and w not in GENERIC and not w.isdigit())


def fold(text: str) -> str:
    """Case folded, ß as ss, umlauts as ae/oe/ue, other accents dropped: "Präzision" and "PRAEZISION" meet."""
    folded = text.casefold().translate(_UMLAUTS)
    if folded.isascii():
        return folded
    return "".join(c for c in unicodedata.normalize("NFKD", folded) if not unicodedata.combining(c))


def _strip_legal_form(words: list[str]) -> str:
    """Take the legal form(s) off the end ("… GmbH & Co. KG"); never the whole name. Returns what went."""
    taken: list[str] = []
    while len(words) > 1 and words[-1] in _FORM_ENDS:
        for size in range(min(_LONGEST_FORM, len(words) - 1), 0, -1):
            shown = LEGAL_FORMS.get(tuple(words[-size:]))
            if shown is not None:
                del words[-size:]
                taken.insert(0, shown)
                break
        else:
            break
    return " ".join(taken)


def name_key(name: str) -> NameKey:
    return _key(fold(name))


def respelled(a: str, b: str) -> bool:
    """True when two names meet only because ä/ö/ü/ß and ae/oe/ue/ss (or accents) were taken as the same."""
    plain_a, plain_b = _key(a.casefold()), _key(b.casefold())
    return plain_a.text != plain_b.text and name_key(a).text == name_key(b).text


def _key(folded: str) -> NameKey:
    if "." in folded:
        folded = _DOTTED.sub("", folded)
    words = _WORDS.findall(folded.replace("&", " und ") if "&" in folded else folded)
    number = words.pop() if len(words) > 2 and words[-1].isdigit() else None  # "… GmbH 2": the form before it
    legal_form = _strip_legal_form(words) if words and words[-1] in _FORM_ENDS else ""
    if number is not None:
        words.append(number)
    written_out: list[str] = []
    if not _SHORT.isdisjoint(words):  # most names hold no abbreviation: one set test
        expanded: list[str] = []
        for word in words:
            abbreviation = ABBREVIATIONS.get(word)
            if abbreviation is None or (word == "u" and len(words) < 3):
                expanded.append(word)
                continue
            expanded.extend(abbreviation[0])
            if word != "u":
                written_out.append(abbreviation[1])
        words = expanded
    return NameKey(" ".join(words), tuple(words), legal_form, tuple(written_out))


def abbreviation_text(shown: str) -> str:
    """"HS = Hochschule" for a reason."""
    for _words, short, long in ABBREVIATIONS.values():
        if short == shown:
            return f"{short} = {long}"
    return shown
