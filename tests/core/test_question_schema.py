"""The JSON Schema of our question format agrees with the reader (docs/question-format.*)."""

import json
from pathlib import Path

import jsonschema
import pytest

from quizapp.core.formats.native import parse_question_file, question_files
from quizapp.core.formats.nativeexport import write_set
from quizapp.core.formats.yamlsource import load_yaml
from quizapp.core.paths import builtin_bank_dir

ROOT = Path(__file__).parent.parent.parent
SCHEMA = json.loads((ROOT / "docs" / "question-format.schema.json").read_text())
DATA = Path(__file__).parent.parent / "data"


def validator():
    jsonschema.Draft202012Validator.check_schema(SCHEMA)
    return jsonschema.Draft202012Validator(SCHEMA)


@pytest.mark.parametrize(
    "path",
    [*question_files([builtin_bank_dir()]), DATA / "types" / "all-types.yaml"],
    ids=lambda p: p.name,
)
def test_question_files_validate_against_the_schema(path):
    document = load_yaml(path.read_text(encoding="utf-8"))
    errors = [error.message for error in validator().iter_errors(document)]
    assert errors == []


def test_exported_sets_validate_against_the_schema():
    text = write_set(parse_question_file(DATA / "types" / "all-types.yaml"))[0]
    assert list(validator().iter_errors(load_yaml(text))) == []


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ({"id": "Q", "type": "flashcard", "prompt": "P", "answer": "A"}, "does not match"),
        ({"id": "q", "type": "essay", "prompt": "P"}, "is not one of"),
        ({"id": "q", "type": "flashcard", "prompt": "P"}, "'answer' is a required property"),
        ({"id": "q", "type": "true_false", "prompt": "P", "answer": "yes"}, "is not of type"),
        ({"id": "q", "type": "flashcard", "prompt": "P", "answer": "A", "hint": "h"}, "hint"),
    ],
)
def test_schema_refuses_what_the_reader_refuses(question, expected):
    document = {"format": "quizapp/1", "set": {"id": "s", "title": "S"}, "questions": [question]}
    messages = [error.message for error in validator().iter_errors(document)]
    messages += [m.message for e in validator().iter_errors(document) for m in e.context or []]
    assert any(expected in message for message in messages), messages
