"""Writing a set in our own question-file format, so it reads back to the same questions."""

from __future__ import annotations

import base64
from collections.abc import Mapping
from typing import Any

from quizapp.core.formats.native import FORMAT_TAG
from quizapp.core.model import QuestionSet, Text
from quizapp.core.qtypes import question_to_record

_KEY_ORDER = ("id", "type", "topic", "difficulty", "prompt")


def _text(text: Text | None, language: str) -> Any:
    """Return a text as a plain string when it has no translation, else as a mapping."""
    if text is None:
        return None
    if set(text.values) == {language}:
        return text.values[language]
    return {language: text.values[language], **text.translations()}


def _values(value: Any, language: str) -> Any:
    """Turn every ``{language: text}`` mapping of a record into a string where it can be."""
    if isinstance(value, dict) and value and all(isinstance(v, str) for v in value.values()):
        if set(value) == {language}:
            return value[language]
        if language in value:
            return {language: value[language], **{k: v for k, v in value.items() if k != language}}
    if isinstance(value, dict):
        return {k: _values(v, language) for k, v in value.items()}
    if isinstance(value, list):
        return [_values(v, language) for v in value]
    return value


def write_set(
    question_set: QuestionSet, media: Mapping[str, bytes] | None = None
) -> tuple[str, list[str]]:
    """Return a set as a ``quizapp/1`` YAML document, which leaves nothing out.

    Reading it back gives the same set.

    Sources are written once under ``sources`` and referred to by key; the pictures its
    questions show (``media``: file name -> bytes) are written in base64 under ``media``.
    """
    import yaml  # loaded only for an export: starting the app does without it

    language = question_set.title.primary
    sources: dict[str, str] = {}
    questions = []
    for question in question_set.questions:
        record = question_to_record(question)
        record.pop("language")
        if "source" in record:
            source = record["source"]
            sources[source["text"]] = source.pop("citation")
            if not source["part"]:
                source.pop("part")
        if record.get("difficulty") == 2:
            record.pop("difficulty")
        if record.get("type") == "numeric" and not record.get("tolerance"):
            record.pop("tolerance")
        ordered = {key: record.pop(key) for key in _KEY_ORDER if key in record}
        questions.append(_values({**ordered, **record}, language))
    set_record: dict[str, Any] = {
        "id": question_set.id,
        "title": _text(question_set.title, language),
    }
    if question_set.description:
        set_record["description"] = _text(question_set.description, language)
    document: dict[str, Any] = {"format": FORMAT_TAG, "language": language, "set": set_record}
    if sources:
        document["sources"] = sources
    document["questions"] = questions
    if media:
        document["media"] = {name: base64.b64encode(data).decode() for name, data in media.items()}
    return yaml.safe_dump(document, allow_unicode=True, sort_keys=False, width=100), []
