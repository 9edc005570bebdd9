from pathlib import Path

import pytest

from quizapp.core.errors import QuestionFileError
from quizapp.core.formats import aiken
from quizapp.core.formats.imported import ImportOptions
from quizapp.core.formats.native import parse_question_file

DATA = Path(__file__).parent.parent / "data"
IMPORT = DATA / "import"


def test_questions_are_read_as_plain_text_with_multi_line_stems():
    questions = aiken.parse(IMPORT / "questions.aiken.txt", ImportOptions()).sets[0].questions
    first, second = questions
    assert str(first.prompt) == "The Moodle-style text: <html> & more:"
    assert [str(o) for o in first.payload.options] == ["Jakarta", "Bangkok", "Manila"]
    assert first.payload.correct == frozenset({0})
    assert str(second.prompt) == "Which year\nwas ASEAN founded?"
    assert second.payload.correct == frozenset({0})  # 'ANSWER: a' in lower case


def test_broken_file_is_refused_with_every_problem():
    with pytest.raises(QuestionFileError) as caught:
        aiken.parse(IMPORT / "broken.aiken.txt", ImportOptions())
    assert [f"{p.path.name}:{p.line}: {p.message}" for p in caught.value.problems] == [
        "broken.aiken.txt:1: question 'Too few options' has 1 option; it needs at least 2",
        "broken.aiken.txt:5: option 'A) Orphan option' comes before any question text",
        "broken.aiken.txt:8: question 'Not finished' has no 'ANSWER:' line "
        "(it ends where line 12 starts another)",
        "broken.aiken.txt:13: an option needs a space after 'A)': 'A)One'",
        "broken.aiken.txt:20: 'ANSWER: C' must name one of the options A to B",
        "broken.aiken.txt:24: expected option B, found 'C) Two'",
        "broken.aiken.txt:27: question 'Last one' has no 'ANSWER:' line (the file ends)",
    ]


def test_answer_before_options_is_refused(tmp_path):
    path = tmp_path / "q.txt"
    path.write_text("Question\nANSWER: A\n")
    with pytest.raises(QuestionFileError) as caught:
        aiken.parse(path, ImportOptions())
    assert str(caught.value) == f"{path}:2: 'ANSWER:' comes before the question's options"


def test_writing_aiken_keeps_choice_questions_and_names_the_others(tmp_path):
    all_types = parse_question_file(DATA / "types" / "all-types.yaml")
    text, left_out = aiken.write_set(all_types)
    assert text.startswith("Pick one.\nA) No\nB) yes\nC) 2007-11-20\nANSWER: A\n\nTrue?\n")
    assert len(left_out) == 7
    path = tmp_path / "q.txt"
    path.write_text(text)
    again = aiken.parse(path, ImportOptions()).sets[0].questions
    assert [str(q.prompt) for q in again] == ["Pick one.", "True?"]


def test_a_repeated_option_is_dropped_from_its_question_alone():
    parsed = aiken.parse(IMPORT / "duplicated-option.aiken.txt", ImportOptions())
    first, *others = parsed.sets[0].questions
    assert [str(o) for o in first.payload.options] == ["Jakarta", "Bangkok"]
    assert first.payload.correct == frozenset({0})
    assert len(others) == 4
    assert [f"{n.line}: {n.reason}" for n in parsed.notes] == [
        "1: option C repeats option A ('Jakarta'); it is left out"
    ]


def test_too_many_options_and_options_that_are_all_one_are_refused(tmp_path):
    path = tmp_path / "q.txt"
    nine = "".join(f"{letter}) option {letter}\n" for letter in "ABCDEFGHI")
    path.write_text(f"Nine?\n{nine}ANSWER: A\n\nSame?\nA) x\nB) x\nANSWER: A\n")
    with pytest.raises(QuestionFileError) as caught:
        aiken.parse(path, ImportOptions())
    assert [f"{p.line}: {p.message}" for p in caught.value.problems][:1] == [
        "1: question 'Nine?' has 9 options; at most 8"
    ]
    assert len(caught.value.problems) == 2  # 'Same?' keeps one option once the repeat is left out


def test_only_questions_aiken_keeps_are_named_as_joined():
    all_types = parse_question_file(DATA / "types" / "all-types.yaml")
    assert aiken.joined_lines(all_types) == []
