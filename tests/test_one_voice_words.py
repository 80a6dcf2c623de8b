"""One voice outside the window: the field labels errors name, and the recommendations' figures, come from the
glossary and the one formatter (``domain.formatting``), so a sentence and the overview round alike."""

from __future__ import annotations

from datetime import date

from netzplaner.analysis.recommendations import fmt
from netzplaner.domain import formatting
from netzplaner.domain.glossary import term
from netzplaner.domain.validation import ACTION_FIELDS, GOAL_FIELDS


def test_errors_name_the_responsible_person_as_the_glossary():
    assert GOAL_FIELDS["owner"].label == ACTION_FIELDS["owner"].label == term("owner", "en")


def test_recommendations_write_figures_as_the_formatter():
    for lang in ("de", "en"):
        assert fmt(0.125, lang, share=True) == formatting.percent(0.125, lang)  # 13 %, not Python's 12
        assert fmt(2.25, lang) == formatting.number(2.25, lang)  # 2,3 as the overview and the workbook show it
        assert fmt(12345, lang) == formatting.number(12345, lang)
        assert fmt(date(2026, 11, 30), lang) == formatting.day(date(2026, 11, 30), lang)
    assert (fmt(0.125, "de", share=True), fmt(2.25, "en"), fmt(12345, "de")) == ("13 %", "2.3", "12.345")
