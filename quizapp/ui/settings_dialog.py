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
        self.grading = QComboBox()
        self.grading.addItem(self.tr("Again / Hard / Good / Easy"), False)
        self.grading.addItem(self.tr("Fail / Pass"), True)
        self.grading.setCurrentIndex(self.grading.findData(profile.pass_fail))
        self.text_size = QSpinBox()
        self.text_size.setRange(80, 200)
        self.text_size.setSingleStep(10)
        self.text_size.setSuffix(" %")
        self.text_size.setValue(round(profile.text_scale * 100))
        self.theme = QComboBox()
        for code, name in (
            ("system", self.tr("Same as the system")),
            ("light", self.tr("Light")),
            ("dark", self.tr("Dark")),
        ):
            self.theme.addItem(name, code)
        self.theme.setCurrentIndex(max(0, self.theme.findData(profile.theme)))

        form = QFormLayout()
        for label, field, tip in (
            (
                self.tr("&Language:"),
                self.language,
                self.tr("The language of the app and of the questions."),
            ),
            (
                self.tr("&New questions a day:"),
                self.new_per_day,
                self.tr("How many questions you have not seen before are added each day."),
            ),
            (
                self.tr("&Most reviews a day:"),
                self.max_reviews,
                self.tr("The most questions you are asked again in one day."),
            ),
            (
                self.tr("&Desired retention:"),
                self.retention,
                self.tr(
                    "How sure you want to be of remembering a question when it comes back: "
                    "0.90 means 9 times in 10. Higher asks more often."
                ),
            ),
            (
                self.tr("&Flashcard grades:"),
                self.grading,
                self.tr("Grade flashcards with four buttons, or just Fail and Pass."),
            ),
            (
                self.tr("&Text size:"),
                self.text_size,
                self.tr("Make all text larger (up to 200%); screens scroll to fit."),
            ),
            (
                self.tr("L&ook:"),
                self.theme,
                self.tr("Light or dark colours, or follow the system."),
            ),
        ):
            field.setToolTip(tip)
            field.setAccessibleName(label.replace("&", "").rstrip(":"))
            form.addRow(label, field)
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
            text_scale=self.text_size.value() / 100,
            theme=self.theme.currentData(),
        )
