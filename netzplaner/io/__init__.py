"""Import and export: Excel, CSV, GraphML, GEXF (no Qt, no SQLAlchemy)."""
