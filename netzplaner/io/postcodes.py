"""Postcodes of Germany, Austria and Switzerland: where they lie and in which federal state (Bundesland, canton).

The table ``netzplaner/data/postcodes.tsv.gz`` (13,887 postcodes, 80 KB) is GeoNames' postal code data (CC BY 4.0,
see ``netzplaner/data/NOTICE.txt``): one line per postcode with latitude and longitude rounded to two decimals
(about 1 km) and the state's code. It is read once, on first use (about 30 ms).
"""

from __future__ import annotations

import gzip
import math
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

DATA = Path(__file__).resolve().parent.parent / "data" / "postcodes.tsv.gz"
COUNTRIES = ("DE", "AT", "CH")
_DIGITS = {"DE": 5, "AT": 4, "CH": 4}
_LEADING = re.compile(r"^\s*(?:(?:D|A|CH)\s*-\s*)?(\d{4,5})\b")

# the states' names as a German reader knows them (GeoNames writes some cantons in French or Italian)
STATES: dict[str, dict[str, str]] = {
    "DE": {"BW": "Baden-Württemberg", "BY": "Bayern", "BE": "Berlin", "BB": "Brandenburg", "HB": "Bremen",
           "HH": "Hamburg", "HE": "Hessen", "MV": "Mecklenburg-Vorpommern", "NI": "Niedersachsen",
           "NW": "Nordrhein-Westfalen", "RP": "Rheinland-Pfalz", "SL": "Saarland", "SN": "Sachsen",
           "ST": "Sachsen-Anhalt", "SH": "Schleswig-Holstein", "TH": "Thüringen"},
    "AT": {"01": "Burgenland", "02": "Kärnten", "03": "Niederösterreich", "04": "Oberösterreich", "05": "Salzburg",
           "06": "Steiermark", "07": "Tirol", "08": "Vorarlberg", "09": "Wien"},
    "CH": {"AG": "Aargau", "AI": "Appenzell Innerrhoden", "AR": "Appenzell Ausserrhoden", "BE": "Bern",
           "BL": "Basel-Landschaft", "BS": "Basel-Stadt", "FR": "Freiburg", "GE": "Genf", "GL": "Glarus",
           "GR": "Graubünden", "JU": "Jura", "LU": "Luzern", "NE": "Neuenburg", "NW": "Nidwalden", "OW": "Obwalden",
           "SG": "St. Gallen", "SH": "Schaffhausen", "SO": "Solothurn", "SZ": "Schwyz", "TG": "Thurgau",
           "TI": "Tessin", "UR": "Uri", "VD": "Waadt", "VS": "Wallis", "ZG": "Zug", "ZH": "Zürich"},
}


@dataclass(frozen=True)
class Place:
    country: str
    postcode: str
    lat: float
    lon: float
    state: str  # the state's code ("BW", "04", "ZH"), "" when unknown

    @property
    def state_name(self) -> str:
        return STATES.get(self.country, {}).get(self.state, "")


@lru_cache(maxsize=1)
def _table() -> dict[tuple[str, str], tuple[float, float, str]]:
    table = {}
    with gzip.open(DATA, "rt", encoding="utf-8") as f:
        for line in f:
            country, code, lat, lon, state = line.rstrip("\n").split("\t")
            table[(country, code)] = (float(lat), float(lon), state)
    return table


def postcode_of(text: str, country: str) -> str:
    """The postcode in ``text`` ("72336", "72336 Balingen", "D-72336"), or "" when there is none for ``country``."""
    match = _LEADING.match(text or "")
    if not match:
        return ""
    code = match.group(1)
    return code if len(code) == _DIGITS.get(country or "DE", 5) else ""


def lookup(postcode: str, country: str) -> Place | None:
    """The place of a postcode of DE, AT or CH; None for another country or an unknown postcode."""
    country = country or "DE"
    if country not in COUNTRIES or not postcode:
        return None
    found = _table().get((country, postcode.strip()))
    return Place(country, postcode.strip(), *found) if found is not None else None


def distance_km(a: Place, b: Place) -> float:
    """The great-circle distance between two places (haversine, earth radius 6,371 km)."""
    lat1, lon1, lat2, lon2 = map(math.radians, (a.lat, a.lon, b.lat, b.lon))
    h = math.sin((lat2 - lat1) / 2) ** 2 + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    return 2 * 6371.0 * math.asin(math.sqrt(h))


def region_of(postcode: str, country: str) -> str:
    """The postcode region: Germany's two-digit Leitregion ("72"), Austria's and Switzerland's first digit."""
    if not postcode:
        return ""
    return postcode[:2] if (country or "DE") == "DE" else postcode[:1]
