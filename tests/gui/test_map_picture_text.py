"""The SVG picture of the map is well-formed XML whatever the partners are called (issue 16)."""

from __future__ import annotations

import re

import defusedxml.ElementTree as SafeET

from netzplaner import cli

from ..test_hostile_text import _legacy_document
from ..test_safe_text import HIDDEN_CHARS

# every hidden character SQLite can hold (a lone surrogate cannot be stored as UTF-8 text)
NAMES = [f"Firma{c}{i}" for i, c in enumerate(HIDDEN_CHARS) if not 0xD800 <= ord(c) <= 0xDFFF]


def test_svg_of_names_with_every_control_character_parses(tmp_path):
    doc = _legacy_document(tmp_path / "alt.netzplan", NAMES)
    svg = tmp_path / "karte.svg"
    assert cli.main(["render", str(doc), "-o", str(svg), "--width", "800"]) == 0
    root = SafeET.parse(str(svg)).getroot()  # strict: one forbidden character and this raises
    texts = {"".join(e.itertext()).strip() for e in root.iter() if e.tag.endswith("text")}
    labels = {t for t in texts if re.fullmatch(r"Firma\d+", t)}
    assert len(labels) >= 3, texts  # labels of partners whose names held a hidden character, drawn without it
    title = next(e.text for e in root.iter() if e.tag.endswith("title"))
    assert "Eigen[2JFirma" in title  # the own firm's name (ESC and a bidi override in it) in the title
