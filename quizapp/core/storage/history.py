"""Grouped read-only queries over a learner's review log and cards, for the statistics charts.

Days are counted in SQL: a moment ``t`` (Unix ms) falls in local study day
``(t + offset_ms - rollover_ms) // DAY_MS`` for a stretch of time with one UTC offset; the
caller splits a period where the learner's offset changes (daylight saving time).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from quizapp.core.model import ProfileId, SetId
from quizapp.core.storage.database import Store, _set_filter

DAY_MS = 86_400_000


def _question_filter(column: str, set_ids: Iterable[SetId] | None) -> tuple[str, list[Any]]:
    """Return an SQL condition keeping rows whose question is in ``set_ids`` (all if None)."""
    if set_ids is None:
        return "", []
    ids = list(set_ids)
    marks = ", ".join("?" * len(ids))
    return f"AND {column} IN (SELECT id FROM questions WHERE set_id IN ({marks}))", ids


def review_days(
    store: Store,
    profile_id: ProfileId,
    start_ms: int,
    end_ms: int,
    shift_ms: int,
    set_ids: Iterable[SetId] | None,
) -> list[tuple[int, ...]]:
    """Return per local day with reviews from ``start_ms`` up to ``end_ms``, its figures.

    Each row is (day number, new, learning, review, relearning, time in ms, recalled, tested):
    the kind is the question's state before the answer; ``recalled`` and ``tested`` count
    answers to questions in review (due reviews), as true retention does.

    Args:
        store: the database.
        profile_id: the learner.
        start_ms: the first moment counted (Unix ms).
        end_ms: the moment counting stops (not included).
        shift_ms: the UTC offset minus the day's rollover hour, in ms.
        set_ids: count only questions of these sets; None counts all.
    """
    where, params = _question_filter("question_id", set_ids)
    return [
        tuple(row)
        for row in store.db.execute(
            f"""SELECT (reviewed_at + ?) / {DAY_MS} AS day,
                 COUNT(*) FILTER (WHERE previous_state IS NULL),
                 COUNT(*) FILTER (WHERE previous_state = 1),
                 COUNT(*) FILTER (WHERE previous_state = 2),
                 COUNT(*) FILTER (WHERE previous_state = 3),
                 COALESCE(SUM(duration_ms), 0),
                 COUNT(*) FILTER (WHERE previous_state = 2 AND rating > 1),
                 COUNT(*) FILTER (WHERE previous_state = 2)
               FROM reviews WHERE profile_id = ? AND reviewed_at >= ? AND reviewed_at < ? {where}
               GROUP BY day""",
            [shift_ms, profile_id, start_ms, end_ms, *params],
        )
    ]


def review_counts(
    store: Store,
    profile_id: ProfileId,
    start_ms: int,
    end_ms: int,
    shift_ms: int,
    set_ids: Iterable[SetId] | None,
) -> list[tuple[int, int]]:
    """Return (local day number, reviews) per day with reviews; arguments as :func:`review_days`.

    Without a choice of sets it reads only the review log's time index, so a year of a heavy
    learner's reviews costs a fraction of :func:`review_days`.
    """
    where, params = _question_filter("question_id", set_ids)
    return [
        (int(day), int(count))
        for day, count in store.db.execute(
            f"""SELECT (reviewed_at + ?) / {DAY_MS} AS day, COUNT(*) FROM reviews
               WHERE profile_id = ? AND reviewed_at >= ? AND reviewed_at < ? {where}
               GROUP BY day""",
            [shift_ms, profile_id, start_ms, end_ms, *params],
        )
    ]


def first_review_ms(store: Store, profile_id: ProfileId) -> int | None:
    """Return when the learner's first review was made (Unix ms), or None."""
    row = store.db.execute(
        "SELECT MIN(reviewed_at) FROM reviews WHERE profile_id = ?", [profile_id]
    ).fetchone()
    return None if row[0] is None else int(row[0])


def due_days(
    store: Store,
    profile_id: ProfileId,
    start_ms: int,
    end_ms: int,
    shift_ms: int,
    set_ids: Iterable[SetId] | None,
) -> list[tuple[int, int]]:
    """Return (local day number, questions due) for cards due from ``start_ms`` to ``end_ms``."""
    where, params = _question_filter("question_id", set_ids)
    return [
        (int(day), int(count))
        for day, count in store.db.execute(
            f"""SELECT (due_at + ?) / {DAY_MS} AS day, COUNT(*) FROM cards
               WHERE profile_id = ? AND due_at >= ? AND due_at < ? {where} GROUP BY day""",
            [shift_ms, profile_id, start_ms, end_ms, *params],
        )
    ]


def mastery_rows(
    store: Store,
    profile_id: ProfileId,
    mastered_stability: float,
    set_ids: Iterable[SetId] | None,
) -> list[dict[str, Any]]:
    """Return per enabled set and topic: its new, learning and mastered question counts.

    ``topic`` is the stored JSON of the topic's texts, None for questions without one.
    """
    where, params = _set_filter(set_ids)
    return list(
        store.db.query(
            f"""SELECT q.set_id, q.topic,
                 COUNT(*) - COUNT(c.question_id) AS new,
                 COALESCE(SUM(c.state = 2 AND c.stability >= ?), 0) AS mastered,
                 COALESCE(SUM(c.question_id IS NOT NULL
                     AND NOT (c.state = 2 AND c.stability >= ?)), 0) AS learning
               FROM questions q
               JOIN question_sets s ON s.id = q.set_id
               LEFT JOIN cards c ON c.question_id = q.id AND c.profile_id = ?
               WHERE q.retired = 0 AND s.enabled = 1 {where}
               GROUP BY q.set_id, q.topic ORDER BY s.position, s.id""",
            [mastered_stability, mastered_stability, profile_id, *params],
        )
    )
