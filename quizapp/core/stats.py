"""A learner's progress: per set counts, today's reviews, streak, and recent retention."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta, tzinfo

from quizapp.core.days import day_start
from quizapp.core.model import Profile, SetId
from quizapp.core.scheduler import MASTERED_STABILITY_DAYS
from quizapp.core.storage import Store

RETENTION_WINDOW = timedelta(days=30)
STREAK_LIMIT_DAYS = 366
_STREAK_FIRST_BATCH = 8  # days looked up first: most streaks end within a week


@dataclass(frozen=True)
class SetProgress:
    """How far a learner is in one set."""

    set_id: SetId
    total: int
    new: int
    learning: int
    mastered: int
    due: int


@dataclass(frozen=True)
class Progress:
    """A learner's progress over every set."""

    sets: list[SetProgress]
    reviews_today: int
    streak_days: int
    reviews_30_days: int
    retention_30_days: float | None

    def for_set(self, set_id: SetId) -> SetProgress:
        """Return the progress of one set."""
        return next(p for p in self.sets if p.set_id == set_id)


def progress(store: Store, profile: Profile, now: datetime, zone: tzinfo | None = None) -> Progress:
    """Compute a learner's progress at ``now``; "due" means due by the end of today."""
    today = day_start(now, zone)
    rows = store.set_progress_rows(profile.id, MASTERED_STABILITY_DAYS, today + timedelta(days=1))
    sets = [
        SetProgress(
            SetId(row["set_id"]),
            row["total"],
            row["new"],
            row["learning"] or 0,
            row["mastered"] or 0,
            row["due"] or 0,
        )
        for row in rows
    ]
    recalled, tested = store.recall_counts(profile.id, now - RETENTION_WINDOW)
    return Progress(
        sets=sets,
        reviews_today=store.count_reviews(profile.id, today),
        streak_days=streak_days(store, profile, today, zone),
        reviews_30_days=store.count_reviews(profile.id, now - RETENTION_WINDOW),
        retention_30_days=recalled / tested if tested else None,
    )


def streak_days(store: Store, profile: Profile, today: datetime, zone: tzinfo | None) -> int:
    """Count study days in a row up to today (or up to yesterday, if today has none yet).

    Days are looked up a batch at a time in one statement (a week first, then the rest of
    the year), so a long streak costs a few queries, not one per day; like the rest of the
    page, it looks back at most a year.
    """
    starts = [today]
    count = 0
    for batch in (_STREAK_FIRST_BATCH, STREAK_LIMIT_DAYS + 2):
        while len(starts) < batch:
            starts.append(_previous_day(starts[-1], zone))
        studied = store.days_with_reviews(
            profile.id, [(start, start + timedelta(days=1)) for start in starts]
        )
        days = studied if studied[0] else studied[1:]  # today may have none yet
        count = next((index for index, done in enumerate(days) if not done), len(days))
        if count < len(days):
            break
    return min(count, STREAK_LIMIT_DAYS + 1)


def _previous_day(start: datetime, zone: tzinfo | None) -> datetime:
    """Return the start of the study day before the one starting at ``start``."""
    return day_start(start - timedelta(hours=12), zone)
