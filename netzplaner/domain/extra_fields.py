"""A partner's further details (``Partner.extra``): one "Name: value" per line.

Columns of an imported list that map to no field (Kumu's "Image", "Net Worth", a list's "Kundennummer") are kept
here instead of being dropped: visible and editable as plain text in the partner dialog, found by the search, and
written back as columns of their own by the exchange formats. This module is the one place that reads and writes
that text, so the dialog, the import and every export agree on it.
"""

from __future__ import annotations

from collections.abc import Iterable

_SEP = ": "


def _one_line(text: str) -> str:
    return " ".join(str(text).split())


def parse_extra(text: str) -> list[tuple[str, str]]:
    """The (name, value) pairs of ``text`` in their order; a line without a name gives ("", line)."""
    pairs = []
    for line in (text or "").splitlines():
        if not line.strip():
            continue
        name, sep, value = line.partition(_SEP)
        if not sep and line.rstrip().endswith(":"):  # "Image:" with an empty value
            name, sep, value = line.rstrip()[:-1], _SEP, ""
        pairs.append((name.strip(), value.strip()) if sep else ("", line.strip()))
    return pairs


def format_extra(pairs: Iterable[tuple[str, str]]) -> str:
    """The text of ``pairs``: names and values on one line each (a ": " in a name would split it, so it goes)."""
    lines = []
    for name, value in pairs:
        name, value = _one_line(name).replace(_SEP, ":").rstrip(":"), _one_line(value)
        if value:
            lines.append(f"{name}{_SEP}{value}" if name else value)
    return "\n".join(lines)


def extra_value(text: str, name: str) -> str:
    """The value of the detail ``name`` (case-insensitive), "" when absent."""
    key = name.strip().casefold()
    return next((value for n, value in parse_extra(text) if n.casefold() == key), "")


def extra_names(texts: Iterable[str]) -> list[str]:
    """Every detail name used in ``texts``: each new name placed after the name it follows in its text, so
    partners imported from one list give that list's column order back."""
    order: list[str] = []
    index: dict[str, str] = {}  # casefolded -> as first written
    for text in texts:
        at = -1
        for name, _ in parse_extra(text):
            key = name.casefold()
            if not name:
                continue
            if key in index:
                at = order.index(key)
            else:
                index[key] = name
                at += 1
                order.insert(at, key)
    return [index[key] for key in order]


def merge_extra(old: str, new: str) -> str:
    """``old`` with the details of ``new`` whose names it does not hold yet (an import fills, never overwrites)."""
    have = {n.casefold() for n, _ in parse_extra(old)}
    added = [(n, v) for n, v in parse_extra(new) if n.casefold() not in have and (n or v not in old)]
    if not added:
        return old or ""
    return format_extra([*parse_extra(old), *added])
