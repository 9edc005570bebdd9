import csv
import io
from pathlib import Path

import pytest

from quizapp.core.errors import QuestionFileError
from quizapp.core.formats import delimited, registry
from quizapp.core.formats.imported import ImportOptions
from quizapp.core.formats.native import parse_question_file
from quizapp.core.model import QuestionType
from quizapp.core.qtypes import question_to_record

DATA = Path(__file__).parent.parent / "data"
IMPORT = DATA / "import"


def parse(path: Path, **options):
    return delimited.parse(path, ImportOptions(**options))


def problems(tmp_path: Path, text: str, name: str = "q.csv") -> list[str]:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    with pytest.raises(QuestionFileError) as caught:
        parse(path)
    return [f"{p.path.name}:{p.line}: {p.message}" for p in caught.value.problems]


def test_header_file_holds_every_type():
    questions = parse(IMPORT / "every-type.csv").sets[0].questions
    by_id = {q.id: q for q in questions}
    assert {q.type for q in questions} == set(QuestionType)
    assert str(by_id["csv-flash"].explanation) == 'Founded 1967, in "Bangkok".'
    assert by_id["csv-flash"].tags == ("basics", "names")
    assert by_id["csv-flash"].difficulty == 1
    assert by_id["csv-single"].payload.correct == frozenset({1})  # answer given as the letter B
    assert by_id["csv-multi"].payload.correct == frozenset({0, 2})
    assert [str(a) for a in by_id["csv-short"].payload.alternatives] == [
        "Republic of Singapore",
        "SG",
    ]
    assert (by_id["csv-num"].payload.number, by_id["csv-num"].payload.tolerance) == (10, 0.5)
    assert [(str(a), str(b)) for a, b in by_id["csv-match"].payload.pairs][1] == (
        "Art. 13",
        "National Secretariats",
    )
    assert str(by_id["csv-order"].explanation) == "A multi-line\nexplanation."
    assert questions[-1].id == "every-type-1181d0b814"  # no id column value: hash of the prompt


def test_two_column_tsv_with_quotes_is_read_as_flashcards():
    questions = parse(IMPORT / "terms.tsv").sets[0].questions
    assert [(str(q.prompt), str(q.payload.answer)) for q in questions][1] == (
        "Bangkok, 1967",
        'Where ASEAN was founded; "Bangkok Declaration"',
    )
    assert {q.type for q in questions} == {QuestionType.FLASHCARD}


def test_separator_is_detected_and_term_definition_header_is_known():
    questions = parse(IMPORT / "semicolon.csv").sets[0].questions
    assert [(str(q.prompt), str(q.payload.answer)) for q in questions] == [
        ("Jakarta", "Secretariat")
    ]


@pytest.mark.parametrize(
    ("encoding", "bom"), [("utf-8", b""), ("utf-8", b"\xef\xbb\xbf"), ("utf-16-le", b"\xff\xfe")]
)
def test_byte_order_marks_and_windows_line_endings(tmp_path, encoding, bom):
    path = tmp_path / "cards.csv"
    text = 'Jakarta,"Seat of the\nSecretariat"\r\nBangkok,Founding city\r\n'
    path.write_bytes(bom + text.encode(encoding))
    questions = parse(path).sets[0].questions
    assert [(str(q.prompt), str(q.payload.answer)) for q in questions] == [
        ("Jakarta", "Seat of the\nSecretariat"),
        ("Bangkok", "Founding city"),
    ]


def test_chosen_separator_wins(tmp_path):
    path = tmp_path / "cards.csv"
    path.write_text("a,b|c,d\n")
    question = parse(path, separator="|").sets[0].questions[0]
    assert (str(question.prompt), str(question.payload.answer)) == ("a,b", "c,d")


def test_same_row_twice_is_skipped_and_look_alikes_get_ids_from_their_content(tmp_path):
    path = tmp_path / "cards.csv"
    path.write_text("Q,A\nQ,A\nQ,B\n")
    parsed = parse(path)
    ids = [q.id for q in parsed.sets[0].questions]
    assert len(ids) == 2
    assert all(i.startswith("cards-8e35c2cd3b-") for i in ids)
    assert [f"{s.line}: {s.reason}" for s in parsed.skipped] == [
        "2: the same question as on line 1"
    ]
    path.write_text("Q,B\nQ,C\n")  # the first look-alike deleted, another added
    again = [q.id for q in parse(path).sets[0].questions]
    assert again[0] == ids[1]
    assert again[1] not in ids


CASES = [
    (
        "unknown-column",
        "prompt,answer,colour\nP,A,red\n",
        [
            "q.csv:1: unknown column 'colour' (known: id, type, topic, difficulty, prompt, answer, "
            "options, alternatives, tolerance, explanation, tags); choose each column's role"
        ],
    ),
    (
        "no-answer-column",
        "prompt,tags\nP,t\n",
        ["q.csv:1: no 'answer' column (the header names the columns; see the docs)"],
    ),
    (
        "column-twice",
        "prompt,question,answer\nP,Q,A\n",
        ["q.csv:1: column 'prompt' is named twice"],
    ),
    (
        "three-columns",
        "a,b\nc,d,e\n",
        ["q.csv:2: expected 2 columns (term and definition) as in the first row, found 3"],
    ),
    ("blank-definition", "a,b\nc,\n", ["q.csv:2: the definition is blank"]),
    (
        "bad-type",
        "prompt,answer,type\nP,A,essay\n",
        [
            "q.csv:2: unknown type 'essay' (expected one of: flashcard, single_choice, "
            "multiple_answer, true_false, short_answer, numeric, cloze, matching, ordering)"
        ],
    ),
    (
        "not-an-option",
        "prompt,answer,options\nP,Z,a|b\n",
        ["q.csv:2: answer 'Z' is not one of the options"],
    ),
    (
        "truth",
        "prompt,answer,type\nP,maybe,true_false\n",
        ["q.csv:2: a true_false answer must be true or false, found 'maybe'"],
    ),
    (
        "number",
        "prompt,answer,type\nP,ten,numeric\n",
        ["q.csv:2: answer: expected a number, found text"],
    ),
    (
        "pair",
        "prompt,options,type\nP,a|b,matching\n",
        ["q.csv:2: a matching pair must be 'left -> right', found 'a'"],
    ),
    (
        "difficulty",
        "prompt,answer,difficulty\nP,A,5\n",
        ["q.csv:2: difficulty must be 1, 2 or 3, found 5"],
    ),
    (
        "two-answers",
        "prompt,answer,options,type\nP,a|b,a|b,single_choice\n",
        ["q.csv:2: single_choice needs one answer, found 2"],
    ),
    (
        "id-twice",
        "id,prompt,answer\nq1,P,A\nq1,Q,B\n",
        ["q.csv:3: question id 'q1' is already used on line 2"],
    ),
    (
        "id-without-letters",
        "id,prompt,answer\n#_#,P,A\n",
        ["q.csv:2: the question id '#_#' has no letter or digit"],
    ),
    ("empty", "\n\n", ["q.csv:1: the file holds no rows"]),
]


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_broken_csv_is_refused_with_file_and_line(tmp_path, text, expected):
    assert problems(tmp_path, text) == expected


def test_every_problem_is_reported_including_a_broken_quote():
    with pytest.raises(QuestionFileError) as caught:
        parse(IMPORT / "broken.csv")
    assert [f"{p.line}: {p.message}" for p in caught.value.problems] == [
        "3: the prompt is blank",
        "4: expected 2 columns as in the header, found 3",
        "5: not valid CSV: unexpected end of data",
    ]


def test_file_that_is_not_utf8_is_read_as_windows_1252_and_says_so(tmp_path):
    path = tmp_path / "q.csv"
    path.write_bytes("a,b\nc,d\n\xe9t\xe9,x\n".encode("latin-1"))
    parsed = parse(path)
    assert parsed.encoding == "Windows-1252 (cp1252)"
    assert str(parsed.sets[0].questions[2].prompt) == "été"


def test_bytes_that_no_encoding_reads_are_refused(tmp_path):
    path = tmp_path / "q.csv"
    path.write_bytes(b"a,b\nc,d\n\xe9t\x81,x\n")
    with pytest.raises(QuestionFileError) as caught:
        parse(path)
    assert str(caught.value) == (
        f"{path}:3: not UTF-8 text (byte 0xe9 cannot be read); save the file as UTF-8 and "
        "import it again"
    )


def test_too_large_file_is_refused(tmp_path):
    path = tmp_path / "q.csv"
    path.write_text("a,b\n" * 100)
    with pytest.raises(QuestionFileError) as caught:
        parse(path, max_text_bytes=100)
    assert str(caught.value) == f"{path}:0: the file is larger than 100 bytes; it was not read"


def test_writing_csv_reads_back_every_type(tmp_path):
    original = parse_question_file(DATA / "types" / "all-types.yaml")
    path = tmp_path / "all-types.csv"
    path.write_text(delimited.write_set(original)[0], encoding="utf-8", newline="")
    again = parse(path).sets[0]

    def primary_only(question):
        record = question_to_record(question)
        return {k: v for k, v in record.items() if k != "source"}

    def first_language(value):
        if (
            isinstance(value, dict)
            and "en" in value
            and all(isinstance(v, str) for v in value.values())
        ):
            return {"en": value["en"]}
        if isinstance(value, dict):
            return {k: first_language(v) for k, v in value.items()}
        if isinstance(value, list):
            return [first_language(v) for v in value]
        return value

    assert [primary_only(q) for q in again.questions] == [
        first_language(primary_only(q)) for q in original.questions
    ]


def test_formula_like_cells_are_guarded_in_the_csv_and_read_back_as_written(tmp_path):
    path = tmp_path / "f.csv"
    path.write_text('prompt,answer\n=HYPERLINK("x"),-3 degrees\nWhat is -5?,-5\n')
    original = parse(path).sets[0]
    written = delimited.write_set(original)[0]
    cells = [(row["prompt"], row["answer"]) for row in csv.DictReader(io.StringIO(written))]
    assert cells == [('\'=HYPERLINK("x")', "'-3 degrees"), ("What is -5?", "-5")]
    again_path = tmp_path / "again.csv"
    again_path.write_text(written, encoding="utf-8", newline="")
    again = parse(again_path).sets[0]
    assert [(q.prompt.get("en"), q.payload.answer.get("en")) for q in again.questions] == [
        ('=HYPERLINK("x")', "-3 degrees"),
        ("What is -5?", "-5"),
    ]


def test_a_first_line_that_never_ends_is_named_and_shows_no_sample(tmp_path):
    path = tmp_path / "q.csv"
    path.write_text('"Which year?,1967\n', encoding="utf-8")
    assert problems(tmp_path, path.read_text()) == [
        "q.csv:1: not valid CSV: unexpected end of data"
    ]
    assert registry.sample_table(path, None, ImportOptions()) == delimited.TableSample(
        [], [], False
    )


def test_a_stray_carriage_return_does_not_stop_telling_the_separator():
    assert delimited.detect("a\tb\rc\nd\te\n") == ","  # no separator reads it: the default
    assert delimited.detect("a\tb\nc\td\n") == "\t"


def test_blank_terms_and_definitions_are_named(tmp_path):
    text = " \tthe definition\nBangkok\t \n"
    assert problems(tmp_path, text, "terms.tsv") == [
        "terms.tsv:1: the term is blank",
        "terms.tsv:2: the definition is blank",
    ]


def test_a_row_longer_than_its_header_is_named(tmp_path):
    assert problems(tmp_path, "prompt,answer\nq,a,extra\n") == [
        "q.csv:2: expected 2 columns as in the header, found 3"
    ]


def test_chosen_columns_without_a_prompt_are_refused(tmp_path):
    path = tmp_path / "q.csv"
    path.write_text("q,a,topic\n", encoding="utf-8")
    with pytest.raises(QuestionFileError) as caught:
        parse(path, columns=("answer", "explanation", "topic"))
    assert [str(p.message) for p in caught.value.problems] == [
        "no column is the prompt (the question)"
    ]


def test_a_multiple_choice_row_with_two_answers_becomes_multiple_answer(tmp_path):
    path = tmp_path / "q.csv"
    path.write_text(
        'question,type,answer,option 1,option 2,option 3\nWhich?,Multiple Choice,"1,3",A,B,C\n',
        encoding="utf-8",
    )
    question = parse(path).sets[0].questions[0]
    assert question.type is QuestionType.MULTIPLE_ANSWER
    assert question.payload.correct == frozenset({0, 2})
