"""Short answer: the learner types a word or phrase; close spellings are accepted and shown."""

from __future__ import annotations

import re
import unicodedata
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
    split_lines,
    texts_from_record,
    texts_record,
)

if TYPE_CHECKING:
    from quizapp.core.editing import QuestionDraft
    from quizapp.core.formats.delimited import Cells
    from quizapp.core.grading import Response


@dataclass(frozen=True)
class ShortAnswer:
    """The answer, and other answers accepted as well."""

    TYPE: ClassVar[str] = QuestionType.SHORT_ANSWER

    answer: Text
    alternatives: tuple[Text, ...] = ()


@dataclass(frozen=True)
class Typed:
    """A typed answer: a short answer or a number."""

    text: str


@dataclass(frozen=True)
class Difference:
    """A typed answer that was accepted despite a typo: what was typed against what was meant."""

    typed: str
    expected: str
    edits: tuple[tuple[str, str], ...]  # (kind, text): kind is "same", "missing" or "extra"


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


def typed_score(typed: str, accepted: list[str]) -> tuple[float, Difference | None]:
    """Return 1 and the match if the typed answer matches an accepted one, else 0 and None."""
    match = match_typed(typed, accepted)
    return (1.0, match) if match is not None else (0.0, None)


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


def typed_from_cells(cells: Cells) -> dict[str, Any]:
    """Return the answer and the other accepted answers of a table row."""
    record: dict[str, Any] = {"answer": cells.answer}
    if cells.row.get("alternatives"):
        record["alternatives"] = cells.entries("alternatives")
    return record


class ShortAnswerKind(QuestionKind[ShortAnswer]):
    """Typed answers, matched after normalising and with a few typos allowed."""

    payload_type = ShortAnswer
    title = QT_TRANSLATE_NOOP("core", "Short answer")
    keys = frozenset({"answer", "alternatives"})
    required = frozenset({"answer"})
    form_fields = ("answer", "alternatives")

    def read(
        self, reader: FieldReader, raw: Mapping[str, Any], at: LineOf, where: str, prompt: Text
    ) -> ShortAnswer:
        answer = reader.text(raw["answer"], at("answer"), f"{where}: answer")
        if "alternatives" not in raw:
            return ShortAnswer(answer)
        alternatives = reader.texts(
            raw["alternatives"], at("alternatives"), f"{where}: alternatives", 1
        )
        return ShortAnswer(answer, alternatives)

    def to_record(self, question: Question, payload: ShortAnswer) -> dict[str, Any]:
        record: dict[str, Any] = {"answer": dict(payload.answer.values)}
        if payload.alternatives:
            record["alternatives"] = texts_record(payload.alternatives)
        return record

    def from_record(self, record: Mapping[str, Any], language: str) -> ShortAnswer:
        return ShortAnswer(
            Text(language, record["answer"]),
            texts_from_record(record.get("alternatives", []), language),
        )

    def texts(self, payload: ShortAnswer) -> tuple[Text, ...]:
        return (payload.answer, *payload.alternatives)

    def score(
        self, question: Question, payload: ShortAnswer, response: Response, language: str
    ) -> tuple[float, Difference | None]:
        if not isinstance(response, Typed):
            return super().score(question, payload, response, language)
        accepted = [t.get(lang) for t in self.texts(payload) for lang in (language, t.primary)]
        return typed_score(response.text, accepted)

    def answer_text(self, question: Question, payload: ShortAnswer, language: str) -> str:
        return payload.answer.get(language)

    def describe_response(
        self, question: Question, payload: ShortAnswer, response: Response, language: str
    ) -> str:
        assert isinstance(response, Typed)
        return response.text

    def described_answers(
        self, question: Question, payload: ShortAnswer, language: str
    ) -> list[Any]:
        answers: list[Any] = payload.answer.get(language).split("\n")
        return answers + [t.get(language) for t in payload.alternatives]

    def from_cells(self, cells: Cells) -> dict[str, Any] | None:
        return typed_from_cells(cells)

    def table_cells(self, question: Question, payload: ShortAnswer) -> dict[str, str]:
        from quizapp.core.formats.delimited import LIST_SEPARATOR

        return {
            "answer": str(payload.answer),
            "alternatives": LIST_SEPARATOR.join(str(a) for a in payload.alternatives),
        }

    def gift_answers(
        self, question: Question, payload: ShortAnswer, escape: Callable[[str], str]
    ) -> str | None:
        return " ".join(f"={escape(str(a))}" for a in self.texts(payload))

    def draft_fields(self, question: Question, payload: ShortAnswer) -> dict[str, str]:
        return {"answer": str(payload.answer), "alternatives": lines(payload.alternatives)}

    def draft_record(self, draft: QuestionDraft, text: Callable[[str], Any]) -> dict[str, Any]:
        record: dict[str, Any] = {"answer": text(draft.answer)}
        alternatives = split_lines(draft.alternatives)
        if alternatives:
            record["alternatives"] = [text(a) for a in alternatives]
        return record
