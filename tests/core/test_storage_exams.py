"""The exams part of the store: practice answers and exams, which never touch the schedule."""

from datetime import timedelta

from quizapp.core.model import Rating, SetId
from quizapp.core.storage.exams import FinishedExam


def test_finished_exams_read_back_newest_first_with_their_moments(library, now):
    store = library.store
    profile = store.learners.create("Ana", now)
    first = store.exams.start(profile.id, now, [SetId("basics")], ["basics-city"], None)
    store.exams.record_answer(first, "basics-city", now, Rating.GOOD, True, 1.0, 900, None)
    store.exams.finish(first, now + timedelta(minutes=5), 1.0)
    later = now + timedelta(days=1)
    second = store.exams.start(profile.id, later, [SetId("more")], ["more-year", "more-order"], 600)
    store.exams.start(profile.id, later, [SetId("more")], ["more-year"], None)  # never finished
    store.exams.finish(second, later + timedelta(minutes=9), 0.5)
    assert store.exams.finished(profile.id) == [
        FinishedExam(
            second,
            later,
            later + timedelta(minutes=9),
            (SetId("more"),),
            ("more-year", "more-order"),
            600,
            0.5,
        ),
        FinishedExam(
            first, now, now + timedelta(minutes=5), (SetId("basics"),), ("basics-city",), None, 1.0
        ),
    ]


def test_practice_and_exam_answers_leave_the_schedule_alone(library, now):
    store = library.store
    profile = store.learners.create("Ana", now)
    practice = store.exams.record_practice(
        profile.id, "basics-city", Rating.AGAIN, now, False, 800, {"picked": 2}
    )
    exam = store.exams.start(profile.id, now, [SetId("basics")], ["basics-city"], None)
    answer = store.exams.record_answer(exam, "basics-city", now, Rating.GOOD, True, 1.0, 700, None)
    assert store.reviews.card(profile.id, "basics-city") is None
    assert store.reviews.count(profile.id, now) == 0
    assert store.answered_since(now - timedelta(seconds=1))
    store.exams.delete_practice(practice)
    store.exams.delete_answer(answer)
    assert not store.answered_since(now - timedelta(seconds=1))
