"""The home screen's counts: per set, what is new and due today, stopping at the daily limits."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta, tzinfo

from quizapp.core.days import day_start
from quizapp.core.model import Profile, SetId
from quizapp.core.stats import streak_days
from quizapp.core.storage import Store


@dataclass(frozen=True)
class SetCounts:
    """One set on the home screen: new and due questions it offers today, and its size."""

    set_id: SetId
    new: int
    due: int
    total: int


@dataclass(frozen=True)
class HomeCounts:
    """The home screen's figures for one learner."""

    sets: list[SetCounts]
    due_today: int
    reviews_today: int
    streak_days: int


def home_counts(
    store: Store, profile: Profile, now: datetime, zone: tzinfo | None = None
) -> HomeCounts:
    """Count what each set offers today, as a study session would serve it.

    Like Anki's deck list, new and due counts stop at what the learner's daily limits still
    allow (new questions a day, reviews a day), so counting never reads more than that.
    "Due" means due by the end of the study day.
    """
    today = day_start(now, zone)
    reviews_left = max(
        0, profile.max_reviews_per_day - store.count_reviews_of_started(profile.id, today)
    )
    new_left = max(0, profile.new_per_day - store.count_new_started(profile.id, today))
    rows = store.home_count_rows(profile.id, today + timedelta(days=1), reviews_left)
    sets = [SetCounts(set_id, min(new, new_left), due, total) for set_id, total, new, due in rows]
    return HomeCounts(
        sets=sets,
        due_today=min(sum(s.due for s in sets), reviews_left),
        reviews_today=store.count_reviews(profile.id, today),
        streak_days=streak_days(store, profile, today, zone),
    )
