"""Snapshots ("Stände", issue 12): taking, listing, finding, reading, renaming, deleting; kept through save, Save As,
reopening; a damaged or hostile content is refused with one sentence."""

from __future__ import annotations

import json
import time
import zlib
from datetime import date, datetime
from pathlib import Path

import pytest

from netzplaner.domain.errors import DocumentError, NotFoundError, StaleEditError, ValidationError
from netzplaner.services import goals, partners, relationships, snapshots
from netzplaner.services import snapshot_content as sc
from netzplaner.services.network_read import read_network
from netzplaner.services.workspace import Workspace


def _network(ws) -> dict:
    """A small network: two partners besides the own firm, two ties, an assessment, a goal with an action."""
    a = ws.execute(partners.create_partner(ws, name="Hochschule Nord", kind="university",
                                           dimensions=["regional", "thematic"], tags=["Forschung"])).entity_id
    b = ws.execute(partners.create_partner(ws, name="Stahl AG", kind="supplier", dimensions=["international"],
                                           pos_x=0.0, pos_y=1.5)).entity_id
    tie = ws.execute(relationships.create_relationship(ws, ws.own_firm_id, a, kind="cooperation",
                                                       strength=4)).entity_id
    ws.execute(relationships.create_relationship(ws, a, b, kind="supply", strength=2, since=date(2024, 5, 1)))
    ws.execute(relationships.create_assessment(ws, tie, {"openness": 4, "trust": 5}, assessed_on=date(2026, 3, 1)))
    goal = ws.execute(goals.create_goal(ws, title="Fachkräfte sichern", benefit="resilience", kpi_name="Azubis",
                                        kpi_baseline=2, kpi_target=6, kpi_current=3, partner_ids=[a])).entity_id
    ws.execute(goals.create_action(ws, goal, title="Tag der offenen Tür", due_date=date(2026, 6, 1),
                                   partner_id=b))
    return {"a": a, "b": b, "tie": tie, "goal": goal}


def _same_as_now(ws, read) -> None:
    now = read_network(ws)
    for name in now.partners:
        assert read.partners[name] == now.partners[name], name
    for name in now.relationships:
        assert read.relationships[name] == now.relationships[name], name
    assert read.latest == now.latest
    assert read.goals == now.goals
    assert read.actions == now.actions


def test_a_snapshot_reads_back_as_the_network_was(ws):
    ids = _network(ws)
    cmd = ws.execute(snapshots.take_snapshot(ws, "Workshop Frühjahr 2026"))
    read = snapshots.read_snapshot(ws, cmd.entity_id)
    _same_as_now(ws, read)
    ws.execute(partners.update_partner(ws, ids["b"], name="Stahl SE"))
    read = snapshots.read_snapshot(ws, cmd.entity_id)
    assert "Stahl AG" in read.partners["name"] and "Stahl SE" not in read.partners["name"]
    [info] = snapshots.list_snapshots(ws)
    assert (info.label, info.reason, info.partner_count, info.relationship_count) == (
        "Workshop Frühjahr 2026", "manual", 3, 2)
    total = info.summary["figures"][-1]
    assert total["dimension"] is None and total["partners"] == 3 and total["assessed"] == 1


def test_taking_is_one_undo_step(ws):
    ws.execute(snapshots.take_snapshot(ws, "Stand A"))
    assert ws.undo_text == "Take the state “Stand A”"
    ws.undo()
    assert snapshots.list_snapshots(ws) == []
    ws.redo()
    assert [s.label for s in snapshots.list_snapshots(ws)] == ["Stand A"]


def test_rename_and_delete_are_one_undo_step_each(ws):
    sid = ws.execute(snapshots.take_snapshot(ws, "Stand A")).entity_id
    ws.execute(snapshots.rename_snapshot(ws, sid, "Workshop Herbst 2025"))
    assert snapshots.snapshot_info(ws, sid).label == "Workshop Herbst 2025"
    ws.execute(snapshots.delete_snapshot(ws, sid))
    assert snapshots.list_snapshots(ws) == []
    ws.undo()
    assert snapshots.snapshot_info(ws, sid).label == "Workshop Herbst 2025"
    _same_as_now(ws, snapshots.read_snapshot(ws, sid))  # the content came back whole
    ws.undo()
    assert snapshots.snapshot_info(ws, sid).label == "Stand A"


def test_a_label_is_required(ws):
    with pytest.raises(ValidationError) as err:
        snapshots.take_snapshot(ws, "   ")
    assert err.value.field == "label"
    with pytest.raises(ValidationError):
        snapshots.take_snapshot(ws, "x" * 121)


def test_find_by_label_or_day(ws):
    first = ws.execute(snapshots.take_snapshot(ws, "Herbst", taken_at=datetime(2025, 10, 1, 9))).entity_id
    second = ws.execute(snapshots.take_snapshot(ws, "Frühjahr", taken_at=datetime(2026, 3, 20, 9))).entity_id
    assert snapshots.find_snapshot(ws, "frühjahr").id == second
    assert snapshots.find_snapshot(ws, "2026-01-31").id == first
    assert snapshots.find_snapshot(ws, "2026-03-20").id == second
    assert [s.id for s in snapshots.list_snapshots(ws)] == [first, second]
    with pytest.raises(NotFoundError) as err:
        snapshots.find_snapshot(ws, "Sommer")
    assert "“Herbst”, “Frühjahr”" in str(err.value)
    with pytest.raises(NotFoundError):
        snapshots.find_snapshot(ws, "2025-01-01")


def test_a_snapshot_survives_save_save_as_and_reopening(ws, tmp_path):
    _network(ws)
    sid = ws.execute(snapshots.take_snapshot(ws, "Workshop")).entity_id
    ws.save()
    copy = tmp_path / "copy.netzplan"
    ws.save_as(copy)
    path = ws.path
    ws.close()
    for location in (path, copy):
        reopened = Workspace.open(location)
        try:
            [info] = snapshots.list_snapshots(reopened)
            assert info.id == sid and info.label == "Workshop"
            _same_as_now(reopened, snapshots.read_snapshot(reopened, sid))
        finally:
            reopened.close()


def _stored(ws, sid: str, content: bytes) -> None:
    with ws.store.unit_of_work() as uow:
        uow.update("snapshot", sid, {"content": content})


@pytest.mark.parametrize("content", [
    b"", b"not zlib", zlib.compress(b"not json"), zlib.compress(b"[1, 2]"),
    zlib.compress(json.dumps({"format": 99}).encode()),
    zlib.compress(b"[" * 100_000),  # deep nesting
    zlib.compress(b" " * 10)[:-3],  # cut off
])
def test_a_damaged_content_is_refused_with_a_sentence(ws, content):
    sid = ws.execute(snapshots.take_snapshot(ws, "Stand A")).entity_id
    _stored(ws, sid, content)
    with pytest.raises(DocumentError) as err:
        snapshots.read_snapshot(ws, sid)
    assert str(err.value) == "The state “Stand A” is damaged and cannot be read."
    assert [s.label for s in snapshots.list_snapshots(ws)] == ["Stand A"]  # the list still reads


FORMAT1 = Path(__file__).parent / "fixtures" / "states_format1.netzplan"


def _format1_content() -> bytes:
    """A content of format 1 as the program of 5c650cc wrote it (the demo's state "Vorher")."""
    with Workspace.open(FORMAT1, read_only=True) as old:
        sid = snapshots.find_snapshot(old, "Vorher").id
        with old.reading() as uow:
            return uow.rows_of("snapshot", ("content",), [sid])[0][0]


def _tampered(ws, change) -> bytes:
    data = json.loads(zlib.decompress(_format1_content()))
    change(data)
    return zlib.compress(json.dumps(data).encode())


@pytest.mark.parametrize("change", [
    lambda d: d["relationship"]["source_id"].__setitem__(0, 99),  # a partner that is not there
    lambda d: d["relationship"]["source_id"].__setitem__(0, -1),
    lambda d: d["relationship"]["strength"].__setitem__(0, "5"),
    lambda d: d["partner"]["name"].append("one too many"),
    lambda d: d["partner"].pop("tags"),
    lambda d: d["partner"]["tags"].__setitem__(0, [1]),
    lambda d: d["relationship"]["since"].__setitem__(0, 10**9),
    lambda d: d["goal"]["status"].__setitem__(0, "nonsense"),
    lambda d: d["goal"]["partner_ids"].__setitem__(0, [True]),
])
def test_a_tampered_content_of_format_1_is_refused_with_a_sentence(ws, change):
    sid = ws.execute(snapshots.take_snapshot(ws, "Stand A")).entity_id
    _stored(ws, sid, _tampered(ws, change))
    with pytest.raises(DocumentError, match="damaged"):
        snapshots.read_snapshot(ws, sid)


def test_a_content_of_format_1_that_unpacks_beyond_the_limit_is_refused(ws, monkeypatch):
    sid = ws.execute(snapshots.take_snapshot(ws, "Stand A")).entity_id
    real = zlib.decompress(_format1_content())
    monkeypatch.setattr(sc, "MAX_UNPACKED", len(real) + 1000)
    _stored(ws, sid, zlib.compress(real + b" " * 100_000))  # a small bomb whose first part reads well
    with pytest.raises(DocumentError, match="damaged"):
        snapshots.read_snapshot(ws, sid)
    _stored(ws, sid, zlib.compress(real + b" " * 500))  # within the limit: read
    assert snapshots.read_snapshot(ws, sid).partner_count == 47


def test_the_memory_store_takes_snapshots_too():
    ws = Workspace.in_memory("t")
    ws.execute(partners.create_partner(ws, name="Own", kind="company", is_own_firm=True))
    sid = ws.execute(snapshots.take_snapshot(ws, "A")).entity_id
    assert snapshots.read_snapshot(ws, sid).partners["name"] == ["Own"]


# -- returning to a state, opening and copying one ---------------------------------------------------------------

from netzplaner.services import snapshot_restore  # noqa: E402
from tests.conftest import dump_state  # noqa: E402


def _network_rows(ws) -> dict:
    state = dump_state(ws)
    return {t: rows for t, rows in state.items() if t not in ("snapshot", "meta")}


def test_returning_to_a_state_gives_back_the_network_and_is_one_undo_step(ws):
    ids = _network(ws)
    sid = ws.execute(snapshots.take_snapshot(ws, "Vorher")).entity_id
    then = read_network(ws)
    ws.execute(partners.update_partner(ws, ids["b"], name="Stahl SE"))
    ws.execute(partners.create_partner(ws, name="Neu GmbH", kind="customer"))
    ws.execute(goals.update_goal(ws, ids["goal"], kpi_current=5))
    before_return = _network_rows(ws)
    ws.execute(snapshot_restore.restore_snapshot(ws, sid))
    assert ws.undo_text == "Return to the state “Vorher”"
    now = read_network(ws)
    assert sorted(now.partners["name"]) == sorted(then.partners["name"])
    assert now.goals[0].kpi_current == 3 and now.latest == then.latest
    labels = [s.label for s in snapshots.list_snapshots(ws)]
    assert labels == ["Vorher", "Before returning to an earlier state"]
    auto = snapshots.find_snapshot(ws, "Before returning to an earlier state")
    assert "Neu GmbH" in snapshots.read_snapshot(ws, auto.id).partners["name"]
    time.sleep(1.1)  # timestamps have whole seconds: the undo must give back the old ones, not stamp new ones
    ws.undo()
    assert _network_rows(ws) == before_return  # exactly, versions and timestamps included
    assert [s.label for s in snapshots.list_snapshots(ws)] == ["Vorher"]
    ws.redo()
    assert sorted(read_network(ws).partners["name"]) == sorted(then.partners["name"])


def test_a_return_done_on_the_worker_is_recorded_as_the_same_one_undo_step(ws):
    """``return_on_worker`` writes the return in a transaction of its own; ``ws.execute`` then only records it
    (nothing written twice), and undo and redo work as for a return run by the history."""
    ids = _network(ws)
    sid = ws.execute(snapshots.take_snapshot(ws, "Vorher")).entity_id
    ws.execute(partners.update_partner(ws, ids["b"], name="Stahl SE"))
    before_return = _network_rows(ws)
    steps = len(ws._done)
    command = snapshot_restore.return_on_worker(ws, sid)
    returned = _network_rows(ws)
    assert returned != before_return and len(ws._done) == steps  # written, not yet in the history
    ws.execute(command)
    assert _network_rows(ws) == returned and ws.undo_text == "Return to the state “Vorher”"
    assert [s.label for s in snapshots.list_snapshots(ws)] == ["Vorher", "Before returning to an earlier state"]
    time.sleep(1.1)
    ws.undo()
    assert _network_rows(ws) == before_return
    ws.redo()
    assert _network_rows(ws)["partner"] == returned["partner"]  # the same rows, the same versions
    assert "Stahl AG" in read_network(ws).partners["name"]


def test_a_return_undone_behind_the_window_s_back_is_not_recorded(ws):
    _network(ws)
    sid = ws.execute(snapshots.take_snapshot(ws, "Vorher")).entity_id
    command = snapshot_restore.return_on_worker(ws, sid)
    with ws.store.unit_of_work() as uow:  # the automatic state of "now" gone before the step is recorded
        uow.delete("snapshot", command.before["id"])
    with pytest.raises(StaleEditError):
        ws.execute(command)
    assert ws.undo_text == "Take the state “Vorher”"


def test_a_step_from_before_the_return_is_refused_not_replayed(ws):
    from netzplaner.domain.errors import StaleEditError

    ids = _network(ws)
    sid = ws.execute(snapshots.take_snapshot(ws, "Vorher")).entity_id
    ws.execute(partners.update_partner(ws, ids["b"], name="Stahl SE"))
    rename = ws.done[-1]
    ws.execute(snapshot_restore.restore_snapshot(ws, sid))
    with ws.store.unit_of_work() as uow, pytest.raises(StaleEditError):
        rename.revert(uow)  # the returned row is newer than the one the rename left
    ws.undo()  # the return undone: the history before it works again
    ws.undo()
    assert "Stahl AG" in read_network(ws).partners["name"]


def test_a_dialog_opened_before_a_return_cannot_write_over_the_returned_row(ws):
    from netzplaner.domain.errors import StaleEditError

    ids = _network(ws)
    ws.execute(partners.update_partner(ws, ids["b"], name="Stahl Y"))  # version 2
    sid = ws.apply(snapshots.take_snapshot(ws, "Mit Y")).entity_id  # outside the history: the undo keeps it
    ws.undo()  # back to version 1
    ws.execute(partners.update_partner(ws, ids["b"], name="Stahl X"))  # version 2 again, another name
    loaded = ws.get("partner", ids["b"])  # a dialog shows "Stahl X" at version 2
    ws.execute(snapshot_restore.restore_snapshot(ws, sid))  # "Stahl Y" comes back
    with pytest.raises(StaleEditError):
        ws.execute(partners.update_partner(ws, ids["b"], expected=2, notes="seen X"))
    assert ws.get("partner", ids["b"]).name == "Stahl Y" and loaded.name == "Stahl X"


def test_open_read_only_and_copy_into_a_new_document(ws, tmp_path):
    _network(ws)
    sid = ws.execute(snapshots.take_snapshot(ws, "Vorher")).entity_id
    ws.execute(partners.create_partner(ws, name="Neu GmbH", kind="customer"))
    view = snapshot_restore.open_snapshot(ws, sid)
    try:
        assert view.read_only and "Vorher" in view.display_name
        _same_as_now(view, snapshots.read_snapshot(ws, sid))
        with pytest.raises(DocumentError):
            view.execute(partners.create_partner(view, name="X", kind="customer"))
    finally:
        view.close()
    target = snapshot_restore.copy_snapshot(ws, sid, tmp_path / "vorher.netzplan")
    copy = Workspace.open(target)
    try:
        assert "Neu GmbH" not in read_network(copy).partners["name"]
        _same_as_now(copy, snapshots.read_snapshot(ws, sid))
        assert snapshots.list_snapshots(copy) == []
    finally:
        copy.close()
    with pytest.raises(DocumentError, match="already exists"):
        snapshot_restore.copy_snapshot(ws, sid, target)


def test_the_api_reaches_every_snapshot_function(tmp_path):
    from netzplaner import api

    with api.create_document(tmp_path / "a.netzplan") as doc:
        doc.execute(api.partners.create_partner(doc, name="Own", kind="company", is_own_firm=True))
        sid = doc.execute(api.snapshots.take_snapshot(doc, "Workshop")).entity_id
        assert api.snapshots.find_snapshot(doc, "workshop").id == sid
        doc.execute(api.snapshots.restore_snapshot(doc, sid))
        api.snapshots.copy_snapshot(doc, sid, tmp_path / "b.netzplan")
    assert (tmp_path / "b.netzplan").exists()


def test_the_command_line_takes_and_lists_snapshots(tmp_path, capsys):
    from netzplaner.cli import main

    path = tmp_path / "a.netzplan"
    with Workspace.create(path) as doc:
        doc.execute(partners.create_partner(doc, name="Own", kind="company", is_own_firm=True))
        doc.save()
    assert main(["snapshot", str(path), "--label", "Workshop Frühjahr 2026"]) == 0
    assert "State “Workshop Frühjahr 2026” taken" in capsys.readouterr().out
    assert main(["snapshots", str(path), "--json"]) == 0
    listed = json.loads(capsys.readouterr().out)
    assert listed["schema"] == 1 and [s["label"] for s in listed["snapshots"]] == ["Workshop Frühjahr 2026"]
    assert listed["snapshots"][0]["partners"] == 1
    assert main(["snapshots", str(path)]) == 0
    assert "Workshop Frühjahr 2026  (1 partner, 0 relationships)" in capsys.readouterr().out
    assert main(["snapshot", str(path), "--label", " "]) == 1
    assert capsys.readouterr().err.strip() == "Error: Label must not be empty."
    assert main(["snapshot", str(path)]) == 2
    assert main(["snapshot", str(tmp_path / "none.netzplan"), "--label", "x"]) == 1


def test_the_demo_ships_two_earlier_workshops_that_show_progress(tmp_path):
    from netzplaner.services.demo import write_demo

    write_demo(tmp_path / "demo.netzplan", today=date(2026, 11, 30))
    with Workspace.open(tmp_path / "demo.netzplan", read_only=True) as ws:
        states = snapshots.list_snapshots(ws)
        assert [s.label for s in states] == ["Workshop Herbst 2025", "Workshop Frühjahr 2026"]
        reads = [snapshots.read_snapshot(ws, s.id) for s in states] + [read_network(ws)]
        quality = [s.summary["figures"][-1]["mean_quality"] for s in states]
    partners_ = [r.partner_count for r in reads]
    ties = [len(r.relationships["id"]) for r in reads]
    done = [sum(a.status.value == "done" for a in r.actions) for r in reads]
    assert partners_[0] < partners_[1] < partners_[2] and ties[0] < ties[1] < ties[2] and done[0] < done[1] < done[2]
    assert quality[0] < quality[1]
    assert {g.id for g in reads[0].goals} == {g.id for g in reads[2].goals}  # the same goals, less progress
    progress = [{g.id: g.kpi_progress for g in r.goals} for r in reads]
    measured = [k for k, v in progress[2].items() if v]
    assert measured and all(progress[0][k] < progress[2][k] for k in measured)


def test_the_demos_states_are_named_after_their_season():
    from netzplaner.services.demo_snapshots import label_of

    assert label_of(date(2025, 11, 6), "de") == "Workshop Herbst 2025"
    assert label_of(date(2026, 1, 10), "en") == "Workshop Winter 2025"
    assert label_of(date(2026, 5, 15), "en") == "Workshop Spring 2026"


CRASHING = """
import os, signal, sys
from netzplaner.services import partners, snapshots
from netzplaner.services.workspace import Workspace
ws = Workspace.open(sys.argv[1])
ws.execute(snapshots.take_snapshot(ws, "Gespeichert"))
ws.save()
ws.execute(partners.create_partner(ws, name="Danach", kind="company"))
ws.execute(snapshots.take_snapshot(ws, "Nicht gespeichert"))
os.kill(os.getpid(), signal.SIGKILL)  # killed before saving: the working copy holds the second state
"""


@pytest.mark.skipif(not hasattr(__import__("signal"), "SIGKILL"), reason="needs SIGKILL")
def test_a_snapshot_survives_a_crash(tmp_path, data_dir):
    import os
    import subprocess
    import sys
    from pathlib import Path

    from netzplaner.store.document import Document, find_orphans

    path = tmp_path / "crash.netzplan"
    with Workspace.create(path) as doc:
        doc.execute(partners.create_partner(doc, name="Own", kind="company", is_own_firm=True))
        doc.save()
    env = {**os.environ, "NETZPLANER_DATA_DIR": str(data_dir), "PYTHONPATH": str(Path(__file__).parents[1])}
    child = subprocess.run([sys.executable, "-c", CRASHING, str(path)], env=env, capture_output=True, timeout=120)
    assert child.returncode == -9, child.stderr
    with Workspace.open(path, read_only=True) as saved:  # the document: the saved state, whole
        assert [s.label for s in snapshots.list_snapshots(saved)] == ["Gespeichert"]
    [orphan] = [o for o in find_orphans() if o.document == path.resolve()]
    with Workspace(Document.recover(orphan)) as recovered:  # the working copy: both, readable
        states = snapshots.list_snapshots(recovered)
        assert [s.label for s in states] == ["Gespeichert", "Nicht gespeichert"]
        assert "Danach" in snapshots.read_snapshot(recovered, states[1].id).partners["name"]
