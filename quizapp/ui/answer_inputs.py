"""One input widget per kind of question: each builds a core response and shows the result."""

from __future__ import annotations

import random
from dataclasses import dataclass
from typing import cast

from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, QObject, QSize, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from quizapp.core.grading import Grade, Response
from quizapp.core.model import Question, QuestionType
from quizapp.core.qtypes.cloze import Gaps, gap_answers, gap_choices, gap_count
from quizapp.core.qtypes.matching import Matching, Pairs
from quizapp.core.qtypes.multiple_answer import MultipleAnswer
from quizapp.core.qtypes.numeric import parse_number
from quizapp.core.qtypes.ordering import Order, Ordering
from quizapp.core.qtypes.short_answer import Typed, match_typed
from quizapp.core.qtypes.single_choice import Picked, SingleChoice
from quizapp.core.qtypes.true_false import TrueFalse, Truth, truth_word
from quizapp.ui import theme


class AnswerLineEdit(QLineEdit):
    """A text field that lets Ctrl+Z undo the last answer once it has no typing to undo."""

    def event(self, event: QEvent) -> bool:
        """Pass an Undo key press on to the study page when there is no typing to undo."""
        if (
            event.type() == QEvent.Type.ShortcutOverride
            and isinstance(event, QKeyEvent)
            and event.matches(QKeySequence.StandardKey.Undo)
            and not self.isUndoAvailable()
        ):
            event.ignore()
            return False
        return super().event(event)


class AnswerInput(QWidget):
    """Base of the inputs: emits ``submitted`` when the learner has answered."""

    submitted = Signal()

    def __init__(self, question: Question, language: str, rng: random.Random):
        super().__init__()
        self.question = question
        self.language = language
        self.rng = rng
        self.locked = False

    def response(self) -> Response:
        """Return what the learner answered."""
        raise NotImplementedError

    def problem(self) -> str | None:
        """Return what the input still needs before it can be graded (None: ready)."""
        return None

    def has_input(self) -> bool:
        """Whether the learner has entered anything that would be lost if they left now."""
        return False

    def handle_number(self, number: int) -> bool:
        """React to a number key; return whether it was used."""
        return False

    def fill(self, response: Response) -> None:
        """Show an answer given earlier (an exam question visited again), to keep or change."""
        raise NotImplementedError

    def submit(self) -> None:
        """Hand the answer in (Enter)."""
        if not self.locked:
            self.submitted.emit()

    def show_result(self, grade: Grade) -> None:
        """Freeze the input and mark what was right."""
        self.locked = True

    def focus(self) -> None:
        """Put the keyboard focus on the first control."""
        self.setFocus()


class _WrappedText:
    """For a button whose text wraps: a child label draws it, sized by the button's layout."""

    label: QLabel

    def _add_label(self, text: str, left: int) -> None:
        self.label = QLabel(text)
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.PlainText)  # an "&" in an option is no mnemonic
        self.label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        layout = QHBoxLayout(cast(QWidget, self))  # a mixin of a QWidget subclass
        layout.setContentsMargins(left, theme.SPACE, theme.SPACE * 2, theme.SPACE)
        layout.addWidget(self.label)

    def text(self) -> str:
        """The option's text, as shown."""
        return self.label.text()

    def setText(self, text: str) -> None:  # noqa: N802 (Qt's name)
        """Show another text."""
        self.label.setText(text)
        self.updateGeometry()  # type: ignore[attr-defined]

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        """As large as the wrapped text needs."""
        return self.layout().totalSizeHint()  # type: ignore[attr-defined]

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        """As narrow as the longest word."""
        return self.layout().totalMinimumSize()  # type: ignore[attr-defined]

    def hasHeightForWidth(self) -> bool:  # noqa: N802 (Qt's name)
        """Wrapped text is taller when narrower."""
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802 (Qt's name)
        """The height of the wrapped text at ``width``."""
        return self.layout().totalHeightForWidth(width)  # type: ignore[attr-defined]


class OptionButton(_WrappedText, QPushButton):
    """A push button whose text wraps, so that long options fit at any text size."""

    def __init__(self, text: str):
        super().__init__()
        self._add_label(text, theme.SPACE * 2)


class OptionCheckBox(_WrappedText, QCheckBox):
    """A check box whose text wraps, beside its tick box."""

    def __init__(self, text: str):
        super().__init__()
        indicator = self.style().pixelMetric(self.style().PixelMetric.PM_IndicatorWidth)
        self._add_label(text, indicator + theme.SPACE * 2)


def _numbered(number: int, text: str) -> str:
    return f"{number}.  {text}"


ICONS = {"right": "✓", "wrong": "✗", "pick": "●", "missed": "!"}
"""The icon shown with each meaning, so that colour never carries it alone."""


def _mark(widget: QWidget, meaning: str, word: str) -> None:
    """Mark a control with a meaning: its colour (theme), an icon and a word."""
    text = widget.text()  # type: ignore[attr-defined]
    widget.setText(f"{ICONS[meaning]} {text}  — {word}")  # type: ignore[attr-defined]
    widget.setAccessibleDescription(word)
    theme.set_property(widget, "mark", meaning)


def _freeze(control: QWidget) -> None:
    """Stop a control from changing, but keep it readable (disabled ones are greyed out)."""
    control.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
    control.setFocusPolicy(Qt.FocusPolicy.NoFocus)


class ChoiceInput(AnswerInput):
    """Single choice: press an option's number or click it to answer."""

    def __init__(self, question: Question, language: str, rng: random.Random):
        super().__init__(question, language, rng)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.order, labels = self.shown_options(rng)
        self.picked: int | None = None
        self.buttons: list[OptionButton] = []
        for number, label in enumerate(labels, start=1):
            button = OptionButton(_numbered(number, label))
            button.setAccessibleName(label)
            button.setProperty("role", "option")
            button.clicked.connect(lambda _=False, n=number: self.handle_number(n))
            layout.addWidget(button)
            self.buttons.append(button)

    def handle_number(self, number: int) -> bool:
        """Pick option ``number`` and hand the answer in."""
        if self.locked or not 1 <= number <= len(self.buttons):
            return False
        self.picked = self.order[number - 1]
        self.submit()
        return True

    def problem(self) -> str | None:
        """Say that an option must be picked first."""
        return (
            self.tr("Pick an option: click it or press its number.")
            if self.picked is None
            else None
        )

    def shown_options(self, rng: random.Random) -> tuple[list[int], list[str]]:
        """Return the options' indexes in the order shown, and their labels."""
        payload = self.question.payload
        assert isinstance(payload, SingleChoice)
        order = list(range(len(payload.options)))
        rng.shuffle(order)
        return order, [payload.options[i].get(self.language) for i in order]

    def is_right(self, index: int) -> bool:
        """Whether the option of this index is right."""
        payload = self.question.payload
        assert isinstance(payload, SingleChoice)
        return index in payload.correct

    def response(self) -> Response:
        """Return the option picked."""
        assert self.picked is not None
        return Picked(frozenset({self.picked}))

    def fill(self, response: Response) -> None:
        """Mark the option picked before; picking again (any option) hands the answer in."""
        if isinstance(response, Truth):
            self.picked = int(response.value)
        elif isinstance(response, Picked) and len(response.indices) == 1:
            (self.picked,) = response.indices
        for button, index in zip(self.buttons, self.order, strict=True):
            if index == self.picked:
                _mark(button, "pick", self.tr("your answer so far"))

    def show_result(self, grade: Grade) -> None:
        """Mark the right option and the one picked."""
        super().show_result(grade)
        for button, index in zip(self.buttons, self.order, strict=True):
            right = self.is_right(index)
            picked = index == self.picked
            if picked and right:
                _mark(button, "right", self.tr("your pick, right"))
            elif picked:
                _mark(button, "wrong", self.tr("your pick, wrong"))
            elif right:
                _mark(button, "right", self.tr("the right answer"))

    def focus(self) -> None:
        """Focus the first option."""
        self.buttons[0].setFocus()


class TruthInput(ChoiceInput):
    """True/false: press 1 or 2, or click True or False, to answer."""

    def shown_options(self, rng: random.Random) -> tuple[list[int], list[str]]:
        """Return True then False, never shuffled."""
        order = [1, 0]
        return order, [truth_word(bool(index), self.language) for index in order]

    def is_right(self, index: int) -> bool:
        """Whether True (1) or False (0) is right."""
        payload = self.question.payload
        assert isinstance(payload, TrueFalse)
        return bool(index) == payload.truth

    def response(self) -> Response:
        """Return True or False, as picked."""
        assert self.picked is not None
        return Truth(bool(self.picked))


class MultipleInput(AnswerInput):
    """Multiple answers: number keys tick options, Enter hands them in."""

    def __init__(self, question: Question, language: str, rng: random.Random):
        super().__init__(question, language, rng)
        assert isinstance(question.payload, MultipleAnswer)
        self.payload = question.payload
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.order = list(range(len(self.payload.options)))
        rng.shuffle(self.order)
        self.boxes: list[OptionCheckBox] = []
        for number, index in enumerate(self.order, start=1):
            label = self.payload.options[index].get(language)
            box = OptionCheckBox(_numbered(number, label))
            box.setAccessibleName(label)
            box.toggled.connect(
                lambda on, b=box: theme.set_property(b, "mark", "pick" if on else None)
            )
            layout.addWidget(box)
            self.boxes.append(box)

    def handle_number(self, number: int) -> bool:
        """Tick or untick option ``number``."""
        if self.locked or not 1 <= number <= len(self.boxes):
            return False
        self.boxes[number - 1].toggle()
        return True

    def problem(self) -> str | None:
        """Say that at least one option must be ticked."""
        if self.has_input():
            return None
        return self.tr("Tick every right option (press their numbers), then press Enter.")

    def has_input(self) -> bool:
        """Whether any option is ticked."""
        return any(box.isChecked() for box in self.boxes)

    def response(self) -> Response:
        """Return the ticked options."""
        return Picked(
            frozenset(i for i, box in zip(self.order, self.boxes, strict=True) if box.isChecked())
        )

    def fill(self, response: Response) -> None:
        """Tick the options ticked before."""
        if isinstance(response, Picked):
            for index, box in zip(self.order, self.boxes, strict=True):
                box.setChecked(index in response.indices)

    def show_result(self, grade: Grade) -> None:
        """Mark each option: your right picks, your wrong picks, and the right ones you missed."""
        super().show_result(grade)
        for index, box in zip(self.order, self.boxes, strict=True):
            right = index in self.payload.correct
            theme.set_property(box, "mark", None)
            if box.isChecked() and right:
                _mark(box, "right", self.tr("your pick, right"))
            elif box.isChecked():
                _mark(box, "wrong", self.tr("your pick, wrong"))
            elif right:
                _mark(box, "missed", self.tr("missed: this one is right too"))
            _freeze(box)

    def focus(self) -> None:
        """Focus the first option."""
        self.boxes[0].setFocus()


class TypedInput(AnswerInput):
    """A typed short answer; Enter hands it in."""

    def __init__(self, question: Question, language: str, rng: random.Random):
        super().__init__(question, language, rng)
        self.edit = AnswerLineEdit()
        self.edit.setAccessibleName(self.tr("Your answer"))
        self.edit.setPlaceholderText(self.placeholder())
        self.edit.returnPressed.connect(self.submit)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.edit)

    def placeholder(self) -> str:
        """Return the grey text the empty field shows."""
        return self.tr("Type your answer")

    def problem(self) -> str | None:
        """Say what to type when the field is empty."""
        return None if self.has_input() else self.tr("Type your answer, then press Enter.")

    def has_input(self) -> bool:
        """Whether anything is typed."""
        return bool(self.edit.text().strip())

    def response(self) -> Response:
        """Return the typed text."""
        return Typed(self.edit.text())

    def fill(self, response: Response) -> None:
        """Type the text typed before."""
        if isinstance(response, Typed):
            self.edit.setText(response.text)

    def show_result(self, grade: Grade) -> None:
        """Freeze the text field and mark it right or wrong."""
        super().show_result(grade)
        self.edit.setReadOnly(True)
        theme.set_property(self.edit, "mark", "right" if grade.correct else "wrong")

    def focus(self) -> None:
        """Focus the text field."""
        self.edit.setFocus()


class NumberInput(TypedInput):
    """A typed number; Enter hands it in."""

    def placeholder(self) -> str:
        """Ask for a number."""
        return self.tr("Type a number")

    def problem(self) -> str | None:
        """Say what to type when the field does not hold a number."""
        if parse_number(self.edit.text()) is None:
            return self.tr("Type a number in digits, like 1967 or 3.5.")
        return None


class ClozeInput(AnswerInput):
    """One control per numbered gap: a text field, or a list for a chosen gap; Enter checks."""

    def __init__(self, question: Question, language: str, rng: random.Random):
        super().__init__(question, language, rng)
        layout = QGridLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.gaps: list[AnswerLineEdit | QComboBox] = []
        self.verdicts: list[QLabel] = []
        for index in range(gap_count(question)):
            choices = gap_choices(question, index, language)
            gap: AnswerLineEdit | QComboBox
            if choices is None:
                gap = AnswerLineEdit()
                gap.returnPressed.connect(self.submit)
            else:
                rng.shuffle(choices)
                gap = QComboBox()
                gap.addItems(["—", *choices])
            gap.setAccessibleName(self.tr("Gap %1").replace("%1", str(index + 1)))
            number = QLabel(f"[{index + 1}]")
            number.setBuddy(gap)
            verdict = QLabel()
            verdict.setWordWrap(True)
            verdict.hide()
            layout.addWidget(number, index, 0)
            layout.addWidget(gap, index, 1)
            layout.addWidget(verdict, index, 2)
            self.gaps.append(gap)
            self.verdicts.append(verdict)
        layout.setColumnStretch(1, 1)
        layout.setColumnStretch(2, 1)

    def _texts(self) -> tuple[str, ...]:
        return tuple(
            gap.text()
            if isinstance(gap, QLineEdit)
            else gap.currentText()
            if gap.currentIndex() > 0
            else ""
            for gap in self.gaps
        )

    def problem(self) -> str | None:
        """Say that at least one gap must be filled."""
        return None if self.has_input() else self.tr("Fill in the gaps, then press Enter.")

    def has_input(self) -> bool:
        """Whether any gap is filled."""
        return any(text.strip() for text in self._texts())

    def response(self) -> Response:
        """Return the text typed or chosen in each gap."""
        return Gaps(self._texts())

    def fill(self, response: Response) -> None:
        """Put back the text typed or chosen in each gap before."""
        if not isinstance(response, Gaps):
            return
        for gap, text in zip(self.gaps, response.texts, strict=False):
            if isinstance(gap, QLineEdit):
                gap.setText(text)
            else:
                gap.setCurrentIndex(max(gap.findText(text), 0) if text else 0)

    def show_result(self, grade: Grade) -> None:
        """Freeze the gaps and mark each one right or wrong, with the right answer if wrong."""
        super().show_result(grade)
        for index, (gap, text, verdict) in enumerate(
            zip(self.gaps, self._texts(), self.verdicts, strict=True)
        ):
            _freeze(gap)
            if isinstance(gap, QLineEdit):
                gap.setReadOnly(True)
            accepted = gap_answers(self.question, index, self.language)
            right = match_typed(text, accepted) is not None
            theme.set_property(gap, "mark", "right" if right else "wrong")
            verdict.setText(
                f"{ICONS['right']} " + self.tr("right")
                if right
                else f"{ICONS['wrong']} " + self.tr("wrong: %1").replace("%1", accepted[0])
            )
            theme.set_property(verdict, "mark", "right" if right else "wrong")
            verdict.show()

    def focus(self) -> None:
        """Focus the first gap."""
        self.gaps[0].setFocus()


class MatchingInput(AnswerInput):
    """Pair each left item with a right one from a list; Enter hands the pairs in."""

    def __init__(self, question: Question, language: str, rng: random.Random):
        super().__init__(question, language, rng)
        layout = QGridLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        assert isinstance(question.payload, Matching)
        self.pairs = question.payload.pairs
        self.right_order = list(range(len(self.pairs)))
        rng.shuffle(self.right_order)
        self.combos: list[QComboBox] = []
        for row, (left, _) in enumerate(self.pairs):
            combo = QComboBox()
            combo.addItem("—", -1)
            shown: set[str] = set()  # right-hand texts may repeat; each is offered once
            for index in self.right_order:
                text = self.pairs[index][1].get(language)
                if text not in shown:
                    shown.add(text)
                    combo.addItem(text, index)
            combo.setAccessibleName(left.get(language))
            label = QLabel(left.get(language))
            label.setWordWrap(True)
            label.setBuddy(combo)
            layout.addWidget(label, row, 0)
            layout.addWidget(combo, row, 1)
            self.combos.append(combo)
        layout.setColumnStretch(0, 1)
        layout.setColumnStretch(1, 1)

    def choose(self, row: int, right_index: int) -> None:
        """Pair left item ``row`` with right item ``right_index`` (as in the question)."""
        combo = self.combos[row]
        combo.setCurrentIndex(combo.findData(right_index))

    def problem(self) -> str | None:
        """Say that every item needs a partner."""
        if all(combo.currentIndex() > 0 for combo in self.combos):
            return None
        return self.tr("Choose a match for every item, then press Enter.")

    def has_input(self) -> bool:
        """Whether any pair is chosen."""
        return any(combo.currentIndex() > 0 for combo in self.combos)

    def response(self) -> Response:
        """Return the right item chosen for each left item (-1: none)."""
        return Pairs(tuple(int(combo.currentData()) for combo in self.combos))

    def fill(self, response: Response) -> None:
        """Choose again the partners chosen before."""
        if isinstance(response, Pairs):
            for row, right_index in enumerate(response.right_for_left[: len(self.combos)]):
                self.choose(row, right_index)

    def show_result(self, grade: Grade) -> None:
        """Freeze the lists and show the right partner of each wrong pair."""
        super().show_result(grade)
        for row, combo in enumerate(self.combos):
            _freeze(combo)
            right = combo.currentData() == row
            text = combo.currentText()
            if not right:
                partner = self.pairs[row][1].get(self.language)
                text += "  — " + self.tr("right: %1").replace("%1", partner)
            combo.setItemText(
                combo.currentIndex(), f"{ICONS['right' if right else 'wrong']} {text}"
            )
            combo.setToolTip(combo.currentText())
            theme.set_property(combo, "mark", "right" if right else "wrong")

    def focus(self) -> None:
        """Focus the first list."""
        self.combos[0].setFocus()


class OrderingInput(AnswerInput):
    """Put items in order: Alt+Up and Alt+Down move the selected item; Enter hands it in."""

    def __init__(self, question: Question, language: str, rng: random.Random):
        super().__init__(question, language, rng)
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Items to put in order"))
        assert isinstance(question.payload, Ordering)
        items = question.payload.items
        order = list(range(len(items)))
        while len(order) > 1 and order == sorted(order):
            rng.shuffle(order)
        for index in order:
            self.list.addItem(items[index].get(language))
            self.list.item(self.list.count() - 1).setData(Qt.ItemDataRole.UserRole, index)
        self.list.setCurrentRow(0)
        self.list.setMaximumHeight(self.list.sizeHintForRow(0) * (len(order) + 1) + 8)
        up = QPushButton(self.tr("Move up (Alt+Up)"))
        up.clicked.connect(lambda: self.move_selected(-1))
        down = QPushButton(self.tr("Move down (Alt+Down)"))
        down.clicked.connect(lambda: self.move_selected(1))
        self.list.installEventFilter(self)
        buttons = QHBoxLayout()
        for button in (up, down):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.list)
        layout.addLayout(buttons)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Alt+Up and Alt+Down in the list move the selected item instead of the selection."""
        if (
            watched is self.list
            and isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
            and event.modifiers() == Qt.KeyboardModifier.AltModifier
            and event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down)
        ):
            self.move_selected(-1 if event.key() == Qt.Key.Key_Up else 1)
            return True
        return super().eventFilter(watched, event)

    def move_selected(self, step: int) -> None:
        """Move the selected item up (-1) or down (+1)."""
        row = self.list.currentRow()
        target = row + step
        if self.locked or row < 0 or not 0 <= target < self.list.count():
            return
        item = self.list.takeItem(row)
        self.list.insertItem(target, item)
        self.list.setCurrentRow(target)

    def response(self) -> Response:
        """Return the items in the learner's order."""
        return Order(
            tuple(
                int(self.list.item(r).data(Qt.ItemDataRole.UserRole))
                for r in range(self.list.count())
            )
        )

    def fill(self, response: Response) -> None:
        """Put the items in the order given before."""
        if not isinstance(response, Order) or sorted(response.indices) != list(
            range(self.list.count())
        ):
            return
        items = {
            int(item.data(Qt.ItemDataRole.UserRole)): item
            for item in (self.list.takeItem(0) for _ in range(self.list.count()))
        }
        for index in response.indices:
            self.list.addItem(items[index])
        self.list.setCurrentRow(0)

    def show_result(self, grade: Grade) -> None:
        """Mark the items that stand in their right place."""
        super().show_result(grade)
        for row in range(self.list.count()):
            item = self.list.item(row)
            place = int(item.data(Qt.ItemDataRole.UserRole))
            if place == row:
                item.setText(f"{ICONS['right']} {item.text()}")
            else:
                where = self.tr("belongs at %1").replace("%1", str(place + 1))
                item.setText(f"{ICONS['wrong']} {item.text()}  — {where}")
            item.setForeground(theme.colour("right" if place == row else "wrong"))

    def focus(self) -> None:
        """Focus the list."""
        self.list.setFocus()


@dataclass(frozen=True)
class TypeView:
    """How the app's windows show one question type."""

    input: type[AnswerInput] | None
    """The input the learner answers with; None: the answer is revealed and self-graded."""
    answer_label: str = str(QT_TRANSLATE_NOOP("QuestionEditor", "Answer:"))
    """The editor's label of the ``answer`` field (translated in the editor's context)."""


VIEWS: dict[str, TypeView] = {
    QuestionType.FLASHCARD: TypeView(None),
    QuestionType.SINGLE_CHOICE: TypeView(
        ChoiceInput, str(QT_TRANSLATE_NOOP("QuestionEditor", "Right option:"))
    ),
    QuestionType.MULTIPLE_ANSWER: TypeView(
        MultipleInput, str(QT_TRANSLATE_NOOP("QuestionEditor", "Right options (one per line):"))
    ),
    QuestionType.TRUE_FALSE: TypeView(TruthInput),
    QuestionType.SHORT_ANSWER: TypeView(TypedInput),
    QuestionType.NUMERIC: TypeView(
        NumberInput, str(QT_TRANSLATE_NOOP("QuestionEditor", "Number:"))
    ),
    QuestionType.CLOZE: TypeView(ClozeInput),
    QuestionType.MATCHING: TypeView(MatchingInput),
    QuestionType.ORDERING: TypeView(OrderingInput),
}
"""The view of each question type, by its name: the UI's side of the type registry."""
