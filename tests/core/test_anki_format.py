import io
import zipfile
from pathlib import Path

import pytest
from anki_packages import BASIC, PNG, collection_bytes

from quizapp.core.errors import QuestionFileError
from quizapp.core.formats import anki
from quizapp.core.formats.imported import ImportOptions
from quizapp.core.model import QuestionType

NOTES = [
    {"fields": ["Capital of <b>Indonesia</b>?", "Jakarta"], "tags": " geo asia "},
    {"fields": ['The map <img src="map.png">', "Jakarta<br>and more"], "deck": 1},
    {"fields": ["{{c1::Jakarta}} hosts the {{c2::Secretariat::body}}.", "Since 1976"], "mid": 2},
    {"fields": ["[sound:hello.mp3]", "Hello"]},
    {"fields": ["Say it [sound:hi.mp3]<script>alert(1)</script>", "Hi"]},
    {"fields": ['<img src="http://example.org/x.png">Remote', "Back"]},
    {"fields": ["No cloze here", ""], "mid": 2},
]


def problem_of(path, **options) -> str:
    with pytest.raises(QuestionFileError) as caught:
        anki.parse(path, ImportOptions(**options))
    return str(caught.value)


def test_notes_become_flashcards_with_tags_deck_media_and_clozes(make_apkg):
    path = make_apkg(NOTES, {"0": ("map.png", PNG), "1": ("hello.mp3", b"ID3")})
    parsed = anki.parse(path, ImportOptions())
    questions = parsed.sets[0].questions
    assert [
        (q.type, str(q.prompt), str(q.payload.answer) if hasattr(q.payload, "answer") else None)
        for q in questions
    ] == [
        (QuestionType.FLASHCARD, "Capital of Indonesia?", "Jakarta"),
        (QuestionType.FLASHCARD, "The map [image: map.png]", "Jakarta\nand more"),
        (QuestionType.CLOZE, "{{Jakarta}} hosts the {{Secretariat}} [body].", None),
        (QuestionType.FLASHCARD, "Say it", "Hi"),
        (QuestionType.FLASHCARD, "Remote", "Back"),
    ]
    assert questions[0].tags == ("geo", "asia")
    assert str(questions[0].topic) == "ASEAN::Secretariat"
    assert questions[1].topic is None  # the Default deck is no topic
    assert str(questions[2].explanation) == "Since 1976"
    assert [(m.name, m.data) for m in parsed.media] == [("map.png", PNG)]
    assert [f"{s.line}: {s.reason}" for s in parsed.skipped] == [
        "4: the note's front (Front) holds only a sound, which the app cannot play",
        "7: a cloze note without a {{c1::...}} deletion",
    ]
    assert [f"{n.line}: {n.reason}" for n in parsed.notes] == [
        "5: the sound 'hi.mp3' is left out: the app plays no sound",
        "6: the image 'http://example.org/x.png' is left out: it is not in the file's media",
    ]


def test_ids_come_from_the_note_guid_so_edits_keep_progress(make_apkg):
    first = anki.parse(make_apkg([{"fields": ["Q", "A"], "guid": "Ab"}]), ImportOptions())
    edited = anki.parse(make_apkg([{"fields": ["Q2", "A2"], "guid": "Ab"}]), ImportOptions())
    other = anki.parse(make_apkg([{"fields": ["Q", "A"], "guid": "aB"}]), ImportOptions())
    assert first.sets[0].questions[0].id == edited.sets[0].questions[0].id == "deck-025b5573cb"
    assert other.sets[0].questions[0].id != "deck-025b5573cb"


def test_unknown_field_names_fall_back_to_order_and_extra_fields_explain(tmp_path):
    model = {
        "id": 1,
        "type": 0,
        "flds": [
            {"name": "Kanji", "ord": 0},
            {"name": "Meaning", "ord": 1},
            {"name": "Example", "ord": 2},
        ],
    }
    data = collection_bytes([{"fields": ["食べる", "to eat", "ご飯を食べる"]}], models=[model])
    path = tmp_path / "kanji.apkg"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("collection.anki21", data)
        archive.writestr("collection.anki2", b"a dummy that must not be read")
    question = anki.parse(path, ImportOptions()).sets[0].questions[0]
    assert (str(question.prompt), str(question.payload.answer), str(question.explanation)) == (
        "食べる",
        "to eat",
        "Example: ご飯を食べる",
    )


def test_an_image_that_is_not_what_its_name_says_is_not_kept(make_apkg):
    path = make_apkg([{"fields": ['<img src="x.png">Q', "A"]}], {"0": ("x.png", b"<svg onload=x>")})
    parsed = anki.parse(path, ImportOptions())
    assert parsed.media == ()
    assert str(parsed.sets[0].questions[0].prompt) == "Q"


def test_path_escaping_member_is_refused(make_apkg):
    path = make_apkg([{"fields": ["Q", "A"]}], extra={"../evil.txt": b"x"})
    assert (
        problem_of(path)
        == f"{path}:0: the package holds a path that leaves its folder: '../evil.txt'"
    )


def test_media_name_escaping_the_folder_is_refused(make_apkg):
    path = make_apkg([{"fields": ["Q", "A"]}], {"0": ("../../.bashrc", b"x")})
    assert problem_of(path) == (
        f"{path}:0: the package names a media file outside its folder: '../../.bashrc'"
    )


def test_zip_bomb_is_refused(make_apkg):
    path = make_apkg([{"fields": ["Q", "A"]}], extra={"0": b"\x00" * (3 * 1024 * 1024)})
    info = zipfile.ZipFile(path).getinfo("0")
    assert problem_of(path) == (
        f"{path}:0: '0' would unpack from {info.compress_size} to {info.file_size} bytes; "
        "the package was refused as unsafe"
    )


def test_package_larger_than_the_limit_is_refused(make_apkg):
    path = make_apkg([{"fields": ["Q", "A"]}])
    assert problem_of(path, max_package_bytes=100) == (
        f"{path}:0: the file is larger than 100 bytes; it was not read"
    )


def test_unpacked_size_over_the_limit_is_refused(make_apkg):
    path = make_apkg([{"fields": ["Q", "A"]}])
    assert problem_of(path, max_unpacked_bytes=1000).startswith(
        f"{path}:0: the package would unpack to "
    )


ANKI = Path(__file__).parent.parent / "data" / "import" / "anki"


@pytest.mark.parametrize("name", ["asean-anki21b.apkg", "asean.colpkg"])
def test_packages_in_the_default_layout_since_anki_2_1_50_are_read(name):
    parsed = anki.parse(ANKI / name, ImportOptions())
    cards = [
        (q.type.value, str(q.prompt), str(getattr(q.payload, "answer", "")))
        for q in parsed.sets[0].questions
    ]
    assert cards == [
        ("flashcard", "Capital of Indonesia", "Jakarta"),
        ("flashcard", "Whose flag? [image: flag.jpg | red above white]", "Indonesia"),
        ("flashcard", "Thailand", "Bangkok"),
        ("flashcard", "Bangkok", "Thailand"),
        ("short_answer", "Capital of Malaysia (type it)", "Kuala Lumpur"),
        ("cloze", "ASEAN was founded in {{Bangkok}} [city] in {{1967}}.", ""),
        ("flashcard", "Say hello", "Halo"),
    ]
    first, _, thailand, reverse, *_ = parsed.sets[0].questions
    assert str(first.topic) == "ASEAN::Capitals"
    assert reverse.id == f"{thailand.id}-reverse"
    assert [(m.name, m.data[:4]) for m in parsed.media] == [("flag.jpg", b"\x89PNG")]
    assert [f"{n.line}: {n.reason}" for n in parsed.notes] == [
        "6: the sound 'hello.mp3' is left out: the app plays no sound"
    ]


def test_a_package_and_its_collection_give_the_same_ids():
    package = anki.parse(ANKI / "asean-anki21b.apkg", ImportOptions(set_name="x"))
    collection = anki.parse(ANKI / "asean.colpkg", ImportOptions(set_name="x"))
    assert [q.id for q in package.sets[0].questions] == [q.id for q in collection.sets[0].questions]


def test_a_zstd_member_that_unpacks_too_far_is_refused():
    assert problem_of(ANKI / "asean.colpkg", max_unpacked_bytes=60_000) == (
        f"{ANKI / 'asean.colpkg'}:0: a member of the package unpacks to more than 60000 "
        "bytes; the package was refused as unsafe"
    )


def test_a_damaged_zstd_collection_is_refused(tmp_path):
    path = tmp_path / "new.apkg"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("meta", b"\x08\x03")
        archive.writestr("collection.anki21b", b"\x28\xb5\x2f\xfd\x00\x58" + b"\xab" * 30)
    assert problem_of(path) == (
        f"{path}:0: a member of the package cannot be decompressed "
        "(zstd decompress error: Data corruption detected)"
    )


def test_an_unreadable_version_is_refused(tmp_path):
    path = tmp_path / "new.apkg"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("meta", b"\x08")
        archive.writestr("collection.anki21b", b"")
    assert problem_of(path) == (
        f"{path}:0: the package's version (its 'meta' member) is not readable"
    )


def test_protobuf_fields_reads_varints_and_bytes_and_refuses_garbage():
    assert anki.protobuf_fields(b"\x08\x96\x01\x12\x02hi\x1d\x00\x00\x00\x00") == [
        (1, 150),
        (2, b"hi"),
    ]
    with pytest.raises(ValueError, match="runs past the end"):
        anki.protobuf_fields(b"\x12\x05hi")
    with pytest.raises(ValueError, match="wire type 7 is not known"):
        anki.protobuf_fields(b"\x0f")


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (b"not a zip", "not an Anki package (it is not a zip archive)"),
        (None, "not an Anki package: it holds no collection.anki2 or .anki21"),
    ],
)
def test_files_that_are_not_packages_are_refused(tmp_path, content, expected):
    path = tmp_path / "x.apkg"
    if content is None:
        buffer = io.BytesIO()
        with zipfile.ZipFile(buffer, "w") as archive:
            archive.writestr("readme.txt", "hello")
        content = buffer.getvalue()
    path.write_bytes(content)
    assert problem_of(path) == f"{path}:0: {expected}"


def test_damaged_collection_is_refused(make_apkg, tmp_path):
    path = tmp_path / "bad.apkg"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("collection.anki2", b"SQLite format 3\x00" + b"\xff" * 1000)
    assert problem_of(path).startswith(f"{path}:0: the collection in the package cannot be read")


def test_media_list_that_is_not_json_is_refused(make_apkg):
    path = make_apkg([{"fields": ["Q", "A"]}], media_list=b"\x0a\x03abc")
    assert problem_of(path) == f"{path}:0: the package's media list is not readable (not JSON)"


def test_basic_model_is_the_fixture_default():
    assert BASIC["flds"][0]["name"] == "Front"
