"""Ordering: the learner puts items in their right order."""

from __future__ import annotations

import math
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, ClassVar

from quizapp.core.messages import QT_TRANSLATE_NOOP
from quizapp.core.model import Question, QuestionType, Text
from quizapp.core.qtypes.base import (
    FieldReader,
    LineOf,
    QuestionKind,
    lines,
    share,
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


@dataclass(frozen=True)
class Ordering:
    """The items, in the right order."""

    TYPE: ClassVar[str] = QuestionType.ORDERING

    items: tuple[Text, ...]


@dataclass(frozen=True)
class Order:
    """The items in the learner's order, as indexes into the right order."""

    indices: tuple[int, ...]


class OrderingKind(QuestionKind[Ordering]):
    """Items shown shuffled; each in its right place scores its share."""

    payload_type = Ordering
    title = QT_TRANSLATE_NOOP("core", "Ordering")
    keys = frozenset({"items"})
    required = keys
    recognition = True
    form_fields = ("items",)

    def read(
        self, reader: FieldReader, raw: Mapping[str, Any], at: LineOf, where: str, prompt: Text
    ) -> Ordering:
        items = reader.texts(raw["items"], at("items"), f"{where}: items", 2)
        return Ordering(reader.distinct(items, at("items"), f"{where}: items"))

    def to_record(self, question: Question, payload: Ordering) -> dict[str, Any]:
        return {"items": texts_record(payload.items)}

    def from_record(self, record: Mapping[str, Any], language: str) -> Ordering:
        return Ordering(texts_from_record(record["items"], language))

    def texts(self, payload: Ordering) -> tuple[Text, ...]:
        return payload.items

    def score(
        self, question: Question, payload: Ordering, response: Response, language: str
    ) -> tuple[float, Difference | None]:
        if not isinstance(response, Order):
            return super().score(question, payload, response, language)
        return share(response.indices, tuple(range(len(payload.items)))), None

    def answer_text(self, question: Question, payload: Ordering, language: str) -> str:
        return "\n".join(f"{i}. {item.get(language)}" for i, item in enumerate(payload.items, 1))

    def describe_response(
        self, question: Question, payload: Ordering, response: Response, language: str
    ) -> str:
        assert isinstance(response, Order)
        return "\n".join(
            f"{n}. {payload.items[i].get(language)}" for n, i in enumerate(response.indices, 1)
        )

    def guess_chance(self, payload: Ordering) -> float:
        return 1 / math.factorial(len(payload.items))

    def from_cells(self, cells: Cells) -> dict[str, Any] | None:
        return {"items": cells.options}

    def table_cells(self, question: Question, payload: Ordering) -> dict[str, str]:
        from quizapp.core.formats.delimited import LIST_SEPARATOR

        return {"options": LIST_SEPARATOR.join(str(i) for i in payload.items)}

    def lay_out(self, question: Question, payload: Ordering, sheet: Sheet) -> tuple[str, str]:
        order = sheet.order(len(payload.items))
        items = "".join(
            f"<br>&nbsp;&nbsp;{sheet.letters[shown]}. "
            f"{sheet.html(payload.items[i].get(sheet.language))}"
            for shown, i in enumerate(order)
        )
        letter_of = {i: sheet.letters[shown] for shown, i in enumerate(order)}
        spaces = " ".join("____" for _ in order)
        key = " ".join(letter_of[i] for i in range(len(order)))
        return f"{sheet.prompt(question)}{items}<br>&nbsp;&nbsp;{spaces}", key

    def draft_fields(self, question: Question, payload: Ordering) -> dict[str, str]:
        return {"items": lines(payload.items)}

    def draft_record(self, draft: QuestionDraft, text: Callable[[str], Any]) -> dict[str, Any]:
        return {"items": [text(i) for i in split_lines(draft.items)]}
