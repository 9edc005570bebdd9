"""A question type that exists only in the tests: the year something happened, typed.

It is the worked example of docs/architecture.md ("Adding a question type"): one module
with its payload and its kind, registered with one line; the study window answers it with
an input it already has.
"""

import inspect
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, ClassVar

from quizapp.core.grading import Response
from quizapp.core.model import Question, Text
from quizapp.core.qtypes.base import FieldReader, LineOf, QuestionKind
from quizapp.core.qtypes.short_answer import Difference, Typed


@dataclass(frozen=True)
class Year:
    """The year the prompt asks for."""

    TYPE: ClassVar[str] = "year"

    year: int


class YearKind(QuestionKind[Year]):
    """A typed year: right only when exact."""

    payload_type = Year
    title = "Year"
    keys = frozenset({"answer"})
    required = keys

    def read(
        self, reader: FieldReader, raw: Mapping[str, Any], at: LineOf, where: str, prompt: Text
    ) -> Year:
        value = raw["answer"]
        if isinstance(value, bool) or not isinstance(value, int):
            raise reader.fail(at("answer"), f"{where}: a year is a whole number")
        return Year(value)

    def to_record(self, question: Question, payload: Year) -> dict[str, Any]:
        return {"answer": payload.year}

    def from_record(self, record: Mapping[str, Any], language: str) -> Year:
        return Year(record["answer"])

    def score(
        self, question: Question, payload: Year, response: Response, language: str
    ) -> tuple[float, Difference | None]:
        if not isinstance(response, Typed):
            return super().score(question, payload, response, language)
        return float(response.text.strip() == str(payload.year)), None

    def answer_text(self, question: Question, payload: Year, language: str) -> str:
        return str(payload.year)

    def describe_response(
        self, question: Question, payload: Year, response: Response, language: str
    ) -> str:
        assert isinstance(response, Typed)
        return response.text


YEAR_FILE = """\
format: quizapp/1
set: {id: history, title: History}
questions:
  - id: asean-founded
    type: year
    prompt: In which year was ASEAN founded?
    answer: 1967
"""
"""A question file with one question of the year type."""


def source_without_docstrings(obj: type) -> str:
    """Return a class's source as docs/architecture.md shows it: without its docstrings."""
    lines = [
        line for line in inspect.getsource(obj).splitlines() if not line.strip().startswith('"""')
    ]
    line = next(n for n, text in enumerate(lines) if text.startswith("class "))
    if not lines[line + 1].strip():
        del lines[line + 1]  # the blank line after the class docstring
    return "\n".join(lines)
