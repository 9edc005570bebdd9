"""Question types: one module per type, registered in one table the rest of the app calls.

Each module holds its payload (the answer data a question of that type carries) and a
:class:`~quizapp.core.qtypes.base.QuestionKind` that reads, writes, grades and lays it out.
docs/architecture.md shows how to add a type.
"""

from __future__ import annotations

from typing import Any

from quizapp.core.model import Question
from quizapp.core.qtypes.base import QuestionKind
from quizapp.core.qtypes.cloze import Cloze, ClozeKind
from quizapp.core.qtypes.flashcard import Flashcard, FlashcardKind
from quizapp.core.qtypes.matching import Matching, MatchingKind
from quizapp.core.qtypes.multiple_answer import MultipleAnswer, MultipleAnswerKind
from quizapp.core.qtypes.numeric import Numeric, NumericKind
from quizapp.core.qtypes.ordering import Ordering, OrderingKind
from quizapp.core.qtypes.short_answer import ShortAnswer, ShortAnswerKind
from quizapp.core.qtypes.single_choice import SingleChoice, SingleChoiceKind
from quizapp.core.qtypes.true_false import TrueFalse, TrueFalseKind

Payload = (
    Flashcard
    | SingleChoice
    | MultipleAnswer
    | TrueFalse
    | ShortAnswer
    | Numeric
    | Cloze
    | Matching
    | Ordering
)
"""The answer data of a question: one class per built-in type."""

KINDS: dict[str, QuestionKind[Any]] = {}
"""Every question type by its name, in the order the app lists them."""


def register(kind: QuestionKind[Any]) -> None:
    """Add a question type to the table (or replace the one of the same name)."""
    KINDS[kind.name] = kind


def kind_of(question: Question) -> QuestionKind[Any]:
    """Return the type of a question, which every type-specific operation goes through."""
    return KINDS[question.type]


for _kind in (
    FlashcardKind(),
    SingleChoiceKind(),
    MultipleAnswerKind(),
    TrueFalseKind(),
    ShortAnswerKind(),
    NumericKind(),
    ClozeKind(),
    MatchingKind(),
    OrderingKind(),
):
    register(_kind)


def question_to_record(question: Question) -> dict[str, Any]:
    """Return a question as the mapping our question files and the database both hold.

    Its texts come with all their translations, its answer data from its kind. The native
    format writes it as YAML; storage keeps it as JSON (``storage/records.py``).
    """
    record: dict[str, Any] = {
        "id": question.id,
        "type": str(question.type),
        "language": question.prompt.primary,
        "prompt": dict(question.prompt.values),
        "difficulty": question.difficulty,
    }
    if question.topic:
        record["topic"] = dict(question.topic.values)
    if question.explanation:
        record["explanation"] = dict(question.explanation.values)
    if question.source:
        record["source"] = {
            "text": question.source.text,
            "part": question.source.part,
            "citation": question.source.citation,
        }
    if question.tags:
        record["tags"] = list(question.tags)
    record.update(kind_of(question).to_record(question, question.payload))
    return record
