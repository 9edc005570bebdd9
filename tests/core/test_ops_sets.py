"""Managing sets and finding questions through ops."""

from pathlib import Path

import pytest

from quizapp.core import ops
from quizapp.core.errors import SetDeleteError, SetNotFoundError, SetRenameError
from quizapp.core.model import Origin, QuestionType, SetId

IMPORT = Path(__file__).parent.parent / "data" / "import"


def test_sets_are_listed_with_origin_counts_and_state(library):
    ops.import_files(library.store, [IMPORT / "terms.tsv"])
    listed = ops.list_sets(library.store)
    assert [(s.origin, s.enabled) for s in listed][-1] == (Origin.IMPORTED, True)
    assert listed[-1] == ops.SetInfo(SetId("terms"), "terms", Origin.IMPORTED, True, 3)
    assert {s.origin for s in listed[:-1]} == {Origin.BUILTIN}


def test_a_disabled_set_keeps_its_questions_but_leaves_study(library):
    ops.import_files(library.store, [IMPORT / "terms.tsv"])
    info = ops.set_enabled(library.store, SetId("terms"), False)
    assert (info.enabled, info.questions) == (False, 3)
    assert "terms" not in [s.id for s in library.store.questions.sets()]
    assert ops.set_enabled(library.store, SetId("terms"), True).enabled


def test_imported_sets_can_be_renamed_builtin_ones_cannot(library):
    ops.import_files(library.store, [IMPORT / "terms.tsv"])
    assert ops.rename_set(library.store, SetId("terms"), "  Key   places ").title == "Key places"
    with pytest.raises(SetRenameError, match="^A set needs a title.$"):
        ops.rename_set(library.store, SetId("terms"), " ")
    builtin = ops.list_sets(library.store)[0]
    with pytest.raises(SetRenameError) as caught:
        ops.rename_set(library.store, builtin.id, "Mine")
    assert (
        str(caught.value) == f"'{builtin.title}' is a built-in set; its title comes with the app."
    )
    with pytest.raises(SetNotFoundError, match=r"^There is no set 'nope' \(sets: basics, more"):
        ops.set_enabled(library.store, SetId("nope"), True)


def test_questions_are_found_by_text_set_type_tag_and_topic(library):
    ops.import_files(library.store, [IMPORT / "every-type.csv"])
    every = SetId("every-type")
    assert [q.id for q in ops.find_questions(library.store, "BANGKOK", every)] == [
        "csv-flash",
        "csv-single",
    ]
    assert [
        q.id for q in ops.find_questions(library.store, qtype=QuestionType.NUMERIC, set_id=every)
    ] == ["csv-num"]
    assert [q.id for q in ops.find_questions(library.store, tag="names")] == ["csv-flash"]
    assert len(ops.find_questions(library.store, topic="Basics")) == 3
    assert len(ops.find_questions(library.store)) == len(library.store.questions.active())


HISTORY_TABLES = ("cards", "reviews", "practice_answers", "exam_answers")


def history_of(store, set_id):
    """Count each table's rows about the questions of a set (every learner)."""
    return {
        table: store.db.execute(
            f"""SELECT COUNT(*) FROM {table}
                WHERE question_id IN (SELECT id FROM questions WHERE set_id = ?)""",
            [set_id],
        ).fetchone()[0]
        for table in HISTORY_TABLES
    }


def test_a_deleted_set_leaves_study_and_keeps_history_until_imported_again(
    library, now, give_history
):
    store = library.store
    ops.import_files(store, [IMPORT / "terms.tsv"])
    ana = ops.choose_profile(store, "Ana", now)
    question = give_history(store, ana, now, [SetId("terms")])
    card = store.reviews.card(ana.id, question.id)
    kept = history_of(store, "terms")
    assert kept == dict.fromkeys(HISTORY_TABLES, 1)
    assert ops.delete_set(store, SetId("terms")) == 0
    assert ops.list_sets(store)[-1] == ops.SetInfo(
        SetId("terms"), "terms", Origin.IMPORTED, False, 3, deleted=True
    )
    assert "terms" not in [s.id for s in store.questions.sets()]
    assert [q for q in store.questions.active() if q.set_id == "terms"] == []
    assert ops.editable_sets(store) == []
    assert history_of(store, "terms") == kept
    ops.import_files(store, [IMPORT / "terms.tsv"])
    assert ops.list_sets(store)[-1] == ops.SetInfo(
        SetId("terms"), "terms", Origin.IMPORTED, True, 3
    )
    assert store.reviews.card(ana.id, question.id) == card


def test_deleting_a_sets_history_removes_only_its_answers(library, now, give_history):
    store = library.store
    ops.import_files(store, [IMPORT / "terms.tsv"])
    ana = ops.choose_profile(store, "Ana", now)
    give_history(store, ana, now, [SetId("terms")])
    give_history(store, ana, now, [SetId("basics")])
    basics = history_of(store, "basics")
    ops.delete_set(store, SetId("terms"))
    assert ops.delete_set(store, SetId("terms"), delete_history=True) == 3
    assert "terms" not in [s.id for s in ops.list_sets(store)]
    assert history_of(store, "terms") == dict.fromkeys(HISTORY_TABLES, 0)
    assert history_of(store, "basics") == basics
    assert len(store.exams.finished(ana.id)) == 2
    assert store.db.execute("PRAGMA foreign_key_check").fetchall() == []


def test_built_in_and_unknown_sets_cannot_be_deleted(library):
    builtin = ops.list_sets(library.store)[0]
    with pytest.raises(SetDeleteError) as caught:
        ops.delete_set(library.store, builtin.id, delete_history=True)
    assert str(caught.value) == (
        f"'{builtin.title}' is a built-in set; it comes with the app. Untick it to hide it."
    )
    with pytest.raises(SetNotFoundError, match=r"^There is no set 'nope' \(sets: basics, more"):
        ops.delete_set(library.store, SetId("nope"))
    assert ops.list_sets(library.store)[0] == builtin
