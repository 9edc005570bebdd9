"""Spreadsheets (.xlsx, .xls, .ods): the first sheet's rows, read as a delimited file's rows.

Read through python-calamine (calamine, a maintained Rust reader of Excel and OpenDocument
files), from memory, after the zip container is checked as an Anki package is. The rows then
follow the same rules as CSV (:mod:`quizapp.core.formats.delimited`): a header we know (ours,
Kahoot's, Quizizz's, Moodle's CSV format), columns the teacher names, or two columns of terms.
The header may sit below a few rows of instructions, as in Kahoot's template. In messages the
"line" is the spreadsheet's row number.
"""

from __future__ import annotations

import io
from pathlib import Path

from quizapp.core.errors import Problem, QuestionFileError
from quizapp.core.formats.delimited import read_rows
from quizapp.core.formats.imported import (
    ImportOptions,
    ParsedFile,
    SetBuilder,
    open_zip,
    read_bytes,
)
from quizapp.core.messages import QT_TRANSLATE_NOOP, Message


def parse(path: Path, options: ImportOptions) -> ParsedFile:
    """Read the first sheet of a spreadsheet whole.

    Raises:
        QuestionFileError: the file is unsafe, not a spreadsheet, or has problems.
    """
    builder = SetBuilder(path, "spreadsheet", options)
    read_rows(builder, sheet_rows(path, options))
    return builder.result()


def sheet_rows(path: Path, options: ImportOptions) -> list[tuple[int, list[str]]]:
    """Return the non-empty rows of a spreadsheet's first sheet with their row numbers.

    Raises:
        QuestionFileError: the file is unsafe, not a spreadsheet, or holds no rows.
    """
    from python_calamine import CalamineError, load_workbook  # loaded for spreadsheets only

    data = read_bytes(path, options.max_package_bytes)
    if path.suffix.lower() != ".xls":  # the old Excel format is not a zip file
        not_zip = QT_TRANSLATE_NOOP("core", "not a spreadsheet (it is not an .xlsx or .ods file)")
        open_zip(path, data, options, Message(not_zip))
    try:
        workbook = load_workbook(io.BytesIO(data))
        cells = workbook.get_sheet_by_index(0).to_python(skip_empty_area=False)
    except (CalamineError, ValueError, OSError) as error:
        raise QuestionFileError(
            [
                Problem(
                    path,
                    0,
                    Message(
                        QT_TRANSLATE_NOOP("core", "the spreadsheet cannot be read ({error})"),
                        {"error": error},
                    ),
                )
            ]
        ) from None
    rows = [
        (number, [_text(value) for value in row])
        for number, row in enumerate(cells, start=1)
        if any(_text(value) for value in row)
    ]
    if not rows:
        no_rows = QT_TRANSLATE_NOOP("core", "the first sheet holds no rows")
        raise QuestionFileError([Problem(path, 1, Message(no_rows))])
    return rows


def _text(value: object) -> str:
    """Return a cell as the text a teacher typed: 2.0 is "2", a date its ISO form."""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if hasattr(value, "isoformat"):
        return str(value.isoformat())
    return "" if value is None else str(value).strip()
