"""A learner's progress: per set counts, streak and retention, and the figures of every chart."""

from __future__ import annotations

import enum
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, tzinfo

from quizapp.core.days import ROLLOVER_HOUR, day_start
from quizapp.core.model import Profile, SetId
from quizapp.core.storage import Store
from quizapp.core.storage.history import (
    due_counts,
    first_review,
    mastery_counts,
    review_counts,
    review_days,
)
from quizapp.core.storage.records import to_ms
from quizapp.core.storage.reviews import SetProgress

RETENTION_WINDOW = timedelta(days=30)
"""Retention and review counts look back this far."""
STREAK_LIMIT_DAYS = 366
_STREAK_FIRST_BATCH = 8  # days looked up first: most streaks end within a week


@dataclass(frozen=True)
class Activity:
    """How a learner's studying goes: today, in a row, and over the last 30 days."""

    reviews_today: int
    streak_days: int
    reviews_30_days: int
    retention_30_days: float | None


@dataclass(frozen=True)
class Progress(Activity):
    """A learner's progress over every set, and their activity."""

    sets: list[SetProgress]

    def for_set(self, set_id: SetId) -> SetProgress:
        """Return the progress of one set."""
        return next(p for p in self.sets if p.set_id == set_id)


def progress(store: Store, profile: Profile, now: datetime, zone: tzinfo | None = None) -> Progress:
    """Compute a learner's progress at ``now``; "due" means due by the end of today."""
    today = day_start(now, zone, profile.day_start_hour)
    sets = store.reviews.set_progress(profile.id, today + timedelta(days=1))
    return Progress(**vars(activity(store, profile, now, zone)), sets=sets)


@dataclass(frozen=True)
class Today:
    """What the home screen shows: answers today, days in a row, and each set's progress."""

    reviews_today: int
    streak_days: int
    reviews_left: int
    """Reviews the learner may still make today (the daily limit): due ones beyond wait."""
    sets: list[SetProgress]


def today_figures(
    store: Store, profile: Profile, now: datetime, zone: tzinfo | None = None
) -> Today:
    """Compute the home screen's figures at ``now``.

    Each set's due questions are counted up to the reviews the learner may still make today
    (the daily limit), as Anki's deck list does, so the figures cost in proportion to the
    sets and that limit.
    """
    today = day_start(now, zone, profile.day_start_hour)
    done = store.reviews.count_of_started(profile.id, today)
    reviews_left = max(profile.max_reviews_per_day - done, 0)
    sets = store.reviews.set_progress(profile.id, today + timedelta(days=1), due_limit=reviews_left)
    today_start = day_start(now, zone)
    return Today(
        reviews_today=store.reviews.count(profile.id, today_start),
        streak_days=_streak(store, profile, today_start, zone),
        reviews_left=reviews_left,
        sets=sets,
    )


def activity(store: Store, profile: Profile, now: datetime, zone: tzinfo | None = None) -> Activity:
    """Compute the learner's reviews today, days in a row, and the last 30 days' figures."""
    today = day_start(now, zone)
    recalled, tested = store.reviews.recall_counts(profile.id, now - RETENTION_WINDOW)
    return Activity(
        reviews_today=store.reviews.count(profile.id, today),
        streak_days=_streak(store, profile, today, zone),
        reviews_30_days=store.reviews.count(profile.id, now - RETENTION_WINDOW),
        retention_30_days=recalled / tested if tested else None,
    )


def streak(store: Store, profile: Profile, now: datetime, zone: tzinfo | None = None) -> int:
    """Return how many study days in a row the learner has answered questions, up to ``now``."""
    return _streak(store, profile, day_start(now, zone), zone)


def _streak(store: Store, profile: Profile, today: datetime, zone: tzinfo | None) -> int:
    """Count study days in a row up to today (or up to yesterday, if today has none yet).

    Days are looked up a batch at a time in one statement (a week first, then the rest of
    the year), so a long streak costs a few queries, not one per day; like the rest of the
    page, it looks back at most a year.
    """
    starts = [today]
    count = 0
    for batch in (_STREAK_FIRST_BATCH, STREAK_LIMIT_DAYS + 2):
        while len(starts) < batch:
            starts.append(_previous_day(starts[-1], zone, profile.day_start_hour))
        studied = store.reviews.days_with_reviews(
            profile.id, [(start, start + timedelta(days=1)) for start in starts]
        )
        days = studied if studied[0] else studied[1:]  # today may have none yet
        count = next((index for index, done in enumerate(days) if not done), len(days))
        if count < len(days):
            break
    return min(count, STREAK_LIMIT_DAYS + 1)


def _previous_day(start: datetime, zone: tzinfo | None, hour: int) -> datetime:
    """Return the start of the study day before the one starting at ``start``."""
    return day_start(start - timedelta(hours=12), zone, hour)


# -- the statistics charts --------------------------------------------------------------------


class Period(enum.StrEnum):
    """How far back the charts look."""

    MONTH = "month"
    YEAR = "year"
    ALL = "all"


PERIOD_DAYS = {Period.MONTH: 30, Period.YEAR: 365}
FORECAST_DAYS = 30
CALENDAR_DAYS = 365


@dataclass(frozen=True)
class DayReviews:
    """The answers of one study day, by the state the question was in before the answer."""

    day: date
    new: int = 0
    learning: int = 0
    review: int = 0
    relearning: int = 0
    time_ms: int = 0

    @property
    def total(self) -> int:
        """Return the number of answers given that day."""
        return self.new + self.learning + self.review + self.relearning


@dataclass(frozen=True)
class WeekRetention:
    """How many due reviews of one week (Monday to Sunday) were recalled."""

    week_start: date
    recalled: int
    tested: int

    @property
    def retention(self) -> float | None:
        """Return the share recalled, or None in a week without due reviews."""
        return self.recalled / self.tested if self.tested else None


@dataclass(frozen=True)
class Mastery:
    """How many questions of a set or a topic are new, being learned, or mastered."""

    set_id: SetId
    name: str  # the set's title, or the topic ("" for questions without a topic)
    new: int
    learning: int
    mastered: int
    due: int = 0  # due by the end of today

    @property
    def total(self) -> int:
        """Return the number of questions."""
        return self.new + self.learning + self.mastered

    @property
    def mastered_share(self) -> float:
        """Return the share of questions mastered (0 for an empty group)."""
        return self.mastered / self.total if self.total else 0.0


@dataclass(frozen=True)
class ExamScore:
    """A finished exam: the study day it was taken and its score from 0 to 1."""

    day: date
    score: float


@dataclass(frozen=True)
class Statistics:
    """Every figure the Progress page charts, for one learner, period and choice of sets."""

    today: date
    days: tuple[DayReviews, ...]  # every day of the period, oldest first
    forecast: tuple[int, ...]  # questions due per day from today; today includes overdue ones
    calendar: tuple[int, ...]  # reviews per day of the last 365 days, ending today
    streak_days: int
    weeks: tuple[WeekRetention, ...]  # every week of the period, oldest first
    desired_retention: float
    sets: tuple[Mastery, ...]  # in set order
    topics: tuple[Mastery, ...]  # weakest (smallest share mastered) first
    exams: tuple[ExamScore, ...]  # oldest first

    @property
    def has_history(self) -> bool:
        """Return whether the learner has answered anything yet (else show an empty state)."""
        return any(self.calendar) or bool(self.exams) or any(day.total for day in self.days)


def statistics(
    store: Store,
    profile: Profile,
    now: datetime,
    period: Period = Period.MONTH,
    set_ids: Iterable[SetId] | None = None,
    language: str = "en",
    zone: tzinfo | None = None,
) -> Statistics:
    """Compute the learner's chart figures, with days in their time zone.

    Args:
        store: the database.
        profile: the learner.
        now: the moment the figures are for; its study day is "today".
        period: how far back the reviews, retention and exams charts look.
        set_ids: count only these sets; None counts every enabled set.
        language: the language of set titles and topics.
        zone: the learner's time zone; None means the computer's.
    """
    chosen = None if set_ids is None else list(set_ids)
    today = day_start(now, zone).date()
    if period is Period.ALL:
        first_at = first_review(store, profile.id)
        first = day_start(first_at, zone).date() if first_at is not None else today
        first = min(first, today)
    else:
        first = today - timedelta(days=PERIOD_DAYS[period] - 1)
    calendar_first = today - timedelta(days=CALENDAR_DAYS - 1)
    reviewed = _review_days(store, profile, first, today, chosen, zone)
    days = tuple(reviewed.values())
    if first <= calendar_first:
        calendar = tuple(reviewed[d].total for d in _dates(calendar_first, today))
    else:
        calendar = _calendar(store, profile, calendar_first, today, chosen, zone)
    due_by = to_ms(_start_of(today + timedelta(days=1), zone))
    groups = _mastery_groups(store, profile, chosen, language, due_by)
    return Statistics(
        today=today,
        days=days,
        forecast=_forecast(store, profile, today, chosen, zone),
        calendar=calendar,
        streak_days=_calendar_streak(calendar),
        weeks=_weeks(reviewed.recall, first, today),
        desired_retention=profile.desired_retention,
        sets=_set_mastery(store, groups, language),
        topics=tuple(sorted(groups, key=weakest_first)),
        exams=_exams(store, profile, first, chosen, zone),
    )


class _Reviewed(dict[date, DayReviews]):
    """Reviews per day in day order, with (recalled, tested) per day beside them."""

    def __init__(self) -> None:
        super().__init__()
        self.recall: dict[date, tuple[int, int]] = {}


def _review_days(
    store: Store,
    profile: Profile,
    first: date,
    last: date,
    set_ids: list[SetId] | None,
    zone: tzinfo | None,
) -> _Reviewed:
    reviewed = _Reviewed()
    rows = review_days(store, profile.id, _bounds(first, last, zone), set_ids)
    for day, (new, learning, review, relearning, time_ms, recalled, tested) in zip(
        _dates(first, last), rows, strict=True
    ):
        reviewed[day] = DayReviews(day, new, learning, review, relearning, time_ms)
        reviewed.recall[day] = (recalled, tested)
    return reviewed


def _calendar(
    store: Store,
    profile: Profile,
    first: date,
    last: date,
    set_ids: list[SetId] | None,
    zone: tzinfo | None,
) -> tuple[int, ...]:
    """Return the number of reviews on each day from ``first`` to ``last``."""
    return tuple(review_counts(store, profile.id, _bounds(first, last, zone), set_ids))


def _forecast(
    store: Store, profile: Profile, today: date, set_ids: list[SetId] | None, zone: tzinfo | None
) -> tuple[int, ...]:
    """Return the questions due on each of the next days; today's count includes overdue ones."""
    bounds = _bounds(today, today + timedelta(days=FORECAST_DAYS - 1), zone)
    return tuple(due_counts(store, profile.id, [0, *bounds[1:]], set_ids))


def _calendar_streak(calendar: tuple[int, ...]) -> int:
    """Count study days in a row up to today (or yesterday, if today has none yet)."""
    totals = list(calendar)
    if totals and not totals[-1]:
        totals.pop()
    count = 0
    while count < len(totals) and totals[-1 - count]:
        count += 1
    return count


def _weeks(
    recall: dict[date, tuple[int, int]], first: date, today: date
) -> tuple[WeekRetention, ...]:
    week = first - timedelta(days=first.weekday())
    weeks = []
    while week <= today:
        days = [recall.get(week + timedelta(days=i), (0, 0)) for i in range(7)]
        weeks.append(WeekRetention(week, sum(r for r, _ in days), sum(t for _, t in days)))
        week += timedelta(days=7)
    return tuple(weeks)


def _mastery_groups(
    store: Store, profile: Profile, set_ids: list[SetId] | None, language: str, due_by: int
) -> list[Mastery]:
    """Return the mastery of every set and topic, one entry per set and topic."""
    groups: dict[tuple[SetId, str], list[int]] = {}
    for counts in mastery_counts(store, profile.id, due_by, set_ids):
        # A topic not translated into ``language`` shows in another of its languages.
        topic = counts.topic.get(language) or next(iter(counts.topic.values()), "")
        figures = groups.setdefault((counts.set_id, topic), [0, 0, 0, 0])
        for index, value in enumerate((counts.new, counts.learning, counts.mastered, counts.due)):
            figures[index] += value
    return [Mastery(set_id, topic, *figures) for (set_id, topic), figures in groups.items()]


def _set_mastery(store: Store, groups: list[Mastery], language: str) -> tuple[Mastery, ...]:
    """Add up the topics of each set."""
    titles = {s.id: s.title.get(language) for s in store.questions.sets()}
    sets: dict[SetId, list[int]] = {}
    for group in groups:
        figures = sets.setdefault(group.set_id, [0, 0, 0, 0])
        for index, value in enumerate((group.new, group.learning, group.mastered, group.due)):
            figures[index] += value
    return tuple(Mastery(s, titles.get(s, s), *figures) for s, figures in sets.items())


def weakest_first(group: Mastery) -> tuple[float, float, bool, str]:
    """Sort key: least mastered first; among equals, the least started, then by name.

    Questions without a topic come after the named topics they tie with.
    """
    started = (group.learning + group.mastered) / group.total if group.total else 0.0
    return group.mastered_share, started, not group.name, group.name.casefold()


def _exams(
    store: Store,
    profile: Profile,
    first: date,
    set_ids: list[SetId] | None,
    zone: tzinfo | None,
) -> tuple[ExamScore, ...]:
    exams = []
    for exam in reversed(store.exams.finished(profile.id)):
        day = day_start(exam.started_at, zone).date()
        in_sets = set_ids is None or set(exam.set_ids) & set(set_ids)
        if day >= first and in_sets:
            exams.append(ExamScore(day, exam.score))
    return tuple(exams)


def _bounds(first: date, last: date, zone: tzinfo | None) -> list[int]:
    """Return the moments (Unix ms) the days from ``first`` to ``last`` start, then the end."""
    return [to_ms(_start_of(day, zone)) for day in _dates(first, last + timedelta(days=1))]


def _start_of(day: date, zone: tzinfo | None) -> datetime:
    """Return the moment the study day ``day`` starts, in the learner's time zone."""
    local = datetime.combine(day, time(ROLLOVER_HOUR))
    return local.astimezone() if zone is None else local.replace(tzinfo=zone)


def _dates(first: date, last: date) -> list[date]:
    return [first + timedelta(days=i) for i in range((last - first).days + 1)]
