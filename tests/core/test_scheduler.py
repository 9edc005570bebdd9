from datetime import timedelta

import pytest

from quizapp.core.model import Rating
from quizapp.core.scheduler import CardStage, Scheduler, interval_parts


def test_good_answers_on_due_days_space_the_question_further_each_time(now):
    scheduler = Scheduler()
    card = scheduler.review(None, Rating.GOOD, now, "q")
    assert card.stage is CardStage.LEARNING
    assert card.due - now == timedelta(minutes=10)
    intervals = []
    for _ in range(5):
        reviewed_at = card.due
        card = scheduler.review(card, Rating.GOOD, reviewed_at, "q")
        intervals.append(card.due - reviewed_at)
    assert card.stage is CardStage.REVIEW
    assert all(later > earlier for earlier, later in zip(intervals, intervals[1:], strict=False))
    assert intervals[-1] > timedelta(days=30)


def test_forgetting_a_learned_question_brings_it_back_within_minutes(now):
    scheduler = Scheduler()
    card = scheduler.review(None, Rating.EASY, now, "q")
    assert card.stage is CardStage.REVIEW
    lapse_at = card.due + timedelta(days=1)
    lapsed = scheduler.review(card, Rating.AGAIN, lapse_at, "q")
    assert lapsed.stage is CardStage.RELEARNING
    assert lapsed.due - lapse_at == timedelta(minutes=10)
    assert lapsed.stability < card.stability


def test_ratings_order_the_intervals(now):
    scheduler = Scheduler()
    card = scheduler.review(
        scheduler.review(None, Rating.GOOD, now, "q"), Rating.GOOD, now + timedelta(minutes=10), "q"
    )
    preview = scheduler.preview(card, card.due, "q")
    assert (
        preview[Rating.AGAIN] < preview[Rating.HARD] < preview[Rating.GOOD] < preview[Rating.EASY]
    )


def test_same_inputs_give_the_same_state_and_the_preview_matches(now):
    scheduler = Scheduler()
    card = scheduler.review(None, Rating.EASY, now, "q")
    later = card.due + timedelta(days=3)
    first = scheduler.review(card, Rating.GOOD, later, "q")
    assert scheduler.review(card, Rating.GOOD, later, "q") == first
    assert scheduler.preview(card, later, "q")[Rating.GOOD] == first.due - later


def test_higher_desired_retention_schedules_sooner(now):
    card = Scheduler().review(None, Rating.EASY, now, "q")
    due = card.due + timedelta(days=1)
    relaxed = Scheduler(0.8).review(card, Rating.GOOD, due, "q")
    strict = Scheduler(0.95).review(card, Rating.GOOD, due, "q")
    assert strict.due < relaxed.due


def test_retrievability_falls_with_time(now):
    scheduler = Scheduler()
    card = scheduler.review(None, Rating.EASY, now, "q")
    soon = scheduler.retrievability(card, now + timedelta(days=1))
    late = scheduler.retrievability(card, now + timedelta(days=60))
    assert 1 > soon > late > 0


@pytest.mark.parametrize("retention", [0.5, 1.0])
def test_unreasonable_desired_retention_is_refused(retention):
    with pytest.raises(ValueError, match="outside 0.70-0.99"):
        Scheduler(retention)


@pytest.mark.parametrize(
    ("interval", "parts"),
    [
        (timedelta(seconds=20), ("1", "min")),
        (timedelta(minutes=10), ("10", "min")),
        (timedelta(hours=5), ("5", "h")),
        (timedelta(days=1), ("1", "d")),
        (timedelta(days=12), ("12", "d")),
        (timedelta(days=45), ("1.5", "mo")),
        (timedelta(days=400), ("1.1", "y")),
    ],
)
def test_interval_labels(interval, parts):
    assert interval_parts(interval) == parts
