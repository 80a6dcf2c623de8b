"""Domain: the vocabulary, the entities as frozen dataclasses and the validation rules.

No Qt and no SQLAlchemy here: every other layer may import this one.
"""
