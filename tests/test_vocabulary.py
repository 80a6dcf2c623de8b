"""One vocabulary for every way in (issue 15, part 7): each word of ``domain.vocabulary`` — code, German, English
name and the further words — is read as the same member by the API's services, the command line and the
importers (partner list, relationship table, board workbook), and a word outside the table by none of them."""

from __future__ import annotations

import pytest

from netzplaner import api
from netzplaner.domain.enums import (VOCABULARY, ActionStatus, Benefit, Dimension, GoalStatus, PartnerKind, Priority,
                                     RelationshipKind)
from netzplaner.domain.vocabulary import from_label, keyed_words, word_key, words
from netzplaner.io.partner_table import dimensions as import_dimensions
from netzplaner.io.partner_table import partner_kind as import_kind
from netzplaner.io.relation_table import relationship_kind as import_relationship
from netzplaner.services.export import board_data
from netzplaner.services.roundtrip import _choice as board_choice


def _all(kind):
    return [(member, word) for member in kind for word in words(member)]


def test_the_table_is_unambiguous_and_holds_every_name():
    for kind in VOCABULARY:
        seen: dict[str, object] = {}
        for member, word in _all(kind):
            assert seen.setdefault(word_key(word), member) == member, (kind, word)  # no word names two members
        for member in kind:
            assert {word_key(member.value), word_key(member.de), word_key(member.en)} <= set(keyed_words(kind))
    assert words(PartnerKind.UNIVERSITY)[:3] == ("university", "Hochschule", "University")


@pytest.mark.parametrize("text, member", [
    ("Hochschule", PartnerKind.UNIVERSITY), ("hochschule", PartnerKind.UNIVERSITY),
    ("Universitaet", PartnerKind.UNIVERSITY), ("BEHOERDE", PartnerKind.PUBLIC_BODY),
    ("fachlich", Dimension.THEMATIC), ("Resilienz", Benefit.RESILIENCE), ("wettbewerbsfaehigkeit",
                                                                          Benefit.COMPETITIVENESS),
    ("in arbeit", ActionStatus.IN_PROGRESS), ("Erledigt", ActionStatus.DONE), ("hoch", Priority.HIGH),
    ("Verworfen", GoalStatus.DROPPED), ("Lieferbeziehung", RelationshipKind.SUPPLY)])
def test_case_accents_and_spelling_do_not_matter(text, member):
    assert from_label(type(member), text) is member


def _ws():
    ws = api.create_in_memory("Vokabular")
    own = ws.execute(api.partners.create_partner(ws, name="Wir", kind="company", is_own_firm=True)).entity_id
    return ws, own


def test_the_api_takes_every_word_of_partner_kinds_networks_and_relationship_kinds():
    ws, own = _ws()
    for number, (member, word) in enumerate(_all(PartnerKind)):
        pid = ws.execute(api.partners.create_partner(ws, name=f"P{number}", kind=word)).entity_id
        assert ws.get("partner", pid).kind is member, word
        assert import_kind(word) is member, word  # the partner-list importer reads it the same
    for number, (member, word) in enumerate(_all(Dimension)):
        pid = ws.execute(api.partners.create_partner(ws, name=f"D{number}", kind="other",
                                                     dimensions=[word])).entity_id
        assert ws.get("partner", pid).dimensions == {member}, word
        assert import_dimensions(word) == ({member}, []), word
        assert board_data(ws, dimensions=[word]) is not None  # the board export (``--dimension``) takes it too
    for number, (member, word) in enumerate(_all(RelationshipKind)):
        other = ws.execute(api.partners.create_partner(ws, name=f"R{number}", kind="other")).entity_id
        rid = ws.execute(api.relationships.create_relationship(ws, own, other, kind=word, strength=3)).entity_id
        assert ws.get("relationship", rid).kind is member, word
        assert import_relationship(word) is member, word


def test_the_api_and_the_board_workbook_take_every_word_of_benefits_statuses_and_priorities():
    ws, _own = _ws()
    for number, (member, word) in enumerate(_all(Benefit)):
        gid = ws.execute(api.goals.create_goal(ws, title=f"G{number}", benefit=word)).entity_id
        assert ws.get("goal", gid).benefit is member, word
        assert board_choice(word, Benefit, "Nutzen", "de", required=True) is member
    goal = ws.execute(api.goals.create_goal(ws, title="Ziel", benefit="Innovation")).entity_id
    for number, (member, word) in enumerate(_all(GoalStatus)):
        ws.execute(api.goals.update_goal(ws, goal, status=word))
        assert ws.get("goal", goal).status is member, word
        assert board_choice(word, GoalStatus, "Status", "de", required=True) is member
    for enum, field in ((ActionStatus, "status"), (Priority, "priority")):
        for number, (member, word) in enumerate(_all(enum)):
            aid = ws.execute(api.goals.create_action(ws, goal, title=f"A{field}{number}", **{field: word})).entity_id
            assert getattr(ws.get("action", aid), field) is member, word
            assert board_choice(word, enum, "Status", "de", required=True) is member


def test_a_word_outside_the_table_is_refused_everywhere_with_one_sentence():
    ws, own = _ws()
    with pytest.raises(api.ValidationError) as caught:
        ws.execute(api.partners.create_partner(ws, name="X", kind="Raumschiff"))
    assert str(caught.value) == "“Raumschiff” is not a valid value for Kind."
    with pytest.raises(api.ValidationError) as caught:
        ws.execute(api.partners.create_partner(ws, name="X", kind="other", dimensions=["galaktisch"]))
    assert caught.value.field == "dimensions" and "galaktisch" in str(caught.value)
    with pytest.raises(api.ValidationError):
        ws.execute(api.goals.create_goal(ws, title="X", benefit="Glück"))
    assert import_kind("Raumschiff") is None and import_dimensions("galaktisch") == (frozenset(), ["galaktisch"])
    assert import_relationship("Freundschaft") is None
    assert [p.name for p in api.queries.list_partners(ws)] == ["Wir"]  # nothing half-written


def test_the_command_line_takes_the_german_network_names(tmp_path, capsys):
    from netzplaner.cli import main
    from netzplaner.services.demo import write_demo

    doc = tmp_path / "demo.netzplan"
    write_demo(doc)
    out = tmp_path / "fach.xlsx"
    assert main(["export", str(doc), "-o", str(out), "--dimension", "Fachlich", "--dimension", "global",
                 "--no-map"]) == 0
    assert out.exists()
    assert main(["export", str(doc), "-o", str(tmp_path / "x.xlsx"), "--dimension", "galaktisch", "--no-map"]) == 1
    err = capsys.readouterr().err
    assert "galaktisch" in err and "Traceback" not in err and not (tmp_path / "x.xlsx").exists()
