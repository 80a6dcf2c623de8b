"""A faster import planner plans exactly what the planner before it did (issue 17): the plans of a synthetic
network of 2,000 partners -- its own GraphML and GEXF into an empty document, and a list of 1,500 rows with
respelled duplicates against the network -- have the fingerprints the program of 5c650cc (session 6) gave them
(``tests/plan_fingerprint.py``: every row written, every line of the report, ids replaced by names)."""

from __future__ import annotations

import pytest

from tests.plan_fingerprint import fingerprints

BEFORE = {  # python -m tests.plan_fingerprint at 5c650cc; the same with PYTHONHASHSEED 1 and 2
    ".graphml": "eb7ca28bf3311bc60354f743543777c5f5ac3c59971c8eec80a028173df00b21",
    ".gexf": "3531c9a8684332e178a222780d9a48287437980e651af38acdfbba6b9c6d2643",
    ".csv": "7011842a1faeb11e7604b69c51d185d6b0e298394f14907544801e9f67843cc5",
}


@pytest.mark.slow
def test_graph_files_and_a_list_are_planned_as_before(tmp_path):
    assert fingerprints(tmp_path) == BEFORE
