"""How ``ops.import_files`` reads files into an import's staging: a batch at a time."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from quizapp.core.errors import Problem, QuestionFileError
from quizapp.core.formats.imported import ImportOptions, ParsedFile, SetBuilder
from quizapp.core.formats.native import question_from_record
from quizapp.core.formats.registry import parse_file
from quizapp.core.model import Question, QuestionId
from quizapp.core.storage.staging import ImportStaging


class StagedSetBuilder(SetBuilder):
    """A set builder that stages each checked question instead of keeping it in memory.

    A CSV or TSV file of a million rows is then read in the memory of one batch; the ids it
    gave and where are looked up in the staging.
    """

    def __init__(
        self,
        path: Path,
        fmt: str,
        options: ImportOptions,
        staging: ImportStaging,
        paths: Sequence[Path],
        file: int,
    ):
        super().__init__(path, fmt, options)
        self.staging = staging
        self.paths = paths
        self.file = file

    def line_of(self, question_id: QuestionId) -> int | None:
        """Return the line of this file's staged question with this id, if any."""
        place = self.staging.place_of(question_id)
        return place[1] if place is not None and place[0] == self.file else None

    def same_record(self, question_id: QuestionId, record: dict[str, Any]) -> bool:
        """Return whether the record makes the very question staged with this id."""
        try:
            candidate = question_from_record({"id": question_id, **record}, self.set_id)
        except QuestionFileError:
            return False  # not even a question: it is checked, and named, under its own id
        return candidate == self.staging.question(question_id)

    def keep(self, question: Question, line: int, record: dict[str, Any]) -> None:
        """Stage the question, unless another file of the import gave its id first."""
        stage(self.staging, question, self.file, line, self.paths, self.problems)


def stage(
    staging: ImportStaging,
    question: Question,
    file: int,
    line: int,
    paths: Sequence[Path],
    problems: list[Problem],
) -> None:
    """Stage a question of ``paths[file]``, or record that an earlier file used its id."""
    earlier = staging.place_of(question.id)
    if earlier is None:
        staging.add(question, file, line)
        return
    first_file, first_line = earlier
    problems.append(
        Problem(
            paths[file],
            line,
            f"question id '{question.id}' is already used at {paths[first_file]}:{first_line}",
        )
    )


def read_file(
    staging: ImportStaging,
    paths: Sequence[Path],
    file: int,
    fmt: str | None,
    options: ImportOptions,
    problems: list[Problem],
) -> ParsedFile:
    """Read ``paths[file]`` into the staging; record ids that clash with earlier files.

    CSV and TSV files are read a row at a time; other formats are read whole (their files are
    small), then staged.

    Raises:
        QuestionFileError: every problem of the file itself.
    """
    path = paths[file]

    def make_builder(path: Path, fmt: str, options: ImportOptions) -> SetBuilder:
        return StagedSetBuilder(path, fmt, options, staging, paths, file)

    parsed = parse_file(path, fmt, options, make_builder)
    for question_set in parsed.sets:
        for question in question_set.questions:  # none when streamed: staged already
            stage(staging, question, file, parsed.lines.get(question.id, 1), paths, problems)
    return parsed
