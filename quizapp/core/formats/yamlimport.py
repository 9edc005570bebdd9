"""Our own question files (``format: quizapp/1``) as an import: ids and set come from the file."""

from __future__ import annotations

from pathlib import Path

from quizapp.core.formats.imported import (
    ImportOptions,
    ParsedFile,
    read_bytes,
    set_identity,
    with_set,
)
from quizapp.core.formats.native import read_question_file_with_media
from quizapp.core.model import MediaFile


def parse(path: Path, options: ImportOptions) -> ParsedFile:
    """Read one of our question files; ``--set`` moves its questions into that set.

    Raises:
        QuestionFileError: every problem in the file, as ``quizapp validate`` reports them.
    """
    read_bytes(path, options.max_text_bytes)  # refuses a file that is too large
    question_set, lines, media = read_question_file_with_media(path)
    parsed = ParsedFile(
        path=path,
        format="yaml",
        sets=(question_set,),
        lines={q.id: line for q, line in zip(question_set.questions, lines, strict=True)},
        media=tuple(MediaFile(question_set.id, name, data) for name, data in media.items()),
    )
    if options.set_name:
        return with_set(parsed, *set_identity(path, options))
    return parsed
