"""Managing sets and finding questions through ops."""

from pathlib import Path

import pytest

from quizapp.core import ops
from quizapp.core.errors import SetNotFoundError, SetRenameError
from quizapp.core.model import QuestionType, SetId

IMPORT = Path(__file__).parent.parent / "data" / "import"


def test_sets_are_listed_with_origin_counts_and_state(library):
    ops.import_files(library.store, [IMPORT / "terms.tsv"])
    listed = ops.list_sets(library.store)
    assert [(s.origin, s.enabled) for s in listed][-1] == ("imported", True)
    assert listed[-1] == ops.SetInfo(SetId("terms"), "terms", "imported", True, 3)
    assert {s.origin for s in listed[:-1]} == {"builtin"}


def test_a_disabled_set_keeps_its_questions_but_leaves_study(library):
    ops.import_files(library.store, [IMPORT / "terms.tsv"])
    info = ops.set_enabled(library.store, SetId("terms"), False)
    assert (info.enabled, info.questions) == (False, 3)
    assert "terms" not in [s.id for s in library.store.question_sets()]
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
    with pytest.raises(SetNotFoundError, match="^There is no set 'nope'.$"):
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
    assert len(ops.find_questions(library.store)) == len(library.store.questions())
