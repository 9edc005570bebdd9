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
from quizapp.core.model import Question
from quizapp.core.qtypes import kind_of

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
class Sheet:
    """What a question type lays itself out with: the language, the variant's shuffle, words."""

    language: str
    rng: random.Random | None
    pictures: list[str]
    """Media names shown so far; :meth:`html` adds to it."""
    words: dict[str, str]
    letters: str = LETTERS

    def html(self, text: str) -> str:
        """Return question text as HTML: escaped, line breaks kept, pictures as images."""
        parts: list[str] = []
        last = 0
        for match in IMAGE_PATTERN.finditer(text):
            parts.append(html.escape(text[last : match.start()]))
            name = match.group(1)
            self.pictures.append(name)
            description = html.escape(match.group(2) or name, quote=True)
            parts.append(f'<br><img src="{html.escape(name, quote=True)}" alt="{description}"><br>')
            last = match.end()
        parts.append(html.escape(text[last:]))
        return "".join(parts).replace("\n", "<br>")

    def prompt(self, question: Question) -> str:
        """Return a question's prompt as HTML."""
        return self.html(question.prompt.get(self.language))

    def order(self, count: int) -> list[int]:
        """Return the order to show ``count`` options in: the variant's shuffle, or as given."""
        order = list(range(count))
        if self.rng is not None:
            self.rng.shuffle(order)
        return order

    def write_on(self, question: Question, answer: str) -> tuple[str, str]:
        """Return a question with a line to write the answer on, and the answer for the key."""
        key = html.escape(answer).replace("\n", "<br>")
        return f"{self.prompt(question)}<br>&nbsp;&nbsp;{BLANK}{BLANK}", key


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
    sheet = Sheet(language, rng if seed is not None else None, pictures, words)
    for number, question in enumerate(ordered, start=1):
        question_html, key_html = kind_of(question).lay_out(question, question.payload, sheet)
        body.append(f'<p style="margin-top: 14px"><b>{number}.</b> {question_html}</p>')
        key.append(f"<p><b>{number}.</b> {key_html}</p>")
    return Worksheet(title, "\n".join(body), "\n".join(key), tuple(dict.fromkeys(pictures)))
