"""Tables from other tools: Kahoot, Quizizz, Moodle's CSV format, Quizlet, Excel's encodings."""

import io
import zipfile
from pathlib import Path

import pytest

from quizapp.core.errors import QuestionFileError
from quizapp.core.formats.imported import ImportOptions, Layout
from quizapp.core.formats.registry import detect_format, parse_file
from quizapp.core.model import QuestionType
from quizapp.core.qtypes import kind_of

TABLES = Path(__file__).parent.parent / "data" / "import" / "tables"


def read(name: str, **options):
    return parse_file(TABLES / name, None, ImportOptions(**options))


def summary(parsed) -> list[tuple[str, str, list[str], str]]:
    return [
        (
            q.type.value,
            str(q.prompt),
            [str(o) for o, _ in kind_of(q).options(q.payload)],
            str(q.payload.answer)
            if hasattr(q.payload, "answer")
            else ",".join(str(o) for o, right in kind_of(q).options(q.payload) if right),
        )
        for q in parsed.sets[0].questions
    ]


def test_kahoot_spreadsheet_with_instructions_above_its_header():
    parsed = read("kahoot.xlsx")
    assert parsed.format == "spreadsheet"
    assert summary(parsed) == [
        (
            "single_choice",
            "Where is the ASEAN Secretariat?",
            ["Bangkok", "Jakarta", "Manila", "Hanoi"],
            "Jakarta",
        ),
        (
            "multiple_answer",
            "Which countries founded ASEAN?",
            ["Indonesia", "Vietnam", "Thailand"],
            "Indonesia,Thailand",
        ),
        ("single_choice", "ASEAN was founded in 1967.", ["True", "False"], "True"),
    ]
    assert [parsed.lines[q.id] for q in parsed.sets[0].questions] == [4, 5, 6]


def test_quizizz_opendocument_sheet_with_its_question_types():
    parsed = read("quizizz.ods")
    assert summary(parsed) == [
        (
            "single_choice",
            "Where is the ASEAN Secretariat?",
            ["Bangkok", "Jakarta", "Manila"],
            "Jakarta",
        ),
        ("multiple_answer", "Which are ASEAN members?", ["Laos", "Japan", "Brunei"], "Laos,Brunei"),
        ("short_answer", "Type the capital of Indonesia.", [], "Jakarta"),
    ]
    assert str(parsed.sets[0].questions[0].explanation) == "Since 1976."
    assert [f"{s.line}: {s.reason}" for s in parsed.skipped] == [
        "5: a question of type 'Open-Ended' has no right answer to check",
        "6: a question of type 'Poll' has no right answer to check",
    ]


def test_moodle_csv_question_format_names_right_options_by_letter():
    parsed = read("moodle-csv-plugin.csv")
    assert summary(parsed) == [
        (
            "single_choice",
            "Where is the ASEAN Secretariat?",
            ["Bangkok", "Jakarta", "Manila", "Hanoi"],
            "Jakarta",
        ),
        (
            "multiple_answer",
            "Which countries founded ASEAN?",
            ["Indonesia", "Vietnam", "Thailand", "Laos"],
            "Indonesia,Thailand",
        ),
    ]
    assert str(parsed.sets[0].questions[0].explanation) == "Right: since 1976."


def test_quizlet_text_with_bars_is_told_and_read_as_terms():
    assert detect_format(TABLES / "quizlet-bar.txt") == "csv"
    parsed = read("quizlet-bar.txt")
    assert [(str(q.prompt), str(q.payload.answer)) for q in parsed.sets[0].questions] == [
        ("Jakarta", "capital of Indonesia"),
        ("Bangkok", "capital of Thailand"),
        ("Vientiane", "capital of Laos"),
    ]


@pytest.mark.parametrize(
    ("name", "encoding", "prompt", "answer"),
    [
        ("excel-cp1252.csv", "Windows-1252 (cp1252)", "Who wrote “Noli Me Tángere”?", "José Rizal"),
        ("unicode-text.txt", "UTF-16 (Unicode text)", "Capital of Việt Nam?", "Hà Nội"),
        ("moodle-csv-plugin.csv", "UTF-8", "Where is the ASEAN Secretariat?", ""),
    ],
)
def test_encodings_are_told_and_named(name, encoding, prompt, answer):
    parsed = read(name)
    assert parsed.encoding == encoding
    found = {str(q.prompt): str(getattr(q.payload, "answer", "")) for q in parsed.sets[0].questions}
    assert found[prompt] == answer


def test_unknown_columns_are_refused_once_with_what_to_do():
    with pytest.raises(QuestionFileError) as caught:
        read("korean-vocabulary.csv")
    assert [f"{p.line}: {p.message}" for p in caught.value.problems] == [
        "1: the first row is not a header we know and the rows have 3 columns; choose each "
        "column's role"
    ]


def test_columns_named_by_the_teacher():
    parsed = read("korean-vocabulary.csv", columns=("prompt", "answer", "explanation"))
    first = parsed.sets[0].questions[1]
    assert (str(first.prompt), str(first.payload.answer), str(first.explanation)) == (
        "사과",
        "apple",
        "사과를 먹어요",
    )
    # Not told that the first row names the columns, and it is no header we know: it is data.
    assert len(parsed.sets[0].questions) == 4
    with_header = read("korean-vocabulary.csv", columns=("answer", "prompt", ""), has_header=True)
    assert [str(q.prompt) for q in with_header.sets[0].questions] == ["apple", "water", "school"]


def test_a_remembered_layout_is_used_for_a_file_laid_out_the_same_way():
    first = read("korean-vocabulary.csv", columns=("prompt", "answer", ""), has_header=True)
    layouts = {first.layout: Layout(("prompt", "answer", ""), True)}
    again = read("korean-vocabulary.csv", layouts=layouts)
    assert [q.type for q in again.sets[0].questions] == [QuestionType.FLASHCARD] * 3


def test_a_role_we_do_not_know_is_refused():
    with pytest.raises(QuestionFileError) as caught:
        read("korean-vocabulary.csv", columns=("prompt", "colour", "answer"))
    assert [str(p.message) for p in caught.value.problems] == [
        "unknown column role 'colour' (known: id, type, topic, difficulty, prompt, answer, "
        "options, alternatives, tolerance, explanation, tags, option, or empty to skip)"
    ]


def test_not_a_spreadsheet_is_refused(tmp_path):
    path = tmp_path / "sheet.xlsx"
    path.write_bytes(b"just text")
    with pytest.raises(QuestionFileError) as caught:
        parse_file(path, None, ImportOptions())
    assert str(caught.value) == f"{path}:0: not a spreadsheet (it is not an .xlsx or .ods file)"


def test_a_zip_needing_a_newer_zip_version_is_not_a_spreadsheet(tmp_path):
    """Found by the fuzz test: Python's zipfile raises NotImplementedError for such a zip."""
    packed = io.BytesIO()
    with zipfile.ZipFile(packed, "w") as archive:
        archive.writestr("xl/workbook.xml", "<workbook/>")
    data = bytearray(packed.getvalue())
    central = data.index(b"PK\x01\x02")
    data[central + 6] = 64  # the version needed to extract: 6.4, newer than zipfile knows
    path = tmp_path / "sheet.xlsx"
    path.write_bytes(bytes(data))
    with pytest.raises(QuestionFileError) as caught:
        parse_file(path, None, ImportOptions())
    assert str(caught.value) == f"{path}:0: not a spreadsheet (it is not an .xlsx or .ods file)"
