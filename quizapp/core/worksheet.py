"""Paper quizzes: a set or a drawn exam laid out as a worksheet, with its answer key apart.

Pure and Qt-free: this module writes the worksheet as simple HTML (what Qt's text layout
prints well), and :mod:`quizapp.ui.printing` turns it into a PDF. A class's variant comes from
its seed: the order of the questions and of each question's options is shuffled by it, so two
classes sitting side by side get different papers, and printing the same seed again gives the
very same paper and key.
"""

from __future__ import annotations

import html
import random
from collections.abc import Sequence
from dataclasses import dataclass

from quizapp.core.formats.markup import IMAGE_PATTERN
from quizapp.core.formats.native import GAP_PATTERN
from quizapp.core.grading import TRUTH_WORDS, correct_answer_text, gap_answers, gap_count
from quizapp.core.model import Question, QuestionType

WORDS = {
    "en": {
        "name": "Name:",
        "class": "Class:",
        "date": "Date:",
        "key": "Answer key",
        "variant": "variant",
        "tick": "tick every right answer",
    },
    "id": {
        "name": "Nama:",
        "class": "Kelas:",
        "date": "Tanggal:",
        "key": "Kunci jawaban",
        "variant": "varian",
        "tick": "centang semua jawaban yang benar",
    },
}
"""The worksheet's own words in each language the app speaks."""
LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
BLANK = "____________"
PAGE_BREAK = '<div style="page-break-before: always"></div>'
_GAP_MARK = "\ue020"


@dataclass(frozen=True)
class Worksheet:
    """A printable quiz: the questions' pages and the answer key's pages, as HTML."""

    title: str
    questions_html: str
    key_html: str
    pictures: tuple[str, ...]
    """Media names the HTML shows as ``<img src="NAME">``; the printer supplies the images."""

    @property
    def html(self) -> str:
        """Return the whole document: the questions, then the key from a new page."""
        return self.questions_html + PAGE_BREAK + self.key_html


@dataclass(frozen=True)
class _Laid:
    body: str
    key: str


def build_worksheet(
    questions: Sequence[Question],
    title: str,
    *,
    seed: int | None = None,
    language: str = "en",
) -> Worksheet:
    """Lay out questions as a worksheet and its answer key.

    Args:
        questions: the questions, in order (shuffled when ``seed`` is given).
        title: printed at the top of every part.
        seed: the class's variant: shuffles questions and options; None keeps the order.
        language: the language to print in (texts fall back to their own language).

    Returns:
        The worksheet; its key numbers the questions as the worksheet does.
    """
    rng = random.Random(seed)
    ordered = list(questions)
    if seed is not None:
        rng.shuffle(ordered)
    words = WORDS.get(language, WORDS["en"])
    variant = f" — {words['variant']} {seed}" if seed is not None else ""
    labels = (words["name"], words["class"], words["date"])
    lines = " &nbsp; ".join(f"{html.escape(label)} {BLANK}" for label in labels)
    body = [
        f"<h2>{html.escape(title)}{html.escape(variant)}</h2>",
        f"<p>{lines}</p>",
    ]
    key = [f"<h2>{html.escape(words['key'])}: {html.escape(title)}{html.escape(variant)}</h2>"]
    pictures: list[str] = []
    for number, question in enumerate(ordered, start=1):
        laid = _lay_out(question, language, rng if seed is not None else None, pictures, words)
        body.append(f'<p style="margin-top: 14px"><b>{number}.</b> {laid.body}</p>')
        key.append(f"<p><b>{number}.</b> {laid.key}</p>")
    return Worksheet(title, "\n".join(body), "\n".join(key), tuple(dict.fromkeys(pictures)))


def _text(text: str, pictures: list[str]) -> str:
    """Return question text as HTML: escaped, line breaks kept, pictures as images."""
    parts: list[str] = []
    last = 0
    for match in IMAGE_PATTERN.finditer(text):
        parts.append(html.escape(text[last : match.start()]))
        name = match.group(1)
        pictures.append(name)
        description = html.escape(match.group(2) or name, quote=True)
        parts.append(f'<br><img src="{html.escape(name, quote=True)}" alt="{description}"><br>')
        last = match.end()
    parts.append(html.escape(text[last:]))
    return "".join(parts).replace("\n", "<br>")


def _order(count: int, rng: random.Random | None) -> list[int]:
    order = list(range(count))
    if rng is not None:
        rng.shuffle(order)
    return order


def _lay_out(
    question: Question,
    language: str,
    rng: random.Random | None,
    pictures: list[str],
    words: dict[str, str],
) -> _Laid:
    """Return one question's worksheet HTML and its line in the key."""
    prompt = question.prompt.get(language)
    qtype = question.type
    if qtype in (QuestionType.SINGLE_CHOICE, QuestionType.MULTIPLE_ANSWER):
        order = _order(len(question.options), rng)
        options = "".join(
            f"<br>&nbsp;&nbsp;☐ {LETTERS[shown]}. "
            + _text(question.options[i].get(language), pictures)
            for shown, i in enumerate(order)
        )
        right = ", ".join(LETTERS[shown] for shown, i in enumerate(order) if i in question.correct)
        hint = f" <i>({words['tick']})</i>" if qtype is QuestionType.MULTIPLE_ANSWER else ""
        return _Laid(f"{_text(prompt, pictures)}{hint}{options}", right)
    if qtype is QuestionType.TRUE_FALSE:
        true_word, false_word = TRUTH_WORDS.get(language, TRUTH_WORDS["en"])
        choices = f"<br>&nbsp;&nbsp;☐ {true_word} &nbsp;&nbsp; ☐ {false_word}"
        right = html.escape(correct_answer_text(question, language))
        return _Laid(f"{_text(prompt, pictures)}{choices}", right)
    if qtype is QuestionType.CLOZE:
        count = gap_count(question)
        filled = _text(GAP_PATTERN.sub(_GAP_MARK, prompt), pictures)
        for n in range(1, count + 1):
            filled = filled.replace(_GAP_MARK, f"<u>&nbsp;({n})&nbsp;{'&nbsp;' * 16}</u>", 1)
        accepted = [dict.fromkeys(gap_answers(question, n, language)) for n in range(count)]
        answers = "; ".join(
            f"({n}) {html.escape(' / '.join(words))}" for n, words in enumerate(accepted, 1)
        )
        return _Laid(filled, answers)
    if qtype is QuestionType.MATCHING:
        texts = [right.get(language) for _, right in question.pairs]
        shuffled = [texts[i] for i in _order(len(texts), rng)]
        distinct = list(dict.fromkeys(shuffled))  # right-hand answers may repeat: each once
        lefts = "".join(
            f"<br>&nbsp;&nbsp;{n}. {_text(left.get(language), pictures)} &nbsp; → ____"
            for n, (left, _) in enumerate(question.pairs, start=1)
        )
        rights = "".join(
            f"<br>&nbsp;&nbsp;{LETTERS[n]}. {_text(choice, pictures)}"
            for n, choice in enumerate(distinct)
        )
        key = ", ".join(f"{n}–{LETTERS[distinct.index(text)]}" for n, text in enumerate(texts, 1))
        return _Laid(f"{_text(prompt, pictures)}{lefts}<br>{rights}", key)
    if qtype is QuestionType.ORDERING:
        order = _order(len(question.items), rng)
        items = "".join(
            f"<br>&nbsp;&nbsp;{LETTERS[shown]}. {_text(question.items[i].get(language), pictures)}"
            for shown, i in enumerate(order)
        )
        letter_of = {i: LETTERS[shown] for shown, i in enumerate(order)}
        spaces = " ".join("____" for _ in order)
        key = " ".join(letter_of[i] for i in range(len(order)))
        return _Laid(f"{_text(prompt, pictures)}{items}<br>&nbsp;&nbsp;{spaces}", key)
    # Flashcards, short and numeric answers: a line to write on.
    answer = html.escape(correct_answer_text(question, language)).replace("\n", "<br>")
    return _Laid(f"{_text(prompt, pictures)}<br>&nbsp;&nbsp;{BLANK}{BLANK}", answer)
