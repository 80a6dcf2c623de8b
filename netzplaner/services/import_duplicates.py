"""The import's side of likely duplicates (issue 15): which rows merge into which partner, and what the report says.

``merge_targets`` runs ``duplicates.find_duplicates`` over the parsed rows of a partner list and the document's
partners, takes the user's choice per row (or the proposal's default: merge what differs only by legal form,
spelling, abbreviation or capitals, keep apart what only looks alike) and gives the planner, for each row to merge,
the name key of the partner it merges into: a partner of the document, or the partner an earlier row makes (or
merges into, in turn). Each proposed row gets a note in the row-by-row report.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence

from ..domain.entities import Partner
from ..domain.errors import NetzplanerError
from ..domain.text import one_line
from ..io.partner_table import PartnerRow
from .duplicates import Candidate, find_duplicates


def merge_targets(document: Iterable[Partner], rows: Sequence[PartnerRow], merge: Mapping[int, bool] | None,
                  ) -> tuple[list[Candidate], dict[int, str]]:
    """(the proposals, row number -> name key it merges into); notes go onto the rows."""
    names = {row.number: one_line(row.name).strip() for row in rows}
    candidates = find_duplicates([(row.number, names[row.number], str(row.fields.get("city") or ""))
                                  for row in rows if names[row.number]],
                                 [(p.id, p.name, p.city) for p in document])
    by_number = {row.number: row for row in rows}
    targets: dict[int, str] = {}
    for candidate in candidates:
        row = by_number[candidate.row]
        chosen = (merge or {}).get(candidate.row)
        if candidate.fixed or (candidate.merge_by_default if chosen is None else chosen):
            if candidate.other_row is not None:  # the earlier row's partner: where that row went, else its own
                targets[candidate.row] = targets.get(candidate.other_row, names[candidate.other_row].casefold())
            else:
                targets[candidate.row] = candidate.other_name.casefold()
            if candidate.fixed:
                row.notes.append(NetzplanerError("The same name as “{name}” apart from capitals: one partner (names "
                                                 "are unique regardless of case).", name=candidate.other_name))
            else:
                row.notes.append(NetzplanerError("Taken as the same partner as “{name}”.", name=candidate.other_name))
        else:
            row.notes.append(NetzplanerError("Kept apart from “{name}”, which may be the same partner.",
                                             name=candidate.other_name))
    return candidates, targets
