"""The facts a read-only open takes from store/schema_facts.py are the ones the models and the schema steps define
(regenerate with ``python -m netzplaner.store.schema_facts`` after a schema change)."""

from netzplaner.store import document, file_check, migrations, schema_facts


def test_the_facts_are_the_models_of_today():
    assert (schema_facts.FORMAT, schema_facts.COLUMNS) == schema_facts.derive(), (
        "store/schema_facts.py is stale: write what `python -m netzplaner.store.schema_facts` prints into it")
    assert schema_facts.FORMAT == migrations.SCHEMA_VERSION == file_check.SCHEMA_VERSION == document.SCHEMA_VERSION


def test_the_newest_layout_is_checked_as_before():
    layout = schema_facts.layout()
    assert layout == migrations._layout(schema_facts.FORMAT)
    assert migrations.layout_problem(schema_facts.FORMAT, layout, "x.netzplan") is None
    short = {**layout, "partner": layout["partner"] - {"region"}}
    for problem in (file_check._layout_problem(schema_facts.FORMAT, short, "x.netzplan"),
                    migrations.layout_problem(schema_facts.FORMAT, short, "x.netzplan")):
        assert problem is not None and "partner" in str(problem)
    missing = {k: v for k, v in layout.items() if k != "goal"}
    assert file_check._layout_problem(schema_facts.FORMAT, missing, "x.netzplan") is not None
