import hashlib
import random
from datetime import UTC, datetime, timedelta, timezone

import fsrs
import pytest

from quizapp.core.model import Rating
from quizapp.core.scheduler import (
    CardStage,
    CardState,
    Scheduler,
    _FuzzStream,
    interval_parts,
)


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


def test_fuzz_comes_from_the_question_and_moment_as_before_and_leaves_global_random_alone(now):
    """The fuzz is Python's random seeded with the SHA-256 of "key@moment", the rule the
    scheduler has always had, drawn from its own stream: the global one is not touched."""
    learned = CardState(CardStage.REVIEW, None, 40.0, 5.0, now, now - timedelta(days=40))
    reference = fsrs.Scheduler(enable_fuzzing=True)
    reference_card = fsrs.Card(
        card_id=0,
        state=fsrs.State.Review,
        stability=40.0,
        difficulty=5.0,
        due=now,
        last_review=now - timedelta(days=40),
    )
    random.seed(2026)
    global_state = random.getstate()
    good_dues = set()
    for key in ("q1", "q2", "q3", "q4"):
        for rating in (Rating.HARD, Rating.GOOD, Rating.EASY):
            ours = Scheduler().review(learned, rating, now, key)
            assert random.getstate() == global_state
            random.seed(hashlib.sha256(f"{key}@{now.isoformat()}".encode()).digest())
            expected, _ = reference.review_card(reference_card, fsrs.Rating(int(rating)), now)
            random.setstate(global_state)
            assert ours.due == expected.due
            if rating is Rating.GOOD:
                good_dues.add(ours.due)
    assert len(good_dues) > 1  # the fuzz parts questions answered alike


def test_each_answer_has_its_own_stream_of_fuzz_numbers():
    stream, same = _FuzzStream("q1@moment"), random.Random(hashlib.sha256(b"q1@moment").digest())
    assert [stream.random(), stream.random()] == [same.random(), same.random()]


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


JAKARTA = timezone(timedelta(hours=7))


def _local(day: int, hour: int, minute: int = 0) -> datetime:
    return datetime(2026, 3, day, hour, minute, tzinfo=JAKARTA).astimezone(UTC)


@pytest.mark.parametrize(
    ("answered", "then", "days"),
    [
        (_local(2, 21), _local(2, 23, 30), 0),  # same evening
        (_local(2, 21), _local(3, 0, 30), 0),  # past midnight, before the day starts
        (_local(2, 21), _local(3, 3, 59), 0),
        (_local(2, 21), _local(3, 4, 0), 1),  # the next study day, 7 hours later
        (_local(2, 21), _local(3, 8), 1),
        (_local(3, 1), _local(3, 8), 1),  # 1 a.m. belongs to the day before
        (_local(2, 5), _local(3, 21), 1),  # 40 hours, still the next day
        (_local(2, 21), _local(4, 5), 2),
    ],
)
def test_elapsed_time_counts_study_days_from_the_learners_day_start(answered, then, days):
    scheduler = Scheduler(zone=JAKARTA)
    assert scheduler.elapsed_days(answered, then) == days


def test_a_day_starting_at_midnight_splits_late_evening_from_early_morning():
    scheduler = Scheduler(zone=JAKARTA, day_start_hour=0)
    assert scheduler.elapsed_days(_local(2, 23, 30), _local(3, 0, 30)) == 1
    assert scheduler.elapsed_days(_local(3, 0, 30), _local(3, 3, 59)) == 0


def test_a_next_morning_answer_is_a_next_day_review_for_scheduling_and_recall():
    scheduler = Scheduler(zone=JAKARTA, fuzz=False)
    learned = scheduler.review(None, Rating.EASY, _local(2, 21), "q")
    next_morning = _local(3, 8)
    next_evening = _local(3, 21)
    before_day_start = _local(3, 3, 30)
    assert scheduler.retrievability(learned, before_day_start) == 1.0
    assert scheduler.retrievability(learned, next_morning) < 1.0
    assert scheduler.retrievability(learned, next_morning) == scheduler.retrievability(
        learned, next_evening
    )
    morning = scheduler.review(learned, Rating.GOOD, next_morning, "q")
    evening = scheduler.review(learned, Rating.GOOD, next_evening, "q")
    same_day = scheduler.review(learned, Rating.GOOD, before_day_start, "q")
    assert morning.stability == evening.stability
    assert morning.stability > 1.5 * same_day.stability
    assert morning.last_review == next_morning
    preview = scheduler.preview(learned, next_morning, "q")
    assert preview[Rating.GOOD] == morning.due - next_morning


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
