"""Write the spreadsheet test files in tests/data/import/tables/ (run by hand, not in CI).

The app reads spreadsheets with python-calamine, which cannot write them; these files are made
with openpyxl and odfpy in a venv of their own, laid out as Kahoot's and Quizizz's templates:

    python3 -m venv /tmp/sheetvenv && /tmp/sheetvenv/bin/pip install openpyxl odfpy
    /tmp/sheetvenv/bin/python scripts/make_spreadsheet_fixtures.py
"""

from __future__ import annotations

from pathlib import Path

from odf.opendocument import OpenDocumentSpreadsheet
from odf.table import Table, TableCell, TableRow
from odf.text import P
from openpyxl import Workbook

OUT = Path(__file__).resolve().parent.parent / "tests" / "data" / "import" / "tables"

KAHOOT = [
    ["Quiz template", None, None, None, None, None, None],
    ["Add questions, at least two answer alternatives, time limit and choose correct answers."],
    [
        "Question - max 120 characters",
        "Answer 1 - max 75 characters",
        "Answer 2 - max 75 characters",
        "Answer 3 - max 75 characters",
        "Answer 4 - max 75 characters",
        "Time limit (sec) – 5, 10, 20, 30, 60, 90, 120, or 240 secs",
        "Correct answer(s) - choose at least one",
    ],
    ["Where is the ASEAN Secretariat?", "Bangkok", "Jakarta", "Manila", "Hanoi", 20, 2],
    ["Which countries founded ASEAN?", "Indonesia", "Vietnam", "Thailand", None, 30, "1,3"],
    ["ASEAN was founded in 1967.", "True", "False", None, None, 10, 1],
]

QUIZIZZ = [
    [
        *("Question Text", "Question Type", "Option 1", "Option 2", "Option 3", "Option 4"),
        *("Option 5", "Correct Answer", "Time in seconds", "Image Link", "Answer explanation"),
    ],
    [
        *("Where is the ASEAN Secretariat?", "Multiple Choice", "Bangkok", "Jakarta", "Manila"),
        *("", "", "2", "30", "", "Since 1976."),
    ],
    [
        *("Which are ASEAN members?", "Checkbox", "Laos", "Japan", "Brunei", "", ""),
        *("1,3", "30", "", ""),
    ],
    [
        *("Type the capital of Indonesia.", "Fill-in-the-Blank", "Jakarta", "", "", "", ""),
        *("", "30", "", ""),
    ],
    ["What does ASEAN mean to you?", "Open-Ended", "", "", "", "", "", "", "60", "", ""],
    ["Which summit did you like?", "Poll", "Bali", "Manila", "", "", "", "", "30", "", ""],
]


def write_xlsx(path: Path, rows: list[list[object]]) -> None:
    """Write rows to the first sheet of a new workbook."""
    book = Workbook()
    sheet = book.active
    sheet.title = "Sheet1"
    for row in rows:
        sheet.append(row)
    book.save(path)


def write_ods(path: Path, rows: list[list[object]]) -> None:
    """Write rows to the first sheet of a new OpenDocument spreadsheet."""
    document = OpenDocumentSpreadsheet()
    table = Table(name="Sheet1")
    for row in rows:
        table_row = TableRow()
        for value in row:
            cell = TableCell(valuetype="string")
            cell.addElement(P(text="" if value is None else str(value)))
            table_row.addElement(cell)
        table.addElement(table_row)
    document.spreadsheet.addElement(table)
    document.save(str(path))


def main() -> None:
    """Write the Kahoot and Quizizz templates as .xlsx and .ods."""
    OUT.mkdir(parents=True, exist_ok=True)
    write_xlsx(OUT / "kahoot.xlsx", KAHOOT)
    write_ods(OUT / "quizizz.ods", QUIZIZZ)


if __name__ == "__main__":
    main()
