"""Which importer reads a file: named by the caller, or told by the file's name and content."""

from __future__ import annotations

import codecs
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from quizapp.core.errors import Problem, QuestionFileError, cannot_read
from quizapp.core.formats import catalog
from quizapp.core.formats.catalog import Reading
from quizapp.core.formats.imported import ImportOptions, ParsedFile
from quizapp.core.messages import QT_TRANSLATE_NOOP, Message, Remedy

if TYPE_CHECKING:
    from quizapp.core.formats.delimited import TableSample
    from quizapp.core.formats.streamed import Batch

SEPARATORS = {"comma": ",", "semicolon": ";", "tab": "\t", "bar": "|"}
"""The separators a delimited file may be named to use, by name."""

_SAMPLE_BYTES = 64 * 1024


def detect_format(path: Path) -> str:
    """Return the name of a file's format, told from its extension or else its first bytes.

    Raises:
        QuestionFileError: the file cannot be read or its format cannot be told.
    """
    by_suffix = catalog.by_extension(path.suffix)
    if by_suffix:
        return by_suffix.name
    try:
        with path.open("rb") as handle:
            head = handle.read(_SAMPLE_BYTES)
    except OSError as error:
        raise QuestionFileError([Problem(path, 0, cannot_read(error))]) from None
    codec = "utf-16" if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)) else "utf-8"
    text = head.decode(codec, errors="replace").lstrip("\ufeff").replace("\r\n", "\n")
    by_content = catalog.by_content(catalog.Sample(head, text))
    if by_content:
        return by_content.name
    template = QT_TRANSLATE_NOOP("core", "cannot tell the format of this file; {remedy} ({known})")
    raise QuestionFileError([Problem(path, 1, _naming_formats(template))])


def _reading(path: Path, name: str | None, options: ImportOptions) -> tuple[Reading, ImportOptions]:
    """Return how to read a file in the named or detected format, and the options to read with.

    Raises:
        QuestionFileError: no format of that name can be read, or the file's cannot be told.
    """
    name = name or detect_format(path)
    found = catalog.FORMATS.get(name)
    if found is None or found.reading is None:
        template = QT_TRANSLATE_NOOP("core", "unknown format '{name}'; {remedy} ({known})")
        raise QuestionFileError([Problem(path, 0, _naming_formats(template, name=name))])
    if found.reading.separator and options.separator is None:
        options = replace(options, separator=found.reading.separator)
    return found.reading, options


def _naming_formats(template: str, **values: str) -> Message:
    known = ", ".join(fmt.name for fmt in catalog.readable())
    return Message(template, {**values, "known": known}, Remedy.CHOOSE_FORMAT)


def parse_file(path: Path, fmt: str | None, options: ImportOptions) -> ParsedFile:
    """Read one file in the named format, or the detected one; writes nothing.

    Raises:
        QuestionFileError: every problem in the file.
    """
    reading, options = _reading(path, fmt, options)
    return reading.load()(path, options)


Streamer = Callable[
    [Path, ImportOptions, Callable[["Batch"], None], Callable[[int, int], None]], ParsedFile
]
"""Reads a file in two passes and hands its questions on in batches (``delimited.stream``)."""


def streamer(
    path: Path, fmt: str | None, options: ImportOptions
) -> tuple[Streamer, ImportOptions] | None:
    """Return how to read a file in bounded memory, and the options to read it with.

    None if its format is read whole only (:func:`parse_file`).

    Raises:
        QuestionFileError: no format of that name can be read, or the file's cannot be told.
    """
    reading, options = _reading(path, fmt, options)
    if reading.streamer is None:
        return None
    function: Streamer = catalog.load_function(reading.streamer)
    return function, options


def sample_table(path: Path, fmt: str | None, options: ImportOptions) -> TableSample | None:
    """Return the first rows of a delimited file or spreadsheet, or None for other formats.

    Raises:
        QuestionFileError: the file cannot be read.
    """
    reading, options = _reading(path, fmt, options)
    if reading.table_rows is None:
        return None
    from quizapp.core.formats import delimited

    rows: Callable[[Path, ImportOptions], list[tuple[int, list[str]]]] = catalog.load_function(
        reading.table_rows
    )
    return delimited.sample_table(rows(path, options), options)
