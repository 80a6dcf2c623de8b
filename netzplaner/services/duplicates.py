"""Likely duplicates among imported partner rows and against the document (issue 15), with a reason to read.

Names are compared in the form of ``domain.name_match`` (case, ß/ss, ue/ü, legal form, HS = Hochschule …). Four
rules, strongest first; each pair gets the best that holds, with a score 0–100 and its reasons:

- the same name apart from capitalisation ("FELD SL" / "Feld SL"): names are unique regardless of case, so these
  are always one partner (``fixed``); the preview says so instead of merging silently;
- the same normalised name (legal form, spelling, abbreviations): 95–99, merged unless the user says otherwise;
- every word of one name in the other ("Bosch" / "Robert Bosch GmbH"), when the shorter name has a word that tells
  partners apart (not "Hochschule", not its town) and the longer one adds no word that names another kind of body
  ("Stiftung"): 85;
- a similar spelling (rapidfuzz ratio of the sorted words ≥ 90, and each word that differs a misspelling of one in
  the other: ratio ≥ 87 with the same first letter, so "Handwerkskammer" is not "Handelskammer"): the ratio.

The last two are proposed but kept separate unless the user chooses to merge. Numbers must agree in every rule
but the first ("Werk 2" is not "Werk 3"). To stay fast at 10,000 × 10,000 names the fuzzy rule compares only names
that share the first or the last four letters of their sorted words (blocks, each one ``process.cdist`` call in
C); the other rules are dictionary and set look-ups.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import NamedTuple

import numpy as np
from rapidfuzz import fuzz, process

from ..domain.errors import NetzplanerError
from ..domain.name_match import GENERIC, NameKey, abbreviation_text, name_key, respelled

FUZZY_CUTOFF = 90
WORD_CUTOFF = 87
SUBSET_SCORE = 85
MERGE_FROM = 95  # proposals scoring this or more are merged unless the user keeps them apart
_BLOCK = 5  # letters of a block key
_DIRECT = 256  # a block of at most this many pairs is compared pair by pair; a larger one through cdist


@dataclass(frozen=True)
class Candidate:
    """Row ``row`` of the file (``name``) is likely the same partner as ``other_name``: a partner of the document
    (``other_id``) or an earlier row of the file (``other_row``)."""

    row: int
    name: str
    other_name: str
    other_id: str | None
    other_row: int | None
    score: int
    reasons: tuple[NetzplanerError, ...]
    fixed: bool = False  # the same name in other capitals: one partner, no choice

    @property
    def merge_by_default(self) -> bool:
        return self.fixed or self.score >= MERGE_FROM

    def reason_text(self) -> str:
        """The reasons in English, for the command line's report."""
        return "; ".join(str(r) for r in self.reasons)


class _Entry(NamedTuple):
    name: str
    city: str
    key: NameKey
    sorted_text: str
    row: int | None  # a row of the file, or None for a partner of the document
    id: str | None
    distinctive: frozenset[str]


def _entry(name: str, city: str, row: int | None, pid: str | None) -> _Entry:
    key = name_key(name)
    return _Entry(name, city, key, " ".join(sorted(key.words)), row, pid, key.distinctive)


def _same_key_reasons(a: _Entry, b: _Entry) -> tuple[int, list[NetzplanerError]]:
    reasons: list[NetzplanerError] = []
    score = 99
    if a.key.legal_form != b.key.legal_form:
        reasons.append(NetzplanerError("same name apart from the legal form"))
    if respelled(a.name, b.name):
        reasons.append(NetzplanerError("ä/ö/ü/ß and ae/oe/ue/ss taken as the same"))
    for shown in sorted(set(a.key.abbreviations) ^ set(b.key.abbreviations)):
        reasons.append(NetzplanerError("{abbreviation}", abbreviation=abbreviation_text(shown)))
        score = 95
    if not reasons:
        reasons.append(NetzplanerError("same name apart from punctuation and spaces"))
    return score, reasons


def _city_words(*entries: _Entry) -> set[str]:
    return {w for e in entries for w in name_key(e.city).words} if any(e.city for e in entries) else set()


def _subset(short: _Entry, long: _Entry) -> bool:
    words, extra = set(short.key.words), set(long.key.words) - set(short.key.words)
    if not extra or not words <= set(long.key.words) or short.key.numbers != long.key.numbers:
        return False
    if extra & GENERIC:  # "Robert Bosch Stiftung" is not "Bosch"
        return False
    return bool(short.key.distinctive - _city_words(short, long))


def similarity(name: str, other: str) -> int:
    """The fuzzy rule on its own, for two names: the ratio (≥ 90) of their sorted words, or 0 when they differ in a
    number or in a word that is not a misspelling of the other's (first letter the same, ratio ≥ 87)."""
    return _similar(_entry(name, "", None, None), _entry(other, "", None, None))


def _similar(a: _Entry, b: _Entry) -> int:
    if a.key.numbers != b.key.numbers:
        return 0  # "Lager 1000" / "Lager 10000": however alike
    score = int(fuzz.ratio(a.sorted_text, b.sorted_text, score_cutoff=FUZZY_CUTOFF))
    if score:  # each word that differs must be a misspelling of one in the other name ("Kocherblick" is not
        only_a, only_b = set(a.key.words) - set(b.key.words), set(b.key.words) - set(a.key.words)  # "Kocherbach",
        # nor "Brenzhof" "Enzhof": the first letter must agree)
        if len(only_a) != len(only_b) or any(
                max((fuzz.ratio(w, v) for v in only_b if v[0] == w[0]), default=0) < WORD_CUTOFF for w in only_a):
            return 0
    return score


def _judge(entry: _Entry, other: _Entry) -> Candidate | None:
    """The best rule that holds for the file's ``entry`` and ``other`` (earlier row or document partner)."""
    if entry.name.casefold() == other.name.casefold():
        if entry.name == other.name:
            return None  # the same name: the import's ordinary "fill the empty fields"
        score, reasons, fixed = 100, [NetzplanerError(
            "same name apart from capitalisation; names are unique regardless of case, so this is one partner")], True
    elif entry.key.text == other.key.text and entry.key.numbers == other.key.numbers:
        (score, reasons), fixed = _same_key_reasons(entry, other), False
    elif _subset(entry, other) or _subset(other, entry):
        short, long = (entry, other) if len(entry.key.words) < len(other.key.words) else (other, entry)
        score, fixed = SUBSET_SCORE, False
        reasons = [NetzplanerError("every word of “{short}” is in “{long}”", short=short.name, long=long.name)]
    else:
        similar = _similar(entry, other)
        if not similar:
            return None
        score, fixed = similar, False
        reasons = [NetzplanerError("similar spelling ({score} %)", score=similar)]
    return Candidate(entry.row or 0, entry.name, other.name, other.id, other.row, score, tuple(reasons), fixed)


def _block_keys(e: _Entry) -> list[tuple[tuple[str, ...], str]]:
    """The blocks a name is compared in for a misspelling: with two or more distinctive words, its words but one,
    each in turn ("Fraunhofer IPA" and "Fraunhover IPA" share "ipa"); with one, the first and the last letters of
    that word (a slip in "Swissmem", or in "Brenzhof" of "Hochschule Brenzhof"). Each key comes with the word that
    may be misspelt, and holds its first letter (which ``_similar`` wants the same)."""
    words = sorted(e.key.words)
    if len(e.distinctive) > 1:  # keys are tuples: cheaper to build and hash than joined strings
        return [((*words[:k], *words[k + 1:], word[0]), word) for k, word in enumerate(words)]
    word = next(iter(e.distinctive), e.sorted_text)
    if not word:  # a name of punctuation only ("???"): nothing to compare
        return []
    generic = tuple(w for w in words if w != word)
    return [(("<", word[:_BLOCK], *generic), word), ((">", word[0], word[-_BLOCK:], *generic), word)]


def _pairs(entries: list[_Entry], first_row: int) -> set[tuple[int, int]]:
    """Index pairs (a file row, an earlier row or a document partner) worth judging; ``first_row``: the index of the
    first file row (document partners come first)."""
    by_text: dict[str, list[int]] = defaultdict(list)
    by_word: dict[str, set[int]] = defaultdict(set)
    blocks: dict[tuple[str, ...], list[tuple[int, str]]] = defaultdict(list)
    for i, e in enumerate(entries):
        if e.key.text:
            by_text[e.key.text].append(i)
        for w in e.key.words:
            by_word[w].add(i)
        for key, word in _block_keys(e):
            blocks[key].append((i, word))
    seen: set[tuple[int, int]] = set()
    for group in by_text.values():  # the same normalised name
        if len(group) > 1:
            seen.update((i, j) for i in group if i >= first_row for j in group if j < i)
    for i, e in enumerate(entries):  # e as the shorter name: the names holding all its words
        if not e.distinctive:
            continue
        postings = sorted((by_word[w] for w in set(e.key.words)), key=len)
        if len(postings[0]) == 1:  # a word no other name has: nothing holds all its words
            continue
        holders = set.intersection(*postings) if len(postings) > 1 else postings[0]
        seen.update((max(i, j), min(i, j)) for j in holders if j != i and max(i, j) >= first_row)
    for block in blocks.values():  # alike spellings: small blocks pair by pair, large ones through cdist
        rows = [(i, w) for i, w in block if i >= first_row]
        if not rows or len(block) < 2:
            continue
        if len(rows) * len(block) <= _DIRECT:
            ratio = fuzz.ratio
            seen.update((i, j) for i, w in rows for j, v in block if j < i and ratio(w, v) >= WORD_CUTOFF)
            continue
        # the words that may be misspelt, compared in C: only pairs whose words are alike reach the judge
        scores = process.cdist([w for _i, w in rows], [w for _j, w in block], scorer=fuzz.ratio,
                               score_cutoff=WORD_CUTOFF, dtype=np.uint8)
        seen.update((rows[a][0], block[b][0]) for a, b in zip(*np.nonzero(scores)) if block[b][0] < rows[a][0])
    return seen


def find_duplicates(rows: Sequence[tuple[int, str, str]], document: Sequence[tuple[str, str, str]],
                    ) -> list[Candidate]:
    """At most one candidate per file row (its best match), in row order.

    ``rows``: (row number, name, city) of the file, in file order; ``document``: (id, name, city) of its partners.
    A row whose name is exactly a partner's or an earlier row's is no candidate: the import fills that partner."""
    entries = [_entry(name, city, None, pid) for pid, name, city in document]
    first_row = len(entries)
    exact = {name for _pid, name, _c in document}
    for number, name, city in rows:
        entries.append(_entry(name, city, number, None))
    best: dict[int, Candidate] = {}
    settled: set[int] = set()  # rows whose exact name is known already: nothing to propose
    for i in range(first_row, len(entries)):
        if entries[i].name in exact:
            settled.add(i)
        exact.add(entries[i].name)
    for i, j in sorted(_pairs(entries, first_row)):
        if i in settled:
            continue
        found = _judge(entries[i], entries[j])
        if found is None:
            continue
        current = best.get(i)
        # the strongest match wins; on a tie a partner of the document before an earlier row
        if current is None or (found.score, found.other_id is not None) > (current.score, current.other_id is not None):
            best[i] = found
    return [best[i] for i in sorted(best)]


__all__ = ["Candidate", "MERGE_FROM", "find_duplicates", "similarity"]
