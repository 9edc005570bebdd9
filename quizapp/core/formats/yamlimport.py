"""Our own question files (``format: quizapp/1``) as an import: ids and set come from the file."""

from __future__ import annotations

from pathlib import Path

import yaml

from quizapp.core.errors import Problem, QuestionFileError
from quizapp.core.formats.imported import (
    ImportOptions,
    ParsedFile,
    read_bytes,
    set_identity,
    with_set,
)
from quizapp.core.formats.native import _parse_file  # the parser that also gives line numbers


def parse(path: Path, options: ImportOptions) -> ParsedFile:
    """Read one of our question files; ``--set`` moves its questions into that set.

    Raises:
        QuestionFileError: every problem in the file, as ``quizapp validate`` reports them.
    """
    data = read_bytes(path, options.max_text_bytes)  # refuses a file that is too large
    try:
        question_set, lines = _parse_file(path)
    except yaml.reader.ReaderError as error:
        # native's reader lets this one through (it has no line mark): a control character.
        line = data[: error.position].count(b"\n") + 1 if isinstance(error.position, int) else 1
        raise QuestionFileError(
            [
                Problem(
                    path,
                    line,
                    f"not valid YAML: {error.reason} (character #x{error.character:04x})",
                )
            ]
        ) from None
    parsed = ParsedFile(
        path=path,
        format="yaml",
        sets=(question_set,),
        lines={q.id: line for q, line in zip(question_set.questions, lines, strict=True)},
    )
    if options.set_name:
        return with_set(parsed, *set_identity(path, options))
    return parsed
