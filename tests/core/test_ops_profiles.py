"""Renaming and deleting learner profiles: names checked, only that learner's progress goes."""

import pytest

from quizapp.core import ops
from quizapp.core.errors import ProfileError

PROGRESS_TABLES = ("cards", "reviews", "practice_answers", "exams")


def rows_of(store, profile):
    """Count each progress table's rows that belong to the learner."""
    return {
        table: store.db.execute(
            f"SELECT COUNT(*) FROM {table} WHERE profile_id = ?", [profile.id]
        ).fetchone()[0]
        for table in PROGRESS_TABLES
    }


def test_rename_profile_keeps_progress_and_settings(library, now, give_history):
    ana = ops.choose_profile(library.store, "Ana", now)
    give_history(library.store, ana, now)
    renamed = ops.rename_profile(library.store, "ana", "  Ana Lim ")
    assert (renamed.id, renamed.name) == (ana.id, "Ana Lim")
    assert rows_of(library.store, renamed) == rows_of(library.store, ana)
    assert [p.name for p in library.store.learners.all()] == ["Ana Lim"]


def test_rename_profile_may_change_only_the_case(library, now):
    ops.choose_profile(library.store, "ana", now)
    assert ops.rename_profile(library.store, "ana", "Ana").name == "Ana"


@pytest.mark.parametrize(
    ("name", "new_name", "message"),
    [
        ("Ana", "  ", "A profile needs a name."),
        ("Ana", "budi", "There is already a profile called 'Budi'."),
        ("Citra", "Dewi", "There is no profile called 'Citra' (profiles: Ana, Budi)."),
    ],
)
def test_rename_profile_refuses_bad_names(library, now, name, new_name, message):
    ops.choose_profile(library.store, "Ana", now)
    ops.choose_profile(library.store, "Budi", now)
    with pytest.raises(ProfileError) as caught:
        ops.rename_profile(library.store, name, new_name)
    assert str(caught.value) == message
    assert [p.name for p in library.store.learners.all()] == ["Ana", "Budi"]


def test_delete_profile_removes_that_learners_progress_only(library, now, give_history):
    ana = ops.choose_profile(library.store, "Ana", now)
    budi = ops.choose_profile(library.store, "Budi", now)
    give_history(library.store, ana, now)
    give_history(library.store, budi, now)
    kept = rows_of(library.store, budi)
    assert kept == {"cards": 1, "reviews": 1, "practice_answers": 1, "exams": 1}
    ops.delete_profile(library.store, "Ana")
    assert [p.name for p in library.store.learners.all()] == ["Budi"]
    assert rows_of(library.store, ana) == dict.fromkeys(PROGRESS_TABLES, 0)
    assert rows_of(library.store, budi) == kept
    exam_answers = library.store.db.execute("SELECT COUNT(*) FROM exam_answers").fetchone()[0]
    assert exam_answers == 1
    assert len(library.store.questions.active()) == 6


def test_delete_profile_refuses_an_unknown_name(library, now):
    ops.choose_profile(library.store, "Ana", now)
    with pytest.raises(ProfileError) as caught:
        ops.delete_profile(library.store, "Budi")
    assert str(caught.value) == "There is no profile called 'Budi' (profiles: Ana)."
    assert [p.name for p in library.store.learners.all()] == ["Ana"]
