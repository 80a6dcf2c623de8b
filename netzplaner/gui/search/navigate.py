"""Where a search result leads: the right tab, the row selected (filters that would hide it are cleared).

A partner, a contact and a partner's note select the partner in the partner table (the shared selection: the map
and the relationship panel follow); a tag filters the partner table by it; a relationship's note selects the tie;
a goal or an action is selected in its table; a responsible person filters the action plan (or, with goals only,
selects the first of their goals).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ...services import queries
from ...services.search import Hit

if TYPE_CHECKING:  # a type only: the search does not import the shell
    from ..shell.main_window import MainWindow


def _show_all_partners(panel) -> None:
    panel.search.clear()
    for combo in (panel.dimension_filter, panel.kind_filter, panel.tag_filter):
        combo.setCurrentIndex(0)
    panel.show_archived.setChecked(True)


def _choose(combo, wanted: str) -> bool:
    """Choose the entry whose data is ``wanted`` (case aside); False when there is none."""
    for i in range(combo.count()):
        data = combo.itemData(i)
        if isinstance(data, str) and data.casefold() == wanted.casefold():
            combo.setCurrentIndex(i)
            return True
    return False


def go_to(window: MainWindow, hit: Hit) -> None:
    ctrl, (target, target_id) = window.controller, hit.target
    if ctrl is None or window.partner_panel is None:
        return
    if target == "partner":
        panel = window.partner_panel
        if panel.model.row_of(target_id) < 0:
            _show_all_partners(panel)
        window.tabs.setCurrentWidget(panel)
        ctrl.selection.set_partners([target_id])  # the table selects the row (also after its filters changed)
        panel.table.setFocus()
    elif target == "tag":
        panel = window.partner_panel
        _show_all_partners(panel)
        _choose(panel.tag_filter, target_id)
        window.tabs.setCurrentWidget(panel)
        panel.table.setFocus()
    elif target == "relationship":
        window._show_relationship(target_id)
    elif target == "goal":
        window.show_goal(target_id)
    elif target == "action":
        window.show_action(target_id)
    elif target == "owner":
        _, actions = hit.entry.counts
        plan = window.plan_panel
        if actions:
            window.tabs.setCurrentWidget(plan)
            plan.status_filter.setCurrentIndex(0)  # their done actions too
            plan.goal_filter.setCurrentIndex(0)
            plan.month_filter.setChecked(False)
            plan.overdue_filter.setChecked(False)
            _choose(plan.owner_filter, target_id)
        else:
            goal = next((g for g in queries.list_goals(ctrl.workspace)
                         if g.owner.strip().casefold() == target_id.casefold()), None)
            if goal is not None:
                window.show_goal(goal.id)
