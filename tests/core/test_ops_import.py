"""ops.import_files and ops.export_set: all or nothing, progress kept, stable ids, media."""

from pathlib import Path

import pytest
from anki_packages import PNG

from quizapp.core import ops
from quizapp.core.errors import ImportOverwriteError, QuestionFileError, SetNotFoundError
from quizapp.core.formats.imported import ImportOptions
from quizapp.core.formats.native import parse_question_file
from quizapp.core.model import Origin, QuestionId, Rating, SetId
from quizapp.core.qtypes import question_to_record
from quizapp.core.scheduler import Scheduler
from quizapp.core.storage.questions import QuestionChange

DATA = Path(__file__).parent.parent / "data"
IMPORT = DATA / "import"
GOOD = ["every-type.gift", "every-type.csv", "terms.tsv", "questions.aiken.txt", "notes.txt"]


def dump(store) -> str:
    return "\n".join(store.db.conn.iterdump())


def test_every_format_imports_in_one_go(library):
    calls = []
    report = ops.import_files(
        library.store,
        [IMPORT / name for name in GOOD],
        progress=lambda what, done, total: calls.append((what, done, total)),
    )
    assert (report.added, report.updated, report.unchanged) == (12 + 10 + 3 + 2 + 2, 0, 0)
    assert [f"{s.path.name}:{s.line}" for s in report.skipped] == [
        "every-type.gift:41",
        "every-type.gift:43",
    ]
    assert report.set_ids == ("every-type", "terms", "questions-aiken", "notes")
    assert calls[:5] == [(f"Reading {name}", i, 5) for i, name in enumerate(GOOD)]
    assert calls[5] == ("Writing", 0, 29)
    assert calls[-1] == ("Writing", 29, 29)
    origins = library.store.questions.set_origins()
    assert origins["every-type"] == Origin.IMPORTED
    positions = [s.id for s in library.store.questions.sets()]
    assert positions[-4:] == ["every-type", "terms", "questions-aiken", "notes"]


def test_a_file_with_a_problem_imports_nothing(library):
    before = dump(library.store)
    with pytest.raises(QuestionFileError) as caught:
        ops.import_files(
            library.store,
            [IMPORT / "every-type.gift", IMPORT / "broken.csv", IMPORT / "broken.aiken.txt"],
        )
    lines = str(caught.value).splitlines()
    assert lines[:3] == [
        f"{IMPORT / 'broken.csv'}:3: the prompt is blank",
        f"{IMPORT / 'broken.csv'}:4: expected 2 columns as in the header, found 3",
        f"{IMPORT / 'broken.csv'}:5: not valid CSV: unexpected end of data",
    ]
    assert len(lines) == 3 + 7
    assert dump(library.store) == before


def test_importing_again_updates_in_place_and_keeps_progress(library, tmp_path, now):
    path = tmp_path / "class.csv"
    path.write_text("prompt,answer\nCapital?,Jakarta\nFounded?,1967\n")
    first = ops.import_files(library.store, [path])
    assert (first.added, first.updated, first.unchanged) == (2, 0, 0)
    question = library.store.questions.active([SetId("class")])[0]
    profile = library.store.learners.create("Ana", now)
    card = Scheduler().review(None, Rating.GOOD, now, question.id)
    library.store.reviews.record(profile.id, question.id, Rating.GOOD, now, card, None)
    again = ops.import_files(library.store, [path])
    assert (again.added, again.updated, again.unchanged) == (0, 0, 2)
    path.write_text("prompt,answer\ncapital?,Jakarta (since 1949)\nFounded?,1967\nNew?,Yes\n")
    edited = ops.import_files(library.store, [path])
    assert (edited.added, edited.updated, edited.unchanged) == (1, 1, 1)
    assert str(library.store.questions.get(question.id).payload.answer) == "Jakarta (since 1949)"
    assert library.store.reviews.card(profile.id, question.id) == card


def test_named_set_gathers_several_files_and_keeps_earlier_questions(library):
    ops.import_files(library.store, [IMPORT / "terms.tsv"], set_name="My Class")
    files = [IMPORT / "questions.aiken.txt", IMPORT / "semicolon.csv"]
    # semicolon.csv's "Jakarta" has the prompt of a terms.tsv card: same id. Another file's
    # question would be replaced: asked first, then it updates it.
    with pytest.raises(ImportOverwriteError):
        ops.import_files(library.store, files, set_name="My Class")
    report = ops.import_files(library.store, files, set_name="My Class", replace_others=True)
    assert (report.added, report.updated, report.set_ids) == (2, 1, ("my-class",))
    assert len(library.store.questions.active([SetId("my-class")])) == 5


def test_a_builtin_set_cannot_be_overwritten(library, tmp_path):
    path = tmp_path / "basics.csv"
    path.write_text("Q,A\n")
    sets = [s.id for s in library.store.questions.sets()]
    with pytest.raises(QuestionFileError) as caught:
        ops.import_files(library.store, [path], set_name=sets[0])
    assert str(caught.value) == (
        f"{path}:1: set '{sets[0]}' is a built-in set; import into another set"
    )


def test_a_question_id_of_another_set_is_refused(library, tmp_path):
    taken = library.store.questions.active()[0]
    path = tmp_path / "mine.csv"
    path.write_text(f"id,prompt,answer\n{taken.id},Q,A\n")
    before = dump(library.store)
    with pytest.raises(QuestionFileError) as caught:
        ops.import_files(library.store, [path])
    assert str(caught.value) == (
        f"{path}:2: question id '{taken.id}' already belongs to set '{taken.set_id}'; "
        "import it as a copy to have it in both sets"
    )
    assert dump(library.store) == before


def test_the_same_id_in_two_files_is_refused(library, tmp_path):
    for name in ("a.csv", "b.csv"):
        (tmp_path / name).write_text("id,prompt,answer\nshared,Q,A\n")
    with pytest.raises(QuestionFileError) as caught:
        ops.import_files(library.store, [tmp_path / "a.csv", tmp_path / "b.csv"])
    assert str(caught.value) == (
        f"{tmp_path / 'b.csv'}:2: question id 'shared' is already used at {tmp_path / 'a.csv'}:2"
    )


def test_package_images_are_stored_with_their_set(library, make_apkg):
    path = make_apkg(
        [{"fields": ['<img src="map.png">Where?', "Jakarta"]}], {"0": ("map.png", PNG)}
    )
    report = ops.import_files(library.store, [path])
    assert report.media == 1
    assert library.store.questions.media_file(SetId("deck"), "map.png") == PNG
    assert library.store.questions.media_file(SetId("deck"), "other.png") is None


def test_export_round_trips_our_yaml_without_loss(library, tmp_path):
    ops.import_files(library.store, [DATA / "types" / "all-types.yaml"])
    exported = ops.export_set(library.store, "all-types", "yaml")
    assert (exported.count, exported.left_out) == (9, ())
    path = tmp_path / "again.yaml"
    path.write_text(exported.text, encoding="utf-8")
    original = parse_question_file(DATA / "types" / "all-types.yaml")
    again = parse_question_file(path)
    assert again.title == original.title
    assert again.description == original.description
    assert [question_to_record(q) for q in again.questions] == [
        question_to_record(q) for q in original.questions
    ]


def test_export_of_an_unknown_set_is_refused(library):
    with pytest.raises(SetNotFoundError) as caught:
        ops.export_set(library.store, "nope", "csv")
    assert str(caught.value).startswith("There is no set 'nope' (sets: ")


def test_export_to_gift_names_what_it_leaves_out(library):
    ops.import_files(library.store, [DATA / "types" / "all-types.yaml"])
    exported = ops.export_set(library.store, "all-types", "gift")
    assert exported.left_out == (
        "t-cloze: GIFT has no cloze question like this",
        "t-order: GIFT has no ordering question like this",
    )
    assert exported.count == 7
    assert QuestionId("t-flash") in exported.text


@pytest.mark.parametrize(
    "name", ["broken.csv", "broken.gift", "broken.aiken.txt", "unknown-column.csv"]
)
def test_each_broken_fixture_leaves_the_database_as_it_was(library, name):
    ops.import_files(library.store, [IMPORT / "terms.tsv"])
    before = dump(library.store)
    with pytest.raises(QuestionFileError):
        ops.import_files(library.store, [IMPORT / "every-type.gift", IMPORT / name])
    assert dump(library.store) == before


def test_an_unsafe_package_leaves_the_database_as_it_was(library, make_apkg):
    before = dump(library.store)
    path = make_apkg([{"fields": ["Q", "A"]}], extra={"../evil": b"x"})
    with pytest.raises(QuestionFileError):
        ops.import_files(library.store, [IMPORT / "terms.tsv", path])
    assert dump(library.store) == before


@pytest.mark.parametrize(
    "name",
    [
        "every-type.gift",
        "every-type.csv",
        "terms.tsv",
        "questions.aiken.txt",
        "notes.txt",
        "moodle-every-type.xml",
        "anki/asean-anki21b.apkg",
        "anki/asean.colpkg",
        "anki/asean-notes.txt",
        "moodle-written.gift",
        "duplicated-option.aiken.txt",
        "tables/kahoot.xlsx",
        "tables/quizizz.ods",
        "tables/moodle-csv-plugin.csv",
        "tables/quizlet-bar.txt",
        "tables/excel-cp1252.csv",
        "tables/unicode-text.txt",
    ],
)
def test_each_format_round_trips_through_our_export(library, tmp_path, name):
    first = ops.import_files(library.store, [IMPORT / name])
    (set_id,) = first.set_ids
    exported = ops.export_set(library.store, set_id, "yaml")
    path = tmp_path / f"{set_id}.yaml"
    path.write_text(exported.text, encoding="utf-8")
    again = ops.import_files(library.store, [path])
    assert again.set_ids == (set_id,)
    assert (again.added, again.updated, again.unchanged) == (0, 0, first.added)


@pytest.mark.parametrize(
    ("name", "fmt"),
    [
        ("every-type.csv", "csv"),
        ("tables/kahoot.xlsx", "csv"),
        ("every-type.gift", "gift"),
        ("moodle-written.gift", "gift"),
        ("duplicated-option.aiken.txt", "aiken"),
    ],
)
def test_a_set_exported_in_a_format_imports_back_unchanged(library, tmp_path, name, fmt):
    first = ops.import_files(library.store, [IMPORT / name])
    (set_id,) = first.set_ids
    exported = ops.export_set(library.store, set_id, fmt)
    assert exported.left_out == ()
    path = tmp_path / f"{set_id}.{fmt}"
    path.write_text(exported.text, encoding="utf-8")
    again = ops.import_files(library.store, [path], set_name=set_id, fmt=fmt)
    assert (again.added, again.updated, again.unchanged) == (0, 0, first.added)


def test_columns_chosen_once_are_remembered_in_the_database(library, tmp_path):
    korean = IMPORT / "tables" / "korean-vocabulary.csv"
    options = ImportOptions(columns=("prompt", "answer", "explanation"), has_header=True)
    ops.import_files(library.store, [korean], options=options)
    copy = tmp_path / "week2.csv"
    copy.write_bytes(korean.read_bytes())
    report = ops.import_files(library.store, [copy])
    assert report.added == 3
    question = library.store.questions.active([SetId("week2")])[0]
    assert str(question.explanation) == "사과를 먹어요"


def test_a_set_imported_as_a_copy_gets_new_ids_and_a_clear_name(library, tmp_path, now):
    ops.import_files(library.store, [IMPORT / "every-type.gift"])
    copy = ops.import_files(
        library.store, [IMPORT / "every-type.gift"], options=ImportOptions(as_copy=True)
    )
    assert (copy.set_ids, copy.added) == (("every-type-copy",), 12)
    titles = {s.id: s.title for s in ops.list_sets(library.store)}
    assert titles["every-type-copy"] == "every-type (copy)"
    again = ops.import_files(
        library.store, [IMPORT / "every-type.gift"], options=ImportOptions(as_copy=True)
    )
    assert again.set_ids == ("every-type-copy-2",)


def test_a_builtin_set_can_be_imported_as_a_copy(library, tmp_path):
    (builtin, *_) = [s for s in ops.list_sets(library.store) if s.origin == Origin.BUILTIN]
    exported = ops.export_set(library.store, builtin.id, "yaml")
    path = tmp_path / "mine.yaml"
    path.write_text(exported.text, encoding="utf-8")
    with pytest.raises(QuestionFileError):
        ops.import_files(library.store, [path])
    report = ops.import_files(library.store, [path], options=ImportOptions(as_copy=True))
    assert report.set_ids == (f"{builtin.id}-copy",)
    assert report.added == builtin.questions


def test_another_file_replacing_a_sets_questions_is_asked_first(library, tmp_path):
    first = tmp_path / "class.csv"
    first.write_text("prompt,answer,id\nCapital of Laos?,Vientiane,laos\n", encoding="utf-8")
    ops.import_files(library.store, [first])
    other = tmp_path / "other" / "class.csv"
    other.parent.mkdir()
    other.write_text("prompt,answer,id\nCapital of Laos?,Luang Prabang,laos\n", encoding="utf-8")
    ops.import_files(library.store, [other])  # the same file name: updated in place
    different = tmp_path / "week 2.csv"
    different.write_text("prompt,answer,id\nCapital of Laos?,Pakse,laos\n", encoding="utf-8")
    with pytest.raises(ImportOverwriteError) as caught:
        ops.import_files(library.store, [different], set_name="class")
    assert str(caught.value) == (
        "This would replace questions that another file put into the set (1 in 'class'). "
        "Import again and agree to replace them, or import a copy to keep both."
    )
    assert str(library.store.questions.get(QuestionId("laos")).payload.answer) == "Luang Prabang"
    ops.import_files(library.store, [different], set_name="class", replace_others=True)
    assert str(library.store.questions.get(QuestionId("laos")).payload.answer) == "Pakse"


def test_a_plan_tells_what_an_import_would_do_and_writes_nothing(library):
    ops.import_files(library.store, [IMPORT / "terms.tsv"])
    before = dump(library.store)
    plan = ops.plan_import(library.store, [IMPORT / "terms.tsv", IMPORT / "every-type.gift"])
    new, updated, unchanged = QuestionChange.NEW, QuestionChange.UPDATED, QuestionChange.UNCHANGED
    assert (plan.count(new), plan.count(updated), plan.count(unchanged)) == (12, 0, 3)
    assert dump(library.store) == before


def test_one_export_can_fill_a_set_per_class_as_copies(library):
    gift = IMPORT / "moodle-written.gift"  # its questions carry Moodle's own ids
    first = ops.import_files(library.store, [gift], options=ImportOptions(set_name="Class A"))
    with pytest.raises(QuestionFileError):
        ops.import_files(library.store, [gift], options=ImportOptions(set_name="Class B"))
    second = ops.import_files(
        library.store, [gift], options=ImportOptions(set_name="Class B", as_copy=True)
    )
    assert (first.set_ids, second.set_ids) == (("class-a",), ("class-b",))
    assert second.added == first.added
    titles = {s.id: s.title for s in ops.list_sets(library.store)}
    assert titles["class-b"] == "Class B"


def test_pictures_travel_through_our_yaml_export_into_a_new_library(library, tmp_path):
    ops.import_files(library.store, [IMPORT / "moodle-every-type.xml"])
    exported = ops.export_set(library.store, "moodle-every-type", "yaml")
    assert "red white.png:" in exported.text
    path = tmp_path / "flags.yaml"
    path.write_text(exported.text, encoding="utf-8")
    other = ops.open_library(tmp_path / "elsewhere", DATA / "bank")
    report = ops.import_files(other.store, [path])
    assert report.media == 1
    picture = other.store.questions.media_file(SetId("moodle-every-type"), "red white.png")
    assert picture == library.store.questions.media_file(
        SetId("moodle-every-type"), "red white.png"
    )
    other.store.close()
    csv = ops.export_set(library.store, "moodle-every-type", "csv")
    assert csv.notes == (
        "moodle-every-type-which-flag: the picture 'red white.png' is not kept in CSV "
        "(export to YAML to keep it)",
    )


def test_a_picture_that_is_not_an_image_is_refused_in_our_yaml(tmp_path):
    path = tmp_path / "bad.yaml"
    path.write_text(
        "format: quizapp/1\nset: {id: s, title: S}\nmedia: {x.png: PHN2Zz4=}\n"
        "questions:\n  - {id: q, type: flashcard, prompt: P, answer: A}\n",
        encoding="utf-8",
    )
    with pytest.raises(QuestionFileError) as caught:
        ops.import_files(ops.open_library(tmp_path / "lib", DATA / "bank").store, [path])
    assert [str(p.message) for p in caught.value.problems] == [
        "media 'x.png' is not a PNG, JPEG, GIF or WebP picture in base64"
    ]


def test_aiken_export_writes_a_prompt_of_several_lines_on_one_and_says_so(library, tmp_path):
    first = ops.import_files(library.store, [IMPORT / "questions.aiken.txt"])
    (set_id,) = first.set_ids
    (two_lines,) = [
        q for q in library.store.questions.active([SetId(set_id)]) if "\n" in str(q.prompt)
    ]
    exported = ops.export_set(library.store, set_id, "aiken")
    assert exported.notes == (
        f"{two_lines.id}: its prompt is written on one line (Aiken has no line breaks)",
    )
    assert "\nWhich year was ASEAN founded?\nA) 1967\n" in exported.text
    path = tmp_path / "exported.txt"
    path.write_text(exported.text, encoding="utf-8")
    again = ops.import_files(
        library.store, [path], set_name=set_id, fmt="aiken", replace_others=True
    )
    assert (again.added, again.updated, again.unchanged) == (0, 1, 1)
    assert str(library.store.questions.get(two_lines.id).prompt) == "Which year was ASEAN founded?"
