"""The exchange part of the window (docs/architecture.md, "Where a new feature goes")."""
