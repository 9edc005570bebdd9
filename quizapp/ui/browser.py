"""The question browser: search every question by text, filter by set, type, topic and tag.

Questions of imported sets can be added, edited (in :class:`~quizapp.ui.editor.QuestionEditor`)
and deleted here; built-in ones are read-only.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from quizapp.core import ops
from quizapp.core.errors import QuizAppError
from quizapp.core.grading import correct_answer_text
from quizapp.core.model import Question, QuestionId, SetId
from quizapp.core.qtypes import KINDS, kind_of
from quizapp.core.storage import Store
from quizapp.ui import errors
from quizapp.ui.editor import QuestionEditor
from quizapp.ui.pictures import MAX_WIDTH, PictureStrip, media_in
from quizapp.ui.widgets import confirm, label_for, prompt_text, select_row, vertical_scroll

FILTER_LETTERS = 12  # a filter box is at least this many letters wide; longer names elide


class QuestionBrowser(QDialog):
    """Finds questions as you type; shows the chosen one whole, as plain text."""

    questions_changed = Signal()

    def __init__(self, store: Store, parent: QWidget | None = None):
        super().__init__(parent)
        self.store = store
        self.setWindowTitle(self.tr("Browse questions"))
        self.resize(960, 600)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search the text of every question…"))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(self.tr("Search"))
        self.set_filter = QComboBox()
        self.type_filter = QComboBox()
        self.topic_filter = QComboBox()
        self.tag_filter = QComboBox()
        self.fill_filters()
        for box in (self.set_filter, self.type_filter, self.topic_filter, self.tag_filter):
            box.currentIndexChanged.connect(self.refresh)
        self.search.textChanged.connect(self.refresh)

        self.results = QTreeWidget()
        self.results.setAccessibleName(self.tr("Questions found"))
        self.results.setRootIsDecorated(False)
        self.results.setHeaderLabels(
            [self.tr("Prompt"), self.tr("Type"), self.tr("Set"), self.tr("Topic")]
        )
        self.results.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.results.header().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.results.header().setStretchLastSection(False)
        self.results.currentItemChanged.connect(self.on_current_changed)
        self.results.itemActivated.connect(lambda *_: self.on_edit_clicked())
        self.detail = QPlainTextEdit()
        self.detail.setReadOnly(True)
        self.detail.setAccessibleName(self.tr("The chosen question"))
        self.detail_pictures = PictureStrip(media_in(store))
        self.count = QLabel()
        self.add_button = QPushButton(self.tr("&Add…"))
        self.add_button.setToolTip(self.tr("Write a new question in an imported set"))
        self.add_button.clicked.connect(self.on_add_clicked)
        self.edit_button = QPushButton(self.tr("&Edit…"))
        self.edit_button.clicked.connect(self.on_edit_clicked)
        self.delete_button = QPushButton(self.tr("&Delete…"))
        self.delete_button.clicked.connect(self.on_delete_clicked)
        actions = QHBoxLayout()
        actions.addWidget(self.count, 1)
        for button in (self.add_button, self.edit_button, self.delete_button):
            actions.addWidget(button)

        filters = QGridLayout()  # two rows of two, each box as narrow as a short name
        for place, (label, box) in enumerate(
            (
                (self.tr("Set:"), self.set_filter),
                (self.tr("Type:"), self.type_filter),
                (self.tr("Topic:"), self.topic_filter),
                (self.tr("Tag:"), self.tag_filter),
            )
        ):
            box.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            box.setMinimumContentsLength(FILTER_LETTERS)
            row, column = divmod(place, 2)
            filters.addWidget(label_for(QLabel(label), box), row, 2 * column)
            filters.addWidget(box, row, 2 * column + 1)
        filters.setColumnStretch(1, 1)
        filters.setColumnStretch(3, 1)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.results)
        chosen = QWidget()  # the question as text (markers kept, as it is edited) and its pictures
        beside = QHBoxLayout(chosen)
        beside.setContentsMargins(0, 0, 0, 0)
        beside.addWidget(self.detail, 1)
        self.pictures_scroll = vertical_scroll(self.detail_pictures)
        self.pictures_scroll.setMinimumWidth(MAX_WIDTH // 2)
        self.pictures_scroll.hide()
        beside.addWidget(self.pictures_scroll)
        splitter.addWidget(chosen)
        splitter.setSizes([380, 200])
        layout = QVBoxLayout(self)
        layout.addWidget(self.search)
        layout.addLayout(filters)
        layout.addWidget(splitter, 1)
        layout.addLayout(actions)
        self.questions: list[Question] = []
        self.editable: set[SetId] = set()
        self.refresh()

    def fill_filters(self) -> None:
        """Offer every set, type, topic and tag there is."""
        everything = self.tr("All")
        questions = self.store.questions.active()
        self.set_filter.addItem(everything, None)
        for info in ops.list_sets(self.store):
            if info.enabled:
                self.set_filter.addItem(info.title, info.id)
        self.type_filter.addItem(everything, None)
        for name in KINDS:
            self.type_filter.addItem(type_title(name), name)
        self.topic_filter.addItem(everything, None)
        for topic in sorted({str(q.topic) for q in questions if q.topic}):
            self.topic_filter.addItem(topic, topic)
        self.tag_filter.addItem(everything, None)
        for tag in sorted({t for q in questions for t in q.tags}):
            self.tag_filter.addItem(tag, tag)

    def refresh(self) -> None:
        """Show the questions that match the search and the filters."""
        self.editable = {info.id for info in ops.editable_sets(self.store) if info.enabled}
        set_id = self.set_filter.currentData()
        type_name = self.type_filter.currentData()
        self.questions = ops.find_questions(
            self.store,
            self.search.text(),
            SetId(set_id) if set_id else None,
            type_name,
            self.tag_filter.currentData(),
            self.topic_filter.currentData(),
        )
        self.results.clear()
        titles = {info.id: info.title for info in ops.list_sets(self.store)}
        for index, question in enumerate(self.questions):
            prompt = " ".join(prompt_text(question, question.prompt.primary).split())
            item = QTreeWidgetItem(
                [
                    prompt,
                    type_title(question.type),
                    titles.get(question.set_id, question.set_id),
                    str(question.topic or ""),
                ]
            )
            item.setData(0, Qt.ItemDataRole.UserRole, index)
            self.results.addTopLevelItem(item)
        self.count.setText(self.tr("Questions found: %1").replace("%1", str(len(self.questions))))
        if self.questions:
            select_row(self.results, 0)
        else:
            self.detail.clear()
        self.add_button.setEnabled(bool(self.editable))
        self.update_buttons()

    def current_question(self) -> Question | None:
        """Return the question chosen in the list, if any."""
        item = self.results.currentItem()
        return self.questions[item.data(0, Qt.ItemDataRole.UserRole)] if item else None

    def update_buttons(self) -> None:
        """Allow editing and deleting only questions of imported sets."""
        question = self.current_question()
        editable = question is not None and question.set_id in self.editable
        self.edit_button.setEnabled(editable)
        self.delete_button.setEnabled(editable)
        tip = "" if editable or question is None else self.tr("Built-in questions cannot be edited")
        self.edit_button.setToolTip(tip)

    def on_current_changed(self, item: QTreeWidgetItem | None, _previous: object) -> None:
        """Show the chosen question whole."""
        self.update_buttons()
        if item is None:
            return
        question = self.questions[item.data(0, Qt.ItemDataRole.UserRole)]
        described = self.describe(question)
        self.detail.setPlainText(described)
        self.detail_pictures.show_for(question, described)
        self.pictures_scroll.setVisible(bool(self.detail_pictures.pictures))

    def on_add_clicked(self) -> None:
        """Write a new question, in the set the filter names if that set is imported."""
        self.edit(QuestionEditor(self.store, set_id=self.set_filter.currentData(), parent=self))

    def on_edit_clicked(self) -> None:
        """Edit the chosen question of an imported set."""
        question = self.current_question()
        if question is not None and question.set_id in self.editable:
            self.edit(QuestionEditor(self.store, question, parent=self))

    def edit(self, editor: QuestionEditor) -> None:
        """Run the editor; once it has saved, show the list again on the saved question."""
        if editor.exec() and editor.saved is not None:
            self.refresh()
            self.select(editor.saved.id)
            self.questions_changed.emit()

    def select(self, question_id: QuestionId) -> None:
        """Choose a question in the list, if the search and filters show it."""
        ids = [q.id for q in self.questions]
        if question_id in ids:
            select_row(self.results, ids.index(question_id))

    def on_delete_clicked(self) -> None:
        """Ask, then retire the chosen question (learners' history of it is kept)."""
        question = self.current_question()
        if question is None or question.set_id not in self.editable:
            return
        prompt = " ".join(str(question.prompt).split())
        if confirm(
            self,
            self.tr("Delete question"),
            self.tr(
                "Delete this question? It leaves study and this list; "
                "learners' history of it is kept."
            )
            + f"\n\n{prompt}",
            self.tr("Delete"),
            self.tr("Cancel"),
        ):
            try:
                ops.delete_question(self.store, question.id)
            except QuizAppError as error:
                errors.show_error(error, self, self.tr("Cannot delete the question"))
                return
            self.refresh()
            self.questions_changed.emit()

    def describe(self, question: Question) -> str:
        """Return a question as the plain text the browser shows, in the learner's language."""
        lines = [str(question.prompt), ""]
        options = kind_of(question).options(question.payload)
        if options:
            lines += [f"  {'✓' if right else '·'} {option}" for option, right in options]
            lines.append("")
        answer = correct_answer_text(question, question.prompt.primary)
        lines.append(self.tr("Answer: %1").replace("%1", answer))
        if question.explanation:
            lines += ["", self.tr("Why: %1").replace("%1", str(question.explanation))]
        details = [
            self.tr("id %1").replace("%1", question.id),
            self.tr("set %1").replace("%1", question.set_id),
            self.tr("difficulty %1").replace("%1", str(question.difficulty)),
            type_title(question.type),
        ]
        if question.tags:
            details.append(self.tr("tags %1").replace("%1", ", ".join(question.tags)))
        if question.source:
            details.append(self.tr("source %1").replace("%1", question.source.citation))
        lines += ["", " · ".join(details)]
        return "\n".join(lines)


def type_title(name: str) -> str:
    """Return a question type's name as the learner reads it, in their language."""
    return errors.core_text(KINDS[name].title)
