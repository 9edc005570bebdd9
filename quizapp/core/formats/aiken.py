"""Aiken files: multiple-choice questions as plain text, the format Moodle reads and writes.

A question is its text on one or more lines, then two or more options written ``A) text`` or
``A. text``, then ``ANSWER: A``. Blank lines between questions are optional. The text is plain:
``<`` and ``&`` are shown as written.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

from quizapp.core.formats.imported import ImportOptions, ParsedFile, SetBuilder, read_text
from quizapp.core.messages import QT_TRANSLATE_NOOP, Message
from quizapp.core.model import QuestionSet
from quizapp.core.qtypes import kind_of
from quizapp.core.qtypes.single_choice import MAX_OPTIONS

_OPTION = re.compile(r"^([A-Z])[.)][ \t]+(.*)$")
_OPTION_WITHOUT_SPACE = re.compile(r"^([A-Z])[.)](\S.*)$")
_ANSWER = re.compile(r"^ANSWER\s*:\s*(.*)$", re.IGNORECASE)
_LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"


@dataclass
class _Pending:
    line: int
    stem: list[str] = field(default_factory=list)
    options: list[str] = field(default_factory=list)
    broken: bool = False


def parse(path: Path, options: ImportOptions) -> ParsedFile:
    """Read an Aiken file whole.

    Raises:
        QuestionFileError: every problem in the file; nothing is returned then.
    """
    builder = SetBuilder(path, "aiken", options)
    pending: _Pending | None = None
    for number, raw in enumerate(read_text(path, options).split("\n"), start=1):
        line = raw.strip()
        if not line:
            continue
        answer = _ANSWER.match(line)
        option = _OPTION.match(line)
        if answer:
            if pending is not None and pending.broken:
                pass  # its problem is already reported
            elif pending is None or not pending.options:
                builder.problem(
                    number,
                    Message(
                        QT_TRANSLATE_NOOP("core", "'ANSWER:' comes before the question's options")
                    ),
                )
            else:
                _finish(builder, pending, answer.group(1).strip(), number)
            pending = None
        elif option:
            if pending is None:
                builder.problem(
                    number,
                    Message(
                        QT_TRANSLATE_NOOP("core", "option '{line}' comes before any question text"),
                        {"line": line},
                    ),
                )
                pending = _Pending(number, ["?"], broken=True)
            expected = _LETTERS[len(pending.options)]
            if option.group(1) != expected:
                builder.problem(
                    number,
                    Message(
                        QT_TRANSLATE_NOOP("core", "expected option {expected}, found '{line}'"),
                        {"expected": expected, "line": line},
                    ),
                )
            pending.options.append(option.group(2).strip())
        elif pending is not None and pending.options:
            builder.problem(
                pending.line,
                Message(
                    QT_TRANSLATE_NOOP(
                        "core",
                        "question '{question}' has no 'ANSWER:' line "
                        "(it ends where line {number} starts another)",
                    ),
                    {"question": _short(pending), "number": number},
                ),
            )
            pending = _Pending(number, [line])
        else:
            bare = _OPTION_WITHOUT_SPACE.match(line)
            if pending is not None and bare and bare.group(1) == "A":
                builder.problem(
                    number,
                    Message(
                        QT_TRANSLATE_NOOP(
                            "core", "an option needs a space after '{start}': '{line}'"
                        ),
                        {"start": line[:2], "line": line},
                    ),
                )
                pending.broken = True
            if pending is None:
                pending = _Pending(number)
            pending.stem.append(line)
    if pending is not None and not pending.broken:
        builder.problem(
            pending.line,
            Message(
                QT_TRANSLATE_NOOP(
                    "core", "question '{question}' has no 'ANSWER:' line (the file ends)"
                ),
                {"question": _short(pending)},
            ),
        )
    return builder.result()


def _short(pending: _Pending) -> str:
    text = " ".join(pending.stem)
    return text if len(text) <= 40 else text[:37] + "..."


def _finish(builder: SetBuilder, pending: _Pending, letter: str, line: int) -> None:
    count = len(pending.options)
    if count < 2:
        builder.problem(
            pending.line,
            Message(
                QT_TRANSLATE_NOOP(
                    "core", "question '{question}' has {count} option; it needs at least 2"
                ),
                {"question": _short(pending), "count": count},
            ),
        )
        return
    if count > MAX_OPTIONS:
        builder.problem(
            pending.line,
            Message(
                QT_TRANSLATE_NOOP(
                    "core", "question '{question}' has {count} options; at most {most}"
                ),
                {"question": _short(pending), "count": count, "most": MAX_OPTIONS},
            ),
        )
        return
    letter = letter.upper()
    if len(letter) != 1 or letter not in _LETTERS[:count]:
        builder.problem(
            line,
            Message(
                QT_TRANSLATE_NOOP(
                    "core", "'ANSWER: {letter}' must name one of the options A to {last}"
                ),
                {"letter": letter, "last": _LETTERS[count - 1]},
            ),
        )
        return
    prompt = "\n".join(pending.stem)
    # A repeated option (a slip, frequent in hand-typed files) is dropped from its question
    # alone; the answer is the same text whichever of the two it names.
    options = list(dict.fromkeys(pending.options))
    repeats = [
        Message(
            QT_TRANSLATE_NOOP(
                "core", "option {option} repeats option {first} ('{text}'); it is left out"
            ),
            {"option": _LETTERS[i], "first": _LETTERS[pending.options.index(text)], "text": text},
        )
        for i, text in enumerate(pending.options)
        if pending.options.index(text) != i
    ]
    record = {
        "type": "single_choice",
        "prompt": prompt,
        "options": options,
        "answer": pending.options[_LETTERS.index(letter)],
    }
    if builder.add(record, pending.line, prompt):
        for repeat in repeats:
            builder.note(pending.line, repeat)


def write_set(
    question_set: QuestionSet, media: Mapping[str, bytes] | None = None
) -> tuple[str, list[str]]:
    """Return a set's single-choice and true/false questions as Aiken text.

    Args:
        question_set: the set to write.
        media: the pictures its questions show; not written (Aiken has no place for them).

    Returns:
        The text, and why each other question was left out.
    """
    blocks, left_out = [], []
    for question in question_set.questions:
        choices = kind_of(question).aiken(question, question.payload)
        if choices is None:
            left_out.append(f"{question.id}: Aiken has no {question.type} questions")
            continue
        options, right = choices
        answer = _LETTERS[right]
        lines = [_one_line(str(question.prompt))]
        lines += [f"{_LETTERS[i]}) {_one_line(o)}" for i, o in enumerate(options)]
        lines.append(f"ANSWER: {answer}")
        blocks.append("\n".join(lines))
    return "\n\n".join(blocks) + "\n", left_out


def _one_line(text: str) -> str:
    """Return ``text`` on one line, as Aiken has it: its lines joined with a space."""
    return " ".join(text.split())


def joined_lines(question_set: QuestionSet) -> list[str]:
    """Say which prompts and options of the questions Aiken keeps are joined into one line.

    Moodle's Aiken reader takes the last line before the options as the whole question, so a
    prompt of several lines is written as one line.
    """
    notes = []
    for question in question_set.questions:
        choices = kind_of(question).aiken(question, question.payload)
        if choices is None:
            continue
        texts = [(str(question.prompt), "its prompt")]
        texts += [(o, f"option {_LETTERS[i]}") for i, o in enumerate(choices[0])]
        notes += [
            f"{question.id}: {what} is written on one line (Aiken has no line breaks)"
            for text, what in texts
            if "\n" in text.strip()
        ]
    return notes
