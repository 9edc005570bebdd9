"""The reviews part of the store: the schedule, answers and the figures drawn from them."""

import json
from dataclasses import replace
from datetime import timedelta

import pytest

from quizapp.core.errors import ProfileDeletedError
from quizapp.core.model import QuestionId, Rating, SetId
from quizapp.core.scheduler import MASTERED_STABILITY_DAYS, CardStage, CardState, Scheduler
from quizapp.core.storage.history import TopicCounts, mastery_counts
from quizapp.core.storage.records import to_ms
from quizapp.core.storage.reviews import QuestionFigures, SetProgress, mastered_sql


def test_answer_and_undo_restore_the_previous_state(library, now):
    store = library.store
    profile = store.learners.create("Ana", now)
    scheduler = Scheduler()
    first = scheduler.review(None, Rating.GOOD, now, "basics-city")
    store.reviews.record(profile.id, "basics-city", Rating.GOOD, now, first, None)
    later = now + timedelta(minutes=10)
    second = scheduler.review(first, Rating.EASY, later, "basics-city")
    review_id = store.reviews.record(
        profile.id,
        "basics-city",
        Rating.EASY,
        later,
        second,
        first,
        duration_ms=2500,
        response={"picked": 0},
    )
    row = store.db.execute(
        "SELECT duration_ms, response FROM reviews WHERE id = ?", [review_id]
    ).fetchone()
    assert row[0] == 2500
    assert json.loads(row[1]) == {"picked": 0}
    assert store.reviews.undo(review_id) == "basics-city"
    assert store.reviews.card(profile.id, "basics-city") == first
    with pytest.raises(KeyError):
        store.reviews.undo(review_id)


def _in_review(stability, now):
    return CardState(CardStage.REVIEW, None, stability, 5.0, now + timedelta(days=30), now)


@pytest.fixture
def reviewed(library, now):
    """The test bank, with a learner who answered basics-city (mastered) and basics-charter."""
    store = library.store
    profile = store.learners.create("Ana", now)
    mastered = _in_review(MASTERED_STABILITY_DAYS, now)
    store.reviews.record(profile.id, "basics-city", Rating.GOOD, now, mastered, None, 4000)
    almost = _in_review(MASTERED_STABILITY_DAYS - 0.5, now)
    store.reviews.record(profile.id, "basics-charter", Rating.AGAIN, now, almost, None, 1500)
    return store, profile


def test_set_progress_counts_mastered_from_three_weeks_of_stability(reviewed, now):
    store, profile = reviewed
    assert store.reviews.set_progress(profile.id, now + timedelta(days=1)) == [
        SetProgress(SetId("basics"), total=3, new=1, learning=1, mastered=1, due=0),
        SetProgress(SetId("more"), total=3, new=3, learning=0, mastered=0, due=0),
    ]
    assert store.reviews.set_progress(profile.id, now + timedelta(days=30))[0].due == 2


def test_question_figures_give_each_question_with_its_learners_figures(reviewed, now):
    store, profile = reviewed
    later = now + timedelta(days=2)
    learned = _in_review(MASTERED_STABILITY_DAYS, now)
    again = _in_review(MASTERED_STABILITY_DAYS + 9, later)
    store.reviews.record(profile.id, "basics-city", Rating.GOOD, later, again, learned, 2000)
    city, charter, decides, *_ = store.reviews.question_figures(profile.id, now)
    assert city == QuestionFigures(
        store.questions.get("basics-city"),
        seen=True,
        mastered=True,
        reviews=2,
        lapses=0,
        recalled=1,
        tested=1,
        time_ms=6000,
    )
    assert (charter.seen, charter.mastered, charter.reviews, charter.lapses) == (
        True,
        False,
        1,
        1,
    )
    assert (decides.question.id, decides.seen, decides.reviews, decides.time_ms) == (
        "basics-decides",
        False,
        0,
        0,
    )


def test_mastery_counts_are_per_set_and_topic_with_its_texts(reviewed, now):
    store, profile = reviewed
    counts = mastery_counts(store, profile.id, to_ms(now + timedelta(days=60)), [SetId("basics")])
    by_topic = {group.topic.get("en", ""): group for group in counts}
    assert by_topic == {
        "": TopicCounts(SetId("basics"), {}, new=1, learning=1, mastered=0, due=1),
        "Places": TopicCounts(
            SetId("basics"), {"en": "Places", "id": "Tempat"}, new=0, learning=0, mastered=1, due=1
        ),
    }


def test_due_and_new_questions_follow_the_schedule(reviewed, now):
    store, profile = reviewed
    later = now + timedelta(days=31)
    assert store.reviews.due_ids(profile.id, None, now, 10) == []
    assert set(store.reviews.due_ids(profile.id, None, later, 10)) == {
        "basics-city",
        "basics-charter",
    }
    assert store.reviews.new_ids(profile.id, [SetId("basics")], 10) == ["basics-decides"]
    first, second = store.reviews.due_ids(profile.id, None, later, 2)
    assert store.reviews.next_due(profile.id, None, later) == store.questions.get(first)
    assert store.reviews.next_due(profile.id, None, later, skip=first) == store.questions.get(
        second
    )
    assert store.reviews.next_due(profile.id, [SetId("more")], later) is None
    assert store.reviews.next_due(profile.id, None, now) is None
    assert store.reviews.recall_counts(profile.id, now) == (0, 0)  # both were new then
    assert store.reviews.count(profile.id, now) == 2
    assert store.reviews.days_with_reviews(
        profile.id, [(now, now + timedelta(days=1)), (later, later + timedelta(days=1))]
    ) == [True, False]


def test_answer_reads_and_saves_the_card_in_one_step(library, now):
    store = library.store
    profile = store.learners.create("Ana", now)
    scheduler = Scheduler()
    seen = []

    def next_card(previous):
        seen.append(previous)
        return scheduler.review(previous, Rating.GOOD, now, "more-year")

    review_id, card, previous = store.reviews.answer(
        profile, "more-year", Rating.GOOD, now, next_card, 1200, {"picked": 1}
    )
    assert (seen, previous) == ([None], None)
    assert store.reviews.card(profile.id, "more-year") == card
    row = store.db.execute("SELECT response FROM reviews WHERE id = ?", [review_id]).fetchone()
    assert json.loads(row[0]) == {"picked": 1}
    _, again, previous = store.reviews.answer(profile, "more-year", Rating.GOOD, now, next_card)
    assert (seen, previous) == ([None, card], card)
    assert store.reviews.card(profile.id, "more-year") == again


def test_answer_of_a_deleted_learner_saves_nothing(library, now):
    store = library.store
    profile = store.learners.create("Ana", now)
    store.learners.delete(profile.id)
    with pytest.raises(ProfileDeletedError):
        store.reviews.answer(
            profile, "more-year", Rating.GOOD, now, lambda previous: _in_review(30, now)
        )
    assert store.db.execute("SELECT COUNT(*) FROM reviews").fetchone()[0] == 0
    assert store.reviews.card(profile.id, "more-year") is None


def _counted_afresh(store, profile_id):
    """Count each enabled set's total, started and mastered questions from every row."""
    rows = store.db.execute(
        f"""SELECT s.id, COUNT(q.id), COUNT(c.question_id),
             COALESCE(SUM({mastered_sql("c")}), 0)
           FROM question_sets s
           LEFT JOIN questions q ON q.set_id = s.id AND q.retired = 0
           LEFT JOIN cards c ON c.question_id = q.id AND c.profile_id = ?
           WHERE s.enabled = 1 GROUP BY s.id ORDER BY s.position, s.id""",
        [profile_id],
    ).fetchall()
    return [tuple(row) for row in rows]


def _tallied(store, profile_id, now):
    return [
        (p.set_id, p.total, p.total - p.new, p.mastered)
        for p in store.reviews.set_progress(profile_id, now)
    ]


def test_set_tallies_follow_answers_undo_retiring_and_deleting(reviewed, now):
    store, profile = reviewed
    other = store.learners.create("Budi", now)
    mastered = _in_review(MASTERED_STABILITY_DAYS + 1, now)
    for learner in (profile, other):
        store.reviews.record(learner.id, "more-year", Rating.GOOD, now, mastered, None)
    steps = [
        lambda: store.reviews.record(
            profile.id, "basics-charter", Rating.GOOD, now, mastered, _in_review(20, now)
        ),  # learning to mastered
        lambda: store.reviews.undo(
            store.reviews.record(profile.id, "basics-decides", Rating.GOOD, now, mastered, None)
        ),
        lambda: store.questions.retire(QuestionId("basics-city")),
        lambda: store.questions.purge_set(SetId("more")),
        lambda: store.learners.delete(other.id),
    ]
    assert _tallied(store, profile.id, now) == _counted_afresh(store, profile.id)
    for step in steps:
        step()
        assert _tallied(store, profile.id, now) == _counted_afresh(store, profile.id)
    assert _tallied(store, profile.id, now) == [("basics", 2, 1, 1)]


@pytest.mark.parametrize("limit", [1, 2, 3, None])
def test_due_counts_stop_early_yet_agree_with_counting_everything(library, now, limit):
    """Basics has three due, more one due of two started, and the reading stops early."""
    store = library.store
    profile = store.learners.create("Ana", now)
    due_soon = CardState(CardStage.REVIEW, None, 10.0, 5.0, now + timedelta(days=1), now)
    due_later = replace(due_soon, due=now + timedelta(days=60))
    for question, card in [
        ("basics-city", due_soon),
        ("more-year", due_soon),
        ("basics-charter", due_soon),
        ("more-members", due_later),
        ("basics-decides", due_soon),
    ]:
        store.reviews.record(profile.id, QuestionId(question), Rating.GOOD, now, card, None)
    later = now + timedelta(days=2)
    due = [p.due for p in store.reviews.set_progress(profile.id, later, due_limit=limit)]
    assert due == [min(3, limit or 3), 1]


def test_set_progress_counts_due_only_up_to_a_limit(reviewed, now):
    store, profile = reviewed
    later = now + timedelta(days=30)
    assert [p.due for p in store.reviews.set_progress(profile.id, later, due_limit=1)] == [1, 0]
    assert [p.due for p in store.reviews.set_progress(profile.id, later, due_limit=0)] == [0, 0]
