"""Search across the whole document (issue 15, part 6): partners (name, address, further details, industry,
website), contacts, tags, notes (of partners, contacts, relationships and actions), goals, actions and the people
responsible for them, each result leading to its place.

``build_index(ws)`` reads the document once, column by column, and returns a ``SearchIndex`` (the window builds it
on the worker after opening and after each edit); ``search(ws, text)`` is the one-off form for scripts and tests.
"""

from __future__ import annotations

from .memory import collector_paused
from .search_index import KINDS, Entry, EntryList, Group, Hit, Results, SearchIndex
from .workspace import Workspace

__all__ = ["KINDS", "Entry", "Group", "Hit", "Results", "SearchIndex", "build_index", "search"]

_PARTNER = ("id", "name", "street", "postcode", "city", "region", "industry", "website", "extra", "notes", "tags")
_CONTACT = ("id", "partner_id", "name", "salutation", "title", "role", "department", "email", "phone", "notes")
_RELATIONSHIP = ("id", "source_id", "target_id", "notes")
_GOAL = ("id", "title", "description", "kpi_name", "owner")
_ACTION = ("id", "goal_id", "title", "owner", "notes")


def _rows(columns: dict[str, list], names: tuple[str, ...]):
    """Rows of the columns, an empty text for NULL (a document of an older format may hold one)."""
    return zip(*([v if v is not None else "" for v in columns[name]] if name != "tags" else columns[name]
                 for name in names))


def _place(street: str, postcode: str, city: str) -> str:
    town = " ".join(t for t in (postcode, city) if t)
    return ", ".join(t for t in (street, town) if t)


def build_index(ws: Workspace) -> SearchIndex:
    """Every searchable text of the document, read in one transaction (safe on the worker: it only reads).

    The cycle collector is paused meanwhile: the read's batches of rows lived long enough to reach its oldest
    generation, and each full pass over the window's heap held the interpreter lock -- and so the GUI thread --
    for up to 300 ms at 20,000 partners. What the index keeps is texts, which the collector does not track, so
    nothing is left for it to walk afterwards."""
    with collector_paused():
        return _build_index(ws)


def _build_index(ws: Workspace) -> SearchIndex:
    with ws.reading() as uow:
        partners = uow.columns("partner", _PARTNER)
        contacts = uow.columns("contact", _CONTACT)
        relationships = uow.columns("relationship", _RELATIONSHIP)
        goals = uow.columns("goal", _GOAL)
        actions = uow.columns("action", _ACTION)
    entries = {kind: EntryList() for kind in KINDS}  # texts only: nothing for the cycle collector to walk
    names: dict[str, str] = {}
    tags: dict[str, list] = {}  # tag folded by case -> [the tag as first written, number of partners]
    notes = entries["note"]
    for pid, name, street, postcode, city, region, industry, website, extra, note, tag_list in _rows(
            partners, _PARTNER):
        names[pid] = name
        entries["partner"].add(name, _place(street, postcode, city) or region or "",
                               (name, street, postcode, city, region, industry, website, extra), "partner", pid)
        if note:
            notes.add(name, "", (note,), "partner", pid)
        for tag in tag_list:
            tags.setdefault(tag.casefold(), [tag, 0])[1] += 1
    for tag, count in sorted(tags.values(), key=lambda t: t[0].casefold()):
        entries["tag"].add(tag, "", (tag,), "tag", tag, (count,))
    for cid, pid, name, salutation, title, role, department, email, phone, note in _rows(contacts, _CONTACT):
        shown = " ".join(t for t in (title, name) if t)
        partner = names.get(pid, "")
        entries["contact"].add(shown, " · ".join(t for t in (partner, role, department) if t),
                               (name, salutation, title, role, department, email, phone), "partner", pid)
        if note:
            notes.add(f"{shown} ({partner})", "", (note,), "partner", pid)
    for rid, source, target, note in _rows(relationships, _RELATIONSHIP):
        if note:
            notes.add(f"{names.get(source, '')} – {names.get(target, '')}", "", (note,), "relationship", rid)
    owners: dict[str, list] = {}  # owner folded by case -> [the name as first written, goals, actions]
    goal_titles: dict[str, str] = {}
    for gid, title, description, kpi_name, owner in _rows(goals, _GOAL):
        goal_titles[gid] = title
        entries["goal"].add(title, owner, (title, description, kpi_name), "goal", gid)
        if owner.strip():
            owners.setdefault(owner.strip().casefold(), [owner.strip(), 0, 0])[1] += 1
    for aid, gid, title, owner, note in _rows(actions, _ACTION):
        entries["action"].add(title, goal_titles.get(gid, ""), (title,), "action", aid)
        if note:
            notes.add(title, "", (note,), "action", aid)
        if owner.strip():
            owners.setdefault(owner.strip().casefold(), [owner.strip(), 0, 0])[2] += 1
    for owner, goal_count, action_count in sorted(owners.values(), key=lambda o: o[0].casefold()):
        entries["owner"].add(owner, "", (owner,), "owner", owner, (goal_count, action_count))
    return SearchIndex(entries)


def search(ws: Workspace, text: str, limit: int = 8) -> Results:
    """The results for ``text`` in ``ws`` (reads the document; the window keeps an index instead)."""
    return build_index(ws).search(text, limit)
