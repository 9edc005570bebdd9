from pathlib import Path

import pytest

from quizapp.core.errors import QuestionFileError
from quizapp.core.formats import gift
from quizapp.core.formats.imported import ImportOptions
from quizapp.core.model import QuestionSet, QuestionType, Text
from quizapp.core.qtypes import question_to_record

DATA = Path(__file__).parent.parent / "data" / "import"


@pytest.fixture(scope="module")
def parsed():
    return gift.parse(DATA / "every-type.gift", ImportOptions())


@pytest.fixture(scope="module")
def by_id(parsed):
    return {q.id: q for q in parsed.sets[0].questions}


def problems(tmp_path: Path, text: str) -> list[str]:
    path = tmp_path / "q.gift"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(QuestionFileError) as caught:
        gift.parse(path, ImportOptions())
    return [f"{p.path.name}:{p.line}: {p.message}" for p in caught.value.problems]


def test_every_gift_type_is_read(parsed, by_id):
    assert parsed.sets[0].id == "every-type"
    assert {q.type for q in parsed.sets[0].questions} == {
        QuestionType.SINGLE_CHOICE,
        QuestionType.MULTIPLE_ANSWER,
        QuestionType.TRUE_FALSE,
        QuestionType.SHORT_ANSWER,
        QuestionType.CLOZE,
        QuestionType.NUMERIC,
        QuestionType.MATCHING,
    }
    assert len(parsed.sets[0].questions) == 12


def test_multiple_choice_with_feedback_and_category(by_id):
    question = by_id["every-type-secretariat-city"]
    assert [str(o) for o in question.payload.options] == ["Jakarta", "Bangkok", "Manila"]
    assert question.payload.correct == frozenset({0})
    assert str(question.topic) == "ASEAN basics"
    assert str(question.explanation) == (
        "Jakarta: Right: since 1976.\nBangkok: ASEAN was founded there."
    )


def test_true_false_keeps_both_feedbacks_right_one_first_and_moodle_tags(by_id):
    question = by_id["every-type-charter-signed"]
    assert question.payload.truth is True
    assert str(question.explanation) == "Yes, on 20 November 2007.\nIt was 2008."
    assert question.tags == ("charter", "dates")


def test_weights_make_a_multiple_answer_question_and_general_feedback_leads(by_id):
    question = by_id["every-type-founders"]
    assert question.type is QuestionType.MULTIPLE_ANSWER
    assert question.payload.correct == frozenset({0, 1})
    assert str(question.explanation) == (
        "Five countries signed the Bangkok Declaration.\nVietnam: Vietnam joined in 1995."
    )


def test_short_answer_keeps_full_credit_answers_and_notes_partial_ones(parsed, by_id):
    question = by_id["every-type-secretariat-short"]
    assert str(question.payload.answer) == "Jakarta"
    assert [str(a) for a in question.payload.alternatives] == ["Djakarta"]
    assert [f"{n.line}: {n.reason}" for n in parsed.notes] == [
        "17: 'Java' (50% credit) is not kept as an accepted answer",
        "29: the extra right-hand answer 'global' is not kept",
        "35: the image 'http://example.org/x.png' is left out: only a set's own media show",
    ]


def test_missing_word_becomes_a_blank_or_a_cloze(parsed):
    prompts = {str(q.prompt): q for q in parsed.sets[0].questions}
    choice = prompts["The Secretariat is in _____, the capital of Indonesia."]
    assert choice.type is QuestionType.SINGLE_CHOICE
    cloze = prompts["Article 13 asks for ASEAN {{National Secretariats|National Secretariat}}."]
    assert cloze.type is QuestionType.CLOZE


def test_numeric_exact_tolerance_and_range(parsed, by_id):
    assert (
        by_id["every-type-founding-year"].payload.number,
        by_id["every-type-founding-year"].payload.tolerance,
    ) == (1967, 0)
    prompts = {str(q.prompt): q for q in parsed.sets[0].questions}
    assert (
        prompts["Members in 2024?"].payload.number,
        prompts["Members in 2024?"].payload.tolerance,
    ) == (10, 1)
    ranged = prompts["Name a year in the Charter's decade."]
    assert (ranged.payload.number, ranged.payload.tolerance) == (2004.5, 4.5)


def test_matching_pairs(by_id):
    question = by_id["every-type-levels"]
    assert [(str(a), str(b)) for a, b in question.payload.pairs] == [
        ("ASEAN Secretariat", "regional"),
        ("National Secretariat", "national"),
    ]


def test_html_is_sanitised_to_plain_text(parsed):
    question = next(q for q in parsed.sets[0].questions if str(q.prompt).startswith("Which tag"))
    assert str(question.prompt) == "Which tag is bold?"
    assert str(question.explanation) == "b: b for bold."


def test_every_escape(parsed):
    question = next(q for q in parsed.sets[0].questions if str(q.prompt).startswith("Escapes"))
    assert str(question.prompt) == (
        "Escapes: a {brace}, a ~tilde, an = equals, a # hash and a back\\slash?"
    )
    assert [str(o) for o in question.payload.options] == ["{x}~=#\\", "plain"]


def test_essay_and_description_are_skipped_with_a_reason(parsed):
    assert [f"{s.line}: {s.reason}" for s in parsed.skipped] == [
        "41: an essay question cannot be graded by the app",
        "43: a description (text with no answers) is not a question",
    ]


def test_titles_give_stable_ids_and_untitled_questions_hash_their_prompt(tmp_path):
    path = tmp_path / "q.gift"
    path.write_text("::Capital::Where?{=Jakarta}\n\nWhen?{#1967}\n")
    first = [q.id for q in gift.parse(path, ImportOptions()).sets[0].questions]
    path.write_text("::Capital::Where is it?{=Jakarta =Djakarta}\n\nwhen?  {#1967:1}\n")
    again = [q.id for q in gift.parse(path, ImportOptions()).sets[0].questions]
    assert first == again == ["q-capital", "q-ddc4d58539"]


CASES = [
    (
        "unclosed",
        "Where? {=Jakarta ~Bangkok\n",
        "q.gift:1: '{' opens the answers but no '}' closes them (write \\{ for a brace)",
    ),
    (
        "no-credit",
        "Where? {~Bangkok ~Manila}\n",
        "q.gift:1: no answer gets full credit (mark the right one with '=')",
    ),
    (
        "bad-number",
        "How many? {#many}\n",
        "q.gift:1: 'many' is not a number, number:tolerance or min..max",
    ),
    (
        "one-pair",
        "Match {=a -> b}\n",
        "q.gift:1: pairs must be a list of at least 2 {left, right} entries",
    ),
    (
        "bad-start",
        "Where? {Jakarta =Bangkok}\n",
        "q.gift:1: answers must start with '=' or '~', found 'Jakarta =Bangkok'",
    ),
    (
        "two-blocks",
        "A {=a} b {=c}\n",
        "q.gift:1: more than one answer block in a question (write \\{ or \\} for a brace)",
    ),
    (
        "title",
        "::Unclosed title Where? {=a}\n",
        "q.gift:1: the title starts with '::' but has no closing '::'",
    ),
    ("repeated-option", "\n\nWhere? {=a ~a}\n", "q.gift:3: options (en) repeat 'a'"),
    (
        "too-many-options",
        "W? {=a ~b ~c ~d ~e ~f ~g ~h ~i}\n",
        "q.gift:1: at most 8 options, found 9",
    ),
    ("empty", "// only a comment\n", "q.gift:1: no questions found (read as gift)"),
    ("numeric-no-credit", "N {#=%50%3}\n", "q.gift:1: no numeric answer gets full credit"),
    (
        "id-without-letters",
        "// [id:_.-]\nQ {=a}\n",
        "q.gift:2: the question id '_.-' has no letter or digit",
    ),
]


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_broken_gift_is_refused_with_file_and_line(tmp_path, text, expected):
    assert problems(tmp_path, text) == [expected]


def test_every_problem_of_a_file_is_reported_together():
    with pytest.raises(QuestionFileError) as caught:
        gift.parse(DATA / "broken.gift", ImportOptions())
    assert [f"{p.line}: {p.message}" for p in caught.value.problems] == [
        "1: '{' opens the answers but no '}' closes them (write \\{ for a brace)",
        "3: no answer gets full credit (mark the right one with '=')",
        "5: 'many' is not a number, number:tolerance or min..max",
        "7: pairs must be a list of at least 2 {left, right} entries",
        "9: answers must start with '=' or '~', found 'Jakarta =Bangkok'",
    ]


def test_writing_gift_reads_back_the_same_questions(parsed, tmp_path):
    original = parsed.sets[0]
    text, left_out = gift.write_set(original)
    assert left_out == []
    path = tmp_path / "every-type.gift"
    path.write_text(text, encoding="utf-8")
    again = gift.parse(path, ImportOptions()).sets[0]
    assert [question_to_record(q) for q in again.questions] == [
        question_to_record(q) for q in original.questions
    ]


def test_writing_gift_leaves_out_what_it_cannot_carry(tmp_path):
    from quizapp.core.formats.native import parse_question_file

    all_types = parse_question_file(
        Path(__file__).parent.parent / "data" / "types" / "all-types.yaml"
    )
    text, left_out = gift.write_set(all_types)
    assert left_out == [
        "t-cloze: GIFT has no cloze question like this",
        "t-order: GIFT has no ordering question like this",
    ]
    path = tmp_path / "all-types.gift"
    path.write_text(text, encoding="utf-8")
    again = {q.id: q for q in gift.parse(path, ImportOptions()).sets[0].questions}
    assert again["t-flash"].type is QuestionType.SHORT_ANSWER  # GIFT has no flashcards
    for question in all_types.questions:
        if question.id in ("t-cloze", "t-order", "t-flash"):
            continue
        kept = again[question.id]
        assert (kept.type, str(kept.prompt), kept.tags) == (
            question.type,
            str(question.prompt),
            question.tags,
        )
        if question.type in (QuestionType.SINGLE_CHOICE, QuestionType.MULTIPLE_ANSWER):
            assert kept.payload.options == tuple(
                Text.plain(str(o)) for o in question.payload.options
            )
            assert kept.payload.correct == question.payload.correct
        elif question.type in (QuestionType.TRUE_FALSE, QuestionType.NUMERIC):
            assert kept.payload == question.payload


def test_escape_round_trips_every_control_character():
    text = "a~b=c#d{e}f:g\\h\ni"
    assert gift.escape(text) == "a\\~b\\=c\\#d\\{e\\}f\\:g\\\\h\\ni"
    question_set = QuestionSet("s", Text.plain("S"))
    assert gift.write_set(question_set) == ("// S\n", [])


def test_question_right_under_a_category_line_is_read(tmp_path):
    path = tmp_path / "q.gift"
    path.write_text("$CATEGORY: $course$/Dates\n::Year::Founded?{#1967}\n")
    question = gift.parse(path, ImportOptions()).sets[0].questions[0]
    assert (question.id, str(question.topic), question.payload.number) == ("q-year", "Dates", 1967)


@pytest.fixture(scope="module")
def moodle_written():
    return gift.parse(DATA / "moodle-written.gift", ImportOptions())


def test_gift_as_moodle_writes_it_is_read_whole(moodle_written):
    questions = {q.id: q for q in moodle_written.sets[0].questions}
    assert list(questions) == [
        "chapter1-q-5",
        "moodle-written-members",
        "moodle-written-levels",
        "moodle-written-capital",
        "moodle-written-typed",
        "moodle-written-lines",
    ]
    ranged = questions["chapter1-q-5"]
    assert (ranged.payload.number, ranged.payload.tolerance, ranged.tags) == (
        3.0,
        2.0,
        ("numbers",),
    )
    assert str(ranged.explanation) == "3:2: Within range.\nAny other answer: Think again."
    assert str(questions["moodle-written-members"].explanation).endswith("Any other answer: No.")
    assert [(str(a), str(b)) for a, b in questions["moodle-written-levels"].payload.pairs] == [
        ("ASEAN Secretariat", "regional"),
        ("ASEAN Summit", "regional"),
        ("National Secretariat", "national"),
    ]
    capital = questions["moodle-written-capital"]
    assert str(capital.prompt) == "Which city is the capital of Indonesia?"
    assert [str(o) for o in capital.payload.options] == ["Jakarta", "Bangkok", "Manila"]
    assert str(capital.explanation) == "Jakarta: Yes.\nBangkok: No, that is Thailand's."
    typed = questions["moodle-written-typed"]
    assert (str(typed.payload.answer), typed.payload.alternatives) == ("Jakarta", ())
    assert str(typed.explanation) == "Any other answer: Think of Java's north coast."
    assert str(questions["moodle-written-lines"].prompt) == (
        "First paragraph.\n\nSecond paragraph, after a blank line."
    )


def test_what_moodle_gift_loses_is_noted(moodle_written):
    assert [f"{n.line}: {n.reason}" for n in moodle_written.notes] == [
        "19: the answer 11:0 (50% credit) is not kept",
        "27: the extra right-hand answer 'global' is not kept",
        "44: the answer 'Jakart*' is left out: the app cannot match Moodle's '*' wildcard",
    ]


def test_moodle_gift_round_trips_with_its_blank_lines(moodle_written, tmp_path):
    text, left_out = gift.write_set(moodle_written.sets[0])
    assert left_out == []
    path = tmp_path / "moodle-written.gift"
    path.write_text(text, encoding="utf-8")
    again = gift.parse(path, ImportOptions()).sets[0]
    assert [question_to_record(q) for q in again.questions] == [
        question_to_record(q) for q in moodle_written.sets[0].questions
    ]


def test_a_long_answer_is_read_in_one_pass(tmp_path):
    path = tmp_path / "long.gift"
    long_answer = "word " * 320_000  # 1.6 MB: a quadratic split took 52 s
    path.write_text(f"::Long::Say it all.{{={long_answer}}}\n", encoding="utf-8")
    (question,) = gift.parse(path, ImportOptions()).sets[0].questions
    assert len(str(question.payload.answer)) == len(long_answer.strip())


def test_moodles_pictures_are_read_from_beside_the_file_and_the_missing_ones_noted():
    parsed = gift.parse(DATA / "gift-pictures" / "questions.gift", ImportOptions())
    prompts = [str(q.prompt) for q in parsed.sets[0].questions]
    assert prompts == [
        "Whose flag is this?\n\n[image: red flag.png | red above white]",
        "Which colour is this?\n\n[image: blue.png]",
        "Whose flag?",
        "Which?",
        "Where?",
    ]
    assert {m.name: m.data[:4] for m in parsed.media} == {
        "red flag.png": b"\x89PNG",
        "blue.png": b"\x89PNG",
    }
    reason = "it is not beside the GIFT file (Moodle's GIFT export leaves pictures out)"
    assert [f"{n.line}: {n.reason}" for n in parsed.notes] == [
        f"12: the picture 'gone.png' is left out: {reason}",
        "14: the picture 'notes.png' is left out: it is not a PNG, JPEG, GIF or WebP picture",
        f"16: the picture '../every-type.gift' is left out: {reason}",
    ]


def test_a_picture_outside_the_gift_files_folder_is_not_read(tmp_path):
    (tmp_path / "secret.png").write_bytes((DATA / "gift-pictures" / "blue.png").read_bytes())
    (tmp_path / "class").mkdir()
    (tmp_path / "class" / "link.png").symlink_to(tmp_path / "secret.png")
    path = tmp_path / "class" / "q.gift"
    path.write_text(
        '<p>A<img src\\="@@PLUGINFILE@@/../secret.png"></p>{=a}\n\n'
        '<p>B<img src\\="@@PLUGINFILE@@/link.png"></p>{=b}\n\n'
        f'<p>C<img src\\="@@PLUGINFILE@@/{tmp_path}/secret.png"></p>{{=c}}\n',
        encoding="utf-8",
    )
    parsed = gift.parse(path, ImportOptions())
    assert parsed.media == ()
    assert [str(q.prompt) for q in parsed.sets[0].questions] == ["A", "B", "C"]
    assert len(parsed.notes) == 3
