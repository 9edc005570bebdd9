"""CSV and TSV files: a header row naming the columns, or two columns of term and definition.

With a header row (``prompt,answer,options,...``; see docs/importing.md for every column) each
row is one question of any type. Without one, as Quizlet and Anki export, each row is a
flashcard: the first column the front, the second the back. Fields may be quoted; the separator
is chosen by the caller or detected (comma, semicolon, tab or bar).
"""

from __future__ import annotations

import csv
import io
from collections.abc import Callable, Iterable, Iterator
from itertools import chain, islice
from pathlib import Path
from typing import Any

from quizapp.core.errors import Problem, QuestionFileError
from quizapp.core.formats.imported import ImportOptions, ParsedFile, SetBuilder, stream_text
from quizapp.core.formats.native import question_to_record
from quizapp.core.model import Question, QuestionSet, QuestionType

LIST_SEPARATOR = "|"
"""Separates entries inside one field: options, answers, alternatives."""
PAIR_SEPARATOR = "->"
"""Separates the two sides of a matching pair inside ``options``."""

COLUMNS: dict[str, tuple[str, ...]] = {
    "id": ("id",),
    "type": ("type",),
    "topic": ("topic", "category", "deck"),
    "difficulty": ("difficulty", "level"),
    "prompt": ("prompt", "question", "front", "term", "word"),
    "answer": ("answer", "answers", "back", "definition", "meaning", "correct"),
    "options": ("options", "choices", "items", "pairs"),
    "alternatives": ("alternatives", "also accepted"),
    "tolerance": ("tolerance",),
    "explanation": ("explanation", "feedback", "notes", "extra"),
    "tags": ("tags", "tag"),
}
"""Our column names and the other names teachers' files use for them (case is ignored)."""
EXPORT_COLUMNS = tuple(COLUMNS)
_ALIASES = {alias: column for column, aliases in COLUMNS.items() for alias in aliases}
_TRUE = {"true", "t", "yes", "y", "1", "benar", "b"}
_FALSE = {"false", "f", "no", "n", "0", "salah", "s"}
_LETTERS = "ABCDEFGH"
_DETECT_LINES = 50  # lines the separator is told from
BuilderFactory = Callable[[Path, str, ImportOptions], SetBuilder]
"""Makes the builder a file is read into: (path, format, options)."""


def parse(path: Path, options: ImportOptions) -> ParsedFile:
    """Read a CSV or TSV file whole.

    Raises:
        QuestionFileError: every problem in the file; nothing is returned then.
    """
    return read(path, options, SetBuilder).result()


def read(path: Path, options: ImportOptions, make_builder: BuilderFactory) -> SetBuilder:
    """Read a CSV or TSV file a row at a time into a builder made by ``make_builder``.

    A streaming builder writes its questions out as they come (see ``ops.import_files``),
    so the file's size costs time, not memory.

    Raises:
        QuestionFileError: the file cannot be read, holds no rows, or its header is wrong.
    """
    lines = stream_text(path, options)
    head = list(islice(lines, _DETECT_LINES))
    separator = options.separator or (
        "\t" if path.suffix.lower() == ".tsv" else detect("".join(head))
    )
    builder = make_builder(path, "tsv" if separator == "\t" else "csv", options)
    rows = _rows(builder, chain(head, lines), separator)
    first = next(rows, None)
    if first is None and not builder.problems:
        raise QuestionFileError([Problem(path, 1, "the file holds no rows")])
    header = _header(builder, first[1]) if first else None
    if builder.problems:
        raise QuestionFileError(builder.problems)
    if header is None:
        for line, cells in chain([first] if first else [], rows):
            _read_pair(builder, line, cells)
    else:
        for line, cells in rows:
            _read_row(builder, line, header, cells)
    return builder


def detect(text: str) -> str:
    """Return the separator that splits the first lines into the most even columns."""
    sample = [line for line in text.split("\n")[:_DETECT_LINES] if line.strip()]
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


def _rows(
    builder: SetBuilder, lines: Iterable[str], separator: str
) -> Iterator[tuple[int, list[str]]]:
    """Yield each non-blank row with the line it starts on; record where the CSV breaks."""
    reader = csv.reader(lines, delimiter=separator, strict=True)
    line = 1
    try:
        for cells in reader:
            if any(cell.strip() for cell in cells):
                yield line, cells
            line = reader.line_num + 1
    except csv.Error as error:
        builder.problem(line, f"not valid CSV: {error}")


def _header(builder: SetBuilder, cells: list[str]) -> list[str] | None:
    """Return the column of each header cell, or None when the first row is data."""
    names = [cell.strip().casefold() for cell in cells]
    if not {_ALIASES.get(n) for n in names} & {"prompt"}:
        return None
    header = []
    for name in names:
        if name and name not in _ALIASES:
            builder.problem(1, f"unknown column '{name}' (known: {', '.join(EXPORT_COLUMNS)})")
        header.append(_ALIASES.get(name, ""))
    repeated = sorted({c for c in header if c and header.count(c) > 1})
    if repeated:
        builder.problem(1, f"column '{repeated[0]}' is named twice")
    if "answer" not in header and "options" not in header:
        builder.problem(1, "no 'answer' column (the header names the columns; see the docs)")
    return header


def _read_pair(builder: SetBuilder, line: int, cells: list[str]) -> None:
    if len(cells) != 2:
        builder.problem(
            line,
            f"expected 2 columns (term and definition), found {len(cells)}; "
            "add a header row to name more columns",
        )
        return
    front, back = (cell.strip() for cell in cells)
    if not front or not back:
        builder.problem(line, f"the {'term' if not front else 'definition'} is blank")
        return
    builder.add({"type": "flashcard", "prompt": front, "answer": back}, line, front)


def _read_row(builder: SetBuilder, line: int, header: list[str], cells: list[str]) -> None:
    if len(cells) != len(header):
        builder.problem(
            line, f"expected {len(header)} columns as in the header, found {len(cells)}"
        )
        return
    row = {column: cell.strip() for column, cell in zip(header, cells, strict=True) if column}
    if not row.get("prompt"):
        builder.problem(line, "the prompt is blank")
        return
    record = _record(builder, line, row)
    if record is not None:
        builder.add(record, line, row["prompt"], explicit_id=row.get("id") or None)


def _split(value: str) -> list[str]:
    return [part.strip() for part in value.split(LIST_SEPARATOR)] if value.strip() else []


def _record(builder: SetBuilder, line: int, row: dict[str, str]) -> dict[str, Any] | None:
    """Return a question record from a row, or None after recording a problem."""
    options = _split(row.get("options", ""))
    answer = row.get("answer", "")
    type_name = row.get("type", "").casefold().replace(" ", "_").replace("-", "_")
    if not type_name:
        type_name = "single_choice" if options else "flashcard"
    try:
        qtype = QuestionType(type_name)
    except ValueError:
        known = ", ".join(t.value for t in QuestionType)
        builder.problem(line, f"unknown type '{row['type']}' (expected one of: {known})")
        return None
    record: dict[str, Any] = {"type": qtype.value, "prompt": row["prompt"]}
    for column in ("topic", "explanation"):
        if row.get(column):
            record[column] = row[column]
    if row.get("tags"):
        record["tags"] = row["tags"].replace(",", " ").split()
    if row.get("difficulty"):
        record["difficulty"] = _number(row["difficulty"], int)
    if qtype in (QuestionType.FLASHCARD, QuestionType.SHORT_ANSWER):
        record["answer"] = answer
        if row.get("alternatives"):
            record["alternatives"] = _split(row["alternatives"])
    elif qtype in (QuestionType.SINGLE_CHOICE, QuestionType.MULTIPLE_ANSWER):
        record["options"] = options
        wanted = [_option(options, a) for a in _split(answer)]
        if qtype is QuestionType.SINGLE_CHOICE:
            if len(wanted) != 1:
                builder.problem(line, f"single_choice needs one answer, found {len(wanted)}")
                return None
            record["answer"] = wanted[0]
        else:
            record["answers"] = wanted
    elif qtype is QuestionType.TRUE_FALSE:
        word = answer.casefold()
        if word not in _TRUE | _FALSE:
            builder.problem(line, f"a true_false answer must be true or false, found '{answer}'")
            return None
        record["answer"] = word in _TRUE
    elif qtype is QuestionType.NUMERIC:
        record["answer"] = _number(answer, float)
        if row.get("tolerance"):
            record["tolerance"] = _number(row["tolerance"], float)
    elif qtype is QuestionType.MATCHING:
        pairs = []
        for option in options:
            left, arrow, right = option.partition(PAIR_SEPARATOR)
            if not arrow:
                builder.problem(line, f"a matching pair must be 'left -> right', found '{option}'")
                return None
            pairs.append({"left": left.strip(), "right": right.strip()})
        record["pairs"] = pairs
    elif qtype is QuestionType.ORDERING:
        record["items"] = options
    return record


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
    qtype = QuestionType(record["type"])
    if qtype in (QuestionType.FLASHCARD, QuestionType.SHORT_ANSWER):
        row["answer"] = text(record["answer"])
        row["alternatives"] = LIST_SEPARATOR.join(text(a) for a in record.get("alternatives", []))
    elif qtype in (QuestionType.SINGLE_CHOICE, QuestionType.MULTIPLE_ANSWER):
        row["options"] = LIST_SEPARATOR.join(text(o) for o in record["options"])
        answers = [record["answer"]] if "answer" in record else record["answers"]
        row["answer"] = LIST_SEPARATOR.join(answers)
    elif qtype is QuestionType.TRUE_FALSE:
        row["answer"] = "true" if record["answer"] else "false"
    elif qtype is QuestionType.NUMERIC:
        row["answer"] = format_number(record["answer"])
        row["tolerance"] = format_number(record["tolerance"]) if record["tolerance"] else ""
    elif qtype is QuestionType.MATCHING:
        row["options"] = LIST_SEPARATOR.join(
            f"{text(p['left'])} {PAIR_SEPARATOR} {text(p['right'])}" for p in record["pairs"]
        )
    elif qtype is QuestionType.ORDERING:
        row["options"] = LIST_SEPARATOR.join(text(i) for i in record["items"])
    return row


def write_set(question_set: QuestionSet) -> str:
    """Return a set as CSV with a header row of :data:`EXPORT_COLUMNS`.

    Every type is kept; translations and sources are not (CSV holds one language).
    """
    out = io.StringIO(newline="")
    writer = csv.DictWriter(out, fieldnames=EXPORT_COLUMNS, lineterminator="\r\n")
    writer.writeheader()
    for question in question_set.questions:
        writer.writerow(question_row(question))
    return out.getvalue()
