"""What every importer shares: options, the parsed result, stable ids, reading text safely.

An importer turns one file into a :class:`ParsedFile` (question sets, what was skipped and why,
media) and writes nothing. Each question is built as a record of our own format and checked by
the same rules as ``questions/`` files, so an imported question is as valid as a built-in one.

Stable ids: progress hangs on the question id, so a question imported again must get the same
id. The rule, also in docs/importing.md:

* an id the file gives (our YAML, a CSV ``id`` column, a GIFT ``// [id:...]`` comment) is kept;
* a GIFT ``::title::`` gives ``SET-TITLE`` (the title in lowercase with hyphens);
* an Anki note gives ``SET-`` and a hash of the note's guid, which Anki keeps across edits;
* otherwise ``SET-`` and a hash of the prompt (case and spacing ignored), so editing the answer
  or the explanation keeps the id, and editing the prompt makes a new question;
* a second question with the same id in one file gets ``-2``, ``-3``... in file order, unless
  it is the very same question, which is skipped as a duplicate.

``SET`` is the set's id: the ``--set`` name or the file name, in lowercase with hyphens.
"""

from __future__ import annotations

import codecs
import hashlib
import os
import re
import unicodedata
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from quizapp.core.errors import Problem, QuestionFileError
from quizapp.core.formats.native import question_from_record
from quizapp.core.model import Question, QuestionId, QuestionSet, SetId, Text

MAX_TEXT_BYTES = 20 * 1024 * 1024
"""Largest text file read whole (GIFT, Aiken, YAML...): far above any real question set."""
MAX_TABLE_BYTES = 2 * 1024 * 1024 * 1024
"""Largest CSV or TSV file: read a row at a time, so its size costs time, not memory."""

_SLUG_CHARS = re.compile(r"[^a-z0-9]+")
_MAX_SLUG = 60


@dataclass(frozen=True)
class ImportOptions:
    """What the caller chose for an import; every field may be left to the file."""

    set_name: str | None = None
    separator: str | None = None
    max_text_bytes: int = MAX_TEXT_BYTES
    max_table_bytes: int = MAX_TABLE_BYTES
    max_package_bytes: int = 200 * 1024 * 1024
    max_unpacked_bytes: int = 512 * 1024 * 1024


@dataclass(frozen=True)
class Skipped:
    """An input record that was not imported, or imported with a loss, and why."""

    path: Path
    line: int
    reason: str

    def __str__(self) -> str:
        return f"{self.path}:{self.line}: {self.reason}"


@dataclass(frozen=True)
class MediaFile:
    """An image that questions of a set show, kept in the database with the set."""

    set_id: SetId
    name: str
    data: bytes


@dataclass(frozen=True)
class ParsedFile:
    """One file read whole and checked: the sets it holds and what was left out."""

    path: Path
    format: str
    sets: tuple[QuestionSet, ...]
    lines: dict[QuestionId, int]
    skipped: tuple[Skipped, ...] = ()
    notes: tuple[Skipped, ...] = ()
    media: tuple[MediaFile, ...] = ()

    @property
    def question_count(self) -> int:
        """Return how many questions the file holds."""
        return sum(len(s.questions) for s in self.sets)


Parser = Callable[[Path, ImportOptions], ParsedFile]


def slugify(text: str) -> str:
    """Return ``text`` as lowercase ASCII words joined by hyphens (may be empty)."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return _SLUG_CHARS.sub("-", ascii_text.lower()).strip("-")[:_MAX_SLUG].strip("-")


def text_digest(text: str) -> str:
    """Return a short hash of ``text`` ignoring case, spacing and Unicode normal form."""
    normal = " ".join(unicodedata.normalize("NFC", text).casefold().split())
    return hashlib.sha256(normal.encode()).hexdigest()[:10]


def set_identity(path: Path, options: ImportOptions) -> tuple[SetId, Text]:
    """Return the id and title of the set a file's questions go to.

    The ``--set`` name if given, else the file name without its extension.
    """
    title = (options.set_name or path.stem).strip() or "Imported"
    slug = slugify(title)
    return SetId(slug or f"set-{text_digest(title)}"), Text.plain(title)


def read_text(path: Path, options: ImportOptions) -> str:
    """Read a text file: UTF-8 with or without BOM (or UTF-16 with BOM), any line endings.

    Raises:
        QuestionFileError: the file cannot be read, is too large, or is not UTF-8 text.
    """
    data = read_bytes(path, options.max_text_bytes)
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        encoding = "utf-16"
    else:
        encoding = "utf-8-sig"
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError as error:
        line = data[: error.start].count(b"\n") + 1
        raise QuestionFileError(
            [
                Problem(
                    path,
                    line,
                    f"not UTF-8 text (byte 0x{data[error.start]:02x} cannot be read); "
                    "save the file as UTF-8 and import it again",
                )
            ]
        ) from None
    if "\x00" in text:
        line = text[: text.index("\x00")].count("\n") + 1
        raise QuestionFileError([Problem(path, line, "not a text file (it holds NUL bytes)")])
    return text.replace("\r\n", "\n").replace("\r", "\n")


def stream_text(path: Path, options: ImportOptions) -> Iterator[str]:
    """Yield the lines of a CSV or TSV file, checked and decoded as by :func:`read_text`.

    The file is read a little at a time, so a file of a million rows takes no more memory
    than one of ten; it may be as large as ``options.max_table_bytes``.

    Raises:
        QuestionFileError: the file cannot be read, is too large, or is not UTF-8 text.
    """
    limit = options.max_table_bytes
    try:
        with path.open("rb") as handle:
            head = handle.read(2)
            size = os.fstat(handle.fileno()).st_size
    except OSError as error:
        raise _unreadable(path, error) from None
    encoding = "utf-16" if head in (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE) else "utf-8-sig"
    if size > limit:
        raise QuestionFileError(
            [Problem(path, 0, f"the file is larger than {_size(limit)}; it was not read")]
        )
    with path.open(encoding=encoding, newline=None) as handle:
        try:
            for number, line in enumerate(handle, start=1):
                if "\x00" in line:
                    raise QuestionFileError(
                        [Problem(path, number, "not a text file (it holds NUL bytes)")]
                    )
                yield line
        except UnicodeDecodeError:
            read_text(path, replace(options, max_text_bytes=limit))  # names the line
            raise


def read_bytes(path: Path, limit: int) -> bytes:
    """Read a whole file that must not be larger than ``limit`` bytes.

    Raises:
        QuestionFileError: the file cannot be read or is larger than the limit.
    """
    try:
        with path.open("rb") as handle:
            data = handle.read(limit + 1)
    except OSError as error:
        raise _unreadable(path, error) from None
    if len(data) > limit:
        raise QuestionFileError(
            [Problem(path, 0, f"the file is larger than {_size(limit)}; it was not read")]
        )
    return data


def _unreadable(path: Path, error: OSError) -> QuestionFileError:
    return QuestionFileError([Problem(path, 0, f"cannot read the file: {error.strerror}")])


def _size(count: int) -> str:
    return f"{count // (1024 * 1024)} MB" if count >= 1024 * 1024 else f"{count} bytes"


@dataclass
class SetBuilder:
    """Collects one file's questions as records, checks each, and gives stable ids."""

    path: Path
    format: str
    options: ImportOptions
    set_id: SetId = field(init=False)
    title: Text = field(init=False)
    questions: list[Question] = field(default_factory=list)
    lines: dict[QuestionId, int] = field(default_factory=dict)
    records: dict[QuestionId, dict[str, Any]] = field(default_factory=dict)
    problems: list[Problem] = field(default_factory=list)
    skipped: list[Skipped] = field(default_factory=list)
    notes: list[Skipped] = field(default_factory=list)
    media: dict[str, bytes] = field(default_factory=dict)
    kept: int = 0

    def __post_init__(self) -> None:
        self.set_id, self.title = set_identity(self.path, self.options)

    def problem(self, line: int, message: str) -> None:
        """Record a problem that makes the file fail."""
        self.problems.append(Problem(self.path, line, message))

    def skip(self, line: int, reason: str) -> None:
        """Record an input record that is not imported."""
        self.skipped.append(Skipped(self.path, line, reason))

    def note(self, line: int, message: str) -> None:
        """Record something imported with a loss (the question itself is imported)."""
        self.notes.append(Skipped(self.path, line, message))

    def derive_id(self, hint: str, *, readable: bool = False) -> str:
        """Return the stable id for a question from a title (readable) or other text."""
        if readable and slugify(hint):
            slug = slugify(hint)
            return slug if slug.startswith(f"{self.set_id}-") else f"{self.set_id}-{slug}"
        return f"{self.set_id}-{text_digest(hint)}"

    def add(
        self,
        record: dict[str, Any],
        line: int,
        hint: str,
        *,
        readable: bool = False,
        explicit_id: str | None = None,
    ) -> Question | None:
        """Check a question record (without its id) and keep it.

        Args:
            record: the question in our own format's shape, without ``id``.
            line: where the question starts in the file.
            hint: the text its id is derived from (see the module docstring).
            readable: ``hint`` is a title, made readable instead of hashed.
            explicit_id: the id the file gives, kept as it is.

        Returns:
            The question, or None when it was a problem or a duplicate.
        """
        if explicit_id is not None:
            qid = explicit_id
            earlier = self.line_of(QuestionId(qid))
            if earlier is not None:
                self.problem(line, f"question id '{qid}' is already used on line {earlier}")
                return None
        else:
            base = qid = self.derive_id(hint, readable=readable)
            count = 1
            while (earlier := self.line_of(QuestionId(qid))) is not None:
                if self.same_record(QuestionId(qid), record):
                    self.skip(line, f"the same question as on line {earlier}")
                    return None
                count += 1
                qid = f"{base}-{count}"
        try:
            question = question_from_record({"id": qid, **record}, self.set_id)
        except QuestionFileError as error:
            for problem in error.problems:
                self.problem(line, problem.message.removeprefix(f"question '{qid}': "))
            return None
        self.keep(question, line, record)
        self.kept += 1
        return question

    def line_of(self, question_id: QuestionId) -> int | None:
        """Return the line of the file's question with this id, if it has one yet."""
        return self.lines.get(question_id)

    def same_record(self, question_id: QuestionId, record: dict[str, Any]) -> bool:
        """Return whether the file's question with this id was given by the same record."""
        return self.records[question_id] == record

    def keep(self, question: Question, line: int, record: dict[str, Any]) -> None:
        """Keep a checked question (a streaming import writes it out instead; see ops)."""
        self.questions.append(question)
        self.lines[question.id] = line
        self.records[question.id] = record

    def result(self) -> ParsedFile:
        """Return the file's set, or raise every problem found.

        Raises:
            QuestionFileError: the file had problems; none of it may be imported.
        """
        if self.problems:
            raise QuestionFileError(sorted(self.problems, key=lambda p: p.line))
        if not self.kept and not self.skipped:
            raise QuestionFileError(
                [Problem(self.path, 1, f"no questions found (read as {self.format})")]
            )
        question_set = QuestionSet(
            self.set_id, self.title, origin="imported", questions=tuple(self.questions)
        )
        return ParsedFile(
            path=self.path,
            format=self.format,
            sets=(question_set,) if self.kept else (),
            lines=self.lines,
            skipped=tuple(self.skipped),
            notes=tuple(self.notes),
            media=tuple(MediaFile(self.set_id, n, d) for n, d in self.media.items()),
        )


def with_set(parsed: ParsedFile, set_id: SetId, title: Text) -> ParsedFile:
    """Return ``parsed`` with all its questions moved into one set."""
    questions = tuple(
        replace(q, set_id=set_id) for question_set in parsed.sets for q in question_set.questions
    )
    question_set = QuestionSet(set_id, title, origin="imported", questions=questions)
    return replace(
        parsed,
        sets=(question_set,) if questions else (),
        media=tuple(replace(m, set_id=set_id) for m in parsed.media),
    )
