"""Anki's own text export ("Notes in Plain Text"): tab-separated notes, with or without headers.

Since Anki 2.1.55 the file starts with ``#separator:tab``, ``#html:true``, ``#tags column:3``,
``#deck column:N``, ``#guid column:N``, ``#notetype column:N`` and ``#columns:...`` lines; older
exports have none. Other lines starting with ``#`` are comments. As in Anki, the number of
fields comes from the ``#columns`` header or else the first note, and a line with another
number of fields is skipped with a reason; the column after the fields holds the tags.
Fields are HTML only when the file says ``#html:true``.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterator
from pathlib import Path

from quizapp.core.formats.anki import Note, add_note
from quizapp.core.formats.imported import ImportOptions, ParsedFile, SetBuilder, read_text
from quizapp.core.messages import QT_TRANSLATE_NOOP, Message, Remedy

SEPARATORS = {
    "tab": "\t",
    "comma": ",",
    "semicolon": ";",
    "space": " ",
    "pipe": "|",
    "colon": ":",
}
_STOCK_FRONTS = {
    "basic": ("{{Front}}",),
    "basic (and reversed card)": ("{{Front}}", "{{Back}}"),
    "basic (optional reversed card)": ("{{Front}}", "{{Back}}"),
    "basic (type in the answer)": ("{{Front}}\n{{type:Back}}",),
}
"""The front templates of Anki's stock note types, by their names in lowercase."""
_CLOZE_DELETION = re.compile(r"\{\{c\d+::")
HEADER_KEYS = (
    *("separator", "html", "tags column", "deck column", "guid column", "notetype column"),
    *("columns", "notetype", "deck", "tags", "if matches"),
)


def is_anki_text(text: str) -> bool:
    """Return whether a text starts with Anki's export headers."""
    first = text.lstrip("\ufeff").split("\n", 1)[0]
    return first.startswith("#") and first[1:].split(":", 1)[0] in HEADER_KEYS


def parse(path: Path, options: ImportOptions) -> ParsedFile:
    """Read an Anki text export whole.

    Raises:
        QuestionFileError: every problem in the file; nothing is returned then.
    """
    builder = SetBuilder(path, "anki-text", options)
    text = read_text(path, options)
    headers: dict[str, str] = {}
    body_start = 0
    lines = text.split("\n")
    for number, line in enumerate(lines):
        key, colon, value = line[1:].partition(":")
        if line.startswith("#") and colon and key in HEADER_KEYS:
            headers[key] = value.strip()
            body_start = number + 1
        else:
            break
    separator = options.separator or SEPARATORS.get(headers.get("separator", "tab"), "\t")
    if headers.get("separator") and headers["separator"] not in SEPARATORS:
        separator = headers["separator"][:1]
    html = headers.get("html", "false").casefold() == "true"
    special = {
        name: int(headers[f"{name} column"]) - 1
        for name in ("tags", "deck", "guid", "notetype")
        if headers.get(f"{name} column", "").isdigit()
    }
    if len(separator) != 1 or separator in '"\r\n':
        template = QT_TRANSLATE_NOOP("core", "the separator {separator} cannot be used; {remedy}")
        builder.problem(
            1, Message(template, {"separator": repr(separator)}, Remedy.CHOOSE_SEPARATOR)
        )
        return builder.result()
    column_names = headers["columns"].split(separator) if "columns" in headers else None
    expected: int | None = len(column_names) if column_names else None
    body = "\n".join(lines[body_start:])
    reader = csv.reader(io.StringIO(body, newline=""), delimiter=separator)
    try:
        rows = [(number, cells) for number, cells in _numbered(reader, body_start)]
    except csv.Error as error:
        builder.problem(
            body_start + reader.line_num,
            Message(
                QT_TRANSLATE_NOOP("core", "the line cannot be read: {error}"), {"error": error}
            ),
        )
        return builder.result()
    checked = False
    for number, cells in rows:
        if not cells or (len(cells) == 1 and not cells[0].strip()):
            continue
        if cells[0].startswith("#"):
            continue
        if expected is None or not checked:
            if expected is None:
                expected = len(cells)
                if not special and len(cells) >= 3:
                    # As Anki does for a Basic note: the column after the fields holds the tags.
                    special["tags"] = len(cells) - 1
            checked = True
            beyond = sorted(n for n, i in special.items() if not 0 <= i < expected)
            if beyond:
                builder.problem(
                    number,
                    Message(
                        QT_TRANSLATE_NOOP(
                            "core",
                            "the {role} column {column} is not one of the "
                            "{expected} columns of the notes",
                        ),
                        {"role": beyond[0], "column": special[beyond[0]] + 1, "expected": expected},
                    ),
                )
                return builder.result()
        if len(cells) != expected:
            found = f"{len(cells)} field{'s' if len(cells) != 1 else ''}"
            builder.skip(number, f"{found}, expected {expected} as in the first note")
            continue
        fields = [c for i, c in enumerate(cells) if i not in special.values()]
        notetype = cells[special["notetype"]] if "notetype" in special else ""
        names = [n for i, n in enumerate(column_names or []) if i not in special.values()]
        cloze = "cloze" in notetype.casefold() or bool(
            not notetype and fields and _CLOZE_DELETION.search(fields[0])
        )
        fronts = _STOCK_FRONTS.get(notetype.strip().casefold(), ())
        if fronts[1:] and len(fields) > 2 and not fields[2].strip():
            fronts = fronts[:1]  # optional reverse, not asked for
        stock = ("Text", "Back Extra") if cloze else ("Front", "Back")
        names += [stock[i] if i < 2 else f"Field {i + 1}" for i in range(len(names), len(fields))]
        tags = cells[special["tags"]].split() if "tags" in special else []
        deck = headers.get("deck", "") if "deck" not in special else cells[special["deck"]]
        guid = cells[special["guid"]] if "guid" in special else ""
        note = Note(
            number,
            guid or (fields[0] if fields else ""),
            names,
            fields,
            tags,
            deck,
            cloze=cloze,
            html=html,
            exact_key=bool(guid),
            fronts=fronts,
        )
        add_note(builder, note, {})
    return builder.result()


def _numbered(reader: Iterator[list[str]], offset: int) -> Iterator[tuple[int, list[str]]]:
    """Yield each row of a csv reader with the file line it starts on."""
    start = offset + 1
    for cells in reader:
        yield start, cells
        start = offset + getattr(reader, "line_num", 0) + 1
