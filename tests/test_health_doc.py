"""docs/health.md lists the health score as the code declares it: every component with its weight and rule, the
expected groups per network, the weights of the groups."""

from __future__ import annotations

from pathlib import Path

from netzplaner.domain.health import COMPONENTS, EXPECTED, GROUP_NAMES, GROUPS, group_weights

DOC = Path(__file__).resolve().parents[1] / "docs" / "health.md"


def test_every_component_is_in_the_doc_with_its_weight_and_rule():
    text = DOC.read_text(encoding="utf-8")
    for c in COMPONENTS:
        row = f"| `{c.key}` | {c.name_en} ({c.name_de}) | {GROUP_NAMES[c.group][1]} | {c.weight} | {c.rule_en} |"
        assert row in text, c.key
    rows = [line for line in text.splitlines() if line.startswith("| `")]
    assert len(rows) == len(COMPONENTS)


def test_the_groups_and_expected_partners_are_the_declared_ones():
    text = DOC.read_text(encoding="utf-8")
    weights = ", ".join(f"{GROUP_NAMES[g][1].lower()} {w}" for g, w in group_weights().items())
    assert f"The weights add up to 100: {weights}." in " ".join(text.split())
    for dimension, groups in EXPECTED.items():
        assert f"| {dimension.en} | " + "; ".join(GROUPS[g][2] for g in groups) + " |" in text
