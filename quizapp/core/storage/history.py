"""Read-only queries over a learner's review log and cards, day by day, for the charts.

The caller gives the moments each study day starts (Unix ms, in the learner's time zone, so a
day when clocks change is 23 or 25 hours long) and gets one row of figures per day. Each day
is one indexed range query: grouping a year of reviews by a computed day number in one
statement sorted every review in a temporary B-tree and took five times as long.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

import orjson

from quizapp.core.model import ProfileId, Rating, SetId
from quizapp.core.scheduler import CardStage
from quizapp.core.storage.database import Store
from quizapp.core.storage.records import from_ms
from quizapp.core.storage.reviews import IN_REVIEW, mastered_sql


@dataclass(frozen=True)
class TopicCounts:
    """How many of a learner's questions of one set and topic are new, learning, mastered, due."""

    set_id: SetId
    topic: Mapping[str, str]  # the topic in each of its languages; empty for no topic
    new: int
    learning: int
    mastered: int
    due: int


def _set_join(table: str, set_ids: Iterable[SetId] | None) -> tuple[str, list[Any]]:
    """Return a join keeping rows whose question is in ``set_ids`` (no join for all sets)."""
    if set_ids is None:
        return "", []
    ids = list(set_ids)
    marks = ", ".join("?" * len(ids))
    return f"JOIN questions q ON q.id = {table}.question_id AND q.set_id IN ({marks})", ids


def _per_day(store: Store, sql: str, bounds: Sequence[int], params: list[Any]) -> list[Any]:
    """Run ``sql`` for each day from ``bounds[i]`` up to ``bounds[i + 1]``; return its rows."""
    return [
        store.db.execute(sql, [*params, start, end]).fetchone()
        for start, end in zip(bounds, bounds[1:], strict=False)
    ]


def review_days(
    store: Store, profile_id: ProfileId, bounds: Sequence[int], set_ids: Iterable[SetId] | None
) -> list[tuple[int, ...]]:
    """Return the figures of each day's reviews.

    Each row is (new, learning, review, relearning, time in ms, recalled, tested): the kind is
    the question's state before the answer; ``recalled`` and ``tested`` count answers to
    questions in review (due reviews), as true retention does.

    Args:
        store: the database.
        profile_id: the learner.
        bounds: the moments the days start (Unix ms), then the moment the last one ends.
        set_ids: count only questions of these sets; None counts all.
    """
    join, params = _set_join("r", set_ids)
    sql = f"""SELECT COUNT(*) FILTER (WHERE previous_state IS NULL),
                 COUNT(*) FILTER (WHERE previous_state = {CardStage.LEARNING}),
                 COUNT(*) FILTER (WHERE previous_state = {IN_REVIEW}),
                 COUNT(*) FILTER (WHERE previous_state = {CardStage.RELEARNING}),
                 COALESCE(SUM(duration_ms), 0),
                 COUNT(*) FILTER (WHERE previous_state = {IN_REVIEW} AND rating > {Rating.AGAIN}),
                 COUNT(*) FILTER (WHERE previous_state = {IN_REVIEW})
               FROM reviews r {join}
               WHERE r.profile_id = ? AND r.reviewed_at >= ? AND r.reviewed_at < ?"""
    return [tuple(row) for row in _per_day(store, sql, bounds, [*params, profile_id])]


def review_counts(
    store: Store, profile_id: ProfileId, bounds: Sequence[int], set_ids: Iterable[SetId] | None
) -> list[int]:
    """Return the number of reviews of each day (arguments as :func:`review_days`).

    Without a choice of sets it reads only the review log's time index.
    """
    join, params = _set_join("r", set_ids)
    sql = f"""SELECT COUNT(*) FROM reviews r {join}
               WHERE r.profile_id = ? AND r.reviewed_at >= ? AND r.reviewed_at < ?"""
    return [int(row[0]) for row in _per_day(store, sql, bounds, [*params, profile_id])]


def due_counts(
    store: Store, profile_id: ProfileId, bounds: Sequence[int], set_ids: Iterable[SetId] | None
) -> list[int]:
    """Return the number of the learner's questions due in each day (arguments as above)."""
    join, params = _set_join("c", set_ids)
    sql = f"""SELECT COUNT(*) FROM cards c {join}
               WHERE c.profile_id = ? AND c.due_at >= ? AND c.due_at < ?"""
    return [int(row[0]) for row in _per_day(store, sql, bounds, [*params, profile_id])]


def first_review(store: Store, profile_id: ProfileId) -> datetime | None:
    """Return when the learner's first review was made, or None."""
    row = store.db.execute(
        "SELECT MIN(reviewed_at) FROM reviews WHERE profile_id = ?", [profile_id]
    ).fetchone()
    return None if row[0] is None else from_ms(row[0])


def mastery_counts(
    store: Store, profile_id: ProfileId, due_by_ms: int, set_ids: Iterable[SetId] | None
) -> list[TopicCounts]:
    """Return per enabled set and topic: its new, learning, mastered and due question counts.

    Two statements: one per set, reading each set's questions from the sets' index (no
    sorting), and one per topic over the questions that have one; a set's questions without
    a topic are the rest. Grouping every question by set and topic in one statement sorted
    them all in a temporary B-tree, a third slower at 100,000 questions; joining the sets
    table row by row, to keep the enabled sets, took another sixth.
    """
    chosen = None if set_ids is None else set(set_ids)
    ordered = [
        set_id
        for (set_id,) in store.db.execute(
            "SELECT id FROM question_sets WHERE enabled = 1 ORDER BY position, id"
        )
        if chosen is None or set_id in chosen
    ]
    figures = f"""COUNT(*) - COUNT(c.question_id),
             COALESCE(SUM(c.question_id IS NOT NULL AND NOT {mastered_sql("c")}), 0),
             COALESCE(SUM({mastered_sql("c")}), 0),
             COALESCE(SUM(c.due_at < ?), 0)
           FROM questions q {{}}
           LEFT JOIN cards c ON c.question_id = q.id AND c.profile_id = ?
           WHERE q.retired = 0"""
    sets = {
        set_id: totals
        for set_id, *totals in store.db.execute(
            f"SELECT q.set_id, {figures.format('')} "
            f"AND q.set_id IN ({', '.join('?' * len(ordered))}) GROUP BY q.set_id",
            [due_by_ms, profile_id, *ordered],
        )
    }
    topics: dict[str, list[TopicCounts]] = {}  # of every set: those not chosen are left out
    for set_id, topic, *counts in store.db.execute(
        # NOT INDEXED: the topic is read from every row, best in one pass over the table.
        f"SELECT q.set_id, q.topic, {figures.format('NOT INDEXED')} AND q.topic IS NOT NULL "
        "GROUP BY q.set_id, q.topic",
        [due_by_ms, profile_id],
    ):
        topics.setdefault(set_id, []).append(
            TopicCounts(SetId(set_id), orjson.loads(topic), *counts)
        )
    result = []
    for set_id in ordered:
        if set_id not in sets:  # a set without questions
            continue
        in_topics = topics.get(set_id, [])
        result.extend(in_topics)
        new, learning, mastered, due = (
            total - sum(getattr(t, name) for t in in_topics)
            for total, name in zip(
                sets[set_id], ("new", "learning", "mastered", "due"), strict=True
            )
        )
        if new or learning or mastered:  # the set's questions without a topic
            result.append(TopicCounts(SetId(set_id), {}, new, learning, mastered, due))
    return result
