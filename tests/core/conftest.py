"""Fixtures for the core tests."""

from collections.abc import Callable
from pathlib import Path

import pytest
from anki_packages import apkg_maker

from quizapp.core.model import Rating
from quizapp.core.session import ExamSession, PracticeSession, StudySession


@pytest.fixture
def make_apkg(tmp_path: Path) -> Callable[..., Path]:
    """Build an .apkg in a temporary folder: notes, media {member: (name, bytes)}, extra members."""
    return apkg_maker(tmp_path)


@pytest.fixture
def give_history():
    """Give a learner one review, one practice answer and one finished exam on a question.

    Call as ``give_history(store, profile, now, set_ids=None)``; returns the question answered.
    """

    def give(store, profile, now, set_ids=None):
        question = StudySession(store, profile, set_ids).next_question(now)
        StudySession(store, profile, set_ids).answer(question, Rating.GOOD, now)
        PracticeSession(store, profile, [question]).answer(
            question, Rating.AGAIN, now, correct=False
        )
        exam = ExamSession(store, profile, [question], [question.set_id], now)
        exam.answer(question, Rating.GOOD, now, correct=True, score=1.0)
        exam.finish(now, "en")
        return question

    return give
