"""Partner → "Partner zusammenführen": two selected partners become one, as one undo step.

The user chooses which partner stays (the own firm always does), then for each field where the two hold different
values which value the merged partner keeps (notes and further details may keep both), and sees what moves:
contacts, relationships (moved, combined with a tie of the same kind to the same partner, or removed when they link
the two), assessments, goals, actions and tags. The rules are those of ``services/partner_merge.py``; the dialog
reads two partners and their rows on the GUI thread (a few small queries) and runs the one merge command through
the controller.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from ...domain.errors import NetzplanerError
from ...services.partner_merge import BOTH, JOINABLE, OTHER, SURVIVOR, MergePlan, merge_partners, merge_plan
from ..common import ask
from ..common.i18n import term, tr
from ..common.messages import error_text
from ..shell.controller import DocumentController
from ..shell.screen_fit import VerticalScrollArea, resize_for_font, resize_within_screen

SHOWN_CHARACTERS = 44  # a long note is cut in its radio button (the whole text is its tooltip): two columns
                       # of them fit beside each other at 14 pt on a 1280 px projector


def field_names() -> dict[str, str]:
    return {"name": tr("Name"), "kind": tr("Kind"), "street": tr("Street"), "postcode": tr("Postcode"),
            "city": tr("City"), "country": tr("Country"), "region": tr("Region"), "industry": tr("Industry"),
            "website": tr("Website"), "notes": tr("Notes"), "extra": tr("Further details")}


def _shown(field: str, value) -> str:
    text = term(value) if field == "kind" else str(value or "")
    text = " ".join(text.split())
    return text if len(text) <= SHOWN_CHARACTERS else text[:SHOWN_CHARACTERS - 1] + "…"


def moves_text(plan: MergePlan) -> str:
    """What moves to the partner that stays, one line each (only lines that say something)."""
    lines = []
    if plan.contacts:
        lines.append(tr("%1 contact(s) move (a person of the same name is combined with the one there).")
                     .replace("%1", str(plan.contacts)))
    if plan.relationships_moved:
        lines.append(tr("%1 relationship(s) move, with their assessments.").replace("%1",
                                                                                  str(plan.relationships_moved)))
    if plan.relationships_combined:
        lines.append(tr("%1 relationship(s) to a partner both are linked with in the same way become one: the "
                        "stronger strength, the earlier start, both notes, and the assessments of both (%2 join).")
                     .replace("%1", str(plan.relationships_combined)).replace("%2", str(plan.assessments_moved)))
    if plan.relationships_removed and plan.assessments_removed:
        lines.append(tr("%1 relationship(s) between the two are removed, with %2 assessment(s).")
                     .replace("%1", str(plan.relationships_removed)).replace("%2", str(plan.assessments_removed)))
    elif plan.relationships_removed:
        lines.append(tr("%1 relationship(s) between the two are removed.").replace(
            "%1", str(plan.relationships_removed)))
    if plan.goals or plan.actions:
        lines.append(tr("%1 goal(s) and %2 action(s) name the partner that stays.").replace("%1", str(plan.goals))
                     .replace("%2", str(plan.actions)))
    if plan.tags_added:
        lines.append(tr("Tags added: %1.").replace("%1", ", ".join(plan.tags_added)))
    if plan.filled:
        names = field_names()
        lines.append(tr("Taken from “%1”, where the partner that stays has nothing: %2.")
                     .replace("%1", plan.other.name).replace("%2", ", ".join(names[f] for f in plan.filled)))
    lines.append(tr("“%1” is then deleted. Edit → Undo takes the whole merge back.").replace("%1", plan.other.name))
    return "\n".join("• " + line for line in lines)


class MergeDialog(QDialog):
    """Choose the partner that stays and the value of each field both fill differently; merge as one step."""

    def __init__(self, controller: DocumentController, first_id: str, second_id: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mergeDialog")
        self.setWindowTitle(tr("Merge partners"))
        self.controller = controller
        ws = controller.workspace
        self.partners = {pid: ws.get("partner", pid) for pid in (first_id, second_id)}
        self.ids = (first_id, second_id)
        self.merged = False
        self.survivor_group = QButtonGroup(self)
        survivor_box = QGroupBox(tr("Which partner stays?"), objectName="mergeSurvivorBox")
        row = QHBoxLayout(survivor_box)
        own = next((pid for pid, p in self.partners.items() if p.is_own_firm), None)
        for number, pid in enumerate(self.ids):
            partner = self.partners[pid]
            button = QRadioButton(partner.name, objectName=f"mergeSurvivor{number}")
            button.setEnabled(own is None or own == pid)
            if own == pid:
                button.setToolTip(tr("Your own firm always stays."))
            self.survivor_group.addButton(button, number)
            row.addWidget(button)
        row.addStretch(1)
        self.survivor_group.button(self.ids.index(own) if own else 0).setChecked(True)
        self.survivor_group.idToggled.connect(lambda _id, on: on and self._refresh())

        self.fields_box = QGroupBox(tr("Different values: which one does the merged partner keep?"),
                                    objectName="mergeFieldsBox")
        self.fields_grid = QGridLayout(self.fields_box)
        self.choices: dict[str, QButtonGroup] = {}
        self.moves = QLabel(objectName="mergeMoves", wordWrap=True)
        self.moves.setTextFormat(Qt.TextFormat.PlainText)
        moves_box = QGroupBox(tr("What moves"), objectName="mergeMovesBox")
        QVBoxLayout(moves_box).addWidget(self.moves)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.merge_button = buttons.addButton(tr("Merge into one"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.merge_button.setObjectName("mergeApply")
        buttons.accepted.connect(self.merge)
        buttons.rejected.connect(self.reject)
        body = QWidget()
        inner = QVBoxLayout(body)
        inner.setContentsMargins(0, 0, 0, 0)
        for widget in (survivor_box, self.fields_box, moves_box):
            inner.addWidget(widget)
        inner.addStretch(1)
        layout = QVBoxLayout(self)
        self.area = VerticalScrollArea(body)
        layout.addWidget(self.area)
        layout.addWidget(buttons)
        self._refresh()
        self.body, self.buttons, self._sized = body, buttons, False
        resize_for_font(self, 900, 640)

    def showEvent(self, event) -> None:
        """Once laid out: as tall as the choices and the wrapped lines need, never taller than the screen."""
        super().showEvent(event)
        if not self._sized:
            self._sized = True
            margins = self.layout().contentsMargins()
            # as wide as the two columns of values need (the form scrolls only up and down)
            width = max(self.width(), self.area.minimumSizeHint().width() + margins.left() + margins.right())
            needed = self.body.heightForWidth(width - margins.left() - margins.right())
            resize_within_screen(self, width, max(needed, self.body.minimumSizeHint().height())
                                 + self.buttons.sizeHint().height() + margins.top() + margins.bottom()
                                 + self.layout().spacing())

    @property
    def survivor_id(self) -> str:
        return self.ids[self.survivor_group.checkedId()]

    @property
    def other_id(self) -> str:
        return self.ids[1 - self.survivor_group.checkedId()]

    def _refresh(self) -> None:
        try:
            self.plan = merge_plan(self.controller.workspace, self.survivor_id, self.other_id)
        except NetzplanerError as exc:
            self.moves.setText(error_text(exc))
            self.merge_button.setEnabled(False)
            return
        self.merge_button.setEnabled(True)
        self._fill_fields()
        self.moves.setText(moves_text(self.plan))

    def _fill_fields(self) -> None:
        while self.fields_grid.count():
            item = self.fields_grid.takeAt(0)
            widget = item.widget()
            if widget is not None:  # out of the dialog at once: findChild must not see the old ones
                widget.setParent(None)
                widget.deleteLater()
        for group in self.choices.values():
            group.deleteLater()
        self.choices = {}
        survivor, other = self.plan.survivor, self.plan.other
        names = field_names()
        if not self.plan.conflicts:
            self.fields_grid.addWidget(QLabel(tr("The two partners hold no different values.")), 0, 0)
            return
        for column, partner in enumerate((survivor, other), start=1):
            heading = QLabel(_shown("name", partner.name))  # a long name is cut like the values below it
            heading.setToolTip(partner.name)
            heading.setTextFormat(Qt.TextFormat.PlainText)
            font = heading.font()
            font.setBold(True)
            heading.setFont(font)
            self.fields_grid.addWidget(heading, 0, column)
        for row, field in enumerate(self.plan.conflicts, start=1):
            self.fields_grid.addWidget(QLabel(names[field]), row, 0)
            group = QButtonGroup(self.fields_box)
            options = [(SURVIVOR, getattr(survivor, field)), (OTHER, getattr(other, field))]
            for column, (choice, value) in enumerate(options, start=1):
                button = QRadioButton(_shown(field, value), objectName=f"mergeChoice_{field}_{choice}")
                button.setToolTip(term(value) if field == "kind" else str(value))
                group.addButton(button, column)
                self.fields_grid.addWidget(button, row, column)
            if field in JOINABLE:
                button = QRadioButton(tr("both"), objectName=f"mergeChoice_{field}_{BOTH}")
                group.addButton(button, 3)
                self.fields_grid.addWidget(button, row, 3)
            group.button(1).setChecked(True)  # the value of the partner that stays, until the user picks another
            self.choices[field] = group
        self.fields_grid.setColumnStretch(1, 1)
        self.fields_grid.setColumnStretch(2, 1)

    def _choice(self, field: str) -> str:
        return {1: SURVIVOR, 2: OTHER, 3: BOTH}.get(self.choices[field].checkedId(), SURVIVOR)

    def merge(self) -> None:
        ws = self.controller.workspace
        try:
            command = merge_partners(ws, self.survivor_id, self.other_id, {f: self._choice(f) for f in self.choices})
            self.controller.run(command)
        except NetzplanerError as exc:
            ask.error(self, tr("Merge partners"), error_text(exc))
            return
        self.merged = True
        self.controller.selection.set_partners([self.survivor_id])
        self.accept()


def merge_selected(parent: QWidget, controller: DocumentController, ids: list[str]) -> bool:
    """Partner → Merge partners: exactly two partners must be selected."""
    if len(ids) != 2:
        ask.info(parent, tr("Merge partners"), tr("Select the two partners to merge in the table (Ctrl+click)."))
        return False
    dialog = MergeDialog(controller, ids[0], ids[1], parent)
    dialog.exec()
    return dialog.merged

