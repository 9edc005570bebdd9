"""Which importer reads a file: named by the caller, or told by the file's name and content."""

from __future__ import annotations

import codecs
import importlib
import re
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from quizapp.core.errors import Problem, QuestionFileError
from quizapp.core.formats.imported import ImportOptions, ParsedFile, Parser

if TYPE_CHECKING:
    from quizapp.core.formats.delimited import TableSample

PARSERS: dict[str, str] = {
    "yaml": "yamlimport",
    "csv": "delimited",
    "tsv": "delimited",
    "gift": "gift",
    "aiken": "aiken",
    "apkg": "anki",
    "anki-text": "ankitext",
    "moodle-xml": "moodlexml",
    "spreadsheet": "spreadsheet",
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
    ".xml": "moodle-xml",
    ".xlsx": "spreadsheet",
    ".xlsm": "spreadsheet",
    ".xls": "spreadsheet",
    ".ods": "spreadsheet",
}
_AIKEN_ANSWER = re.compile(r"^ANSWER\s*:\s*[A-Z]\s*$", re.MULTILINE)
_AIKEN_OPTION = re.compile(r"^[A-Z][.)]\s", re.MULTILINE)
_GIFT_ANSWERS = re.compile(r"\{\s*(?:[=~#]|T\s*\}|F\s*\}|TRUE|FALSE|\})")
_MOODLE_XML = re.compile(r"\s*(?:<\?xml[^>]*\?>\s*)?(?:<!--.*?-->\s*)*<quiz[\s>]", re.DOTALL)
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
        spreadsheet = b"[Content_Types].xml" in head or b"opendocument.spreadsheet" in head
        return "spreadsheet" if spreadsheet else "apkg"
    from quizapp.core.formats.ankitext import is_anki_text

    codec = "utf-16" if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)) else "utf-8"
    text = head.decode(codec, errors="replace").lstrip("\ufeff").replace("\r\n", "\n")
    if _MOODLE_XML.match(text):
        return "moodle-xml"
    if is_anki_text(text):
        return "anki-text"
    if "format: quizapp/1" in text[:2000]:
        return "yaml"
    if _AIKEN_ANSWER.search(text) and _AIKEN_OPTION.search(text):
        return "aiken"
    if _GIFT_ANSWERS.search(text):
        return "gift"
    from quizapp.core.formats.delimited import header_roles

    lines = [line for line in text.split("\n") if line.strip() and not line.startswith("#")]
    if lines and any(header_roles(lines[0].split(sep)) for sep in "\t,;|"):
        return "csv"  # a header we know: a table exported from a spreadsheet
    if lines and sum("\t" in line for line in lines) >= len(lines) / 2:
        return "anki-text"
    if lines and all(line.count("|") == lines[0].count("|") > 0 for line in lines[:-1]):
        return "csv"  # Quizlet's export with '|' between term and definition
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


def parse_file(path: Path, fmt: str | None, options: ImportOptions) -> ParsedFile:
    """Read one file in the named format, or the detected one; writes nothing.

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
    parser: Parser = importlib.import_module(f"quizapp.core.formats.{PARSERS[name]}").parse
    return parser(path, options)


def sample_table(path: Path, fmt: str | None, options: ImportOptions) -> TableSample | None:
    """Return the first rows of a delimited file or spreadsheet, or None for other formats.

    Raises:
        QuestionFileError: the file cannot be read.
    """
    from quizapp.core.formats import delimited, spreadsheet

    name = fmt or detect_format(path)
    if name == "spreadsheet":
        return delimited.sample_table(spreadsheet.sheet_rows(path, options), options)
    if name in ("csv", "tsv"):
        if name == "tsv" and options.separator is None:
            options = replace(options, separator="\t")
        return delimited.sample_table(delimited.sample_rows(path, options), options)
    return None
