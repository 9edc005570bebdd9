"""The question browser: search every question by text, filter by set, type, topic and tag."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from quizapp.core import ops
from quizapp.core.grading import correct_answer_text
from quizapp.core.model import Question, QuestionType, SetId
from quizapp.core.storage import Store


class QuestionBrowser(QDialog):
    """Finds questions as you type; shows the chosen one whole, as plain text."""

    def __init__(self, store: Store, parent: QWidget | None = None):
        super().__init__(parent)
        self.store = store
        self.setWindowTitle(self.tr("Browse questions"))
        self.resize(960, 600)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search the text of every question…"))
        self.search.setClearButtonEnabled(True)
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
        self.results.header().setStretchLastSection(False)
        self.results.currentItemChanged.connect(self.on_current_changed)
        self.detail = QPlainTextEdit()
        self.detail.setReadOnly(True)
        self.detail.setAccessibleName(self.tr("The chosen question"))
        self.count = QLabel()

        filters = QHBoxLayout()
        for label, box in (
            (self.tr("Set:"), self.set_filter),
            (self.tr("Type:"), self.type_filter),
            (self.tr("Topic:"), self.topic_filter),
            (self.tr("Tag:"), self.tag_filter),
        ):
            filters.addWidget(QLabel(label))
            filters.addWidget(box, 1)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.results)
        splitter.addWidget(self.detail)
        splitter.setSizes([380, 200])
        layout = QVBoxLayout(self)
        layout.addWidget(self.search)
        layout.addLayout(filters)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.count)
        self.questions: list[Question] = []
        self.refresh()

    def fill_filters(self) -> None:
        """Offer every set, type, topic and tag there is."""
        everything = self.tr("All")
        questions = self.store.questions()
        self.set_filter.addItem(everything, None)
        for info in ops.list_sets(self.store):
            if info.enabled:
                self.set_filter.addItem(info.title, info.id)
        self.type_filter.addItem(everything, None)
        for qtype in QuestionType:
            self.type_filter.addItem(qtype.value.replace("_", " "), qtype)
        self.topic_filter.addItem(everything, None)
        for topic in sorted({str(q.topic) for q in questions if q.topic}):
            self.topic_filter.addItem(topic, topic)
        self.tag_filter.addItem(everything, None)
        for tag in sorted({t for q in questions for t in q.tags}):
            self.tag_filter.addItem(tag, tag)

    def refresh(self) -> None:
        """Show the questions that match the search and the filters."""
        set_id = self.set_filter.currentData()
        type_name = self.type_filter.currentData()  # Qt hands the enum back as its text
        self.questions = ops.find_questions(
            self.store,
            self.search.text(),
            SetId(set_id) if set_id else None,
            QuestionType(type_name) if type_name else None,
            self.tag_filter.currentData(),
            self.topic_filter.currentData(),
        )
        self.results.clear()
        for index, question in enumerate(self.questions):
            prompt = " ".join(str(question.prompt).split())
            item = QTreeWidgetItem(
                [
                    prompt,
                    question.type.value.replace("_", " "),
                    question.set_id,
                    str(question.topic or ""),
                ]
            )
            item.setData(0, Qt.ItemDataRole.UserRole, index)
            self.results.addTopLevelItem(item)
        self.count.setText(self.tr("Questions found: %1").replace("%1", str(len(self.questions))))
        if self.questions:
            self.results.setCurrentItem(self.results.topLevelItem(0))
        else:
            self.detail.clear()

    def on_current_changed(self, item: QTreeWidgetItem | None, _previous: object) -> None:
        """Show the chosen question whole."""
        if item is None:
            return
        question = self.questions[item.data(0, Qt.ItemDataRole.UserRole)]
        self.detail.setPlainText(describe(question))


def describe(question: Question) -> str:
    """Return a question as the plain text the browser shows."""
    lines = [str(question.prompt), ""]
    if question.options:
        lines += [
            f"  {'✓' if i in question.correct else '·'} {o}" for i, o in enumerate(question.options)
        ]
        lines.append("")
    lines.append(f"Answer: {correct_answer_text(question, question.prompt.primary)}")
    if question.explanation:
        lines += ["", f"Why: {question.explanation}"]
    details = [f"id {question.id}", f"set {question.set_id}", f"difficulty {question.difficulty}"]
    if question.tags:
        details.append("tags " + ", ".join(question.tags))
    if question.source:
        details.append(f"source {question.source.citation}")
    lines += ["", " · ".join(details)]
    return "\n".join(lines)
