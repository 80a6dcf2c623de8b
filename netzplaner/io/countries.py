"""Country names as people type them in partner lists (German, English, short forms) -> ISO 3166 alpha-2.

Covers Europe and the countries a Mittelstand firm trades with; a two-letter code is taken as it is when it is
one of the known codes, and a three-letter code (DEU, CHN, USA) is translated.
"""

from __future__ import annotations

import unicodedata

# code -> names (German and English first, then variants); the alpha-3 code last
_NAMES: dict[str, tuple[str, ...]] = {
    "DE": ("Deutschland", "Germany", "BRD", "Bundesrepublik Deutschland", "D", "DEU"),
    "AT": ("Österreich", "Austria", "A", "AUT"),
    "CH": ("Schweiz", "Switzerland", "Suisse", "Svizzera", "CHE"),
    "LI": ("Liechtenstein", "LIE"),
    "LU": ("Luxemburg", "Luxembourg", "LUX"),
    "FR": ("Frankreich", "France", "F", "FRA"),
    "IT": ("Italien", "Italy", "Italia", "I", "ITA"),
    "NL": ("Niederlande", "Netherlands", "Holland", "The Netherlands", "NLD"),
    "BE": ("Belgien", "Belgium", "Belgique", "België", "BEL"),
    "PL": ("Polen", "Poland", "Polska", "POL"),
    "CZ": ("Tschechien", "Czechia", "Czech Republic", "Tschechische Republik", "CZE"),
    "SK": ("Slowakei", "Slovakia", "SVK"),
    "HU": ("Ungarn", "Hungary", "HUN"),
    "SI": ("Slowenien", "Slovenia", "SVN"),
    "HR": ("Kroatien", "Croatia", "HRV"),
    "RO": ("Rumänien", "Romania", "ROU"),
    "BG": ("Bulgarien", "Bulgaria", "BGR"),
    "GR": ("Griechenland", "Greece", "GRC"),
    "ES": ("Spanien", "Spain", "España", "E", "ESP"),
    "PT": ("Portugal", "PRT"),
    "IE": ("Irland", "Ireland", "IRL"),
    "GB": ("Großbritannien", "United Kingdom", "Vereinigtes Königreich", "UK", "England", "Great Britain", "GBR"),
    "DK": ("Dänemark", "Denmark", "DK", "DNK"),
    "SE": ("Schweden", "Sweden", "S", "SWE"),
    "NO": ("Norwegen", "Norway", "N", "NOR"),
    "FI": ("Finnland", "Finland", "FIN"),
    "IS": ("Island", "Iceland", "ISL"),
    "EE": ("Estland", "Estonia", "EST"),
    "LV": ("Lettland", "Latvia", "LVA"),
    "LT": ("Litauen", "Lithuania", "LTU"),
    "MT": ("Malta", "MLT"),
    "CY": ("Zypern", "Cyprus", "CYP"),
    "RS": ("Serbien", "Serbia", "SRB"),
    "BA": ("Bosnien und Herzegowina", "Bosnia and Herzegovina", "BIH"),
    "MK": ("Nordmazedonien", "North Macedonia", "MKD"),
    "AL": ("Albanien", "Albania", "ALB"),
    "ME": ("Montenegro", "MNE"),
    "MD": ("Moldau", "Moldova", "MDA"),
    "UA": ("Ukraine", "UKR"),
    "BY": ("Belarus", "Weißrussland", "BLR"),
    "RU": ("Russland", "Russia", "Russische Föderation", "Russian Federation", "RUS"),
    "TR": ("Türkei", "Türkiye", "Turkey", "TUR"),
    "IL": ("Israel", "ISR"),
    "AE": ("Vereinigte Arabische Emirate", "United Arab Emirates", "VAE", "UAE", "ARE"),
    "SA": ("Saudi-Arabien", "Saudi Arabia", "SAU"),
    "QA": ("Katar", "Qatar", "QAT"),
    "EG": ("Ägypten", "Egypt", "EGY"),
    "MA": ("Marokko", "Morocco", "MAR"),
    "TN": ("Tunesien", "Tunisia", "TUN"),
    "ZA": ("Südafrika", "South Africa", "ZAF"),
    "NG": ("Nigeria", "NGA"),
    "KE": ("Kenia", "Kenya", "KEN"),
    "US": ("USA", "Vereinigte Staaten", "United States", "United States of America", "Amerika", "America", "US"),
    "CA": ("Kanada", "Canada", "CAN"),
    "MX": ("Mexiko", "Mexico", "MEX"),
    "BR": ("Brasilien", "Brazil", "Brasil", "BRA"),
    "AR": ("Argentinien", "Argentina", "ARG"),
    "CL": ("Chile", "CHL"),
    "CO": ("Kolumbien", "Colombia", "COL"),
    "PE": ("Peru", "PER"),
    "CN": ("China", "Volksrepublik China", "VR China", "People's Republic of China", "PRC", "CHN"),
    "HK": ("Hongkong", "Hong Kong", "HKG"),
    "TW": ("Taiwan", "TWN"),
    "JP": ("Japan", "JPN"),
    "KR": ("Südkorea", "South Korea", "Korea", "Republik Korea", "Republic of Korea", "KOR"),
    "IN": ("Indien", "India", "IND"),
    "PK": ("Pakistan", "PAK"),
    "BD": ("Bangladesch", "Bangladesh", "BGD"),
    "VN": ("Vietnam", "Viet Nam", "VNM"),
    "TH": ("Thailand", "THA"),
    "MY": ("Malaysia", "MYS"),
    "SG": ("Singapur", "Singapore", "SGP"),
    "ID": ("Indonesien", "Indonesia", "IDN"),
    "PH": ("Philippinen", "Philippines", "PHL"),
    "AU": ("Australien", "Australia", "AUS"),
    "NZ": ("Neuseeland", "New Zealand", "NZL"),
}


def _key(text: str) -> str:
    folded = unicodedata.normalize("NFKD", text.casefold().replace("ß", "ss"))
    return "".join(c for c in folded if c.isalnum())


_LOOKUP: dict[str, str] = {}
for _code, _names in _NAMES.items():
    _LOOKUP[_key(_code)] = _code
    for _name in _names:
        _LOOKUP.setdefault(_key(_name), _code)


def country_code(text: str) -> str | None:
    """The ISO alpha-2 code of a country name or code (``"Deutschland"`` -> ``"DE"``), "" for empty, else None."""
    if not text or not text.strip():
        return ""
    return _LOOKUP.get(_key(text))


def country_names(code: str) -> tuple[str, str]:
    """(German, English) name of a known code, else the code twice."""
    names = _NAMES.get(code.upper())
    return (names[0], names[1] if len(names) > 1 and len(names[1]) > 3 else names[0]) if names else (code, code)
