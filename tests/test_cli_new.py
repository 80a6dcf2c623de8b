"""``netzplaner new DOC [--firm NAME] [--force]`` (issue 15, part 7): an empty document, exit codes as the README's
command-line contract says (0 written, 1 a file or data error with one sentence, 2 a usage error)."""

from __future__ import annotations

from netzplaner import api
from netzplaner.cli import main


def _partners(path):
    with api.open_document(path, read_only=True) as doc:
        return [(p.name, p.is_own_firm, sorted(p.dimensions)) for p in api.queries.list_partners(doc)]


def test_new_writes_an_empty_document(tmp_path, capsys):
    doc = tmp_path / "leer.netzplan"
    assert main(["new", str(doc)]) == 0
    assert f"Empty document written to {doc}" in capsys.readouterr().out
    assert _partners(doc) == []
    assert main(["check", str(doc), "--json"]) == 0  # a document Netzplaner opens and checks


def test_new_with_the_own_firm(tmp_path, capsys):
    doc = tmp_path / "netz.netzplan"
    assert main(["new", str(doc), "--firm", "Weiß Metallbau GmbH"]) == 0
    assert "with the own firm Weiß Metallbau GmbH" in capsys.readouterr().out
    assert _partners(doc) == [("Weiß Metallbau GmbH", True, ["international", "regional", "thematic"])]


def test_an_existing_document_is_kept_unless_forced(tmp_path, capsys):
    doc = tmp_path / "netz.netzplan"
    doc.write_bytes(b"mine")
    assert main(["new", str(doc), "--firm", "A"]) == 1
    err = capsys.readouterr().err
    assert err == "Error: “netz.netzplan” already exists; --force overwrites it.\n"
    assert doc.read_bytes() == b"mine"
    assert main(["new", str(doc), "--force"]) == 0
    assert _partners(doc) == []


def test_bad_input_gets_one_sentence_and_leaves_no_file(tmp_path, capsys):
    assert main(["new", str(tmp_path / "nirgends" / "x.netzplan")]) == 1
    assert "does not exist" in capsys.readouterr().err
    doc = tmp_path / "x.netzplan"
    assert main(["new", str(doc), "--firm", "   "]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "must not be empty" in err and "Traceback" not in err
    assert not doc.exists()  # nothing half-written
    assert main(["new"]) == 2 and "required: DOC" in capsys.readouterr().err
