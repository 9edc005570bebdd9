"""What every part of the store shares: error translation, write transactions, set filters."""

import sqlite3

import pytest

from quizapp.core.errors import DiskFullError
from quizapp.core.model import SetId
from quizapp.core.storage.part import StorePart, immediate, set_filter


def _full_disk():
    error = sqlite3.OperationalError("database or disk is full")
    error.sqlite_errorcode = 13  # SQLITE_FULL, as SQLite sets it
    return error


class Notes(StorePart):
    """A toy part: one public method fails as a full disk does, one has a bug in its SQL."""

    def write(self):
        raise _full_disk()

    def misspelt(self):
        self.db.execute("SELEKT 1")

    def _private(self):
        raise _full_disk()


def test_a_parts_public_methods_turn_environment_failures_into_ours(store):
    notes = Notes(store.db, store.path)
    with pytest.raises(DiskFullError, match="is full, so the last change was not saved"):
        notes.write()
    with pytest.raises(sqlite3.OperationalError, match="syntax error"):
        notes.misspelt()  # a bug of ours is not dressed up as the user's problem
    with pytest.raises(sqlite3.OperationalError):
        notes._private()  # helpers are left alone: the public method calling them translates


def test_a_failed_write_transaction_keeps_nothing(store, now):
    def create_then_fail():
        with immediate(store.db):
            store.learners.create("Ana", now)
            raise ZeroDivisionError

    with pytest.raises(ZeroDivisionError):
        create_then_fail()
    assert store.learners.all() == []
    with immediate(store.db):
        with immediate(store.db):  # nested: a savepoint of the outer transaction
            store.learners.create("Budi", now)
    assert [p.name for p in store.learners.all()] == ["Budi"]


def test_set_filter_keeps_questions_of_the_sets_given():
    assert set_filter(None) == ("", [])
    assert set_filter([SetId("a"), SetId("b")]) == ("AND q.set_id IN (?, ?)", ["a", "b"])
