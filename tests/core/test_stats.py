from dataclasses import replace
from datetime import timedelta

import pytest

from quizapp.core.model import Rating
from quizapp.core.scheduler import Scheduler
from quizapp.core.session import StudySession
from quizapp.core.stats import progress, streak, today_figures


def test_a_new_learner_has_everything_new(library, now):
    profile = library.store.learners.create("Ana", now)
    result = progress(library.store, profile, now)
    assert [(s.set_id, s.total, s.new, s.learning, s.mastered, s.due) for s in result.sets] == [
        ("basics", 3, 3, 0, 0, 0),
        ("more", 3, 3, 0, 0, 0),
    ]
    assert (result.reviews_today, result.streak_days, result.retention_30_days) == (0, 0, None)


def test_studying_moves_questions_from_new_to_learning_and_due(library, now):
    store = library.store
    profile = store.learners.create("Ana", now)
    session = StudySession(store, profile, ["basics"])
    for _ in range(2):
        session.answer(session.next_question(now), Rating.AGAIN, now)
    basics = progress(store, profile, now).for_set("basics")
    assert (basics.new, basics.learning, basics.mastered, basics.due) == (1, 2, 0, 2)


def test_home_figures_count_due_questions_only_up_to_the_reviews_left_today(library, now):
    store = library.store
    profile = replace(store.learners.create("Ana", now), max_reviews_per_day=2)
    scheduler = Scheduler()
    first = {}
    for question_id in ("basics-city", "basics-charter", "more-year"):
        first[question_id] = scheduler.review(None, Rating.AGAIN, now, question_id)
        store.reviews.record(profile.id, question_id, Rating.AGAIN, now, first[question_id], None)
    again = scheduler.review(first["basics-city"], Rating.AGAIN, now, "basics-city")
    store.reviews.record(profile.id, "basics-city", Rating.AGAIN, now, again, first["basics-city"])
    later = now + timedelta(hours=1)
    assert [s.due for s in progress(store, profile, later).sets] == [2, 1]
    figures = today_figures(store, profile, later)
    assert (figures.reviews_today, figures.reviews_left) == (4, 1)
    assert [(s.set_id, s.learning, s.due) for s in figures.sets] == [
        ("basics", 2, 1),
        ("more", 1, 1),
    ]


def test_mastered_means_stable_for_three_weeks(library, now):
    store = library.store
    profile = store.learners.create("Ana", now)
    scheduler = Scheduler()
    card, at = None, now
    while card is None or card.stability < 21:
        previous, card = card, scheduler.review(card, Rating.EASY, at, "more-year")
        store.reviews.record(profile.id, "more-year", Rating.EASY, at, card, previous)
        at = card.due
    assert progress(store, profile, at).for_set("more").mastered == 1


def test_streak_counts_study_days_in_a_row(library, now):
    store = library.store
    profile = store.learners.create("Ana", now)
    scheduler = Scheduler()
    for days_ago in (0, 1, 2, 4):
        at = now - timedelta(days=days_ago)
        card = scheduler.review(None, Rating.GOOD, at, "basics-city")
        store.reviews.record(profile.id, "basics-city", Rating.GOOD, at, card, None)
    result = progress(store, profile, now)
    assert (result.streak_days, result.reviews_today, result.reviews_30_days) == (3, 1, 4)
    # Before today's first review the streak still counts up to yesterday.
    assert progress(store, profile, now + timedelta(days=1)).streak_days == 3
    assert progress(store, profile, now + timedelta(days=2)).streak_days == 0
    assert [streak(store, profile, now + timedelta(days=d)) for d in (0, 1, 2)] == [3, 3, 0]


def test_retention_counts_recall_of_learned_questions_only(library, now):
    store = library.store
    profile = store.learners.create("Ana", now)
    scheduler = Scheduler()
    learned = scheduler.review(None, Rating.EASY, now, "basics-city")
    store.reviews.record(profile.id, "basics-city", Rating.EASY, now, learned, None)
    for rating, day in (
        (Rating.GOOD, 10),
        (Rating.AGAIN, 11),
        (Rating.HARD, 12),
        (Rating.GOOD, 13),
    ):
        at = now + timedelta(days=day)
        after = scheduler.review(learned, rating, at, "basics-city")
        store.reviews.record(profile.id, "basics-city", rating, at, after, learned)
    assert progress(store, profile, now + timedelta(days=14)).retention_30_days == 0.75


@pytest.mark.parametrize(("days", "expected"), [(10, 10), (400, 367)])
def test_streak_is_counted_past_the_first_week_up_to_a_year(library, now, days, expected):
    store = library.store
    profile = store.learners.create("Ana", now)
    scheduler = Scheduler()
    card = None
    for back in range(days, 0, -1):  # one answer a day, up to yesterday
        at = now - timedelta(days=back)
        previous, card = card, scheduler.review(card, Rating.GOOD, at, "more-year")
        store.reviews.record(profile.id, "more-year", Rating.GOOD, at, card, previous)

    assert progress(store, profile, now).streak_days == expected
