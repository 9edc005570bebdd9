"""Practice and exams: answers that never touch the schedule, and the exams a learner sat."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from typing import Any, cast

from quizapp.core.model import ProfileId, QuestionId, Rating, SetId
from quizapp.core.storage.part import StorePart
from quizapp.core.storage.records import from_ms, to_ms
from quizapp.core.storage.reviews import json_or_none


@dataclass(frozen=True)
class FinishedExam:
    """An exam a learner finished: when, over which sets and questions, and the score."""

    id: int
    started_at: datetime
    finished_at: datetime
    set_ids: tuple[SetId, ...]
    question_ids: tuple[QuestionId, ...]
    time_limit_s: int | None
    score: float


class ExamStore(StorePart):
    """Practice answers, and exams with their answers; neither changes a schedule."""

    def record_practice(
        self,
        profile_id: ProfileId,
        question_id: QuestionId,
        rating: Rating,
        at: datetime,
        correct: bool | None,
        duration_ms: int | None,
        response: Any,
    ) -> int:
        """Save a practice answer; it changes no schedule and no review statistic."""
        with self.db.atomic():
            cursor = self.db.execute(
                """INSERT INTO practice_answers
                     (profile_id, question_id, answered_at, rating, correct, duration_ms, response)
                   VALUES (?, ?, ?, ?, ?, ?, ?)""",
                [
                    profile_id,
                    question_id,
                    to_ms(at),
                    int(rating),
                    correct,
                    duration_ms,
                    json_or_none(response),
                ],
            )
        return cast(int, cursor.lastrowid)

    def delete_practice(self, answer_id: int) -> None:
        """Delete a practice answer (undo)."""
        with self.db.atomic():
            self.db.execute("DELETE FROM practice_answers WHERE id = ?", [answer_id])

    def start(
        self,
        profile_id: ProfileId,
        at: datetime,
        set_ids: list[SetId],
        question_ids: list[QuestionId],
        time_limit_s: int | None,
    ) -> int:
        """Record the start of an exam and the questions drawn for it; return its id."""
        with self.db.atomic():
            cursor = self.db.execute(
                """INSERT INTO exams (profile_id, started_at, set_ids, question_ids, time_limit_s)
                   VALUES (?, ?, ?, ?, ?)""",
                [
                    profile_id,
                    to_ms(at),
                    json.dumps(set_ids),
                    json.dumps(question_ids),
                    time_limit_s,
                ],
            )
        return cast(int, cursor.lastrowid)

    def record_answer(
        self,
        exam_id: int,
        question_id: QuestionId,
        at: datetime,
        rating: Rating,
        correct: bool | None,
        score: float,
        duration_ms: int | None,
        response: Any,
    ) -> int:
        """Save one exam answer durably; return its id."""
        with self.db.atomic():
            cursor = self.db.execute(
                """INSERT INTO exam_answers (exam_id, question_id, answered_at, rating, correct,
                     score, duration_ms, response) VALUES (?, ?, ?, ?, ?, ?, ?, ?)""",
                [
                    exam_id,
                    question_id,
                    to_ms(at),
                    int(rating),
                    correct,
                    score,
                    duration_ms,
                    json_or_none(response),
                ],
            )
        return cast(int, cursor.lastrowid)

    def delete_answer(self, answer_id: int) -> None:
        """Delete an exam answer (undo)."""
        with self.db.atomic():
            self.db.execute("DELETE FROM exam_answers WHERE id = ?", [answer_id])

    def finish(self, exam_id: int, at: datetime, score: float) -> None:
        """Record an exam's end and overall score."""
        with self.db.atomic():
            self.db.execute(
                "UPDATE exams SET finished_at = ?, score = ? WHERE id = ?",
                [to_ms(at), score, exam_id],
            )

    def finished(self, profile_id: ProfileId) -> list[FinishedExam]:
        """Return the learner's finished exams, newest first."""
        rows = self.db.execute(
            """SELECT id, started_at, finished_at, set_ids, question_ids, time_limit_s, score
               FROM exams WHERE profile_id = ? AND finished_at IS NOT NULL
               ORDER BY started_at DESC""",
            [profile_id],
        )
        return [
            FinishedExam(
                exam_id,
                from_ms(started_at),
                from_ms(finished_at),
                tuple(SetId(set_id) for set_id in json.loads(set_ids)),
                tuple(QuestionId(question_id) for question_id in json.loads(question_ids)),
                time_limit_s,
                float(score or 0),
            )
            for exam_id, started_at, finished_at, set_ids, question_ids, time_limit_s, score in rows
        ]
