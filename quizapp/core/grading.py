"""Grading: whether an answer is right, and the one place answers map to FSRS ratings.

Rules (docs/grading.md explains them for learners and teachers):

- Wrong is Again. Right is Good. Right but slow, or after a hint, is Hard.
- The app never rates Easy by itself. A right pick among shown options may be a guess, so on
  recognition types (choices, true/false, matching, ordering) the learner may lower the rating
  but not raise it above Good; on recall types (typed answers, numbers, gaps) a right answer may
  be raised to Easy.
- Partial credit is shown as a score, but any mistake rates Again: FSRS treats Hard as
  "remembered", and a half-right answer is not.
- Typed answers are compared after normalising case, accents, punctuation and spacing; listed
  alternatives are accepted; small typos are tolerated (never in digits) and shown.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from quizapp.core.model import Question, Rating
from quizapp.core.qtypes import kind_of
from quizapp.core.qtypes.cloze import Gaps
from quizapp.core.qtypes.matching import Pairs
from quizapp.core.qtypes.ordering import Order
from quizapp.core.qtypes.short_answer import Difference, Typed
from quizapp.core.qtypes.single_choice import Picked
from quizapp.core.qtypes.true_false import Truth

Response = Picked | Truth | Typed | Gaps | Pairs | Order
"""What the learner answered: one shape per kind of input, defined by the types that take it."""


def response_to_json(response: Response) -> dict[str, Any]:
    """Return a response as JSON-ready data, for the review log."""
    data: dict[str, Any] = {"kind": type(response).__name__.lower()}
    for key, value in vars(response).items():
        data[key] = sorted(value) if isinstance(value, frozenset) else value
    return data


_RESPONSE_KINDS: dict[str, type[Response]] = {
    kind.__name__.lower(): kind for kind in (Picked, Truth, Typed, Gaps, Pairs, Order)
}


def response_from_json(data: dict[str, Any]) -> Response:
    """Rebuild a response saved by :func:`response_to_json` (a regraded one: its original)."""
    if "regraded_from" in data:
        return response_from_json(data["response"])
    kind = _RESPONSE_KINDS[data["kind"]]
    (name,) = kind.__dataclass_fields__
    value = data[name]
    if kind is Picked:
        value = frozenset(value)
    elif isinstance(value, list):
        value = tuple(value)
    return kind(value)


# -- grades --------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Grade:
    """The app's verdict on an answer."""

    correct: bool
    score: float
    rating: Rating
    difference: Difference | None = None


def rating_for(correct: bool, *, hinted: bool = False, slow: bool = False) -> Rating:
    """Map an app-graded answer to its rating: the single place this rule lives."""
    if not correct:
        return Rating.AGAIN
    return Rating.HARD if hinted or slow else Rating.GOOD


def adjustable_ratings(question: Question, grade: Grade) -> tuple[Rating, ...]:
    """Return the ratings the learner may change a graded answer to (empty: none)."""
    if not grade.correct:
        return ()
    if kind_of(question).recognition:
        return (Rating.AGAIN, Rating.HARD, Rating.GOOD)
    return (Rating.HARD, Rating.GOOD, Rating.EASY)


def can_claim_right(question: Question, grade: Grade) -> bool:
    """Whether the learner may override a wrong verdict with "I was right" (typed types only)."""
    return not grade.correct and not kind_of(question).recognition


def slow_after_ms(question: Question) -> int:
    """Return how long an answer may take before a right answer counts as slow (Hard).

    Twenty seconds, plus reading time for the prompt at about 20 characters a second.
    """
    return 20_000 + 50 * len(str(question.prompt))


def grade(
    question: Question,
    response: Response,
    language: str,
    *,
    elapsed_ms: int | None = None,
    hinted: bool = False,
) -> Grade:
    """Grade a response to any app-graded question.

    Args:
        question: The question answered.
        response: What the learner answered, of the shape the question type takes.
        language: The learner's language, whose accepted answers count as well as the primary's.
        elapsed_ms: How long the learner took, if known.
        hinted: Whether the learner asked for a hint first.

    Raises:
        ValueError: the response does not fit the question type.
    """
    score, difference = kind_of(question).score(question, question.payload, response, language)
    correct = score == 1.0
    slow = elapsed_ms is not None and elapsed_ms > slow_after_ms(question)
    return Grade(correct, score, rating_for(correct, hinted=hinted, slow=slow), difference)


# -- showing answers ------------------------------------------------------------------------------


def correct_answer_text(question: Question, language: str) -> str:
    """Return the right answer of any question as text, for feedback and flashcard backs."""
    return kind_of(question).answer_text(question, question.payload, language)


def hint(question: Question, language: str) -> str:
    """Return a hint for a recall question: the first letter of each word of the answer."""
    return kind_of(question).hint(question, question.payload, language)


def describe_response(question: Question, response: Response, language: str) -> str:
    """Return what the learner answered as text, for the walk through an exam's mistakes."""
    return kind_of(question).describe_response(question, question.payload, response, language)
