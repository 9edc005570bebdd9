"""Matching: the learner pairs each left item with its right-hand partner."""

from __future__ import annotations

import math
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, ClassVar

from quizapp.core.messages import QT_TRANSLATE_NOOP, Message
from quizapp.core.model import Question, QuestionType, Text
from quizapp.core.qtypes.base import FieldReader, LineOf, QuestionKind, share, split_lines

if TYPE_CHECKING:
    from quizapp.core.editing import QuestionDraft
    from quizapp.core.formats.delimited import Cells
    from quizapp.core.grading import Response
    from quizapp.core.qtypes.short_answer import Difference
    from quizapp.core.worksheet import Sheet

FORM_SEPARATOR = "="
"""Separates the two sides of a pair on a line of the editor's form."""


@dataclass(frozen=True)
class Matching:
    """The pairs, each (left, right), in the right order."""

    TYPE: ClassVar[str] = QuestionType.MATCHING

    pairs: tuple[tuple[Text, Text], ...]


@dataclass(frozen=True)
class Pairs:
    """For each left item, the index of the right item the learner matched it with."""

    right_for_left: tuple[int, ...]


class MatchingKind(QuestionKind[Matching]):
    """Pairs shown apart; any partner with the right text counts (texts may repeat)."""

    payload_type = Matching
    title = QT_TRANSLATE_NOOP("core", "Matching")
    keys = frozenset({"pairs"})
    required = keys
    recognition = True
    form_fields = ("pairs",)

    def read(
        self, reader: FieldReader, raw: Mapping[str, Any], at: LineOf, where: str, prompt: Text
    ) -> Matching:
        value, line = raw["pairs"], at("pairs")
        if not isinstance(value, list) or len(value) < 2:
            raise reader.fail(
                line,
                Message(
                    QT_TRANSLATE_NOOP(
                        "core",
                        "{where}: pairs must be a list of at least 2 {{left, right}} entries",
                    ),
                    {"where": where},
                ),
            )
        pairs = []
        for i, pair in enumerate(value, start=1):
            pair_line = getattr(pair, "line", line) or line
            if not isinstance(pair, dict) or set(pair) != {"left", "right"}:
                raise reader.fail(
                    pair_line,
                    Message(
                        QT_TRANSLATE_NOOP(
                            "core", "{where}: pair {number} must have exactly 'left' and 'right'"
                        ),
                        {"where": where, "number": i},
                    ),
                )
            pairs.append(
                (
                    reader.text(pair["left"], pair_line, f"{where}: pair {i} left"),
                    reader.text(pair["right"], pair_line, f"{where}: pair {i} right"),
                )
            )
        reader.distinct(tuple(left for left, _ in pairs), line, f"{where}: pairs (left)")
        return Matching(tuple(pairs))

    def to_record(self, question: Question, payload: Matching) -> dict[str, Any]:
        return {
            "pairs": [
                {"left": dict(left.values), "right": dict(right.values)}
                for left, right in payload.pairs
            ]
        }

    def from_record(self, record: Mapping[str, Any], language: str) -> Matching:
        return Matching(
            tuple(
                (Text(language, pair["left"]), Text(language, pair["right"]))
                for pair in record["pairs"]
            )
        )

    def texts(self, payload: Matching) -> tuple[Text, ...]:
        return tuple(side for pair in payload.pairs for side in pair)

    def score(
        self, question: Question, payload: Matching, response: Response, language: str
    ) -> tuple[float, Difference | None]:
        if not isinstance(response, Pairs):
            return super().score(question, payload, response, language)
        # Right-hand texts may repeat (as in Moodle): any partner with the same text is right.
        rights = [right.get(language) for _, right in payload.pairs]
        placed = tuple(
            i if 0 <= chosen < len(rights) and rights[chosen] == rights[i] else chosen
            for i, chosen in enumerate(response.right_for_left)
        )
        return share(placed, tuple(range(len(payload.pairs)))), None

    def answer_text(self, question: Question, payload: Matching, language: str) -> str:
        return "\n".join(f"{a.get(language)} → {b.get(language)}" for a, b in payload.pairs)

    def describe_response(
        self, question: Question, payload: Matching, response: Response, language: str
    ) -> str:
        assert isinstance(response, Pairs)
        rights = [
            payload.pairs[i][1].get(language) if i >= 0 else "–" for i in response.right_for_left
        ]
        return "\n".join(
            f"{left.get(language)} → {right}"
            for (left, _), right in zip(payload.pairs, rights, strict=True)
        )

    def guess_chance(self, payload: Matching) -> float:
        return 1 / math.factorial(len(payload.pairs))

    def from_cells(self, cells: Cells) -> dict[str, Any] | None:
        pairs = []
        for option in cells.options:
            pair = cells.pair(option)
            if pair is None:
                cells.problem(f"a matching pair must be 'left -> right', found '{option}'")
                return None
            pairs.append({"left": pair[0], "right": pair[1]})
        return {"pairs": pairs}

    def table_cells(self, question: Question, payload: Matching) -> dict[str, str]:
        from quizapp.core.formats.delimited import LIST_SEPARATOR, PAIR_SEPARATOR

        return {
            "options": LIST_SEPARATOR.join(
                f"{left} {PAIR_SEPARATOR} {right}" for left, right in payload.pairs
            )
        }

    def gift_answers(
        self, question: Question, payload: Matching, escape: Callable[[str], str]
    ) -> str | None:
        return " ".join(f"={escape(str(a))} -> {escape(str(b))}" for a, b in payload.pairs)

    def lay_out(self, question: Question, payload: Matching, sheet: Sheet) -> tuple[str, str]:
        language = sheet.language
        texts = [right.get(language) for _, right in payload.pairs]
        shuffled = [texts[i] for i in sheet.order(len(texts))]
        distinct = list(dict.fromkeys(shuffled))  # right-hand answers may repeat: each once
        lefts = "".join(
            f"<br>&nbsp;&nbsp;{n}. {sheet.html(left.get(language))} &nbsp; → ____"
            for n, (left, _) in enumerate(payload.pairs, start=1)
        )
        rights = "".join(
            f"<br>&nbsp;&nbsp;{sheet.letters[n]}. {sheet.html(choice)}"
            for n, choice in enumerate(distinct)
        )
        key = ", ".join(
            f"{n}–{sheet.letters[distinct.index(text)]}" for n, text in enumerate(texts, 1)
        )
        return f"{sheet.prompt(question)}{lefts}<br>{rights}", key

    def draft_fields(self, question: Question, payload: Matching) -> dict[str, str]:
        return {
            "pairs": "\n".join(f"{left} {FORM_SEPARATOR} {right}" for left, right in payload.pairs)
        }

    def draft_record(self, draft: QuestionDraft, text: Callable[[str], Any]) -> dict[str, Any]:
        return {"pairs": [_form_pair(line, text) for line in split_lines(draft.pairs)]}


def _form_pair(line: str, text: Callable[[str], Any]) -> dict[str, Any]:
    """Read ``left = right``; without the separator, leave 'right' out for the reader to report."""
    left, found, right = line.partition(FORM_SEPARATOR)
    return {"left": text(left), "right": text(right)} if found else {"left": text(left)}
