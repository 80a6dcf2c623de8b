"""Publish, Offline mitnehmen and Zurückspielen over the store protocol, each against a real PostgreSQL server
([team]) and with a file in the server's place ([file]); the offline copy is a real document."""

from __future__ import annotations

import shutil

import pytest

from netzplaner.domain.errors import NetzplanerError, StaleEditError
from netzplaner.services import goals, partners, relationships, team_push, team_sync
from netzplaner.services.team_merge import MINE
from netzplaner.services.workspace import Workspace
from netzplaner.store.models import TABLES

from .team_sync_helpers import comparable, demo_source, id_of, rows, value

HAERTEREI = "Härterei Eyachtal GmbH"
BLECH = "Blechform Killertal KG"
GIESSEREI = "Gießerei Talheimer & Renz GmbH"


@pytest.fixture(params=["file", "team"])
def team(request, tmp_path):
    """The team network: a real PostgreSQL database on the test server ([team]), and a file in its place
    ([file]: the merge only needs the store protocol)."""
    source = demo_source(tmp_path)
    if request.param == "team":
        target = Workspace.create(request.getfixturevalue("pg_server").new_database())
    else:
        target = Workspace.create(tmp_path / "team.netzplan")
    team_sync.publish(source, target)
    source.close()
    yield target
    target.close()


@pytest.fixture
def copy(team, tmp_path):
    ws = Workspace.open(team_sync.pull(team, tmp_path / "copy.netzplan"))
    yield ws
    if not ws.closed:
        ws.close()


def edit(ws, command):
    ws.execute(command)
    return command


def test_the_layout_is_the_schema():
    for entity, (columns, collections) in team_sync.LAYOUT.items():
        assert set(columns) == set(TABLES[entity].c.keys()), entity
    assert team_sync.LAYOUT["partner"][1] == ("dimensions", "tags")
    assert team_sync.LAYOUT["goal"][1] == ("partner_ids",)


def test_publish_then_pull_gives_the_same_content(tmp_path, team, copy):
    source = demo_source(tmp_path)
    expected = comparable(source)
    assert sum(len(found) for found in expected.values()) > 250
    assert expected["assessment"] and expected["action"] and expected["goal"]
    assert comparable(team) == expected  # ids, versions, timestamps, assessments' history, positions
    assert comparable(copy) == expected
    with source.reading() as a, copy.reading() as b:
        assert b.meta()["title"] == a.meta()["title"]
        assert b.meta()[team_sync.ORIGIN_KEY] == str(team.location)
    source.close()


def test_publish_refuses_a_network_that_is_not_empty(tmp_path, team):
    before = comparable(team)
    source = demo_source(tmp_path)
    with pytest.raises(NetzplanerError, match="already holds a network; publish only onto an empty"):
        team_sync.publish(source, team)
    assert comparable(team) == before
    source.close()


def test_the_copy_is_an_ordinary_document_that_keeps_its_base(tmp_path, copy):
    path = copy.path
    copy.close()
    reopened = Workspace.open(path)
    base = team_sync.read_base(reopened)
    assert base.versions[("partner", id_of(reopened, "partner", name=HAERTEREI))] >= 1
    assert base.state["partner"][id_of(reopened, "partner", name=HAERTEREI)]["name"] == HAERTEREI
    reopened.close()


def test_a_document_that_is_no_copy_or_has_a_damaged_base_is_refused(tmp_path, team, copy):
    with pytest.raises(NetzplanerError, match="is not an offline copy of a team network"):
        team_push.plan_push(team, team)
    with copy.store.unit_of_work() as uow:
        uow.set_meta({team_sync.BASE_KEY: "not base64 at all!"})
    with pytest.raises(NetzplanerError, match="started from is damaged; take a new copy"):
        team_push.plan_push(copy, team)


def test_changes_on_one_side_are_applied_both_ways(team, copy):
    mine_id, theirs_id = id_of(copy, "partner", name=HAERTEREI), id_of(team, "partner", name=BLECH)
    edit(copy, partners.update_partner(copy, mine_id, city="Hechingen"))
    edit(team, partners.update_partner(team, theirs_id, notes="Neuer Ansprechpartner ab Januar"))
    pushed = team_push.plan_push(copy, team)
    assert [(i.kind, i.label, [d.field for d in i.changes]) for i in pushed.plan.items] == [
        ("changed", HAERTEREI, ["city"])]
    assert pushed.plan.theirs["changed"] == 1
    result = team_push.push(copy, team, pushed)
    assert result.applied and result.resolution.counts == {"created": 0, "changed": 1, "deleted": 0}
    assert len(copy.done) == 2  # the edit, and Zurückspielen as one step of the copy's history
    assert value(team, "partner", mine_id, "city") == "Hechingen"
    assert value(copy, "partner", theirs_id, "notes") == "Neuer Ansprechpartner ab Januar"
    assert value(copy, "partner", mine_id, "city") == "Hechingen"
    assert comparable(copy, versions=False) == comparable(team, versions=False)  # in sync
    again = team_push.plan_push(copy, team)  # the base was renewed: nothing left to do
    assert again.plan.items == [] and again.plan.theirs == {"new": 0, "changed": 0, "deleted": 0}
    # a later edit in the team of a field it changed before the push is the team's alone (the base moved on)
    edit(team, partners.update_partner(team, theirs_id, notes="Zweiter Ansprechpartner"))
    later = team_push.plan_push(copy, team)
    assert later.plan.items == [] and later.plan.theirs["changed"] == 1


def test_the_same_field_on_both_sides_is_a_conflict_and_the_decision_is_honoured(team, copy):
    pid = id_of(copy, "partner", name=HAERTEREI)
    edit(copy, partners.update_partner(copy, pid, city="Hechingen", region="Zollernalb"))
    edit(team, partners.update_partner(team, pid, city="Albstadt"))
    pushed = team_push.plan_push(copy, team)
    [item] = pushed.plan.items
    assert item.kind == "conflict"
    [conflict] = item.conflicts
    assert (conflict.field, conflict.mine, conflict.theirs, conflict.base) == ("city", "Hechingen", "Albstadt",
                                                                                "Haigerloch")
    assert [d.field for d in item.changes] == ["region"]  # changed here only: written anyway
    decided = team_push.merge_command(pushed)  # default: the team network's value stays
    assert decided.counts["changed"] == 1
    team_push.push(copy, team, pushed, {("partner", pid, "city"): MINE})
    assert value(team, "partner", pid, "city") == "Hechingen"
    assert value(team, "partner", pid, "region") == "Zollernalb"


def test_a_conflict_left_to_the_team_keeps_its_value(team, copy):
    pid = id_of(copy, "partner", name=HAERTEREI)
    edit(copy, partners.update_partner(copy, pid, city="Hechingen"))
    edit(team, partners.update_partner(team, pid, city="Albstadt"))
    team_push.push(copy, team, team_push.plan_push(copy, team))
    assert value(team, "partner", pid, "city") == "Albstadt"
    assert value(copy, "partner", pid, "city") == "Albstadt"


def test_a_delete_against_an_edit_is_asked_both_ways(team, copy):
    gone_here, gone_there = id_of(copy, "partner", name=BLECH), id_of(copy, "partner", name=GIESSEREI)
    edit(copy, partners.delete_partner(copy, gone_here))
    edit(team, partners.update_partner(team, gone_here, notes="Team: wichtig"))
    edit(copy, partners.update_partner(copy, gone_there, notes="Offline: wichtig"))
    edit(team, partners.delete_partner(team, gone_there))
    pushed = team_push.plan_push(copy, team)
    kinds = {(i.kind, i.label) for i in pushed.plan.items}
    assert ("deleted_here", BLECH) in kinds and ("deleted_there", GIESSEREI) in kinds
    assert pushed.plan.decisions_needed >= 2
    # the default keeps the team network's state: Blechform stays, Gießerei stays deleted
    default = team_push.merge_command(pushed)
    assert default.counts["deleted"] == 0 and default.counts["created"] == 0
    team_push.push(copy, team, pushed, take=MINE)
    assert value(team, "partner", gone_here, "name") is None
    assert value(team, "partner", gone_there, "notes") == "Offline: wichtig"


def test_new_rows_on_both_sides_merge(team, copy):
    mine = edit(copy, partners.create_partner(copy, name="Werkzeugbau Onstmettingen", kind="supplier",
                                                dimensions=["regional"])).entity_id
    theirs = edit(team, partners.create_partner(team, name="Lasertechnik Bisingen", kind="supplier",
                                                  dimensions=["thematic"], tags=["Laser"])).entity_id
    tie = edit(copy, relationships.create_relationship(copy, id_of(copy, "partner", is_own_firm=True), mine,
                                                         kind="supply", strength=3)).entity_id
    goal = id_of(copy, "goal", title="Fachkräfte aus der Region gewinnen")
    action = edit(copy, goals.create_action(copy, goal, title="Azubi-Tag mit Onstmettingen",
                                              partner_id=mine)).entity_id
    pushed = team_push.plan_push(copy, team)
    assert sorted(i.kind for i in pushed.plan.items) == ["new", "new", "new"]
    assert pushed.plan.theirs["new"] == 1
    team_push.push(copy, team, pushed)
    assert value(team, "partner", mine, "name") == "Werkzeugbau Onstmettingen"
    assert value(team, "relationship", tie, "target_id") == mine
    assert value(team, "action", action, "partner_id") == mine
    assert value(copy, "partner", theirs, "name") == "Lasertechnik Bisingen"
    assert rows(copy)["partner"][theirs]["tags"] == ["Laser"]


def test_a_relationship_to_a_partner_deleted_in_the_team_is_reported_and_left_out(team, copy):
    own, blech = id_of(copy, "partner", is_own_firm=True), id_of(copy, "partner", name=BLECH)
    edit(copy, partners.update_partner(copy, own, notes="Offline ergänzt"))
    tie = edit(copy, relationships.create_relationship(copy, blech, id_of(copy, "partner", name=HAERTEREI),
                                                         kind="knowledge_exchange", strength=2)).entity_id
    edit(team, partners.delete_partner(team, blech))
    pushed = team_push.plan_push(copy, team)
    [left] = pushed.left_out
    assert left.item.entity_id == tie
    assert "was deleted in the team network" in left.text and BLECH in left.text
    result = team_push.push(copy, team, pushed)
    assert value(team, "relationship", tie, "id") is None
    assert value(team, "partner", own, "notes") == "Offline ergänzt"  # the rest went in
    assert [lo.item.entity_id for lo in result.resolution.left_out] == [tie]


def test_deleting_a_partner_the_team_added_to_is_asked(team, copy):
    blech = id_of(copy, "partner", name=BLECH)
    edit(copy, partners.delete_partner(copy, blech))
    edit(team, partners.create_contact(team, blech, name="Frau Renz"))
    ties = {rid for rid, row in rows(team)["relationship"].items() if blech in (row["source_id"], row["target_id"])}
    assert ties
    pushed = team_push.plan_push(copy, team)
    [item] = [i for i in pushed.plan.items if i.entity == "partner"]
    assert item.kind == "deleted_here" and ("contact", "Frau Renz") in item.affected
    team_push.push(copy, team, pushed)  # default: theirs, Blechform stays with its new contact and its ties
    assert value(team, "partner", blech, "name") == BLECH
    assert ties <= set(rows(team)["relationship"])


def test_nothing_is_written_before_the_push(team, copy):
    edit(copy, partners.update_partner(copy, id_of(copy, "partner", name=HAERTEREI), city="Hechingen"))
    edit(copy, partners.delete_partner(copy, id_of(copy, "partner", name=BLECH)))
    before = comparable(team)
    pushed = team_push.plan_push(copy, team)
    team_push.merge_command(pushed, take=MINE)
    assert comparable(team) == before


def test_the_merge_is_one_undo_step_refused_after_someone_changed_a_row(team, copy):
    before = comparable(team)
    pid, blech = id_of(copy, "partner", name=HAERTEREI), id_of(copy, "partner", name=BLECH)
    edit(copy, partners.update_partner(copy, pid, city="Hechingen"))
    edit(copy, partners.delete_partner(copy, blech))
    edit(copy, partners.create_partner(copy, name="Neu GmbH", kind="other"))
    copy_before, base_before = comparable(copy, versions=False), team_sync.read_base(copy)
    steps, team_steps = len(copy.done), len(team.done)
    team_push.push(copy, team, team_push.plan_push(copy, team))
    assert len(copy.done) == steps + 1 and copy.undo_text.startswith("Merge the offline copy into")
    assert len(team.done) == team_steps + 1 and team.undo_text.startswith("Merge the offline copy")
    assert comparable(team) != before
    copy.undo()  # one step: the team network and the copy as they were
    assert comparable(team) == before
    assert comparable(copy, versions=False) == copy_before
    assert team_sync.read_base(copy).state == base_before.state
    copy.redo()
    assert value(team, "partner", pid, "city") == "Hechingen"
    assert comparable(copy, versions=False) == comparable(team, versions=False)
    team.apply(partners.update_partner(team, pid, city="Albstadt"))  # someone else, outside our history
    after_them, copy_now = comparable(team), comparable(copy)
    with pytest.raises(StaleEditError):
        copy.undo()
    assert comparable(team) == after_them and comparable(copy) == copy_now


def test_the_team_changing_between_plan_and_push_writes_nothing(team, copy):
    pid = id_of(copy, "partner", name=HAERTEREI)
    edit(copy, partners.update_partner(copy, pid, city="Hechingen"))
    edit(copy, partners.create_partner(copy, name="Neu GmbH", kind="other"))
    pushed = team_push.plan_push(copy, team)
    team.apply(partners.update_partner(team, pid, notes="zwischendurch"))
    before_team, before_copy = comparable(team), comparable(copy)
    with pytest.raises(NetzplanerError, match="was changed in the team network while you decided; nothing"):
        team_push.push(copy, team, pushed)
    assert comparable(team) == before_team and comparable(copy) == before_copy


def test_pushing_with_a_stale_base_twice_doubles_nothing(tmp_path, team, copy):
    edit(copy, partners.update_partner(copy, id_of(copy, "partner", name=HAERTEREI), city="Hechingen"))
    edit(copy, partners.create_partner(copy, name="Neu GmbH", kind="other"))
    edit(copy, partners.delete_partner(copy, id_of(copy, "partner", name=BLECH)))
    copy.save()
    stale = tmp_path / "stale.netzplan"
    shutil.copy(copy.path, stale)
    team_push.push(copy, team, team_push.plan_push(copy, team))
    after_first = comparable(team)
    old = Workspace.open(stale)
    pushed = team_push.plan_push(old, team)
    assert [i for i in pushed.plan.items] == []
    team_push.push(old, team, pushed)
    assert comparable(team) == after_first
    assert len(rows(team)["partner"]) == len(after_first["partner"])
    old.close()


def test_the_origin_keeps_no_password():
    assert team_sync.without_password("postgresql://anna:geheim@db.firma.de:5432/netz?sslmode=require") == \
        "postgresql://anna@db.firma.de:5432/netz?sslmode=require"
    assert team_sync.without_password("postgresql://anna@db/netz") == "postgresql://anna@db/netz"
    assert team_sync.without_password("/home/anna/netz.netzplan") == "/home/anna/netz.netzplan"
