r"""Moodle GIFT files: read every question type we can represent, and write sets back as GIFT.

Read: multiple choice (with weights), true/false, short answer, missing word, matching,
numeric (exact, tolerance, range, several answers), ``$CATEGORY`` (becomes the topic),
``::titles::`` (give stable ids), ``//`` comments (Moodle's ``// [tag:x]`` and ``// [id:x]`` are
kept), every escape (``\~ \= \# \{ \} \: \\ \n``), per-answer and general feedback (they
become the explanation) and ``[html]`` text (sanitised, then plain). Essays and descriptions are
skipped with a reason. Partial credit has no place in our questions: an answer with less than
full credit is kept as a wrong option or dropped from the accepted answers, with a note.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from pathlib import Path, PurePosixPath
from typing import Any
from urllib.parse import unquote

from quizapp.core.formats.imported import ImportOptions, ParsedFile, SetBuilder, read_text
from quizapp.core.formats.markup import html_to_text, image_kind
from quizapp.core.messages import QT_TRANSLATE_NOOP, Message
from quizapp.core.model import QuestionSet
from quizapp.core.qtypes import kind_of
from quizapp.core.qtypes.cloze import GAP_PATTERN
from quizapp.core.qtypes.single_choice import MAX_OPTIONS

_ESCAPES = {"\\": "\ue000", "~": "\ue001", "=": "\ue002", "#": "\ue003"}
_ESCAPES |= {"{": "\ue004", "}": "\ue005", ":": "\ue006"}
_RESTORE = {placeholder: char for char, placeholder in _ESCAPES.items()}
_TRUTH = {"T": True, "TRUE": True, "F": False, "FALSE": False}
_FORMATS = ("[html]", "[moodle]", "[plain]", "[markdown]")
_ANSWER_MARKERS = re.compile(r"([=~])")
_HTML_TAG = re.compile(
    r"<(?:p|br|b|i|u|em|strong|sub|sup|span|div|img|ul|ol|li|table|tr|td|pre|code|h[1-6])\b[^<>]*>",
    re.IGNORECASE,
)
_WILDCARD = "*"
PLUGINFILE = re.compile(r"@@PLUGINFILE@@/([^\"'<>\s?#]+)")
"""How Moodle names a question's own file in its HTML: group 1 is its path, URL-quoted."""
MAX_PICTURE_BYTES = 10 * 1024 * 1024
"""Largest picture read from beside a GIFT file (photos from phones are a few MB)."""
_META = re.compile(r"\[(tag|id):([^\]]+)\]")
_WEIGHT = re.compile(r"^%(-?\d+(?:\.\d+)?)%")
_CATEGORY_PREFIXES = ("$course$/", "$module$/", "$system$/", "$cat1$/", "$cat2$/", "$cat3$/")
GAP = "_____"
"""Where the answer goes in a missing-word question that is not a cloze."""


@dataclass
class _Answer:
    correct: bool
    weight: float
    text: str
    feedback: str


@dataclass
class _Block:
    """One question's text in the file, escapes already replaced by placeholders."""

    line: int
    text: str
    tags: list[str] = field(default_factory=list)
    ids: list[str] = field(default_factory=list)


def parse(path: Path, options: ImportOptions) -> ParsedFile:
    """Read a GIFT file whole.

    Raises:
        QuestionFileError: every problem in the file; nothing is returned then.
    """
    builder = SetBuilder(path, "gift", options)
    topic = ""
    for block in _blocks(read_text(path, options)):
        if block.text.startswith("$CATEGORY:"):
            first, _, rest = block.text.partition("\n")
            topic = category_topic(first.removeprefix("$CATEGORY:"))
            if not rest.strip():
                continue
            # A question right under the category line, with no blank line between.
            block = _Block(block.line + 1, rest, block.tags, block.ids)
        _Question(builder, block, topic).read()
    return builder.result()


def _protect(text: str) -> str:
    """Replace each escape by a placeholder so the control characters left are structure."""
    out: list[str] = []
    i = 0
    while i < len(text):
        char = text[i]
        following = text[i + 1] if i + 1 < len(text) else ""
        if char == "\\" and following in _ESCAPES:
            out.append(_ESCAPES[following])
            i += 2
        elif char == "\\" and following == "n":
            out.append("\n")
            i += 2
        else:
            out.append(char)
            i += 1
    return "".join(out)


def _restore(text: str) -> str:
    return "".join(_RESTORE.get(char, char) for char in text)


def _blocks(text: str) -> Iterator[_Block]:
    """Yield the blank-line separated blocks, without comment lines, with their first line."""
    current: _Block | None = None
    pending = _Block(0, "")
    for number, raw in enumerate(text.split("\n"), start=1):
        stripped = raw.strip()
        if stripped.startswith("//"):
            for kind, value in _META.findall(stripped):
                (pending.tags if kind == "tag" else pending.ids).append(value.strip())
            continue
        if not stripped:
            if current is not None:
                yield current
                current, pending = None, _Block(0, "")
            continue
        if current is None:
            current = _Block(number, "", pending.tags, pending.ids)
        current.text += ("\n" if current.text else "") + _protect(raw)
    if current is not None:
        yield current


def category_topic(raw: str) -> str:
    """Return a Moodle category path as a topic, without ``$course$/top/`` and the like."""
    path = _restore(raw.strip())
    for prefix in _CATEGORY_PREFIXES:
        path = path.removeprefix(prefix)
    return path.removeprefix("top/").removeprefix("top").strip("/ ")


class _Question:
    """Reads one block into a question record for the builder."""

    def __init__(self, builder: SetBuilder, block: _Block, topic: str):
        self.builder = builder
        self.block = block
        self.line = block.line
        self.topic = topic
        self.html = False
        self.plain = False
        self.notes: list[str] = []

    def fail(self, message: Message) -> None:
        self.builder.problem(self.line, message)

    def text(self, raw: str) -> str:
        """Return a piece of the block as the plain text a learner reads.

        A piece may start with its own ``[html]``/``[moodle]``/``[plain]``/``[markdown]``
        marker (Moodle writes them before answers too). Moodle's default format takes HTML
        without a marker, so text with HTML tags is read as HTML unless marked plain.
        """
        restored = _restore(raw).strip()
        html = self.html
        for tag in _FORMATS:
            if restored.lower().startswith(tag):
                html = tag == "[html]" or (tag == "[moodle]" and bool(_HTML_TAG.search(restored)))
                restored = restored[len(tag) :]
                break
        else:
            html = html or (not self.plain and bool(_HTML_TAG.search(restored)))
        if html:
            restored = PLUGINFILE.sub(lambda m: self.picture(unquote(m.group(1))), restored)
            plain = html_to_text(restored, self.builder.media)
            for source in plain.dropped:
                if not PLUGINFILE.match(source):  # those were noted with their reason
                    self.notes.append(
                        f"the image '{source}' is left out: only a set's own media show"
                    )
            return plain.text
        # Blank lines come only from \n escapes (a raw one ends the question): keep them.
        return "\n".join(line.strip() for line in restored.split("\n")).strip()

    def picture(self, name: str) -> str:
        """Return the set's name for a picture Moodle names ``@@PLUGINFILE@@/NAME``.

        Moodle's GIFT export leaves the files out; a teacher may put them beside the GIFT file
        (in folders, as NAME says). A picture that is not there (or outside that folder), too
        large or not an image keeps its Moodle name, to be left out, and is noted.
        """
        folder = self.builder.path.parent.resolve()
        target = folder / name
        reason = "it is not beside the GIFT file (Moodle's GIFT export leaves pictures out)"
        if "\x00" not in name and target.resolve().is_relative_to(folder) and target.is_file():
            try:
                with target.open("rb") as handle:
                    data = handle.read(MAX_PICTURE_BYTES + 1)
            except OSError as error:
                reason = f"it cannot be read: {error.strerror}"
            else:
                if len(data) > MAX_PICTURE_BYTES:
                    reason = f"it is larger than {MAX_PICTURE_BYTES // 1024 // 1024} MB"
                elif image_kind(data) is None:
                    reason = "it is not a PNG, JPEG, GIF or WebP picture"
                else:
                    return self.builder.add_media(PurePosixPath(name).name, data)
        self.notes.append(f"the picture '{name}' is left out: {reason}")
        return f"@@PLUGINFILE@@/{name}"

    def read(self) -> None:
        body = self.block.text.strip()
        title = ""
        if body.startswith("::"):
            end = body.find("::", 2)
            if end < 0:
                self.fail(
                    Message(
                        QT_TRANSLATE_NOOP(
                            "core", "the title starts with '::' but has no closing '::'"
                        )
                    )
                )
                return
            title, body = self.text(body[2:end]), body[end + 2 :].strip()
        for tag in _FORMATS:
            if body.lower().startswith(tag):
                self.html = tag == "[html]"
                self.plain = tag in ("[plain]", "[markdown]")
                body = body[len(tag) :].strip()
                break
        start = body.find("{")
        if start < 0:
            self.builder.skip(
                self.line,
                Message(
                    QT_TRANSLATE_NOOP(
                        "core", "a description (text with no answers) is not a question"
                    )
                ),
            )
            return
        end = body.find("}", start)
        if end < 0:
            self.fail(
                Message(
                    QT_TRANSLATE_NOOP(
                        "core",
                        "'{' opens the answers but no '}' closes them (write \\{ for a brace)",
                    )
                )
            )
            return
        before, answers, after = body[:start], body[start + 1 : end].strip(), body[end + 1 :]
        if "{" in after or "}" in after:
            self.fail(
                Message(
                    QT_TRANSLATE_NOOP(
                        "core",
                        "more than one answer block in a question (write \\{ or \\} for a brace)",
                    )
                )
            )
            return
        record = self.record(before, answers, after)
        if record is None:
            return
        if self.topic:
            record["topic"] = self.topic
        if self.block.tags:
            record["tags"] = [t.replace(" ", "-") for t in self.block.tags]
        explicit = self.block.ids[-1] if self.block.ids else None
        hint = title or record["prompt"]
        if self.builder.add(record, self.line, hint, readable=bool(title), explicit_id=explicit):
            for note in self.notes:
                self.builder.note(self.line, note)

    def record(self, before: str, answers: str, after: str) -> dict[str, Any] | None:
        general = ""
        if "####" in answers:
            answers, general = answers.split("####", 1)
            answers = answers.strip()
        if not answers:
            self.builder.skip(
                self.line,
                Message(QT_TRANSLATE_NOOP("core", "an essay question cannot be graded by the app")),
            )
            return None
        if answers.startswith("#"):
            record = self.numeric(answers[1:])
        elif answers.split("#", 1)[0].strip().upper() in _TRUTH:
            record = self.truth(answers)
        else:
            parsed = self.answers(answers)
            if parsed is None:
                return None
            if "~" in answers:
                record = self.choice(parsed)
            elif any("->" in a.text for a in parsed):
                record = self.matching(parsed)
            else:
                short = self.short(parsed, before, after)
                return None if short is None else self.finish(short, general)
        if record is None:
            return None
        record["prompt"] = self.prompt(before, after, choice=record["type"] == "single_choice")
        return self.finish(record, general)

    def finish(self, record: dict[str, Any], general: str) -> dict[str, Any]:
        lines = [self.text(general)] if general.strip() else []
        lines += record.pop("_feedback", [])
        lines = [line for line in lines if line]
        if lines:
            record["explanation"] = "\n".join(dict.fromkeys(lines))
        return record

    def prompt(self, before: str, after: str, *, choice: bool) -> str:
        """Return the question text; text after the answers makes a missing-word prompt."""
        after_text = self.text(after)
        if after_text and (choice or any(c.isalnum() for c in after_text)):
            return self.text(before + GAP + after)
        return self.text(before)

    def answers(self, raw: str) -> list[_Answer] | None:
        """Split ``=a ~b #feedback ...`` into answers."""
        raw = raw.strip()
        if raw[0] not in "=~":
            self.fail(
                Message(
                    QT_TRANSLATE_NOOP(
                        "core", "answers must start with '=' or '~', found '{found}'"
                    ),
                    {"found": _restore(raw[:20])},
                )
            )
            return None
        # One pass over the text (a quadratic split took 52 s on a 1.6 MB answer).
        pieces = _ANSWER_MARKERS.split(raw)
        parts = list(zip(pieces[1::2], pieces[2::2], strict=True))
        result = []
        for marker, body in parts:
            weight = 100.0 if marker == "=" else 0.0
            match = _WEIGHT.match(body.strip())
            body = body.strip()
            if match:
                weight = float(match.group(1))
                body = body[match.end() :]
            text, _, feedback = body.partition("#")
            result.append(_Answer(weight >= 100, weight, text, feedback))
        return result

    def feedback(self, answers: list[_Answer]) -> list[str]:
        lines = []
        for answer in answers:
            if self.text(answer.feedback):
                text = self.text(answer.text)
                text = "Any other answer" if text in ("", _WILDCARD) else text
                lines.append(f"{text}: {self.text(answer.feedback)}")
        return lines

    def choice(self, answers: list[_Answer]) -> dict[str, Any] | None:
        options = [self.text(a.text) for a in answers]
        correct = [o for o, a in zip(options, answers, strict=True) if a.correct]
        partial = [o for o, a in zip(options, answers, strict=True) if 0 < a.weight < 100]
        feedback = self.feedback(answers)
        if (
            not correct
            and partial
            and abs(sum(a.weight for a in answers if a.weight > 0) - 100) < 1
        ):
            correct, partial = partial, []
        for option in partial:
            self.notes.append(f"partial credit for '{option}' is not kept; it counts as wrong")
        if not correct:
            self.fail(
                Message(
                    QT_TRANSLATE_NOOP(
                        "core", "no answer gets full credit (mark the right one with '=')"
                    )
                )
            )
            return None
        if len(options) > MAX_OPTIONS:
            self.fail(
                Message(
                    QT_TRANSLATE_NOOP("core", "at most {most} options, found {count}"),
                    {"most": MAX_OPTIONS, "count": len(options)},
                )
            )
            return None
        if len(correct) == 1:
            return {
                "type": "single_choice",
                "options": options,
                "answer": correct[0],
                "_feedback": feedback,
            }
        return {
            "type": "multiple_answer",
            "options": options,
            "answers": correct,
            "_feedback": feedback,
        }

    def short(self, answers: list[_Answer], before: str, after: str) -> dict[str, Any] | None:
        accepted = []
        for answer in answers:
            text = self.text(answer.text)
            if _WILDCARD in text:
                if text != _WILDCARD or answer.weight > 0:
                    self.notes.append(
                        f"the answer '{text}' is left out: the app cannot match Moodle's "
                        "'*' wildcard"
                    )
            elif answer.correct:
                accepted.append(text)
            else:
                self.notes.append(
                    f"'{self.text(answer.text)}' ({answer.weight:g}% credit) is not kept "
                    "as an accepted answer"
                )
        if not accepted:
            self.fail(
                Message(
                    QT_TRANSLATE_NOOP(
                        "core", "no answer gets full credit (mark the right one with '=')"
                    )
                )
            )
            return None
        feedback = self.feedback(answers)
        after_text = self.text(after)
        if after_text:
            gap = "{{" + "|".join(a.replace("\n", " ") for a in accepted) + "}}"
            prompt = self.text(before + _protect(gap) + after)
            gap_free = all("|" not in a and "{" not in a and "}" not in a for a in accepted)
            if gap_free and len(GAP_PATTERN.findall(prompt)) == 1:
                return {"type": "cloze", "prompt": prompt, "_feedback": feedback}
        record: dict[str, Any] = {
            "type": "short_answer",
            "prompt": self.prompt(before, after, choice=True),
            "answer": accepted[0],
            "_feedback": feedback,
        }
        if accepted[1:]:
            record["alternatives"] = accepted[1:]
        return record

    def truth(self, raw: str) -> dict[str, Any]:
        word, *feedback = raw.split("#")
        texts = [self.text(f) for f in feedback[:2]]
        # Moodle: the first feedback is for a wrong answer, the second for a right one.
        ordered = list(reversed(texts))
        return {"type": "true_false", "answer": _TRUTH[word.strip().upper()], "_feedback": ordered}

    def matching(self, answers: list[_Answer]) -> dict[str, Any] | None:
        pairs = []
        for answer in answers:
            left, arrow, right = answer.text.partition("->")
            if not arrow or not answer.correct:
                self.fail(
                    Message(
                        QT_TRANSLATE_NOOP(
                            "core", "a matching answer must be '=left -> right', found '{found}'"
                        ),
                        {"found": _restore(answer.text)},
                    )
                )
                return None
            if not self.text(left):
                self.notes.append(f"the extra right-hand answer '{self.text(right)}' is not kept")
                continue
            pairs.append({"left": self.text(left), "right": self.text(right)})
        return {"type": "matching", "pairs": pairs, "_feedback": self.feedback(answers)}

    def numeric(self, raw: str) -> dict[str, Any] | None:
        raw = raw.strip()
        if raw.startswith("="):
            parsed = self.answers(raw)
            if parsed is None:
                return None
            candidates = parsed
        else:
            value, _, feedback = raw.partition("#")
            candidates = [_Answer(True, 100.0, value, feedback)]
        full = []
        for answer in candidates:
            if answer.weight <= 0:
                continue  # a wrong answer is there for its feedback (Moodle writes ~#...)
            read = self.number(answer.text)
            if read is None:
                return None
            if answer.correct:
                full.append(read)
            else:
                self.notes.append(
                    f"the answer {_restore(answer.text).strip()} ({answer.weight:g}% credit) "
                    "is not kept"
                )
        if not full:
            self.fail(Message(QT_TRANSLATE_NOOP("core", "no numeric answer gets full credit")))
            return None
        for other, _ in full[1:]:
            self.notes.append(f"only the first full-credit answer is kept, not {other:g}")
        number, tolerance = full[0]
        return {
            "type": "numeric",
            "answer": number,
            "tolerance": tolerance,
            "_feedback": self.feedback(candidates),
        }

    def number(self, raw: str) -> tuple[float, float] | None:
        text = _restore(raw).strip()
        try:
            if ".." in text:
                low, high = (Decimal(part) for part in text.split("..", 1))
                low, high = min(low, high), max(low, high)
                return float((low + high) / 2), float((high - low) / 2)
            value, _, tolerance = text.partition(":")
            return float(Decimal(value)), abs(float(Decimal(tolerance or "0")))
        except (InvalidOperation, ValueError):
            self.fail(
                Message(
                    QT_TRANSLATE_NOOP(
                        "core", "'{text}' is not a number, number:tolerance or min..max"
                    ),
                    {"text": text},
                )
            )
            return None


# -- writing --------------------------------------------------------------------------------


def escape(text: str) -> str:
    r"""Return text with GIFT's control characters escaped, line breaks as ``\n``."""
    for char in "\\~=#{}:":
        text = text.replace(char, "\\" + char)
    return text.replace("\n", "\\n")


def write_set(
    question_set: QuestionSet, media: Mapping[str, bytes] | None = None
) -> tuple[str, list[str]]:
    """Return a set as GIFT text, and why questions GIFT cannot carry were left out.

    Kept: the question, its answers, the explanation (general feedback), the topic
    (``$CATEGORY``), tags and id (Moodle's ``// [tag:x]`` and ``// [id:x]`` comments).
    Lost: translations, sources and difficulty; ordering questions and clozes with more than
    one gap are left out.

    Args:
        question_set: the set to write.
        media: the pictures its questions show; not written (GIFT has no place for them).
    """
    lines = [f"// {question_set.title}", ""]
    left_out: list[str] = []
    topic = None
    for question in question_set.questions:
        parts = kind_of(question).gift(question, question.payload, escape)
        if parts is None:
            left_out.append(f"{question.id}: GIFT has no {question.type} question like this")
            continue
        this_topic = str(question.topic) if question.topic else ""
        if this_topic != topic:
            lines += [f"$CATEGORY: {this_topic}", ""]
            topic = this_topic
        lines.append(f"// [id:{question.id}]")
        lines += [f"// [tag:{tag}]" for tag in question.tags]
        feedback = f" ####{escape(str(question.explanation))}" if question.explanation else ""
        before, answers, after = parts
        lines.append(f"::{question.id}::{before}{{{answers}{feedback}}}{after}")
        lines.append("")
    return "\n".join(lines), left_out
