"""The content of a state (session 7, issue 17): format 2 packs each column apart and unpacks only what is wanted;
states of format 1 (written until then, the demo's shipped states in documents of that time) are still read, and
the summary counted from the columns equals ``analysis.figures``."""

from __future__ import annotations

import json
import shutil
import struct
import zlib
from datetime import date
from pathlib import Path

import pytest

from netzplaner.analysis.compare import state_figures
from netzplaner.analysis.figures import dimension_figures
from netzplaner.domain.errors import DocumentError
from netzplaner.services import partners, relationships, snapshots
from netzplaner.services import snapshot_content as sc
from netzplaner.services.demo import write_demo, write_synthetic
from netzplaner.services.network_read import read_network
from netzplaner.services.workspace import Workspace

FORMAT1 = Path(__file__).parent / "fixtures" / "states_format1.netzplan"
TODAY = date(2026, 12, 1)


@pytest.fixture
def old(tmp_path):
    """A copy of the document whose states the program of 5c650cc wrote (content format 1)."""
    path = tmp_path / "old.netzplan"
    shutil.copyfile(FORMAT1, path)
    with Workspace.open(path) as ws:
        yield ws


def _content(ws, sid: str) -> bytes:
    with ws.reading() as uow:
        return uow.rows_of("snapshot", ("content",), [sid])[0][0]


def _store(ws, sid: str, content: bytes) -> None:
    with ws.store.unit_of_work() as uow:
        uow.update("snapshot", sid, {"content": content})


def _same_read(one, other) -> None:
    for name in one.partners:
        assert one.partners[name] == other.partners[name], name
    for name in one.relationships:
        assert one.relationships[name] == other.relationships[name], name
    assert one.latest == other.latest
    assert one.goals == other.goals
    assert one.actions == other.actions


# -- format 1 still read ---------------------------------------------------------------------------------------

def test_states_of_format_1_are_read(old):
    infos = snapshots.list_snapshots(old)
    assert [(i.label, i.partner_count, i.relationship_count) for i in infos] == [
        ("Workshop Herbst 2025", 37, 42), ("Workshop Frühjahr 2026", 40, 49), ("Vorher", 47, 73),
        ("Before returning to an earlier state", 48, 74)]
    for info in infos:
        assert _content(old, info.id)[:1] == b"x"  # a bare zlib stream: format 1
        read = snapshots.read_snapshot(old, info.id)
        assert (read.partner_count, len(read.relationships["id"])) == (info.partner_count, info.relationship_count)
    # the document was returned to "Vorher" then: the state reads as the document now
    _same_read(snapshots.read_snapshot(old, infos[2].id), read_network(old))
    odd = snapshots.read_snapshot(old, infos[3].id)
    k = odd.partners["id"].index("p0" * 16)  # an id that is not hex
    assert (odd.partners["name"][k], odd.partners["tags"][k], odd.partners["pos_x"][k]) == (
        "Stahlwerk Süd", ("Stahl", "Ölfrei"), 0.0)


def test_format_1_and_format_2_unpack_to_the_same_tables(old):
    """Every column of every state of format 1, packed again as format 2, comes back value for value."""
    for info in snapshots.list_snapshots(old):
        tables, meta = sc.unpack(_content(old, info.id), info.label)
        again = sc.pack(tables, meta)
        assert again.startswith(sc.MAGIC)
        assert sc.unpack(again, info.label) == (tables, meta)
        with pytest.raises(zlib.error):  # really the new form, not the old one again
            zlib.decompress(again)


def test_returning_to_a_state_of_format_1_and_undoing_it(old):
    exact = snapshots.find_snapshot(old, "Before returning to an earlier state")
    wanted = snapshots.read_snapshot(old, exact.id)
    before = read_network(old)
    old.execute(snapshots.restore_snapshot(old, exact.id))
    now = read_network(old)
    _same_read(wanted, now)
    assert "Stahlwerk Süd" in now.partners["name"]
    old.undo()
    _same_read(before, read_network(old))


# -- format 2 ------------------------------------------------------------------------------------------------------

def test_a_new_state_is_format_2_with_hex_ids_as_bytes_and_others_as_text(ws):
    odd = ws.execute(partners.create_partner(ws, id="x" * 32, name="Nicht-Hex AG", kind="company",
                                             dimensions=["regional"], pos_x=0.0)).entity_id
    ws.execute(relationships.create_relationship(ws, ws.own_firm_id, odd, kind="sales", strength=2))
    upper = ws.execute(partners.create_partner(ws, id="AB" * 16, name="Groß GmbH", kind="company",
                                               dimensions=["regional"])).entity_id
    ws.execute(relationships.create_relationship(ws, ws.own_firm_id, upper, id="CD" * 16, kind="sales",
                                                 strength=3))
    sid = ws.execute(snapshots.take_snapshot(ws, "Neu")).entity_id
    content = _content(ws, sid)
    assert content.startswith(sc.MAGIC)
    head = _head(content)
    assert head["tables"]["partner"]["columns"]["id"][0] == "json"  # "x" * 32 is not hex
    assert head["tables"]["relationship"]["columns"]["id"][0] == "json"  # upper-case hex: kept as written
    assert head["tables"]["contact"]["columns"]["id"][0] == "json"  # no contacts: nothing to pack as bytes
    _same_read(snapshots.read_snapshot(ws, sid), read_network(ws))
    tables, _ = sc.unpack(content, "Neu")
    assert odd in tables["partner"]["id"] and tables["partner"]["pos_x"][tables["partner"]["id"].index(odd)] == 0.0


def test_reading_a_state_unpacks_only_the_columns_a_comparison_needs(ws):
    a = ws.execute(partners.create_partner(ws, name="Nord AG", kind="company", dimensions=["regional"])).entity_id
    ws.execute(relationships.create_relationship(ws, ws.own_firm_id, a, kind="sales", strength=2))
    sid = ws.execute(snapshots.take_snapshot(ws, "Neu")).entity_id
    assert _head(_content(ws, sid))["tables"]["relationship"]["columns"]["id"][0] == "hex"  # new_id's ids
    tables, _ = sc.unpack(_content(ws, sid), "Neu", snapshots.READ_COLUMNS)
    assert tables["relationship"]["id"] == read_network(ws).relationships["id"]
    assert "notes" not in tables["partner"] and tables["contact"] == {}
    assert set(tables["relationship"]) == set(snapshots.RELATIONSHIP_COLUMNS)
    assert set(tables["goal"]) == set(sc.LAYOUT["goal"])  # tables not named: whole


def _head(content: bytes) -> dict:
    _, length = struct.unpack_from(">4sI", content)
    return json.loads(zlib.decompress(content[8:8 + length]))


def _rebuilt(content: bytes, change) -> bytes:
    """The content with ``change(head, columns)`` applied: ``columns`` maps (table, column) to the decoded list
    (or the raw bytes of hex ids); written back in the same form."""
    head = _head(content)
    body = content[8 + struct.unpack_from(">4sI", content)[1]:]
    columns = {}
    for table, described in head["tables"].items():
        for name, (how, offset, length) in described["columns"].items():
            data = body[offset:offset + length]
            columns[table, name] = data if how == "hex" else json.loads(zlib.decompress(data))
    change(head, columns)
    parts, offset = [], 0
    for table, described in head["tables"].items():
        for name, where in described["columns"].items():
            value = columns[table, name]
            data = value if where[0] == "hex" else zlib.compress(json.dumps(value).encode())
            where[1:] = [offset, len(data)]
            parts.append(data)
            offset += len(data)
    packed = zlib.compress(json.dumps(head).encode())
    return struct.pack(">4sI", sc.MAGIC, len(packed)) + packed + b"".join(parts)


@pytest.mark.parametrize("change", [
    lambda h, c: c["relationship", "source_id"].__setitem__(0, 99),  # a partner that is not there
    lambda h, c: c["relationship", "source_id"].__setitem__(0, -1),
    lambda h, c: c["relationship", "strength"].__setitem__(0, "5"),
    lambda h, c: c["partner", "name"].append("one too many"),
    lambda h, c: h["tables"]["partner"].__setitem__("rows", 3),
    lambda h, c: h["tables"]["partner"]["columns"].pop("tags"),
    lambda h, c: h["tables"]["partner"]["columns"]["name"].__setitem__(0, "pickle"),
    lambda h, c: c.__setitem__(("relationship", "id"), c["relationship", "id"][:-1]),  # hex ids cut short
    lambda h, c: c["partner", "tags"].__setitem__(0, [1]),
    lambda h, c: c["relationship", "since"].__setitem__(0, 10**9),
    lambda h, c: c["goal", "status"].__setitem__(0, "nonsense"),
    lambda h, c: c["goal", "partner_ids"].__setitem__(0, [True]),
    lambda h, c: h.__setitem__("format", 3),
    lambda h, c: h.__setitem__("meta", {"title": 1}),
])
def test_a_tampered_content_of_format_2_is_refused_with_a_sentence(ws, change):
    a = ws.execute(partners.create_partner(ws, name="Hochschule Nord", kind="university",
                                           dimensions=["regional"], tags=["Forschung"])).entity_id
    ws.execute(relationships.create_relationship(ws, ws.own_firm_id, a, kind="cooperation", strength=4,
                                                 since=date(2024, 5, 1)))
    from netzplaner.services import goals

    ws.execute(goals.create_goal(ws, title="Fachkräfte", benefit="resilience", partner_ids=[a]))
    sid = ws.execute(snapshots.take_snapshot(ws, "Stand A")).entity_id
    good = _content(ws, sid)
    _store(ws, sid, _rebuilt(good, lambda h, c: None))
    assert snapshots.read_snapshot(ws, sid).partner_count == 2  # the rebuilding alone changes nothing
    _store(ws, sid, _rebuilt(good, change))
    with pytest.raises(DocumentError) as err:
        snapshots.read_snapshot(ws, sid)
    assert str(err.value) == "The state “Stand A” is damaged and cannot be read."


@pytest.mark.parametrize("cut", [3, 9, -1])
def test_a_cut_off_content_of_format_2_is_refused(ws, cut):
    sid = ws.execute(snapshots.take_snapshot(ws, "Stand A")).entity_id
    _store(ws, sid, _content(ws, sid)[:cut])
    with pytest.raises(DocumentError, match="damaged"):
        snapshots.read_snapshot(ws, sid)


def test_columns_that_unpack_beyond_the_limit_in_all_are_refused(ws, monkeypatch):
    for k in range(30):
        ws.execute(partners.create_partner(ws, name=f"Partner {k}", kind="company", dimensions=["regional"]))
    sid = ws.execute(snapshots.take_snapshot(ws, "Stand A")).entity_id
    good = _content(ws, sid)
    raw = sum(len(json.dumps(v)) for v in _columns(good).values() if not isinstance(v, bytes))
    raw += len(json.dumps(_head(good)))
    monkeypatch.setattr(sc, "MAX_UNPACKED", raw + 2000)
    assert snapshots.read_snapshot(ws, sid).partner_count == 31
    padded = _rebuilt(good, lambda h, c: None)
    bomb = _padded(padded, ("partner", "notes"), 100_000)  # one column small when packed, huge when not
    _store(ws, sid, bomb)
    with pytest.raises(DocumentError, match="damaged"):
        sc.unpack(bomb, "Stand A")
    tables, _ = sc.unpack(_padded(padded, ("partner", "notes"), 500), "Stand A")  # within the limit: read
    assert len(tables["partner"]["notes"]) == 31


def test_the_limit_counts_every_column_of_a_content_together(ws, monkeypatch):
    for k in range(30):
        ws.execute(partners.create_partner(ws, name=f"Partner {k}", kind="company", dimensions=["regional"]))
    sid = ws.execute(snapshots.take_snapshot(ws, "Stand A")).entity_id
    good = _content(ws, sid)
    pieces = [len(json.dumps(v, separators=(",", ":"), ensure_ascii=False).encode())
              for v in _columns(good).values() if not isinstance(v, bytes)]
    head = len(zlib.decompress(good[8:8 + struct.unpack_from(">4sI", good)[1]]))
    monkeypatch.setattr(sc, "MAX_UNPACKED", max(pieces + [head]) + 100)  # each piece fits, all together do not
    with pytest.raises(DocumentError, match="damaged"):
        sc.unpack(good, "Stand A")
    monkeypatch.setattr(sc, "MAX_UNPACKED", sum(pieces) + head + 100)
    assert len(sc.unpack(good, "Stand A")[0]["partner"]["id"]) == 31


def _columns(content: bytes) -> dict:
    found = {}
    _rebuilt(content, lambda h, c: found.update(c))
    return found


def _padded(content: bytes, column: tuple[str, str], spaces: int) -> bytes:
    head = _head(content)
    body = content[8 + struct.unpack_from(">4sI", content)[1]:]
    how, offset, length = head["tables"][column[0]]["columns"][column[1]]
    data = zlib.compress(zlib.decompress(body[offset:offset + length]) + b" " * spaces)
    head["tables"][column[0]]["columns"][column[1]] = [how, len(body), len(data)]
    packed = zlib.compress(json.dumps(head).encode())
    return struct.pack(">4sI", sc.MAGIC, len(packed)) + packed + body + data


# -- the summary from the columns ----------------------------------------------------------------------------------

def _figures_of_the_check(read, day: date) -> list[dict]:
    """The summary as taken until session 7: ``analysis.figures`` on the analysis' network."""
    def plain(v):
        return round(v, 3) if isinstance(v, float) else getattr(v, "value", v)

    keep = ("partners", "relationships", "mean_strength", "assessed", "mean_quality", "weakest_criterion",
            "goals", "open_actions", "overdue_actions")
    return [{"dimension": plain(r.dimension), **{k: plain(getattr(r, k)) for k in keep}}
            for r in dimension_figures(read.network, day, total=True)]


def test_the_summary_counted_from_the_columns_is_the_check_s(old, tmp_path):
    reads = [(snapshots.read_snapshot(old, i.id), i.taken_at.date()) for i in snapshots.list_snapshots(old)]
    reads.append((read_network(old), TODAY))
    for k in range(3):  # archived partners and their ties, a tie between two of them, a partner in no network
        p = old.execute(partners.create_partner(old, name=f"Archiv {k}", kind="company",
                                                dimensions=[] if k == 2 else ["thematic"])).entity_id
        old.execute(relationships.create_relationship(old, old_own(old), p, kind="sales", strength=k + 1))
        if k < 2:
            old.execute(partners.archive_partner(old, p))
    reads.append((read_network(old), TODAY))
    synthetic = tmp_path / "s.netzplan"
    write_synthetic(synthetic, partners=1500, seed=3)
    with Workspace.open(synthetic, read_only=True) as big:
        reads.append((read_network(big), TODAY))
        reads.append((read_network(big), date(2027, 6, 1)))  # more actions overdue
    demo = tmp_path / "demo.netzplan"
    write_demo(demo, lang="en", today=TODAY)
    with Workspace.open(demo, read_only=True) as d:
        reads += [(snapshots.read_snapshot(d, i.id), i.taken_at.date()) for i in snapshots.list_snapshots(d)]
    for read, day in reads:
        assert state_figures(read, day) == _figures_of_the_check(read, day)


def old_own(ws) -> str:
    from netzplaner.services import queries

    return queries.own_firm(ws).id
