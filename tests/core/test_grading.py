from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from quizapp.core.formats.native import parse_question_file
from quizapp.core.grading import (
    adjustable_ratings,
    can_claim_right,
    correct_answer_text,
    describe_response,
    grade,
    hint,
    rating_for,
    response_from_json,
    response_to_json,
    slow_after_ms,
)
from quizapp.core.model import Rating
from quizapp.core.qtypes.cloze import Gaps, gap_answers, gap_choices
from quizapp.core.qtypes.matching import Pairs
from quizapp.core.qtypes.numeric import parse_number
from quizapp.core.qtypes.ordering import Order
from quizapp.core.qtypes.short_answer import Typed, allowed_typos, match_typed, normalise
from quizapp.core.qtypes.single_choice import Picked
from quizapp.core.qtypes.true_false import Truth

DATA = Path(__file__).parent.parent / "data"


@pytest.fixture(scope="module")
def q():
    """The questions of tests/data/types/all-types.yaml by id."""
    questions = parse_question_file(DATA / "types" / "all-types.yaml").questions
    return {question.id: question for question in questions}


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("  Ha  Nội! ", "ha noi"),
        ("Kuala-Lumpur", "kuala lumpur"),
        ("ÉCOLE", "ecole"),
        ("Law No. 38/2008", "law no 38 2008"),
        ("", ""),
    ],
)
def test_normalise_folds_case_accents_punctuation_and_spaces(typed, expected):
    assert normalise(typed) == expected


def test_typed_answer_accepts_alternatives_in_either_language(q):
    for typed in ("singapore", "  SINGAPORE. ", "Republic of Singapore", "Singapura"):
        assert grade(q["t-short"], Typed(typed), "id").correct, typed
    assert grade(q["t-short"], Typed("Singapura"), "en").correct  # primary and learner's both count
    assert not grade(q["t-short"], Typed("Jakarta"), "en").correct


def test_small_typo_is_accepted_and_shown(q):
    result = grade(q["t-short"], Typed("Singapure"), "en")  # u for o
    assert result.correct
    assert result.difference.expected == "Singapore"
    assert result.difference.edits == (
        ("same", "singap"),
        ("extra", "u"),
        ("missing", "o"),
        ("same", "re"),
    )
    assert grade(q["t-short"], Typed("Singapore"), "en").difference.edits == ()


@pytest.mark.parametrize(
    ("typed", "accepted", "matches"),
    [
        ("jakrta", "Jakarta", True),
        ("jkrta", "Jakarta", False),
        ("asen", "ASEAN", True),
        ("aes", "AES", True),
        ("aex", "AES", False),
        ("Law 38/2009", "Law 38/2008", False),
        ("Lw 38/2008", "Law 38/2008", True),
        ("", "Jakarta", False),
    ],
)
def test_typos_are_tolerated_by_length_but_never_in_digits(typed, accepted, matches):
    assert (match_typed(typed, [accepted]) is not None) is matches


@given(st.text(min_size=1, max_size=30))
def test_any_answer_matches_itself_in_any_case(text):
    if normalise(text):
        assert match_typed(text.upper(), [text]) is not None


@given(st.text(alphabet="abcdefghij", min_size=8, max_size=14), st.integers(0, 7))
def test_one_deleted_letter_is_accepted_in_long_answers(word, position):
    assert allowed_typos(word) >= 1
    assert match_typed(word[:position] + word[position + 1 :], [word]) is not None


@pytest.mark.parametrize(
    ("typed", "value"),
    [
        ("2007", 2007.0),
        (" 2 007 ", 2007.0),
        ("3,5", 3.5),
        ("-1.25", -1.25),
        ("1,000.5", None),
        ("twenty", None),
        ("", None),
    ],
)
def test_numbers_are_read_with_a_decimal_point_or_comma(typed, value):
    assert parse_number(typed) == value


@pytest.mark.parametrize(
    ("typed", "right"),
    [
        ("2007", True),
        ("2008", True),
        ("2006", True),
        ("2009", False),
        ("2007.5", True),
        ("x", False),
    ],
)
def test_numeric_answers_within_the_tolerance_are_right(q, typed, right):
    assert grade(q["t-num"], Typed(typed), "en").correct is right


def test_single_choice(q):
    assert grade(q["t-single"], Picked(frozenset({0})), "en").rating is Rating.GOOD
    wrong = grade(q["t-single"], Picked(frozenset({1})), "en")
    assert (wrong.correct, wrong.score, wrong.rating) == (False, 0.0, Rating.AGAIN)


@pytest.mark.parametrize(
    ("picked", "score"),
    [({0, 2}, 1.0), ({0}, 0.5), ({0, 1}, 0.0), ({0, 1, 2}, 0.5), (set(), 0.0), ({1}, 0.0)],
)
def test_multiple_answer_partial_credit_is_shown_but_rated_again(q, picked, score):
    result = grade(q["t-multi"], Picked(frozenset(picked)), "en")
    assert result.score == score
    assert result.rating is (Rating.GOOD if score == 1.0 else Rating.AGAIN)


def test_true_false(q):
    assert grade(q["t-tf"], Truth(True), "en").correct
    assert not grade(q["t-tf"], Truth(False), "en").correct


def test_cloze_gaps_accept_alternatives_and_the_learner_language(q):
    assert grade(q["t-cloze"], Gaps(("13", "national secretariat")), "en").correct
    assert grade(q["t-cloze"], Gaps(("13", "Sekretariat Nasional")), "id").correct
    half = grade(q["t-cloze"], Gaps(("12", "National Secretariats")), "en")
    assert (half.correct, half.score) == (False, 0.5)
    with pytest.raises(ValueError, match="expected 2 gaps, got 1"):
        grade(q["t-cloze"], Gaps(("13",)), "en")


def test_matching_and_ordering_score_each_place(q):
    assert grade(q["t-match"], Pairs((0, 1)), "en").correct
    assert grade(q["t-match"], Pairs((1, 0)), "en").score == 0.0
    assert grade(q["t-match"], Pairs((0, -1)), "en").score == 0.5
    assert grade(q["t-order"], Order((0, 1, 2)), "en").correct
    assert grade(q["t-order"], Order((0, 2, 1)), "en").score == pytest.approx(1 / 3)


def test_a_response_of_the_wrong_shape_is_refused(q):
    with pytest.raises(ValueError, match="a Typed response does not fit a single_choice question"):
        grade(q["t-single"], Typed("No"), "en")


def test_rating_rules():
    assert rating_for(False) is Rating.AGAIN
    assert rating_for(True) is Rating.GOOD
    assert rating_for(True, hinted=True) is Rating.HARD
    assert rating_for(True, slow=True) is Rating.HARD


def test_slow_or_hinted_right_answers_are_hard(q):
    question = q["t-short"]
    assert grade(question, Typed("Singapore"), "en", hinted=True).rating is Rating.HARD
    slow = slow_after_ms(question) + 1
    assert grade(question, Typed("Singapore"), "en", elapsed_ms=slow).rating is Rating.HARD
    assert grade(question, Typed("Singapore"), "en", elapsed_ms=slow - 2).rating is Rating.GOOD


def test_recognised_answers_may_not_be_raised_to_easy_but_recalled_ones_may(q):
    right_choice = grade(q["t-single"], Picked(frozenset({0})), "en")
    assert adjustable_ratings(q["t-single"], right_choice) == (
        Rating.AGAIN,
        Rating.HARD,
        Rating.GOOD,
    )
    right_typed = grade(q["t-short"], Typed("Singapore"), "en")
    assert adjustable_ratings(q["t-short"], right_typed) == (Rating.HARD, Rating.GOOD, Rating.EASY)
    wrong_typed = grade(q["t-short"], Typed("Paris"), "en")
    assert adjustable_ratings(q["t-short"], wrong_typed) == ()
    assert can_claim_right(q["t-short"], wrong_typed)
    assert not can_claim_right(q["t-single"], grade(q["t-single"], Picked(frozenset({1})), "en"))


def test_hints_show_first_letters(q):
    assert hint(q["t-short"], "en") == "S…"
    assert hint(q["t-cloze"], "en") == "1… / N… S…"
    assert hint(q["t-num"], "en") == "2…"


@pytest.mark.parametrize(
    "response",
    [
        Picked(frozenset({2, 0})),
        Truth(False),
        Typed("x"),
        Gaps(("a", "b")),
        Pairs((1, 0, -1)),
        Order((2, 0, 1)),
    ],
)
def test_responses_survive_the_review_log(response):
    data = response_to_json(response)
    assert response_from_json(data) == response
    assert response_from_json({"regraded_from": 1, "response": data}) == response


def test_responses_are_described_for_the_exam_walk_through(q):
    assert describe_response(q["t-multi"], Picked(frozenset({2, 0})), "en") == "a\nc"
    assert describe_response(q["t-tf"], Truth(False), "id") == "Salah"
    assert describe_response(q["t-match"], Pairs((1, -1)), "en") == (
        "Art. 11 → National Secretariats\nArt. 13 → –"
    )
    assert describe_response(q["t-order"], Order((2, 0, 1)), "en") == "1. 2008\n2. 1967\n3. 2007"


def test_a_chosen_gap_offers_its_answer_among_distractors(tmp_path):
    path = tmp_path / "chosen.yaml"
    path.write_text(
        "format: quizapp/1\nset: {id: s, title: S}\nquestions:\n"
        "  - id: q1\n    type: cloze\n"
        "    prompt: {en: 'Based in {{Jakarta|~Bangkok|~Manila}}.', "
        "id: 'Berkedudukan di {{Jakarta|~Bangkok|~Manila}}.'}\n"
    )
    question = parse_question_file(path).questions[0]
    assert gap_choices(question, 0, "en") == ["Jakarta", "Bangkok", "Manila"]
    assert gap_answers(question, 0, "en") == ["Jakarta", "Jakarta"]
    assert grade(question, Gaps(("Jakarta",)), "en").correct
    assert not grade(question, Gaps(("Bangkok",)), "en").correct
    assert correct_answer_text(question, "id") == "Berkedudukan di Jakarta."
    assert (
        gap_choices(parse_question_file(DATA / "types" / "all-types.yaml").questions[6], 0, "en")
        is None
    )
