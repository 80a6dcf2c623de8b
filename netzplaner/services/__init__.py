"""Services: the use cases. Edits are reversible commands; queries return frozen dataclasses."""
