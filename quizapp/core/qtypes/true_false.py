"""True or false: the learner says whether a statement holds."""

from __future__ import annotations

import html
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, ClassVar

from quizapp.core.messages import QT_TRANSLATE_NOOP, Message
from quizapp.core.model import Question, QuestionType, Text
from quizapp.core.qtypes.base import FieldReader, LineOf, QuestionKind

if TYPE_CHECKING:
    from quizapp.core.editing import QuestionDraft
    from quizapp.core.formats.delimited import Cells
    from quizapp.core.grading import Response
    from quizapp.core.qtypes.short_answer import Difference
    from quizapp.core.worksheet import Sheet

TRUTH_WORDS = {"en": ("True", "False"), "id": ("Benar", "Salah")}
"""How true/false answers read in each content language."""


@dataclass(frozen=True)
class TrueFalse:
    """Whether the statement is true."""

    TYPE: ClassVar[str] = QuestionType.TRUE_FALSE

    truth: bool


@dataclass(frozen=True)
class Truth:
    """A true/false answer."""

    value: bool


def truth_word(value: bool, language: str) -> str:
    """Return "True" or "False" in a content language (English if it has no words of its own)."""
    true_word, false_word = TRUTH_WORDS.get(language, TRUTH_WORDS["en"])
    return true_word if value else false_word


class TrueFalseKind(QuestionKind[TrueFalse]):
    """Two options, True and False; a click answers it."""

    payload_type = TrueFalse
    title = QT_TRANSLATE_NOOP("core", "True or false")
    keys = frozenset({"answer"})
    required = keys
    recognition = True
    one_pick = True
    form_fields = ("truth",)

    def read(
        self, reader: FieldReader, raw: Mapping[str, Any], at: LineOf, where: str, prompt: Text
    ) -> TrueFalse:
        if not isinstance(raw["answer"], bool):
            raise reader.fail(
                at("answer"),
                Message(
                    QT_TRANSLATE_NOOP("core", "{where}: answer must be true or false"),
                    {"where": where},
                ),
            )
        return TrueFalse(raw["answer"])

    def to_record(self, question: Question, payload: TrueFalse) -> dict[str, Any]:
        return {"answer": payload.truth}

    def from_record(self, record: Mapping[str, Any], language: str) -> TrueFalse:
        return TrueFalse(record["answer"])

    def score(
        self, question: Question, payload: TrueFalse, response: Response, language: str
    ) -> tuple[float, Difference | None]:
        if not isinstance(response, Truth):
            return super().score(question, payload, response, language)
        return float(response.value == payload.truth), None

    def answer_text(self, question: Question, payload: TrueFalse, language: str) -> str:
        return truth_word(payload.truth, language)

    def describe_response(
        self, question: Question, payload: TrueFalse, response: Response, language: str
    ) -> str:
        assert isinstance(response, Truth)
        return truth_word(response.value, language)

    def guess_chance(self, payload: TrueFalse) -> float:
        return 0.5

    def described_answers(self, question: Question, payload: TrueFalse, language: str) -> list[Any]:
        return [payload.truth]

    def from_cells(self, cells: Cells) -> dict[str, Any] | None:
        truth = cells.truth(cells.answer)
        if truth is None:
            cells.problem(f"a true_false answer must be true or false, found '{cells.answer}'")
            return None
        return {"answer": truth}

    def table_cells(self, question: Question, payload: TrueFalse) -> dict[str, str]:
        return {"answer": "true" if payload.truth else "false"}

    def gift_answers(
        self, question: Question, payload: TrueFalse, escape: Callable[[str], str]
    ) -> str | None:
        return "TRUE" if payload.truth else "FALSE"

    def aiken(self, question: Question, payload: TrueFalse) -> tuple[list[str], int] | None:
        return ["True", "False"], 0 if payload.truth else 1

    def lay_out(self, question: Question, payload: TrueFalse, sheet: Sheet) -> tuple[str, str]:
        true_word, false_word = (truth_word(value, sheet.language) for value in (True, False))
        choices = f"<br>&nbsp;&nbsp;☐ {true_word} &nbsp;&nbsp; ☐ {false_word}"
        right = html.escape(self.answer_text(question, payload, sheet.language))
        return f"{sheet.prompt(question)}{choices}", right

    def draft_fields(self, question: Question, payload: TrueFalse) -> dict[str, str]:
        return {"answer": "true" if payload.truth else "false"}

    def draft_record(self, draft: QuestionDraft, text: Callable[[str], Any]) -> dict[str, Any]:
        return {"answer": draft.answer.strip().lower() == "true"}
