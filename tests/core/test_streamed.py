"""Tables read in two passes: a whole-file read's ids, lines, skips and problems, in batches."""

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from quizapp.core import ops
from quizapp.core.errors import QuestionFileError
from quizapp.core.formats import delimited, imported, streamed
from quizapp.core.formats.imported import ImportOptions, SetBuilder, content_digest
from quizapp.core.model import SetId

# Look-alikes (same prompt, any case and spacing), the very same question twice, a row that is
# a problem only once it is built (difficulty 9) between look-alikes, and plain questions.
LOOK_ALIKES = (
    "prompt,answer,difficulty\n"
    "Capital of Laos?,Vientiane,1\n"
    "Plain one?,Yes,\n"
    "capital of  LAOS?,Vientiane,2\n"
    "Twice?,Same,\n"
    "Capital of Laos?,Vientiane,1\n"
    "Bad look-alike?,One,\n"
    "Bad look-alike?,Two,9\n"
    "Bad first?,One,9\n"
    "Bad first?,Two,\n"
    "Bad last?,One,\n"
    "Bad last?,Two,9\n"
    "Twice?,Same,\n"
)
# Ids the file gives: other tools' ids made ours, an id used twice, and ids equal to the id
# another row derives from its prompt (before and after it).
EXPLICIT = (
    "id,prompt,answer\n"
    "Chapter1_Q.5,First?,One\n"
    "q-2,Second?,Two\n"
    "q-2,Second again?,Two\n"
    ",Derived?,Three\n"
    "{derived},Holds the derived id?,Four\n"
    "{earlier},Comes first?,Five\n"
    ",Earlier?,Six\n"
    ",Derived?,Seven\n"
    "{derived},After its look-alikes?,Eight\n"
    ",Derived?,Nine\n"
    "???,No letter?,Ten\n"
)


def derived(name: str, prompt: str) -> str:
    return SetBuilder(Path(name), "csv", ImportOptions()).derive_id(prompt)


def write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def explicit_file(tmp_path: Path) -> Path:
    text = EXPLICIT.format(
        derived=derived("ids.csv", "Derived?"), earlier=derived("ids.csv", "Earlier?")
    )
    return write(tmp_path, "ids.csv", text)


def whole(path: Path, options: ImportOptions) -> tuple[list, list[str]]:
    """Read a file whole: its questions with their lines, and its skips (or its problems)."""
    try:
        parsed = delimited.parse(path, options)
    except QuestionFileError as error:
        return [], [str(problem) for problem in error.problems]
    questions = [q for question_set in parsed.sets for q in question_set.questions]
    return [(q, parsed.lines[q.id]) for q in questions], [str(s) for s in parsed.skipped]


def in_two_passes(path: Path, options: ImportOptions) -> tuple[list, list[str]]:
    """Read a file in two passes: the same, from the batches handed on."""
    batches: list = []
    try:
        parsed = delimited.stream(path, options, batches.append, lambda done, total: None)
    except QuestionFileError as error:
        return [], [str(problem) for problem in error.problems]
    return [pair for batch in batches for pair in batch], [str(s) for s in parsed.skipped]


@pytest.mark.parametrize("all_or_nothing", [True, False])
@pytest.mark.parametrize("name", ["look-alikes.csv", "ids.csv", "terms.tsv"])
def test_two_passes_give_the_ids_lines_skips_and_problems_of_a_whole_read(
    tmp_path, name, all_or_nothing
):
    if name == "ids.csv":
        path = explicit_file(tmp_path)
    elif name == "look-alikes.csv":
        path = write(tmp_path, name, LOOK_ALIKES)
    else:
        path = write(tmp_path, name, "".join(f"Term {i % 7}\tMeaning {i % 3}\n" for i in range(40)))
    options = ImportOptions(all_or_nothing=all_or_nothing)
    expected = whole(path, options)
    assert in_two_passes(path, options) == expected
    assert expected[0] or expected[1]


def test_look_alikes_get_content_ids_and_the_same_question_twice_is_skipped(tmp_path):
    path = write(tmp_path, "look-alikes.csv", LOOK_ALIKES)
    questions, skipped = in_two_passes(path, ImportOptions(all_or_nothing=False))
    laos = derived("look-alikes.csv", "Capital of Laos?")
    ids = {line: question.id for question, line in questions}
    assert ids[2].startswith(f"{laos}-")
    assert ids[4].startswith(f"{laos}-")
    assert ids[2] != ids[4]
    assert ids[3] == derived("look-alikes.csv", "Plain one?")
    assert ids[5].startswith(derived("look-alikes.csv", "Twice?") + "-")
    assert ids[10] == derived("look-alikes.csv", "Bad first?")  # the bad one made no look-alike
    assert ids[7] != derived("look-alikes.csv", "Bad look-alike?")  # a bad one after it did
    assert skipped == [
        f"{path}:6: the same question as on line 2",
        f"{path}:8: difficulty must be 1, 2 or 3, found 9",
        f"{path}:9: difficulty must be 1, 2 or 3, found 9",
        f"{path}:12: difficulty must be 1, 2 or 3, found 9",
        f"{path}:13: the same question as on line 5",
    ]


def test_ids_the_file_gives_keep_the_whole_read_rule(tmp_path):
    path = explicit_file(tmp_path)
    questions, skipped = in_two_passes(path, ImportOptions(all_or_nothing=False))
    ids = {line: question.id for question, line in questions}
    assert ids[2] == "chapter1-q-5"
    assert ids[3] == "q-2"
    base = derived("ids.csv", "Derived?")
    earlier = derived("ids.csv", "Earlier?")
    # A later question deriving the id a given one holds makes both look-alikes...
    assert ids[7].startswith(f"{earlier}-")
    assert ids[8].startswith(f"{earlier}-")
    assert ids[5].startswith(f"{base}-")
    assert ids[9].startswith(f"{base}-")
    # ...and once renamed, the id is free for a row that gives it, until the next look-alike.
    assert ids[10].startswith(f"{base}-")
    assert ids[11].startswith(f"{base}-")
    assert len({ids[5], ids[9], ids[10], ids[11]}) == 4
    assert skipped == [
        f"{path}:4: question id 'q-2' is already used on line 3",
        f"{path}:6: question id '{base}' is already used on line 5",
        f"{path}:12: the question id '???' has no letter or digit",
    ]


def test_questions_are_handed_on_while_the_file_is_still_being_read(tmp_path, monkeypatch):
    rows = 3 * streamed.BATCH
    path = write(tmp_path, "many.tsv", "".join(f"Term {i}\tMeaning {i}\n" for i in range(rows)))
    read = []
    real_lines = delimited.text_lines

    def counted_lines(path, codec):
        read.append(0)
        for line in real_lines(path, codec):
            read[-1] += 1
            yield line

    monkeypatch.setattr(delimited, "text_lines", counted_lines)
    seen_at_each_batch = []

    def write_batch(batch):
        seen_at_each_batch.append((len(batch), read[-1]))

    delimited.stream(path, ImportOptions(), write_batch, lambda done, total: None)
    assert [size for size, _ in seen_at_each_batch] == [streamed.BATCH] * 3
    first_batch_read = seen_at_each_batch[0][1]
    assert first_batch_read < rows  # the second pass had not reached the end of the file
    assert read[-1] == rows


def test_a_late_bad_row_rolls_back_every_batch_written(store, tmp_path):
    rows = [f"Term {i}\tMeaning {i}\n" for i in range(2 * streamed.BATCH + 50)]
    rows[2 * streamed.BATCH + 20] = "Term late\t \n"
    path = write(tmp_path, "late.tsv", "".join(rows))
    before = "\n".join(store.db.conn.iterdump())
    with pytest.raises(QuestionFileError) as caught:
        ops.import_files(store, [path])
    assert str(caught.value) == f"{path}:{2 * streamed.BATCH + 21}: the definition is blank"
    assert "\n".join(store.db.conn.iterdump()) == before


def test_without_all_or_nothing_the_valid_rows_are_imported_and_the_others_listed(store, tmp_path):
    rows = [f"Term {i}\tMeaning {i}\n" for i in range(streamed.BATCH + 10)]
    rows[streamed.BATCH + 5] = "Term late\t \n"
    path = write(tmp_path, "late.tsv", "".join(rows))
    report = ops.import_files(store, [path], options=ImportOptions(all_or_nothing=False))
    assert (report.added, report.set_ids) == (streamed.BATCH + 9, ("late",))
    assert [str(s) for s in report.skipped] == [
        f"{path}:{streamed.BATCH + 6}: the definition is blank"
    ]
    assert store.questions.count(imported.Origin.IMPORTED) == streamed.BATCH + 9


def test_questions_of_another_set_roll_back_and_each_is_named_with_its_line(store, tmp_path):
    other = write(tmp_path, "other.csv", "id,prompt,answer\nshared-1,A?,Yes\nshared-2,B?,Yes\n")
    ops.import_files(store, [other])
    before = "\n".join(store.db.conn.iterdump())
    rows = [f"q-{i},Prompt {i}?,Answer\n" for i in range(streamed.BATCH + 10)]
    rows[3] = "shared-1,Mine?,Yes\n"
    rows[streamed.BATCH + 7] = "q-1,Again?,Yes\n"  # a problem of the file itself comes first
    path = write(tmp_path, "mine.csv", "id,prompt,answer\n" + "".join(rows))
    with pytest.raises(QuestionFileError) as caught:
        ops.import_files(store, [path])
    assert str(caught.value) == (
        f"{path}:{streamed.BATCH + 9}: question id 'q-1' is already used on line 3"
    )
    rows[streamed.BATCH + 7] = "shared-2,Mine too?,Yes\n"
    path.write_text("id,prompt,answer\n" + "".join(rows), encoding="utf-8")
    with pytest.raises(QuestionFileError) as caught:
        ops.import_files(store, [path])
    assert str(caught.value).splitlines() == [
        f"{path}:{line}: question id '{question_id}' already belongs to set 'other'; "
        "import it as a copy to have it in both sets"
        for line, question_id in [(5, "shared-1"), (streamed.BATCH + 9, "shared-2")]
    ]
    assert "\n".join(store.db.conn.iterdump()) == before


def test_a_content_id_equal_to_another_rows_id_is_read_whole(store, tmp_path):
    first = {"type": "flashcard", "prompt": "Same?", "answer": "One"}
    clash = f"{derived('clash.csv', 'Same?')}-{content_digest(first)}"
    path = write(
        tmp_path, "clash.csv", f"id,prompt,answer\n,Same?,One\n,Same?,Two\n{clash},Other?,Three\n"
    )
    with pytest.raises(streamed.CannotStream):
        delimited.stream(path, ImportOptions(), lambda batch: None, lambda done, total: None)
    with pytest.raises(QuestionFileError) as caught:
        ops.import_files(store, [path])
    assert str(caught.value) == f"{path}:4: question id '{clash}' is already used on line 2"


def test_a_look_alike_renamed_onto_a_held_id_is_read_whole(store, tmp_path):
    base = derived("onto.csv", "Same?")
    path = write(
        tmp_path,
        "onto.csv",
        f"id,prompt,answer\n,Same?,One\n,Same?,Two\n{base},Same?,One\n,Same?,Three\n",
    )
    with pytest.raises(streamed.CannotStream):
        delimited.stream(path, ImportOptions(), lambda batch: None, lambda done, total: None)
    # Read whole, lines 2 and 4 both end with this id, which the import refuses.
    twice = f"{base}-{content_digest({'type': 'flashcard', 'prompt': 'Same?', 'answer': 'One'})}"
    with pytest.raises(QuestionFileError) as caught:
        ops.import_files(store, [path])
    assert str(caught.value) == f"{path}:4: question id '{twice}' is already used at {path}:4"


def test_two_keys_with_one_hash_are_read_whole_with_the_same_ids(store, tmp_path, monkeypatch):
    path = write(tmp_path, "hashes.csv", LOOK_ALIKES)
    options = ImportOptions(all_or_nothing=False)
    expected = whole(path, options)
    monkeypatch.setattr(streamed, "hash", lambda key: 0, raising=False)
    with pytest.raises(streamed.CannotStream):
        in_two_passes(path, options)
    report = ops.import_files(store, [path], options=options)
    stored = {q.id for q in store.questions.active([SetId("hashes")])}
    assert stored == {question.id for question, _ in expected[0]}
    assert [str(s) for s in report.skipped] == expected[1]


def test_a_clash_found_after_a_batch_was_written_rolls_it_back_before_reading_whole(
    store, tmp_path, monkeypatch
):
    rows = [f"Term {i}\tMeaning {i}\n" for i in range(streamed.BATCH + 10)]
    path = write(tmp_path, "late-clash.tsv", "".join(rows))
    clashing = {
        derived("late-clash.tsv", "Term 0"),
        derived("late-clash.tsv", f"Term {streamed.BATCH + 5}"),
    }
    monkeypatch.setattr(
        streamed, "hash", lambda key: 0 if key in clashing else hash(key), raising=False
    )
    written = []
    monkeypatch.setattr(store.questions, "write_batch", _spy(store.questions.write_batch, written))
    report = ops.import_files(store, [path])
    assert written == [streamed.BATCH]  # the two-pass import wrote a batch, then gave up
    assert (report.added, report.updated) == (streamed.BATCH + 10, 0)
    stored = [q.id for q in store.questions.active([SetId("late-clash")])]
    assert stored == [derived("late-clash.tsv", f"Term {i}") for i in range(streamed.BATCH + 10)]


def _spy(method, sizes):
    def call(question_set, questions, first_position):
        sizes.append(len(questions))
        return method(question_set, questions, first_position)

    return call


def test_a_file_changed_between_the_passes_is_read_again_whole(store, tmp_path):
    path = write(tmp_path, "changing.tsv", "Term 1\tMeaning 1\nTerm 2\tMeaning 2\n")

    def change_file(batch):
        with path.open("a", encoding="utf-8") as handle:
            handle.write("Term 1\tAnother meaning\n")  # a look-alike the first pass never saw

    with pytest.raises(streamed.CannotStream):
        delimited.stream(path, ImportOptions(), change_file, lambda done, total: None)
    expected, _ = whole(path, ImportOptions())
    report = ops.import_files(store, [path])
    assert report.added == 3
    stored = [q.id for q in store.questions.active([SetId("changing")])]
    assert stored == [question.id for question, _ in expected]


def test_a_file_gone_between_the_passes_cannot_be_read(tmp_path):
    path = write(tmp_path, "gone.tsv", "Term 1\tMeaning 1\n")

    with pytest.raises(QuestionFileError) as caught:
        delimited.stream(path, ImportOptions(), lambda batch: path.unlink(), lambda d, t: None)
    assert str(caught.value).startswith(f"{path}:0: ")


# Rows from a few prompts, answers and ids, so that look-alikes, the same question twice, ids
# used twice, ids equal to derived ones and bad rows come often.
_PROMPTS = st.sampled_from(["Same?", "same ?", "Other?", "Third?", ""])
_ANSWERS = st.sampled_from(["One", "Two", ""])
_DIFFICULTIES = st.sampled_from(["", "1", "2", "9"])
_ROWS = st.lists(
    st.tuples(_PROMPTS, _ANSWERS, _DIFFICULTIES, st.sampled_from(["", "q-1", "q-2", "DERIVED"])),
    min_size=1,
    max_size=12,
)


@settings(
    max_examples=80, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(rows=_ROWS, all_or_nothing=st.booleans())
def test_any_table_read_in_two_passes_matches_a_whole_read_or_is_read_whole(
    tmp_path, rows, all_or_nothing
):
    base = derived("random.csv", "Same?")
    lines = [
        f"{prompt},{answer},{difficulty},{given_id.replace('DERIVED', base)}\n"
        for prompt, answer, difficulty, given_id in rows
    ]
    path = write(tmp_path, "random.csv", "prompt,answer,difficulty,id\n" + "".join(lines))
    options = ImportOptions(all_or_nothing=all_or_nothing)
    try:
        streamed_read = in_two_passes(path, options)
    except streamed.CannotStream:
        return  # the caller reads such a file whole (tested above)
    assert streamed_read == whole(path, options)
