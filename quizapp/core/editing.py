"""The question editor's form as plain text fields, checked by the question-file reader.

The form never has rules of its own: a draft becomes a record in our question-file format and
goes through :func:`~quizapp.core.formats.native.question_from_record`, so the editor refuses
exactly what a question file would, with the same words.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from quizapp.core.errors import QuestionEditError, QuestionFileError
from quizapp.core.formats.native import question_from_record
from quizapp.core.model import Question, QuestionId, SetId
from quizapp.core.qtypes import KINDS, kind_of, question_to_record


@dataclass(frozen=True)
class QuestionDraft:
    """A question as the editor's form holds it: one string per field, nothing checked yet.

    ``answer`` is the answer of a flashcard or short answer, the right option of a single
    choice, the right options (one per line) of a multiple answer, ``true`` or ``false``, or the
    number of a numeric question. ``options``, ``alternatives`` and ``items`` hold one entry per
    line, ``pairs`` one ``left = right`` per line, and ``tags`` are separated by commas.
    """

    type: str
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
    return QuestionDraft(
        type=question.type,
        prompt=str(question.prompt),
        topic=str(question.topic or ""),
        explanation=str(question.explanation or ""),
        tags=", ".join(question.tags),
        difficulty=question.difficulty,
        **kind_of(question).draft_fields(question, question.payload),
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
        "type": draft.type,
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
    record.update(KINDS[draft.type].draft_record(draft, text))
    try:
        return question_from_record(record, set_id)
    except QuestionFileError as error:
        message = str(error.problems[0].message).removeprefix(f"question '{question_id}': ")
        raise QuestionEditError(message) from None


def _translations(question: Question | None) -> dict[str, dict[str, str]]:
    """Map each translated text of a question, by its primary wording, to all its languages."""
    if question is None:
        return {}
    texts = [question.prompt, question.topic, question.explanation]
    texts += kind_of(question).texts(question.payload)
    return {str(t): dict(t.values) for t in texts if t is not None and t.translations()}
