"""Which network a new partner of an import belongs to: a proposal with its reason, which the user may change.

The rules, in this order (the thresholds are the constants below, documented nowhere else):

1. **International**: a country other than the own firm's (the own firm's country, else Germany).
   A foreign association, cluster, research institute or platform is thematic as well.
2. **Thematic** (Fachlich): the kind is association, cluster, research institute or platform, or the name holds
   one of ``THEMATIC_WORDS`` (Verband, Cluster, Institut, e.V. ...) while the kind is not a firm's.
3. **Regional**: in the own firm's country and, by the shipped postcode table (``io/postcodes``), at most
   ``REGIONAL_KM`` from the own firm, or at most ``SAME_STATE_KM`` and in its federal state. Where a postcode
   cannot be placed: the same postcode region (Leitregion) or the same federal state as the own firm.
4. Otherwise no network, with the reason (too far, no postcode, no own firm to measure from).

The proposal is a proposal: the import preview shows it with its reason and the user changes it per row or per
group; ``apply_choices`` writes the chosen networks into the planned import before it runs.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from ..domain.entities import Partner
from ..domain.enums import Dimension, PartnerKind
from ..domain.errors import NetzplanerError
from ..domain.vocabulary import label
from ..io.countries import country_names
from ..io.postcodes import Place, distance_km, lookup, postcode_of, region_of
from .commands import Command, Macro

REGIONAL_KM = 80  # within this distance of the own firm: regional
SAME_STATE_KM = 150  # further, but in the own firm's federal state and within this: regional too
HOME_COUNTRY = "DE"  # the own firm's country when it has none (Netzplaner is made for German firms)
THEMATIC_KINDS = frozenset({PartnerKind.ASSOCIATION, PartnerKind.CLUSTER, PartnerKind.RESEARCH_INSTITUTE,
                            PartnerKind.PLATFORM})
FIRM_KINDS = frozenset({PartnerKind.COMPANY, PartnerKind.CUSTOMER, PartnerKind.SUPPLIER,
                        PartnerKind.SERVICE_PROVIDER})
THEMATIC_WORDS = ("verband", "verein", "e.v.", "cluster", "institut", "institute", "fraunhofer", "forschung",
                  "research", "arbeitskreis", "netzwerk", "network", "plattform", "platform", "initiative",
                  "allianz", "alliance", "association", "akademie", "vdma", "vdi", "zvei")
_WORD = re.compile(r"[\w.]+")


@dataclass(frozen=True)
class Proposal:
    """The networks proposed for one partner and why (``rule`` and the facts the reason names)."""

    dimensions: frozenset[Dimension]
    rule: str  # foreign, kind, keyword, distance, state, region, far, no_place, no_home
    kind: PartnerKind | None = None
    country: str = ""
    km: int | None = None
    state: str = ""
    word: str = ""

    def reason(self, lang: str = "en") -> NetzplanerError:
        """The reason as one sentence; the kind's and the country's names in ``lang`` ("de" or "en")."""
        kind = label(self.kind, lang) if self.kind is not None else ""
        country = country_names(self.country)[0 if lang == "de" else 1] if self.country else ""
        params = {"kind": kind, "country": country or self.country, "km": self.km, "state": self.state,
                  "word": self.word, "limit": REGIONAL_KM, "state_limit": SAME_STATE_KM}
        # literal calls, so that the translation collector finds the templates
        sentences = {
            "foreign": lambda: NetzplanerError("In another country than the own firm: {country}.", **params),
            "foreign_thematic": lambda: NetzplanerError(
                "In another country than the own firm: {country}; its kind, {kind}, is thematic too.", **params),
            "kind": lambda: NetzplanerError("Its kind, {kind}, belongs to the thematic network.", **params),
            "keyword": lambda: NetzplanerError("The name contains “{word}”.", **params),
            "distance": lambda: NetzplanerError("{km} km from the own firm (regional up to {limit} km).", **params),
            "state": lambda: NetzplanerError(
                "{km} km from the own firm, in the same federal state ({state}).", **params),
            "region": lambda: NetzplanerError("Same postcode region as the own firm ({state}).", **params),
            "same_state": lambda: NetzplanerError("Same federal state as the own firm ({state}).", **params),
            "far": lambda: NetzplanerError(
                "{km} km from the own firm: beyond the regional radius of {limit} km; choose a network.", **params),
            "no_place": lambda: NetzplanerError("No postcode that places it; choose a network.", **params),
            "no_home": lambda: NetzplanerError(
                "The own firm has no postcode to measure the distance from; choose a network.", **params),
        }
        return sentences[self.rule]()


def home_place(own: Partner | None) -> tuple[str, Place | None, str]:
    """The own firm's country, place (from its postcode, or a postcode at the start of its city) and region."""
    if own is None:
        return HOME_COUNTRY, None, ""
    country = own.country or HOME_COUNTRY
    code = postcode_of(own.postcode, country) or postcode_of(own.city, country)
    return country, lookup(code, country), own.region


def _keyword(name: str) -> str:
    words = {w.casefold().rstrip(".") if w.casefold() != "e.v." else "e.v." for w in _WORD.findall(name)}
    lowered = name.casefold()
    for word in THEMATIC_WORDS:
        if word in words or (len(word) > 5 and word in lowered):
            return word
    return ""


def propose(values: Mapping[str, Any], home: tuple[str, Place | None, str]) -> Proposal:
    """The proposal for one partner's values (``kind``, ``country``, ``postcode``, ``city``, ``region``, ``name``)."""
    home_country, home_at, home_region = home
    kind = values.get("kind")
    country = values.get("country") or home_country
    thematic_kind = kind in THEMATIC_KINDS
    if country != home_country:
        if thematic_kind:
            return Proposal(frozenset({Dimension.INTERNATIONAL, Dimension.THEMATIC}), "foreign_thematic", kind,
                            country)
        return Proposal(frozenset({Dimension.INTERNATIONAL}), "foreign", kind, country)
    if thematic_kind:
        return Proposal(frozenset({Dimension.THEMATIC}), "kind", kind)
    word = "" if kind in FIRM_KINDS else _keyword(values.get("name", ""))
    if word:
        return Proposal(frozenset({Dimension.THEMATIC}), "keyword", kind, word=word)
    code = postcode_of(values.get("postcode") or "", country) or postcode_of(values.get("city") or "", country)
    at = lookup(code, country)
    regional = frozenset({Dimension.REGIONAL})
    if at is not None and home_at is not None:
        km = round(distance_km(at, home_at))
        if km <= REGIONAL_KM:
            return Proposal(regional, "distance", kind, km=km)
        if km <= SAME_STATE_KM and at.state and at.state == home_at.state:
            return Proposal(regional, "state", kind, km=km, state=at.state_name)
        return Proposal(frozenset(), "far", kind, km=km)
    if home_at is not None and code and region_of(code, country) == region_of(home_at.postcode, country):
        return Proposal(regional, "region", kind, state=region_of(code, country))
    region = (values.get("region") or "").strip()
    home_state = home_at.state_name if home_at is not None else home_region
    if region and home_state and region.casefold() == home_state.casefold():
        return Proposal(regional, "same_state", kind, state=home_state)
    return Proposal(frozenset(), "no_home" if home_at is None else "no_place", kind)


@dataclass(frozen=True)
class ProposedRow:
    """A new partner of a planned import with its proposal; ``partner_id`` is the id the import will give it."""

    partner_id: str
    row: int
    name: str
    kind: PartnerKind
    country: str
    city: str
    proposal: Proposal

    def line(self) -> str:
        """One line for the command line's report (English)."""
        names = ", ".join(label(d, "en") for d in sorted(self.proposal.dimensions, key=list(Dimension).index))
        return f"row {self.row}: “{self.name}” network {names or 'none'}: {self.proposal.reason('en')}"


def new_partner_rows(command: Command | None) -> list[dict[str, Any]]:
    """The rows of new partners inside a planned import's command (its ``ImportRows``), in file order."""
    if command is None:
        return []
    children = command.children if isinstance(command, Macro) else [command]
    return [row for child in children for row in getattr(child, "partners", ())]


def propose_rows(rows: Iterable[dict[str, Any]], own: Partner | None, row_numbers: Mapping[str, int],
                 ) -> list[ProposedRow]:
    """Propose networks for the new partners ``rows`` that bring none, and set the proposal in each row."""
    home = home_place(own)
    proposed = []
    for values in rows:
        if values.get("dimensions"):
            continue  # the file names the networks: they stand
        proposal = propose(values, home)
        values["dimensions"] = proposal.dimensions
        proposed.append(ProposedRow(values["id"], row_numbers.get(values["name"].casefold(), 0), values["name"],
                                    values.get("kind") or PartnerKind.OTHER, values.get("country") or "",
                                    values.get("city") or "", proposal))
    return proposed


def apply_choices(command: Command | None, choices: Mapping[str, frozenset[Dimension]]) -> int:
    """Write the networks the user chose (partner id -> networks) into a planned import; returns rows changed."""
    changed = 0
    for values in new_partner_rows(command):
        chosen = choices.get(values["id"])
        if chosen is not None and frozenset(chosen) != frozenset(values.get("dimensions") or ()):
            values["dimensions"] = frozenset(chosen)
            changed += 1
    return changed
