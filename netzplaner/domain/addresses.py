"""Postal addresses as users type them: a postcode glued to the city ("72762 Reutlingen", "D-72762 Reutlingen").

One rule for the format-3 migration (``store.migrate_steps``) and the partner import (``io.partner_table``).
"""

from __future__ import annotations

import re

# "72762 Reutlingen", "D-72762 Reutlingen", "8005 Zürich", "A-1010 Wien": a German (5 digits), Austrian or Swiss
# (4 digits) postcode typed in front of the city, as users did while there was no postcode field
_LEADING_POSTCODE = re.compile(r"^\s*(?:(?:D|DE|A|AT|CH)\s*-\s*)?(\d{4,5})\s+(\S.*?)\s*$")


def split_postcode(city: str) -> tuple[str, str] | None:
    """(postcode, city) when ``city`` starts with a postcode, else None."""
    found = _LEADING_POSTCODE.match(city)
    return (found.group(1), found.group(2)) if found else None


def split_address(address: str) -> tuple[str, str, str] | None:
    """(street, postcode, city) of a one-cell address "Alteburgstraße 150, 72762 Reutlingen", else None."""
    street, comma, rest = address.rpartition(",")
    found = split_postcode(rest) if comma else None
    return (street.strip(), *found) if found and street.strip() else None
