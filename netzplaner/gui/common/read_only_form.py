"""An edit dialog opened for looking only: a reader of a team network, or a document opened read-only.

Every field keeps showing its value (text stays selectable, lists scroll) but cannot be changed; OK is gone and
Cancel says Close; other buttons of the button box (e.g. a partner's History…) keep working.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSlider,
    QAbstractSpinBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QTableWidget,
    QTextEdit,
)

_CHANGEABLE = Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEditable


def show_read_only(dialog: QDialog, buttons: QDialogButtonBox) -> None:
    """Turn ``dialog`` (its OK/Cancel in ``buttons``) into a view of the entity that writes nothing."""
    kept = set(buttons.findChildren(QAbstractButton))
    for widget in dialog.findChildren(QAbstractButton) + dialog.findChildren(QComboBox) \
            + dialog.findChildren(QAbstractSlider):
        if widget not in kept and widget.parent() is not None and not isinstance(widget.parent(), QAbstractItemView):
            widget.setEnabled(False)
    for edit in dialog.findChildren(QLineEdit) + dialog.findChildren(QPlainTextEdit) + dialog.findChildren(QTextEdit) \
            + dialog.findChildren(QAbstractSpinBox):
        edit.setReadOnly(True)
    for view in dialog.findChildren(QAbstractItemView):
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        items = []
        if isinstance(view, QListWidget):
            items = [view.item(row) for row in range(view.count())]
        elif isinstance(view, QTableWidget):
            items = [view.item(r, c) for r in range(view.rowCount()) for c in range(view.columnCount())]
        for item in items:
            if item is not None:
                item.setFlags(item.flags() & ~_CHANGEABLE)
    buttons.button(QDialogButtonBox.StandardButton.Ok).hide()
    close = buttons.button(QDialogButtonBox.StandardButton.Cancel)
    close.setText(QCoreApplication.translate("ReadOnlyForm", "Close"))
    close.setDefault(True)
