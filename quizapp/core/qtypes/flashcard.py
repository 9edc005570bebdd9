"""Flashcard: the learner recalls the answer, turns the card and rates themselves."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, ClassVar

from quizapp.core.messages import QT_TRANSLATE_NOOP
from quizapp.core.model import Question, QuestionType, Text
from quizapp.core.qtypes.base import FieldReader, LineOf, QuestionKind
from quizapp.core.qtypes.short_answer import typed_from_cells

if TYPE_CHECKING:
    from quizapp.core.editing import QuestionDraft
    from quizapp.core.formats.delimited import Cells


@dataclass(frozen=True)
class Flashcard:
    """The back of the card."""

    TYPE: ClassVar[str] = QuestionType.FLASHCARD

    answer: Text


class FlashcardKind(QuestionKind[Flashcard]):
    """Self-graded cards: shown, turned, rated by the learner."""

    payload_type = Flashcard
    title = QT_TRANSLATE_NOOP("core", "Flashcard")
    keys = frozenset({"answer"})
    required = frozenset({"answer"})
    self_graded = True
    form_fields = ("answer",)

    def read(
        self, reader: FieldReader, raw: Mapping[str, Any], at: LineOf, where: str, prompt: Text
    ) -> Flashcard:
        return Flashcard(reader.text(raw["answer"], at("answer"), f"{where}: answer"))

    def to_record(self, question: Question, payload: Flashcard) -> dict[str, Any]:
        return {"answer": dict(payload.answer.values)}

    def from_record(self, record: Mapping[str, Any], language: str) -> Flashcard:
        return Flashcard(Text(language, record["answer"]))

    def texts(self, payload: Flashcard) -> tuple[Text, ...]:
        return (payload.answer,)

    def answer_text(self, question: Question, payload: Flashcard, language: str) -> str:
        return payload.answer.get(language)

    def from_cells(self, cells: Cells) -> dict[str, Any] | None:
        return typed_from_cells(cells)  # other answers are refused: a flashcard has one back

    def table_cells(self, question: Question, payload: Flashcard) -> dict[str, str]:
        return {"answer": str(payload.answer)}

    def gift_answers(
        self, question: Question, payload: Flashcard, escape: Callable[[str], str]
    ) -> str | None:
        return f"={escape(str(payload.answer))}"

    def draft_fields(self, question: Question, payload: Flashcard) -> dict[str, str]:
        return {"answer": str(payload.answer)}

    def draft_record(self, draft: QuestionDraft, text: Callable[[str], Any]) -> dict[str, Any]:
        return {"answer": text(draft.answer)}
