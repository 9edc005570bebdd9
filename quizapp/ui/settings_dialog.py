"""The learner's settings: language, daily limits, retention, flashcard grading, text size."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDoubleSpinBox,
    QFormLayout,
    QSpinBox,
    QVBoxLayout,
)

from quizapp.core.model import Profile
from quizapp.ui.i18n import LANGUAGES
from quizapp.ui.widgets import ok_cancel_buttons

if TYPE_CHECKING:
    from quizapp.ui.main_window import MainWindow


class SettingsDialog(QDialog):
    """Edit one learner's settings."""

    def __init__(self, window: MainWindow, profile: Profile):
        super().__init__(window)
        self.profile = profile
        self.setWindowTitle(self.tr("Settings of %1").replace("%1", profile.name))
        self.language = QComboBox()
        self.language.addItem(self.tr("Same as the system"), "")
        for code, name in LANGUAGES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(self.language.findData(profile.language))
        self.new_per_day = QSpinBox()
        self.new_per_day.setRange(0, 500)
        self.new_per_day.setValue(profile.new_per_day)
        self.max_reviews = QSpinBox()
        self.max_reviews.setRange(1, 5000)
        self.max_reviews.setValue(profile.max_reviews_per_day)
        self.retention = QDoubleSpinBox()
        self.retention.setRange(0.70, 0.99)
        self.retention.setSingleStep(0.01)
        self.retention.setValue(profile.desired_retention)
        self.day_start = QSpinBox()
        self.day_start.setRange(0, 12)
        self.day_start.setSuffix(":00")
        self.day_start.setValue(profile.day_start_hour)
        self.day_start.setToolTip(
            self.tr("Answers before this hour count to the day before, as in a late session.")
        )
        self.grading = QComboBox()
        self.grading.addItem(self.tr("Again / Hard / Good / Easy"), False)
        self.grading.addItem(self.tr("Fail / Pass"), True)
        self.grading.setCurrentIndex(self.grading.findData(profile.pass_fail))
        self.text_size = QSpinBox()
        self.text_size.setRange(80, 200)
        self.text_size.setSingleStep(10)
        self.text_size.setSuffix(" %")
        self.text_size.setValue(round(profile.text_scale * 100))

        form = QFormLayout()
        form.addRow(self.tr("&Language:"), self.language)
        form.addRow(self.tr("&New questions a day:"), self.new_per_day)
        form.addRow(self.tr("&Most reviews a day:"), self.max_reviews)
        form.addRow(self.tr("&Desired retention:"), self.retention)
        form.addRow(self.tr("Next &day starts at:"), self.day_start)
        form.addRow(self.tr("&Flashcard grades:"), self.grading)
        form.addRow(self.tr("&Text size:"), self.text_size)
        buttons = ok_cancel_buttons(self, self.tr("Save"), self.tr("Cancel"))
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def settings(self) -> Profile:
        """Return the profile with the settings as edited."""
        return replace(
            self.profile,
            language=self.language.currentData(),
            new_per_day=self.new_per_day.value(),
            max_reviews_per_day=self.max_reviews.value(),
            desired_retention=round(self.retention.value(), 2),
            pass_fail=bool(self.grading.currentData()),
            day_start_hour=self.day_start.value(),
            text_scale=self.text_size.value() / 100,
        )
