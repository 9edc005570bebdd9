"""Multiple answer: the learner ticks every right option; each wrong tick costs a right one."""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, ClassVar

from quizapp.core.messages import QT_TRANSLATE_NOOP
from quizapp.core.model import Question, QuestionType, Text
from quizapp.core.qtypes.base import split_lines
from quizapp.core.qtypes.single_choice import ChoiceKind

if TYPE_CHECKING:
    from quizapp.core.editing import QuestionDraft


@dataclass(frozen=True)
class MultipleAnswer:
    """The options, and the indexes of the right ones."""

    TYPE: ClassVar[str] = QuestionType.MULTIPLE_ANSWER

    options: tuple[Text, ...]
    correct: frozenset[int]


class MultipleAnswerKind(ChoiceKind[MultipleAnswer]):
    """Any number of right options, ticked and then submitted."""

    payload_type = MultipleAnswer
    title = QT_TRANSLATE_NOOP("core", "Multiple answers")
    keys = frozenset({"options", "answers"})
    required = keys
    answer_key = "answers"

    def build(self, options: tuple[Text, ...], correct: frozenset[int]) -> MultipleAnswer:
        return MultipleAnswer(options, correct)

    def guess_chance(self, payload: MultipleAnswer) -> float:
        # One in the ways to pick as many options as are right (the count is assumed guessed).
        return 1 / math.comb(len(payload.options), len(payload.correct))

    def gift_answers(
        self, question: Question, payload: MultipleAnswer, escape: Callable[[str], str]
    ) -> str | None:
        from quizapp.core.formats.delimited import format_number

        share = format_number(round(100 / len(payload.correct), 5))
        penalty = "-100"
        return " ".join(
            f"~%{share if i in payload.correct else penalty}%{escape(str(o))}"
            for i, o in enumerate(payload.options)
        )

    def draft_record(self, draft: QuestionDraft, text: Callable[[str], Any]) -> dict[str, Any]:
        options = [text(o) for o in split_lines(draft.options)]
        return {"options": options, "answers": split_lines(draft.answer)}
