"""Our own question-file format (``format: quizapp/1``), documented in docs/question-format.md."""

from __future__ import annotations

import base64
import binascii
import hashlib
import re
from collections.abc import Iterable, Mapping
from dataclasses import replace
from pathlib import Path
from typing import Any

from quizapp import __version__
from quizapp.core import limits
from quizapp.core.errors import Problem, QuestionFileError, cannot_read
from quizapp.core.formats.catalog import FORMATS
from quizapp.core.formats.linedict import LineDict
from quizapp.core.messages import QT_TRANSLATE_NOOP, Message
from quizapp.core.model import Question, QuestionId, QuestionSet, SetId, Source, Text
from quizapp.core.qtypes import KINDS
from quizapp.core.qtypes.flashcard import Flashcard

FORMAT_TAG = "quizapp/1"
FILE_SUFFIXES = FORMATS["yaml"].extensions
"""The names our question files end in (the built-in sets' folders hold only those)."""
ID_PATTERN = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
LANGUAGE_PATTERN = re.compile(r"^[a-z]{2,3}$")
_RECORD_PATH = Path("<record>")  # where problems in a stored record are said to be

_COMMON_KEYS = {"id", "type", "prompt", "topic", "difficulty", "explanation", "source", "tags"}


class _InvalidValueError(Exception):
    """Internal: the value being read is wrong; the problem is already recorded."""


class _Reader:
    """Reads one file's mappings into model objects, recording every problem it meets."""

    def __init__(self, path: Path, language: str = "en", sources: Mapping[str, str] = {}):
        self.path = path
        self.language = language
        self.sources = dict(sources)
        self.problems: list[Problem] = []

    def fail(self, line: int, message: str | Message) -> _InvalidValueError:
        self.problems.append(Problem(self.path, line, message))
        return _InvalidValueError()

    def text(self, value: Any, line: int, what: str) -> Text:
        if isinstance(value, bool) or value is None:
            raise self.fail(
                line,
                Message(
                    QT_TRANSLATE_NOOP("core", "{what}: expected text, found {found}"),
                    {"what": what, "found": _describe(value)},
                ),
            )
        if isinstance(value, str | int | float):
            return self._nonblank(Text.plain(str(value), self.language), line, what)
        if isinstance(value, dict):
            values: dict[str, str] = {}
            for lang, item in value.items():
                if not isinstance(lang, str) or not LANGUAGE_PATTERN.match(lang):
                    raise self.fail(
                        line,
                        Message(
                            QT_TRANSLATE_NOOP(
                                "core", "{what}: '{lang}' is not a language code like en or id"
                            ),
                            {"what": what, "lang": lang},
                        ),
                    )
                if isinstance(item, bool) or not isinstance(item, str | int | float):
                    raise self.fail(
                        line,
                        Message(
                            QT_TRANSLATE_NOOP(
                                "core", "{what} ({lang}): expected text, found {found}"
                            ),
                            {"what": what, "lang": lang, "found": _describe(item)},
                        ),
                    )
                values[lang] = str(item)
            if self.language not in values:
                raise self.fail(
                    line,
                    Message(
                        QT_TRANSLATE_NOOP(
                            "core", "{what}: no text in the primary language '{language}'"
                        ),
                        {"what": what, "language": self.language},
                    ),
                )
            return self._nonblank(Text(self.language, values), line, what)
        raise self.fail(
            line,
            Message(
                QT_TRANSLATE_NOOP("core", "{what}: expected text, found {found}"),
                {"what": what, "found": _describe(value)},
            ),
        )

    def _nonblank(self, text: Text, line: int, what: str) -> Text:
        for lang, value in text.values.items():
            if not value.strip():
                raise self.fail(
                    line,
                    Message(
                        QT_TRANSLATE_NOOP("core", "{what} ({lang}) is blank"),
                        {"what": what, "lang": lang},
                    ),
                )
        return text

    def texts(self, value: Any, line: int, what: str, minimum: int) -> tuple[Text, ...]:
        if not isinstance(value, list):
            raise self.fail(
                line,
                Message(
                    QT_TRANSLATE_NOOP("core", "{what}: expected a list, found {found}"),
                    {"what": what, "found": _describe(value)},
                ),
            )
        if len(value) < minimum:
            raise self.fail(
                line,
                Message(
                    QT_TRANSLATE_NOOP(
                        "core", "{what}: expected at least {minimum} entries, found {count}"
                    ),
                    {"what": what, "minimum": minimum, "count": len(value)},
                ),
            )
        return tuple(self.text(item, line, f"{what}[{i + 1}]") for i, item in enumerate(value))

    def identifier(self, value: Any, line: int, what: str) -> str:
        if not isinstance(value, str) or not ID_PATTERN.match(value):
            raise self.fail(
                line,
                Message(
                    QT_TRANSLATE_NOOP(
                        "core", "{what} {value} must be lowercase letters, digits and hyphens"
                    ),
                    {"what": what, "value": repr(value)},
                ),
            )
        return value

    def question(self, raw: Any, set_id: SetId) -> Question:
        if not isinstance(raw, LineDict | dict):
            raise self.fail(
                _line(raw),
                Message(
                    QT_TRANSLATE_NOOP("core", "a question must be a mapping, found {found}"),
                    {"found": _describe(raw)},
                ),
            )
        at = _line_getter(raw)
        for key in ("id", "type", "prompt"):
            if key not in raw:
                raise self.fail(
                    at(None),
                    Message(QT_TRANSLATE_NOOP("core", "question is missing '{key}'"), {"key": key}),
                )
        qid = QuestionId(self.identifier(raw["id"], at("id"), "question id"))
        where = f"question '{qid}'"
        kind = KINDS.get(raw["type"]) if isinstance(raw["type"], str) else None
        if kind is None:
            known = ", ".join(KINDS)
            raise self.fail(
                at("type"),
                Message(
                    QT_TRANSLATE_NOOP(
                        "core", "{where}: unknown type {type} (expected one of: {known})"
                    ),
                    {"where": where, "type": repr(raw["type"]), "known": known},
                ),
            )
        allowed = _COMMON_KEYS | kind.keys
        for key in raw:
            if key not in allowed:
                raise self.fail(
                    at(key),
                    Message(
                        QT_TRANSLATE_NOOP("core", "{where}: unknown key '{key}' for type {type}"),
                        {"where": where, "key": key, "type": kind.name},
                    ),
                )
        for key in sorted(kind.required):
            if key not in raw:
                raise self.fail(
                    at(None),
                    Message(
                        QT_TRANSLATE_NOOP("core", "{where}: type {type} needs '{key}'"),
                        {"where": where, "type": kind.name, "key": key},
                    ),
                )
        fields: dict[str, Any] = {
            "prompt": self.text(raw["prompt"], at("prompt"), f"{where}: prompt"),
            "difficulty": self.difficulty(raw.get("difficulty", 2), at("difficulty"), where),
            "tags": self.tags(raw.get("tags", []), at("tags"), where),
        }
        if "topic" in raw:
            fields["topic"] = self.text(raw["topic"], at("topic"), f"{where}: topic")
        if "explanation" in raw:
            fields["explanation"] = self.text(
                raw["explanation"], at("explanation"), f"{where}: explanation"
            )
        if "source" in raw:
            fields["source"] = self.source(raw["source"], at("source"), where)
        payload = kind.read(self, raw, at, where, fields["prompt"])
        return Question(id=qid, set_id=set_id, payload=payload, **fields)

    def distinct(self, texts: tuple[Text, ...], line: int, what: str) -> tuple[Text, ...]:
        for lang in texts[0].values:
            seen = [t.get(lang) for t in texts]
            duplicates = sorted({t for t in seen if seen.count(t) > 1})
            if duplicates:
                raise self.fail(
                    line,
                    Message(
                        QT_TRANSLATE_NOOP("core", "{what} ({lang}) repeat {repeated}"),
                        {"what": what, "lang": lang, "repeated": ", ".join(map(repr, duplicates))},
                    ),
                )
        return texts

    def number(self, value: Any, line: int, what: str) -> float:
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise self.fail(
                line,
                Message(
                    QT_TRANSLATE_NOOP("core", "{what}: expected a number, found {found}"),
                    {"what": what, "found": _describe(value)},
                ),
            )
        try:
            return limits.check_finite(float(value), line)
        except (limits.LimitError, OverflowError):  # inf, nan; an int too large for a float
            raise self.fail(
                line,
                Message(
                    QT_TRANSLATE_NOOP("core", "{what}: expected a finite number, found {found}"),
                    {"what": what, "found": str(value)[:20]},
                ),
            ) from None

    def difficulty(self, value: Any, line: int, where: str) -> int:
        if value not in (1, 2, 3) or isinstance(value, bool):
            raise self.fail(
                line,
                Message(
                    QT_TRANSLATE_NOOP(
                        "core", "{where}: difficulty must be 1, 2 or 3, found {value}"
                    ),
                    {"where": where, "value": repr(value)},
                ),
            )
        return int(value)

    def tags(self, value: Any, line: int, where: str) -> tuple[str, ...]:
        if not isinstance(value, list) or not all(isinstance(t, str) and t.strip() for t in value):
            raise self.fail(
                line,
                Message(
                    QT_TRANSLATE_NOOP("core", "{where}: tags must be a list of words"),
                    {"where": where},
                ),
            )
        return tuple(value)

    def source(self, value: Any, line: int, where: str) -> Source:
        if (
            not isinstance(value, dict)
            or "text" not in value
            or not set(value) <= {"text", "part", "citation"}
        ):
            raise self.fail(
                line,
                Message(
                    QT_TRANSLATE_NOOP("core", "{where}: source must be {{text: KEY, part: ...}}"),
                    {"where": where},
                ),
            )
        key, part = value["text"], value.get("part", "")
        if not isinstance(part, str):
            raise self.fail(
                line,
                Message(
                    QT_TRANSLATE_NOOP("core", "{where}: source part must be text"), {"where": where}
                ),
            )
        citation = value.get("citation") or self.sources.get(key)
        if not isinstance(citation, str):
            declared = ", ".join(sorted(self.sources)) or "none"
            raise self.fail(
                line,
                Message(
                    QT_TRANSLATE_NOOP(
                        "core",
                        "{where}: source {key} is not declared under 'sources' "
                        "(declared: {declared})",
                    ),
                    {"where": where, "key": repr(key), "declared": declared},
                ),
            )
        return Source(text=str(key), citation=citation, part=part)


def _describe(value: Any) -> Message | str:
    if value is None:
        return Message(QT_TRANSLATE_NOOP("core", "nothing"))
    if isinstance(value, dict):
        return Message(QT_TRANSLATE_NOOP("core", "a mapping"))
    kinds = {
        bool: QT_TRANSLATE_NOOP("core", "true/false"),
        int: QT_TRANSLATE_NOOP("core", "a number"),
        float: QT_TRANSLATE_NOOP("core", "a number"),
        list: QT_TRANSLATE_NOOP("core", "a list"),
        str: QT_TRANSLATE_NOOP("core", "text"),
    }
    kind = kinds.get(type(value))
    return Message(kind) if kind else type(value).__name__


def _line(value: Any, default: int = 1) -> int:
    return getattr(value, "line", default) or default


def _line_getter(raw: Mapping[str, Any]) -> Any:
    def at(key: str | None) -> int:
        if isinstance(raw, LineDict):
            return raw.line_of(key) if key else raw.line
        return 0

    return at


def parse_question_file(path: Path) -> QuestionSet:
    """Read one question file whole.

    Raises:
        QuestionFileError: every problem found in the file; nothing is returned then.
    """
    return read_question_file(path)[0]


def read_question_file(path: Path) -> tuple[QuestionSet, list[int]]:
    """Read one file whole; also return the line each of its questions starts on.

    Raises:
        QuestionFileError: every problem found in the file.
    """
    question_set, lines, _ = read_question_file_with_media(path)
    return question_set, lines


def read_question_file_with_media(path: Path) -> tuple[QuestionSet, list[int], dict[str, bytes]]:
    """Read one file whole: its set, the line each question starts on, and its pictures.

    Pictures are the file's ``media``: file name -> the image in base64, as our export writes
    the pictures of imported sets.

    Raises:
        QuestionFileError: every problem found in the file.
    """
    try:
        text = path.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError as error:
        raise QuestionFileError(
            [
                Problem(
                    path,
                    1,
                    Message(
                        QT_TRANSLATE_NOOP("core", "not UTF-8 text ({reason})"),
                        {"reason": error.reason},
                    ),
                )
            ]
        ) from None
    except OSError as error:
        raise QuestionFileError([Problem(path, 0, cannot_read(error))]) from None
    import yaml  # only files need the YAML reader: stored questions skip it, and so does start

    from quizapp.core.formats.yamlsource import load_yaml

    try:
        document = load_yaml(text)
    except yaml.reader.ReaderError as error:  # a control character: it has no line mark
        line = text[: error.position].count("\n") + 1
        message = f"not valid YAML: {error.reason} (character #x{error.character:04x})"
        raise QuestionFileError([Problem(path, line, message)]) from None
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        line = mark.line + 1 if mark else 1
        raise QuestionFileError(
            [
                Problem(
                    path,
                    line,
                    Message(
                        QT_TRANSLATE_NOOP("core", "not valid YAML: {problem}"),
                        {"problem": error.problem},
                    ),
                )
            ]
        ) from None
    reader = _Reader(path)
    result = _read_document(reader, document)
    media = _read_media(reader, document) if isinstance(document, LineDict) else {}
    if reader.problems or result is None:
        raise QuestionFileError(reader.problems)
    return (*result, media)


def _read_media(reader: _Reader, document: LineDict) -> dict[str, bytes]:
    """Return the file's pictures, recording a problem for each that is not a safe image."""
    from quizapp.core.formats.markup import image_kind, is_media_name

    raw = document.get("media", {})
    line = document.line_of("media")
    if not isinstance(raw, dict):
        reader.fail(
            line,
            Message(
                QT_TRANSLATE_NOOP(
                    "core", "'media' must map each picture's file name to its data in base64"
                )
            ),
        )
        return {}
    media = {}
    for name, encoded in raw.items():
        try:
            data = base64.b64decode(str(encoded), validate=True)
        except (binascii.Error, ValueError):
            data = b""
        if not is_media_name(str(name)) or not image_kind(data):
            reader.fail(
                line,
                Message(
                    QT_TRANSLATE_NOOP(
                        "core", "media '{name}' is not a PNG, JPEG, GIF or WebP picture in base64"
                    ),
                    {"name": name},
                ),
            )
            continue
        media[str(name)] = data
    return media


def _read_document(reader: _Reader, document: Any) -> tuple[QuestionSet, list[int]] | None:
    if not isinstance(document, LineDict):
        reader.fail(
            1,
            Message(
                QT_TRANSLATE_NOOP("core", "expected a mapping with 'format', 'set' and 'questions'")
            ),
        )
        return None
    for key in document:
        if key not in {"format", "language", "set", "sources", "questions", "media"}:
            reader.fail(
                document.line_of(key),
                Message(QT_TRANSLATE_NOOP("core", "unknown top-level key '{key}'"), {"key": key}),
            )
    if document.get("format") != FORMAT_TAG:
        reader.fail(
            document.line_of("format"),
            Message(QT_TRANSLATE_NOOP("core", "'format' must be {tag}"), {"tag": FORMAT_TAG}),
        )
        return None
    language = document.get("language", "en")
    if not isinstance(language, str) or not LANGUAGE_PATTERN.match(language):
        reader.fail(
            document.line_of("language"),
            Message(
                QT_TRANSLATE_NOOP("core", "language {language} is not a code like en"),
                {"language": repr(language)},
            ),
        )
        return None
    reader.language = language
    sources = document.get("sources", {})
    if not isinstance(sources, dict) or not all(isinstance(v, str) for v in sources.values()):
        reader.fail(
            document.line_of("sources"),
            Message(QT_TRANSLATE_NOOP("core", "'sources' must map each key to a citation")),
        )
        return None
    reader.sources = {str(k): v for k, v in sources.items()}
    try:
        question_set = _read_set(reader, document.get("set"), document.line_of("set"))
    except _InvalidValueError:
        return None
    raw_questions = document.get("questions")
    if not isinstance(raw_questions, list) or not raw_questions:
        reader.fail(
            document.line_of("questions"),
            Message(QT_TRANSLATE_NOOP("core", "'questions' must be a non-empty list")),
        )
        return None
    questions, lines = [], []
    for raw in raw_questions:
        try:
            questions.append(reader.question(raw, question_set.id))
        except _InvalidValueError:
            continue
        lines.append(_line(raw))
    return replace(question_set, questions=tuple(questions)), lines


def _read_set(reader: _Reader, raw: Any, line: int) -> QuestionSet:
    if not isinstance(raw, LineDict) or "id" not in raw or "title" not in raw:
        raise reader.fail(
            line,
            Message(QT_TRANSLATE_NOOP("core", "'set' must be a mapping with 'id' and 'title'")),
        )
    for key in raw:
        if key not in {"id", "title", "description"}:
            raise reader.fail(
                raw.line_of(key),
                Message(QT_TRANSLATE_NOOP("core", "unknown key '{key}' in 'set'"), {"key": key}),
            )
    set_id = SetId(reader.identifier(raw["id"], raw.line_of("id"), "set id"))
    title = reader.text(raw["title"], raw.line_of("title"), "set title")
    description = (
        reader.text(raw["description"], raw.line_of("description"), "set description")
        if "description" in raw
        else None
    )
    return QuestionSet(set_id, title, description)


def question_files(paths: Iterable[Path]) -> list[Path]:
    """Expand folders into the question files they hold, in name order."""
    files: list[Path] = []
    for path in paths:
        if path.is_dir():
            files.extend(sorted(p for p in path.iterdir() if p.suffix in FILE_SUFFIXES))
        else:
            files.append(path)
    return files


def fingerprint_files(paths: Iterable[Path]) -> str:
    """Return a fingerprint of question files (or folders of them): their names and contents.

    It also covers the app's version, so a new version reloads files it may read differently.
    """
    digest = hashlib.sha256(f"{FORMAT_TAG} {__version__}".encode())
    for path in question_files(paths):
        digest.update(f"\0{path.name}\0".encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()


def load_question_files(paths: Iterable[Path]) -> list[QuestionSet]:
    """Read and check question files (or folders of them) all together.

    Raises:
        QuestionFileError: every problem in every file, including ids used twice.
    """
    problems: list[Problem] = []
    sets: list[QuestionSet] = []
    set_files: dict[SetId, Path] = {}
    question_places: dict[QuestionId, tuple[Path, int]] = {}
    for path in question_files(paths):
        try:
            question_set, lines = read_question_file(path)
        except QuestionFileError as error:
            problems.extend(error.problems)
            continue
        if question_set.id in set_files:
            problems.append(
                Problem(
                    path,
                    1,
                    Message(
                        QT_TRANSLATE_NOOP("core", "set id '{set_id}' is also used by {other}"),
                        {"set_id": question_set.id, "other": set_files[question_set.id]},
                    ),
                )
            )
        set_files[question_set.id] = path
        for question, line in zip(question_set.questions, lines, strict=True):
            if question.id in question_places:
                first_path, first_line = question_places[question.id]
                problems.append(
                    Problem(
                        path,
                        line,
                        Message(
                            QT_TRANSLATE_NOOP(
                                "core",
                                "question id '{question_id}' is already used at {path}:{line}",
                            ),
                            {"question_id": question.id, "path": first_path, "line": first_line},
                        ),
                    )
                )
            else:
                question_places[question.id] = (path, line)
        sets.append(question_set)
    if problems:
        raise QuestionFileError(problems)
    return sets


def question_from_record(record: dict[str, Any], set_id: SetId) -> Question:
    """Rebuild a question from :func:`~quizapp.core.qtypes.question_to_record`'s mapping.

    Raises:
        QuestionFileError: the mapping is not a valid question (a damaged record).
    """
    plain = _plain_flashcard(record, set_id)
    if plain is not None:
        return plain
    fields = dict(record)
    reader = _Reader(_RECORD_PATH, language=fields.pop("language", "en"))
    try:
        question = reader.question(fields, set_id)
    except _InvalidValueError:
        raise QuestionFileError(reader.problems) from None
    return question


_PLAIN_FLASHCARD_KEYS = {"id", "type", "prompt", "answer"}


def _plain_flashcard(record: dict[str, Any], set_id: SetId) -> Question | None:
    """Return the flashcard a record of nothing but an id, a prompt and an answer holds.

    The commonest record (a row of a two-column file) is checked here by the same rules in a
    few steps; anything else, or anything wrong, returns None for the full reader.
    """
    if record.keys() != _PLAIN_FLASHCARD_KEYS or record["type"] != "flashcard":
        return None
    qid, prompt, answer = record["id"], record["prompt"], record["answer"]
    if not (
        type(prompt) is str
        and type(answer) is str
        and type(qid) is str
        and prompt.strip()
        and answer.strip()
        and ID_PATTERN.match(qid)
    ):
        return None
    return Question(QuestionId(qid), set_id, Text.plain(prompt), Flashcard(Text.plain(answer)))
