"""Grading: whether an answer is right, and the one place answers map to FSRS ratings."""

from __future__ import annotations

from dataclasses import dataclass

from quizapp.core.formats.native import GAP_PATTERN
from quizapp.core.model import Question, QuestionType, Rating

TRUTH_WORDS = {"en": ("True", "False"), "id": ("Benar", "Salah")}
"""How true/false answers read in each content language."""


@dataclass(frozen=True)
class Grade:
    """The app's verdict on an answer."""

    correct: bool
    rating: Rating


def rating_for(correct: bool) -> Rating:
    """Map an app-graded answer to a rating: wrong is Again, right is Good.

    A right answer is never rated Easy by the app: on a choice question it may be a guess,
    and Good already schedules it further out.
    """
    return Rating.GOOD if correct else Rating.AGAIN


def grade_choice(question: Question, chosen: frozenset[int]) -> Grade:
    """Grade the options picked on a single-choice or multiple-answer question."""
    return _grade(chosen == question.correct)


def grade_truth(question: Question, value: bool) -> Grade:
    """Grade a true/false answer."""
    if question.type is not QuestionType.TRUE_FALSE:
        raise ValueError(f"{question.id} is not a true/false question")
    return _grade(value == question.truth)


def _grade(correct: bool) -> Grade:
    return Grade(correct, rating_for(correct))


def correct_answer_text(question: Question, language: str) -> str:
    """Return the right answer of any question as text, for feedback and flashcard backs."""
    qtype = question.type
    if question.answer is not None:
        return question.answer.get(language)
    if qtype in (QuestionType.SINGLE_CHOICE, QuestionType.MULTIPLE_ANSWER):
        return "\n".join(question.options[i].get(language) for i in sorted(question.correct))
    if qtype is QuestionType.TRUE_FALSE:
        true_word, false_word = TRUTH_WORDS.get(language, TRUTH_WORDS["en"])
        return true_word if question.truth else false_word
    if qtype is QuestionType.NUMERIC:
        number = f"{question.number:g}"
        return f"{number} ± {question.tolerance:g}" if question.tolerance else number
    if qtype is QuestionType.CLOZE:
        return fill_gaps(question.prompt.get(language))
    if qtype is QuestionType.MATCHING:
        return "\n".join(f"{a.get(language)} → {b.get(language)}" for a, b in question.pairs)
    return "\n".join(f"{i}. {item.get(language)}" for i, item in enumerate(question.items, 1))


def fill_gaps(text: str) -> str:
    """Return a cloze text with each gap replaced by its first accepted answer."""
    return GAP_PATTERN.sub(lambda m: m.group(1).split("|")[0], text)


def blank_gaps(text: str) -> str:
    """Return a cloze text with each gap shown as a blank."""
    return GAP_PATTERN.sub("_____", text)
