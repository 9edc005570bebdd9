"""Small widgets shared by the pages."""

from pathlib import Path
from typing import Any

from PySide6.QtCore import QStandardPaths, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QScrollArea,
    QTreeWidget,
    QTreeWidgetItem,
    QWidget,
)

from quizapp.core.model import Question
from quizapp.core.qtypes import kind_of

SPACE_AROUND = 12
"""About the margin a dialog's layout leaves on each side."""


def text_label(scale: float = 1.0, bold: bool = False) -> QLabel:
    """Return a wrapping plain-text label (question text is never read as HTML)."""
    label = QLabel()
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    font = QFont(label.font())
    font.setPointSizeF(font.pointSizeF() * scale)
    font.setBold(bold)
    label.setFont(font)
    return label


def vertical_scroll(content: QWidget) -> QScrollArea:
    """Return ``content`` in a scroll area that scrolls down and never widens its window.

    Long questions, many sets and 200% text scroll instead of growing past the screen.
    """
    scroll = QScrollArea()
    scroll.setWidgetResizable(True)
    scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    scroll.setWidget(content)
    return scroll


def select_row(tree: QTreeWidget, row: int) -> None:
    """Make the tree's top-level item at ``row`` the current one, if there is one."""
    item = tree.topLevelItem(row)
    if item is not None:
        tree.setCurrentItem(item)


def fit_to_width(dialog: QDialog, width: int, scroll: QScrollArea | None = None) -> None:
    """Size a dialog to ``width`` and the height its wrapped text needs, within the screen.

    Qt sizes a new window from its labels' unwrapped hints, which cuts wrapped text short.
    ``width`` is for 100% text and grows with the learner's text size. ``scroll`` is a
    scroll area of the dialog whose whole content should show if it fits.
    """
    app = QApplication.instance()
    base = app.property("base_point_size") if app else None
    if base:  # wider for larger text, as the text size setting scales every font
        width = round(width * app.font().pointSizeF() / float(base))  # type: ignore[union-attr]
    layout = dialog.layout()
    assert layout is not None, "the dialog is laid out before it is sized"
    screen = dialog.screen().availableGeometry()
    # The text wraps at the width the dialog gets, so its height is measured at that width.
    width = min(max(width, layout.totalMinimumSize().width()), screen.width())
    height = max(layout.totalHeightForWidth(width), layout.totalMinimumSize().height())
    if scroll is not None:
        content = scroll.widget()
        content_layout = content.layout() if content is not None else None
        assert content_layout is not None, "the scroll area holds a laid-out widget"
        inner = content_layout.totalHeightForWidth(width - 2 * SPACE_AROUND)
        height = layout.totalSizeHint().height() - scroll.sizeHint().height() + inner + 4
    dialog.resize(width, min(height, screen.height() - 32))


def documents_folder(file_name: str = "") -> str:
    """Return where file dialogs start: the user's documents folder (with a suggested name)."""
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return str(Path(folder or Path.home()) / file_name)


def prompt_text(question: Question, language: str) -> str:
    """Return a question's prompt as the learner sees it (a cloze's gaps as numbered blanks)."""
    return kind_of(question).shown_prompt(question, language)


def heading(text: str = "") -> QLabel:
    """Return a page heading (its size comes from the theme's type scale)."""
    label = text_label()
    label.setProperty("role", "heading")
    label.setText(text)
    return label


class FigureTable(QTreeWidget):
    """A table of a name column followed by figure columns (right-aligned, sized to fit)."""

    def __init__(self, headers: list[str], accessible_name: str):
        super().__init__()
        self.setAccessibleName(accessible_name)
        self.setRootIsDecorated(False)
        self.setHeaderLabels(headers)
        self.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.header().setStretchLastSection(False)

    def set_rows(self, rows: list[tuple[str, list[Any], Any]]) -> None:
        """Show rows of (name, figures, data kept on the row)."""
        self.clear()
        for name, figures, data in rows:
            item = QTreeWidgetItem([name, *map(str, figures)])
            item.setData(0, Qt.ItemDataRole.UserRole, data)
            for column in range(1, len(figures) + 1):
                item.setTextAlignment(column, Qt.AlignmentFlag.AlignRight)
            self.addTopLevelItem(item)
        for column in range(1, self.columnCount()):
            self.resizeColumnToContents(column)


def confirm(
    parent: QWidget,
    title: str,
    text: str,
    action: str,
    cancel: str,
    option: QCheckBox | None = None,
) -> bool:
    """Ask before something that cannot be undone; Cancel is the default answer.

    Args:
        parent: the window the question belongs to.
        title: the window title.
        text: what will happen, in a sentence or two.
        action: the translated text of the button that goes ahead (e.g. "Delete").
        cancel: the translated text of the button that does nothing (Qt has no Indonesian).
        option: a further choice shown under the text; read its state after the answer.

    Returns:
        Whether the user chose ``action``.
    """
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(title)
    box.setTextFormat(Qt.TextFormat.PlainText)  # names and questions are never read as HTML
    box.setText(text)
    if option is not None:
        box.setCheckBox(option)
    go_ahead = box.addButton(action, QMessageBox.ButtonRole.DestructiveRole)
    box.setDefaultButton(box.addButton(cancel, QMessageBox.ButtonRole.RejectRole))
    box.exec()
    if option is not None:
        option.setParent(None)  # keep it readable once the box is gone with this function
    return box.clickedButton() is go_ahead


def ok_cancel_buttons(dialog: QDialog, ok_text: str, cancel_text: str) -> QDialogButtonBox:
    """Return OK and Cancel buttons wired to ``dialog``, labelled in our own words.

    Qt has no Indonesian for its standard buttons, so the caller passes translated labels.
    """
    ok, cancel = QDialogButtonBox.StandardButton.Ok, QDialogButtonBox.StandardButton.Cancel
    buttons = QDialogButtonBox(ok | cancel)
    buttons.button(ok).setText(ok_text)
    buttons.button(cancel).setText(cancel_text)
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    return buttons


def label_for(label: QLabel, field: QWidget) -> QLabel:
    """Tie ``label`` to ``field``: its mnemonic focuses the field; it names it for screen readers.

    Returns:
        The label, to put in a layout.
    """
    label.setBuddy(field)
    if not field.accessibleName():
        field.setAccessibleName(label.text().replace("&", "").strip().rstrip(":"))
    return label


def name_form_fields(form: QFormLayout) -> None:
    """Name every field of ``form`` after its row's label, for screen readers."""
    for row in range(form.rowCount()):
        label = form.itemAt(row, QFormLayout.ItemRole.LabelRole)
        field = form.itemAt(row, QFormLayout.ItemRole.FieldRole)
        if label is None or field is None:
            continue
        label_widget, field_widget = label.widget(), field.widget()
        if isinstance(label_widget, QLabel) and label_widget.text() and field_widget is not None:
            label_for(label_widget, field_widget)
