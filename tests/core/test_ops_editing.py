"""Editing, adding and deleting questions of imported sets through ops."""

from dataclasses import replace
from pathlib import Path

import pytest

from quizapp.core import ops
from quizapp.core.editing import QuestionDraft, draft_from_question
from quizapp.core.errors import QuestionEditError
from quizapp.core.model import QuestionType, Rating, SetId
from quizapp.core.session import StudySession

IMPORT = Path(__file__).parent.parent / "data" / "import"
TERMS = SetId("terms")


@pytest.fixture
def terms(library):
    """The test bank with terms.tsv imported as the set 'terms'."""
    ops.import_files(library.store, [IMPORT / "terms.tsv"])
    return library.store


def first_term(store):
    return store.questions.active([TERMS])[0]


def test_an_edited_question_keeps_its_id_place_and_progress(terms, now):
    ana = ops.choose_profile(terms, "Ana", now)
    question = first_term(terms)
    session = StudySession(terms, ana, [TERMS])
    session.answer(question, Rating.GOOD, now)
    card = terms.reviews.card(ana.id, question.id)
    draft = replace(draft_from_question(question), answer="Where the Secretariat sits")
    saved = ops.save_question(terms, TERMS, draft, question.id)
    assert saved.id == question.id
    assert str(first_term(terms).payload.answer) == "Where the Secretariat sits"
    assert terms.reviews.card(ana.id, question.id) == card
    assert len(terms.questions.active([TERMS])) == 3


def test_a_new_question_goes_last_with_an_id_from_its_prompt(terms):
    draft = QuestionDraft(QuestionType.TRUE_FALSE, prompt="ASEAN has ten members.", answer="false")
    saved = ops.save_question(terms, TERMS, draft)
    again = ops.save_question(terms, TERMS, draft)
    assert saved.id.startswith("terms-")
    assert again.id == f"{saved.id}-2"
    assert [q.id for q in terms.questions.active([TERMS])][-2:] == [saved.id, again.id]
    assert terms.questions.active([TERMS])[-1].payload.truth is False


def test_an_invalid_question_saves_nothing(terms):
    before = terms.db.execute("SELECT id, content FROM questions ORDER BY id").fetchall()
    question = first_term(terms)
    draft = replace(draft_from_question(question), answer="")
    with pytest.raises(QuestionEditError) as caught:
        ops.save_question(terms, TERMS, draft, question.id)
    assert str(caught.value) == "answer (en) is blank"
    with pytest.raises(QuestionEditError):
        ops.save_question(terms, TERMS, QuestionDraft(QuestionType.CLOZE, prompt="no gap"))
    assert terms.db.execute("SELECT id, content FROM questions ORDER BY id").fetchall() == before


def test_a_deleted_question_is_retired_and_its_history_kept(terms, now):
    ana = ops.choose_profile(terms, "Ana", now)
    question = first_term(terms)
    StudySession(terms, ana, [TERMS]).answer(question, Rating.GOOD, now)
    ops.delete_question(terms, question.id)
    assert question.id not in [q.id for q in terms.questions.active()]
    assert terms.questions.get(question.id) == question
    reviews = terms.db.execute(
        "SELECT COUNT(*) FROM reviews WHERE question_id = ?", [question.id]
    ).fetchone()[0]
    assert reviews == 1
    ops.save_question(terms, TERMS, draft_from_question(question), question.id)
    assert question.id in [q.id for q in terms.questions.active()]


def test_built_in_questions_cannot_be_edited_or_deleted(terms):
    builtin = terms.questions.active([SetId("basics")])[0]
    message = (
        "'basics' is a built-in set; its questions come with the app and cannot be edited "
        "here. Export it and import the copy to change it."
    )
    with pytest.raises(QuestionEditError) as caught:
        ops.save_question(terms, builtin.set_id, draft_from_question(builtin), builtin.id)
    assert str(caught.value) == message
    with pytest.raises(QuestionEditError):
        ops.delete_question(terms, builtin.id)
    assert terms.questions.get(builtin.id) == builtin
    assert [s.id for s in ops.editable_sets(terms)] == [TERMS]
