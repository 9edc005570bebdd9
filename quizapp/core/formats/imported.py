"""What every importer shares: options, the parsed result, stable ids, reading text safely.

An importer turns one file into a :class:`ParsedFile` (question sets, what was skipped and why,
media) and writes nothing. Each question is built as a record of our own format and checked by
the same rules as ``questions/`` files, so an imported question is as valid as a built-in one.

Stable ids: progress hangs on the question id, so a question imported again must get the same
id. The rule, also in docs/importing.md:

* an id the file gives (our YAML, a CSV ``id`` column, a GIFT ``// [id:...]`` comment) is kept,
  in lowercase with other characters as hyphens (``Chapter1_Q.5`` gives ``chapter1-q-5``);
* a GIFT ``::title::`` gives ``SET-TITLE`` (the title in lowercase with hyphens);
* an Anki note gives ``SET-`` and a hash of the note's guid, which Anki keeps across edits;
* otherwise ``SET-`` and a hash of the prompt (case and spacing ignored), so editing the answer
  or the explanation keeps the id, and editing the prompt makes a new question;
* when several questions of one file would get the same id (look-alikes: the same prompt or
  title), each gets that id and ``-`` and a hash of its whole content, never a number from its
  place, so removing one from the file cannot hand its progress to another; the very same
  question twice is skipped as a duplicate.

``SET`` is the set's id: the ``--set`` name or the file name, in lowercase with hyphens.
"""

from __future__ import annotations

import codecs
import hashlib
import io
import json
import os
import re
import unicodedata
import zipfile
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path, PurePosixPath
from typing import Any, BinaryIO

from quizapp.core.errors import Problem, QuestionFileError, cannot_read
from quizapp.core.formats.native import ID_PATTERN, question_from_record
from quizapp.core.messages import QT_TRANSLATE_NOOP, Message
from quizapp.core.model import MediaFile, Origin, Question, QuestionId, QuestionSet, SetId, Text

MAX_TEXT_BYTES = 20 * 1024 * 1024
"""Largest text file (CSV, GIFT, Aiken...) we read: far above any real question set."""

MAX_RATIO = 200
"""A zip member that unpacks to more than this many times its packed size is a zip bomb."""
_CHUNK_BYTES = 1024 * 1024
_SLUG_CHARS = re.compile(r"[^a-z0-9]+")
_MAX_SLUG = 60


@dataclass(frozen=True)
class ImportOptions:
    """What the caller chose for an import; every field may be left to the file."""

    set_name: str | None = None
    separator: str | None = None
    columns: tuple[str, ...] | None = None
    """For delimited files and spreadsheets: each column's role (see ``delimited.ROLES``)."""
    has_header: bool | None = None
    """For delimited files: whether the first row names the columns (None: told from it)."""
    all_or_nothing: bool = True
    """False: import the valid questions and list the others as skipped, with their line."""
    as_copy: bool = False
    """Import into a new set, "TITLE (copy)", with new question ids: progress starts afresh."""
    layouts: Mapping[str, Layout] = field(default_factory=dict)
    """Column roles chosen before, by file layout (``delimited.layout_signature``)."""
    max_text_bytes: int = MAX_TEXT_BYTES
    max_package_bytes: int = 200 * 1024 * 1024
    max_unpacked_bytes: int = 512 * 1024 * 1024


@dataclass(frozen=True)
class Layout:
    """How a delimited file's columns are read: each column's role; whether row 1 names them."""

    columns: tuple[str, ...]
    has_header: bool


@dataclass(frozen=True)
class Skipped:
    """An input record that was not imported, or imported with a loss, and why."""

    path: Path
    line: int
    reason: str | Message

    def __str__(self) -> str:
        return f"{self.path}:{self.line}: {self.reason}"


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
    encoding: str = ""
    """The text encoding the file was read in, for text formats (named in the report)."""
    layout: str = ""
    """For delimited files and spreadsheets: the layout signature of the first row."""

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
    """Read a text file (see :func:`read_text_and_encoding`), any line endings.

    Raises:
        QuestionFileError: the file cannot be read, is too large, or is not text.
    """
    return read_text_and_encoding(path, options)[0]


def read_text_and_encoding(path: Path, options: ImportOptions) -> tuple[str, str]:
    r"""Read a text file and tell its encoding (see :func:`text_encoding`).

    Returns:
        The text with ``\n`` line endings, and the encoding's name for the report.

    Raises:
        QuestionFileError: the file cannot be read, is too large, or is not text.
    """
    codec, name = text_encoding(path, options)
    return "".join(text_lines(path, codec)), name


def text_encoding(path: Path, options: ImportOptions) -> tuple[str, str]:
    """Tell a text file's encoding: UTF-8, UTF-16 or, failing those, Windows-1252.

    A byte-order mark decides (Excel's "Unicode text" is UTF-16 with one); UTF-16 without one
    is told by its zero bytes; text that is not UTF-8 is read as Windows-1252 (cp1252), which
    Excel and Notepad on Windows write for "CSV" and "ANSI". The file is read in chunks and
    never held whole.

    Returns:
        The codec to read the file with (:func:`text_lines`) and its name for the report.

    Raises:
        QuestionFileError: the file cannot be read, is too large, or is not text.
    """
    try:
        with path.open("rb") as handle:
            if os.fstat(handle.fileno()).st_size > options.max_text_bytes:
                raise _too_large(path, options.max_text_bytes)
            head = handle.read(4096)
            if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
                candidates = [("utf-16", "UTF-16 (Unicode text)")]
            elif head.startswith(codecs.BOM_UTF8):
                candidates = [("utf-8-sig", "UTF-8")]
            elif _looks_utf16_le(head):
                candidates = [("utf-16-le", "UTF-16 (Unicode text)")]
            else:
                candidates = [("utf-8", "UTF-8"), ("cp1252", "Windows-1252 (cp1252)")]
            first_error: tuple[int, int] | None = None
            for codec, name in candidates:
                handle.seek(0)
                undecodable, nul_line = _decoding(handle, codec)
                if undecodable is not None:
                    first_error = first_error or undecodable  # the first (UTF-8) explains
                    continue
                if nul_line:
                    message = Message(
                        QT_TRANSLATE_NOOP("core", "not a text file (it holds NUL bytes)")
                    )
                    raise QuestionFileError([Problem(path, nul_line, message)])
                return codec, name
    except OSError as error:
        raise QuestionFileError([Problem(path, 0, cannot_read(error))]) from None
    assert first_error is not None
    line, byte = first_error
    raise QuestionFileError(
        [
            Problem(
                path,
                line,
                Message(
                    QT_TRANSLATE_NOOP(
                        "core",
                        "not UTF-8 text (byte {byte} cannot be read); save the file as UTF-8 and "
                        "import it again",
                    ),
                    {"byte": f"0x{byte:02x}"},
                ),
            )
        ]
    )


def _decoding(handle: BinaryIO, codec: str) -> tuple[tuple[int, int] | None, int]:
    r"""Decode a file chunk by chunk; return where it cannot be (line, byte) and its first NUL.

    Lines are counted as a whole-file read counts them: ``\n`` bytes before the bad byte, and
    ``\n`` in the text before the first NUL (0: none).
    """
    decoder = codecs.getincrementaldecoder(codec)()
    newlines = text_newlines = nul_line = 0
    while True:
        chunk = handle.read(_CHUNK_BYTES)
        try:
            text = decoder.decode(chunk, final=not chunk)
        except UnicodeDecodeError as error:
            data = error.object  # the decoder's pending bytes of the last chunk, then this one
            before = newlines - data[: len(data) - len(chunk)].count(b"\n")
            return (before + data[: error.start].count(b"\n") + 1, data[error.start]), 0
        if not nul_line and "\x00" in text:
            nul_line = text_newlines + text[: text.index("\x00")].count("\n") + 1
        text_newlines += text.count("\n")
        newlines += chunk.count(b"\n")
        if not chunk:
            return None, nul_line


def text_lines(path: Path, codec: str) -> Iterator[str]:
    r"""Yield a text file's lines one by one, each ending in ``\n`` (the last one may not).

    Line endings are read as ``\n`` whatever they are (``\r\n``, ``\r``).

    Raises:
        QuestionFileError: the file cannot be read.
    """
    try:
        with path.open(encoding=codec, newline=None) as handle:
            yield from handle
    except OSError as error:
        raise QuestionFileError([Problem(path, 0, cannot_read(error))]) from None


def _looks_utf16_le(data: bytes) -> bool:
    """Return whether data without a byte-order mark is UTF-16: mostly ASCII with zero bytes."""
    sample = data[:4096]
    return (
        len(sample) >= 4
        and sample[1::2].count(0) > 0.9 * (len(sample) // 2) > 0
        and (sample[0::2].count(0) < len(sample) // 20)
    )


def read_bytes(path: Path, limit: int) -> bytes:
    """Read a whole file that must not be larger than ``limit`` bytes.

    Raises:
        QuestionFileError: the file cannot be read or is larger than the limit.
    """
    try:
        with path.open("rb") as handle:
            data = handle.read(limit + 1)
    except OSError as error:
        raise QuestionFileError([Problem(path, 0, cannot_read(error))]) from None
    if len(data) > limit:
        raise _too_large(path, limit)
    return data


def _too_large(path: Path, limit: int) -> QuestionFileError:
    too_large = QT_TRANSLATE_NOOP("core", "the file is larger than {size}; it was not read")
    return QuestionFileError([Problem(path, 0, Message(too_large, {"size": _size(limit)}))])


def open_zip(path: Path, data: bytes, options: ImportOptions, not_zip: Message) -> zipfile.ZipFile:
    """Open a zip file (an Anki package, a spreadsheet) and refuse it if it is unsafe.

    Every member is checked before any is read: a path that leaves the folder, encryption, a
    member that would unpack to more than :data:`MAX_RATIO` times its size, or a total above
    the limit refuse the file.

    Raises:
        QuestionFileError: the file is not a zip (``not_zip`` says so) or is unsafe.
    """
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, NotImplementedError):  # a member needs a newer zip version
        raise QuestionFileError([Problem(path, 0, not_zip)]) from None
    total = 0
    for info in archive.infolist():
        name = info.filename
        parts = PurePosixPath(name.replace("\\", "/")).parts
        if name.startswith(("/", "\\")) or ".." in parts or ":" in name:
            leaves = QT_TRANSLATE_NOOP(
                "core", "the package holds a path that leaves its folder: '{name}'"
            )
            raise _unsafe(path, Message(leaves, {"name": name}))
        if info.flag_bits & 0x1:
            encrypted = QT_TRANSLATE_NOOP("core", "the package holds an encrypted file: '{name}'")
            raise _unsafe(path, Message(encrypted, {"name": name}))
        total += info.file_size
        if info.file_size > 1024 * 1024 and info.file_size > MAX_RATIO * max(info.compress_size, 1):
            raise _unsafe(
                path,
                Message(
                    QT_TRANSLATE_NOOP(
                        "core",
                        "'{name}' would unpack from {packed} to {unpacked} bytes; the package was "
                        "refused as unsafe",
                    ),
                    {"name": name, "packed": info.compress_size, "unpacked": info.file_size},
                ),
            )
    if total > options.max_unpacked_bytes:
        raise _unsafe(
            path,
            Message(
                QT_TRANSLATE_NOOP(
                    "core",
                    "the package would unpack to {total} bytes, more than the {allowed} allowed; "
                    "it was refused",
                ),
                {"total": total, "allowed": options.max_unpacked_bytes},
            ),
        )
    return archive


def _unsafe(path: Path, message: Message) -> QuestionFileError:
    return QuestionFileError([Problem(path, 0, message)])


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
    content_digests: dict[QuestionId, str] = field(default_factory=dict)
    positions: dict[QuestionId, int] = field(default_factory=dict)
    problems: list[Problem] = field(default_factory=list)
    skipped: list[Skipped] = field(default_factory=list)
    notes: list[Skipped] = field(default_factory=list)
    media: dict[str, bytes] = field(default_factory=dict)
    look_alikes: set[str] = field(default_factory=set)
    encoding: str = ""
    layout: str = ""

    def __post_init__(self) -> None:
        self.set_id, self.title = set_identity(self.path, self.options)

    def problem(self, line: int, message: str | Message) -> None:
        """Record a problem that makes the file fail."""
        self.problems.append(Problem(self.path, line, message))

    def skip(self, line: int, reason: str | Message) -> None:
        """Record an input record that is not imported."""
        self.skipped.append(Skipped(self.path, line, reason))

    def note(self, line: int, message: str | Message) -> None:
        """Record something imported with a loss (the question itself is imported)."""
        self.notes.append(Skipped(self.path, line, message))

    def add_media(self, name: str, data: bytes) -> str:
        """Keep an image for the set; return its name there: its own, unless another has it."""
        from quizapp.core.formats.markup import is_media_name  # nh3: not at start-up

        safe = name if is_media_name(name) else re.sub(r"[/\\:\x00]", "_", name).lstrip(".")
        if self.media.get(safe, data) != data:
            safe = f"{hashlib.sha256(data).hexdigest()[:8]}-{safe}"
        self.media[safe] = data
        return safe

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
        content = content_digest(record)
        if explicit_id is not None:
            qid = self.explicit_key(line, explicit_id)
            if not qid:
                return None
            if QuestionId(qid) in self.lines:
                self.problem(line, id_used(qid, self.lines[QuestionId(qid)]))
                return None
        else:
            base = qid = self.derive_id(hint, readable=readable)
            if QuestionId(base) in self.lines or base in self.look_alikes:
                self._give_content_id(base)
                qid = f"{base}-{content}"
                if QuestionId(qid) in self.lines:
                    self.skip(line, same_question(self.lines[QuestionId(qid)]))
                    return None
        question = self.checked(record, line, qid)
        if question is None:
            return None
        self.positions[question.id] = len(self.questions)
        self.questions.append(question)
        self.lines[question.id] = line
        self.content_digests[question.id] = content  # for a later look-alike
        return question

    def key(self, line: int, hint: str, *, readable: bool, explicit_id: str | None) -> str:
        """Return the id a question takes unless it has look-alikes (see :meth:`add`).

        Empty, after recording a problem, when the id the file gives has no letter or digit.
        """
        if explicit_id is not None:
            return self.explicit_key(line, explicit_id)
        return self.derive_id(hint, readable=readable)

    def explicit_key(self, line: int, explicit_id: str) -> str:
        """Return the id a file gives made ours; empty, after recording a problem, if none is left.

        Other tools' ids ("Chapter1_Q.5") are made ours: lowercase, words joined by hyphens.
        """
        qid = explicit_id if ID_PATTERN.match(explicit_id) else slugify(explicit_id)
        if not qid:
            self.problem(
                line,
                Message(
                    QT_TRANSLATE_NOOP(
                        "core", "the question id '{question_id}' has no letter or digit"
                    ),
                    {"question_id": explicit_id},
                ),
            )
        return qid

    def checked(self, record: dict[str, Any], line: int, qid: str) -> Question | None:
        """Return the question of a record with this id, or None after recording its problems."""
        try:
            return question_from_record({"id": qid, **record}, self.set_id)
        except QuestionFileError as error:
            for problem in error.problems:
                self.problem(line, str(problem.message).removeprefix(f"question '{qid}': "))
            return None

    def _give_content_id(self, base: str) -> None:
        """Move the question holding ``base`` to an id from its content, as its look-alikes get.

        Ids of look-alikes (same prompt or title) never depend on their order, so deleting one
        from the file cannot hand its learners' progress to another.
        """
        self.look_alikes.add(base)
        held = QuestionId(base)
        if held not in self.lines:
            return
        digest = self.content_digests.pop(held)
        new_id = QuestionId(f"{base}-{digest}")
        self.lines[new_id] = self.lines.pop(held)
        self.content_digests[new_id] = digest
        position = self.positions.pop(held)
        self.positions[new_id] = position
        self.questions[position] = replace(self.questions[position], id=new_id)

    def result(self) -> ParsedFile:
        """Return the file's set, or raise every problem found.

        Raises:
            QuestionFileError: the file had problems; none of it may be imported.
        """
        self.close(bool(self.questions))
        question_set = QuestionSet(
            self.set_id, self.title, origin=Origin.IMPORTED, questions=tuple(self.questions)
        )
        return ParsedFile(
            path=self.path,
            format=self.format,
            sets=(question_set,) if self.questions else (),
            lines=self.lines,
            skipped=tuple(self.skipped),
            notes=tuple(self.notes),
            media=tuple(MediaFile(self.set_id, n, d) for n, d in self.media.items()),
            encoding=self.encoding,
            layout=self.layout,
        )

    def close(self, has_questions: bool) -> None:
        """Raise the problems found, or list them as skipped when importing the valid ones.

        Raises:
            QuestionFileError: the file had problems, or holds no question at all.
        """
        if self.problems and self.options.all_or_nothing:
            raise QuestionFileError(sorted(self.problems, key=lambda p: p.line))
        # Importing the valid questions only: each problem is listed as a skip instead.
        self.skipped += [Skipped(p.path, p.line, p.message) for p in self.problems]
        self.skipped.sort(key=lambda skipped: skipped.line)
        if not has_questions and not self.skipped:
            raise QuestionFileError(
                [
                    Problem(
                        self.path,
                        1,
                        Message(
                            QT_TRANSLATE_NOOP("core", "no questions found (read as {format})"),
                            {"format": self.format},
                        ),
                    )
                ]
            )


def content_digest(record: dict[str, Any]) -> str:
    """Return the short hash of a question record that tells look-alikes apart."""
    content = json.dumps(record, sort_keys=True, ensure_ascii=False, default=str)
    return hashlib.sha256(content.encode()).hexdigest()[:6]


def id_used(question_id: str, line: int) -> Message:
    """Return why a question is refused: an earlier one has its id."""
    return Message(
        QT_TRANSLATE_NOOP("core", "question id '{question_id}' is already used on line {line}"),
        {"question_id": question_id, "line": line},
    )


def same_question(line: int) -> Message:
    """Return why a question is skipped: the very same one is on an earlier line."""
    return Message(QT_TRANSLATE_NOOP("core", "the same question as on line {line}"), {"line": line})


def with_set(parsed: ParsedFile, set_id: SetId, title: Text) -> ParsedFile:
    """Return ``parsed`` with all its questions moved into one set."""
    questions = tuple(
        replace(q, set_id=set_id) for question_set in parsed.sets for q in question_set.questions
    )
    question_set = QuestionSet(set_id, title, origin=Origin.IMPORTED, questions=questions)
    return replace(
        parsed,
        sets=(question_set,) if questions else (),
        media=tuple(replace(m, set_id=set_id) for m in parsed.media),
    )


def as_copy(parsed: ParsedFile, taken: set[SetId], named_set: SetId | None = None) -> ParsedFile:
    """Return ``parsed`` with each set made a copy: a new id and title, new question ids.

    The copy goes into ``named_set`` (the ``--set`` the teacher named) if no set has that id
    yet; otherwise its id is the set's id and ``-copy`` (``-copy-2``... if taken; ``taken`` gets
    it) and its title ``TITLE (copy)``. Each question id gets the new set id in front (in place
    of the old one), so the copy shares no progress with the original: one Moodle export can so
    fill one set per class.
    """
    sets, lines, media = [], dict(parsed.lines), list(parsed.media)
    for question_set in parsed.sets:
        named = named_set if named_set and named_set not in taken else None
        new_id = named or SetId(f"{question_set.id}-copy")
        count = 1
        while new_id in taken:
            count += 1
            new_id = SetId(f"{question_set.id}-copy-{count}")
        taken.add(new_id)
        questions = []
        for question in question_set.questions:
            rest = question.id.removeprefix(f"{question_set.id}-")
            copy_id = QuestionId(f"{new_id}-{rest}")
            lines[copy_id] = lines.pop(question.id, 1)
            questions.append(replace(question, id=copy_id, set_id=new_id))
        title = question_set.title if named else Text.plain(f"{question_set.title} (copy)")
        sets.append(replace(question_set, id=new_id, title=title, questions=tuple(questions)))
        media = [replace(m, set_id=new_id) if m.set_id == question_set.id else m for m in media]
    return replace(parsed, sets=tuple(sets), lines=lines, media=tuple(media))
