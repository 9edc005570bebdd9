"""The home page: the learner's profile and their question sets with new and due counts."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from quizapp.core import counts
from quizapp.ui.widgets import FigureTable, confirm, heading

if TYPE_CHECKING:
    from quizapp.ui.main_window import MainWindow


class HomePage(QWidget):
    """Lists the sets with their counts; starts sessions; picks the learner."""

    study_requested = Signal(object)  # list of set ids, or None for every set
    practice_requested = Signal()
    exam_requested = Signal()
    progress_requested = Signal()
    settings_requested = Signal()
    profile_chosen = Signal(str)
    profile_rename_requested = Signal(str)  # the new name of the current learner
    profile_delete_requested = Signal()  # delete the current learner, confirmed

    def __init__(self, window: MainWindow):
        super().__init__()
        self.window_ = window

        title = heading(self.tr("ASEAN Quiz"))
        subtitle = QLabel(
            self.tr(
                "Learn how ASEAN is built: the Charter, the Secretariat in "
                "Jakarta, and Indonesia's National Secretariat."
            )
        )
        subtitle.setWordWrap(True)

        self.profiles = QComboBox()
        self.profiles.setAccessibleName(self.tr("Learner profile"))
        self.profiles.activated.connect(self.on_profile_activated)
        self.new_profile_button = QPushButton(self.tr("&New profile…"))
        self.new_profile_button.clicked.connect(self.on_new_profile_clicked)
        self.rename_profile_button = QPushButton(self.tr("Rena&me…"))
        self.rename_profile_button.clicked.connect(self.on_rename_profile_clicked)
        self.delete_profile_button = QPushButton(self.tr("&Delete…"))
        self.delete_profile_button.setToolTip(self.tr("Delete this learner and their progress"))
        self.delete_profile_button.clicked.connect(self.on_delete_profile_clicked)
        profile_row = QHBoxLayout()
        learner = QLabel(self.tr("&Learner:"))
        learner.setBuddy(self.profiles)
        profile_row.addWidget(learner)
        profile_row.addWidget(self.profiles, 1)
        profile_row.addWidget(self.new_profile_button)
        profile_row.addWidget(self.rename_profile_button)
        profile_row.addWidget(self.delete_profile_button)

        self.sets = FigureTable(
            [self.tr("Question set"), self.tr("New"), self.tr("Due today"), self.tr("Questions")],
            self.tr("Question sets"),
        )
        self.sets.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.sets.itemActivated.connect(
            lambda item: self.study_requested.emit([item.data(0, Qt.ItemDataRole.UserRole)])
        )

        self.summary = QLabel()
        self.summary.setWordWrap(True)

        self.study_set = QPushButton(self.tr("Review &selected set"))
        self.study_set.clicked.connect(self.on_study_set_clicked)
        self.study_all = QPushButton(self.tr("&Review all sets"))
        self.study_all.setDefault(True)
        self.study_all.clicked.connect(lambda: self.study_requested.emit(None))
        self.progress_button = QPushButton(self.tr("&Progress"))
        self.progress_button.clicked.connect(self.progress_requested.emit)
        self.settings_button = QPushButton(self.tr("Se&ttings…"))
        self.settings_button.clicked.connect(self.settings_requested.emit)
        self.practice_button = QPushButton(self.tr("Pr&actice…"))
        self.practice_button.setToolTip(
            self.tr("Study any sets or topics without changing your schedule")
        )
        self.practice_button.clicked.connect(self.practice_requested.emit)
        self.exam_button = QPushButton(self.tr("&Exam…"))
        self.exam_button.setToolTip(self.tr("A timed test with a score at the end"))
        self.exam_button.clicked.connect(self.exam_requested.emit)
        buttons = QHBoxLayout()
        buttons.addWidget(self.progress_button)
        buttons.addWidget(self.settings_button)
        buttons.addStretch(1)
        buttons.addWidget(self.practice_button)
        buttons.addWidget(self.exam_button)
        buttons.addWidget(self.study_set)
        buttons.addWidget(self.study_all)

        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(subtitle)
        layout.addLayout(profile_row)
        layout.addWidget(self.sets, 1)
        layout.addWidget(self.summary)
        layout.addLayout(buttons)

    def refresh(self) -> None:
        """Reload profiles and per-set counts for the current learner."""
        window = self.window_
        self.profiles.clear()
        for profile in window.store.profiles():
            self.profiles.addItem(profile.name)
        self.profiles.setCurrentText(window.profile.name)

        language = window.content_language
        titles = {s.id: s.title.get(language) for s in window.store.question_sets()}
        progress = counts.home_counts(window.store, window.profile, window.clock())
        self.sets.set_rows(
            [(titles[p.set_id], [p.new, p.due, p.total], p.set_id) for p in progress.sets]
        )
        if self.sets.topLevelItemCount():
            self.sets.setCurrentItem(self.sets.topLevelItem(0))
        self.summary.setText(
            self.tr(
                "Due today: %1 · Reviews done today: %2 · Days in a row: %3 · "
                "Up to %4 new questions a day"
            )
            .replace("%1", str(progress.due_today))
            .replace("%2", str(progress.reviews_today))
            .replace("%3", str(progress.streak_days))
            .replace("%4", str(window.profile.new_per_day))
        )

    def on_study_set_clicked(self) -> None:
        """Study the selected set."""
        item = self.sets.currentItem()
        if item is not None:
            self.study_requested.emit([item.data(0, Qt.ItemDataRole.UserRole)])

    def on_profile_activated(self, index: int) -> None:
        """Switch to the learner picked in the list."""
        name = self.profiles.itemText(index)
        if name and name != self.window_.profile.name:
            self.profile_chosen.emit(name)

    def on_new_profile_clicked(self) -> None:
        """Ask for a name and switch to a new learner profile."""
        dialog = QInputDialog(self)
        dialog.setWindowTitle(self.tr("New profile"))
        dialog.setLabelText(self.tr("Name of the new learner:"))
        dialog.setOkButtonText(self.tr("Create"))  # Qt has no Indonesian for its own buttons
        dialog.setCancelButtonText(self.tr("Cancel"))
        if dialog.exec() and dialog.textValue().strip():
            self.profile_chosen.emit(dialog.textValue().strip())

    def on_rename_profile_clicked(self) -> None:
        """Ask for a new name for the current learner."""
        dialog = QInputDialog(self)
        dialog.setWindowTitle(self.tr("Rename profile"))
        dialog.setLabelText(self.tr("New name of the learner:"))
        dialog.setTextValue(self.window_.profile.name)
        dialog.setOkButtonText(self.tr("Rename"))
        dialog.setCancelButtonText(self.tr("Cancel"))
        if dialog.exec():
            self.profile_rename_requested.emit(dialog.textValue())

    def on_delete_profile_clicked(self) -> None:
        """Ask before deleting the current learner and everything they have done."""
        if confirm(
            self,
            self.tr("Delete profile"),
            self.tr(
                "Delete the learner '%1' and all of their progress? "
                "Other learners keep theirs. This cannot be undone."
            ).replace("%1", self.window_.profile.name),
            self.tr("Delete"),
            self.tr("Cancel"),
        ):
            self.profile_delete_requested.emit()
