"""Tests for the conversions between model objects and stored database records."""

from pathlib import Path

import pytest

from quizapp.core.formats.native import load_question_files, question_from_record
from quizapp.core.model import QuestionType
from quizapp.core.paths import builtin_bank_dir
from quizapp.core.qtypes import question_to_record
from quizapp.core.storage.records import content_digest, stored_content, stored_question

TYPES = Path(__file__).parents[1] / "data" / "types"


def every_question():
    """Every question of the built-in bank and of the sample of every question type."""
    sets = load_question_files([builtin_bank_dir(), TYPES])
    return [question for question_set in sets for question in question_set.questions]


def test_sample_covers_every_question_type():
    assert {question.type for question in every_question()} == set(QuestionType)


@pytest.mark.parametrize("question", every_question(), ids=lambda q: q.id)
def test_stored_record_reads_back_as_the_checked_question(question):
    content, _ = stored_content(question)

    assert stored_question(content, question.set_id) == question
    assert question == question_from_record(question_to_record(question), question.set_id)


def test_content_digest_tells_a_changed_record_apart():
    assert content_digest('{"prompt": "a"}') == content_digest('{"prompt": "a"}')
    assert content_digest('{"prompt": "a"}') != content_digest('{"prompt": "b"}')
    assert len(content_digest("")) == 64
