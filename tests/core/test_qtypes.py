"""The question type registry: a type defined outside the app is loaded, studied and kept."""

from pathlib import Path

import pytest
from year_type import YEAR_FILE, Year, YearKind, source_without_docstrings

from quizapp.core import ops
from quizapp.core.errors import QuestionFileError
from quizapp.core.formats.native import load_question_files
from quizapp.core.grading import correct_answer_text, grade, response_to_json
from quizapp.core.model import Rating
from quizapp.core.qtypes import KINDS, kind_of
from quizapp.core.qtypes.short_answer import Typed
from quizapp.core.session import StudySession


@pytest.fixture
def bank(tmp_path):
    """A bank folder holding one question file with a question of the year type."""
    folder = tmp_path / "bank"
    folder.mkdir()
    (folder / "history.yaml").write_text(YEAR_FILE, encoding="utf-8")
    return folder


def test_every_built_in_type_is_registered_under_its_name():
    assert list(KINDS) == [
        "flashcard",
        "single_choice",
        "multiple_answer",
        "true_false",
        "short_answer",
        "numeric",
        "cloze",
        "matching",
        "ordering",
    ]
    assert all(kind.payload_type.TYPE == name for name, kind in KINDS.items())


def test_a_type_nobody_registered_is_refused_with_the_known_ones(bank):
    with pytest.raises(QuestionFileError) as caught:
        load_question_files([bank])
    assert str(caught.value.problems[0].message) == (
        "question 'asean-founded': unknown type 'year' (expected one of: flashcard, "
        "single_choice, multiple_answer, true_false, short_answer, numeric, cloze, matching, "
        "ordering)"
    )


def test_a_registered_type_is_loaded_studied_graded_and_recorded(tmp_path, bank, now, monkeypatch):
    monkeypatch.setitem(KINDS, Year.TYPE, YearKind())
    library = ops.open_library(tmp_path, bank)
    profile = ops.add_profile(library.store, "Ana", now)
    session = StudySession(library.store, profile)

    question = session.next_question(now)
    assert (question.id, question.type, question.payload) == ("asean-founded", "year", Year(1967))
    assert kind_of(question).name == "year"
    wrong = grade(question, Typed("1976"), "en")
    right = grade(question, Typed(" 1967 "), "en")
    assert (wrong.correct, wrong.rating) == (False, Rating.AGAIN)
    assert (right.correct, right.rating) == (True, Rating.GOOD)
    assert correct_answer_text(question, "en") == "1967"
    response = response_to_json(Typed("1967"))
    session.answer(question, right.rating, now, correct=True, score=1.0, response=response)

    rows = library.store.db.execute("SELECT question_id, rating, response FROM reviews")
    assert [tuple(row) for row in rows] == [
        ("asean-founded", 3, '{"kind": "typed", "text": "1967"}')
    ]
    assert library.store.questions.get(question.id) == question  # its record reads back
    library.store.close()


def test_the_worked_example_in_the_architecture_doc_is_the_year_type():
    doc = (Path(__file__).parents[2] / "docs" / "architecture.md").read_text(encoding="utf-8")
    section = doc[doc.index("## Adding a question type") :]
    for example in (Year, YearKind):
        assert source_without_docstrings(example) in section
