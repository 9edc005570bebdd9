"""Limits on everything read from outside the app, checked by every reader in one way.

A file from elsewhere may be built to exhaust memory or time (a YAML alias bomb, thousands of
nested brackets, a 5,000-digit number) or to fool a spreadsheet (a cell starting with ``=``).
Readers call these helpers; each refusal names the line and the reason.
"""

from __future__ import annotations

import json
import math
import re
import unicodedata
from typing import Any

from quizapp.core.errors import ProfileError
from quizapp.core.messages import QT_TRANSLATE_NOOP, Message

MAX_DEPTH = 40
"""Deepest nesting of lists and mappings in a YAML or JSON file (question files use 5)."""

MAX_NUMBER_CHARS = 40
"""Longest number written in a file: far beyond any year, score or measurement."""

MAX_NAME_CHARS = 60
"""Longest learner name."""

# Characters that change how text around them is shown (bidirectional overrides and isolates)
# can make a name read differently from what it is; control characters have no place in one.
_BIDI_CONTROLS = frozenset("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200e\u200f")
_JOINERS = frozenset("\u200c\u200d")  # needed to spell words of some scripts
_STRINGS = re.compile(r'"(?:[^"\\]|\\.)*"')
_NOT_BRACKETS = re.compile(r"[^\[\]{}]+")
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


class LimitError(ValueError):
    """A file goes beyond a limit; ``line`` is where (1-based), the message says which."""

    def __init__(self, line: int, message: str):
        super().__init__(message)
        self.line = line
        self.message = message


def check_number_text(text: str, line: int) -> None:
    """Refuse a number written with more than :data:`MAX_NUMBER_CHARS` characters.

    Raises:
        LimitError: it is longer.
    """
    if len(text) > MAX_NUMBER_CHARS:
        raise LimitError(
            line, f"a number of {len(text)} characters is too long (at most {MAX_NUMBER_CHARS})"
        )


def check_finite(value: float, line: int) -> float:
    """Return ``value`` if it is a finite number.

    Raises:
        LimitError: it is infinite or not a number.
    """
    if not math.isfinite(value):
        raise LimitError(line, f"numbers must be finite, found {value}")
    return value


def load_json(text: str) -> Any:
    """Parse JSON within the limits: depth, number length, finite numbers only.

    Raises:
        LimitError: the text goes beyond a limit (with its line).
        json.JSONDecodeError: the text is not JSON.
    """
    _check_json_depth(text)

    def number(kind: type[int] | type[float]) -> Any:
        def parse(literal: str) -> int | float:
            check_number_text(literal, 1)
            return check_finite(kind(literal), 1)

        return parse

    def constant(name: str) -> float:
        raise LimitError(1, f"numbers must be finite, found {name}")

    return json.loads(
        text, parse_int=number(int), parse_float=number(float), parse_constant=constant
    )


def _check_json_depth(text: str) -> None:
    brackets = _NOT_BRACKETS.sub("", _STRINGS.sub('""', text))
    depth = 0
    for bracket in brackets:
        depth += 1 if bracket in "[{" else -1
        if depth > MAX_DEPTH:
            raise LimitError(1, f"nested more than {MAX_DEPTH} levels deep")


def clean_learner_name(name: str) -> str:
    """Return a learner name trimmed, with inner spaces collapsed, if it is acceptable.

    Raises:
        ProfileError: the name is blank, too long, or holds control or direction-changing
            characters.
    """
    cleaned = " ".join(name.split())
    if not cleaned:
        raise ProfileError(Message(QT_TRANSLATE_NOOP("core", "A profile needs a name.")))
    if len(cleaned) > MAX_NAME_CHARS:
        raise ProfileError(
            Message(
                QT_TRANSLATE_NOOP(
                    "core",
                    "A profile name can have at most {most} characters (this one has {count}).",
                ),
                {"most": MAX_NAME_CHARS, "count": len(cleaned)},
            )
        )
    if any(c in _BIDI_CONTROLS or _hidden(c) for c in cleaned):
        raise ProfileError(
            Message(
                QT_TRANSLATE_NOOP(
                    "core",
                    "A profile name cannot hold control or text-direction characters; type it "
                    "again with letters, digits and spaces.",
                )
            )
        )
    return cleaned


def _hidden(char: str) -> bool:
    """Whether a character is a control or invisible format character (joiners are fine)."""
    return unicodedata.category(char) in ("Cc", "Cf") and char not in _JOINERS


def spreadsheet_safe(cell: str) -> str:
    """Return a CSV cell that a spreadsheet shows as text, never runs as a formula.

    A cell starting with ``= + - @``, a tab or a carriage return gets a leading apostrophe
    (OWASP's advice for CSV injection); a plain negative number is left alone.
    """
    if cell.startswith(_FORMULA_START) and not _is_number(cell):
        return "'" + cell
    return cell


def from_spreadsheet_safe(cell: str) -> str:
    """Undo :func:`spreadsheet_safe`: drop the apostrophe it put before a formula-like cell."""
    if not cell.startswith("'"):  # nearly every cell: no copy made
        return cell
    guarded = cell[1:]
    if guarded.startswith(_FORMULA_START) and not _is_number(guarded):
        return guarded
    return cell


def _is_number(text: str) -> bool:
    if text != text.strip():
        return False
    try:
        return math.isfinite(float(text))
    except ValueError:
        return False
