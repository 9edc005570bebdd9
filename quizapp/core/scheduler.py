"""Spaced-repetition scheduling on the FSRS algorithm (the ``fsrs`` package), as pure functions.

The scheduler never reads a clock: every call takes ``now``. Saving the state it returns is
the caller's separate step.

Elapsed time is counted in study days, as Anki and fsrs-rs count it: an answer at 21:00 and the
next at 08:00 the morning after are one day apart. The ``fsrs`` package counts whole 24-hour
periods from the last review, so the scheduler hands it a last review moved back to exactly the
number of study days between the two answers; the state it keeps holds the real moment.
"""

from __future__ import annotations

import enum
import hashlib
import random
from collections.abc import Sequence
from contextvars import ContextVar
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta, tzinfo
from typing import TYPE_CHECKING

from quizapp.core.days import ROLLOVER_HOUR, study_days_between
from quizapp.core.model import Rating

if TYPE_CHECKING:
    import fsrs

MASTERED_STABILITY_DAYS = 21.0
"""A question in review counts as mastered once its memory stability reaches three weeks (Anki's
"mature"); the one test of it is :func:`quizapp.core.storage.reviews.mastered_sql`."""


class CardStage(enum.IntEnum):
    """Where a question is in the learning cycle; the same numbers as FSRS."""

    LEARNING = 1
    REVIEW = 2
    RELEARNING = 3


@dataclass(frozen=True)
class CardState:
    """A learner's scheduling state for one question (absent while the question is new)."""

    stage: CardStage
    step: int | None
    stability: float | None
    difficulty: float | None
    due: datetime
    last_review: datetime | None


class Scheduler:
    """Computes the next state of a card from a rating with FSRS-6, counting time in study days.

    Args:
        desired_retention: The recall probability at which a question falls due.
        fuzz: Whether to spread intervals a little so that questions learned together part.
        parameters: The 21 FSRS-6 parameters (the learner's fitted ones), or None for defaults.
        zone: The learner's time zone; None means the computer's.
        day_start_hour: The local hour at which the learner's study day starts.
    """

    def __init__(
        self,
        desired_retention: float = 0.9,
        fuzz: bool = True,
        parameters: Sequence[float] | None = None,
        zone: tzinfo | None = None,
        day_start_hour: int = ROLLOVER_HOUR,
    ):
        if not 0.7 <= desired_retention <= 0.99:
            raise ValueError(f"desired retention {desired_retention} is outside 0.70-0.99")
        import fsrs  # loaded with the first scheduler, not at start (issue 15)

        fsrs.scheduler.random = _draw_fuzz
        self._fsrs = fsrs.Scheduler(
            parameters=tuple(parameters or fsrs.scheduler.DEFAULT_PARAMETERS),
            desired_retention=desired_retention,
            enable_fuzzing=fuzz,
        )
        self.zone = zone
        self.day_start_hour = day_start_hour

    def review(self, card: CardState | None, rating: Rating, now: datetime, key: str) -> CardState:
        """Return the state after answering with ``rating`` at ``now``.

        Args:
            card: The state before, or None for a new question.
            rating: How well the learner knew it.
            now: The time of the answer, timezone-aware.
            key: A stable name of the question; interval fuzz is drawn from it and ``now``, so
                the same answer always gives the same interval (previews match what is saved).

        Returns:
            The new state.
        """
        import fsrs

        now = now.astimezone(UTC)
        fsrs_card = self._to_fsrs(card, now)
        stream = _FUZZ.set(_FuzzStream(f"{key}@{now.isoformat()}"))
        try:
            reviewed, _ = self._fsrs.review_card(fsrs_card, fsrs.Rating(int(rating)), now)
        finally:
            _FUZZ.reset(stream)
        return _from_fsrs(reviewed)

    def next_states(
        self, card: CardState | None, now: datetime, key: str
    ) -> dict[Rating, CardState]:
        """Return the state each rating would give at ``now`` (computed once, then saved as is)."""
        return {rating: self.review(card, rating, now, key) for rating in Rating}

    def preview(self, card: CardState | None, now: datetime, key: str) -> dict[Rating, timedelta]:
        """Return the interval each rating would give, for labelling the answer buttons."""
        return {
            rating: state.due - now for rating, state in self.next_states(card, now, key).items()
        }

    def retrievability(self, card: CardState, now: datetime) -> float:
        """Return the predicted probability of recalling the question at ``now``."""
        now = now.astimezone(UTC)
        return float(self._fsrs.get_card_retrievability(self._to_fsrs(card, now), now))

    def elapsed_days(self, last_review: datetime, now: datetime) -> int:
        """Return the study days between the last review and ``now`` (0 on the same day)."""
        return study_days_between(last_review, now, self.zone, self.day_start_hour)

    def _to_fsrs(self, card: CardState | None, now: datetime) -> fsrs.Card:
        import fsrs

        if card is None:
            return fsrs.Card(card_id=0, due=now)
        last_review = card.last_review
        if last_review is not None:
            last_review = now - timedelta(days=self.elapsed_days(last_review, now))
        return fsrs.Card(
            card_id=0,
            state=fsrs.State(int(card.stage)),
            step=card.step,
            stability=card.stability,
            difficulty=card.difficulty,
            due=card.due,
            last_review=last_review,
        )


class _FuzzStream:
    """The random numbers of one answer's interval fuzz, seeded from its key on first use.

    The same numbers Python's ``random`` gives after ``random.seed(sha256(key))``, which the
    scheduler used before issue 15: every schedule stays as it was.
    """

    def __init__(self, key: str):
        self.key = key
        self._numbers: random.Random | None = None

    def random(self) -> float:
        """Return the next number of the stream, in [0, 1)."""
        if self._numbers is None:  # seeded when first drawn from: seeding is most of the cost
            self._numbers = random.Random(hashlib.sha256(self.key.encode()).digest())
        return self._numbers.random()


_FUZZ: ContextVar[_FuzzStream | None] = ContextVar("_FUZZ", default=None)
"""The fuzz stream of the answer being computed in this thread (None outside one)."""


def _draw_fuzz() -> float:
    """Return fsrs's fuzz number: from the answer's own stream, never Python's global one.

    fsrs draws its fuzz from the name ``random`` of its module (``from random import
    random``); the scheduler points that name here. Saving and restoring the global random
    state around each answer instead took a sixth of an answer's time (issue 15), and was
    safe from one thread only; a context variable is each thread's own. Outside
    :meth:`Scheduler.review` (fsrs used directly) it draws from the global stream as before.
    """
    stream = _FUZZ.get()
    return random.random() if stream is None else stream.random()


def _from_fsrs(card: fsrs.Card) -> CardState:
    return CardState(
        stage=CardStage(int(card.state)),
        step=card.step,
        stability=card.stability,
        difficulty=card.difficulty,
        due=card.due,
        last_review=card.last_review,
    )


def interval_parts(interval: timedelta) -> tuple[str, str]:
    """Return an interval rounded for a label: a number and its unit (min, h, d, mo or y).

    Under ten units keeps one decimal ("1.5", "mo"); "10", "min" and up are whole numbers.
    """
    seconds = max(interval.total_seconds(), 0)
    for unit, size in (("y", 365 * 86400), ("mo", 30 * 86400), ("d", 86400), ("h", 3600)):
        if seconds >= size:
            value = seconds / size
            number = f"{value:.1f}".removesuffix(".0") if value < 10 else f"{value:.0f}"
            return number, unit
    return str(max(round(seconds / 60), 1)), "min"
