"""The learner's settings: language, daily limits, retention, flashcard grading, text size."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from quizapp.core import personal
from quizapp.core.model import FitRecord, Profile
from quizapp.core.personal import MIN_LONG_TERM_ANSWERS, ParametersOverview
from quizapp.ui.i18n import LANGUAGES
from quizapp.ui.tasks import run_in_background
from quizapp.ui.widgets import fit_to_width, ok_cancel_buttons, vertical_scroll

if TYPE_CHECKING:
    from quizapp.ui.main_window import MainWindow


class SettingsDialog(QDialog):
    """Edit one learner's settings."""

    def __init__(self, window: MainWindow, profile: Profile):
        super().__init__(window)
        self.window_ = window
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
        # At large text a field goes below its label rather than past the window's edge.
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.retention_price = QLabel()
        self.retention_price.setWordWrap(True)
        self.memory_model = QLabel()
        self.memory_model.setWordWrap(True)
        self.fit_button = QPushButton(self.tr("F&it now"))
        self.fit_button.setToolTip(
            self.tr("Fit your memory model to your answers; it is kept only if it predicts better.")
        )
        self.fit_button.clicked.connect(self.on_fit_requested)
        self.show_overview()

        def add_row(label: str, field: QWidget, tip: str) -> None:
            field.setToolTip(tip)
            field.setAccessibleName(label.replace("&", "").rstrip(":"))
            form.addRow(label, field)

        add_row(
            self.tr("&Language:"),
            self.language,
            self.tr("The language of the app and of the questions."),
        )
        add_row(
            self.tr("&New questions a day:"),
            self.new_per_day,
            self.tr("How many questions you have not seen before are added each day."),
        )
        add_row(
            self.tr("&Most reviews a day:"),
            self.max_reviews,
            self.tr("The most questions you are asked again in one day."),
        )
        add_row(
            self.tr("&Desired retention:"),
            self.retention,
            self.tr(
                "How sure you want to be of remembering a question when it comes back: "
                "0.90 means 9 times in 10. Higher asks more often."
            ),
        )
        form.addRow("", self.retention_price)
        form.addRow(self.tr("Memory model:"), self.memory_model)
        fit_row = QHBoxLayout()
        fit_row.addWidget(self.fit_button)
        fit_row.addStretch(1)
        form.addRow("", fit_row)
        add_row(
            self.tr("Next day &starts at:"),
            self.day_start,
            self.tr("The hour a new study day begins; answers late at night count for that day."),
        )
        add_row(
            self.tr("&Flashcard grades:"),
            self.grading,
            self.tr("Grade flashcards with four buttons, or just Fail and Pass."),
        )
        add_row(
            self.tr("&Text size:"),
            self.text_size,
            self.tr("Make all text larger (up to 200%); screens scroll to fit."),
        )
        add_row(
            self.tr("L&ook:"),
            self.theme,
            self.tr("Light or dark colours, or follow the system."),
        )
        buttons = ok_cancel_buttons(self, self.tr("Save"), self.tr("Cancel"))
        fields = QWidget()
        fields.setLayout(form)
        scroll = vertical_scroll(fields)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addWidget(buttons)
        self.show_overview()
        fit_to_width(self, 680, scroll)

    def show_overview(self) -> None:
        """Show the price of each retention and the memory model, as they are now."""
        overview = personal.parameters_overview(self.window_.store, self.profile)
        self.retention_price.setText(self._price_table(overview))
        self.memory_model.setText(self._memory_model_text(overview))
        # A form row of a nested layout does not grow with wrapped text: reserve its height.
        self.memory_model.setMinimumHeight(self.memory_model.heightForWidth(320))
        self.fit_button.setEnabled(overview.long_term_answers >= MIN_LONG_TERM_ANSWERS)

    def on_fit_requested(self) -> None:
        """Fit the learner's parameters in the background, then save and show the outcome."""
        store, profile_id = self.window_.store, self.profile.id
        data = personal.fit_input(store, self.profile)
        now = self.window_.clock()

        def save(record: FitRecord) -> None:
            store.learners.save_fit_record(profile_id, record)
            self.show_overview()

        self.fit_button.setEnabled(False)
        run_in_background(
            self,
            lambda _: personal.run_fit(data, now),
            save,
            busy_text=self.tr("Fitting your memory model…"),
        )

    def _price_table(self, overview: ParametersOverview) -> str:
        """Return the workload and knowledge at each desired retention, as a small table."""
        rows = "".join(
            f"<tr><td>{price.retention:.2f}</td><td align=right>{price.answers_per_day:.0f}</td>"
            f"<td align=right>{price.known:.0%}</td></tr>"
            for price in overview.prices
        )
        title = self.tr("After a year of %1 new questions a day (your memory, simulated):")
        retention, answers, remembered = (
            self.tr("Retention"),
            self.tr("Answers a day"),
            self.tr("Remembered"),
        )
        return (
            title.replace("%1", str(self.profile.new_per_day))
            + "<table cellspacing=0 cellpadding=3><tr>"
            + f"<th align=left>{retention}</th><th align=right>{answers}</th>"
            + f"<th align=right>{remembered}</th></tr>{rows}</table>"
        )

    def _memory_model_text(self, overview: ParametersOverview) -> str:
        """Say in plain words which memory model schedules this learner, and what it changed."""
        record = overview.record
        if record is None:
            return (
                self.tr(
                    "Average (the default). Yours is fitted once you have %1 answers "
                    "given a day or more apart; you have %2."
                )
                .replace("%1", str(MIN_LONG_TERM_ANSWERS))
                .replace("%2", str(overview.long_term_answers))
            )
        checked = f"{record.checked_at.astimezone():%Y-%m-%d}"
        own, average = overview.answers_a_year_own, overview.answers_a_year_default
        if own is None:
            return self.tr(
                "Average (the default): the fit of %1 did not predict your newest answers "
                "better, so it was not used."
            ).replace("%1", checked)
        if own < average * 0.95:
            text = self.tr(
                "Your own, fitted %1: your memory is steadier than average, so fewer reviews: "
                "a question needs about %2 answers in its first year instead of %3."
            )
        elif own > average * 1.05:
            text = self.tr(
                "Your own, fitted %1: your memory fades faster than average, so more reviews: "
                "a question needs about %2 answers in its first year instead of %3."
            )
        else:
            text = self.tr(
                "Your own, fitted %1: close to average; a question needs about %2 answers in "
                "its first year (average %3)."
            )
        return text.replace("%1", checked).replace("%2", str(own)).replace("%3", str(average))

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
            theme=self.theme.currentData(),
        )
