"""What every question type provides: the operations the app calls through the type registry."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Generic, Protocol, TypeVar

from quizapp.core.model import Question, Text

if TYPE_CHECKING:
    from quizapp.core.editing import QuestionDraft
    from quizapp.core.formats.delimited import Cells
    from quizapp.core.grading import Response
    from quizapp.core.messages import Message
    from quizapp.core.qtypes.short_answer import Difference
    from quizapp.core.worksheet import Sheet


class TypedPayload(Protocol):
    """A payload: its class names the question type it is the answer data of."""

    TYPE: ClassVar[str]


P = TypeVar("P", bound=TypedPayload)

LineOf = Callable[[str | None], int]
"""The line a key of a question mapping is on (``None``: the question's own line)."""


class FieldReader(Protocol):
    """Reads checked values out of a question mapping, recording each problem it meets.

    ``fail`` records a problem and returns the exception to raise, which stops reading this
    question; the other methods raise it themselves.
    """

    def fail(self, line: int, message: str | Message) -> Exception:
        """Record a problem; return the exception that abandons the question."""

    def text(self, value: Any, line: int, what: str) -> Text:
        """Read a text, in one language or several."""

    def texts(self, value: Any, line: int, what: str, minimum: int) -> tuple[Text, ...]:
        """Read a list of at least ``minimum`` texts."""

    def distinct(self, texts: tuple[Text, ...], line: int, what: str) -> tuple[Text, ...]:
        """Return the texts if none repeats in any language."""

    def number(self, value: Any, line: int, what: str) -> float:
        """Read a finite number."""


def share(given: tuple[int, ...], expected: tuple[int, ...]) -> float:
    """Return the share of positions where ``given`` matches ``expected``.

    Raises:
        ValueError: the two differ in length.
    """
    if len(given) != len(expected):
        raise ValueError(f"expected {len(expected)} entries, got {len(given)}")
    return sum(g == e for g, e in zip(given, expected, strict=True)) / len(expected)


def texts_record(texts: tuple[Text, ...]) -> list[dict[str, str]]:
    """Return texts as the question format writes a list of them, with their translations."""
    return [dict(t.values) for t in texts]


def texts_from_record(values: list[Mapping[str, str]], language: str) -> tuple[Text, ...]:
    """Rebuild texts written by :func:`texts_record`."""
    return tuple(Text(language, value) for value in values)


def lines(texts: tuple[Text, ...]) -> str:
    """Return texts one per line, in their primary language (as the editor's form shows them)."""
    return "\n".join(str(t) for t in texts)


def split_lines(value: str) -> list[str]:
    """Return the non-blank lines of a form field, stripped."""
    return [line.strip() for line in value.splitlines() if line.strip()]


def first_letters(answer: str) -> str:
    """Return the first letter of each word of an answer, the rest elided: "J… r…"."""
    return " ".join(word[0] + "…" * (len(word) > 1) for word in answer.split())


class QuestionKind(Generic[P]):
    """One question type: its payload, how it is read, written, graded and shown.

    Subclass it once per type, fill in the class attributes, override what the type needs,
    and register an instance with :func:`quizapp.core.qtypes.register`. Every method gets
    the question and its payload, the type's own ``P``.
    """

    payload_type: type[P]
    title: str
    """The type's name as people read it ("Single choice"), marked for translation."""
    keys: frozenset[str] = frozenset()
    """The answer keys a question of this type may have in our question format."""
    required: frozenset[str] = frozenset()
    """The keys of :attr:`keys` it must have."""
    recognition: bool = False
    """The answer is picked from what is shown, so a right answer may be a guess."""
    one_pick: bool = False
    """A single click on an option answers it (no Submit button)."""
    self_graded: bool = False
    """The learner rates themselves after seeing the answer (never in an exam)."""
    form_fields: tuple[str, ...] = ()
    """The editor form's fields this type uses, besides the prompt and the common ones."""

    @property
    def name(self) -> str:
        """The type's name in question files and the database, e.g. ``single_choice``."""
        return self.payload_type.TYPE

    # -- our question format ---------------------------------------------------------------

    def read(
        self, reader: FieldReader, raw: Mapping[str, Any], at: LineOf, where: str, prompt: Text
    ) -> P:
        """Check and read the payload from a question mapping whose keys are known allowed."""
        raise NotImplementedError

    def to_record(self, question: Question, payload: P) -> dict[str, Any]:
        """Return the answer keys of the question format's mapping (the inverse of ``read``)."""
        raise NotImplementedError

    def from_record(self, record: Mapping[str, Any], language: str) -> P:
        """Rebuild a payload from a record ``to_record`` wrote, without checking it again."""
        raise NotImplementedError

    def texts(self, payload: P) -> tuple[Text, ...]:
        """Return every text of the payload (to keep translations, to check the bank)."""
        return ()

    def options(self, payload: P) -> tuple[tuple[Text, bool], ...]:
        """Return the options the learner picks from, each with whether it is right.

        Empty but for choice types.
        """
        return ()

    # -- grading ---------------------------------------------------------------------------

    def score(
        self, question: Question, payload: P, response: Response, language: str
    ) -> tuple[float, Difference | None]:
        """Return the share of the answer that is right, and the typo accepted if any.

        Raises:
            ValueError: the response is not of the shape this type takes.
        """
        raise ValueError(
            f"a {type(response).__name__} response does not fit a {self.name} question"
        )

    def answer_text(self, question: Question, payload: P, language: str) -> str:
        """Return the right answer as text, for feedback and flashcard backs."""
        raise NotImplementedError

    def hint(self, question: Question, payload: P, language: str) -> str:
        """Return a hint: the first letter of each word of the answer."""
        return first_letters(self.answer_text(question, payload, language))

    def describe_response(
        self, question: Question, payload: P, response: Response, language: str
    ) -> str:
        """Return what the learner answered as text, for the walk through an exam's mistakes."""
        raise NotImplementedError

    def guess_chance(self, payload: P) -> float:
        """Return the chance of a right answer by a blind guess (0 for typed answers)."""
        return 0.0

    def described_answers(self, question: Question, payload: P, language: str) -> list[Any]:
        """Return the right answers as plain JSON-ready values (``quizapp show``)."""
        return self.answer_text(question, payload, language).split("\n")

    def description(self, payload: P) -> dict[str, Any]:
        """Return type-specific details for ``quizapp show`` beyond the texts and answers."""
        return {}

    def shown_prompt(self, question: Question, language: str) -> str:
        """Return the prompt as the learner sees it while answering."""
        return question.prompt.get(language)

    # -- tables (CSV, TSV, spreadsheets) ----------------------------------------------------

    def from_cells(self, cells: Cells) -> dict[str, Any] | None:
        """Return the answer keys of our question format read from a table row's cells.

        None after telling ``cells.problem`` why the row cannot be read. The default reads
        nothing, so the question format's check names what the type needs.
        """
        return {}

    # -- exports ---------------------------------------------------------------------------

    def table_cells(self, question: Question, payload: P) -> dict[str, str]:
        """Return the answer columns of a CSV row (primary language): answer, options, ..."""
        return {}

    def gift(
        self, question: Question, payload: P, escape: Callable[[str], str]
    ) -> tuple[str, str, str] | None:
        """Return a GIFT question's text before its braces, the answers in them, the text after.

        None if GIFT cannot carry the question.
        """
        answers = self.gift_answers(question, payload, escape)
        return None if answers is None else (escape(str(question.prompt)), answers, "")

    def gift_answers(
        self, question: Question, payload: P, escape: Callable[[str], str]
    ) -> str | None:
        """Return the answers between GIFT's braces, or None if GIFT cannot carry it."""
        return None

    def aiken(self, question: Question, payload: P) -> tuple[list[str], int] | None:
        """Return the options and the right one's index for Aiken, or None if it has none."""
        return None

    def lay_out(self, question: Question, payload: P, sheet: Sheet) -> tuple[str, str]:
        """Return the question's worksheet HTML and its line in the key: a line to write on."""
        return sheet.write_on(question, self.answer_text(question, payload, sheet.language))

    # -- the editor's form -----------------------------------------------------------------

    def draft_fields(self, question: Question, payload: P) -> dict[str, str]:
        """Return the form's fields (of :attr:`form_fields`, and ``answer``) as text."""
        return {}

    def draft_record(self, draft: QuestionDraft, text: Callable[[str], Any]) -> dict[str, Any]:
        """Return the answer keys of the question format for a filled-in form.

        ``text`` turns a field's text into the format's value for it (keeping translations).
        """
        return {}
