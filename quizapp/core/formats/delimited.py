"""CSV and TSV files (and spreadsheets' rows): a header row naming the columns, or two columns.

With a header row each row is one question of any type. The header may be ours
(``prompt,answer,options,...``; see docs/importing.md for every column) or that of another
tool's template: Kahoot (``Question - max 120 characters``, ``Answer 1`` ... ``Answer 4``,
``Correct answer(s)``), Quizizz (``Question Text``, ``Question Type``, ``Option 1`` ...,
``Correct Answer``, ``Answer explanation``), Moodle's CSV question format (``questionname``,
``questiontext``, ``A`` ... ``D``, ``Answer 1``, ``Answer 2``) and others with words we know.
Where the header is not known, the caller names each column's role (``ImportOptions.columns``:
the import dialog and ``--columns``). Without a header, as Quizlet and Anki export, each row is
a flashcard: the first column the front, the second the back. Fields may be quoted; the
separator is chosen by the caller or detected (comma, semicolon, tab or bar).
"""

from __future__ import annotations

import csv
import hashlib
import io
import itertools
import re
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from quizapp.core.errors import Problem, QuestionFileError, cannot_read
from quizapp.core.formats.imported import (
    ImportOptions,
    ParsedFile,
    SetBuilder,
    text_encoding,
    text_lines,
)
from quizapp.core.formats.streamed import Batch, CannotStream, KeyCount, StreamedSet
from quizapp.core.limits import from_spreadsheet_safe, spreadsheet_safe
from quizapp.core.messages import QT_TRANSLATE_NOOP, Message, Remedy
from quizapp.core.model import Question, QuestionSet
from quizapp.core.qtypes import KINDS, kind_of, question_to_record

LIST_SEPARATOR = "|"
"""Separates entries inside one field: options, answers, alternatives."""
PAIR_SEPARATOR = "->"
"""Separates the two sides of a matching pair inside ``options``."""

COLUMNS: dict[str, tuple[str, ...]] = {
    "id": ("id",),
    "type": ("type", "question type"),
    "topic": ("topic", "category", "deck"),
    "difficulty": ("difficulty", "level"),
    "prompt": ("prompt", "question", "front", "term", "word", "question text", "questiontext"),
    "answer": (
        *("answer", "answers", "back", "definition", "meaning", "correct", "correct answer"),
        *("correct answers", "correct answer(s)"),
    ),
    "options": ("options", "choices", "items", "pairs"),
    "alternatives": ("alternatives", "also accepted"),
    "tolerance": ("tolerance",),
    "explanation": (
        *("explanation", "feedback", "notes", "extra", "answer explanation"),
        *("correctfeedback", "general feedback"),
    ),
    "tags": ("tags", "tag"),
}
"""Our column names and the other names teachers' files use for them (case is ignored)."""
OPTION_COLUMN = "option"
"""The role of a column holding one option (Kahoot's ``Answer 1``, Quizizz's ``Option 1``)."""
IGNORED_COLUMN = ""
"""The role of a column that is not read."""
ROLES = (*COLUMNS, OPTION_COLUMN)
"""Every role a column can be given (``--columns``), besides being ignored."""
IGNORED_HEADERS = frozenset(
    {"time limit", "time in seconds", "image link", "image", "points", "answernumbering"}
    | {"defaultmark", "questionname", "partiallycorrectfeedback", "incorrectfeedback"}
)
"""Other tools' columns that hold nothing our questions keep (time limits, scores...)."""
EXPORT_COLUMNS = tuple(COLUMNS)
_ALIASES = {alias: column for column, aliases in COLUMNS.items() for alias in aliases}
_NUMBERED_OPTION = re.compile(r"^(?:option|answer|choice) ?\d$")
_HEADER_TAIL = re.compile(r"\s+[-–]\s.*$|\s*\([^)]*\)")
_TRUE = {"true", "t", "yes", "y", "1", "benar", "b"}
_FALSE = {"false", "f", "no", "n", "0", "salah", "s"}
_LETTERS = "ABCDEFGH"
_OTHER_TYPES = {
    "multiple choice": "single_choice",
    "checkbox": "multiple_answer",
    "fill-in-the-blank": "short_answer",
    "fill in the blank": "short_answer",
    "true or false": "true_false",
    "true/false": "true_false",
}
_SAMPLE_ROWS = 10
_UNGRADED_TYPES = {"open-ended", "open ended", "poll", "draw", "video response", "audio response"}


def parse(path: Path, options: ImportOptions) -> ParsedFile:
    """Read a CSV or TSV file whole.

    Raises:
        QuestionFileError: every problem in the file; nothing is returned then.
    """
    table = _table(path, options)
    builder = SetBuilder(path, table.format, options)
    builder.encoding = table.encoding
    _read_table(builder, table)
    return builder.result()


def stream(
    path: Path,
    options: ImportOptions,
    write: Callable[[Batch], None],
    progress: Callable[[int, int], None],
) -> ParsedFile:
    """Read a CSV or TSV file in two passes and hand its questions on in batches.

    The ids, lines, skips and problems are those :func:`parse` gives (see
    :mod:`.streamed`), but no more than a batch of questions is held at a time.

    Args:
        path: the file.
        options: as for :func:`parse`.
        write: told each batch of questions (with their lines) in file order.
        progress: told the rows read so far and in all, after each batch.

    Returns:
        What :func:`parse` returns, without the questions (``sets`` and ``lines`` are empty).

    Raises:
        QuestionFileError: every problem in the file, after the last batch.
        CannotStream: the ids might differ from :func:`parse`'s (or the file changed between
            the passes); read the file with it.
    """
    table = _table(path, options)
    before = _stamp(path)
    keys = KeyCount(path, table.format, options)
    _read_table(keys, table)
    builder = StreamedSet(path, table.format, options, keys=keys, write=write, progress=progress)
    builder.encoding = table.encoding
    _read_table(builder, table)
    builder.flush()
    if _stamp(path) != before:
        raise CannotStream  # changed meanwhile: what the first pass found may not hold
    builder.close(builder.count > 0)
    return ParsedFile(
        path,
        table.format,
        sets=(),
        lines={},
        skipped=tuple(builder.skipped),
        notes=tuple(builder.notes),
        encoding=table.encoding,
        layout=builder.layout,
    )


def _stamp(path: Path) -> tuple[int, int]:
    """Return what tells a file's content changed: its size and time of change.

    Raises:
        QuestionFileError: the file cannot be read.
    """
    try:
        status = path.stat()
    except OSError as error:
        raise QuestionFileError([Problem(path, 0, cannot_read(error))]) from None
    return status.st_size, status.st_mtime_ns


@dataclass(frozen=True)
class _Table:
    """How a delimited file is read: its path, codec and separator."""

    path: Path
    codec: str
    encoding: str
    separator: str

    @property
    def format(self) -> str:
        return "tsv" if self.separator == "\t" else "csv"

    def rows(self) -> _Rows:
        """Return the file's rows, read anew."""
        return _Rows(self.path, text_lines(self.path, self.codec), self.separator)


def _table(path: Path, options: ImportOptions) -> _Table:
    """Tell how to read a delimited file: its encoding, and its separator unless chosen.

    Raises:
        QuestionFileError: the file cannot be read as text.
    """
    codec, encoding = text_encoding(path, options)
    # A TSV descriptor names the tab; else the separator is told from the first 50 lines.
    separator = options.separator or detect("".join(itertools.islice(text_lines(path, codec), 50)))
    return _Table(path, codec, encoding, separator)


def _read_table(builder: SetBuilder, table: _Table) -> None:
    """Read a delimited file's rows into the builder, recording where the CSV breaks.

    Raises:
        QuestionFileError: the file holds no rows, or its header cannot be used.
    """
    rows = table.rows()
    each = iter(rows)
    first = next(each, None)
    if first is None and rows.broken is None:
        raise QuestionFileError(
            [Problem(table.path, 1, Message(QT_TRANSLATE_NOOP("core", "the file holds no rows")))]
        )
    read_rows(builder, itertools.chain([first], each) if first else ())
    if rows.broken is not None:
        builder.problems.append(rows.broken)


def read_rows(builder: SetBuilder, rows: Iterable[tuple[int, list[str]]]) -> None:
    """Read a table's rows (each with its line) into the builder: with a header or as pairs.

    The rows are read one by one, never held all at once.

    Raises:
        QuestionFileError: the header or the chosen columns cannot be used.
    """
    each = iter(rows)
    head = list(itertools.islice(each, 10))
    if not head:
        return
    options = builder.options
    builder.layout = layout_signature(head[0][1])
    remembered = options.layouts.get(builder.layout)
    chosen = options.columns or (remembered.columns if remembered else None)
    first_is_header = options.has_header
    if first_is_header is None and options.columns is None and remembered:
        first_is_header = remembered.has_header
    if chosen is None:
        # A template may put a few rows of instructions above its header (Kahoot's does).
        starts = (i for i, (_, cells) in enumerate(head) if header_roles(cells) is not None)
        head = head[next(starts, 0) :]
    if chosen is not None:
        header: list[str] | None = list(chosen)
        _check_chosen(builder, list(chosen))
    else:
        header = _header(builder, *head[0])
    if builder.problems:
        raise QuestionFileError(builder.problems)
    if header is None:
        line, first = head[0]
        if len(first) != 2:
            raise QuestionFileError(
                [
                    Problem(
                        builder.path,
                        line,
                        Message(
                            QT_TRANSLATE_NOOP(
                                "core",
                                "the first row is not a header we know and the rows have "
                                "{count} columns; {remedy}",
                            ),
                            {"count": len(first)},
                            Remedy.CHOOSE_COLUMNS,
                        ),
                    )
                ]
            )
        for line, cells in itertools.chain(head, each):
            _read_pair(builder, line, cells)
        return
    if first_is_header is None:
        first_is_header = chosen is None or header_roles(head[0][1]) is not None
    for line, cells in itertools.chain(head[1:] if first_is_header else head, each):
        _read_row(builder, line, header, cells)


@dataclass(frozen=True)
class TableSample:
    """The first rows of a table and how its columns would be read, for choosing them."""

    rows: list[list[str]]
    roles: list[str]
    """Each column's role as detected or remembered; ``"?"`` for a column not known."""
    has_header: bool


def sample_rows(path: Path, options: ImportOptions) -> list[tuple[int, list[str]]]:
    """Return the first rows of a CSV or TSV file with their lines.

    Raises:
        QuestionFileError: the file cannot be read as text.
    """
    return list(itertools.islice(_table(path, options).rows(), _SAMPLE_ROWS))


def sample_table(rows: Sequence[tuple[int, list[str]]], options: ImportOptions) -> TableSample:
    """Return the first rows of a table and the roles its columns would be read with."""
    cells = [list(row) for _, row in rows[:8]]
    width = max((len(row) for row in cells), default=0)
    cells = [row + [""] * (width - len(row)) for row in cells]
    if not cells:
        return TableSample([], [], False)
    remembered = options.layouts.get(layout_signature(rows[0][1]))
    if remembered and len(remembered.columns) == width:
        return TableSample(cells, list(remembered.columns), remembered.has_header)
    starts = (i for i, row in enumerate(cells) if header_roles(row) is not None)
    start = next(starts, None)
    if start is not None:
        cells = cells[start:]
        return TableSample(cells, header_roles(cells[0]) or [], True)
    roles = ["prompt", "answer"] if width == 2 else ["?"] * width
    return TableSample(cells, roles, False)


def layout_signature(first_row: Sequence[str]) -> str:
    """Return what tells a file layout apart: its first row's words and number of columns.

    Files exported by one tool share a layout, so a column mapping chosen for one is offered
    again for the next.
    """
    words = "\x1f".join(" ".join(cell.casefold().split()) for cell in first_row)
    return hashlib.sha256(f"{len(first_row)}\x1e{words}".encode()).hexdigest()[:16]


def header_roles(cells: Sequence[str]) -> list[str] | None:
    """Return the role of each header cell, or None if the row is not a header we know.

    Unknown names get the role ``"?"``; a row is a header when one cell names the prompt.
    """
    names = [_HEADER_TAIL.sub("", " ".join(cell.casefold().split())) for cell in cells]
    moodle_csv = "questiontext" in names
    roles = []
    for name in names:
        if moodle_csv and len(name) == 1 and name.upper() in _LETTERS:
            roles.append(OPTION_COLUMN)
        elif moodle_csv and re.fullmatch(r"answer ?\d", name):
            roles.append("answer")  # Moodle's CSV format: the letter of a right option
        elif _NUMBERED_OPTION.match(name):
            roles.append(OPTION_COLUMN)
        elif name in IGNORED_HEADERS or not name:
            roles.append(IGNORED_COLUMN)
        else:
            roles.append(_ALIASES.get(name, "?"))
    return roles if "prompt" in roles else None


def detect(text: str) -> str:
    """Return the separator that splits the first lines into the most even columns."""
    sample = [line for line in text.split("\n")[:50] if line.strip()]
    best, best_score = ",", -1
    for separator in ("\t", ",", ";", "|"):
        try:
            counts = [len(row) for row in csv.reader(sample, delimiter=separator)]
        except csv.Error:
            continue
        if not counts or counts[0] < 2:
            continue
        score = sum(count == counts[0] for count in counts)
        if score > best_score:
            best, best_score = separator, score
    return best


class _Rows:
    """A table's non-blank rows, each with the line it starts on, read as they are iterated.

    Where the CSV breaks, the rows stop and ``broken`` says where and why.
    """

    def __init__(self, path: Path, lines: Iterable[str], separator: str):
        self.path = path
        self.lines = lines
        self.separator = separator
        self.broken: Problem | None = None

    def __iter__(self) -> Iterator[tuple[int, list[str]]]:
        reader = csv.reader(self.lines, delimiter=self.separator, strict=True)
        line = 1
        try:
            for cells in reader:
                if "".join(cells).strip():  # not a blank row
                    yield line, list(map(from_spreadsheet_safe, cells))
                line = reader.line_num + 1
        except csv.Error as error:
            self.broken = Problem(
                self.path,
                line,
                Message(QT_TRANSLATE_NOOP("core", "not valid CSV: {error}"), {"error": error}),
            )


def _header(builder: SetBuilder, line: int, cells: list[str]) -> list[str] | None:
    """Return the role of each header cell, or None when the first row is data."""
    roles = header_roles(cells)
    if roles is None:
        return None
    for cell, role in zip(cells, roles, strict=True):
        if role == "?":
            builder.problem(
                line,
                Message(
                    QT_TRANSLATE_NOOP(
                        "core", "unknown column '{column}' (known: {known}); {remedy}"
                    ),
                    {"column": cell.strip(), "known": ", ".join(EXPORT_COLUMNS)},
                    Remedy.CHOOSE_COLUMNS,
                ),
            )
    _check_roles(builder, roles, line)
    return roles


def _check_chosen(builder: SetBuilder, roles: list[str]) -> None:
    unknown = [r for r in roles if r not in (*ROLES, IGNORED_COLUMN)]
    if unknown:
        builder.problem(
            1,
            Message(
                QT_TRANSLATE_NOOP(
                    "core", "unknown column role '{role}' (known: {known}, or empty to skip)"
                ),
                {"role": unknown[0], "known": ", ".join(ROLES)},
            ),
        )
    _check_roles(builder, roles, 1)


def _check_roles(builder: SetBuilder, roles: list[str], line: int) -> None:
    repeatable = {OPTION_COLUMN, "answer", IGNORED_COLUMN, "?"}
    repeated = sorted({c for c in roles if c not in repeatable and roles.count(c) > 1})
    if repeated:
        builder.problem(
            line,
            Message(
                QT_TRANSLATE_NOOP("core", "column '{column}' is named twice"),
                {"column": repeated[0]},
            ),
        )
    if "prompt" not in roles:
        builder.problem(
            line, Message(QT_TRANSLATE_NOOP("core", "no column is the prompt (the question)"))
        )
    elif not {"answer", "options", OPTION_COLUMN} & set(roles):
        builder.problem(
            line,
            Message(
                QT_TRANSLATE_NOOP(
                    "core", "no 'answer' column (the header names the columns; see the docs)"
                )
            ),
        )


def _read_pair(builder: SetBuilder, line: int, cells: list[str]) -> None:
    if len(cells) != 2:
        builder.problem(
            line,
            Message(
                QT_TRANSLATE_NOOP(
                    "core",
                    "expected 2 columns (term and definition) as in the first row, found {count}",
                ),
                {"count": len(cells)},
            ),
        )
        return
    front, back = (cell.strip() for cell in cells)
    if not front or not back:
        blank = QT_TRANSLATE_NOOP("core", "the term is blank")
        if front:
            blank = QT_TRANSLATE_NOOP("core", "the definition is blank")
        builder.problem(line, Message(blank))
        return
    builder.add({"type": "flashcard", "prompt": front, "answer": back}, line, front)


def _read_row(builder: SetBuilder, line: int, header: list[str], cells: list[str]) -> None:
    if len(cells) < len(header):
        cells = cells + [""] * (len(header) - len(cells))  # spreadsheets drop empty ends
    if len(cells) != len(header):
        builder.problem(
            line,
            Message(
                QT_TRANSLATE_NOOP(
                    "core", "expected {expected} columns as in the header, found {count}"
                ),
                {"expected": len(header), "count": len(cells)},
            ),
        )
        return
    row: dict[str, str] = {}
    column_options: list[str] = []
    answers: list[str] = []
    for column, cell in zip(header, cells, strict=True):
        if column == OPTION_COLUMN:
            if cell.strip():
                column_options.append(cell.strip())
        elif column == "answer":
            answers += [cell.strip()] if cell.strip() else []
        elif column:
            row[column] = cell.strip()
    if column_options:
        row["options"] = LIST_SEPARATOR.join([*_split(row.get("options", "")), *column_options])
        answers = [a for answer in answers for a in _indices(answer, len(column_options))]
    row["answer"] = LIST_SEPARATOR.join(answers)
    if not row.get("prompt"):
        builder.problem(line, Message(QT_TRANSLATE_NOOP("core", "the prompt is blank")))
        return
    kind = " ".join(row.get("type", "").casefold().split())
    if kind in _UNGRADED_TYPES:
        builder.skip(
            line,
            Message(
                QT_TRANSLATE_NOOP(
                    "core", "a question of type '{type}' has no right answer to check"
                ),
                {"type": row["type"]},
            ),
        )
        return
    if not kind and row.get("options") and len(_split(row["answer"])) > 1:
        row["type"] = "multiple_answer"  # Kahoot: several right answers, no type column
    if kind in _OTHER_TYPES:
        row["type"] = _OTHER_TYPES[kind]
        if row["type"] == "single_choice" and len(_split(row["answer"])) > 1:
            row["type"] = "multiple_answer"
        if row["type"] == "short_answer" and column_options and not answers:
            # Quizizz's fill-in-the-blank lists the accepted answers as its options.
            row["answer"], *others = column_options
            row["alternatives"] = LIST_SEPARATOR.join(others)
            del row["options"]
    record = _record(builder, line, row)
    if record is not None:
        builder.add(record, line, row["prompt"], explicit_id=row.get("id") or None)


def _indices(answer: str, count: int) -> list[str]:
    """Split a right-answer cell that numbers options (``1,3``) into letters; else keep it."""
    parts = [part.strip() for part in re.split(r"[,;]", answer)]
    if all(part.isdigit() and 1 <= int(part) <= count for part in parts):
        return [_LETTERS[int(part) - 1] for part in parts]
    return [answer]


def _split(value: str) -> list[str]:
    return [part.strip() for part in value.split(LIST_SEPARATOR)] if value.strip() else []


def _record(builder: SetBuilder, line: int, row: dict[str, str]) -> dict[str, Any] | None:
    """Return a question record from a row, or None after recording a problem."""
    type_name = row.get("type", "").casefold().replace(" ", "_").replace("-", "_")
    if not type_name:
        type_name = "single_choice" if row.get("options", "").strip() else "flashcard"
    kind = KINDS.get(type_name)
    if kind is None:
        known = ", ".join(KINDS)
        builder.problem(
            line,
            Message(
                QT_TRANSLATE_NOOP("core", "unknown type '{type}' (expected one of: {known})"),
                {"type": row["type"], "known": known},
            ),
        )
        return None
    record: dict[str, Any] = {"type": kind.name, "prompt": row["prompt"]}
    for column in ("topic", "explanation"):
        if row.get(column):
            record[column] = row[column]
    if row.get("tags"):
        record["tags"] = row["tags"].replace(",", " ").split()
    if row.get("difficulty"):
        record["difficulty"] = _number(row["difficulty"], int)
    answer = kind.from_cells(Cells(row, builder, line))
    return None if answer is None else record | answer


@dataclass(frozen=True)
class Cells:
    """One row's cells, read by the conventions of tables, for a question type to take its answer.

    See :meth:`~quizapp.core.qtypes.base.QuestionKind.from_cells`.
    """

    row: Mapping[str, str]
    builder: SetBuilder
    line: int

    @property
    def answer(self) -> str:
        """The answer cell as written."""
        return self.row.get("answer", "")

    @property
    def options(self) -> list[str]:
        """The options cell, split at :data:`LIST_SEPARATOR`."""
        return _split(self.row.get("options", ""))

    def entries(self, column: str) -> list[str]:
        """Return a cell's entries, split at :data:`LIST_SEPARATOR` (none if it is empty)."""
        return _split(self.row.get(column, ""))

    def option(self, answer: str) -> str:
        """Return the option an answer names: its text, or its letter (A, B, ...)."""
        return _option(self.options, answer)

    def number(self, text: str) -> Any:
        """Return text as a number, or the text itself for the question format to refuse."""
        return _number(text, float)

    def truth(self, text: str) -> bool | None:
        """Return what a true/false word says (true, yes, benar, 1, ...); None if neither."""
        word = text.casefold()
        return True if word in _TRUE else False if word in _FALSE else None

    def pair(self, text: str) -> tuple[str, str] | None:
        """Return the two sides of a ``left -> right`` pair; None without the arrow."""
        left, arrow, right = text.partition(PAIR_SEPARATOR)
        return (left.strip(), right.strip()) if arrow else None

    def problem(self, message: str) -> None:
        """Record why the row cannot be read."""
        self.builder.problem(self.line, message)


def _option(options: list[str], answer: str) -> str:
    """Return the option an answer names: its text, or its letter (A, B, ...)."""
    if answer in options:
        return answer
    letter = answer.strip().rstrip(").").upper()
    if len(letter) == 1 and letter in _LETTERS[: len(options)]:
        return options[_LETTERS.index(letter)]
    return answer


def _number(text: str, kind: type[int] | type[float]) -> Any:
    """Return text as a number of that kind, or the text itself for the checker to refuse."""
    try:
        value = float(text.replace(",", ".")) if kind is float else int(text)
    except ValueError:
        return text
    return value


def format_number(value: float) -> str:
    """Return a number as short text that reads back to the same float."""
    return str(int(value)) if value.is_integer() and abs(value) < 1e15 else repr(value)


def question_row(question: Question) -> dict[str, str]:
    """Return a question as a row of :data:`EXPORT_COLUMNS` (primary language only)."""
    record = question_to_record(question)

    def text(value: Any) -> str:
        return str(value[record["language"]]) if isinstance(value, dict) else str(value)

    row = {column: "" for column in EXPORT_COLUMNS}
    row.update(id=record["id"], type=record["type"], prompt=text(record["prompt"]))
    row["difficulty"] = str(record["difficulty"])
    row["topic"] = text(record["topic"]) if "topic" in record else ""
    row["explanation"] = text(record["explanation"]) if "explanation" in record else ""
    row["tags"] = " ".join(record.get("tags", []))
    row.update(kind_of(question).table_cells(question, question.payload))
    return row


def write_set(
    question_set: QuestionSet, media: Mapping[str, bytes] | None = None
) -> tuple[str, list[str]]:
    """Return a set as CSV with a header row of :data:`EXPORT_COLUMNS`; it leaves none out.

    Every type is kept; translations and sources are not (CSV holds one language). A cell a
    spreadsheet would run as a formula is guarded with an apostrophe, which reading drops again.

    Args:
        question_set: the set to write.
        media: the pictures its questions show; not written (CSV has no place for them).
    """
    out = io.StringIO(newline="")
    writer = csv.DictWriter(out, fieldnames=EXPORT_COLUMNS, lineterminator="\r\n")
    writer.writeheader()
    for question in question_set.questions:
        writer.writerow(
            {column: spreadsheet_safe(cell) for column, cell in question_row(question).items()}
        )
    return out.getvalue(), []
