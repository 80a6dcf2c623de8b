"""Netzplaner: the partner network of a manufacturing SME, mapped, judged and planned."""

__version__ = "0.1.0"
