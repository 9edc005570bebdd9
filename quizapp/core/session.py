"""A study session: which question comes next, recording answers, and undoing the last one."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import datetime, timedelta, tzinfo

from quizapp.core.days import day_start
from quizapp.core.model import Profile, Question, QuestionId, Rating, SetId
from quizapp.core.scheduler import CardState, Scheduler
from quizapp.core.storage import Store

LEARN_AHEAD = timedelta(minutes=20)
"""Learning steps due this soon are shown now rather than ending the session (as Anki does)."""


@dataclass(frozen=True)
class Answered:
    """One answer given in this session."""

    review_id: int
    question_id: QuestionId
    rating: Rating
    correct: bool | None
    next_due: datetime
    was_new: bool


@dataclass
class SessionSummary:
    """What a session did, for the summary screen."""

    answered: int = 0
    correct: int = 0
    wrong: int = 0
    ratings: Counter[Rating] = field(default_factory=Counter)
    new_seen: int = 0


class StudySession:
    """One sitting of reviews for a learner over some question sets (or all of them).

    Order: questions due now, most overdue first; then new questions, easiest first, up to
    the learner's daily limit; then learning steps due within :data:`LEARN_AHEAD`.
    """

    def __init__(
        self,
        store: Store,
        profile: Profile,
        set_ids: list[SetId] | None = None,
        zone: tzinfo | None = None,
    ):
        self.store = store
        self.profile = profile
        self.set_ids = set_ids
        self.zone = zone
        self.scheduler = Scheduler(profile.desired_retention)
        self.history: list[Answered] = []

    def next_question(self, now: datetime) -> Question | None:
        """Return the question to show at ``now``, or None when the session is done.

        The question just answered is asked again at once only when nothing else waits.
        """
        last = self.history[-1].question_id if self.history else None
        repeat = None
        for question_id in self._candidates(now):
            if question_id != last:
                return self.store.question(question_id)
            repeat = question_id
        return self.store.question(repeat) if repeat else None

    def _candidates(self, now: datetime) -> Iterator[QuestionId]:
        """Yield question ids in the order of asking; two per tier suffice to skip a repeat."""
        profile_id = self.profile.id
        yield from self.store.due_question_ids(profile_id, self.set_ids, now, 2)
        started = self.store.count_new_started(profile_id, day_start(now, self.zone))
        allowance = min(self.profile.new_per_day - started, 2)
        if allowance > 0:
            yield from self.store.new_question_ids(profile_id, self.set_ids, allowance)
        yield from self.store.due_question_ids(profile_id, self.set_ids, now + LEARN_AHEAD, 2)

    def intervals(self, question: Question, now: datetime) -> dict[Rating, timedelta]:
        """Return how far each rating would put the question off, for the answer buttons."""
        card = self.store.card(self.profile.id, question.id)
        return self.scheduler.preview(card, now, question.id)

    def answer(
        self,
        question: Question,
        rating: Rating,
        now: datetime,
        correct: bool | None = None,
        duration_ms: int | None = None,
        response: object = None,
    ) -> Answered:
        """Record an answer durably and schedule the question again.

        Args:
            question: The question answered.
            rating: The rating, chosen by the learner or given by grading.
            now: The moment of the answer.
            correct: The app's verdict for graded questions, None for self-graded ones.
            duration_ms: How long the learner took.
            response: What the learner answered, kept with the review.
        """
        previous = self.store.card(self.profile.id, question.id)
        card: CardState = self.scheduler.review(previous, rating, now, question.id)
        review_id = self.store.record_answer(
            self.profile.id, question.id, rating, now, card, previous, duration_ms, response
        )
        answered = Answered(review_id, question.id, rating, correct, card.due, previous is None)
        self.history.append(answered)
        return answered

    def undo(self) -> Question | None:
        """Take back the last answer of this session and return its question to ask again."""
        if not self.history:
            return None
        answered = self.history.pop()
        self.store.undo_answer(answered.review_id)
        return self.store.question(answered.question_id)

    @property
    def can_undo(self) -> bool:
        """Whether there is an answer to take back."""
        return bool(self.history)

    def summary(self) -> SessionSummary:
        """Return what this session did so far."""
        return SessionSummary(
            answered=len(self.history),
            correct=sum(a.correct is True for a in self.history),
            wrong=sum(a.correct is False for a in self.history),
            ratings=Counter(a.rating for a in self.history),
            new_seen=sum(a.was_new for a in self.history),
        )
