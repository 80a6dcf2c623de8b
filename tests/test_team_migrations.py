"""A team database's format on a real PostgreSQL server (tests/pg_server.py): the test-only step of
tests/schema_step.py (the step after the newest shipped format, the one that also migrates a .netzplan file in test_schema_steps.py) upgrades it after a
question, only for a user who may, in one transaction; an older program refuses a newer database with one
sentence and writes nothing."""

from __future__ import annotations

import threading
import uuid
from dataclasses import dataclass

import psycopg
import pytest

from netzplaner.domain.errors import DocumentError, UpgradeNeededError
from netzplaner.services import partners, queries, relationships
from netzplaner.services.team_upgrade import open_team_network, upgrade_team_network
from netzplaner.services.workspace import Workspace
from netzplaner.store import migrate_steps, team_migrations
from netzplaner.store.team_schema import grant_user
from tests import schema_step

PASSWORD = "secret-for-tests"
FROM, TO = schema_step.FROM, schema_step.TO
NEWER_SENTENCE = (f"This team network was set up with a newer version of Netzplaner (format {TO}). "
                  "Please update Netzplaner.")


@dataclass
class Team:
    server: object
    dbname: str
    owner: str

    def url(self, user: str | None = None) -> str:
        return self.server.url_for(self.dbname, user or self.owner, PASSWORD)

    def sql(self, statement: str) -> list[tuple]:
        return self.server.execute(statement, self.dbname)

    def user(self, role: str) -> str:
        name = f"{role}_{uuid.uuid4().hex[:8]}"
        self.server.create_user(name, PASSWORD)
        with Workspace.open(self.url()) as ws, ws.store.engine.begin() as conn:
            grant_user(conn, self.dbname, name, role)
        return name

    def format(self) -> str:
        return self.sql("SELECT value FROM meta WHERE key = 'format'")[0][0]

    def columns(self) -> set[str]:
        return {c for (c,) in self.sql("SELECT column_name FROM information_schema.columns "
                                       "WHERE table_name = 'partner'")}

    def log_size(self) -> int:
        return self.sql("SELECT count(*) FROM change_log")[0][0]


@pytest.fixture
def team(pg_server):
    """A team network of the newest shipped format set up as the administrator would: a database owned by its own login role
    (not a superuser), ``team init`` run as that role, a few partners with contacts and ties."""
    owner = f"owner_{uuid.uuid4().hex[:8]}"
    dbname = f"team_{uuid.uuid4().hex[:8]}"
    pg_server.create_user(owner, PASSWORD)
    pg_server.execute(f'ALTER ROLE "{owner}" CREATEROLE')
    pg_server.execute(f'CREATE DATABASE "{dbname}" OWNER "{owner}"')
    made = Team(pg_server, dbname, owner)
    with Workspace.create(made.url()) as ws:
        firm = ws.execute(partners.create_partner(ws, name="Eyachtal GmbH", kind="company", is_own_firm=True,
                                                  dimensions=["regional"])).entity_id
        for n in range(5):
            other = ws.execute(partners.create_partner(ws, name=f"Partner {n}", kind="supplier")).entity_id
            ws.execute(partners.create_contact(ws, other, name=f"Kontakt {n}"))
            ws.execute(relationships.create_relationship(ws, firm, other, kind="supply", strength=3))
    assert made.format() == str(FROM)
    return made


def counts(team: Team) -> dict[str, int]:
    return {t: team.sql(f'SELECT count(*) FROM "{t}"')[0][0] for t in ("partner", "contact", "relationship")}


def test_the_owner_is_asked_and_the_step_runs_on_the_server(team, monkeypatch):
    before, log_before = counts(team), team.log_size()
    schema_step.register(monkeypatch)
    with pytest.raises(UpgradeNeededError) as caught:
        Workspace.open(team.url())
    assert caught.value.can_upgrade and (caught.value.found, caught.value.newest) == (FROM, TO)
    assert team.format() == str(FROM) and team.log_size() == log_before  # asking wrote nothing

    asked = []
    ws = open_team_network(team.url(), confirm_upgrade=lambda question: asked.append(question) or True)
    with ws:
        assert [(q.found, q.newest) for q in asked] == [(FROM, TO)]
        assert team.format() == str(TO) and schema_step.NEW_COLUMN in team.columns() and counts(team) == before
        nullable = team.sql("SELECT is_nullable FROM information_schema.columns WHERE table_name = 'partner' "
                            "AND column_name = 'region'")
        assert nullable == [("YES",)]  # the ALTER the batch step rebuilds the table for on SQLite
        # the server's triggers survived: the change log names who upgraded, a raw update still bumps the version
        assert team.sql("SELECT username, changes->'value' FROM change_log WHERE table_name = 'meta' "
                        "AND entity_id = 'format' ORDER BY id DESC LIMIT 1") == [(team.owner, [str(FROM), str(TO)])]
        some = queries.list_partners(ws)[1]
        version = f"SELECT version FROM partner WHERE id = '{some.id}'"
        before_raw = team.sql(version)[0][0]
        team.sql(f"UPDATE partner SET notes = 'raw' WHERE id = '{some.id}'")
        assert team.sql(version)[0][0] == before_raw + 1
        ws.execute(partners.update_partner(ws, some.id, city="Balingen"))
        assert ws.get("partner", some.id).city == "Balingen"
    with Workspace.open(team.url()) as again:  # nobody is asked twice
        assert len(queries.list_partners(again)) == before["partner"]


def test_an_editor_sees_the_new_column_after_the_owner_upgraded(team, monkeypatch):
    editor = team.user("editor")
    schema_step.register(monkeypatch)
    assert upgrade_team_network(team.url()) == FROM
    assert upgrade_team_network(team.url()) is None  # already done: nothing to do
    with Workspace.open(team.url(editor)) as ws:
        ws.execute(partners.create_partner(ws, name="Neu", kind="customer"))
    assert team.sql("SELECT workshop_note FROM partner WHERE name = 'Neu'") == [("",)]


def test_saying_no_changes_nothing(team, monkeypatch):
    log_before = team.log_size()
    schema_step.register(monkeypatch)
    assert open_team_network(team.url(), confirm_upgrade=lambda question: False) is None
    assert team.format() == str(FROM) and schema_step.NEW_COLUMN not in team.columns()
    assert team.log_size() == log_before


@pytest.mark.parametrize("role", ["reader", "editor"])
def test_who_does_not_own_the_tables_may_not_upgrade(team, monkeypatch, role):
    user = team.user(role)
    schema_step.register(monkeypatch)
    asked = []
    with pytest.raises(UpgradeNeededError, match="you may not upgrade it. Please ask its administrator") as caught:
        open_team_network(team.url(user), confirm_upgrade=lambda question: asked.append(question) or True)
    assert not caught.value.can_upgrade and asked == []  # no question that could only fail
    with pytest.raises(UpgradeNeededError, match="you may not upgrade it"):
        upgrade_team_network(team.url(user))
    assert team.format() == str(FROM) and schema_step.NEW_COLUMN not in team.columns()


def test_a_member_of_the_owning_role_may_upgrade(team, monkeypatch):
    editor = team.user("editor")
    team.sql(f'GRANT "{team.owner}" TO "{editor}"')  # the administrator lets this editor upgrade
    schema_step.register(monkeypatch)
    ws = open_team_network(team.url(editor), confirm_upgrade=lambda question: True)
    ws.close()
    assert team.format() == str(TO)
    # what the step touched still belongs to the owner, not to the editor who ran it
    assert team.sql("SELECT DISTINCT tableowner FROM pg_tables WHERE schemaname = 'public'") == [(team.owner,)]
    assert team.sql("SELECT username FROM change_log WHERE table_name = 'meta' AND entity_id = 'format' "
                    "ORDER BY id DESC LIMIT 1") == [(editor,)]


def test_a_failing_step_leaves_the_team_database_as_it_was(team, monkeypatch):
    def broken(op):
        schema_step.STEP.run(op)
        raise ValueError("the step met content it cannot convert")

    schema_step.register(monkeypatch)
    monkeypatch.setitem(migrate_steps.STEPS, FROM, migrate_steps.Step(FROM, "broken", broken))
    log_before = team.log_size()
    with pytest.raises(ValueError):
        upgrade_team_network(team.url())
    assert team.format() == str(FROM) and schema_step.NEW_COLUMN not in team.columns()  # the DDL was rolled back too
    assert team.log_size() == log_before


def test_others_at_work_make_the_upgrade_wait_then_give_up_with_a_sentence(team, monkeypatch):
    schema_step.register(monkeypatch)
    monkeypatch.setattr(team_migrations, "LOCK_TIMEOUT", "1s")
    busy = psycopg.connect(team.url())
    try:
        busy.execute("SELECT count(*) FROM partner")  # an open transaction of someone at work
        with pytest.raises(DocumentError, match="others are working on it right now. Nothing was changed"):
            upgrade_team_network(team.url())
    finally:
        busy.close()
    assert team.format() == str(FROM) and schema_step.NEW_COLUMN not in team.columns()
    assert upgrade_team_network(team.url()) == FROM


def test_two_who_confirm_at_once_upgrade_it_once(team, monkeypatch):
    schema_step.register(monkeypatch)
    results, errors = [], []

    def one() -> None:
        try:
            results.append(upgrade_team_network(team.url()))
        except Exception as exc:  # noqa: BLE001 - collected for the assertion
            errors.append(exc)

    threads = [threading.Thread(target=one) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(60)
    assert errors == [] and sorted(results, key=str) == [FROM, None]
    assert team.format() == str(TO)


def test_an_older_program_refuses_a_newer_team_database_and_writes_nothing(team):
    editor = team.user("editor")
    team.sql(f"UPDATE meta SET value = '{TO}' WHERE key = 'format'")  # as a newer Netzplaner would have left it
    log_before, state_before = team.log_size(), counts(team)
    for url in (team.url(), team.url(editor)):
        with pytest.raises(DocumentError) as caught:
            Workspace.open(url)
        assert str(caught.value) == NEWER_SENTENCE and caught.value.kind == "newer"
        with pytest.raises(DocumentError, match="newer version of Netzplaner"):
            upgrade_team_network(url)
    assert team.log_size() == log_before and counts(team) == state_before and team.format() == str(TO)


def test_a_team_database_without_a_format_is_refused(team):
    team.sql("DELETE FROM meta WHERE key = 'format'")
    with pytest.raises(DocumentError, match="does not record a format Netzplaner ever set up"):
        Workspace.open(team.url())


def test_a_table_a_step_creates_belongs_to_the_owner_and_gets_the_grants(team, monkeypatch):
    import sqlalchemy as sa

    def add_workshop_table(op):
        op.create_table("workshop", sa.Column("id", sa.String(32), primary_key=True),
                        sa.Column("title", sa.String(200), nullable=False))

    editor, reader = team.user("editor"), team.user("reader")
    team.sql(f'GRANT "{team.owner}" TO "{editor}"')
    schema_step.register(monkeypatch)
    monkeypatch.setitem(migrate_steps.STEPS, FROM, migrate_steps.Step(
        FROM, "workshops", add_workshop_table, adds={"workshop": frozenset({"id", "title"})}))
    monkeypatch.setattr("netzplaner.store.team_schema.EDITABLE", ("workshop", *team_migrations.TABLES))
    assert upgrade_team_network(team.url(editor)) == FROM
    assert team.sql("SELECT tableowner FROM pg_tables WHERE tablename = 'workshop'") == [(team.owner,)]
    with psycopg.connect(team.url(editor), autocommit=True) as conn:
        conn.execute("INSERT INTO workshop VALUES ('w1', 'Klausur')")
    with psycopg.connect(team.url(reader), autocommit=True) as conn:
        assert conn.execute("SELECT title FROM workshop").fetchall() == [("Klausur",)]
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            conn.execute("DELETE FROM workshop")


def test_the_command_line_refuses_then_upgrades_on_request(team, monkeypatch, capsys):
    from netzplaner import cli

    reader = team.user("reader")
    schema_step.register(monkeypatch)
    assert cli.main(["check", team.url()]) == 1
    error = capsys.readouterr().err
    assert f"format {FROM}" in error and "netzplaner team upgrade URL" in error and team.format() == str(FROM)
    assert cli.main(["team", "upgrade", team.url(reader)]) == 1
    assert "you may not upgrade it" in capsys.readouterr().err and team.format() == str(FROM)
    assert cli.main(["team", "upgrade", team.url()]) == 0
    assert f"upgraded from format {FROM} to format {TO}" in capsys.readouterr().out and team.format() == str(TO)
    assert cli.main(["team", "upgrade", team.url()]) == 0
    assert "already has this version's format" in capsys.readouterr().out
    assert cli.main(["check", team.url()]) == 0


def _as_format_2(team: Team) -> None:
    """Take the database back to the layout the format-2 program set up: without what step 2 -> 3 adds."""
    for table, columns in migrate_steps.STEPS[2].adds.items():
        if table == "snapshot":
            team.sql('DROP TABLE "snapshot"')
        else:
            team.sql(f'ALTER TABLE "{table}" ' + ", ".join(f'DROP COLUMN "{c}"' for c in sorted(columns)))
    team.sql("UPDATE meta SET value = '2' WHERE key = 'format'")


def test_the_shipped_step_to_format_3_upgrades_a_team_database(team):
    editor = team.user("editor")
    _as_format_2(team)
    team.sql("UPDATE partner SET city = 'D-72762 Reutlingen' WHERE name = 'Partner 0'")
    team.sql("UPDATE partner SET city = 'Balingen' WHERE name = 'Partner 1'")
    before = counts(team)
    ws = open_team_network(team.url(), confirm_upgrade=lambda question: True)
    assert ws is not None
    ws.close()
    assert team.format() == "3" and counts(team) == before
    assert team.sql("SELECT name, postcode, city FROM partner WHERE name IN ('Partner 0', 'Partner 1') "
                    "ORDER BY name") == [("Partner 0", "72762", "Reutlingen"), ("Partner 1", "", "Balingen")]
    # the new table is the team's like the others: an editor writes it, its version and history are kept
    with Workspace.open(team.url(editor)) as ws:
        contact = ws.execute(partners.create_contact(ws, queries.list_partners(ws)[1].id, name="Weiß",
                                                     salutation="Frau", title="Dr.", department="Einkauf"))
        assert ws.get("contact", contact.entity_id).department == "Einkauf"
    with psycopg.connect(team.url(editor), autocommit=True) as conn:
        conn.execute("INSERT INTO snapshot (id, label, reason, taken_at, summary, content) "
                     "VALUES ('s1', 'Workshop', 'manual', now(), '{}', '\\x00')")
        conn.execute("UPDATE snapshot SET label = 'Workshop Frühjahr' WHERE id = 's1'")
    assert team.sql("SELECT version FROM snapshot WHERE id = 's1'") == [(2,)]
    assert team.sql("SELECT count(*) FROM change_log WHERE table_name = 'snapshot'")[0][0] >= 1
