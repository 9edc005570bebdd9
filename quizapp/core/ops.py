"""The user's actions, one function each, shared by the Qt UI and the command line."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from quizapp.core.errors import QuizAppError
from quizapp.core.formats.native import GAP_PATTERN, fingerprint_files, load_question_files
from quizapp.core.grading import correct_answer_text
from quizapp.core.model import Profile, Question, QuestionType
from quizapp.core.paths import builtin_bank_dir
from quizapp.core.storage import DATABASE_NAME, Store, open_store
from quizapp.core.storage.database import SyncReport

DEFAULT_PROFILE_NAME = "Learner"
BUILTIN = "builtin"  # the origin of the built-in bank's sets


@dataclass(frozen=True)
class Library:
    """The open database with the built-in bank loaded into it."""

    store: Store
    path: Path
    sync: SyncReport


def open_library(data_dir: Path, bank_dir: Path | None = None) -> Library:
    """Open the database in ``data_dir`` and bring the built-in bank into it.

    The bank is read and checked whole before anything of it is loaded, and only when its
    files changed since the last load (their fingerprint is kept in the database). Questions
    keep their learners' progress across edits because progress hangs on the question id.

    Raises:
        QuestionFileError: a bank file is malformed (nothing is loaded).
        StorageError: the database cannot be used (it is left untouched).
    """
    bank = [bank_dir or builtin_bank_dir()]
    fingerprint = fingerprint_files(bank)
    path = data_dir / DATABASE_NAME
    store = open_store(path)
    if store.source_fingerprint(BUILTIN) == fingerprint:
        return Library(store, path, SyncReport(unchanged=store.count_questions(BUILTIN)))
    try:
        sets = load_question_files(bank)
    except QuizAppError:
        store.close()
        raise
    return Library(store, path, store.sync_sets(sets, BUILTIN, fingerprint))


def choose_profile(store: Store, name: str | None, now: datetime) -> Profile:
    """Return the named profile, creating it if new; without a name, the first profile."""
    if name:
        return store.profile_named(name) or store.create_profile(name, now)
    profiles = store.profiles()
    return profiles[0] if profiles else store.create_profile(DEFAULT_PROFILE_NAME, now)


def describe_question(question: Question) -> dict[str, Any]:
    """Return a question as plain JSON-ready data, with a block per translation."""
    language = question.prompt.primary
    described: dict[str, Any] = {
        "id": question.id,
        "set": question.set_id,
        "type": question.type.value,
        "difficulty": question.difficulty,
        **_texts(question, language),
        "source": (
            {
                "text": question.source.text,
                "part": question.source.part,
                "citation": question.source.citation,
            }
            if question.source
            else None
        ),
        "tags": list(question.tags),
    }
    if question.type is QuestionType.NUMERIC:
        described["tolerance"] = question.tolerance
    languages = sorted(set(question.prompt.values) - {language})
    described["translations"] = {lang: _texts(question, lang) for lang in languages}
    return described


def _texts(question: Question, language: str) -> dict[str, Any]:
    """Return the learner-visible texts of a question in one language."""

    def text(t: Any) -> str | None:
        return t.get(language) if t is not None else None

    answers: list[Any]
    if question.type is QuestionType.CLOZE:
        answers = [gap.split("|")[0] for gap in GAP_PATTERN.findall(text(question.prompt) or "")]
    elif question.type is QuestionType.TRUE_FALSE:
        answers = [bool(question.truth)]
    elif question.type is QuestionType.NUMERIC:
        answers = [question.number]
    else:
        answers = correct_answer_text(question, language).split("\n")
        answers += [alt.get(language) for alt in question.alternatives]
    return {
        "topic": text(question.topic),
        "prompt": text(question.prompt),
        "options": [text(o) for o in question.options],
        "answers": answers,
        "explanation": text(question.explanation),
    }
