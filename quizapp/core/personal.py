"""Personal scheduling parameters: when to fit them, the fit and its check, and what changed.

A learner's FSRS-6 parameters are fitted (see :mod:`quizapp.core.fitting`) once they have
:data:`MIN_LONG_TERM_ANSWERS` answers given a day or more after the previous one, again every
:data:`REFIT_AFTER` when more answers came in, and whenever the learner asks. A fit is checked
on the learner's own newest answers: the candidate is fitted to the older answers only, and it
is adopted (refitted to all answers) only if it predicts the newest ones better than the
parameters in force. Otherwise the parameters in force stay.

Three steps, so that the slow one runs off the GUI thread without touching the database:
:func:`fit_input` reads (GUI thread), :func:`run_fit` computes (any thread, pure), and
``Store.save_fit_record`` saves in one statement, so a fit cut short leaves the old parameters.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta, tzinfo

from quizapp.core import fitting
from quizapp.core.days import study_days_between
from quizapp.core.errors import TooFewAnswersError
from quizapp.core.fitting import Answer
from quizapp.core.messages import QT_TRANSLATE_NOOP, Message
from quizapp.core.model import FitRecord, Profile, Question, QuestionId, Rating
from quizapp.core.qtypes import kind_of
from quizapp.core.scheduler import Scheduler
from quizapp.core.storage import Store

MIN_LONG_TERM_ANSWERS = 400
"""Answers given a day or more after the previous one before a first fit (about 600 in all)."""

REFIT_AFTER = timedelta(days=30)
HELD_OUT_SHARE = 0.2
"""The newest share of the scored answers a candidate is checked on."""

TimedHistory = list[tuple[datetime, Answer]]


def guess_chance(question: Question) -> float:
    """Return the chance of answering ``question`` right by a blind guess.

    Single choice: 1/n of its options; true/false: 1/2; multiple answer: one in the number of
    ways to pick as many options as are right (the learner is assumed to guess the count);
    matching and ordering: one in the number of orders (m!). Typed and self-graded answers: 0.
    """
    return kind_of(question).guess_chance(question.payload)


def is_recognition(question: Question) -> bool:
    """Whether the learner picks the answer from what is shown (so a guess can be right)."""
    return guess_chance(question) > 0


@dataclass(frozen=True)
class FitInput:
    """What a fit needs, read from the database: histories and the parameters in force."""

    histories: list[TimedHistory]
    record: FitRecord | None

    @property
    def parameters(self) -> tuple[float, ...]:
        """The parameters in force: the learner's own, or the defaults."""
        if self.record is not None and self.record.parameters is not None:
            return self.record.parameters
        return fitting.DEFAULT_PARAMETERS

    @property
    def long_term_answers(self) -> int:
        """Answers given a study day or more after the previous one (the ones a fit learns from)."""
        return sum(
            1 for history in self.histories for _, a in history if a.elapsed_days not in (None, 0)
        )


def histories_from_log(
    log: Sequence[tuple[QuestionId, datetime, Rating, bool]],
    guess_chances: dict[QuestionId, float],
    zone: tzinfo | None,
    day_start_hour: int,
) -> list[TimedHistory]:
    """Turn an answer log (by question, then time) into the model's histories.

    An answer marked as a guess counts as not recalled whatever its pick, so its guess chance
    is 0; other answers carry their question's guess chance.
    """
    histories: list[TimedHistory] = []
    previous: tuple[QuestionId, datetime] | None = None
    for question_id, at, rating, guessed in log:
        if previous is None or previous[0] != question_id:
            histories.append([])
            elapsed = None
        else:
            elapsed = study_days_between(previous[1], at, zone, day_start_hour)
        chance = 0.0 if guessed else guess_chances.get(question_id, 0.0)
        histories[-1].append((at, Answer(elapsed, int(rating), chance)))
        previous = (question_id, at)
    return histories


def fit_input(store: Store, profile: Profile, zone: tzinfo | None = None) -> FitInput:
    """Read what a fit of ``profile``'s parameters needs (call on the database's thread)."""
    log = store.reviews.answer_log(profile.id)
    chances = {q.id: guess_chance(q) for q in store.questions.active()}
    return FitInput(
        histories_from_log(log, chances, zone, profile.day_start_hour),
        store.learners.fit_record(profile.id),
    )


def fit_due(data: FitInput, now: datetime) -> bool:
    """Whether an automatic fit is due: enough answers, and no fit in the last month."""
    if data.long_term_answers < MIN_LONG_TERM_ANSWERS:
        return False
    record = data.record
    if record is None:
        return True
    return now - record.checked_at >= REFIT_AFTER and data.long_term_answers > record.answers


def split_by_time(
    histories: Sequence[TimedHistory], cutoff: datetime, end: datetime | None = None
) -> tuple[list[list[Answer]], list[list[Answer]]]:
    """Split histories at ``cutoff``: the answers before it, and the histories scored after it.

    Args:
        histories: Timed histories.
        cutoff: Answers before it train; answers from it on (and before ``end``) are scored.
        end: Answers from here on are left out; None keeps all.

    Returns:
        The training histories, and the test histories (whole up to ``end``, scored only from
        ``cutoff`` on).
    """
    train, test = [], []
    for history in histories:
        before = [a for at, a in history if at < cutoff]
        if before:
            train.append(before)
        upto = [(at, a) for at, a in history if end is None or at < end]
        if any(at >= cutoff for at, _ in upto):
            test.append([replace(a, scored=at >= cutoff) for at, a in upto])
    return train, test


def held_out_cutoff(histories: Sequence[TimedHistory], share: float = HELD_OUT_SHARE) -> datetime:
    """Return the moment after which the newest ``share`` of the scored answers lie."""
    times = sorted(
        at for history in histories for at, a in history if a.elapsed_days not in (None, 0)
    )
    return times[min(int(len(times) * (1 - share)), len(times) - 1)]


def run_fit(
    data: FitInput, now: datetime, should_stop: Callable[[], bool] = lambda: False
) -> FitRecord:
    """Fit, check on the newest answers, and return the record to save (pure; any thread).

    The candidate is fitted to the older answers and compared with the parameters in force on
    the newest ones; if it predicts them better, it is refitted to every answer and adopted.

    Args:
        data: The histories and the parameters in force.
        now: When the fit runs.
        should_stop: Polled during the fit; True ends it early.
    """
    kept = data.parameters
    cutoff = held_out_cutoff(data.histories)
    train, test = split_by_time(data.histories, cutoff)
    candidate = fitting.fit(train, start=kept, should_stop=should_stop)
    loss_kept = fitting.log_loss(kept, test)
    loss_fitted = fitting.log_loss(candidate, test)
    answers = data.long_term_answers
    if loss_fitted < loss_kept:
        everything = [[a for _, a in history] for history in data.histories]
        adopted = tuple(fitting.fit(everything, start=candidate, should_stop=should_stop))
        return FitRecord(adopted, now, now, answers, loss_kept, loss_fitted)
    previous = data.record
    return FitRecord(
        previous.parameters if previous else None,
        previous.adopted_at if previous else None,
        now,
        answers,
        loss_kept,
        loss_fitted,
    )


def answers_in_a_year(parameters: Sequence[float], desired_retention: float = 0.9) -> int:
    """Return how many answers a question needs in its first year when it is always recalled.

    The question is answered Good whenever it falls due: a plain measure of how fast memory
    steadies under some parameters, for telling the learner what a fit changed.
    """
    scheduler = Scheduler(desired_retention, fuzz=False, parameters=parameters, zone=UTC)
    start = datetime(2000, 1, 3, 9, tzinfo=UTC)
    card = scheduler.review(None, Rating.GOOD, start, "typical")
    count = 1
    while card.due < start + timedelta(days=365):
        card = scheduler.review(card, Rating.GOOD, card.due, "typical")
        count += 1
    return count


@dataclass(frozen=True)
class RetentionPrice:
    """What a desired retention costs and gives, for one learner's memory.

    Attributes:
        retention: The desired retention.
        answers_per_day: Answers a day after a year of studying ``new_per_day`` new questions
            a day (each question's answers in its first year, times the new ones a day).
        known: The share of learned questions recalled on an average day of that year.
    """

    retention: float
    answers_per_day: float
    known: float


PRICED_RETENTIONS = (0.80, 0.85, 0.90, 0.95)


def retention_prices(
    parameters: Sequence[float] | None,
    new_per_day: int,
    retentions: Sequence[float] = PRICED_RETENTIONS,
    questions: int = 150,
    seed: int = 1,
) -> list[RetentionPrice]:
    """Simulate a year of a learner's memory at several desired retentions.

    Memory follows FSRS-6 with the learner's parameters; each question answers from its own
    random stream, the same at every retention, so the rows differ only by the retention.
    Answers are given when due (learning steps included); Again when not recalled, else Good.

    Args:
        parameters: The learner's parameters, or None for the defaults.
        new_per_day: New questions a day (scales the answers a day).
        retentions: The desired retentions to price.
        questions: How many questions to simulate (more is smoother and slower).
        seed: The random streams' seed.
    """
    start = datetime(2000, 1, 3, 9, tzinfo=UTC)
    year = timedelta(days=365)
    samples = [start + timedelta(days=day) for day in range(6, 365, 12)]
    prices = []
    for retention in retentions:
        scheduler = Scheduler(retention, fuzz=False, parameters=parameters, zone=UTC)
        answers = 0
        known = 0.0
        for number in range(questions):
            rng = random.Random(seed * 100_003 + number)
            card = scheduler.review(None, Rating.GOOD, start, "q")
            answers += 1
            history = [card]
            while card.due < start + year:
                recalled = rng.random() < scheduler.retrievability(card, card.due)
                rating = Rating.GOOD if recalled else Rating.AGAIN
                card = scheduler.review(card, rating, card.due, "q")
                history.append(card)
                answers += 1
            states = iter(history)
            state = next(states)
            following = next(states, None)
            for moment in samples:
                while following is not None and following.last_review <= moment:  # type: ignore[operator]
                    state, following = following, next(states, None)
                known += scheduler.retrievability(state, moment)
        prices.append(
            RetentionPrice(
                retention,
                answers / questions * new_per_day,
                known / (questions * len(samples)),
            )
        )
    return prices


@dataclass(frozen=True)
class ParametersOverview:
    """What the settings show about a learner's scheduling: their parameters and their price.

    Attributes:
        record: The learner's own parameters and last fit, or None before the first fit.
        long_term_answers: Answers given a study day or more after the previous one.
        answers_a_year_default: Answers a question needs in its first year with the defaults.
        answers_a_year_own: The same with the learner's own parameters, if they have them.
        prices: Workload and knowledge at each priced desired retention.
    """

    record: FitRecord | None
    long_term_answers: int
    answers_a_year_default: int
    answers_a_year_own: int | None
    prices: list[RetentionPrice]


def parameters_overview(
    store: Store, profile: Profile, zone: tzinfo | None = None
) -> ParametersOverview:
    """Return what the settings show about ``profile``'s scheduling (about 0.4 s)."""
    data = fit_input(store, profile, zone)
    own = data.record.parameters if data.record else None
    return ParametersOverview(
        data.record,
        data.long_term_answers,
        answers_in_a_year(fitting.DEFAULT_PARAMETERS, profile.desired_retention),
        answers_in_a_year(own, profile.desired_retention) if own else None,
        retention_prices(own, profile.new_per_day),
    )


def fit_now(store: Store, profile: Profile, now: datetime, zone: tzinfo | None = None) -> FitRecord:
    """Fit ``profile``'s parameters at once and save the outcome (the learner asked for it).

    Runs on the calling thread: for the command line. The app's background fit runs
    :func:`fit_input`, :func:`run_fit` and ``Store.save_fit_record`` as separate steps.

    Raises:
        TooFewAnswersError: fewer than :data:`MIN_LONG_TERM_ANSWERS` answers a day or more apart.
    """
    data = fit_input(store, profile, zone)
    if data.long_term_answers < MIN_LONG_TERM_ANSWERS:
        raise TooFewAnswersError(
            Message(
                QT_TRANSLATE_NOOP(
                    "core",
                    "{name} has {answers} answers given a day or more after the previous one; "
                    "their own parameters are fitted from {needed}.",
                ),
                {
                    "name": profile.name,
                    "answers": data.long_term_answers,
                    "needed": MIN_LONG_TERM_ANSWERS,
                },
            )
        )
    record = run_fit(data, now)
    store.learners.save_fit_record(profile.id, record)
    return record
