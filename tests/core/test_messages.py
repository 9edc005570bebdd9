"""Messages for people: templates marked for translation, values apart, remedies phrased apart."""

import ast
import re
from pathlib import Path

import pytest

from quizapp.core.errors import ImportOverwriteError, QuizAppError
from quizapp.core.messages import QT_TRANSLATE_NOOP, Message, Remedy

CORE = Path(__file__).parent.parent.parent / "quizapp" / "core"
CLI_OPTION = re.compile(r"(?<![\w-])--[a-z][a-z-]+")


def test_the_marker_returns_the_text_unchanged():
    assert QT_TRANSLATE_NOOP("core", "A set needs a title.") == "A set needs a title."


def test_a_message_fills_its_values_after_translating_its_template():
    message = Message("There is no set '{set_id}'.", {"set_id": "{odd}"})
    assert message.text() == "There is no set '{odd}'."
    assert message.text(lambda text: text.replace("There is no set", "Tidak ada set")) == (
        "Tidak ada set '{odd}'."
    )


def test_a_plain_message_keeps_its_braces():
    assert str(Message("line 3: '{' opens the answers")) == "line 3: '{' opens the answers"


def test_each_front_end_phrases_the_remedy_its_own_way():
    message = Message("unknown format '{name}'; {remedy}", {"name": "docx"}, Remedy.CHOOSE_FORMAT)
    assert str(message) == "unknown format 'docx'; choose the file's format"
    assert message.text(say=lambda remedy: "name it with --format") == (
        "unknown format 'docx'; name it with --format"
    )


def test_an_error_keeps_its_message_and_says_it():
    error = ImportOverwriteError("1 in 'class'")
    assert error.message.remedy is Remedy.REPLACE_OR_COPY
    assert error.message.values == {"replaced": "1 in 'class'"}
    assert str(QuizAppError("Plain words.")) == "Plain words."


def user_texts(path: Path) -> list[tuple[int, str]]:
    """The string literals of a module that are not docstrings: what a user may read."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    docstrings = {  # and the strings that document an attribute, each a bare expression
        id(node.value)
        for node in ast.walk(tree)
        if isinstance(node, ast.Expr) and isinstance(node.value, ast.Constant)
    }
    return [
        (node.lineno, node.value)
        for node in ast.walk(tree)
        if isinstance(node, ast.Constant)
        and isinstance(node.value, str)
        and id(node) not in docstrings
    ]


@pytest.mark.parametrize(
    "path", sorted(CORE.rglob("*.py")), ids=lambda path: str(path.relative_to(CORE))
)
def test_no_core_text_names_a_command_line_option(path):
    """The GUI has no options: the CLI says them itself (``cli._REMEDIES``)."""
    found = [(line, text) for line, text in user_texts(path) if CLI_OPTION.search(text)]
    assert found == []
