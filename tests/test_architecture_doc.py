"""docs/architecture.md is the design the code cites: every citation names one of its sections, no comment cites a
document outside the repository, and what its "Threading" section promises about reads on a worker holds."""

from __future__ import annotations

import re
import threading
from pathlib import Path

from netzplaner.services import partners

REPO = Path(__file__).resolve().parents[1]
ARCHITECTURE = REPO / "docs" / "architecture.md"
CITATION = re.compile(r'docs/architecture\.md,\s+((?:"[^"]+"(?:\s+and\s+)?)+)')


def _code_files() -> list[Path]:
    return sorted([*(REPO / "netzplaner").rglob("*.py"), *(REPO / "tests").rglob("*.py")])


def test_every_citation_names_a_section():
    sections = set(re.findall(r"^## (.+)$", ARCHITECTURE.read_text(encoding="utf-8"), re.M))
    cited = {}
    for path in _code_files():
        for match in CITATION.finditer(path.read_text(encoding="utf-8")):
            for name in re.findall(r'"([^"]+)"', match.group(1)):
                cited.setdefault(" ".join(name.split()), path.relative_to(REPO).as_posix())
    assert len(cited) >= 5  # the comments do cite it
    assert {name: path for name, path in cited.items() if name not in sections} == {}


def test_no_comment_cites_a_document_outside_the_repository():
    assert [path.relative_to(REPO).as_posix() for path in _code_files()
            if path != Path(__file__) and "DESIGN" + ".md" in path.read_text(encoding="utf-8")] == []


def test_the_readme_links_the_architecture():
    assert "(docs/architecture.md)" in (REPO / "README.md").read_text(encoding="utf-8")


def test_a_read_on_another_thread_sees_one_state_while_the_gui_thread_commits(ws):
    """The "Threading" section: a read on a worker has its own connection, does not block an edit committed
    meanwhile on the GUI thread, and sees the state it started with until its block ends."""
    started, committed, seen = threading.Event(), threading.Event(), {}

    def read():
        with ws.reading() as uow:
            seen["before"] = uow.count("partner")
            started.set()
            committed.wait(10)
            seen["during"] = uow.count("partner")

    reader = threading.Thread(target=read)
    reader.start()
    assert started.wait(10)
    ws.execute(partners.create_partner(ws, name="Hochschule Albstadt-Sigmaringen", kind="university",
                                       dimensions=["regional"]))  # commits while the read is open
    committed.set()
    reader.join(10)
    with ws.reading() as uow:
        after = uow.count("partner")
    assert (seen["before"], seen["during"], after) == (1, 1, 2)
