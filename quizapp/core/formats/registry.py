"""Which importer reads a file: named by the caller, or told by the file's name and content."""

from __future__ import annotations

import importlib
import re
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from quizapp.core.errors import Problem, QuestionFileError
from quizapp.core.formats.imported import ImportOptions, ParsedFile, Parser, SetBuilder

PARSERS: dict[str, str] = {
    "yaml": "yamlimport",
    "csv": "delimited",
    "tsv": "delimited",
    "gift": "gift",
    "aiken": "aiken",
    "apkg": "anki",
    "anki-text": "ankitext",
}
"""Every import format by the name the caller may give (``--format``), and the module in
``quizapp.core.formats`` whose ``parse`` reads it (loaded when first used, not at start)."""

SEPARATORS = {"comma": ",", "semicolon": ";", "tab": "\t", "bar": "|"}
"""The separators a delimited file may be named to use (``--separator``)."""

_BY_SUFFIX = {
    ".yaml": "yaml",
    ".yml": "yaml",
    ".csv": "csv",
    ".tsv": "tsv",
    ".tab": "tsv",
    ".gift": "gift",
    ".aiken": "aiken",
    ".apkg": "apkg",
    ".colpkg": "apkg",
}
_AIKEN_ANSWER = re.compile(r"^ANSWER\s*:\s*[A-Z]\s*$", re.MULTILINE)
_AIKEN_OPTION = re.compile(r"^[A-Z][.)]\s", re.MULTILINE)
_GIFT_ANSWERS = re.compile(r"\{\s*(?:[=~#]|T\s*\}|F\s*\}|TRUE|FALSE|\})")
_SAMPLE_BYTES = 64 * 1024


def detect_format(path: Path) -> str:
    """Return the format of a file from its extension, or else from its first bytes.

    Raises:
        QuestionFileError: the file cannot be read or its format cannot be told.
    """
    by_suffix = _BY_SUFFIX.get(path.suffix.lower())
    if by_suffix:
        return by_suffix
    try:
        with path.open("rb") as handle:
            head = handle.read(_SAMPLE_BYTES)
    except OSError as error:
        raise QuestionFileError(
            [Problem(path, 0, f"cannot read the file: {error.strerror}")]
        ) from None
    if head.startswith(b"PK\x03\x04"):
        return "apkg"
    from quizapp.core.formats.ankitext import is_anki_text

    text = head.decode("utf-8", errors="replace").lstrip("\ufeff").replace("\r\n", "\n")
    if is_anki_text(text):
        return "anki-text"
    if "format: quizapp/1" in text[:2000]:
        return "yaml"
    if _AIKEN_ANSWER.search(text) and _AIKEN_OPTION.search(text):
        return "aiken"
    if _GIFT_ANSWERS.search(text):
        return "gift"
    lines = [line for line in text.split("\n") if line.strip() and not line.startswith("#")]
    if lines and sum("\t" in line for line in lines) >= len(lines) / 2:
        return "anki-text"
    raise QuestionFileError(
        [
            Problem(
                path,
                1,
                "cannot tell the format of this file; name it with --format "
                f"({', '.join(PARSERS)})",
            )
        ]
    )


def parse_file(
    path: Path,
    fmt: str | None,
    options: ImportOptions,
    make_builder: Callable[[Path, str, ImportOptions], SetBuilder] | None = None,
) -> ParsedFile:
    """Read one file in the named format, or the detected one; writes nothing.

    With ``make_builder``, a format read a row at a time (CSV, TSV) is read into the builder
    it makes, which may stage its questions instead of keeping them (``ops.import_files``).

    Raises:
        QuestionFileError: every problem in the file.
    """
    name = fmt or detect_format(path)
    if name not in PARSERS:
        raise QuestionFileError(
            [Problem(path, 0, f"unknown format '{name}' (known: {', '.join(PARSERS)})")]
        )
    if name == "tsv" and options.separator is None:
        options = replace(options, separator="\t")
    module = importlib.import_module(f"quizapp.core.formats.{PARSERS[name]}")
    if make_builder is not None and hasattr(module, "read"):
        builder: SetBuilder = module.read(path, options, make_builder)
        return builder.result()
    parser: Parser = module.parse
    return parser(path, options)
