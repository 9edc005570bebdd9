"""The figures behind the Progress page charts, against values worked out by hand.

The fixture bank (tests/data/stats-bank) has two sets: "charter" (topics Organs and
Principles, two questions each) and "laws" (two Decrees questions and one without a topic).
Answers are written straight into the log with the state the question was in before, so each
test controls exactly what kind of answer it is and when it was given.
"""

from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from types import SimpleNamespace
from zoneinfo import ZoneInfo

import pytest

from quizapp.core import ops
from quizapp.core.model import Rating, SetId
from quizapp.core.scheduler import CardStage, CardState
from quizapp.core.session import ExamSession
from quizapp.core.stats import FORECAST_DAYS, DayReviews, Period, statistics
from quizapp.core.storage import migrations

STATS_BANK = Path(__file__).parent.parent / "data" / "stats-bank"

JAKARTA = ZoneInfo("Asia/Jakarta")  # UTC+7 all year
BERLIN = ZoneInfo("Europe/Berlin")  # clocks go back on 25 October 2026, 03:00 -> 02:00
NOW = datetime(2026, 3, 2, 10, 0, tzinfo=UTC)  # 17:00 in Jakarta, Monday 2 March


@pytest.fixture
def bank(tmp_path):
    """The statistics bank in a fresh database, with a learner "Ana" (desired retention 0.9)."""
    store = ops.open_library(tmp_path, STATS_BANK, durable=False).store
    yield SimpleNamespace(store=store, profile=store.learners.create("Ana", NOW))
    store.close()


def card(stage, due, stability=5.0):
    """Return a card in ``stage``, due at ``due``."""
    return CardState(stage, None, stability, 5.0, due, due - timedelta(days=1))


def answer(library, question, at, before=None, rating=Rating.GOOD, after=None, seconds=10):
    """Log an answer given at ``at`` to a question in state ``before`` (None: new)."""
    previous = None if before is None else card(before, at)
    new = after or card(CardStage.LEARNING, at + timedelta(minutes=10))
    library.store.reviews.record(
        library.profile.id, question, rating, at, new, previous, duration_ms=seconds * 1000
    )


def test_an_empty_profile_has_no_history_and_everything_new(bank):
    result = statistics(bank.store, bank.profile, NOW, zone=JAKARTA)
    assert not result.has_history
    assert result.today == date(2026, 3, 2)
    assert len(result.days) == 30
    assert result.days[0].day == date(2026, 2, 1)
    assert len(result.calendar) == 365
    assert result.forecast == (0,) * FORECAST_DAYS
    assert result.streak_days == 0
    assert [w.week_start for w in result.weeks] == [
        date(2026, 1, 26),
        date(2026, 2, 2),
        date(2026, 2, 9),
        date(2026, 2, 16),
        date(2026, 2, 23),
        date(2026, 3, 2),
    ]
    assert all(w.retention is None for w in result.weeks)
    assert [(m.set_id, m.name, m.new, m.learning, m.mastered) for m in result.sets] == [
        ("charter", "The Charter", 4, 0, 0),
        ("laws", "Indonesian laws", 3, 0, 0),
    ]


def test_reviews_per_day_count_each_kind_and_the_time_spent(bank):
    day = datetime(2026, 3, 1, 5, 0, tzinfo=UTC)  # 12:00 in Jakarta, Sunday 1 March
    answer(bank, "charter-organs-1", day)
    answer(bank, "charter-organs-2", day, seconds=20)
    answer(bank, "charter-organs-1", day + timedelta(minutes=10), CardStage.LEARNING)
    answer(bank, "laws-decree-1", day, CardStage.REVIEW)
    answer(bank, "laws-decree-2", day, CardStage.RELEARNING, seconds=30)
    result = statistics(bank.store, bank.profile, NOW, zone=JAKARTA)
    assert result.days[-2] == DayReviews(date(2026, 3, 1), 2, 1, 1, 1, 80_000)
    assert result.days[-1] == DayReviews(date(2026, 3, 2))
    assert sum(d.total for d in result.days) == 5
    only_laws = statistics(bank.store, bank.profile, NOW, set_ids=["laws"], zone=JAKARTA)
    assert only_laws.days[-2] == DayReviews(date(2026, 3, 1), 0, 0, 1, 1, 40_000)


def test_a_study_day_starts_at_four_in_the_learners_time_zone(bank):
    answer(bank, "charter-organs-1", datetime(2026, 3, 1, 20, 59, tzinfo=UTC))  # 03:59 Jakarta
    answer(bank, "charter-organs-2", datetime(2026, 3, 1, 21, 0, tzinfo=UTC))  # 04:00 Jakarta
    in_jakarta = statistics(bank.store, bank.profile, NOW, zone=JAKARTA)
    assert [d.total for d in in_jakarta.days[-2:]] == [1, 1]
    in_utc = statistics(bank.store, bank.profile, NOW, zone=UTC)  # both at 21:00 on 1 March
    assert [d.total for d in in_utc.days[-2:]] == [2, 0]


def test_the_long_day_when_clocks_go_back_keeps_its_last_hour(bank):
    # 24 October's study day in Berlin lasts 25 hours: 02:00 UTC on the 24th to 03:00 on the 25th.
    now = datetime(2026, 10, 26, 12, 0, tzinfo=UTC)
    answer(bank, "charter-organs-1", datetime(2026, 10, 24, 2, 0, tzinfo=UTC))  # 04:00 CEST
    answer(bank, "charter-organs-2", datetime(2026, 10, 25, 2, 30, tzinfo=UTC))  # 03:30 CET
    answer(bank, "laws-decree-1", datetime(2026, 10, 25, 3, 0, tzinfo=UTC))  # 04:00 CET
    answer(bank, "laws-decree-2", datetime(2026, 10, 26, 2, 59, tzinfo=UTC))  # 03:59 CET
    result = statistics(bank.store, bank.profile, now, zone=BERLIN)
    by_day = {d.day: d.total for d in result.days if d.total}
    assert by_day == {date(2026, 10, 24): 2, date(2026, 10, 25): 2}


def test_forecast_counts_due_questions_per_day_with_overdue_ones_today(bank):
    due = [
        datetime(2026, 2, 20, 9, 0, tzinfo=UTC),  # overdue: today
        datetime(2026, 3, 2, 20, 30, tzinfo=UTC),  # 03:30 in Jakarta on 3 March: still today
        datetime(2026, 3, 2, 21, 0, tzinfo=UTC),  # 04:00 in Jakarta on 3 March: tomorrow
        datetime(2026, 3, 7, 3, 0, tzinfo=UTC),  # in five days
        datetime(2026, 3, 31, 5, 0, tzinfo=UTC),  # 31 March, the 30th day
        datetime(2026, 3, 31, 23, 0, tzinfo=UTC),  # 1 April 06:00 in Jakarta: not shown
    ]
    questions = ["charter-organs-1", "charter-organs-2", "charter-principles-1"]
    questions += ["charter-principles-2", "laws-decree-1", "laws-decree-2"]
    for question, when in zip(questions, due, strict=True):
        answer(bank, question, NOW - timedelta(days=30), after=card(CardStage.REVIEW, when))
    forecast = statistics(bank.store, bank.profile, NOW, zone=JAKARTA).forecast
    assert len(forecast) == 30
    assert (forecast[0], forecast[1], forecast[5], forecast[29], sum(forecast)) == (2, 1, 1, 1, 5)
    laws = statistics(bank.store, bank.profile, NOW, set_ids=["laws"], zone=JAKARTA).forecast
    assert (laws[29], sum(laws)) == (1, 1)


def test_streak_counts_study_days_in_a_row_up_to_yesterday(bank):
    for days_ago in (1, 2, 3, 5):
        answer(bank, "charter-organs-1", NOW - timedelta(days=days_ago))
    result = statistics(bank.store, bank.profile, NOW, zone=JAKARTA)
    assert result.streak_days == 3
    assert result.calendar[-6:] == (1, 0, 1, 1, 1, 0)
    answer(bank, "charter-organs-1", NOW)
    assert statistics(bank.store, bank.profile, NOW, zone=JAKARTA).streak_days == 4


def test_retention_per_week_counts_due_reviews_recalled(bank):
    # Week of 23 February: 3 of 4 due reviews recalled; a learning answer does not count.
    for day, rating in ((23, Rating.GOOD), (24, Rating.AGAIN), (25, Rating.HARD), (27, 4)):
        at = datetime(2026, 2, day, 5, 0, tzinfo=UTC)
        answer(bank, "charter-organs-1", at, CardStage.REVIEW, Rating(rating))
    answer(bank, "charter-organs-2", datetime(2026, 2, 24, 5, tzinfo=UTC), CardStage.LEARNING, 1)
    # Monday 2 March, 03:00 in Jakarta, belongs to Sunday 1 March: the same week.
    answer(bank, "laws-decree-1", datetime(2026, 3, 1, 20, 0, tzinfo=UTC), CardStage.REVIEW, 1)
    result = statistics(bank.store, bank.profile, NOW, zone=JAKARTA)
    week = next(w for w in result.weeks if w.week_start == date(2026, 2, 23))
    assert (week.recalled, week.tested, week.retention) == (3, 5, 0.6)
    assert result.weeks[-1].retention is None
    assert result.desired_retention == 0.9


def test_mastery_per_set_and_topic_puts_the_weakest_topic_first(bank):
    mastered = card(CardStage.REVIEW, NOW + timedelta(days=30), stability=30.0)
    for question in ("charter-organs-1", "charter-organs-2", "laws-decree-1"):
        answer(bank, question, NOW - timedelta(days=2), CardStage.REVIEW, after=mastered)
    answer(bank, "charter-principles-1", NOW - timedelta(days=2))  # learning
    answer(bank, "laws-plain", NOW - timedelta(days=2), after=mastered)
    result = statistics(bank.store, bank.profile, NOW, language="id", zone=JAKARTA)
    assert [(m.name, m.new, m.learning, m.mastered) for m in result.sets] == [
        ("Piagam", 1, 1, 2),
        ("Hukum Indonesia", 1, 0, 2),
    ]
    assert [(m.set_id, m.name, m.new, m.learning, m.mastered) for m in result.topics] == [
        ("charter", "Prinsip", 1, 1, 0),
        ("laws", "Keputusan", 1, 0, 1),
        ("charter", "Organ", 0, 0, 2),
        ("laws", "", 0, 0, 1),
    ]
    assert [m.mastered_share for m in result.topics] == [0.0, 0.5, 1.0, 1.0]
    assert [m.due for m in result.sets] == [1, 0]  # the question being learned is due


def test_mastery_counts_only_the_chosen_and_enabled_sets(bank):
    answer(bank, "laws-plain", NOW - timedelta(days=2))
    only_laws = statistics(bank.store, bank.profile, NOW, set_ids=["laws"], zone=JAKARTA)
    assert [(m.set_id, m.new, m.learning) for m in only_laws.sets] == [("laws", 2, 1)]
    assert [(m.name, m.new, m.learning) for m in only_laws.topics] == [
        ("Decrees", 2, 0),
        ("", 0, 1),
    ]
    bank.store.questions.set_enabled(SetId("laws"), False)
    result = statistics(bank.store, bank.profile, NOW, zone=JAKARTA)
    assert [m.set_id for m in result.sets] == ["charter"]
    assert {m.set_id for m in result.topics} == {"charter"}


def test_exam_scores_over_time_follow_the_period_and_sets(bank):
    store = bank.store
    question = store.questions.get("charter-organs-1")
    for days_ago, score in ((40, 0.25), (3, 0.5), (1, 1.0)):
        at = NOW - timedelta(days=days_ago)
        exam = ExamSession(store, bank.profile, [question], ["charter"], at)
        exam.answer(question, Rating.GOOD, at, correct=score == 1.0, score=score)
        exam.finish(at, "en")
    month = statistics(store, bank.profile, NOW, zone=JAKARTA)
    assert [(e.day, e.score) for e in month.exams] == [
        (date(2026, 2, 27), 0.5),
        (date(2026, 3, 1), 1.0),
    ]
    assert month.has_history
    year = statistics(store, bank.profile, NOW, Period.YEAR, zone=JAKARTA)
    assert [e.day for e in year.exams][0] == date(2026, 1, 21)
    assert statistics(store, bank.profile, NOW, set_ids=["laws"], zone=JAKARTA).exams == ()


def test_all_time_starts_on_the_first_study_day(bank):
    answer(bank, "charter-organs-1", datetime(2025, 1, 10, 5, 0, tzinfo=UTC))
    result = statistics(bank.store, bank.profile, NOW, Period.ALL, zone=JAKARTA)
    assert result.days[0] == DayReviews(date(2025, 1, 10), 1, 0, 0, 0, 10_000)
    assert len(result.days) == (date(2026, 3, 2) - date(2025, 1, 10)).days + 1
    assert len(statistics(bank.store, bank.profile, NOW, Period.YEAR).days) == 365


def test_a_database_from_before_the_topic_column_gets_its_topics(bank):
    store = bank.store
    store.db.execute("DELETE FROM _sqlite_migrations WHERE name = '0400_charts_question_topics'")
    store.db.execute("ALTER TABLE questions DROP COLUMN topic")
    migrations.MIGRATIONS.apply(store.db)
    result = statistics(store, bank.profile, NOW, set_ids=["charter"])
    assert [m.name for m in result.topics] == ["Organs", "Principles"]
