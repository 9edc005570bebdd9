"""Moodle XML: every type our questions hold, images, feedback, losses noted, unsafe XML refused."""

from pathlib import Path

import pytest

from quizapp.core.errors import QuestionFileError
from quizapp.core.formats import moodlexml
from quizapp.core.formats.imported import ImportOptions
from quizapp.core.formats.registry import detect_format
from quizapp.core.model import QuestionType

DATA = Path(__file__).parent.parent / "data" / "import"
EVERY_TYPE = DATA / "moodle-every-type.xml"


@pytest.fixture(scope="module")
def parsed():
    return moodlexml.parse(EVERY_TYPE, ImportOptions())


@pytest.fixture(scope="module")
def by_id(parsed):
    return {q.id.removeprefix("moodle-every-type-"): q for q in parsed.sets[0].questions}


def problems(tmp_path: Path, text: str) -> list[str]:
    path = tmp_path / "q.xml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(QuestionFileError) as caught:
        moodlexml.parse(path, ImportOptions())
    return [f"{p.path.name}:{p.line}: {p.message}" for p in caught.value.problems]


def quiz(body: str) -> str:
    return f'<?xml version="1.0" encoding="UTF-8"?>\n<quiz>\n{body}\n</quiz>\n'


def test_every_type_our_questions_hold_is_read(parsed, by_id):
    assert parsed.format == "moodle-xml"
    assert list(by_id) == [
        "sec-city-01",
        "founders",
        "charter-signed",
        "secretariat-short",
        "members-in-2024",
        "levels",
        "which-flag",
        "charter-cloze",
    ]
    assert {q.type for q in parsed.sets[0].questions} == {
        QuestionType.SINGLE_CHOICE,
        QuestionType.MULTIPLE_ANSWER,
        QuestionType.TRUE_FALSE,
        QuestionType.SHORT_ANSWER,
        QuestionType.NUMERIC,
        QuestionType.MATCHING,
        QuestionType.CLOZE,
    }


def test_multichoice_keeps_html_as_text_feedback_category_tags_and_idnumber(by_id):
    question = by_id["sec-city-01"]
    assert str(question.prompt) == "In which city is the ASEAN Secretariat?"
    assert [str(o) for o in question.payload.options] == ["Jakarta", "Bangkok", "Java"]
    assert question.payload.correct == frozenset({0})
    assert str(question.topic) == "ASEAN basics"
    assert question.tags == ("secretariat", "first-week")
    assert str(question.explanation) == (
        "It moved into a new building in 2019.\n"
        "Jakarta: Right: since 1976.\n"
        "Bangkok: ASEAN was founded there."
    )


def test_several_answers_with_credit_make_a_multiple_answer_question(by_id):
    question = by_id["founders"]
    assert question.type is QuestionType.MULTIPLE_ANSWER
    assert question.payload.correct == frozenset({0, 1})


def test_true_false_puts_the_right_answers_feedback_first(by_id):
    question = by_id["charter-signed"]
    assert question.payload.truth is True
    assert str(question.explanation) == "Yes, on 20 November 2007.\nIt was 2007, not 2008."


def test_short_answer_keeps_exact_answers_and_the_catch_all_feedback(by_id):
    question = by_id["secretariat-short"]
    assert str(question.payload.answer) == "Jakarta"
    assert [str(a) for a in question.payload.alternatives] == ["Djakarta"]
    assert str(question.explanation) == "Any other answer: Think of Indonesia's capital."


def test_numerical_keeps_tolerance(by_id):
    question = by_id["members-in-2024"]
    assert (question.payload.number, question.payload.tolerance) == (10.0, 1.0)


def test_matching_right_hand_answers_may_repeat(by_id):
    question = by_id["levels"]
    assert [(str(a), str(b)) for a, b in question.payload.pairs] == [
        ("ASEAN Secretariat", "regional"),
        ("ASEAN Summit", "regional"),
        ("National Secretariat", "national"),
    ]


def test_base64_image_is_kept_with_its_description_and_subcategory(parsed, by_id):
    question = by_id["which-flag"]
    assert str(question.prompt) == (
        "Whose flag is this?\n\n[image: red white.png | a flag, red above white]"
    )
    assert str(question.topic) == "ASEAN basics/Flags"
    assert [(m.name, m.data[:8]) for m in parsed.media] == [("red white.png", b"\x89PNG\r\n\x1a\n")]


def test_embedded_answers_become_typed_and_chosen_gaps(by_id):
    question = by_id["charter-cloze"]
    assert str(question.prompt) == (
        "The ASEAN Charter was signed in {{Singapore}} in {{2007}} and entered into force in "
        "{{2008|~2010|~2012}}."
    )
    assert str(question.explanation) == "Singapore: Right"


def test_what_cannot_be_kept_is_skipped_or_noted_with_its_line(parsed):
    assert [str(s).removeprefix(str(DATA) + "/") for s in parsed.skipped] == [
        "moodle-every-type.xml:228: an essay question cannot be graded by the app",
        "moodle-every-type.xml:238: a description (text with no answers) is not a question",
        "moodle-every-type.xml:248: a Moodle 'calculatedsimple' question has no place in the app",
    ]
    assert [f"{n.line}: {n.reason}" for n in parsed.notes] == [
        "16: partial credit for 'Java' (50%) is not kept; it counts as wrong",
        "62: the penalties for wrong choices are not kept",
        "113: the answer 'Jakart*' is left out: the app cannot match Moodle's '*' wildcard",
        "140: the answer 11 (50% credit) is not kept",
        "140: the units are not kept: type the number alone",
        "166: the extra right-hand answer 'global' is not kept",
        "215: 'Singapura' (50% credit) is not kept as an accepted answer",
    ]


def test_importing_twice_gives_the_same_ids(parsed):
    again = moodlexml.parse(EVERY_TYPE, ImportOptions())
    assert [q.id for q in again.sets[0].questions] == [q.id for q in parsed.sets[0].questions]


def test_xml_files_are_told_by_extension_and_by_content(tmp_path):
    assert detect_format(EVERY_TYPE) == "moodle-xml"
    renamed = tmp_path / "export.txt"
    renamed.write_bytes(EVERY_TYPE.read_bytes())
    assert detect_format(renamed) == "moodle-xml"


def test_a_document_type_is_refused_so_entities_cannot_expand(tmp_path):
    bomb = (
        '<?xml version="1.0"?>\n<!DOCTYPE quiz [<!ENTITY a "aaaaaaaaaa">'
        '<!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>\n<quiz>&b;</quiz>\n'
    )
    assert problems(tmp_path, bomb) == [
        "q.xml:1: the XML declares a document type, which Moodle never writes"
    ]


def test_deep_nesting_is_refused(tmp_path):
    assert problems(tmp_path, "<quiz>" + "<a>" * 100 + "</a>" * 100 + "</quiz>") == [
        "q.xml:1: the XML nests deeper than 32 levels; refused as unsafe"
    ]


def test_broken_xml_names_its_line(tmp_path):
    assert problems(tmp_path, quiz('<question type="truefalse">\n<name>')) == [
        "q.xml:5: not well-formed XML at column 3 (mismatched tag)"
    ]


def test_another_xml_document_is_not_taken_for_moodle(tmp_path):
    assert problems(tmp_path, "<html><body/></html>") == [
        "q.xml:1: not a Moodle XML file: it starts with <html>, not <quiz>"
    ]


def test_a_question_without_a_right_answer_is_a_problem(tmp_path):
    question = (
        '<question type="multichoice"><name><text>No right</text></name>\n'
        "<questiontext><text>Pick</text></questiontext>\n"
        '<answer fraction="0"><text>a</text></answer><answer fraction="0"><text>b</text></answer>'
        "</question>"
    )
    assert problems(tmp_path, quiz(question)) == [
        "q.xml:3: no answer gets full credit (fraction 100)"
    ]


def test_a_gap_with_several_right_choices_skips_its_question(tmp_path):
    path = tmp_path / "q.xml"
    path.write_text(
        quiz(
            '<question type="cloze"><questiontext><text>'
            "Pick {1:MULTIRESPONSE:%50%a~%50%b~c} and type {1:SA:=x}</text></questiontext>"
            "</question>\n"
            '<question type="truefalse"><questiontext><text>Sky is blue</text></questiontext>'
            '<answer fraction="100"><text>true</text></answer>'
            '<answer fraction="0"><text>false</text></answer></question>'
        ),
        encoding="utf-8",
    )
    parsed = moodlexml.parse(path, ImportOptions())
    assert [str(s.reason) for s in parsed.skipped] == [
        "a gap with several right choices cannot be a cloze gap"
    ]
    assert [str(q.prompt) for q in parsed.sets[0].questions] == ["Sky is blue"]


def test_two_images_with_one_name_and_different_content_both_stay(tmp_path):
    png = EVERY_TYPE.read_text(encoding="utf-8").split('encoding="base64">')[1].split("<")[0]
    gif = "R0lGODlhAQABAAAAACw="  # "GIF89a" and a few bytes: a GIF by its signature
    questions = "\n".join(
        f'<question type="truefalse"><questiontext format="html"><text><![CDATA['
        f'Statement {n} <img src="@@PLUGINFILE@@/pic.png">]]></text>'
        f'<file name="pic.png" path="/" encoding="base64">{data}</file></questiontext>'
        '<answer fraction="100"><text>true</text></answer>'
        '<answer fraction="0"><text>false</text></answer></question>'
        for n, data in ((1, png), (2, gif))
    )
    path = tmp_path / "q.xml"
    path.write_text(quiz(questions), encoding="utf-8")
    parsed = moodlexml.parse(path, ImportOptions())
    names = [m.name for m in parsed.media]
    assert len(names) == 2
    assert names[0] == "pic.png"
    assert names[1].endswith("-pic.png")
    assert [str(q.prompt) for q in parsed.sets[0].questions] == [
        "Statement 1 [image: pic.png]",
        f"Statement 2 [image: {names[1]}]",
    ]


def test_a_numerical_gap_that_is_not_a_number_is_a_problem(tmp_path):
    question = (
        '<question type="cloze"><questiontext><text>Year {1:NM:=1967:x}</text></questiontext>'
        "</question>"
    )
    assert problems(tmp_path, quiz(question)) == [
        "q.xml:3: the gap answer '1967:x' is not a number"
    ]
