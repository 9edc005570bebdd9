"""The editor's drafts: every type round-trips, and problems are the question-file reader's."""

from dataclasses import replace
from pathlib import Path

import pytest

from quizapp.core.editing import QuestionDraft, draft_from_question, question_from_draft
from quizapp.core.errors import QuestionEditError
from quizapp.core.formats.native import parse_question_file
from quizapp.core.model import QuestionId, QuestionType, SetId

ALL_TYPES = parse_question_file(Path(__file__).parent.parent / "data" / "types" / "all-types.yaml")


@pytest.mark.parametrize("question", ALL_TYPES.questions, ids=lambda q: q.type.value)
def test_every_type_comes_back_unchanged_from_its_draft(question):
    draft = draft_from_question(question)
    assert question_from_draft(draft, question.id, question.set_id, question) == question


def test_a_draft_shows_each_type_as_the_form_does():
    drafts = {q.type: draft_from_question(q) for q in ALL_TYPES.questions}
    assert drafts[QuestionType.FLASHCARD].tags == "a, b"
    assert drafts[QuestionType.MULTIPLE_ANSWER].answer == "a\nc"
    assert drafts[QuestionType.TRUE_FALSE].answer == "true"
    assert (drafts[QuestionType.NUMERIC].answer, drafts[QuestionType.NUMERIC].tolerance) == (
        "2007",
        "1",
    )
    assert drafts[QuestionType.MATCHING].pairs == (
        "Art. 11 = Secretary-General\nArt. 13 = National Secretariats"
    )
    assert drafts[QuestionType.ORDERING].items == "1967\n2007\n2008"


def test_changed_texts_lose_their_translations_and_kept_ones_keep_them():
    flashcard = ALL_TYPES.questions[0]
    draft = replace(draft_from_question(flashcard), prompt="  Front side ")
    edited = question_from_draft(draft, flashcard.id, flashcard.set_id, flashcard)
    assert dict(edited.prompt.values) == {"en": "Front side"}
    assert dict(edited.payload.answer.values) == {"en": "Back", "id": "Belakang"}


NEW = QuestionId("new")


@pytest.mark.parametrize(
    ("draft", "message"),
    [
        (QuestionDraft(QuestionType.FLASHCARD, prompt=" ", answer="x"), "prompt (en) is blank"),
        (
            QuestionDraft(QuestionType.SINGLE_CHOICE, prompt="P", options="a\nb", answer="c"),
            "answer 'c' is not one of the options",
        ),
        (
            QuestionDraft(QuestionType.MULTIPLE_ANSWER, prompt="P", options="a", answer="a"),
            "options: expected at least 2 entries, found 1",
        ),
        (
            QuestionDraft(QuestionType.NUMERIC, prompt="P", answer="about ten"),
            "answer: expected a number, found text",
        ),
        (
            QuestionDraft(QuestionType.NUMERIC, prompt="P", answer="10,5", tolerance="-1"),
            "tolerance must not be negative",
        ),
        (
            QuestionDraft(QuestionType.CLOZE, prompt="No gap"),
            "a cloze prompt needs at least one {{gap}}",
        ),
        (
            QuestionDraft(QuestionType.MATCHING, prompt="P", pairs="a = 1\nb"),
            "pair 2 must have exactly 'left' and 'right'",
        ),
        (
            QuestionDraft(QuestionType.ORDERING, prompt="P", items="x\nx"),
            "items (en) repeat 'x'",
        ),
    ],
)
def test_problems_are_worded_as_for_a_question_file(draft, message):
    with pytest.raises(QuestionEditError) as caught:
        question_from_draft(draft, NEW, SetId("terms"), None)
    assert str(caught.value) == message


def test_a_new_draft_reads_decimal_commas_topic_and_tags():
    draft = QuestionDraft(
        QuestionType.NUMERIC,
        prompt="How far?",
        answer="10,5",
        topic=" Distances ",
        tags="maths, , units ",
        difficulty=3,
    )
    question = question_from_draft(draft, NEW, SetId("terms"), None)
    assert (question.payload.number, str(question.topic), question.tags, question.difficulty) == (
        10.5,
        "Distances",
        ("maths", "units"),
        3,
    )
