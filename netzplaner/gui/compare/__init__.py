"""The "Vergleich" view: what changed between two states of the network (issue 12)."""
