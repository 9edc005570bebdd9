"""Cloze: the learner fills the gaps of a text, typed or chosen from a short list."""

from __future__ import annotations

import html
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, ClassVar

from quizapp.core.messages import QT_TRANSLATE_NOOP, Message
from quizapp.core.model import Question, QuestionType, Text
from quizapp.core.qtypes.base import FieldReader, LineOf, QuestionKind, first_letters
from quizapp.core.qtypes.short_answer import typed_score

if TYPE_CHECKING:
    from quizapp.core.grading import Response
    from quizapp.core.qtypes.short_answer import Difference
    from quizapp.core.worksheet import Sheet

GAP_PATTERN = re.compile(r"\{\{(.+?)\}\}")
DISTRACTOR_MARK = "~"
_GAP_MARK = "\ue020"  # stands for a gap while the worksheet escapes the text around it


@dataclass(frozen=True)
class Cloze:
    """Nothing beyond the prompt: its ``{{gaps}}`` hold the answers, in every language."""

    TYPE: ClassVar[str] = QuestionType.CLOZE


@dataclass(frozen=True)
class Gaps:
    """The text typed into each gap of a cloze, in order."""

    texts: tuple[str, ...]


def split_gap(gap: str) -> tuple[list[str], list[str]]:
    """Split a cloze gap's text into its accepted answers and its distractors.

    ``{{Jakarta|Djakarta}}`` is typed: either answer is right. ``{{Jakarta|~Bangkok|~Manila}}``
    is chosen from a list of the first answer and the ``~`` distractors.
    """
    parts = [part.strip() for part in gap.split("|")]
    accepted = [part for part in parts if part and not part.startswith(DISTRACTOR_MARK)]
    distractors = [part[1:].strip() for part in parts if part.startswith(DISTRACTOR_MARK)]
    return accepted, distractors


def gap_count(question: Question) -> int:
    """Return how many gaps a cloze question has."""
    return len(GAP_PATTERN.findall(str(question.prompt)))


def gap_answers(question: Question, index: int, language: str) -> list[str]:
    """Return the accepted answers of gap ``index``, in the learner's and the primary language."""
    accepted: list[str] = []
    for lang in (language, question.prompt.primary):
        accepted += split_gap(GAP_PATTERN.findall(question.prompt.get(lang))[index])[0]
    return accepted


def gap_choices(question: Question, index: int, language: str) -> list[str] | None:
    """Return the options of a chosen gap (its answer and distractors), or None if typed."""
    accepted, distractors = split_gap(GAP_PATTERN.findall(question.prompt.get(language))[index])
    return [accepted[0], *distractors] if distractors else None


def fill_gaps(text: str) -> str:
    """Return a cloze text with each gap replaced by its first accepted answer."""
    return GAP_PATTERN.sub(lambda m: split_gap(m.group(1))[0][0], text)


def blank_gaps(text: str) -> str:
    """Return a cloze text with its gaps shown as numbered blanks."""
    counter = iter(range(1, 100))
    return GAP_PATTERN.sub(lambda _: f"[{next(counter)}] _____", text)


class ClozeKind(QuestionKind[Cloze]):
    """Gaps in the prompt, each scored as a typed answer."""

    payload_type = Cloze
    title = QT_TRANSLATE_NOOP("core", "Fill in the gaps")

    def read(
        self, reader: FieldReader, raw: Mapping[str, Any], at: LineOf, where: str, prompt: Text
    ) -> Cloze:
        counts = {lang: len(GAP_PATTERN.findall(text)) for lang, text in prompt.values.items()}
        if counts[prompt.primary] == 0:
            raise reader.fail(
                at("prompt"),
                Message(
                    QT_TRANSLATE_NOOP(
                        "core", "{where}: a cloze prompt needs at least one {{{{gap}}}}"
                    ),
                    {"where": where},
                ),
            )
        if len(set(counts.values())) > 1:
            raise reader.fail(
                at("prompt"),
                Message(
                    QT_TRANSLATE_NOOP(
                        "core", "{where}: languages differ in their number of gaps {counts}"
                    ),
                    {"where": where, "counts": counts},
                ),
            )
        for lang, text in prompt.values.items():
            for number, gap in enumerate(GAP_PATTERN.findall(text), start=1):
                accepted, distractors = split_gap(gap)
                if not accepted:
                    raise reader.fail(
                        at("prompt"),
                        Message(
                            QT_TRANSLATE_NOOP(
                                "core", "{where}: gap {number} ({lang}) has no right answer"
                            ),
                            {"where": where, "number": number, "lang": lang},
                        ),
                    )
                if set(accepted) & set(distractors):
                    raise reader.fail(
                        at("prompt"),
                        Message(
                            QT_TRANSLATE_NOOP(
                                "core",
                                "{where}: gap {number} ({lang}) lists a right answer as a "
                                "distractor",
                            ),
                            {"where": where, "number": number, "lang": lang},
                        ),
                    )
        return Cloze()

    def to_record(self, question: Question, payload: Cloze) -> dict[str, Any]:
        return {}

    def from_record(self, record: Mapping[str, Any], language: str) -> Cloze:
        return Cloze()

    def score(
        self, question: Question, payload: Cloze, response: Response, language: str
    ) -> tuple[float, Difference | None]:
        if not isinstance(response, Gaps):
            return super().score(question, payload, response, language)
        gaps = [gap_answers(question, index, language) for index in range(gap_count(question))]
        if len(response.texts) != len(gaps):
            raise ValueError(f"expected {len(gaps)} gaps, got {len(response.texts)}")
        scores = [
            typed_score(typed, accepted)
            for typed, accepted in zip(response.texts, gaps, strict=True)
        ]
        difference = next((d for _, d in scores if d is not None and d.edits), None)
        return sum(s for s, _ in scores) / len(scores), difference

    def answer_text(self, question: Question, payload: Cloze, language: str) -> str:
        return fill_gaps(question.prompt.get(language))

    def hint(self, question: Question, payload: Cloze, language: str) -> str:
        answers = [gap_answers(question, i, language)[0] for i in range(gap_count(question))]
        return " / ".join(first_letters(answer) for answer in answers)

    def describe_response(
        self, question: Question, payload: Cloze, response: Response, language: str
    ) -> str:
        assert isinstance(response, Gaps)
        return " / ".join(response.texts)

    def described_answers(self, question: Question, payload: Cloze, language: str) -> list[Any]:
        return [split_gap(gap)[0][0] for gap in GAP_PATTERN.findall(question.prompt.get(language))]

    def shown_prompt(self, question: Question, language: str) -> str:
        return blank_gaps(question.prompt.get(language))

    def gift(
        self, question: Question, payload: Cloze, escape: Callable[[str], str]
    ) -> tuple[str, str, str] | None:
        prompt = str(question.prompt)
        gaps = GAP_PATTERN.findall(prompt)
        if len(gaps) != 1:
            return None
        right, wrong = split_gap(gaps[0])
        if wrong:  # a chosen gap is GIFT's missing word: one right answer among wrong ones
            answers = " ".join([f"={escape(right[0])}", *(f"~{escape(w)}" for w in wrong)])
        else:
            answers = " ".join(f"={escape(a)}" for a in right)
        match = GAP_PATTERN.search(prompt)
        assert match is not None
        return escape(prompt[: match.start()]), answers, escape(prompt[match.end() :])

    def lay_out(self, question: Question, payload: Cloze, sheet: Sheet) -> tuple[str, str]:
        count = gap_count(question)
        filled = sheet.html(GAP_PATTERN.sub(_GAP_MARK, question.prompt.get(sheet.language)))
        for n in range(1, count + 1):
            filled = filled.replace(_GAP_MARK, f"<u>&nbsp;({n})&nbsp;{'&nbsp;' * 16}</u>", 1)
        accepted = [dict.fromkeys(gap_answers(question, n, sheet.language)) for n in range(count)]
        answers = "; ".join(
            f"({n}) {html.escape(' / '.join(words))}" for n, words in enumerate(accepted, 1)
        )
        return filled, answers
