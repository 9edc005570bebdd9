"""A toy file format, defined only for the tests: one ``question = answer`` per line.

It follows the worked example in docs/architecture.md ("Adding a file format"): a reader, a
writer and one descriptor, registered for a test with :func:`registered`.
"""

from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from pathlib import Path

from quizapp.core.formats import catalog
from quizapp.core.formats.catalog import ContentCheck, FileFormat, Reading, Writing
from quizapp.core.formats.imported import ImportOptions, ParsedFile, SetBuilder, read_text
from quizapp.core.messages import QT_TRANSLATE_NOOP
from quizapp.core.model import QuestionSet
from quizapp.core.qtypes import question_to_record


def read_toy(path: Path, options: ImportOptions) -> ParsedFile:
    """Read a toy file: each line a flashcard, ``question = answer``."""
    builder = SetBuilder(path, "toy", options)
    for number, line in enumerate(read_text(path, options).split("\n"), start=1):
        if not line.strip() or line.startswith("toy:"):
            continue
        prompt, equals, answer = line.partition(" = ")
        if not equals:
            builder.problem(number, "expected 'question = answer'")
            continue
        builder.add({"type": "flashcard", "prompt": prompt, "answer": answer}, number, prompt)
    return builder.result()


def write_toy(question_set: QuestionSet, media: Mapping[str, bytes]) -> tuple[str, list[str]]:
    """Write a set's flashcards as toy lines; leave the other types out."""
    lines, left_out = ["toy: 1"], []
    for question in question_set.questions:
        record = question_to_record(question)  # our own format's record: the stable shape
        if record["type"] == "flashcard":
            lines.append(f"{_text(record['prompt'])} = {_text(record['answer'])}")
        else:
            left_out.append(f"{question.id}: a toy file holds flashcards only")
    return "\n".join(lines) + "\n", left_out


def _text(value: str | dict[str, str]) -> str:
    """A text of a record: as written, or its first language."""
    return value if isinstance(value, str) else next(iter(value.values()))


TOY = FileFormat(
    name="toy",
    label=QT_TRANSLATE_NOOP("core", "Toy cards"),
    extensions=(".toy",),
    reading=Reading(
        reader=f"{__name__}:read_toy",
        keeps="flashcards",
        drops="nothing else is read",
        checks=(ContentCheck(35, lambda sample: sample.text.startswith("toy:")),),
    ),
    writing=Writing(
        writer=f"{__name__}:write_toy",
        extension=".toy",
        keeps="flashcards",
        drops="every other type is left out",
    ),
)


@contextmanager
def registered() -> Iterator[FileFormat]:
    """Register the toy format for the length of a test, then remove it again."""
    catalog.register(TOY)
    try:
        yield TOY
    finally:
        del catalog.FORMATS[TOY.name]
