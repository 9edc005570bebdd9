"""A linter for the built-in bank: habits of a careless question writer, caught before release.

It reads only questions/. Each rule prints every offender, so one run shows all there is to fix.
"""

import re
from itertools import combinations

import pytest
from rapidfuzz import fuzz

from quizapp.core.formats.native import load_question_files
from quizapp.core.model import Question, QuestionType, Text
from quizapp.core.paths import builtin_bank_dir
from quizapp.core.qtypes import kind_of
from quizapp.core.qtypes.cloze import GAP_PATTERN, split_gap
from quizapp.core.qtypes.short_answer import normalise

LANGUAGES = ("en", "id")

SAME_FORM_SIMILARITY = 88
"""Two prompts of one type this similar (0-100, after normalising) ask the same thing."""

ENGLISH_WORDS = frozenset(
    """the of and is are was were which what who whom with for from that this these those by to in
    on its it be been has have had not or an as at into than their they does do did how why when
    where will would can should must headquarters outreach focal secretariat national regulation
    ministry foreign affairs summit council committee community public leaders meeting statement
    decree law representative representatives permanent mission coordination cooperation
    union""".split()
)
"""Words that mark English: none of them is an Indonesian word."""

QUOTED = re.compile(r"'[^']*'|\"[^\"]*\"|‘[^’]*’|“[^”]*”")
"""A quoted title or name may stay in its own language."""

ORDINAL = re.compile(r"^(?:(\d+)(?:st|nd|rd|th)|ke ?(\d+))$")

ABBREVIATIONS = {
    "committee of permanent representatives": "cpr",
    "asean intergovernmental commission on human rights": "aichr",
    "komisi antarpemerintah asean untuk hak asasi manusia": "aichr",
    "peraturan presiden": "perpres",
    "keputusan presiden": "keppres",
    "peraturan menteri luar negeri": "permenlu",
    "keputusan menteri luar negeri": "kepmenlu",
    "undang undang": "uu",
    "sekretariat nasional": "setnas",
    "perutusan tetap republik indonesia": "ptri",
    "jalan": "jl",
    "journal of asean studies": "jas",
}
"""Official long forms and their abbreviations: a typed answer must accept both."""


@pytest.fixture(scope="module")
def bank():
    return load_question_files([builtin_bank_dir()])


def in_language(text: Text, language: str) -> str:
    return text.values.get(language, "")


def shown_prompt(question: Question, language: str) -> str:
    """The prompt as the learner sees it: a cloze shows blanks, not its answers."""
    return GAP_PATTERN.sub(" _____ ", in_language(question.prompt, language))


def gap_answers(question: Question, language: str) -> list[list[str]]:
    """The accepted answers of each gap of a cloze, in one language."""
    gaps = GAP_PATTERN.findall(in_language(question.prompt, language))
    return [split_gap(gap)[0] for gap in gaps]


def answers_to_keep_hidden(question: Question, language: str) -> list[str]:
    """The answers a learner must recall, which no other prompt of the set may print.

    Typed answers (numbers, short answers, typed gaps) are recalled. A picked answer is on the
    screen anyway, so only a picked number or date counts: a prompt that prints it elsewhere
    in the set, such as "the 47th Summit (Kuala Lumpur, 2025)", still gives it away.
    """
    if question.type is QuestionType.NUMERIC:
        return [f"{question.payload.number:g}"]
    if question.type is QuestionType.SHORT_ANSWER:
        return [in_language(question.payload.answer, language)]
    if question.type is QuestionType.CLOZE:
        gaps = GAP_PATTERN.findall(in_language(question.prompt, language))
        return [split_gap(gap)[0][0] for gap in gaps if not split_gap(gap)[1]]
    if question.type is QuestionType.SINGLE_CHOICE:
        picked = [
            in_language(question.payload.options[index], language)
            for index in question.payload.correct
        ]
        return [answer for answer in picked if re.search(r"\d", answer)]
    return []


def printed_in(answer: str, text: str) -> bool:
    """Whether ``answer`` appears in ``text`` as whole words (a number also before a suffix)."""
    answer, text = normalise(answer), normalise(text)
    if not answer:
        return False
    if answer.isdigit():
        return re.search(rf"(?<!\d){answer}(?!\d)", text) is not None
    return re.search(rf"(?<!\w){re.escape(answer)}(?!\w)", text) is not None


def test_no_answer_is_printed_in_another_prompt_of_its_set(bank):
    given_away = []
    for question_set in bank:
        for question, other in (
            pair for pair in combinations(question_set.questions, 2) for pair in (pair, pair[::-1])
        ):
            for language in LANGUAGES:
                prompt = shown_prompt(other, language)
                for answer in answers_to_keep_hidden(question, language):
                    if printed_in(answer, prompt):
                        given_away.append((question.id, answer, other.id))
    assert given_away == []


def test_no_two_questions_ask_the_same_thing_in_the_same_form(bank):
    questions = [q for question_set in bank for q in question_set.questions]
    repeated = []
    for first, second in combinations(questions, 2):
        if first.type is not second.type:
            continue
        similarity = fuzz.token_sort_ratio(
            normalise(shown_prompt(first, "en")), normalise(shown_prompt(second, "en"))
        )
        if similarity >= SAME_FORM_SIMILARITY:
            repeated.append((first.id, second.id, round(similarity)))
    assert repeated == []


def learner_texts(question: Question) -> list[tuple[str, Text, bool]]:
    """Each text with a label, and whether it is a short item that may be a name or title."""
    texts: list[tuple[str, Text, bool]] = [("prompt", question.prompt, False)]
    if question.explanation is not None:
        texts.append(("explanation", question.explanation, False))
    texts += [("answer", t, True) for t in kind_of(question).texts(question.payload)]
    if question.topic is not None:
        texts.append(("topic", question.topic, False))
    return texts


def english_words_in(text: str) -> list[str]:
    unquoted = QUOTED.sub(" ", GAP_PATTERN.sub(" ", text))
    words = re.findall(r"(?<![\w-])[a-z]+", unquoted.casefold())  # not the "an" of "1990-an"
    return [word for word in words if word in ENGLISH_WORDS]


def test_every_indonesian_text_is_indonesian(bank):
    english_left = []
    for question_set in bank:
        for text in (question_set.title, question_set.description):
            if text is not None and english_words_in(in_language(text, "id")):
                english_left.append((question_set.id, in_language(text, "id")))
        for question in question_set.questions:
            for label, text, may_be_a_name in learner_texts(question):
                indonesian = in_language(text, "id")
                if may_be_a_name and indonesian == in_language(text, "en"):
                    continue  # a name or title, the same in both languages
                words = english_words_in(indonesian)
                if words:
                    english_left.append((question.id, label, words))
    assert english_left == []


def accepted_typed_answers(question: Question, language: str) -> list[list[str]]:
    """Per typed blank, everything the app accepts from a learner in ``language``."""
    if question.type is QuestionType.SHORT_ANSWER:
        texts = [question.payload.answer, *question.payload.alternatives]
        return [[in_language(t, lang) for t in texts for lang in (language, "en")]]
    if question.type is QuestionType.CLOZE:
        own, primary = gap_answers(question, language), gap_answers(question, "en")
        choose = [split_gap(g)[1] for g in GAP_PATTERN.findall(in_language(question.prompt, "en"))]
        return [a + b for a, b, chosen in zip(own, primary, choose, strict=True) if not chosen]
    return []


def missing_variants(accepted: list[str], prompt: str = "") -> list[str]:
    """Natural variants of the accepted answers that the app would reject.

    A variant printed in the prompt is not wanted: a question asking for the abbreviation of a
    long form it names must not accept that long form.
    """
    given = {normalise(a) for a in accepted}
    wanted = set()
    for answer in given:
        ordinal = ORDINAL.match(answer)
        if ordinal:
            wanted.add(ordinal.group(1) or ordinal.group(2))
        for long_form, short_form in ABBREVIATIONS.items():
            has_long = re.search(rf"(?<!\w){long_form}(?!\w)", answer)
            has_short = re.search(rf"(?<!\w){short_form}(?!\w)", answer)
            if has_long and not has_short:
                wanted.add(re.sub(rf"(?<!\w){long_form}(?!\w)", short_form, answer))
            if has_short and not has_long:
                wanted.add(re.sub(rf"(?<!\w){short_form}(?!\w)", long_form, answer))
    shown = normalise(prompt)
    return sorted(
        w for w in wanted - given if not re.search(rf"(?<!\w){re.escape(w)}(?!\w)", shown)
    )


def test_typed_answers_accept_natural_variants(bank):
    rejected = []
    for question_set in bank:
        for question in question_set.questions:
            for language in LANGUAGES:
                prompt = " ".join(shown_prompt(question, lang) for lang in LANGUAGES)
                for accepted in accepted_typed_answers(question, language):
                    missing = missing_variants(accepted, prompt)
                    if missing:
                        rejected.append((question.id, language, missing))
    assert rejected == []


@pytest.mark.parametrize(
    ("accepted", "missing"),
    [
        (["43rd"], ["43"]),
        (["43rd", "43"], []),
        (["ke-43"], ["43"]),
        (["Committee of Permanent Representatives"], ["cpr"]),
        (["CPR", "Committee of Permanent Representatives"], []),
        (["Jl. Sisingamangaraja"], ["jalan sisingamangaraja"]),
        (["2023"], []),
        (["Kepmenlu"], ["keputusan menteri luar negeri"]),
        (["JAS (Journal of ASEAN Studies)"], []),
    ],
)
def test_the_variant_rule_finds_what_a_learner_would_type(accepted, missing):
    assert missing_variants(accepted) == missing


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Kompleks itu diberi nama ASEAN Headquarters.", ["headquarters"]),
        ("Kompleks itu diberi nama 'ASEAN Headquarters'.", []),
        ("Sekretariat Nasional adalah titik pusat koordinasi.", []),
        ("Kegiatan public outreach bersama.", ["public", "outreach"]),
    ],
)
def test_the_language_rule_tells_english_from_indonesian(text, words):
    assert english_words_in(text) == words


@pytest.mark.parametrize(
    ("answer", "text", "printed"),
    [
        ("43rd", "At the 43rd Summit", True),
        ("43", "At the 43rd Summit", True),
        ("11", "since 2011", False),
        ("Jakarta", "In Jakarta's south", True),
        ("Bali", "Balikpapan", False),
    ],
)
def test_the_give_away_rule_matches_whole_words_and_numbers(answer, text, printed):
    assert printed_in(answer, text) is printed
