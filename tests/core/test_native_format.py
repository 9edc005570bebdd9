from pathlib import Path

import pytest

from quizapp.core.errors import QuestionFileError
from quizapp.core.formats.native import (
    load_question_files,
    parse_question_file,
    question_from_record,
)
from quizapp.core.model import QuestionType, SetId
from quizapp.core.qtypes import question_to_record

DATA = Path(__file__).parent.parent / "data"

HEADER = "format: quizapp/1\nset: {id: s, title: S}\nsources: {a: A text}\nquestions:\n"


def write(tmp_path: Path, body: str, name: str = "q.yaml", header: str = HEADER) -> Path:
    path = tmp_path / name
    path.write_text(header + body, encoding="utf-8")
    return path


def problems_of(*paths: Path) -> list[str]:
    with pytest.raises(QuestionFileError) as caught:
        load_question_files(paths)
    return [f"{p.path.name}:{p.line}: {p.message}" for p in caught.value.problems]


def test_every_question_type_is_read():
    question_set = parse_question_file(DATA / "types" / "all-types.yaml")
    by_id = {q.id: q for q in question_set.questions}
    assert {q.type for q in question_set.questions} == set(QuestionType)
    assert str(question_set.title) == "Every type"
    assert question_set.title.get("id") == "Semua jenis"
    assert by_id["t-flash"].payload.answer.get("id") == "Belakang"
    assert by_id["t-flash"].tags == ("a", "b")
    assert by_id["t-multi"].payload.correct == frozenset({0, 2})
    assert by_id["t-tf"].payload.truth is True
    assert by_id["t-short"].payload.alternatives[0].get("id") == "Republic of Singapore"
    assert (by_id["t-num"].payload.number, by_id["t-num"].payload.tolerance) == (2007.0, 1.0)
    assert by_id["t-cloze"].source.citation.startswith("Jaya, J. (2025)")
    assert by_id["t-cloze"].source.part == "Abstract"
    assert [str(r) for _, r in by_id["t-match"].payload.pairs] == [
        "Secretary-General",
        "National Secretariats",
    ]
    assert [str(i) for i in by_id["t-order"].payload.items] == ["1967", "2007", "2008"]
    assert by_id["t-order"].difficulty == 3


def test_yaml_words_that_look_like_booleans_or_dates_stay_text():
    question = parse_question_file(DATA / "types" / "all-types.yaml").questions[1]
    assert [str(o) for o in question.payload.options] == ["No", "yes", "2007-11-20"]
    assert question.payload.correct == frozenset({0})


def test_translation_missing_is_shown_in_primary_language():
    question = parse_question_file(DATA / "types" / "all-types.yaml").questions[1]
    assert question.prompt.get("id") == "Pick one."


def test_record_round_trip_keeps_every_field():
    for question in parse_question_file(DATA / "types" / "all-types.yaml").questions:
        assert question_from_record(question_to_record(question), question.set_id) == question


CASES = [
    (
        "bad-type",
        "  - {id: q1, type: essay, prompt: P}\n",
        "q.yaml:5: question 'q1': unknown type 'essay' (expected one of: flashcard, single_choice, "
        "multiple_answer, true_false, short_answer, numeric, cloze, matching, ordering)",
    ),
    (
        "missing-prompt",
        "  - id: q1\n    type: flashcard\n    answer: A\n",
        "q.yaml:5: question is missing 'prompt'",
    ),
    (
        "missing-answer",
        "  - id: q1\n    type: flashcard\n    prompt: P\n",
        "q.yaml:5: question 'q1': type flashcard needs 'answer'",
    ),
    (
        "answer-not-option",
        "  - id: q1\n    type: single_choice\n    prompt: P\n    options: [a, b]\n    answer: c\n",
        "q.yaml:9: question 'q1': answer 'c' is not one of the options",
    ),
    (
        "repeated-option",
        "  - id: q1\n    type: single_choice\n    prompt: P\n    options: [a, a]\n    answer: a\n",
        "q.yaml:8: question 'q1': options (en) repeat 'a'",
    ),
    (
        "unknown-key",
        "  - id: q1\n    type: flashcard\n    prompt: P\n    answer: A\n    hint: h\n",
        "q.yaml:9: question 'q1': unknown key 'hint' for type flashcard",
    ),
    (
        "bad-id",
        "  - id: Q 1\n    type: flashcard\n    prompt: P\n    answer: A\n",
        "q.yaml:5: question id 'Q 1' must be lowercase letters, digits and hyphens",
    ),
    (
        "blank-text",
        "  - id: q1\n    type: flashcard\n    prompt: '  '\n    answer: A\n",
        "q.yaml:7: question 'q1': prompt (en) is blank",
    ),
    (
        "no-primary",
        "  - id: q1\n    type: flashcard\n    prompt: {id: Apa}\n    answer: A\n",
        "q.yaml:7: question 'q1': prompt: no text in the primary language 'en'",
    ),
    (
        "truth-not-bool",
        "  - id: q1\n    type: true_false\n    prompt: P\n    answer: yes\n",
        "q.yaml:8: question 'q1': answer must be true or false",
    ),
    (
        "undeclared-source",
        "  - id: q1\n    type: flashcard\n    prompt: P\n    answer: A\n    source: {text: b}\n",
        "q.yaml:9: question 'q1': source 'b' is not declared under 'sources' (declared: a)",
    ),
    (
        "cloze-without-gap",
        "  - id: q1\n    type: cloze\n    prompt: No gap here\n",
        "q.yaml:7: question 'q1': a cloze prompt needs at least one {{gap}}",
    ),
    (
        "cloze-gap-counts",
        "  - id: q1\n    type: cloze\n    prompt: {en: '{{a}} {{b}}', id: '{{a}}'}\n",
        "q.yaml:7: question 'q1': languages differ in their number of gaps {'en': 2, 'id': 1}",
    ),
    (
        "gap-without-answer",
        "  - id: q1\n    type: cloze\n    prompt: 'In {{~Bangkok|~Manila}}'\n",
        "q.yaml:7: question 'q1': gap 1 (en) has no right answer",
    ),
    (
        "difficulty",
        "  - id: q1\n    type: flashcard\n    prompt: P\n    answer: A\n    difficulty: 5\n",
        "q.yaml:9: question 'q1': difficulty must be 1, 2 or 3, found 5",
    ),
    (
        "negative-tolerance",
        "  - id: q1\n    type: numeric\n    prompt: P\n    answer: 1\n    tolerance: -1\n",
        "q.yaml:9: question 'q1': tolerance must not be negative",
    ),
    (
        "duplicate-key",
        "  - id: q1\n    type: flashcard\n    prompt: P\n    prompt: Q\n    answer: A\n",
        "q.yaml:8: not valid YAML: duplicate key 'prompt' (first on line 7)",
    ),
    (
        "bad-yaml",
        "  - id: q1\n    type: flashcard\n    prompt: [unclosed\n    answer: A\n",
        "q.yaml:8: not valid YAML: expected ',' or ']', but got ':'",
    ),
    (
        "prompt-a-boolean",
        "  - id: q1\n    type: flashcard\n    prompt: true\n    answer: A\n",
        "q.yaml:7: question 'q1': prompt: expected text, found true/false",
    ),
    (
        "prompt-a-list",
        "  - id: q1\n    type: flashcard\n    prompt: [a]\n    answer: A\n",
        "q.yaml:7: question 'q1': prompt: expected text, found a list",
    ),
    (
        "bad-language-code",
        "  - id: q1\n    type: flashcard\n    prompt: {english: P}\n    answer: A\n",
        "q.yaml:7: question 'q1': prompt: 'english' is not a language code like en or id",
    ),
    (
        "translation-not-text",
        "  - id: q1\n    type: flashcard\n    prompt: {en: P, id: [a]}\n    answer: A\n",
        "q.yaml:7: question 'q1': prompt (id): expected text, found a list",
    ),
    (
        "options-not-a-list",
        "  - id: q1\n    type: ordering\n    prompt: P\n    items: a\n",
        "q.yaml:8: question 'q1': items: expected a list, found text",
    ),
    (
        "answer-not-a-number",
        "  - id: q1\n    type: numeric\n    prompt: P\n    answer: many\n",
        "q.yaml:8: question 'q1': answer: expected a number, found text",
    ),
    (
        "tags-not-words",
        "  - id: q1\n    type: flashcard\n    prompt: P\n    answer: A\n    tags: [1]\n",
        "q.yaml:9: question 'q1': tags must be a list of words",
    ),
    (
        "source-not-a-mapping",
        "  - id: q1\n    type: flashcard\n    prompt: P\n    answer: A\n    source: b\n",
        "q.yaml:9: question 'q1': source must be {text: KEY, part: ...}",
    ),
    (
        "source-part-not-text",
        "  - id: q1\n    type: flashcard\n    prompt: P\n    answer: A\n"
        "    source: {text: a, part: [1]}\n",
        "q.yaml:9: question 'q1': source part must be text",
    ),
    (
        "one-pair",
        "  - id: q1\n    type: matching\n    prompt: P\n    pairs: [{left: a, right: b}]\n",
        "q.yaml:8: question 'q1': pairs must be a list of at least 2 {left, right} entries",
    ),
]


@pytest.mark.parametrize(("body", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_malformed_question_is_reported_with_file_and_line(tmp_path, body, expected):
    assert problems_of(write(tmp_path, body)) == [expected]


def test_every_problem_in_every_file_is_reported_together(tmp_path):
    first = write(
        tmp_path,
        "  - {id: q1, type: flashcard, prompt: P}\n"
        "  - {id: q2, type: flashcard, prompt: P, answer: A}\n"
        "  - {id: q3, type: numeric, prompt: P, answer: many}\n",
        "a.yaml",
    )
    write(
        tmp_path,
        "  - {id: q2, type: flashcard, prompt: P, answer: A}\n",
        "b.yaml",
        header=HEADER.replace("id: s,", "id: t,"),
    )
    assert problems_of(first) == [
        "a.yaml:5: question 'q1': type flashcard needs 'answer'",
        "a.yaml:7: question 'q3': answer: expected a number, found text",
    ]
    first.write_text(HEADER + "  - {id: q2, type: flashcard, prompt: P, answer: A}\n")
    assert problems_of(tmp_path) == [f"b.yaml:5: question id 'q2' is already used at {first}:5"]


def test_file_level_problems(tmp_path):
    assert problems_of(write(tmp_path, "", header="format: other\n")) == [
        "q.yaml:1: 'format' must be quizapp/1"
    ]
    assert problems_of(write(tmp_path, "[]", header="")) == [
        "q.yaml:1: expected a mapping with 'format', 'set' and 'questions'"
    ]
    assert problems_of(
        write(tmp_path, "questions: []\n", header="format: quizapp/1\nset: {id: s, title: S}\n")
    ) == ["q.yaml:3: 'questions' must be a non-empty list"]


def test_file_that_is_not_utf8_is_refused(tmp_path):
    path = tmp_path / "q.yaml"
    path.write_bytes(
        HEADER.encode()
        + "  - {id: q1, type: flashcard, prompt: \xe9t\xe9, answer: A}\n".encode("latin-1")
    )
    assert problems_of(path) == ["q.yaml:1: not UTF-8 text (invalid continuation byte)"]


def test_a_list_as_a_key_is_reported_not_a_crash(tmp_path):
    path = tmp_path / "q.yaml"
    path.write_text("format: quizapp/1\n[]: x\n")
    assert problems_of(path) == [
        "q.yaml:2: not valid YAML: a key must be a word, not a list or mapping"
    ]


def test_control_character_is_reported_with_its_line(tmp_path):
    path = write(tmp_path, "  - {id: q1, type: flashcard, prompt: P, answer: A}\n  - x: \x07\n")
    assert problems_of(path) == [
        "q.yaml:6: not valid YAML: special characters are not allowed (character #x0007)"
    ]


def test_byte_order_mark_and_windows_line_endings_are_accepted(tmp_path):
    path = tmp_path / "q.yaml"
    text = HEADER + "  - {id: q1, type: flashcard, prompt: P, answer: A}\n"
    path.write_bytes(b"\xef\xbb\xbf" + text.replace("\n", "\r\n").encode())
    assert [q.id for q in parse_question_file(path).questions] == ["q1"]


def test_folder_is_read_in_name_order_and_other_files_ignored(tmp_path):
    write(
        tmp_path,
        "  - {id: b1, type: flashcard, prompt: P, answer: A}\n",
        "2.yaml",
        header=HEADER.replace("id: s,", "id: two,"),
    )
    write(tmp_path, "  - {id: a1, type: flashcard, prompt: P, answer: A}\n", "1.yml")
    (tmp_path / "notes.txt").write_text("not a question file")
    assert [s.id for s in load_question_files([tmp_path])] == ["s", "two"]


@pytest.mark.parametrize(
    "record",
    [
        {"id": "q1", "type": "flashcard", "prompt": "Capital of Laos?", "answer": "Vientiane"},
        {"id": "q1", "type": "flashcard", "prompt": "Capital?", "answer": 1.5},
        {"id": "q1", "type": "short_answer", "prompt": "Capital?", "answer": "Vientiane"},
        {"id": "q1", "type": "flashcard", "prompt": {"en": "Capital?"}, "answer": "Vientiane"},
    ],
)
def test_plain_flashcard_reads_as_the_full_reader_reads_it(record):
    full = question_from_record({**record, "difficulty": 2}, SetId("s"))  # not the plain shape

    assert question_from_record(record, SetId("s")) == full


@pytest.mark.parametrize(
    ("record", "message"),
    [
        (
            {"id": "q1", "type": "flashcard", "prompt": " ", "answer": "a"},
            "prompt \\(en\\) is blank",
        ),
        ({"id": "Q 1", "type": "flashcard", "prompt": "p", "answer": "a"}, "must be lowercase"),
    ],
)
def test_plain_flashcard_with_a_fault_is_refused_by_the_full_reader(record, message):
    with pytest.raises(QuestionFileError, match=message):
        question_from_record(record, SetId("s"))
