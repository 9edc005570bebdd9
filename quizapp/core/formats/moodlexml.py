"""Moodle XML question files: every question type our questions can hold, with their images.

Read: multiple choice (one or several right answers), true/false, short answer, numerical
(with tolerance), matching, embedded answers (cloze), categories (they become the topic),
tags, the question's ``idnumber`` (a stable id), base64 images (kept as the set's media), and
per-answer and general feedback (together they become the explanation). Essays, descriptions
and the types the app cannot grade (calculated, drag and drop, random...) are skipped with a
reason. Partial credit has no place in our questions: an answer with less than full credit
counts as wrong and is noted; a short answer with a ``*`` wildcard cannot be matched as Moodle
does and is left out with a note.

The XML is read by the standard library's parser through defusedxml, which refuses document
type declarations (so no entity expansion and nothing fetched); nesting and size are limited.
For problems, the "line" is where the ``<question>`` element starts.
"""

from __future__ import annotations

import base64
import binascii
import re
import xml.etree.ElementTree as ET  # noqa: N817 (the usual name; parsing goes through defusedxml)
from collections.abc import Iterator
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any
from urllib.parse import unquote
from xml.parsers.expat import ErrorString

from defusedxml import DefusedXmlException
from defusedxml.ElementTree import DefusedXMLParser

from quizapp.core.errors import Problem, QuestionFileError
from quizapp.core.formats.gift import PLUGINFILE, category_topic
from quizapp.core.formats.imported import ImportOptions, ParsedFile, SetBuilder, read_bytes
from quizapp.core.formats.markup import IMAGE_SUFFIXES, html_to_text, image_kind
from quizapp.core.messages import QT_TRANSLATE_NOOP, Message
from quizapp.core.qtypes.single_choice import MAX_OPTIONS

MAX_DEPTH = 32
"""Deepest element nesting accepted; Moodle writes at most six levels."""

SKIPPED_TYPES = {
    "essay": QT_TRANSLATE_NOOP("core", "an essay question cannot be graded by the app"),
    "description": QT_TRANSLATE_NOOP(
        "core", "a description (text with no answers) is not a question"
    ),
    "random": QT_TRANSLATE_NOOP(
        "core", "a random question only names a category; import that category instead"
    ),
    "randomsamatch": QT_TRANSLATE_NOOP(
        "core", "a random matching question draws from other questions; it is not kept"
    ),
}
_GAP = re.compile(r"\{(\d*):([A-Za-z_]+):((?:\\.|[^\\}])*)\}")
_GAP_ANSWER = re.compile(r"(?<!\\)[=~]")
_WEIGHT = re.compile(r"^%(-?\d+(?:\.\d+)?)%")
_GAP_ESCAPES = re.compile(r"\\(.)")
_PLACEHOLDER = "\ue010{}\ue011"
_TRUE_WORDS = {"true", "benar", "vrai", "wahr", "verdadero"}


def parse(path: Path, options: ImportOptions) -> ParsedFile:
    """Read a Moodle XML file whole.

    Raises:
        QuestionFileError: the file is not Moodle XML, is unsafe, or has problems.
    """
    builder = SetBuilder(path, "moodle-xml", options)
    root, lines = _read_tree(path, read_bytes(path, options.max_package_bytes))
    if root.tag != "quiz":
        raise QuestionFileError(
            [
                Problem(
                    path,
                    1,
                    Message(
                        QT_TRANSLATE_NOOP(
                            "core", "not a Moodle XML file: it starts with <{tag}>, not <quiz>"
                        ),
                        {"tag": root.tag},
                    ),
                )
            ]
        )
    topic = ""
    for element in root:
        if element.tag != "question":
            continue
        kind = element.get("type", "")
        line = lines.get(id(element), 1)
        if kind == "category":
            topic = category_topic(_child_text(element, "category"))
            continue
        _Question(builder, element, line, topic).read(kind)
    return builder.result()


class _LineTarget(ET.TreeBuilder):
    """Builds the tree and notes where each element starts; refuses deep nesting."""

    def __init__(self) -> None:
        super().__init__()
        self.parser: DefusedXMLParser | None = None
        self.lines: dict[int, int] = {}
        self.depth = 0

    def start(self, tag: str, attrs: dict[str, str]) -> ET.Element:
        self.depth += 1
        if self.depth > MAX_DEPTH:
            raise _TooDeepError
        element = super().start(tag, attrs)
        if self.parser is not None:
            self.lines[id(element)] = self.parser.parser.CurrentLineNumber
        return element

    def end(self, tag: str) -> ET.Element:
        self.depth -= 1
        return super().end(tag)


class _TooDeepError(Exception):
    """Internal: the XML nests deeper than :data:`MAX_DEPTH`."""


def _read_tree(path: Path, data: bytes) -> tuple[ET.Element, dict[int, int]]:
    target = _LineTarget()
    parser = DefusedXMLParser(target=target, forbid_dtd=True)
    target.parser = parser
    try:
        parser.feed(data)
        root = parser.close()
    except ET.ParseError as error:
        line, column = error.position
        raise QuestionFileError(
            [
                Problem(
                    path,
                    line,
                    Message(
                        QT_TRANSLATE_NOOP(
                            "core", "not well-formed XML at column {column} ({reason})"
                        ),
                        {"column": column + 1, "reason": ErrorString(error.code)},
                    ),
                )
            ]
        ) from None
    except DefusedXmlException:
        raise QuestionFileError(
            [
                Problem(
                    path,
                    1,
                    Message(
                        QT_TRANSLATE_NOOP(
                            "core", "the XML declares a document type, which Moodle never writes"
                        )
                    ),
                )
            ]
        ) from None
    except _TooDeepError:
        raise QuestionFileError(
            [
                Problem(
                    path,
                    1,
                    Message(
                        QT_TRANSLATE_NOOP(
                            "core", "the XML nests deeper than {depth} levels; refused as unsafe"
                        ),
                        {"depth": MAX_DEPTH},
                    ),
                )
            ]
        ) from None
    return root, target.lines


def _child_text(element: ET.Element, name: str) -> str:
    """Return the ``<text>`` of a child element (Moodle wraps every text so), or ''."""
    child = element.find(name)
    if child is None:
        return ""
    text = child.find("text")
    return (text.text if text is not None else child.text) or ""


@dataclass
class _Answer:
    fraction: float
    text: str
    feedback: str
    element: ET.Element | None = None

    @property
    def correct(self) -> bool:
        return self.fraction >= 100


@dataclass
class _Question:
    """Reads one ``<question>`` element into a question record for the builder."""

    builder: SetBuilder
    element: ET.Element
    line: int
    topic: str
    notes: list[str] = field(default_factory=list)
    images: dict[str, str] = field(default_factory=dict)

    def read(self, kind: str) -> None:
        if kind in SKIPPED_TYPES:
            self.builder.skip(self.line, Message(SKIPPED_TYPES[kind]))
            return
        reader = {
            "multichoice": self.multichoice,
            "truefalse": self.truefalse,
            "shortanswer": self.shortanswer,
            "numerical": self.numerical,
            "matching": self.matching,
            "cloze": self.cloze,
            "multianswer": self.cloze,
        }.get(kind)
        if reader is None:
            self.builder.skip(
                self.line,
                Message(
                    QT_TRANSLATE_NOOP("core", "a Moodle '{kind}' question has no place in the app"),
                    {"kind": kind},
                ),
            )
            return
        self.collect_images()
        record = reader()
        if record is None:
            return
        feedback = [self.text(self.element.find("generalfeedback"))]
        feedback += record.pop("_feedback", [])
        feedback = [line for line in feedback if line]
        if feedback:
            record["explanation"] = "\n".join(dict.fromkeys(feedback))
        if self.topic:
            record["topic"] = self.topic
        tags = [t.text.strip() for t in self.element.iterfind("tags/tag/text") if t.text]
        if tags:
            record["tags"] = [tag.replace(" ", "-") for tag in tags]
        if self.element.find("hint") is not None:
            self.notes.append("the hints are not kept: the app gives its own hint")
        idnumber = _child_text(self.element, "idnumber").strip()
        name = _child_text(self.element, "name").strip()
        hint = idnumber or name or record["prompt"]
        if self.builder.add(record, self.line, hint, readable=bool(idnumber or name)):
            for note in self.notes:
                self.builder.note(self.line, note)

    # -- texts and images ------------------------------------------------------------------

    def collect_images(self) -> None:
        """Keep every image the question carries, under a name unique in the set."""
        for file in self.element.iter("file"):
            name = file.get("name", "")
            if file.get("encoding", "base64") != "base64" or not name:
                continue
            try:
                data = base64.b64decode(file.text or "")
            except (binascii.Error, ValueError):
                self.notes.append(f"the image '{name}' is left out: its data is not base64")
                continue
            if not image_kind(data) or Path(name).suffix.lower() not in IMAGE_SUFFIXES:
                self.notes.append(f"the file '{name}' is left out: it is not an image")
                continue
            self.images[name] = self.media_name(name, data)

    def media_name(self, name: str, data: bytes) -> str:
        """Return the set's name for an image: its own, unless another image has it."""
        return self.builder.add_media(name, data)

    def text(self, element: ET.Element | None) -> str:
        """Return an element's text as the plain text a learner reads."""
        if element is None:
            return ""
        raw = _child_text(element, ".") if element.find("text") is not None else ""
        return self.plain(raw, element.get("format", "html"))

    def plain(self, raw: str, text_format: str) -> str:
        if text_format != "html":
            lines = [line.strip() for line in raw.replace("\r\n", "\n").split("\n")]
            return "\n".join(line for line in lines if line)
        html = PLUGINFILE.sub(lambda m: self.images.get(unquote(m.group(1)), "missing"), raw)
        plain = html_to_text(html, self.images.values())
        for source in plain.dropped:
            self.notes.append(f"the image '{source}' is left out: only a set's own media show")
        return plain.text

    def prompt(self) -> str:
        return self.text(self.element.find("questiontext"))

    def answers(self) -> list[_Answer]:
        result = []
        for answer in self.element.iterfind("answer"):
            text_format = answer.get("format", "moodle_auto_format")
            result.append(
                _Answer(
                    _fraction(answer.get("fraction", "0")),
                    self.plain(_child_text(answer, "."), text_format)
                    if answer.find("text") is not None
                    else "",
                    self.text(answer.find("feedback")),
                    answer,
                )
            )
        return result

    def note_partial(self, option: str, fraction: float) -> None:
        if 0 < fraction < 100:
            self.notes.append(
                f"partial credit for '{option}' ({fraction:g}%) is not kept; it counts as wrong"
            )

    def feedback(self, answers: list[_Answer]) -> list[str]:
        return [
            f"{'Any other answer' if a.text == '*' else a.text}: {a.feedback}"
            for a in answers
            if a.feedback
        ]

    # -- question types --------------------------------------------------------------------

    def multichoice(self) -> dict[str, Any] | None:
        answers = self.answers()
        options = [a.text for a in answers]
        single = (self.element.findtext("single") or "true").strip().lower() != "false"
        if len(options) > MAX_OPTIONS:
            self.builder.problem(
                self.line,
                Message(
                    QT_TRANSLATE_NOOP("core", "at most {most} options, found {count}"),
                    {"most": MAX_OPTIONS, "count": len(options)},
                ),
            )
            return None
        record: dict[str, Any] = {
            "prompt": self.prompt(),
            "options": options,
            "_feedback": self.feedback(answers),
        }
        if single:
            right = [a.text for a in answers if a.correct]
            for answer in answers:
                self.note_partial(answer.text, answer.fraction)
            if not right:
                self.builder.problem(
                    self.line,
                    Message(QT_TRANSLATE_NOOP("core", "no answer gets full credit (fraction 100)")),
                )
                return None
            for other in right[1:]:
                self.notes.append(f"'{other}' also gets full credit; only '{right[0]}' is right")
            return {"type": "single_choice", "answer": right[0], **record}
        right = [a.text for a in answers if a.fraction > 0]
        if not right:
            self.builder.problem(
                self.line, Message(QT_TRANSLATE_NOOP("core", "no answer gets any credit"))
            )
            return None
        if any(a.fraction < 0 for a in answers):
            self.notes.append("the penalties for wrong choices are not kept")
        return {"type": "multiple_answer", "answers": right, **record}

    def truefalse(self) -> dict[str, Any] | None:
        answers = self.answers()
        right = [a for a in answers if a.correct]
        if len(answers) != 2 or len(right) != 1:
            self.builder.problem(
                self.line,
                Message(
                    QT_TRANSLATE_NOOP("core", "a true/false question needs one right answer of two")
                ),
            )
            return None
        truth = right[0].text.strip().lower() in _TRUE_WORDS
        # The feedback for the right answer first, as in the GIFT importer.
        ordered = [right[0].feedback, *(a.feedback for a in answers if not a.correct)]
        record = {"type": "true_false", "prompt": self.prompt(), "answer": truth}
        return {**record, "_feedback": ordered}

    def shortanswer(self) -> dict[str, Any] | None:
        answers = self.answers()
        accepted = self.accepted(answers)
        if not accepted:
            self.builder.skip(
                self.line,
                Message(
                    QT_TRANSLATE_NOOP("core", "no answer gets full credit and can be typed exactly")
                ),
            )
            return None
        if (self.element.findtext("usecase") or "0").strip() == "1":
            self.notes.append("case is not checked: the app accepts any case")
        record: dict[str, Any] = {
            "type": "short_answer",
            "prompt": self.prompt(),
            "answer": accepted[0],
            "_feedback": self.feedback(answers),
        }
        if accepted[1:]:
            record["alternatives"] = accepted[1:]
        return record

    def accepted(self, answers: list[_Answer]) -> list[str]:
        """Return the typed answers that get full credit and need no wildcard."""
        kept = []
        for answer in answers:
            if "*" in answer.text.replace("\\*", ""):
                if answer.text.strip() != "*" or answer.fraction > 0:
                    self.notes.append(
                        f"the answer '{answer.text}' is left out: the app cannot match "
                        "Moodle's '*' wildcard"
                    )
            elif answer.correct:
                kept.append(answer.text.replace("\\*", "*"))
            elif answer.fraction > 0:
                self.notes.append(
                    f"'{answer.text}' ({answer.fraction:g}% credit) is not kept as an "
                    "accepted answer"
                )
        return kept

    def numerical(self) -> dict[str, Any] | None:
        full: list[tuple[Decimal, Decimal]] = []
        answers = self.answers()
        for answer in answers:
            if answer.text.strip() == "*" or answer.fraction <= 0:
                continue
            tolerance = (
                answer.element.findtext("tolerance") or "0" if answer.element is not None else "0"
            )
            try:
                value, spread = Decimal(answer.text.strip()), abs(Decimal(tolerance.strip()))
                if not (value.is_finite() and spread.is_finite()):
                    raise InvalidOperation
            except InvalidOperation:
                self.builder.problem(
                    self.line,
                    Message(
                        QT_TRANSLATE_NOOP("core", "'{answer}' is not a number"),
                        {"answer": answer.text},
                    ),
                )
                return None
            if answer.correct:
                full.append((value, spread))
            else:
                self.notes.append(
                    f"the answer {answer.text} ({answer.fraction:g}% credit) is not kept"
                )
        if not full:
            self.builder.problem(
                self.line, Message(QT_TRANSLATE_NOOP("core", "no numeric answer gets full credit"))
            )
            return None
        for other, _ in full[1:]:
            self.notes.append(f"only the first full-credit answer is kept, not {other}")
        if self.element.find("units/unit") is not None:
            self.notes.append("the units are not kept: type the number alone")
        value, spread = full[0]
        return {
            "type": "numeric",
            "prompt": self.prompt(),
            "answer": float(value),
            "tolerance": float(spread),
            "_feedback": self.feedback(answers),
        }

    def matching(self) -> dict[str, Any] | None:
        pairs = []
        for sub in self.element.iterfind("subquestion"):
            left = self.text(sub)
            right = self.plain(_child_text(sub, "answer"), "plain_text")
            if not left:
                self.notes.append(f"the extra right-hand answer '{right}' is not kept")
                continue
            pairs.append({"left": left, "right": right})
        return {"type": "matching", "prompt": self.prompt(), "pairs": pairs}

    def cloze(self) -> dict[str, Any] | None:
        """Read embedded answers: each gap becomes one of our typed or chosen gaps."""
        question_text = self.element.find("questiontext")
        raw = _child_text(question_text, ".") if question_text is not None else ""
        gaps: list[str] = []
        feedback: list[str] = []

        def replace_gap(match: re.Match[str]) -> str:
            gap = self.gap(match.group(2).upper(), match.group(3), feedback)
            gaps.append(gap or "")
            return _PLACEHOLDER.format(len(gaps) - 1)

        marked = _GAP.sub(replace_gap, raw)
        if not gaps:
            self.builder.problem(
                self.line,
                Message(
                    QT_TRANSLATE_NOOP(
                        "core", "an embedded-answers question without any {1:...} gap"
                    )
                ),
            )
            return None
        if not all(gaps):
            return None
        text_format = question_text.get("format", "html") if question_text is not None else "html"
        prompt = self.plain(marked, text_format)
        for index, gap in enumerate(gaps):
            prompt = prompt.replace(_PLACEHOLDER.format(index), "{{" + gap + "}}")
        return {"type": "cloze", "prompt": prompt, "_feedback": feedback}

    def gap(self, kind: str, body: str, feedback: list[str]) -> str | None:
        """Return one embedded answer as our gap text, or None (skipped with the reason)."""
        answers = list(_gap_answers(body))
        if kind in {"MULTIRESPONSE", "MR", "MULTIRESPONSE_H", "MRH", "MULTIRESPONSE_S", "MRS"}:
            self.builder.skip(
                self.line,
                Message(
                    QT_TRANSLATE_NOOP(
                        "core", "a gap with several right choices cannot be a cloze gap"
                    )
                ),
            )
            return None
        feedback += self.feedback(answers)
        words = [self.plain(a.text, "html") for a in answers]
        for word in words:
            if any(c in word for c in "{}|~"):
                self.builder.skip(
                    self.line,
                    Message(
                        QT_TRANSLATE_NOOP("core", "the gap answer '{word}' holds {{, }}, | or ~"),
                        {"word": word},
                    ),
                )
                return None
        right = [w for a, w in zip(answers, words, strict=True) if a.correct and w != "*"]
        if not right:
            self.builder.skip(
                self.line,
                Message(
                    QT_TRANSLATE_NOOP("core", "a {kind} gap with no full-credit answer"),
                    {"kind": kind},
                ),
            )
            return None
        if kind.startswith(("MULTICHOICE", "MC")):
            wrong = [w for a, w in zip(answers, words, strict=True) if not a.correct]
            for answer, word in zip(answers, words, strict=True):
                self.note_partial(word, answer.fraction)
            return "|".join([right[0], *(f"~{w}" for w in wrong)])
        if kind in {"NUMERICAL", "NM"}:
            numbers = []
            for word in right:
                value, _, tolerance = word.partition(":")
                try:
                    number, spread = Decimal(value), Decimal(tolerance.strip() or "0")
                except InvalidOperation:
                    self.builder.problem(
                        self.line,
                        Message(
                            QT_TRANSLATE_NOOP("core", "the gap answer '{word}' is not a number"),
                            {"word": word},
                        ),
                    )
                    return None
                if spread:
                    self.notes.append(f"the tolerance of the gap answer {word} is not kept")
                numbers.append(str(number))
            return "|".join(numbers)
        if kind not in {"SHORTANSWER", "SA", "SHORTANSWER_C", "SAC"}:
            self.builder.skip(
                self.line,
                Message(
                    QT_TRANSLATE_NOOP("core", "the gap type {kind} is not known"), {"kind": kind}
                ),
            )
            return None
        typed = self.accepted(
            [_Answer(a.fraction, word, "") for a, word in zip(answers, words, strict=True)]
        )
        if not typed:
            self.builder.skip(
                self.line,
                Message(QT_TRANSLATE_NOOP("core", "a typed gap whose answers all need a wildcard")),
            )
            return None
        return "|".join(typed)


def _gap_answers(body: str) -> Iterator[_Answer]:
    """Split ``=right#feedback~%50%half~wrong`` into answers (escapes kept until the end)."""
    starts = [m.start() for m in _GAP_ANSWER.finditer(body)]
    for start, end in zip(starts, [*starts[1:], len(body)], strict=True):
        marker, text = body[start], body[start + 1 : end]
        fraction = 100.0 if marker == "=" else 0.0
        weight = _WEIGHT.match(text)
        if weight:
            fraction, text = float(weight.group(1)), text[weight.end() :]
        text, _, reply = _split_unescaped(text, "#")
        yield _Answer(fraction, _unescape(text).strip(), _unescape(reply).strip())


def _split_unescaped(text: str, separator: str) -> tuple[str, str, str]:
    match = re.search(rf"(?<!\\){re.escape(separator)}", text)
    if match is None:
        return text, "", ""
    return text[: match.start()], separator, text[match.end() :]


def _unescape(text: str) -> str:
    return _GAP_ESCAPES.sub(r"\1", text)


def _fraction(raw: str) -> float:
    try:
        return float(Decimal(raw.strip()))
    except InvalidOperation:
        return 0.0
