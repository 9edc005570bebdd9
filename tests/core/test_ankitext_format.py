from pathlib import Path

import pytest

from quizapp.core.errors import QuestionFileError
from quizapp.core.formats import ankitext
from quizapp.core.formats.imported import ImportOptions

IMPORT = Path(__file__).parent.parent / "data" / "import"


def test_export_with_headers_reads_html_tags_and_decks():
    parsed = ankitext.parse(IMPORT / "notes.txt", ImportOptions())
    first, second = parsed.sets[0].questions
    assert (str(first.prompt), str(first.payload.answer)) == (
        "Capital of Indonesia?",
        "Jakarta\nsince 1949",
    )
    assert first.tags == ("geo", "asia")
    assert str(first.topic) == "Geography::Asia"
    assert (str(second.prompt), str(second.payload.answer)) == ("Secretariat", "Jakarta")
    assert [f"{n.line}: {n.reason}" for n in parsed.notes] == [
        "6: the sound 'jakarta.mp3' is left out: the app plays no sound",
        "6: the image 'map.png' is left out: it is not in the file's media",
    ]


def test_legacy_export_skips_lines_with_the_wrong_number_of_fields(tmp_path):
    path = tmp_path / "old.txt"
    path.write_text(
        "# a comment\n食べる\tto eat\n飲む\tto drink\n飲む\tto drink\n"
        "too\tmany\tfields\nnot enough\n遊ぶ\t\n\tto play\n<b>plain</b>\tkept as written\n",
        encoding="utf-8",
    )
    parsed = ankitext.parse(path, ImportOptions())
    assert [(str(q.prompt), str(q.payload.answer)) for q in parsed.sets[0].questions] == [
        ("食べる", "to eat"),
        ("飲む", "to drink"),
        ("<b>plain</b>", "kept as written"),
    ]
    assert [f"{s.line}: {s.reason}" for s in parsed.skipped] == [
        "4: the same question as on line 3",
        "5: 3 fields, expected 2 as in the first note",
        "6: 1 field, expected 2 as in the first note",
        "7: the note's back (Back) is empty",
        "8: the note's front (Front) is empty",
    ]


def test_third_column_of_a_headerless_file_holds_tags(tmp_path):
    path = tmp_path / "tags.txt"
    path.write_text("foo\tbar\tbaz qux\nfoo2\tbar2\tbaz2\n")
    questions = ankitext.parse(path, ImportOptions()).sets[0].questions
    assert [q.tags for q in questions] == [("baz", "qux"), ("baz2",)]


def test_guid_column_gives_the_id(tmp_path):
    path = tmp_path / "guid.txt"
    path.write_text("#separator:comma\n#guid column:1\nAbc,Q,A\n")
    question = ankitext.parse(path, ImportOptions()).sets[0].questions[0]
    assert question.id == "guid-06d90109c8"
    assert (str(question.prompt), str(question.payload.answer)) == ("Q", "A")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("#tags column:3\nQ\tA\n", "2: the tags column 3 is not one of the 2 columns of the notes"),
        (
            "#columns:\n#tags column:2\nQ\n",
            "3: the tags column 2 is not one of the 1 columns of the notes",
        ),
        ('#separator:"\nQ"A\n', "1: the separator '\"' cannot be used; choose the separator"),
    ],
)
def test_headers_that_cannot_be_followed_are_refused(tmp_path, text, expected):
    path = tmp_path / "notes.txt"
    path.write_text(text)
    with pytest.raises(QuestionFileError) as caught:
        ankitext.parse(path, ImportOptions())
    assert [f"{p.line}: {p.message}" for p in caught.value.problems] == [expected]


def test_current_export_knows_cloze_reverse_and_type_in_notes_by_their_note_type():
    parsed = ankitext.parse(IMPORT / "anki" / "asean-notes.txt", ImportOptions())
    cards = [(q.type.value, str(q.prompt)) for q in parsed.sets[0].questions]
    assert cards == [
        ("flashcard", "Capital of Indonesia"),
        ("flashcard", "Whose flag?"),
        ("flashcard", "Thailand"),
        ("flashcard", "Bangkok"),
        ("short_answer", "Capital of Malaysia (type it)"),
        ("cloze", "ASEAN was founded in {{Bangkok}} [city] in {{1967}}."),
        ("flashcard", "Say hello"),
    ]
    cloze = parsed.sets[0].questions[5]
    assert str(cloze.explanation) == "The Bangkok Declaration."


def test_a_cloze_is_told_by_its_deletions_when_the_note_type_is_not_named(tmp_path):
    path = tmp_path / "cloze.txt"
    path.write_text(
        "#separator:tab\n#html:false\n{{c1::Jakarta}} hosts it.\tExtra\nFront\tBack\n",
        encoding="utf-8",
    )
    parsed = ankitext.parse(path, ImportOptions())
    assert [(q.type.value, str(q.prompt)) for q in parsed.sets[0].questions] == [
        ("cloze", "{{Jakarta}} hosts it."),
        ("flashcard", "Front"),
    ]


def test_an_optional_reverse_is_made_only_when_asked_for(tmp_path):
    path = tmp_path / "optional.txt"
    rows = [
        "#separator:tab",
        "#notetype column:1",
        "Basic (optional reversed card)\tPing\tPong\ty",
        "Basic (optional reversed card)\tTick\tTock\t",
    ]
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    parsed = ankitext.parse(path, ImportOptions())
    assert [str(q.prompt) for q in parsed.sets[0].questions] == ["Ping", "Pong", "Tick"]
