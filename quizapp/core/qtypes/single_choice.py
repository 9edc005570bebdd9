"""Single choice: the learner picks the one right option among several."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, ClassVar, Protocol, TypeVar

from quizapp.core.messages import QT_TRANSLATE_NOOP, Message
from quizapp.core.model import Question, QuestionType, Text
from quizapp.core.qtypes.base import (
    FieldReader,
    LineOf,
    QuestionKind,
    TypedPayload,
    lines,
    split_lines,
    texts_from_record,
    texts_record,
)

if TYPE_CHECKING:
    from quizapp.core.editing import QuestionDraft
    from quizapp.core.formats.delimited import Cells
    from quizapp.core.grading import Response
    from quizapp.core.qtypes.short_answer import Difference
    from quizapp.core.worksheet import Sheet

MAX_OPTIONS = 8
"""The most options a choice question may have."""


@dataclass(frozen=True)
class SingleChoice:
    """The options, and the index of the right one (as a set, like a multiple answer's)."""

    TYPE: ClassVar[str] = QuestionType.SINGLE_CHOICE

    options: tuple[Text, ...]
    correct: frozenset[int]


@dataclass(frozen=True)
class Picked:
    """Options picked on a choice question (indexes into its options)."""

    indices: frozenset[int]


class Choices(TypedPayload, Protocol):
    """A payload of options, some of them right."""

    @property
    def options(self) -> tuple[Text, ...]:
        """The options, in the file's order."""

    @property
    def correct(self) -> frozenset[int]:
        """The indexes of the right options."""


C = TypeVar("C", bound=Choices)


class ChoiceKind(QuestionKind[C]):
    """What single choice and multiple answer share: options, picked and scored alike."""

    answer_key: str
    """The key of the question format naming the right options."""
    recognition = True
    form_fields = ("answer", "options")

    def build(self, options: tuple[Text, ...], correct: frozenset[int]) -> C:
        """Return the payload of these options."""
        raise NotImplementedError

    def read(
        self, reader: FieldReader, raw: Mapping[str, Any], at: LineOf, where: str, prompt: Text
    ) -> C:
        options = reader.texts(raw["options"], at("options"), f"{where}: options", 2)
        if len(options) > MAX_OPTIONS:
            raise reader.fail(
                at("options"),
                Message(
                    QT_TRANSLATE_NOOP("core", "{where}: at most {most} options, found {count}"),
                    {"where": where, "most": MAX_OPTIONS, "count": len(options)},
                ),
            )
        reader.distinct(options, at("options"), f"{where}: options")
        index = {str(option): i for i, option in enumerate(options)}
        key = self.answer_key
        wanted = [raw[key]] if key == "answer" else raw[key]
        if not isinstance(wanted, list) or not wanted:
            raise reader.fail(
                at(key),
                Message(
                    QT_TRANSLATE_NOOP("core", "{where}: '{key}' must list at least one option"),
                    {"where": where, "key": key},
                ),
            )
        correct = set()
        for answer in wanted:
            if str(answer) not in index:
                raise reader.fail(
                    at(key),
                    Message(
                        QT_TRANSLATE_NOOP(
                            "core", "{where}: answer {answer} is not one of the options"
                        ),
                        {"where": where, "answer": repr(str(answer))},
                    ),
                )
            correct.add(index[str(answer)])
        if len(correct) != len(wanted):
            raise reader.fail(
                at(key),
                Message(
                    QT_TRANSLATE_NOOP("core", "{where}: '{key}' names the same option twice"),
                    {"where": where, "key": key},
                ),
            )
        return self.build(options, frozenset(correct))

    def right_options(self, payload: C) -> list[str]:
        """Return the right options' primary texts, in the options' order."""
        return [str(payload.options[i]) for i in sorted(payload.correct)]

    def to_record(self, question: Question, payload: C) -> dict[str, Any]:
        right = self.right_options(payload)
        return {
            "options": texts_record(payload.options),
            self.answer_key: right[0] if self.answer_key == "answer" else right,
        }

    def from_record(self, record: Mapping[str, Any], language: str) -> C:
        options = texts_from_record(record["options"], language)
        wanted = record[self.answer_key]
        index = {option.values[language]: i for i, option in enumerate(options)}
        names = [wanted] if self.answer_key == "answer" else wanted
        return self.build(options, frozenset(index[str(name)] for name in names))

    def texts(self, payload: C) -> tuple[Text, ...]:
        return payload.options

    def options(self, payload: C) -> tuple[tuple[Text, bool], ...]:
        return tuple((option, i in payload.correct) for i, option in enumerate(payload.options))

    def score(
        self, question: Question, payload: C, response: Response, language: str
    ) -> tuple[float, Difference | None]:
        if not isinstance(response, Picked):
            return super().score(question, payload, response, language)
        hits = len(response.indices & payload.correct)
        misses = len(response.indices - payload.correct)
        return max(0.0, (hits - misses) / len(payload.correct)), None

    def answer_text(self, question: Question, payload: C, language: str) -> str:
        return "\n".join(payload.options[i].get(language) for i in sorted(payload.correct))

    def describe_response(
        self, question: Question, payload: C, response: Response, language: str
    ) -> str:
        assert isinstance(response, Picked)
        return "\n".join(payload.options[i].get(language) for i in sorted(response.indices))

    def from_cells(self, cells: Cells) -> dict[str, Any] | None:
        wanted = [cells.option(answer) for answer in cells.entries("answer")]
        if self.answer_key == "answers":
            return {"options": cells.options, "answers": wanted}
        if len(wanted) != 1:
            cells.problem(f"single_choice needs one answer, found {len(wanted)}")
            return None
        return {"options": cells.options, "answer": wanted[0]}

    def table_cells(self, question: Question, payload: C) -> dict[str, str]:
        from quizapp.core.formats.delimited import LIST_SEPARATOR

        return {
            "options": LIST_SEPARATOR.join(str(o) for o in payload.options),
            "answer": LIST_SEPARATOR.join(self.right_options(payload)),
        }

    def lay_out(self, question: Question, payload: C, sheet: Sheet) -> tuple[str, str]:
        order = sheet.order(len(payload.options))
        options = "".join(
            f"<br>&nbsp;&nbsp;☐ {sheet.letters[shown]}. "
            + sheet.html(payload.options[i].get(sheet.language))
            for shown, i in enumerate(order)
        )
        right = ", ".join(
            sheet.letters[shown] for shown, i in enumerate(order) if i in payload.correct
        )
        tick = f" <i>({sheet.words['tick']})</i>" if self.answer_key == "answers" else ""
        return f"{sheet.prompt(question)}{tick}{options}", right

    def draft_fields(self, question: Question, payload: C) -> dict[str, str]:
        return {"answer": "\n".join(self.right_options(payload)), "options": lines(payload.options)}


class SingleChoiceKind(ChoiceKind[SingleChoice]):
    """One right option; a click on an option answers it."""

    payload_type = SingleChoice
    title = QT_TRANSLATE_NOOP("core", "Single choice")
    keys = frozenset({"options", "answer"})
    required = keys
    answer_key = "answer"
    one_pick = True

    def build(self, options: tuple[Text, ...], correct: frozenset[int]) -> SingleChoice:
        return SingleChoice(options, correct)

    def guess_chance(self, payload: SingleChoice) -> float:
        return 1 / max(len(payload.options), 1)

    def gift_answers(
        self, question: Question, payload: SingleChoice, escape: Callable[[str], str]
    ) -> str | None:
        return " ".join(
            f"{'=' if i in payload.correct else '~'}{escape(str(o))}"
            for i, o in enumerate(payload.options)
        )

    def aiken(self, question: Question, payload: SingleChoice) -> tuple[list[str], int] | None:
        return [str(o) for o in payload.options], min(payload.correct)

    def draft_record(self, draft: QuestionDraft, text: Callable[[str], Any]) -> dict[str, Any]:
        options = [text(o) for o in split_lines(draft.options)]
        return {"options": options, "answer": draft.answer.strip()}
