"""The Progress page's charts on a learner with a known history (tests/data/stats-bank)."""

import subprocess
import sys
from dataclasses import replace
from datetime import timedelta
from pathlib import Path

from PySide6.QtCore import QEvent, QPoint
from PySide6.QtGui import QHelpEvent
from PySide6.QtWidgets import QApplication, QToolTip

from quizapp.core.model import Rating
from quizapp.core.scheduler import CardStage, CardState
from quizapp.core.session import ExamSession
from quizapp.ui import theme

STATS_BANK = Path(__file__).parent.parent / "data" / "stats-bank"


def give_history(window, now):
    """Two answers 3 days ago (one new, one review, forgotten), and one exam yesterday."""
    store, profile = window.store, window.profile
    at = now - timedelta(days=3)
    review = CardState(CardStage.REVIEW, None, 30.0, 5.0, at, at - timedelta(days=30))
    later = CardState(CardStage.LEARNING, None, 1.0, 5.0, now + timedelta(days=2), at)
    store.reviews.record(profile.id, "charter-organs-1", Rating.GOOD, at, later, None, 20_000)
    store.reviews.record(profile.id, "laws-decree-1", Rating.AGAIN, at, later, review, 40_000)
    question = store.questions.get("charter-organs-1")
    exam = ExamSession(store, profile, [question], ["charter"], now - timedelta(days=1))
    exam.answer(question, Rating.GOOD, now - timedelta(days=1), correct=True, score=1.0)
    exam.finish(now - timedelta(days=1), "en")


def test_an_empty_profile_shows_an_invitation_instead_of_charts(qtbot, open_window):
    window = open_window(bank=STATS_BANK)
    window.show_progress()
    page = window.progress
    assert page.empty.isVisible()
    assert page.empty.text().startswith("Study a few questions to see your progress here")
    assert page.charts == {}


def test_each_chart_has_a_point_per_day_week_set_topic_and_exam(qtbot, open_window, now):
    window = open_window(bank=STATS_BANK)
    give_history(window, now)
    window.show_progress()
    page = window.progress
    assert not page.empty.isVisible()
    points = {name: len(card.view.chart.spots) for name, card in page.charts.items()}
    # A month is 30 days; 2 March 2026 is a Monday, so the weeks start on 26 January.
    assert points == {
        "reviews": 30,
        "forecast": 30,
        "calendar": 365,
        "retention": 6,
        "sets": 2,
        "topics": 4,
        "exams": 1,
    }
    reviews = page.charts["reviews"].view.chart.spots
    assert reviews[-4].text == "27 Feb: 2 answers (new 1, learning 0, review 1, relearned 0), 1 min"
    assert page.charts["topics"].view.chart.spots[0].text.startswith("Principles: 0 mastered")
    assert page.charts["exams"].view.chart.spots[0].text == "1 Mar 2026: 100%"
    assert page.charts["reviews"].caption.text().endswith("In this period: 2 answers in 1 minutes.")


def test_choosing_a_set_and_a_year_redraws_the_charts(qtbot, open_window, now):
    window = open_window(bank=STATS_BANK)
    give_history(window, now)
    window.show_progress()
    page = window.progress
    page.sets.setCurrentIndex(page.sets.findData("laws"))
    page.sets.activated.emit(page.sets.currentIndex())
    assert len(page.charts["sets"].view.chart.spots) == 1
    assert "exams" not in page.charts  # the exam was on the Charter
    page.period.setCurrentIndex(1)
    page.period.activated.emit(1)
    assert len(page.charts["reviews"].view.chart.spots) == 365


def test_a_topic_named_alike_in_two_sets_says_which_set_it_is_of(qtbot, open_window, tmp_path, now):
    bank = tmp_path / "bank"
    bank.mkdir()
    for source in STATS_BANK.iterdir():
        text = source.read_text(encoding="utf-8").replace("{en: Decrees,", "{en: Organs,")
        (bank / source.name).write_text(text, encoding="utf-8")
    window = open_window(bank=bank)
    give_history(window, now)
    window.show_progress()
    names = {spot.text.split(":")[0] for spot in window.progress.charts["topics"].view.chart.spots}
    assert names == {"Organs (The Charter)", "Organs (Indonesian laws)", "Principles", "(no topic)"}


def test_hovering_a_day_shows_its_figures(qtbot, open_window, now, monkeypatch):
    shown = []
    # The offscreen platform warns about tooltip windows; record what would be shown instead.
    monkeypatch.setattr(QToolTip, "showText", lambda _at, text, _widget: shown.append(text))
    window = open_window(bank=STATS_BANK)
    give_history(window, now)
    window.show_progress()
    view = window.progress.charts["forecast"].view
    spot = view.chart.spots[2]  # two days from today: the two answered questions come back
    scale = view.width() / view.chart.width
    where = QPoint(round((spot.x + spot.width / 2) * scale), round((spot.y + 5) * scale))
    QApplication.sendEvent(view, QHelpEvent(QEvent.Type.ToolTip, where, view.mapToGlobal(where)))
    assert shown == ["4 Mar: 2 due"]


def test_starting_the_app_does_not_load_the_charts():
    code = (
        "import sys, quizapp.cli, quizapp.ui.app, quizapp.ui.main_window, quizapp.ui.home\n"
        "print([m for m in sys.modules if m.endswith('charts') or m == 'quizapp.ui.progress'])"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "[]"


def test_charts_follow_the_dark_theme(qtbot, open_window, now):
    window = open_window(bank=STATS_BANK)
    give_history(window, now)
    window.profile = replace(window.profile, theme="dark")
    window.apply_profile_settings()
    try:
        window.show_progress()
        svg = window.progress.charts["sets"].view.chart.svg
    finally:
        window.profile = replace(window.profile, theme="light")
        window.apply_profile_settings()
    assert theme.DARK.mastered in svg
    assert theme.LIGHT.mastered not in svg
    assert theme.DARK.text in svg
