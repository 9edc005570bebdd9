"""The domain model: questions, question sets, learner profiles and reviews."""

from __future__ import annotations

import enum
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime
from typing import TYPE_CHECKING, NewType

if TYPE_CHECKING:
    from quizapp.core.qtypes import Payload

QuestionId = NewType("QuestionId", str)
SetId = NewType("SetId", str)
ProfileId = NewType("ProfileId", int)


class QuestionType(enum.StrEnum):
    """The kinds of question a file can hold."""

    FLASHCARD = "flashcard"
    SINGLE_CHOICE = "single_choice"
    MULTIPLE_ANSWER = "multiple_answer"
    TRUE_FALSE = "true_false"
    SHORT_ANSWER = "short_answer"
    NUMERIC = "numeric"
    CLOZE = "cloze"
    MATCHING = "matching"
    ORDERING = "ordering"


class Rating(enum.IntEnum):
    """How well a question was known; the same scale as FSRS and Anki."""

    AGAIN = 1
    HARD = 2
    GOOD = 3
    EASY = 4


@dataclass(frozen=True)
class Text:
    """A text in one primary language with optional translations."""

    primary: str
    values: Mapping[str, str]

    @classmethod
    def plain(cls, text: str, language: str = "en") -> Text:
        """Return a text that exists in one language only."""
        return cls(language, {language: text})

    def __str__(self) -> str:
        return self.values[self.primary]

    def get(self, language: str) -> str:
        """Return the text in ``language``, or in the primary language if not translated."""
        return self.values.get(language) or self.values[self.primary]

    def translations(self) -> dict[str, str]:
        """Return the texts in languages other than the primary one."""
        return {lang: value for lang, value in self.values.items() if lang != self.primary}


@dataclass(frozen=True)
class Source:
    """Where a question's facts come from: a text and the part of it."""

    text: str
    citation: str
    part: str = ""


@dataclass(frozen=True)
class Question:
    """One question; its payload holds the answer data of its type (see quizapp.core.qtypes)."""

    id: QuestionId
    set_id: SetId
    prompt: Text
    payload: Payload
    topic: Text | None = None
    difficulty: int = 2
    explanation: Text | None = None
    source: Source | None = None
    tags: tuple[str, ...] = ()

    @property
    def type(self) -> str:
        """The name of the question's type (a :class:`QuestionType` if built in): its payload's."""
        return self.payload.TYPE


class Origin(enum.StrEnum):
    """Where a question set comes from (stored in ``question_sets.origin``)."""

    BUILTIN = "builtin"  # the app's own bank, loaded again when its files change
    IMPORTED = "imported"  # a teacher's file, kept until deleted


@dataclass(frozen=True)
class QuestionSet:
    """A named group of questions, loaded from one file."""

    id: SetId
    title: Text
    description: Text | None = None
    origin: Origin = Origin.BUILTIN
    questions: tuple[Question, ...] = field(default=(), compare=False)


@dataclass(frozen=True)
class MediaFile:
    """An image that questions of a set show, kept in the database with the set."""

    set_id: SetId
    name: str
    data: bytes


@dataclass(frozen=True)
class Profile:
    """A learner on this computer, with their own progress and settings."""

    id: ProfileId
    name: str
    desired_retention: float = 0.9
    new_per_day: int = 20
    language: str = ""  # "" follows the system's language
    max_reviews_per_day: int = 200
    pass_fail: bool = False  # grade flashcards Pass/Fail instead of Again/Hard/Good/Easy
    text_scale: float = 1.0
    day_start_hour: int = 4  # local hour the study day starts at (Anki's default)
    theme: str = "system"  # "system", "light" or "dark"


@dataclass(frozen=True)
class FitRecord:
    """A learner's own scheduling parameters, and how the last fit of them went.

    The fit is checked on the learner's newest answers: ``loss_fitted`` (the candidate's log
    loss there) below ``loss_kept`` (that of the parameters in force) means it was adopted.
    """

    parameters: tuple[float, ...] | None  # None: the default parameters are in force
    adopted_at: datetime | None
    checked_at: datetime
    answers: int
    loss_kept: float
    loss_fitted: float
