"""One voice in the window: wherever the German catalogue translates a glossary term's English word, it uses the
glossary's German word (``domain.glossary``; the workbook and the command line take the words from there)."""

from __future__ import annotations

import re
from pathlib import Path

from netzplaner.domain.glossary import TERMS
from netzplaner.domain.vocabulary import _LABELS

CATALOGUE = Path(__file__).resolve().parents[1] / "netzplaner" / "gui" / "translations" / "netzplaner_de.ts"


# English words that are a glossary term and also an ordinary command: "Open" the status (Offen) and the verb
HOMONYMS = {"Open": {"Öffnen"}}


def _plain(text: str) -> str:
    return text.replace("&amp;", "").replace("&", "").rstrip(":").strip()


def test_the_window_translates_each_term_as_the_glossary_does():
    words = {en: de for de, en in [*TERMS.values(), *_LABELS.values()]}
    xml = CATALOGUE.read_text(encoding="utf-8")
    context, wrong = "", []
    for name, source, translation in re.findall(
            r"<name>([^<]*)</name>|<source>([^<]*)</source>\s*<translation[^>]*>([^<]*)</translation>", xml):
        if name:
            context = name
        elif _plain(source) in words and _plain(translation) != words[_plain(source)] and \
                _plain(translation) not in HOMONYMS.get(_plain(source), ()):
            wrong.append(f"{context}: {source} → {translation} (glossary: {words[_plain(source)]})")
    assert wrong == []
