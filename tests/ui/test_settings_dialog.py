"""Settings: the learner's day start, the price of each desired retention, their memory model."""

from PySide6.QtCore import Qt

from quizapp.core import fitting
from quizapp.core.model import FitRecord
from quizapp.core.session import StudySession
from quizapp.ui import tasks
from quizapp.ui.settings_dialog import SettingsDialog


def test_day_start_is_a_setting(qtbot, open_window):
    window = open_window()
    dialog = SettingsDialog(window, window.profile)
    qtbot.addWidget(dialog)
    assert dialog.day_start.value() == 4
    dialog.day_start.setValue(2)
    assert dialog.settings().day_start_hour == 2


def test_retention_shows_its_price_and_the_default_model_says_when_yours_comes(qtbot, open_window):
    window = open_window()
    dialog = SettingsDialog(window, window.profile)
    qtbot.addWidget(dialog)
    table = dialog.retention_price.text()
    assert "After a year of 20 new questions a day" in table
    assert all(f"<td>{r}</td>" in table for r in ("0.80", "0.85", "0.90", "0.95"))
    assert dialog.memory_model.text() == (
        "Average (the default). Yours is fitted once you have 400 answers given a day or more "
        "apart; you have 0."
    )


def test_own_parameters_are_described_in_plain_words(qtbot, open_window, now):
    window = open_window()
    steadier = list(fitting.DEFAULT_PARAMETERS)
    steadier[8] += 0.5
    record = FitRecord(tuple(steadier), now, now, 800, 0.45, 0.43)
    window.store.learners.save_fit_record(window.profile.id, record)
    dialog = SettingsDialog(window, window.profile)
    qtbot.addWidget(dialog)
    assert dialog.memory_model.text().startswith(
        "Your own, fitted 2026-03-02: your memory is steadier than average, so fewer reviews"
    )


def test_fit_now_fits_in_the_background_and_shows_the_outcome(
    qtbot, open_window, give_spaced_answers
):
    window = open_window()
    give_spaced_answers(window.store, window.profile, days=120)
    dialog = SettingsDialog(window, window.profile)
    qtbot.addWidget(dialog)
    assert dialog.fit_button.isEnabled()
    qtbot.mouseClick(dialog.fit_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tasks.running() == 0, timeout=120_000)  # a fit, on a busy machine
    record = window.store.learners.fit_record(window.profile.id)
    assert record is not None
    assert not dialog.memory_model.text().startswith("Average (the default). Yours is fitted")


def test_fit_now_waits_for_enough_answers(qtbot, open_window):
    window = open_window()
    dialog = SettingsDialog(window, window.profile)
    qtbot.addWidget(dialog)
    assert not dialog.fit_button.isEnabled()


def test_a_review_session_ending_fits_the_learners_parameters_when_due(
    qtbot, open_window, give_spaced_answers
):
    window = open_window()
    give_spaced_answers(window.store, window.profile, days=120)
    window.start(StudySession(window.store, window.profile))
    window.study.finish()
    qtbot.waitUntil(lambda: tasks.running() == 0, timeout=120_000)  # a fit, on a busy machine
    assert window.store.learners.fit_record(window.profile.id) is not None
