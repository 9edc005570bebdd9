"""Study sessions: review (scheduled), practice (cram, schedule untouched) and exams.

Each kind decides which question comes next and where an answer is kept; answering, undo and
the summary are shared.
"""

from __future__ import annotations

import random
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta, tzinfo

from quizapp.core.days import day_start
from quizapp.core.model import Profile, Question, QuestionId, Rating, SetId
from quizapp.core.qtypes import kind_of
from quizapp.core.scheduler import CardState, Scheduler
from quizapp.core.storage import Store

LEARN_AHEAD = timedelta(minutes=20)
"""Learning steps due this soon are shown now rather than ending the session (as Anki does)."""


@dataclass(frozen=True)
class Attempt:
    """An answer about to be recorded."""

    question: Question
    rating: Rating
    at: datetime
    correct: bool | None
    score: float | None
    duration_ms: int | None
    response: object

    def recorded(
        self, record_id: int, next_due: datetime | None = None, was_new: bool = False
    ) -> Answered:
        """Return this answer as recorded under ``record_id``."""
        return Answered(
            record_id,
            self.question,
            self.rating,
            self.correct,
            self.score,
            self.response,
            next_due,
            was_new,
        )


@dataclass(frozen=True)
class Answered:
    """One answer given in this session."""

    record_id: int
    question: Question
    rating: Rating
    correct: bool | None
    score: float | None
    response: object
    next_due: datetime | None = None
    was_new: bool = False


@dataclass(frozen=True)
class ShownStates:
    """The state each rating would give a question, computed once when it was shown."""

    question_id: QuestionId
    current: CardState | None
    states: dict[Rating, CardState]


@dataclass
class SessionSummary:
    """What a session did, for the summary screen."""

    answered: int = 0
    correct: int = 0
    wrong: int = 0
    ratings: Counter[Rating] = field(default_factory=Counter)
    new_seen: int = 0
    missed: list[Question] = field(default_factory=list)  # last answered wrong (or Again)
    next_due: list[datetime] = field(default_factory=list)  # when each question comes back


class Session:
    """What every kind of session shares: answering, undo and the summary."""

    shows_feedback = True
    schedules = False

    def __init__(self, store: Store, profile: Profile):
        self.store = store
        self.profile = profile
        self.history: list[Answered] = []

    def next_question(self, now: datetime) -> Question | None:
        """Return the question to show at ``now``, or None when the session is done."""
        raise NotImplementedError

    def answer(
        self,
        question: Question,
        rating: Rating,
        now: datetime,
        correct: bool | None = None,
        score: float | None = None,
        duration_ms: int | None = None,
        response: object = None,
    ) -> Answered:
        """Record an answer durably.

        Args:
            question: The question answered.
            rating: The rating, chosen by the learner or given by grading.
            now: The moment of the answer.
            correct: The app's verdict for graded questions, None for self-graded ones.
            score: The share of the answer that was right, for graded questions.
            duration_ms: How long the learner took.
            response: What the learner answered (JSON-ready), kept with the answer.

        Raises:
            ProfileDeletedError: the learner was deleted meanwhile (nothing was saved).
        """
        answered = self._save(Attempt(question, rating, now, correct, score, duration_ms, response))
        self.history.append(answered)
        return answered

    def _save(self, attempt: Attempt) -> Answered:
        """Save an answer, having checked that the learner still exists.

        Raises:
            ProfileDeletedError: the learner was deleted meanwhile (nothing was saved).
        """
        raise NotImplementedError

    def _unsave(self, answered: Answered) -> None:
        raise NotImplementedError

    def undo(self) -> Question | None:
        """Take back the last answer of this session and return its question to ask again."""
        if not self.history:
            return None
        answered = self.history.pop()
        self._unsave(answered)
        return answered.question

    def regrade(
        self, rating: Rating, now: datetime, correct: bool | None = None, guessed: bool = False
    ) -> Answered:
        """Replace the rating of the last answer (the learner adjusted it, was right, or guessed).

        Taking the old answer back and saving the new one is one transaction: a crash or a
        failed write keeps the old answer. A guess (``guessed``) is kept as such: the fit of
        the learner's parameters counts it as not remembered, whatever was picked.
        """
        last = self.history[-1]
        response = {"regraded_from": int(last.rating), "response": last.response}
        attempt = Attempt(
            last.question,
            rating,
            now,
            correct if correct is not None else last.correct,
            1.0 if correct else last.score,
            None,
            response | {"guessed": True} if guessed else response,
        )
        with self.store.transaction():
            self._unsave(last)
            answered = self._save(attempt)
        self.history[-1] = answered
        return answered

    @property
    def can_undo(self) -> bool:
        """Whether there is an answer to take back."""
        return bool(self.history)

    def intervals(self, question: Question, now: datetime) -> dict[Rating, timedelta]:
        """Return how far each rating would put the question off (empty: no schedule here)."""
        return {}

    def summary(self) -> SessionSummary:
        """Return what this session did so far."""
        last = {a.question.id: a for a in self.history}  # each question's latest answer
        return SessionSummary(
            answered=len(self.history),
            correct=sum(a.correct is True for a in self.history),
            wrong=sum(a.correct is False for a in self.history),
            ratings=Counter(a.rating for a in self.history),
            new_seen=sum(a.was_new for a in self.history),
            missed=[
                a.question for a in last.values() if a.correct is False or a.rating is Rating.AGAIN
            ],
            next_due=sorted(a.next_due for a in last.values() if a.next_due is not None),
        )


class StudySession(Session):
    """Review: what the scheduler says is due, then new questions up to the daily limit.

    Order: questions due, most overdue first (learning steps due now, and questions spaced by
    days due by the end of the study day, as the home screen counts them); then new questions,
    taken in turn from each set (the set with the fewest new ones in this session first), easiest
    first within a set; then learning steps due within :data:`LEARN_AHEAD`. Reviews stop at the
    daily maximum.
    """

    schedules = True

    def __init__(
        self,
        store: Store,
        profile: Profile,
        set_ids: list[SetId] | None = None,
        zone: tzinfo | None = None,
    ):
        super().__init__(store, profile)
        self.set_ids = set_ids
        self.zone = zone
        fit = store.learners.fit_record(profile.id)
        self.scheduler = Scheduler(
            profile.desired_retention,
            parameters=fit.parameters if fit else None,
            zone=zone,
            day_start_hour=profile.day_start_hour,
        )
        self._today: datetime | None = None  # the study day the counts below are of
        self._new_done = self._reviews_done = 0
        self._shown: ShownStates | None = None

    def next_question(self, now: datetime) -> Question | None:
        """Return the question to show at ``now``, or None when the session is done.

        The question just answered is asked again at once only when nothing else waits.
        """
        last = self.history[-1].question.id if self.history else None
        question = self._first_waiting(now, skip=last)
        if question is None and last is not None:
            question = self._first_waiting(now, skip=None)  # only the last one waits
        return question

    def _first_waiting(self, now: datetime, skip: QuestionId | None) -> Question | None:
        """Return the first question in the order of asking other than ``skip``, or None.

        A due question is found and read in one statement (issue 15: the next question).
        """
        profile_id = self.profile.id
        today = self._count_today(now)
        reviews_left = self.profile.max_reviews_per_day - self._reviews_done
        if reviews_left > 0:
            question = self.store.reviews.next_due(
                profile_id, self.set_ids, now, today + timedelta(days=1), skip
            )
            if question is not None:
                return question
        new_left = min(self.profile.new_per_day - self._new_done, 2)
        if new_left > 0:
            new = next((q for q in self._new_candidates(new_left) if q != skip), None)
            if new is not None:
                return self.store.questions.get(new)
        if reviews_left > 0:
            return self.store.reviews.next_due(
                profile_id, self.set_ids, now + LEARN_AHEAD, skip=skip
            )
        return None

    def _new_candidates(self, limit: int) -> Iterator[QuestionId]:
        """Yield new questions, up to ``limit`` per set, the set whose turn it is first.

        Two per set suffice to skip the question just answered.
        """
        set_ids = self.set_ids
        if set_ids is None:
            set_ids = [s.id for s in self.store.questions.sets()]
        started = Counter(a.question.set_id for a in self.history if a.was_new)
        for set_id in sorted(set_ids, key=lambda s: started[s]):  # stable: set order on ties
            yield from self.store.reviews.new_ids(self.profile.id, [set_id], limit)

    def _count_today(self, now: datetime) -> datetime:
        """Return the study day of ``now``, counting its new questions and reviews once a day.

        Answers of this session keep the counts up to date (see :meth:`_save`).
        """
        today = day_start(now, self.zone, self.profile.day_start_hour)
        if today != self._today:
            self._today = today
            self._new_done = self.store.reviews.count_new_started(self.profile.id, today)
            self._reviews_done = self.store.reviews.count_of_started(self.profile.id, today)
        return today

    def intervals(self, question: Question, now: datetime) -> dict[Rating, timedelta]:
        """Return how far each rating would put the question off, for the answer buttons.

        The states behind them are kept: answering this question saves the one chosen, so the
        interval on the button is the interval saved (Anki's ``build_answer``).
        """
        card = self.store.reviews.card(self.profile.id, question.id)
        self._shown = ShownStates(
            question.id, card, self.scheduler.next_states(card, now, question.id)
        )
        return {rating: state.due - now for rating, state in self._shown.states.items()}

    def _save(self, attempt: Attempt) -> Answered:
        question_id = attempt.question.id
        shown = self._shown if self._shown and self._shown.question_id == question_id else None

        def next_card(previous: CardState | None) -> CardState:
            if shown is not None and shown.current == previous:
                return shown.states[attempt.rating]
            # Not shown with intervals, or answered meanwhile in another window: from the latest.
            return self.scheduler.review(previous, attempt.rating, attempt.at, question_id)

        record_id, card, previous = self.store.reviews.answer(
            self.profile,
            question_id,
            attempt.rating,
            attempt.at,
            next_card,
            attempt.duration_ms,
            attempt.response,
        )
        if self._today is not None and attempt.at >= self._today:
            if previous is None:
                self._new_done += 1
            else:
                self._reviews_done += 1
        return attempt.recorded(record_id, card.due, previous is None)

    def _unsave(self, answered: Answered) -> None:
        self.store.reviews.undo(answered.record_id)
        self._today = None  # count again: undo is rare, and the store knows best


class PracticeSession(Session):
    """Practice (cram): chosen questions in any order; the schedule is never touched.

    A question answered wrong comes back once more at the end.
    """

    def __init__(self, store: Store, profile: Profile, questions: list[Question]):
        super().__init__(store, profile)
        self.queue = list(questions)
        self.retried: set[QuestionId] = set()

    def next_question(self, now: datetime) -> Question | None:
        """Return the next question of the queue."""
        return self.queue[0] if self.queue else None

    def _save(self, attempt: Attempt) -> Answered:
        self.store.learners.require(self.profile)
        question = attempt.question
        record_id = self.store.exams.record_practice(
            self.profile.id,
            question.id,
            attempt.rating,
            attempt.at,
            attempt.correct,
            attempt.duration_ms,
            attempt.response,
        )
        self.queue.remove(question)
        if attempt.rating is Rating.AGAIN and question.id not in self.retried:
            self.retried.add(question.id)
            self.queue.append(question)
        return attempt.recorded(record_id)

    def _unsave(self, answered: Answered) -> None:
        self.store.exams.delete_practice(answered.record_id)
        question = answered.question
        if question in self.queue and answered.rating is Rating.AGAIN:
            self.queue.pop(len(self.queue) - 1 - self.queue[::-1].index(question))
            self.retried.discard(question.id)
        self.queue.insert(0, question)


@dataclass(frozen=True)
class TopicScore:
    """How an exam went on one topic."""

    topic: str
    right: int
    total: int


@dataclass(frozen=True)
class ExamResult:
    """An exam's outcome: the overall score, per topic, and the mistakes to walk through."""

    score: float
    answered: int
    total: int
    topics: list[TopicScore]
    mistakes: list[Answered]
    timed_out: bool
    unanswered: list[Question] = field(default_factory=list)
    questions: list[Question] = field(default_factory=list)  # in the order asked
    answers: list[Answered] = field(default_factory=list)  # one per answered question


class ExamSession(Session):
    """An exam: questions drawn from chosen sets, an optional time limit, no feedback until the end.

    The learner may move between the questions (:meth:`go_to`), skip and flag them, and change
    an answer by answering again. Answers are kept as they are given, so a crash loses at most
    the one in flight.
    """

    shows_feedback = False

    def __init__(
        self,
        store: Store,
        profile: Profile,
        questions: list[Question],
        set_ids: list[SetId],
        now: datetime,
        time_limit: timedelta | None = None,
    ):
        super().__init__(store, profile)
        self.questions = questions
        self.current = 0  # the index of the question shown
        self.flagged: set[QuestionId] = set()
        self.started_at = now
        self.time_limit = time_limit
        self.exam_id = store.exams.start(
            profile.id,
            now,
            set_ids,
            [q.id for q in questions],
            int(time_limit.total_seconds()) if time_limit else None,
        )

    def time_left(self, now: datetime) -> timedelta | None:
        """Return the time left, or None without a limit."""
        if self.time_limit is None:
            return None
        return max(self.started_at + self.time_limit - now, timedelta(0))

    def next_question(self, now: datetime) -> Question | None:
        """Return the first unanswered question from the current one on (wrapping round).

        None when every question is answered or time is up.
        """
        if self.time_left(now) == timedelta(0):
            return None
        answered = self.answered_ids()
        count = len(self.questions)
        for step in range(count):
            index = (self.current + step) % count
            if self.questions[index].id not in answered:
                self.current = index
                return self.questions[index]
        return None

    def answered_ids(self) -> set[QuestionId]:
        """Return the ids of the questions answered so far."""
        return {a.question.id for a in self.history}

    def go_to(self, index: int) -> Question:
        """Make question ``index`` (0-based, within range) the current one and return it."""
        self.current = index % len(self.questions)
        return self.questions[self.current]

    def toggle_flag(self) -> bool:
        """Flag the current question for later, or unflag it; return whether it is flagged."""
        question_id = self.questions[self.current].id
        self.flagged ^= {question_id}
        return question_id in self.flagged

    def answer(
        self,
        question: Question,
        rating: Rating,
        now: datetime,
        correct: bool | None = None,
        score: float | None = None,
        duration_ms: int | None = None,
        response: object = None,
    ) -> Answered:
        """Record an answer; one given before to the same question is replaced."""
        earlier = next((a for a in self.history if a.question.id == question.id), None)
        if earlier is not None:
            self.history.remove(earlier)
            self._unsave(earlier)
        return super().answer(question, rating, now, correct, score, duration_ms, response)

    def _save(self, attempt: Attempt) -> Answered:
        self.store.learners.require(self.profile)
        # A self-graded answer scores as right unless rated Again.
        score = attempt.score if attempt.score is not None else float(attempt.rating > Rating.AGAIN)
        attempt = replace(attempt, score=score)
        record_id = self.store.exams.record_answer(
            self.exam_id,
            attempt.question.id,
            attempt.at,
            attempt.rating,
            attempt.correct,
            score,
            attempt.duration_ms,
            attempt.response,
        )
        return attempt.recorded(record_id)

    def _unsave(self, answered: Answered) -> None:
        self.store.exams.delete_answer(answered.record_id)

    def finish(self, now: datetime, language: str) -> ExamResult:
        """End the exam, keep its score in the learner's history, and return the result."""
        answered = {a.question.id: a for a in self.history}
        topics: dict[str, list[int]] = {}
        for question in self.questions:
            topic = question.topic.get(language) if question.topic else ""
            right_total = topics.setdefault(topic, [0, 0])
            given = answered.get(question.id)
            right_total[0] += bool(given and given.score == 1.0)
            right_total[1] += 1
        points = sum(a.score or 0.0 for a in self.history)
        score = points / len(self.questions) if self.questions else 0.0
        self.store.exams.finish(self.exam_id, now, score)
        return ExamResult(
            score=score,
            answered=len(self.history),
            total=len(self.questions),
            topics=[TopicScore(t, right, total) for t, (right, total) in sorted(topics.items())],
            mistakes=[a for a in self.history if a.score != 1.0],
            timed_out=self.time_left(now) == timedelta(0),
            unanswered=[q for q in self.questions if q.id not in answered],
            questions=list(self.questions),
            answers=list(self.history),
        )


def new_left_today(
    store: Store, profile: Profile, now: datetime, zone: tzinfo | None = None
) -> int:
    """Return how many new questions the learner may still start today (the daily limit)."""
    started = store.reviews.count_new_started(profile.id, day_start(now, zone))
    return max(0, profile.new_per_day - started)


def practice_questions(
    store: Store,
    set_ids: list[SetId],
    topics: set[str] | None = None,
    shuffled: bool = True,
    rng: random.Random | None = None,
) -> list[Question]:
    """Return the questions of some sets, and topics (primary-language names), to practise."""
    questions = [
        q
        for q in store.questions.active(set_ids)
        if topics is None or (str(q.topic) if q.topic else "") in topics
    ]
    if shuffled:
        (rng or random.Random()).shuffle(questions)
    return questions


def exam_questions(
    store: Store, set_ids: list[SetId], count: int, rng: random.Random | None = None
) -> list[Question]:
    """Draw ``count`` questions at random from some sets; flashcards, being self-graded, never."""
    pool = [q for q in store.questions.active(set_ids) if not kind_of(q).self_graded]
    return (rng or random.Random()).sample(pool, min(count, len(pool)))
