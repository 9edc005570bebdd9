"""Paper worksheets: every type laid out, the key apart, a class's variant shuffled by its seed."""

from pathlib import Path

from quizapp.core.formats.native import parse_question_file
from quizapp.core.worksheet import PAGE_BREAK, build_worksheet

ALL_TYPES = parse_question_file(Path(__file__).parent.parent / "data" / "types" / "all-types.yaml")


def test_every_type_is_printed_with_its_key_on_separate_pages():
    sheet = build_worksheet(ALL_TYPES.questions, "All types")
    assert sheet.html == sheet.questions_html + PAGE_BREAK + sheet.key_html
    assert sheet.questions_html.count("<b>") == len(ALL_TYPES.questions)
    assert "Name: ____________" in sheet.questions_html
    assert sheet.key_html.startswith("<h2>Answer key: All types</h2>")
    for question in ALL_TYPES.questions:
        assert str(question.prompt).split("{{")[0].strip()[:20] in sheet.questions_html.replace(
            "&#x27;", "'"
        )


def test_the_key_names_the_printed_letters_and_gap_answers():
    choice = next(q for q in ALL_TYPES.questions if q.type.value == "single_choice")
    sheet = build_worksheet([choice], "One")
    right = "ABCDEFGH"[min(choice.payload.correct)]
    assert sheet.key_html.endswith(f"<p><b>1.</b> {right}</p>")
    cloze = next(q for q in ALL_TYPES.questions if q.type.value == "cloze")
    assert "(1)" in build_worksheet([cloze], "Gaps").questions_html


def test_a_variant_is_shuffled_by_its_seed_and_the_same_seed_gives_the_same_paper():
    plain = build_worksheet(ALL_TYPES.questions, "S")
    first = build_worksheet(ALL_TYPES.questions, "S", seed=1)
    again = build_worksheet(ALL_TYPES.questions, "S", seed=1)
    other = build_worksheet(ALL_TYPES.questions, "S", seed=2)
    assert first == again
    assert first.questions_html != plain.questions_html
    assert first.questions_html != other.questions_html
    assert "— variant 1</h2>" in first.questions_html


def test_indonesian_worksheet_speaks_indonesian():
    sheet = build_worksheet(ALL_TYPES.questions, "S", language="id", seed=4)
    assert "Nama: ____________" in sheet.questions_html
    assert sheet.key_html.startswith("<h2>Kunci jawaban: S — varian 4</h2>")
