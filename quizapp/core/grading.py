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

import re
import unicodedata
from dataclasses import dataclass
from typing import Any

from quizapp.core.formats.native import GAP_PATTERN, split_gap
from quizapp.core.model import Question, QuestionType, Rating

TRUTH_WORDS = {"en": ("True", "False"), "id": ("Benar", "Salah")}
"""How true/false answers read in each content language."""

RECOGNITION_TYPES = frozenset(
    {
        QuestionType.SINGLE_CHOICE,
        QuestionType.MULTIPLE_ANSWER,
        QuestionType.TRUE_FALSE,
        QuestionType.MATCHING,
        QuestionType.ORDERING,
    }
)
"""Types whose options are on screen, where a right answer may be a guess."""


# -- responses: what the learner answered, one shape per kind of input -------------------------


@dataclass(frozen=True)
class Picked:
    """Options picked on a choice question (indexes into ``question.options``)."""

    indices: frozenset[int]


@dataclass(frozen=True)
class Truth:
    """A true/false answer."""

    value: bool


@dataclass(frozen=True)
class Typed:
    """A typed short answer or number."""

    text: str


@dataclass(frozen=True)
class Gaps:
    """The text typed into each gap of a cloze, in order."""

    texts: tuple[str, ...]


@dataclass(frozen=True)
class Pairs:
    """For each left item, the index of the right item the learner matched it with."""

    right_for_left: tuple[int, ...]


@dataclass(frozen=True)
class Order:
    """The items in the learner's order, as indexes into ``question.items``."""

    indices: tuple[int, ...]


Response = Picked | Truth | Typed | Gaps | Pairs | Order


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
class Difference:
    """A typed answer that was accepted despite a typo: what was typed against what was meant."""

    typed: str
    expected: str
    edits: tuple[tuple[str, str], ...]  # (kind, text): kind is "same", "missing" or "extra"


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
    if question.type in RECOGNITION_TYPES:
        return (Rating.AGAIN, Rating.HARD, Rating.GOOD)
    return (Rating.HARD, Rating.GOOD, Rating.EASY)


def can_claim_right(question: Question, grade: Grade) -> bool:
    """Whether the learner may override a wrong verdict with "I was right" (typed types only)."""
    return not grade.correct and question.type not in RECOGNITION_TYPES


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
    score, difference = _score(question, response, language)
    correct = score == 1.0
    slow = elapsed_ms is not None and elapsed_ms > slow_after_ms(question)
    return Grade(correct, score, rating_for(correct, hinted=hinted, slow=slow), difference)


def _score(
    question: Question, response: Response, language: str
) -> tuple[float, Difference | None]:
    qtype = question.type
    if qtype in (QuestionType.SINGLE_CHOICE, QuestionType.MULTIPLE_ANSWER) and isinstance(
        response, Picked
    ):
        hits = len(response.indices & question.correct)
        misses = len(response.indices - question.correct)
        return max(0.0, (hits - misses) / len(question.correct)), None
    if qtype is QuestionType.TRUE_FALSE and isinstance(response, Truth):
        return float(response.value == question.truth), None
    if qtype is QuestionType.SHORT_ANSWER and isinstance(response, Typed):
        accepted = [
            t.get(lang)
            for t in (question.answer, *question.alternatives)
            if t is not None
            for lang in (language, t.primary)
        ]
        return _typed_score(response.text, accepted)
    if qtype is QuestionType.NUMERIC and isinstance(response, Typed):
        value = parse_number(response.text)
        assert question.number is not None
        right = value is not None and abs(value - question.number) <= question.tolerance
        return float(right), None
    if qtype is QuestionType.CLOZE and isinstance(response, Gaps):
        return _cloze_score(question, response, language)
    if qtype is QuestionType.MATCHING and isinstance(response, Pairs):
        # Right-hand texts may repeat (as in Moodle): any partner with the same text is right.
        rights = [right.get(language) for _, right in question.pairs]
        placed = tuple(
            i if 0 <= chosen < len(rights) and rights[chosen] == rights[i] else chosen
            for i, chosen in enumerate(response.right_for_left)
        )
        return _share(placed, tuple(range(len(question.pairs)))), None
    if qtype is QuestionType.ORDERING and isinstance(response, Order):
        return _share(response.indices, tuple(range(len(question.items)))), None
    raise ValueError(f"a {type(response).__name__} response does not fit a {qtype.value} question")


def _share(given: tuple[int, ...], expected: tuple[int, ...]) -> float:
    if len(given) != len(expected):
        raise ValueError(f"expected {len(expected)} entries, got {len(given)}")
    return sum(g == e for g, e in zip(given, expected, strict=True)) / len(expected)


def _cloze_score(
    question: Question, response: Gaps, language: str
) -> tuple[float, Difference | None]:
    gaps = [gap_answers(question, index, language) for index in range(gap_count(question))]
    if len(response.texts) != len(gaps):
        raise ValueError(f"expected {len(gaps)} gaps, got {len(response.texts)}")
    scores = [
        _typed_score(typed, accepted) for typed, accepted in zip(response.texts, gaps, strict=True)
    ]
    difference = next((d for _, d in scores if d is not None and d.edits), None)
    return sum(s for s, _ in scores) / len(scores), difference


def gap_count(question: Question) -> int:
    """Return how many gaps a cloze question has."""
    return len(GAP_PATTERN.findall(str(question.prompt)))


def gap_answers(question: Question, index: int, language: str) -> list[str]:
    """Return the accepted answers of gap ``index``, in the learner's and the primary language."""
    accepted: list[str] = []
    for lang in (language, question.prompt.primary):
        accepted += split_gap(GAP_PATTERN.findall(question.prompt.get(lang))[index])[0]
    return accepted


def gap_choices(question: Question, index: int, language: str) -> list[str] | None:
    """Return the options of a chosen gap (its answer and distractors), or None if typed."""
    accepted, distractors = split_gap(GAP_PATTERN.findall(question.prompt.get(language))[index])
    return [accepted[0], *distractors] if distractors else None


def _typed_score(typed: str, accepted: list[str]) -> tuple[float, Difference | None]:
    match = match_typed(typed, accepted)
    return (1.0, match) if match is not None else (0.0, None)


def normalise(text: str) -> str:
    """Fold case, accents, punctuation and spacing, so "Ha Nội!" equals "ha noi"."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    kept = "".join(
        " " if unicodedata.category(c).startswith(("P", "S")) else c
        for c in decomposed
        if not unicodedata.combining(c)
    )
    return " ".join(kept.split())


def allowed_typos(expected: str) -> int:
    """Return how many single-letter edits a typed answer of this length may have."""
    return 0 if len(expected) <= 3 else 1 if len(expected) <= 7 else 2 if len(expected) <= 14 else 3


def match_typed(typed: str, accepted: list[str]) -> Difference | None:
    """Match a typed answer against the accepted ones.

    Returns:
        None if it matches none. Otherwise a :class:`Difference`, whose ``edits`` are empty
        when the match was exact after normalising, and show the typo when it was close.
    """
    given = normalise(typed)
    if not given:
        return None
    candidates = [(normalise(a), a) for a in accepted if normalise(a)]
    for expected, original in candidates:
        if given == expected:
            return Difference(typed, original, ())
    from rapidfuzz.distance import Levenshtein  # loaded at the first typed answer, not at start

    for expected, original in candidates:
        if _digits(given) != _digits(expected):
            continue  # a wrong number is never a typo: "38/2009" is not "38/2008"
        if Levenshtein.distance(given, expected) <= allowed_typos(expected):
            return Difference(typed, original, _edits(given, expected))
    return None


def _digits(text: str) -> str:
    return re.sub(r"\D", "", text)


def _edits(given: str, expected: str) -> tuple[tuple[str, str], ...]:
    from rapidfuzz.distance import Levenshtein

    edits = []
    for op in Levenshtein.opcodes(given, expected):
        typed_part = given[op.src_start : op.src_end]
        expected_part = expected[op.dest_start : op.dest_end]
        if op.tag == "equal":
            edits.append(("same", expected_part))
            continue
        if typed_part:
            edits.append(("extra", typed_part))
        if expected_part:
            edits.append(("missing", expected_part))
    return tuple(edits)


def parse_number(text: str) -> float | None:
    """Read a typed number: "2007", "-3.5", "3,5" (decimal comma), "1 000"; None if not one."""
    cleaned = text.strip().replace(" ", "").replace("\u00a0", "")
    if cleaned.count(",") == 1 and "." not in cleaned:
        cleaned = cleaned.replace(",", ".")
    try:
        return float(cleaned)
    except ValueError:
        return None


# -- showing answers ------------------------------------------------------------------------------


def correct_answer_text(question: Question, language: str) -> str:
    """Return the right answer of any question as text, for feedback and flashcard backs."""
    qtype = question.type
    if question.answer is not None:
        return question.answer.get(language)
    if qtype in (QuestionType.SINGLE_CHOICE, QuestionType.MULTIPLE_ANSWER):
        return "\n".join(question.options[i].get(language) for i in sorted(question.correct))
    if qtype is QuestionType.TRUE_FALSE:
        true_word, false_word = TRUTH_WORDS.get(language, TRUTH_WORDS["en"])
        return true_word if question.truth else false_word
    if qtype is QuestionType.NUMERIC:
        number = f"{question.number:g}"
        return f"{number} ± {question.tolerance:g}" if question.tolerance else number
    if qtype is QuestionType.CLOZE:
        return fill_gaps(question.prompt.get(language))
    if qtype is QuestionType.MATCHING:
        return "\n".join(f"{a.get(language)} → {b.get(language)}" for a, b in question.pairs)
    return "\n".join(f"{i}. {item.get(language)}" for i, item in enumerate(question.items, 1))


def fill_gaps(text: str) -> str:
    """Return a cloze text with each gap replaced by its first accepted answer."""
    return GAP_PATTERN.sub(lambda m: split_gap(m.group(1))[0][0], text)


def blank_gaps(text: str) -> str:
    """Return a cloze text with its gaps shown as numbered blanks."""
    counter = iter(range(1, 100))
    return GAP_PATTERN.sub(lambda _: f"[{next(counter)}] _____", text)


def hint(question: Question, language: str) -> str:
    """Return a hint for a recall question: the first letter of each word of the answer."""
    if question.type is QuestionType.CLOZE:
        answers = [gap_answers(question, i, language)[0] for i in range(gap_count(question))]
    elif question.type is QuestionType.NUMERIC:
        digits = f"{question.number:g}"
        return digits[0] + "…" * (len(digits) > 1)
    else:
        answers = [correct_answer_text(question, language)]
    return " / ".join(
        " ".join(word[0] + "…" * (len(word) > 1) for word in answer.split()) for answer in answers
    )


def describe_response(question: Question, response: Response, language: str) -> str:
    """Return what the learner answered as text, for the walk through an exam's mistakes."""
    if isinstance(response, Picked):
        return "\n".join(question.options[i].get(language) for i in sorted(response.indices))
    if isinstance(response, Truth):
        true_word, false_word = TRUTH_WORDS.get(language, TRUTH_WORDS["en"])
        return true_word if response.value else false_word
    if isinstance(response, Typed):
        return response.text
    if isinstance(response, Gaps):
        return " / ".join(response.texts)
    if isinstance(response, Pairs):
        rights = [
            question.pairs[i][1].get(language) if i >= 0 else "–" for i in response.right_for_left
        ]
        return "\n".join(
            f"{left.get(language)} → {right}"
            for (left, _), right in zip(question.pairs, rights, strict=True)
        )
    return "\n".join(
        f"{n}. {question.items[i].get(language)}" for n, i in enumerate(response.indices, 1)
    )
