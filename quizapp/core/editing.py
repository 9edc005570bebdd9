"""The question editor's form as plain text fields, checked by the question-file reader.

The form never has rules of its own: a draft becomes a record in our question-file format and
goes through :func:`~quizapp.core.formats.native.question_from_record`, so the editor refuses
exactly what a question file would, with the same words.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from quizapp.core.errors import QuestionEditError, QuestionFileError
from quizapp.core.formats.native import question_from_record, question_to_record
from quizapp.core.model import Question, QuestionId, QuestionType, SetId, Text

PAIR_SEPARATOR = "="


@dataclass(frozen=True)
class QuestionDraft:
    """A question as the editor's form holds it: one string per field, nothing checked yet.

    ``answer`` is the answer of a flashcard or short answer, the right option of a single
    choice, the right options (one per line) of a multiple answer, ``true`` or ``false``, or the
    number of a numeric question. ``options``, ``alternatives`` and ``items`` hold one entry per
    line, ``pairs`` one ``left = right`` per line, and ``tags`` are separated by commas.
    """

    type: QuestionType
    prompt: str = ""
    answer: str = ""
    options: str = ""
    alternatives: str = ""
    tolerance: str = ""
    pairs: str = ""
    items: str = ""
    topic: str = ""
    explanation: str = ""
    tags: str = ""
    difficulty: int = 2


def draft_from_question(question: Question) -> QuestionDraft:
    """Return a question as the form shows it, in its primary language."""
    qtype = question.type
    answer = ""
    if qtype in (QuestionType.FLASHCARD, QuestionType.SHORT_ANSWER):
        answer = str(question.answer)
    elif qtype in (QuestionType.SINGLE_CHOICE, QuestionType.MULTIPLE_ANSWER):
        answer = "\n".join(str(question.options[i]) for i in sorted(question.correct))
    elif qtype is QuestionType.TRUE_FALSE:
        answer = "true" if question.truth else "false"
    elif qtype is QuestionType.NUMERIC:
        answer = _number_text(question.number)
    return QuestionDraft(
        type=qtype,
        prompt=str(question.prompt),
        answer=answer,
        options=_lines(question.options),
        alternatives=_lines(question.alternatives),
        tolerance=_number_text(question.tolerance) if question.tolerance else "",
        pairs="\n".join(f"{left} {PAIR_SEPARATOR} {right}" for left, right in question.pairs),
        items=_lines(question.items),
        topic=str(question.topic or ""),
        explanation=str(question.explanation or ""),
        tags=", ".join(question.tags),
        difficulty=question.difficulty,
    )


def question_from_draft(
    draft: QuestionDraft, question_id: QuestionId, set_id: SetId, original: Question | None
) -> Question:
    """Check a draft as a question file's question would be checked, and return the question.

    Translations of ``original`` stay with every text whose primary-language wording the draft
    keeps; a text that was changed loses its translations. Its source stays too.

    Raises:
        QuestionEditError: the first problem, worded as for a question file (without the
            question's id, which the editor shows anyway).
    """
    keep = _translations(original)

    def text(value: str) -> Any:
        value = value.strip()
        return keep.get(value, value)

    record: dict[str, Any] = {
        "id": question_id,
        "type": draft.type.value,
        "language": original.prompt.primary if original else "en",
        "prompt": text(draft.prompt),
        "difficulty": draft.difficulty,
    }
    if draft.topic.strip():
        record["topic"] = text(draft.topic)
    if draft.explanation.strip():
        record["explanation"] = text(draft.explanation)
    tags = [tag.strip() for tag in draft.tags.split(",") if tag.strip()]
    if tags:
        record["tags"] = tags
    if original is not None and original.source is not None:
        record["source"] = question_to_record(original)["source"]
    record.update(_answer_record(draft, text))
    try:
        return question_from_record(record, set_id)
    except QuestionFileError as error:
        message = str(error.problems[0].message).removeprefix(f"question '{question_id}': ")
        raise QuestionEditError(message) from None


def _answer_record(draft: QuestionDraft, text: Any) -> dict[str, Any]:
    """Return the answer keys of the draft's type, as a question file writes them."""
    qtype = draft.type
    if qtype in (QuestionType.FLASHCARD, QuestionType.SHORT_ANSWER):
        record: dict[str, Any] = {"answer": text(draft.answer)}
        alternatives = _split(draft.alternatives)
        if qtype is QuestionType.SHORT_ANSWER and alternatives:
            record["alternatives"] = [text(a) for a in alternatives]
        return record
    if qtype in (QuestionType.SINGLE_CHOICE, QuestionType.MULTIPLE_ANSWER):
        options = [text(o) for o in _split(draft.options)]
        if qtype is QuestionType.SINGLE_CHOICE:
            return {"options": options, "answer": draft.answer.strip()}
        return {"options": options, "answers": _split(draft.answer)}
    if qtype is QuestionType.TRUE_FALSE:
        return {"answer": draft.answer.strip().lower() == "true"}
    if qtype is QuestionType.NUMERIC:
        record = {"answer": _number(draft.answer)}
        if draft.tolerance.strip():
            record["tolerance"] = _number(draft.tolerance)
        return record
    if qtype is QuestionType.MATCHING:
        return {"pairs": [_pair(line, text) for line in _split(draft.pairs)]}
    if qtype is QuestionType.ORDERING:
        return {"items": [text(i) for i in _split(draft.items)]}
    return {}


def _translations(question: Question | None) -> dict[str, dict[str, str]]:
    """Map each translated text of a question, by its primary wording, to all its languages."""
    if question is None:
        return {}
    texts = [question.prompt, question.answer, question.topic, question.explanation]
    texts += [*question.options, *question.alternatives, *question.items]
    texts += [side for pair in question.pairs for side in pair]
    return {str(t): dict(t.values) for t in texts if t is not None and t.translations()}


def _split(value: str) -> list[str]:
    return [line.strip() for line in value.splitlines() if line.strip()]


def _lines(texts: tuple[Text, ...]) -> str:
    return "\n".join(str(t) for t in texts)


def _pair(line: str, text: Any) -> dict[str, Any]:
    """Read ``left = right``; without the separator, leave 'right' out for the reader to report."""
    left, found, right = line.partition(PAIR_SEPARATOR)
    return {"left": text(left), "right": text(right)} if found else {"left": text(left)}


def _number(value: str) -> Any:
    """Read a number written with a decimal point or comma; other text is left for the reader."""
    try:
        return float(value.strip().replace(",", "."))
    except ValueError:
        return value.strip()


def _number_text(number: float | None) -> str:
    if number is None:
        return ""
    return str(int(number)) if number == int(number) else str(number)
