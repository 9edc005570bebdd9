"""Tests for the home screen's counts."""

from dataclasses import replace
from datetime import UTC, timedelta

import pytest

from quizapp.core.counts import home_counts
from quizapp.core.model import Question, QuestionId, QuestionSet, QuestionType, Rating, SetId, Text
from quizapp.core.scheduler import Scheduler
from quizapp.core.session import StudySession


def figures(store, profile, now):
    counts = home_counts(store, profile, now)
    return {s.set_id: (s.new, s.due, s.total) for s in counts.sets}, counts.due_today


def test_a_new_learner_sees_every_question_new(library, now):
    profile = library.store.create_profile("Ana", now)

    assert figures(library.store, profile, now) == (
        {"basics": (3, 0, 3), "more": (3, 0, 3)},
        0,
    )


def test_new_counts_stop_at_the_new_questions_left_today(library, now):
    store = library.store
    profile = replace(store.create_profile("Ana", now), new_per_day=2)
    assert figures(store, profile, now)[0] == {"basics": (2, 0, 3), "more": (2, 0, 3)}

    session = StudySession(store, profile, ["basics"])
    session.answer(session.next_question(now), Rating.AGAIN, now)

    assert figures(store, profile, now) == ({"basics": (1, 1, 3), "more": (1, 0, 3)}, 1)


def test_due_counts_stop_at_the_reviews_left_today(library, now):
    store = library.store
    profile = store.create_profile("Ana", now)
    session = StudySession(store, profile, ["basics"])
    for _ in range(2):
        session.answer(session.next_question(now), Rating.AGAIN, now)
    assert figures(store, profile, now)[0]["basics"] == (1, 2, 3)

    limited = replace(profile, max_reviews_per_day=1)

    assert figures(store, limited, now) == ({"basics": (1, 1, 3), "more": (3, 0, 3)}, 1)


def test_a_retired_question_counts_nowhere_though_it_was_studied(library, now):
    store = library.store
    profile = store.create_profile("Ana", now)
    session = StudySession(store, profile, ["basics"])
    question = session.next_question(now)
    session.answer(question, Rating.AGAIN, now)

    store.retire_question(question.id)

    assert figures(store, profile, now)[0]["basics"] == (2, 0, 2)


def test_a_studied_question_moved_to_another_set_is_counted_there(store, now):
    def one_set(set_id):
        question = Question(
            QuestionId("q1"),
            SetId(set_id),
            QuestionType.FLASHCARD,
            Text.plain("Capital of Laos?"),
            answer=Text.plain("Vientiane"),
        )
        return QuestionSet(SetId(set_id), Text.plain(set_id), questions=(question,))

    store.sync_sets([one_set("first")], "imported")
    profile = store.create_profile("Ana", now)
    session = StudySession(store, profile)
    session.answer(session.next_question(now), Rating.AGAIN, now)

    store.sync_sets([one_set("second")], "imported", retire=False)

    assert figures(store, profile, now)[0] == {"first": (0, 0, 0), "second": (0, 1, 1)}


@pytest.mark.parametrize(("days", "expected"), [(10, 10), (400, 367)])
def test_days_in_a_row_are_counted_past_the_first_week_up_to_a_year(library, now, days, expected):
    store = library.store
    profile = store.create_profile("Ana", now)
    scheduler = Scheduler()
    card = None
    for back in range(days, 0, -1):  # one answer a day, up to yesterday
        at = now - timedelta(days=back)
        previous, card = card, scheduler.review(card, Rating.GOOD, at, "more-year")
        store.record_answer(profile.id, "more-year", Rating.GOOD, at, card, previous)

    assert home_counts(store, profile, now, UTC).streak_days == expected
