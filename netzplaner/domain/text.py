"""Which characters user text may hold: one definition for the way in (validation) and every way out (io.safe_text).

Hidden characters are removed from every text:
- C0 control characters (a tab and a line break stay only in text that may have lines), DEL and the C1 controls
  U+0080–U+009F: a terminal runs ``ESC [2J`` or the C1 CSI U+009B, a spreadsheet hides them, XML forbids C0;
- the bidi controls that reorder what a reader sees ("Trojan Source"): the embeddings and overrides
  U+202A–U+202E, the isolates U+2066–U+2069 and the marks U+200E, U+200F, U+061C;
- lone surrogates (UTF-8 cannot encode them), U+FFFE and U+FFFF (XML forbids them) and the byte order mark U+FEFF.

They go *before* anything looks at the text, so ``"\\x01=1+1"`` is seen as the ``=1+1`` it becomes.
"""

from __future__ import annotations

import re
import unicodedata

# the character class of hidden characters, for regular expressions elsewhere (io.safe_text); tab, LF, CR excluded
HIDDEN = ("\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069"
          "\ud800-\udfff\ufeff\ufffe\uffff")
_HIDDEN = re.compile(f"[{HIDDEN}]+")
_NEEDS_WORK = re.compile(f"[{HIDDEN}\r]")
_LINE_BREAKS = re.compile("\r\n|[\t\n\r\x0b\x0c\x85\u2028\u2029]")  # tabs and line ends of every kind
_NOT_ONE_LINE = re.compile(f"[{HIDDEN}\t\n\r\u2028\u2029]")


def has_hidden(text: str) -> bool:
    """True when ``plain_text`` would remove a character from ``text`` (CR/LF changes do not count)."""
    return _HIDDEN.search(text) is not None


def plain_text(text: str) -> str:
    """Text that may have lines (notes, descriptions): hidden characters removed, CR and CRLF made LF, tabs kept."""
    if _NEEDS_WORK.search(text) is None:  # the common case costs one scan
        return text
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    return _HIDDEN.sub("", text)


def one_line(text: str) -> str:
    """Text of one line (a name, a city, an owner): tabs and line breaks made a blank, hidden characters removed."""
    if _NOT_ONE_LINE.search(text) is None:
        return text
    return _HIDDEN.sub("", _LINE_BREAKS.sub(" ", text))


# -- comparing words as people type them -----------------------------------------------------------------

_BLANKS = re.compile(r"\s+")
_NON_ASCII = re.compile(r"[^\x00-\x7f]+")


def _plain_letters(match: re.Match) -> str:
    """A run of non-ASCII letters without their accents ("ü" → "u", "é" → "e"); "ß" was made "ss" by casefold."""
    return "".join(c for c in unicodedata.normalize("NFKD", match[0]) if not unicodedata.combining(c))


def fold(text: str) -> str:
    """``text`` as searches and word look-ups compare it: case, accents and the German spellings folded, blanks
    made one space. "Weiß" and "Weiss" become "weiss", "Müller", "Mueller" and "muller" all "muller" (ä/ae → a,
    ö/oe → o, ü/ue → u on both sides, so a typed "ue" finds an "ü")."""
    text = text.casefold()
    if not text.isascii():  # only the non-ASCII runs are decomposed: a whole document folds in milliseconds
        text = _NON_ASCII.sub(_plain_letters, text)
    text = text.replace("ae", "a").replace("oe", "o").replace("ue", "u")
    return _BLANKS.sub(" ", text).strip()
