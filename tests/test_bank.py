"""The built-in question bank (questions/): checks that would catch a broken or sloppy bank."""

import importlib.util
from collections import Counter
from pathlib import Path

import pytest

from quizapp.core.formats.native import load_question_files
from quizapp.core.model import QuestionType, Text
from quizapp.core.paths import builtin_bank_dir
from quizapp.core.qtypes import kind_of

SEED_TEXTS = {"jaya-2025", "secretariat-article"}
REFERENCED_WORKS = {
    "asean-charter",
    "asean-chairmanship",
    "asean-external-relations",
    "asean-sectoral-bodies",
    "pitakdumrongkit-2016",
}
"""Works named in the reference list of jaya-2025 that questions may cite directly."""

OPTIONAL_SET = "ideas-scholarship"
"""Questions about the article itself, its author and its references: optional, and few."""

COUNTS_SCRIPT = Path(__file__).parent.parent / "scripts" / "bank_counts.py"


@pytest.fixture(scope="module")
def bank():
    return load_question_files([builtin_bank_dir()])


@pytest.fixture(scope="module")
def questions(bank):
    return [q for question_set in bank for q in question_set.questions]


def texts_of(question):
    """Every learner-visible text of a question."""
    texts = [
        question.prompt,
        question.topic,
        question.explanation,
        *kind_of(question).texts(question.payload),
    ]
    return [t for t in texts if isinstance(t, Text)]


def test_bank_is_large_enough_draws_on_both_texts_and_uses_every_type(questions):
    assert len(questions) >= 250
    assert {q.source.text for q in questions} >= SEED_TEXTS
    assert {q.type for q in questions} == set(QuestionType)


def test_question_ids_are_unique_across_the_bank(questions):
    assert [i for i, n in Counter(q.id for q in questions).items() if n > 1] == []


def test_every_question_is_explained_and_cited(questions):
    for question in questions:
        assert question.explanation is not None, question.id
        assert question.source.text in SEED_TEXTS | REFERENCED_WORKS, question.id
        assert question.source.part.strip(), question.id


def test_every_text_has_an_indonesian_translation(bank, questions):
    for question_set in bank:
        assert "id" in question_set.title.values, question_set.id
    for question in questions:
        for text in texts_of(question):
            assert text.values.get("id", "").strip(), (question.id, str(text))


def test_no_prompt_is_asked_twice(questions):
    repeated = [p for p, n in Counter(str(q.prompt).casefold() for q in questions).items() if n > 1]
    assert repeated == []


def test_choice_questions_have_their_answers_among_distinct_options(questions):
    for question in questions:
        if question.type in (QuestionType.SINGLE_CHOICE, QuestionType.MULTIPLE_ANSWER):
            assert question.payload.correct
            assert max(question.payload.correct) < len(question.payload.options)
            assert len({str(o) for o in question.payload.options}) == len(question.payload.options)
        if question.type is QuestionType.SINGLE_CHOICE:
            assert len(question.payload.correct) == 1, question.id


def test_every_set_has_easy_questions_for_a_new_learner(bank):
    for question_set in bank:
        assert any(q.difficulty == 1 for q in question_set.questions), question_set.id


def test_questions_about_the_article_are_at_most_five_percent_in_an_optional_set(bank, questions):
    optional = next(s for s in bank if s.id == OPTIONAL_SET)
    assert str(optional.title).startswith("Optional:")
    assert len(optional.questions) <= 0.05 * len(questions)
    assert bank[-1] is optional  # studied last, after everything about ASEAN itself


def test_the_readme_counts_are_current(bank):
    spec = importlib.util.spec_from_file_location("bank_counts", COUNTS_SCRIPT)
    assert spec is not None
    assert spec.loader is not None
    bank_counts = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(bank_counts)
    readme = (builtin_bank_dir() / "README.md").read_text(encoding="utf-8")
    assert bank_counts.render_counts(bank) in readme
