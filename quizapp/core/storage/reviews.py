"""Reviews and the schedule: learners' cards and answers, and the figures drawn from them."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from quizapp.core.errors import ProfileDeletedError
from quizapp.core.model import Profile, ProfileId, Question, QuestionId, Rating, SetId
from quizapp.core.scheduler import MASTERED_STABILITY_DAYS, CardStage, CardState
from quizapp.core.storage.part import StorePart, immediate, set_filter
from quizapp.core.storage.questions import read_question
from quizapp.core.storage.records import card_from_row, card_to_row, from_ms, to_ms

IN_REVIEW = int(CardStage.REVIEW)
"""The stored ``cards.state`` (and ``reviews.previous_state``) of a question in review."""


_SAVE_REVIEW = """INSERT INTO reviews (profile_id, question_id, reviewed_at, rating,
    duration_ms, previous_state, previous_card, response) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"""
_CARD_COLUMNS = ("state", "step", "stability", "difficulty", "due_at", "last_review_at")
_SAVE_CARD = f"""INSERT INTO cards (profile_id, question_id, {", ".join(_CARD_COLUMNS)})
    VALUES (:profile_id, :question_id, {", ".join(f":{c}" for c in _CARD_COLUMNS)})
    ON CONFLICT (profile_id, question_id) DO UPDATE SET
    {", ".join(f"{c} = excluded.{c}" for c in _CARD_COLUMNS)}"""
"""Save a learner's state of a question: an upsert changes the row in place (REPLACE would
delete and re-insert it). Named values, so every column of ``card_to_row`` must be given."""
_LEARNERS_CARD = f"""SELECT {", ".join(f"c.{c}" for c in _CARD_COLUMNS)}
    FROM profiles p LEFT JOIN cards c ON c.profile_id = p.id AND c.question_id = ?
    WHERE p.id = ?"""
"""Read a learner's state of a question, and whether the learner still exists, at once: no
row for a deleted learner, a row of NULLs for a question still new."""


def mastered_sql(card: str) -> str:
    """Return the SQL test of whether the card row named ``card`` is mastered.

    The app's one definition of "mastered" (the counts of home, progress and reports use it):
    in review, with a stability of at least :data:`MASTERED_STABILITY_DAYS`.
    """
    return f"({card}.state = {IN_REVIEW} AND {card}.stability >= {MASTERED_STABILITY_DAYS})"


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
class QuestionFigures:
    """A learner's figures for one active question.

    ``recalled`` and ``tested`` count reviews of it since a moment, made while it was in
    review (as :meth:`ReviewStore.recall_counts` does); ``time_ms`` is the time spent on all
    of its reviews.
    """

    question: Question
    seen: bool
    mastered: bool
    reviews: int
    lapses: int
    recalled: int
    tested: int
    time_ms: int


class ReviewStore(StorePart):
    """Each learner's scheduling state per question and the log of their answers."""

    def card(self, profile_id: ProfileId, question_id: QuestionId) -> CardState | None:
        """Return the learner's state for a question, or None while it is new."""
        cursor = self.db.execute(
            "SELECT * FROM cards WHERE profile_id = ? AND question_id = ?",
            [profile_id, question_id],
        )
        row = cursor.fetchone()  # read on every answer: plain execute, no row generator
        if row is None:
            return None
        return card_from_row(dict(zip((c[0] for c in cursor.description), row, strict=True)))

    def due_ids(
        self,
        profile_id: ProfileId,
        set_ids: Iterable[SetId] | None,
        until: datetime,
        limit: int,
        reviews_until: datetime | None = None,
    ) -> list[QuestionId]:
        """Return questions due by ``until``, the most overdue first.

        Args:
            profile_id: The learner.
            set_ids: Some sets, or None for all.
            until: Questions due by then count (learning steps are due to the minute).
            limit: At most this many.
            reviews_until: Questions in the review stage (spaced by days) due by then count
                too: those due later today are asked today, as their due counts promise.
        """
        rows = self._due("c.question_id", profile_id, set_ids, until, reviews_until, None, limit)
        return [QuestionId(row[0]) for row in rows]

    def next_due(
        self,
        profile_id: ProfileId,
        set_ids: Iterable[SetId] | None,
        until: datetime,
        reviews_until: datetime | None = None,
        skip: QuestionId | None = None,
    ) -> Question | None:
        """Return the most overdue question (as :meth:`due_ids` orders them), or None.

        The question and its record are read in the same statement that finds it. The one
        after it is read too and left: once this one is answered, that one is usually next,
        and its pages are then in SQLite's cache (a third of the next look-up's time at
        100,000 questions, issue 15).

        Args:
            profile_id: The learner.
            set_ids: Some sets, or None for all.
            until: As :meth:`due_ids`.
            reviews_until: As :meth:`due_ids`.
            skip: A question not to return (the one just answered), or None.
        """
        rows = self._due(
            "q.id, q.set_id, q.content", profile_id, set_ids, until, reviews_until, skip, 2
        ).fetchall()
        return read_question(*rows[0]) if rows else None

    def _due(
        self,
        columns: str,
        profile_id: ProfileId,
        set_ids: Iterable[SetId] | None,
        until: datetime,
        reviews_until: datetime | None,
        skip: QuestionId | None,
        limit: int,
    ) -> sqlite3.Cursor:
        """Select ``columns`` of the due questions, most overdue first (see :meth:`due_ids`)."""
        where, params = set_filter(set_ids)
        review_cutoff = to_ms(max(until, reviews_until or until))
        return self.db.execute(
            f"""SELECT {columns} FROM cards c
                JOIN questions q ON q.id = c.question_id
                JOIN question_sets s ON s.id = q.set_id
                WHERE c.profile_id = ?
                AND (c.due_at <= ? OR (c.state = {IN_REVIEW} AND c.due_at < ?))
                AND q.retired = 0 AND s.enabled = 1 AND c.question_id IS NOT ?
                {where} ORDER BY c.due_at LIMIT ?""",
            [profile_id, to_ms(until), review_cutoff, skip, *params, limit],
        )

    def new_ids(
        self, profile_id: ProfileId, set_ids: Iterable[SetId] | None, limit: int
    ) -> list[QuestionId]:
        """Return questions the learner has never answered, easiest first."""
        where, params = set_filter(set_ids)
        rows = self.db.execute(
            f"""SELECT q.id FROM questions q JOIN question_sets s ON s.id = q.set_id
                WHERE q.retired = 0 AND s.enabled = 1 {where}
                AND NOT EXISTS (SELECT 1 FROM cards c
                                WHERE c.profile_id = ? AND c.question_id = q.id)
                ORDER BY q.difficulty, s.position, q.position LIMIT ?""",
            [*params, profile_id, limit],
        )
        return [QuestionId(row[0]) for row in rows]

    def count_of_started(self, profile_id: ProfileId, since: datetime) -> int:
        """Return how many answers since ``since`` were to questions already started before."""
        row = self.db.execute(
            """SELECT COUNT(*) FROM reviews
               WHERE profile_id = ? AND reviewed_at >= ? AND previous_card IS NOT NULL""",
            [profile_id, to_ms(since)],
        ).fetchone()
        return int(row[0])

    def count_new_started(self, profile_id: ProfileId, since: datetime) -> int:
        """Return how many new questions the learner first answered since ``since``."""
        row = self.db.execute(
            """SELECT COUNT(DISTINCT question_id) FROM reviews
               WHERE profile_id = ? AND reviewed_at >= ? AND previous_card IS NULL""",
            [profile_id, to_ms(since)],
        ).fetchone()
        return int(row[0])

    def answer(
        self,
        profile: Profile,
        question_id: QuestionId,
        rating: Rating,
        at: datetime,
        next_card: Callable[[CardState | None], CardState],
        duration_ms: int | None = None,
        response: Any = None,
    ) -> tuple[int, CardState, CardState | None]:
        """Read a question's state, and save an answer with its new state, in one transaction.

        The write lock is taken before the card is read, so two windows answering the same
        question one after the other never both start from the same old state. The same
        statement that reads the card checks that the learner still exists.

        Args:
            profile: the learner.
            question_id: the question answered.
            rating: the rating given.
            at: the moment of the answer.
            next_card: gives the new state from the state read (None while new).
            duration_ms: how long the learner took.
            response: what the learner answered (JSON-ready).

        Returns:
            The id of the review row (for undo), the new state and the state before.

        Raises:
            ProfileDeletedError: the learner was deleted (in another window); nothing saved.
        """
        with immediate(self.db):
            row = self.db.conn.execute(_LEARNERS_CARD, [question_id, profile.id]).fetchone()
            if row is None:
                raise ProfileDeletedError(profile.name)
            previous = None
            if row[0] is not None:  # the state column: NULL while the question is new
                previous = card_from_row(dict(zip(_CARD_COLUMNS, row, strict=True)))
            new_card = next_card(previous)
            review_id = self._save(
                profile.id, question_id, rating, at, new_card, previous, duration_ms, response
            )
        return review_id, new_card, previous

    def record(
        self,
        profile_id: ProfileId,
        question_id: QuestionId,
        rating: Rating,
        at: datetime,
        new_card: CardState,
        previous_card: CardState | None,
        duration_ms: int | None = None,
        response: Any = None,
    ) -> int:
        """Save an answer and the question's new state in one durable transaction.

        Study goes through :meth:`answer`, which reads the state before in the same
        transaction; this is for callers that already hold it (tests, imports of history).

        Returns:
            The id of the review row, for undo.
        """
        with immediate(self.db):
            return self._save(
                profile_id, question_id, rating, at, new_card, previous_card, duration_ms, response
            )

    def _save(
        self,
        profile_id: ProfileId,
        question_id: QuestionId,
        rating: Rating,
        at: datetime,
        new_card: CardState,
        previous_card: CardState | None,
        duration_ms: int | None,
        response: Any,
    ) -> int:
        """Write an answer and the new state; the caller holds the write transaction."""
        cursor = self.db.conn.execute(
            _SAVE_REVIEW,
            [
                profile_id,
                question_id,
                to_ms(at),
                int(rating),
                duration_ms,
                int(previous_card.stage) if previous_card else None,
                json.dumps(card_to_row(previous_card)) if previous_card else None,
                json_or_none(response),
            ],
        )
        self.db.conn.execute(
            _SAVE_CARD,
            {"profile_id": profile_id, "question_id": question_id, **card_to_row(new_card)},
        )
        assert cursor.lastrowid is not None
        return cursor.lastrowid

    def undo(self, review_id: int) -> QuestionId:
        """Delete a review and put its question back in the state it had before.

        Raises:
            KeyError: no such review (already undone).
        """
        with immediate(self.db):
            row = self.db.execute(
                "SELECT profile_id, question_id, previous_card FROM reviews WHERE id = ?",
                [review_id],
            ).fetchone()
            if row is None:
                raise KeyError(review_id)
            profile_id, question_id, previous = row
            self.db.execute("DELETE FROM reviews WHERE id = ?", [review_id])
            if previous is None:
                self.db.execute(
                    "DELETE FROM cards WHERE profile_id = ? AND question_id = ?",
                    [profile_id, question_id],
                )
            else:
                card = json.loads(previous)
                self.db.execute(
                    f"""UPDATE cards SET {", ".join(f"{k} = ?" for k in card)}
                        WHERE profile_id = ? AND question_id = ?""",
                    [*card.values(), profile_id, question_id],
                )
        return QuestionId(question_id)

    def count(self, profile_id: ProfileId, since: datetime) -> int:
        """Return how many reviews the learner made since ``since``."""
        row = self.db.execute(
            "SELECT COUNT(*) FROM reviews WHERE profile_id = ? AND reviewed_at >= ?",
            [profile_id, to_ms(since)],
        ).fetchone()
        return int(row[0])

    def days_with_reviews(
        self, profile_id: ProfileId, days: Sequence[tuple[datetime, datetime]]
    ) -> list[bool]:
        """Return, for each (start, end) given, whether the learner reviewed from start to end.

        One statement for all of them: an indexed look-up each.
        """
        bounds = json.dumps([[to_ms(start), to_ms(end)] for start, end in days])
        rows = self.db.execute(
            """SELECT EXISTS (SELECT 1 FROM reviews WHERE profile_id = ?
                 AND reviewed_at >= json_extract(day.value, '$[0]')
                 AND reviewed_at < json_extract(day.value, '$[1]'))
               FROM json_each(?) AS day ORDER BY day.key""",
            [profile_id, bounds],
        )
        return [bool(row[0]) for row in rows]

    def recall_counts(self, profile_id: ProfileId, since: datetime) -> tuple[int, int]:
        """Return (recalled, tested) for reviews of learned questions since ``since``."""
        row = self.db.execute(
            f"""SELECT SUM(rating > {Rating.AGAIN}), COUNT(*) FROM reviews
               WHERE profile_id = ? AND reviewed_at >= ? AND previous_state = {IN_REVIEW}""",
            [profile_id, to_ms(since)],
        ).fetchone()
        return int(row[0] or 0), int(row[1])

    def answer_log(self, profile_id: ProfileId) -> list[tuple[QuestionId, datetime, Rating, bool]]:
        """Return a learner's scheduled answers by question, then time.

        Each is (question, when, rating, whether the learner marked it a guess).
        """
        rows = self.db.execute(
            """SELECT question_id, reviewed_at, rating,
                      coalesce(json_extract(response, '$.guessed'), 0)
               FROM reviews WHERE profile_id = ? ORDER BY question_id, reviewed_at""",
            [profile_id],
        ).fetchall()
        return [(QuestionId(q), from_ms(at), Rating(r), bool(g)) for q, at, r, g in rows]

    def set_progress(
        self, profile_id: ProfileId, due_by: datetime, due_limit: int | None = None
    ) -> list[SetProgress]:
        """Return per enabled set: total, new, learning, mastered and due question counts.

        The totals come from the tallies the database keeps per set (see the migration
        ``1500_speed_set_tallies``), so this costs in proportion to the sets and what is due.

        Args:
            profile_id: The learner.
            due_by: Questions due by then count as due.
            due_limit: Count each set's due questions only up to this many (a daily limit),
                as Anki's deck list does; None counts them all.
        """
        rows = self.db.execute(
            """SELECT s.id, coalesce(z.questions, 0), coalesce(t.started, 0),
                 coalesce(t.mastered, 0)
               FROM question_sets s
               LEFT JOIN set_sizes z ON z.set_id = s.id
               LEFT JOIN set_tallies t ON t.set_id = s.id AND t.profile_id = ?
               WHERE s.enabled = 1 ORDER BY s.position, s.id""",
            [profile_id],
        ).fetchall()
        started_by_set = {SetId(row[0]): row[2] for row in rows}
        due = self._due_by_set(started_by_set, profile_id, due_by, due_limit)
        return [
            SetProgress(
                SetId(set_id), total, total - started, started - mastered, mastered, due[set_id]
            )
            for set_id, total, started, mastered in rows
        ]

    def _due_by_set(
        self,
        started_by_set: dict[SetId, int],
        profile_id: ProfileId,
        due_by: datetime,
        limit: int | None,
    ) -> dict[SetId, int]:
        """Count the questions due by ``due_by`` in each set, each up to ``limit``.

        The due cards are read in order of their index, and the reading stops once every
        set is settled: it has reached the limit, or all its started questions (its due ones
        are among them) are counted. A set no one started is settled at once, so a few large
        sets with many due questions cost no more than their limits.
        """
        counts = dict.fromkeys(started_by_set, 0)
        if limit == 0:
            return counts
        most = {
            set_id: started if limit is None else min(started, limit)
            for set_id, started in started_by_set.items()
        }
        unsettled = sum(1 for bound in most.values() if bound > 0)
        if not unsettled:
            return counts
        rows = self.db.execute(
            """SELECT q.set_id FROM cards c JOIN questions q ON q.id = c.question_id
               WHERE c.profile_id = ? AND c.due_at <= ? AND q.retired = 0""",
            [profile_id, to_ms(due_by)],
        )
        for (set_id,) in rows:
            count = counts.get(set_id)
            if count is None or count == most[set_id]:
                continue
            counts[set_id] = count + 1
            if count + 1 == most[set_id]:
                unsettled -= 1
                if not unsettled:
                    break
        return counts

    def question_figures(self, profile_id: ProfileId, since: datetime) -> list[QuestionFigures]:
        """Return the learner's figures for every active question, in set and file order.

        Args:
            profile_id: the learner.
            since: ``recalled`` and ``tested`` count the reviews from then on.
        """
        rows = self.db.execute(
            f"""SELECT q.id, q.set_id, q.content,
                 c.question_id IS NOT NULL, COALESCE({mastered_sql("c")}, 0),
                 COUNT(r.id),
                 COALESCE(SUM(r.rating = {Rating.AGAIN}), 0),
                 COALESCE(SUM(r.reviewed_at >= :since AND r.previous_state = {IN_REVIEW}
                              AND r.rating > {Rating.AGAIN}), 0),
                 COALESCE(SUM(r.reviewed_at >= :since AND r.previous_state = {IN_REVIEW}), 0),
                 COALESCE(SUM(r.duration_ms), 0)
               FROM questions q
               JOIN question_sets s ON s.id = q.set_id
               LEFT JOIN cards c ON c.question_id = q.id AND c.profile_id = :profile
               LEFT JOIN reviews r ON r.question_id = q.id AND r.profile_id = :profile
               WHERE q.retired = 0 AND s.enabled = 1
               GROUP BY q.id ORDER BY s.position, q.position""",
            {"since": to_ms(since), "profile": profile_id},
        )
        return [
            QuestionFigures(
                read_question(question_id, set_id, content),
                bool(seen),
                bool(mastered),
                *figures,
            )
            for question_id, set_id, content, seen, mastered, *figures in rows
        ]


def json_or_none(value: Any) -> str | None:
    """Return a learner's response as the JSON stored with an answer (None stays NULL)."""
    return json.dumps(value, ensure_ascii=False) if value is not None else None
