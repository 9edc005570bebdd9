"""Help: the first-run welcome, the keyboard shortcuts, and About (version and licences)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from quizapp import __version__
from quizapp.ui import theme
from quizapp.ui.i18n import LANGUAGES
from quizapp.ui.widgets import fit_to_width, heading, text_label, vertical_scroll

SHIPPED_LICENCES = (
    ("Python", "PSF-2.0"),
    ("Qt for Python (PySide6-Essentials, shiboken6)", "LGPL-3.0-only"),
    ("SQLite", "Public domain"),
    ("sqlite-utils", "Apache-2.0"),
    ("sqlite-fts4", "Apache-2.0"),
    ("fsrs", "MIT"),
    ("platformdirs", "MIT"),
    ("PyYAML", "MIT"),
    ("click", "BSD-3-Clause"),
    ("click-default-group", "Public domain"),
    ("python-dateutil", "BSD-3-Clause / Apache-2.0"),
    ("tabulate", "MIT"),
    ("pluggy", "MIT"),
    ("RapidFuzz", "MIT"),
    ("nh3", "MIT"),
)
"""What the packaged app carries, with each licence (from the packages' own metadata)."""


def _close_button(dialog: QDialog, text: str) -> QDialogButtonBox:
    buttons = QDialogButtonBox()
    close = buttons.addButton(text, QDialogButtonBox.ButtonRole.AcceptRole)
    close.setDefault(True)
    buttons.accepted.connect(dialog.accept)
    return buttons


class WelcomeDialog(QDialog):
    """The first-run welcome: language, name, and what spaced repetition does in three steps."""

    def __init__(self, parent: QWidget, name: str, language: str):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Welcome"))
        title = heading(self.tr("Welcome to ASEAN Quiz"))
        title.setProperty("role", "title")
        steps = text_label()
        steps.setText(
            "\n\n".join(
                (
                    self.tr(
                        "1. Answer a few questions each day. New ones are added a little at a time."
                    ),
                    self.tr(
                        "2. The app remembers how well you knew each answer and asks it "
                        "again just before you would forget it: soon if it was hard, "
                        "after days or weeks if it was easy."
                    ),
                    self.tr(
                        "3. So a few minutes a day are enough: press Study on the home "
                        "screen, and come back tomorrow."
                    ),
                )
            )
        )
        self.name = QLineEdit(name)
        self.name.setAccessibleName(self.tr("Your name"))
        self.language = QComboBox()
        self.language.setAccessibleName(self.tr("Language"))
        for code, label in LANGUAGES.items():
            self.language.addItem(label, code)
        self.language.setCurrentIndex(max(0, self.language.findData(language)))
        form = QFormLayout()
        for label, field in (
            (self.tr("Your &name:"), self.name),
            (self.tr("&Language:"), self.language),
        ):
            form.addRow(label, field)
        buttons = _close_button(self, self.tr("Start learning"))
        content = QWidget()  # large text scrolls; the button stays in sight
        column = QVBoxLayout(content)
        column.setSpacing(theme.SPACE * 2)
        column.addWidget(title)
        column.addWidget(steps)
        column.addLayout(form)
        column.addStretch(1)
        scroll = vertical_scroll(content)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addWidget(buttons)
        fit_to_width(self, 600, scroll)


class ShortcutsDialog(QDialog):
    """Every keyboard shortcut of the study screens, in one table."""

    def __init__(self, parent: QWidget):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        table = QTreeWidget()
        table.setAccessibleName(self.tr("Keyboard shortcuts"))
        table.setRootIsDecorated(False)
        table.setHeaderLabels([self.tr("Key"), self.tr("What it does")])
        for key, what in (
            (self.tr("Space"), self.tr("Show the answer; go on after feedback; press a button")),
            (self.tr("Enter"), self.tr("Check a typed or arranged answer")),
            ("1 – 9", self.tr("Pick or tick an option")),
            ("1 – 4", self.tr("Rate: Again, Hard, Good, Easy")),
            ("Ctrl+Z", self.tr("Undo the last answer")),
            ("Ctrl+H", self.tr("Hint")),
            ("Ctrl+R", self.tr("I was right (a typed answer marked wrong)")),
            ("Alt+↑ / Alt+↓", self.tr("Move an item when putting items in order")),
            ("Esc", self.tr("End the session (asks if an answer would be lost)")),
            ("F1", self.tr("This list")),
            ("Alt+" + self.tr("letter"), self.tr("The button or menu with that letter underlined")),
        ):
            table.addTopLevelItem(QTreeWidgetItem([key, what]))
        table.resizeColumnToContents(0)
        table.setMinimumHeight(table.fontMetrics().height() * 14)  # every row, without scrolling
        layout = QVBoxLayout(self)
        layout.addWidget(table)
        layout.addWidget(_close_button(self, self.tr("Close")))
        fit_to_width(self, 620)


class AboutDialog(QDialog):
    """The app's version, its licence, and the licences of everything it ships with."""

    def __init__(self, parent: QWidget):
        super().__init__(parent)
        self.setWindowTitle(self.tr("About ASEAN Quiz"))
        title = heading(self.tr("ASEAN Quiz %1").replace("%1", __version__))
        about = text_label()
        about.setText(
            self.tr(
                "An offline quiz and flashcard app about how ASEAN is built. Free software "
                "under the MIT licence. Your answers stay on this computer."
            )
        )
        table = QTreeWidget()
        table.setAccessibleName(self.tr("Software included and its licences"))
        table.setRootIsDecorated(False)
        table.setHeaderLabels([self.tr("Included software"), self.tr("Licence")])
        for name, licence in SHIPPED_LICENCES:
            table.addTopLevelItem(QTreeWidgetItem([name, licence]))
        table.resizeColumnToContents(0)
        table.setMinimumHeight(table.fontMetrics().height() * 10)
        layout = QVBoxLayout(self)
        layout.setSpacing(theme.SPACE)
        layout.addWidget(title)
        layout.addWidget(about)
        layout.addWidget(QLabel(self.tr("Included software:")))
        layout.addWidget(table)
        layout.addWidget(_close_button(self, self.tr("Close")))
        fit_to_width(self, 620)
