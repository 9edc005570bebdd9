"""Every file format, each described once: names, extensions, how it is told, read and written.

Everything else that knows formats is derived from :data:`FORMATS`: which reader a file goes to
(:mod:`quizapp.core.formats.registry`), the export formats of :func:`quizapp.core.ops.export_set`,
the CLI's ``--format`` choices, the import and export dialogs' file filters and the tables in
``docs/importing.md`` (a test compares them). Readers and writers are named ``module:function``
and loaded when first used, so start-up imports none of them. Adding a format is adding one
:class:`FileFormat` with :func:`register` (see ``docs/architecture.md``).
"""

from __future__ import annotations

import importlib
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from quizapp.core.messages import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from quizapp.core.formats.imported import Parser
    from quizapp.core.model import QuestionSet


@dataclass(frozen=True)
class Sample:
    """The first bytes of a file whose extension does not tell its format, and their text."""

    head: bytes
    text: str
    """The head decoded (UTF-8 or UTF-16), BOM dropped, lines ending in ``\\n``."""

    @property
    def lines(self) -> list[str]:
        """Return the lines that hold something, without ``#`` comments."""
        return [line for line in self.text.split("\n") if line.strip() and not line.startswith("#")]


@dataclass(frozen=True)
class ContentCheck:
    """One way to recognise a format by content; checks run by rank, lowest first."""

    rank: int
    matches: Callable[[Sample], bool]


@dataclass(frozen=True)
class Reading:
    """How a format is imported, and what an import keeps and drops (for the docs)."""

    reader: str
    """``module:function``, a :data:`~quizapp.core.formats.imported.Parser`."""
    keeps: str
    drops: str
    checks: tuple[ContentCheck, ...] = ()
    separator: str | None = None
    """The separator the format implies when the caller names none (TSV: a tab)."""
    table_rows: str | None = None
    """For tables: ``module:function`` giving the first rows, to name the columns."""
    streamer: str | None = None
    """For formats read in two passes in bounded memory: ``module:function`` (a
    :data:`~quizapp.core.formats.registry.Streamer`)."""

    def load(self) -> Parser:
        """Import the reader's module and return its parse function."""
        parser: Parser = load_function(self.reader)
        return parser


Writer = Callable[["QuestionSet", Mapping[str, bytes]], tuple[str, list[str]]]
"""Writes a set and the pictures it shows; returns the text and the questions left out."""


@dataclass(frozen=True)
class Writing:
    """How a set is exported in a format, and what the export keeps and loses (for the docs)."""

    writer: str
    """``module:function``, a :data:`Writer`."""
    extension: str
    keeps: str
    drops: str
    keeps_pictures: bool = False
    changes: str | None = None
    """``module:function`` saying what writing changes in the questions it keeps, a note each."""

    def load(self) -> Writer:
        """Import the writer's module and return its write function."""
        writer: Writer = load_function(self.writer)
        return writer

    def changed(self, question_set: QuestionSet) -> list[str]:
        """Return what writing ``question_set`` changes in the questions it keeps."""
        if self.changes is None:
            return []
        changes: Callable[[QuestionSet], list[str]] = load_function(self.changes)
        return changes(question_set)


@dataclass(frozen=True)
class FileFormat:
    """One file format: every fact about it that the app, the CLI and the docs need."""

    name: str
    """As the CLI's ``--format`` takes it."""
    label: str
    """For people, marked for translation (``Moodle GIFT``)."""
    extensions: tuple[str, ...]
    """File name endings that mean this format (lowercase, with the dot)."""
    reading: Reading | None
    writing: Writing | None = None
    shared_extensions: tuple[str, ...] = ()
    """Endings other formats use too (``.txt``), told apart by content; in the dialog filter."""


def load_function(target: str) -> Any:  # noqa: ANN401 - a reader or writer, typed by the caller
    """Import ``module:function``'s module and return the function."""
    module, _, function = target.partition(":")
    return getattr(importlib.import_module(module), function)


# -- telling formats by content (readers are imported only when a check needs them) -------------

_AIKEN_ANSWER = re.compile(r"^ANSWER\s*:\s*[A-Z]\s*$", re.MULTILINE)
_AIKEN_OPTION = re.compile(r"^[A-Z][.)]\s", re.MULTILINE)
_GIFT_ANSWERS = re.compile(r"\{\s*(?:[=~#]|T\s*\}|F\s*\}|TRUE|FALSE|\})")
_MOODLE_XML = re.compile(r"\s*(?:<\?xml[^>]*\?>\s*)?(?:<!--.*?-->\s*)*<quiz[\s>]", re.DOTALL)
_ZIP = b"PK\x03\x04"


def _is_spreadsheet_zip(sample: Sample) -> bool:
    head = sample.head
    return head.startswith(_ZIP) and (
        b"[Content_Types].xml" in head or b"opendocument.spreadsheet" in head
    )


def _names_our_format(sample: Sample) -> bool:
    from quizapp.core.formats.native import FORMAT_TAG

    return f"format: {FORMAT_TAG}" in sample.text[:2000]


def _has_anki_headers(sample: Sample) -> bool:
    from quizapp.core.formats.ankitext import is_anki_text

    return is_anki_text(sample.text)


def _has_known_header(sample: Sample) -> bool:
    from quizapp.core.formats.delimited import header_roles

    lines = sample.lines
    return bool(lines) and any(header_roles(lines[0].split(sep)) for sep in "\t,;|")


def _is_mostly_tabs(sample: Sample) -> bool:
    lines = sample.lines
    return bool(lines) and sum("\t" in line for line in lines) >= len(lines) / 2


def _has_bars_in_every_line(sample: Sample) -> bool:
    """Quizlet's export: ``term|definition`` on every line."""
    lines = sample.lines
    return bool(lines) and all(line.count("|") == lines[0].count("|") > 0 for line in lines[:-1])


# -- the formats -------------------------------------------------------------------------------

_FORMATS = "quizapp.core.formats"
_TABLE_KEEPS = (
    "every type from our columns; Kahoot, Quizizz and Moodle CSV templates; columns the teacher "
    "names; the encoding (named)"
)
_TABLE_DROPS = (
    "skipped: Quizizz open-ended and poll questions; rows with a problem are listed (all or "
    "nothing, or skipped when importing the valid questions only)"
)
_CSV_WRITING = Writing(
    f"{_FORMATS}.delimited:write_set",
    ".csv",
    "every type, topic, difficulty, explanation, tags, ids",
    "translations, sources",
)

FORMATS: dict[str, FileFormat] = {
    fmt.name: fmt
    for fmt in (
        FileFormat(
            "yaml",
            QT_TRANSLATE_NOOP("core", "Our question file"),
            (".yaml", ".yml"),
            Reading(
                f"{_FORMATS}.yamlimport:parse",
                "everything: every type, translations, sources, difficulty, ids, pictures "
                "(`media`)",
                "nothing",
                (ContentCheck(40, _names_our_format),),
            ),
            Writing(
                f"{_FORMATS}.nativeexport:write_set",
                ".yaml",
                "everything",
                "nothing",
                keeps_pictures=True,
            ),
        ),
        FileFormat(
            "csv",
            QT_TRANSLATE_NOOP("core", "CSV table"),
            (".csv",),
            Reading(
                f"{_FORMATS}.delimited:parse",
                _TABLE_KEEPS,
                _TABLE_DROPS,
                (ContentCheck(70, _has_known_header), ContentCheck(90, _has_bars_in_every_line)),
                table_rows=f"{_FORMATS}.delimited:sample_rows",
                streamer=f"{_FORMATS}.delimited:stream",
            ),
            _CSV_WRITING,
        ),
        FileFormat(
            "tsv",
            QT_TRANSLATE_NOOP("core", "TSV table (tab-separated)"),
            (".tsv", ".tab"),
            Reading(
                f"{_FORMATS}.delimited:parse",
                _TABLE_KEEPS,
                _TABLE_DROPS,
                separator="\t",
                table_rows=f"{_FORMATS}.delimited:sample_rows",
                streamer=f"{_FORMATS}.delimited:stream",
            ),
        ),
        FileFormat(
            "gift",
            QT_TRANSLATE_NOOP("core", "Moodle GIFT"),
            (".gift",),
            Reading(
                f"{_FORMATS}.gift:parse",
                "every GIFT type, `$CATEGORY`, titles, `[id:]` and `[tag:]`, format markers, "
                "HTML with or without `[html]`, numeric tolerance and ranges, feedback, blank "
                "lines, `@@PLUGINFILE@@` pictures put beside the file",
                "skipped: essay, description; noted: partial credit, `*` wildcard answers, extra "
                "matching answers, remote images, pictures not beside the file",
                (ContentCheck(60, lambda sample: bool(_GIFT_ANSWERS.search(sample.text))),),
            ),
            Writing(
                f"{_FORMATS}.gift:write_set",
                ".gift",
                "the question, answers, explanation, topic, tags and id",
                "translations, sources, difficulty; flashcards come back as short answers; "
                "ordering questions and clozes with several gaps are left out",
            ),
        ),
        FileFormat(
            "aiken",
            QT_TRANSLATE_NOOP("core", "Aiken"),
            (".aiken",),
            Reading(
                f"{_FORMATS}.aiken:parse",
                "single-choice questions",
                "noted: a repeated option (left out of its question)",
                (
                    ContentCheck(
                        50,
                        lambda sample: bool(
                            _AIKEN_ANSWER.search(sample.text) and _AIKEN_OPTION.search(sample.text)
                        ),
                    ),
                ),
            ),
            Writing(
                f"{_FORMATS}.aiken:write_set",
                ".txt",
                "single-choice and true/false questions",
                "everything else is left out; a prompt or option of several lines is joined "
                "into one (noted)",
                changes=f"{_FORMATS}.aiken:joined_lines",
            ),
            shared_extensions=(".txt",),
        ),
        FileFormat(
            "apkg",
            QT_TRANSLATE_NOOP("core", "Anki package"),
            (".apkg", ".colpkg"),
            Reading(
                f"{_FORMATS}.anki:parse",
                "notes as flashcards, type-in notes as short answers, reverse cards as second "
                "flashcards, clozes with hints, decks as topics, tags, images (told by content), "
                "stable ids from the note's guid; every layout Anki writes",
                "noted: sounds, cards other than a front and its reverse; skipped: empty notes",
                (ContentCheck(11, lambda sample: sample.head.startswith(_ZIP)),),
            ),
        ),
        FileFormat(
            "anki-text",
            QT_TRANSLATE_NOOP("core", "Anki text export"),
            (),
            Reading(
                f"{_FORMATS}.ankitext:parse",
                "the same as a package, from the note type's name (Basic, reversed, type-in, "
                "Cloze), decks, tags, guids",
                "noted: sounds, images (a text file carries no media)",
                (ContentCheck(30, _has_anki_headers), ContentCheck(80, _is_mostly_tabs)),
            ),
            shared_extensions=(".txt",),
        ),
        FileFormat(
            "moodle-xml",
            QT_TRANSLATE_NOOP("core", "Moodle XML"),
            (".xml",),
            Reading(
                f"{_FORMATS}.moodlexml:parse",
                "multiple choice (one or several right), true/false, short answer, numerical with "
                "tolerance, matching (repeated right-hand answers), embedded answers (typed, "
                "chosen and number gaps), categories as topics, tags, `idnumber`/name as id, "
                "base64 images with alt text, general and per-answer feedback as the explanation",
                "skipped: essay, description, calculated, drag-and-drop, random, a gap with "
                "several right choices; noted: partial credit, penalties, `*` wildcard answers, "
                "units, gap tolerances, hints",
                (ContentCheck(20, lambda sample: bool(_MOODLE_XML.match(sample.text))),),
            ),
        ),
        FileFormat(
            "spreadsheet",
            QT_TRANSLATE_NOOP("core", "Spreadsheet"),
            (".xlsx", ".xlsm", ".xls", ".ods"),
            Reading(
                f"{_FORMATS}.spreadsheet:parse",
                _TABLE_KEEPS,
                _TABLE_DROPS,
                (ContentCheck(10, _is_spreadsheet_zip),),
                table_rows=f"{_FORMATS}.spreadsheet:sheet_rows",
            ),
        ),
    )
}
"""Every format by its name, in the order lists show them."""


def register(file_format: FileFormat) -> None:
    """Add a format (or replace the one of its name): it is read, listed and offered at once."""
    FORMATS[file_format.name] = file_format


def readable() -> list[FileFormat]:
    """Return the formats that can be imported."""
    return [fmt for fmt in FORMATS.values() if fmt.reading is not None]


def writable() -> list[FileFormat]:
    """Return the formats a set can be exported in."""
    return [fmt for fmt in FORMATS.values() if fmt.writing is not None]


def by_extension(suffix: str) -> FileFormat | None:
    """Return the format a file name ending means (``.CSV``: csv), or None if none or shared."""
    suffix = suffix.lower()
    return next((fmt for fmt in readable() if suffix in fmt.extensions), None)


def by_content(sample: Sample) -> FileFormat | None:
    """Return the format whose content check, taken by rank, first matches the sample."""
    checks = sorted(
        ((check, fmt) for fmt in readable() if fmt.reading for check in fmt.reading.checks),
        key=lambda pair: pair[0].rank,
    )
    return next((fmt for check, fmt in checks if check.matches(sample)), None)


def modules() -> set[str]:
    """Return the modules that hold the readers and writers (loaded by name, when first used)."""
    targets = [
        target
        for fmt in FORMATS.values()
        for target in (
            fmt.reading.reader if fmt.reading else None,
            fmt.reading.table_rows if fmt.reading else None,
            fmt.writing.writer if fmt.writing else None,
        )
        if target
    ]
    return {target.partition(":")[0] for target in targets}


def import_patterns() -> list[str]:
    """Return the file name patterns of every readable format (``*.csv``), each once."""
    suffixes = [s for fmt in readable() for s in (*fmt.extensions, *fmt.shared_extensions)]
    return [f"*{suffix}" for suffix in dict.fromkeys(suffixes)]
