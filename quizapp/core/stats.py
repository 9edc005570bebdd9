"""A learner's progress: per set counts, today's reviews, streak, and recent retention."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta, tzinfo

from quizapp.core.days import day_start
from quizapp.core.model import Profile, SetId
from quizapp.core.scheduler import MASTERED_STABILITY_DAYS
from quizapp.core.storage import Store
from quizapp.core.storage.records import from_ms

RETENTION_WINDOW = timedelta(days=30)


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
    times = store.review_times(profile.id, today - timedelta(days=366))
    days = {day_start(from_ms(ms), zone).date() for ms in times}
    recalled, tested = store.recall_counts(profile.id, now - RETENTION_WINDOW)
    return Progress(
        sets=sets,
        reviews_today=sum(from_ms(ms) >= today for ms in times),
        streak_days=_streak(days, today.date()),
        reviews_30_days=sum(from_ms(ms) >= now - RETENTION_WINDOW for ms in times),
        retention_30_days=recalled / tested if tested else None,
    )


def _streak(days: set[date], today: date) -> int:
    """Count study days in a row up to today (or up to yesterday, if today has none yet)."""
    day = today if today in days else today - timedelta(days=1)
    count = 0
    while day in days:
        count += 1
        day -= timedelta(days=1)
    return count
