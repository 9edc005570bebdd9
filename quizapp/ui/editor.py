"""The question editor: a form for one question of an imported set, checked as you type."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from quizapp.core import ops
from quizapp.core.editing import QuestionDraft, draft_from_question
from quizapp.core.errors import QuizAppError
from quizapp.core.model import Question, SetId
from quizapp.core.qtypes import KINDS
from quizapp.core.storage import Store
from quizapp.ui import errors
from quizapp.ui.answer_inputs import VIEWS
from quizapp.ui.widgets import name_form_fields


def _text_box(lines: int) -> QPlainTextEdit:
    box = QPlainTextEdit()
    box.setTabChangesFocus(True)
    box.setFixedHeight(box.fontMetrics().lineSpacing() * lines + 14)
    return box


class QuestionEditor(QDialog):
    """Edits a question (or writes a new one) with the same rules as a question file.

    Every change is checked through :func:`ops.check_question`; the first problem shows under the
    form and Save stays off until there is none. Saving calls :func:`ops.save_question` once.
    """

    def __init__(
        self,
        store: Store,
        question: Question | None = None,
        set_id: SetId | None = None,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.store = store
        self.question = question
        self.saved: Question | None = None
        self.setWindowTitle(self.tr("Edit question") if question else self.tr("New question"))
        self.resize(640, 620)

        self.set_box = QComboBox()
        for info in ops.editable_sets(store):
            self.set_box.addItem(info.title, info.id)
        chosen = question.set_id if question else set_id
        if chosen is not None and self.set_box.findData(chosen) >= 0:
            self.set_box.setCurrentIndex(self.set_box.findData(chosen))
        self.set_box.setEnabled(question is None)
        self.type_box = QComboBox()
        for name, kind in KINDS.items():
            self.type_box.addItem(errors.core_text(kind.title), name)
        self.prompt = _text_box(3)
        self.answer = _text_box(2)
        self.truth = QComboBox()
        self.truth.addItem(self.tr("True"), "true")
        self.truth.addItem(self.tr("False"), "false")
        self.fields: dict[str, QPlainTextEdit | QLineEdit] = {
            "options": _text_box(4),
            "alternatives": _text_box(2),
            "tolerance": QLineEdit(),
            "pairs": _text_box(4),
            "items": _text_box(4),
        }
        self.topic = QLineEdit()
        self.difficulty = QSpinBox()
        self.difficulty.setRange(1, 3)
        self.explanation = _text_box(3)
        self.tags = QLineEdit()
        self.tags.setPlaceholderText(self.tr("separated by commas"))

        self.form = QFormLayout()
        self.form.addRow(self.tr("Set:"), self.set_box)
        self.form.addRow(self.tr("Type:"), self.type_box)
        self.form.addRow(self.tr("Prompt:"), self.prompt)
        self.form.addRow(self.tr("Options (one per line):"), self.fields["options"])
        self.answer_label = QLabel()
        self.form.addRow(self.answer_label, self.answer)
        self.form.addRow(self.tr("Answer:"), self.truth)
        for name, label in (
            ("alternatives", self.tr("Other accepted answers (one per line):")),
            ("tolerance", self.tr("Tolerance (±):")),
            ("pairs", self.tr("Pairs (one per line: left = right):")),
            ("items", self.tr("Items in the right order (one per line):")),
        ):
            self.form.addRow(label, self.fields[name])
        self.form.addRow(self.tr("Topic:"), self.topic)
        self.form.addRow(self.tr("Difficulty (1-3):"), self.difficulty)
        self.form.addRow(self.tr("Explanation:"), self.explanation)
        self.form.addRow(self.tr("Tags:"), self.tags)
        name_form_fields(self.form)

        self.problem = QLabel()
        self.problem.setWordWrap(True)
        self.problem.setTextFormat(Qt.TextFormat.PlainText)
        self.problem.setAccessibleName(self.tr("Problem with the question"))
        self.problem.setStyleSheet("color: #b00020;")
        self.buttons = QDialogButtonBox()
        self.save_button = self.buttons.addButton(
            self.tr("Save"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.buttons.addButton(self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        self.buttons.accepted.connect(self.on_save_clicked)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.problem)
        layout.addStretch(1)
        layout.addWidget(self.buttons)

        if question is not None:
            self.show_draft(draft_from_question(question))
        for box in (self.prompt, self.answer, self.explanation, self.topic, self.tags):
            box.textChanged.connect(self.check)
        for field in self.fields.values():
            field.textChanged.connect(self.check)
        for combo in (self.set_box, self.type_box, self.truth):
            combo.currentIndexChanged.connect(self.check)
        self.type_box.currentIndexChanged.connect(self.show_type_fields)
        self.difficulty.valueChanged.connect(self.check)
        self.show_type_fields()
        self.check()

    def show_draft(self, draft: QuestionDraft) -> None:
        """Fill the form from a draft."""
        self.type_box.setCurrentIndex(self.type_box.findData(draft.type))
        self.prompt.setPlainText(draft.prompt)
        if "truth" in KINDS[draft.type].form_fields:
            self.truth.setCurrentIndex(self.truth.findData(draft.answer))
        else:
            self.answer.setPlainText(draft.answer)
        for name, box in self.fields.items():
            value = getattr(draft, name)
            box.setPlainText(value) if isinstance(box, QPlainTextEdit) else box.setText(value)
        self.topic.setText(draft.topic)
        self.difficulty.setValue(draft.difficulty)
        self.explanation.setPlainText(draft.explanation)
        self.tags.setText(draft.tags)

    def draft(self) -> QuestionDraft:
        """Return what the form holds."""
        qtype = self.qtype()
        return QuestionDraft(
            type=qtype,
            prompt=self.prompt.toPlainText(),
            answer=(
                self.truth.currentData()
                if "truth" in KINDS[qtype].form_fields
                else self.answer.toPlainText()
            ),
            topic=self.topic.text(),
            explanation=self.explanation.toPlainText(),
            tags=self.tags.text(),
            difficulty=self.difficulty.value(),
            **{
                name: box.toPlainText() if isinstance(box, QPlainTextEdit) else box.text()
                for name, box in self.fields.items()
            },
        )

    def qtype(self) -> str:
        """Return the chosen type's name."""
        return str(self.type_box.currentData())

    def set_id(self) -> SetId | None:
        """Return the set the question is in (or goes to)."""
        data = self.set_box.currentData()
        return SetId(data) if data else None

    def show_type_fields(self) -> None:
        """Show only the fields the chosen type has, the answer labelled for that type."""
        qtype = self.qtype()
        shown = KINDS[qtype].form_fields
        self.form.setRowVisible(self.answer, "answer" in shown)
        self.answer_label.setText(self.tr(VIEWS[qtype].answer_label))
        self.form.setRowVisible(self.truth, "truth" in shown)
        for name, field in self.fields.items():
            self.form.setRowVisible(field, name in shown)

    def check(self) -> None:
        """Check the form as a question file; show the first problem, allow Save if none."""
        problem = ""
        set_id = self.set_id()
        if set_id is None:
            problem = self.tr("There is no imported set to add questions to.")
        else:
            try:
                ops.check_question(
                    self.store, set_id, self.draft(), self.question.id if self.question else None
                )
            except QuizAppError as error:
                problem = errors.describe(error)
        self.problem.setText(problem)
        self.save_button.setEnabled(not problem)

    def on_save_clicked(self) -> None:
        """Save the question through ops and close; a problem keeps the dialog open."""
        set_id = self.set_id()
        if set_id is None:
            return
        try:
            self.saved = ops.save_question(
                self.store, set_id, self.draft(), self.question.id if self.question else None
            )
        except QuizAppError as error:
            self.problem.setText(errors.describe(error))
            return
        self.accept()
