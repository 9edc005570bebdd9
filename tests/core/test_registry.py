from pathlib import Path

import pytest

from quizapp.core.errors import QuestionFileError
from quizapp.core.formats.imported import ImportOptions
from quizapp.core.formats.registry import detect_format, parse_file

DATA = Path(__file__).parent.parent / "data"

CONTENT_CASES = [
    ("aiken", "Where?\nA) Jakarta\nB) Bangkok\nANSWER: A\n"),
    ("gift", "// comment\n::t::Where?{=Jakarta ~Bangkok}\n"),
    ("gift", "True?{T}\n"),
    ("anki-text", "#separator:tab\n#html:true\nQ\tA\n"),
    ("anki-text", "Q\tA\nQ2\tA2\n"),
    ("yaml", "format: quizapp/1\nset: {id: s, title: S}\n"),
]


@pytest.mark.parametrize(("expected", "text"), CONTENT_CASES, ids=[c[0] for c in CONTENT_CASES])
def test_format_is_told_from_the_content_of_a_txt_file(tmp_path, expected, text):
    path = tmp_path / "questions.txt"
    path.write_text(text, encoding="utf-8")
    assert detect_format(path) == expected


@pytest.mark.parametrize(
    ("name", "expected"),
    [("a.CSV", "csv"), ("a.tsv", "tsv"), ("a.gift", "gift"), ("a.yml", "yaml"), ("a.apkg", "apkg")],
)
def test_format_is_told_from_the_extension(tmp_path, name, expected):
    assert detect_format(tmp_path / name) == expected


def test_zip_content_is_an_anki_package(tmp_path):
    path = tmp_path / "deck.bin"
    path.write_bytes(b"PK\x03\x04rest")
    assert detect_format(path) == "apkg"


def test_unknown_content_asks_for_the_format(tmp_path):
    path = tmp_path / "notes.txt"
    path.write_text("Just some prose.\nNothing else.\n")
    with pytest.raises(QuestionFileError) as caught:
        detect_format(path)
    assert str(caught.value) == (
        f"{path}:1: cannot tell the format of this file; choose the file's format "
        "(yaml, csv, tsv, gift, aiken, apkg, anki-text, moodle-xml, spreadsheet)"
    )


def test_missing_file_is_reported(tmp_path):
    with pytest.raises(QuestionFileError) as caught:
        parse_file(tmp_path / "gone.txt", None, ImportOptions())
    assert (
        str(caught.value)
        == f"{tmp_path / 'gone.txt'}:0: cannot read the file: No such file or directory"
    )


def test_named_format_wins_over_the_extension(tmp_path):
    path = tmp_path / "cards.txt"
    path.write_text("Q;A\n")
    parsed = parse_file(path, "csv", ImportOptions())
    assert parsed.format == "csv"
    assert str(parsed.sets[0].questions[0].payload.answer) == "A"


def test_our_yaml_is_imported_with_its_ids_or_into_a_named_set():
    parsed = parse_file(DATA / "types" / "all-types.yaml", None, ImportOptions())
    assert parsed.sets[0].id == "all-types"
    assert parsed.lines["t-flash"] == 10
    moved = parse_file(DATA / "types" / "all-types.yaml", None, ImportOptions(set_name="My Class"))
    assert {q.set_id for q in moved.sets[0].questions} == {"my-class"}
    assert str(moved.sets[0].title) == "My Class"
