"""Numeric: the learner types a number, right within a tolerance."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, ClassVar

from quizapp.core.messages import QT_TRANSLATE_NOOP, Message
from quizapp.core.model import Question, QuestionType, Text
from quizapp.core.qtypes.base import FieldReader, LineOf, QuestionKind
from quizapp.core.qtypes.short_answer import Typed

if TYPE_CHECKING:
    from quizapp.core.editing import QuestionDraft
    from quizapp.core.formats.delimited import Cells
    from quizapp.core.grading import Response
    from quizapp.core.qtypes.short_answer import Difference


@dataclass(frozen=True)
class Numeric:
    """The number, and how far from it an answer may be and still be right."""

    TYPE: ClassVar[str] = QuestionType.NUMERIC

    number: float
    tolerance: float = 0.0


def parse_number(text: str) -> float | None:
    """Read a typed number: "2007", "-3.5", "3,5" (decimal comma), "1 000"; None if not one."""
    cleaned = text.strip().replace(" ", "").replace("\u00a0", "")
    if cleaned.count(",") == 1 and "." not in cleaned:
        cleaned = cleaned.replace(",", ".")
    try:
        return float(cleaned)
    except ValueError:
        return None


def _form_number(value: str) -> Any:
    """Read a number written with a decimal point or comma; other text is left for the reader."""
    try:
        return float(value.strip().replace(",", "."))
    except ValueError:
        return value.strip()


def _number_text(number: float) -> str:
    return str(int(number)) if number == int(number) else str(number)


class NumericKind(QuestionKind[Numeric]):
    """A typed number, compared within the tolerance."""

    payload_type = Numeric
    title = QT_TRANSLATE_NOOP("core", "Number")
    keys = frozenset({"answer", "tolerance"})
    required = frozenset({"answer"})
    form_fields = ("answer", "tolerance")

    def read(
        self, reader: FieldReader, raw: Mapping[str, Any], at: LineOf, where: str, prompt: Text
    ) -> Numeric:
        number = reader.number(raw["answer"], at("answer"), f"{where}: answer")
        tolerance = reader.number(raw.get("tolerance", 0), at("tolerance"), f"{where}: tolerance")
        if tolerance < 0:
            raise reader.fail(
                at("tolerance"),
                Message(
                    QT_TRANSLATE_NOOP("core", "{where}: tolerance must not be negative"),
                    {"where": where},
                ),
            )
        return Numeric(number, tolerance)

    def to_record(self, question: Question, payload: Numeric) -> dict[str, Any]:
        return {"answer": payload.number, "tolerance": payload.tolerance}

    def from_record(self, record: Mapping[str, Any], language: str) -> Numeric:
        return Numeric(float(record["answer"]), float(record.get("tolerance", 0)))

    def score(
        self, question: Question, payload: Numeric, response: Response, language: str
    ) -> tuple[float, Difference | None]:
        if not isinstance(response, Typed):
            return super().score(question, payload, response, language)
        value = parse_number(response.text)
        right = value is not None and abs(value - payload.number) <= payload.tolerance
        return float(right), None

    def answer_text(self, question: Question, payload: Numeric, language: str) -> str:
        number = f"{payload.number:g}"
        return f"{number} ± {payload.tolerance:g}" if payload.tolerance else number

    def hint(self, question: Question, payload: Numeric, language: str) -> str:
        digits = f"{payload.number:g}"
        return digits[0] + "…" * (len(digits) > 1)

    def describe_response(
        self, question: Question, payload: Numeric, response: Response, language: str
    ) -> str:
        assert isinstance(response, Typed)
        return response.text

    def described_answers(self, question: Question, payload: Numeric, language: str) -> list[Any]:
        return [payload.number]

    def description(self, payload: Numeric) -> dict[str, Any]:
        return {"tolerance": payload.tolerance}

    def from_cells(self, cells: Cells) -> dict[str, Any] | None:
        record = {"answer": cells.number(cells.answer)}
        if cells.row.get("tolerance"):
            record["tolerance"] = cells.number(cells.row["tolerance"])
        return record

    def table_cells(self, question: Question, payload: Numeric) -> dict[str, str]:
        from quizapp.core.formats.delimited import format_number

        tolerance = format_number(payload.tolerance) if payload.tolerance else ""
        return {"answer": format_number(payload.number), "tolerance": tolerance}

    def gift_answers(
        self, question: Question, payload: Numeric, escape: Callable[[str], str]
    ) -> str | None:
        from quizapp.core.formats.delimited import format_number

        number = format_number(payload.number)
        if payload.tolerance:
            return f"#{number}:{format_number(payload.tolerance)}"
        return f"#{number}"

    def draft_fields(self, question: Question, payload: Numeric) -> dict[str, str]:
        tolerance = _number_text(payload.tolerance) if payload.tolerance else ""
        return {"answer": _number_text(payload.number), "tolerance": tolerance}

    def draft_record(self, draft: QuestionDraft, text: Callable[[str], Any]) -> dict[str, Any]:
        record = {"answer": _form_number(draft.answer)}
        if draft.tolerance.strip():
            record["tolerance"] = _form_number(draft.tolerance)
        return record
