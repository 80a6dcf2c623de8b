"""The global search (issue 15): a box beside the document's tabs, Ctrl+F from every tab, results grouped by kind,
each leading to its place."""
