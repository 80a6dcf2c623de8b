"""The search index: every searchable text of a document, folded once, answering a typed word in milliseconds.

Each kind of result (partners, contacts, tags, notes, goals, actions, owners) keeps its entries' texts folded
(``domain.text.fold``: case, umlauts, "ue" for "ü", "ss" for "ß") in one string, entries separated by NUL and an
entry's fields by SOH. A query is folded the same way and found with ``str.find`` — C speed over the whole kind —,
so 20,000 partners with their contacts answer a keystroke in a few milliseconds and the index is built once
(on the worker) after the document is read, not per keystroke. A folded query holds neither separator, so a match
never spans two entries or two fields.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass
from itertools import accumulate

from ..domain.text import fold

# the kinds of result, in the order the results are shown
KINDS = ("partner", "contact", "tag", "note", "goal", "action", "owner")
_ENTRY, _FIELD = "\x00", "\x01"
_CHUNK = 500  # entries folded in one go
SCAN_LIMIT = 1000  # entries looked at per kind and query: bounded for "e"; names starting with it come first


@dataclass(frozen=True)
class Entry:
    """One searchable thing: the texts searched (``fields``), what the list shows, and where it leads."""

    title: str  # what the result list shows ("Metallbau Weiß GmbH", "Dr. Anna Weiß")
    context: str  # a second line: the partner of a contact, the goal of an action, the city of a partner
    fields: tuple[str, ...]  # the texts searched; a note's text is one of them
    target: str  # where it leads: "partner", "relationship", "goal", "action", "tag" or "owner"
    target_id: str  # the id (or, for a tag or an owner, the text itself)
    counts: tuple[int, ...] = ()  # a tag: its partners; an owner: (goals, actions)


@dataclass(frozen=True)
class Hit:
    """A found entry and the text that matched (a line of a note, a contact's e-mail)."""

    kind: str
    entry: Entry
    matched: str  # the field that holds the match, shortened around it

    @property
    def target(self) -> tuple[str, str]:
        return self.entry.target, self.entry.target_id


@dataclass(frozen=True)
class Group:
    kind: str
    hits: tuple[Hit, ...]  # the best ``limit`` of them
    total: int  # how many entries match (counted up to SCAN_LIMIT: ``more`` says there are more)

    @property
    def more(self) -> bool:
        return self.total >= SCAN_LIMIT


@dataclass(frozen=True)
class Results:
    query: str
    groups: tuple[Group, ...]  # only kinds with hits, in the order of KINDS

    @property
    def hits(self) -> list[Hit]:
        return [hit for group in self.groups for hit in group.hits]


class EntryList:
    """The entries of one kind as a few parallel lists of texts, an ``Entry`` made only for a hit.

    36,000 entry objects (each with its dict and its tuple of fields) were 100,000 objects the cycle collector
    walked again and again while the worker built the index: each of its full passes held the interpreter lock
    for 30-300 ms, and the window stood still meanwhile. Texts are not tracked by the collector, so an index of
    texts costs it nothing."""

    __slots__ = ("titles", "contexts", "fields", "targets", "target_ids", "counts")

    def __init__(self) -> None:
        self.titles: list[str] = []
        self.contexts: list[str] = []
        self.fields: list[str] = []  # an entry's fields joined by SOH
        self.targets: list[str] = []
        self.target_ids: list[str] = []
        self.counts: dict[int, tuple[int, ...]] = {}  # the few entries with counts (tags, owners)

    def add(self, title: str, context: str, fields: tuple[str, ...], target: str, target_id: str,
            counts: tuple[int, ...] = ()) -> None:
        if counts:
            self.counts[len(self.titles)] = counts
        self.titles.append(title)
        self.contexts.append(context)
        self.fields.append(_FIELD.join(fields))
        self.targets.append(target)
        self.target_ids.append(target_id)

    def __len__(self) -> int:
        return len(self.titles)

    def __getitem__(self, i: int) -> Entry:
        return Entry(self.titles[i], self.contexts[i], tuple(self.fields[i].split(_FIELD)), self.targets[i],
                     self.target_ids[i], self.counts.get(i, ()))

    @classmethod
    def of(cls, entries: list[Entry]) -> EntryList:
        made = cls()
        for e in entries:
            made.add(e.title, e.context, e.fields, e.target, e.target_id, e.counts)
        return made


class _Column:
    """The entries of one kind and their folded texts in one string."""

    def __init__(self, entries: EntryList) -> None:
        self.entries = entries
        parts: list[str] = []
        fields = entries.fields
        for first in range(0, len(fields), _CHUNK):  # short C calls: the GUI thread gets the GIL in between
            parts.extend(fold(_ENTRY.join(fields[first:first + _CHUNK])).split(_ENTRY))
        self.text = _ENTRY.join(parts)
        self.folded = parts
        self.starts = [0, *accumulate(len(p) + 1 for p in parts)][:len(parts)]

    def find(self, needle: str) -> list[tuple[int, int]]:
        """Matching entries as (rank, entry index), at most SCAN_LIMIT: entries that start with ``needle``
        first (found anywhere by searching NUL + needle), then any match in the order stored."""
        text, starts, folded = self.text, self.starts, self.folded
        found: dict[int, int] = {0: 0} if text.startswith(needle) else {}
        lead = _ENTRY + needle
        pos = text.find(lead)
        while pos != -1 and len(found) < SCAN_LIMIT:
            found[bisect_right(starts, pos + 1) - 1] = 0
            pos = text.find(lead, pos + 1)
        pos = text.find(needle)
        while pos != -1 and len(found) < SCAN_LIMIT:
            index = bisect_right(starts, pos) - 1
            if index not in found:
                offset = pos - starts[index]
                # a word inside (after a blank, a hyphen or another field) before a match inside a word
                found[index] = 1 if not folded[index][offset - 1].isalnum() else 2
            if index + 1 >= len(starts):
                break
            pos = text.find(needle, starts[index + 1])
        return [(rank, index) for index, rank in found.items()]


def _excerpt(text: str, needle: str, width: int = 60) -> str:
    """The line of ``text`` that holds the match, shortened around it."""
    for line in text.splitlines() or [text]:
        at = fold(line).find(needle)
        if at != -1:
            line = " ".join(line.split())
            if len(line) <= width:
                return line
            start = max(0, min(at - width // 3, len(line) - width))
            return ("…" if start else "") + line[start:start + width].strip() + ("…" if start + width < len(line)
                                                                                 else "")
    return " ".join(text.split())[:width]


class SearchIndex:
    """Entries by kind; ``search(query)`` answers a typed text. Immutable: an edit builds a new index."""

    def __init__(self, entries: dict[str, list[Entry] | EntryList]) -> None:
        self.columns = {kind: _Column(found if isinstance(found, EntryList) else EntryList.of(found))
                        for kind in KINDS for found in [entries.get(kind, [])]}

    def __len__(self) -> int:
        return sum(len(c.entries) for c in self.columns.values())

    def search(self, query: str, limit: int = 8) -> Results:
        needle = fold(query.replace(_ENTRY, "").replace(_FIELD, ""))
        if not needle:
            return Results(query, ())
        groups = []
        for kind in KINDS:
            column = self.columns[kind]
            found = column.find(needle)
            if not found:
                continue
            folded = column.folded
            best = sorted(found, key=lambda f: (f[0], folded[f[1]]))[:limit]
            hits = tuple(Hit(kind, entry, self._matched(entry, needle))
                         for entry in (column.entries[i] for _, i in best))
            groups.append(Group(kind, hits, len(found)))
        return Results(query, tuple(groups))

    @staticmethod
    def _matched(entry: Entry, needle: str) -> str:
        for text in entry.fields:
            if text and needle in fold(text):
                return _excerpt(text, needle)
        return ""
