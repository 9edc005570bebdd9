"""The class report: a folder of learners' progress files combined into one table."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLayout,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from quizapp.core import classpicture, classreport
from quizapp.core.errors import QuizAppError
from quizapp.core.files import write_text_atomic
from quizapp.core.report import TopicRow
from quizapp.ui import errors, printing, tasks
from quizapp.ui.charts import ChartCard, chart_palette
from quizapp.ui.widgets import documents_folder


class ClassReportDialog(QDialog):
    """Reads a folder of progress files; shows learners, their sets and topics; saves a CSV.

    Each learner's row adds up their sets, and each set's row its topics (folded until opened).

    Files that are not progress files are listed under the table with the reason, and skipped.
    """

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Class report"))
        self.resize(1280, 640)
        self.report: classreport.ClassReport | None = None
        intro = QLabel(
            self.tr(
                "Learners save their progress with Reports → Export my progress… and bring the "
                "file (USB stick or shared folder). Put the files in one folder and choose it."
            )
        )
        intro.setWordWrap(True)
        self.folder_button = QPushButton(self.tr("Choose &folder…"))
        self.folder_button.clicked.connect(self.on_folder_clicked)
        self.folder_label = QLabel()
        self.folder_label.setTextFormat(Qt.TextFormat.PlainText)
        self.table = QTreeWidget()
        self.table.setAccessibleName(self.tr("Progress per learner, set and topic"))
        self.table.setHeaderLabels(
            [
                self.tr("Learner / set and topic"),
                self.tr("Questions"),
                self.tr("Seen"),
                self.tr("Mastered"),
                self.tr("Retention (30 days)"),
                self.tr("Time (min)"),
            ]
        )
        self.table.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.header().setStretchLastSection(False)
        self.problems = QPlainTextEdit()
        self.problems.setReadOnly(True)
        self.problems.setAccessibleName(self.tr("Files left out"))
        self.problems.setMaximumHeight(80)
        self.summary = QLabel()
        self.save_button = QPushButton(self.tr("&Save as CSV…"))
        self.save_button.clicked.connect(self.on_save_clicked)
        self.save_button.setEnabled(False)
        self.html_button = QPushButton(self.tr("Save as &HTML…"))
        self.html_button.clicked.connect(self.on_save_html_clicked)
        self.html_button.setEnabled(False)
        self.pdf_button = QPushButton(self.tr("Save as &PDF…"))
        self.pdf_button.clicked.connect(self.on_save_pdf_clicked)
        self.pdf_button.setEnabled(False)
        self.charts: dict[str, ChartCard] = {}
        picture = QWidget()
        self.picture_layout = QVBoxLayout(picture)
        # Grow with the charts (their size is fixed), so that the scroll area can scroll.
        self.picture_layout.setSizeConstraint(QLayout.SizeConstraint.SetMinimumSize)
        self.picture_layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(picture)
        splitter = QSplitter()
        splitter.addWidget(self.table)
        splitter.addWidget(scroll)
        splitter.setSizes([500, 700])
        close = QDialogButtonBox()
        close.addButton(self.tr("Close"), QDialogButtonBox.ButtonRole.RejectRole)
        close.rejected.connect(self.reject)

        top = QHBoxLayout()
        top.addWidget(self.folder_button)
        top.addWidget(self.folder_label, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.summary, 1)
        bottom.addWidget(self.save_button)
        bottom.addWidget(self.html_button)
        bottom.addWidget(self.pdf_button)
        bottom.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)
        layout.addWidget(QLabel(self.tr("Files left out:")))
        layout.addWidget(self.problems)
        layout.addLayout(bottom)

    def on_folder_clicked(self) -> None:
        """Ask for the folder of progress files, then read it."""
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("Folder of progress files"), documents_folder()
        )
        if folder:
            self.load_folder(Path(folder))

    def load_folder(self, folder: Path) -> None:
        """Read every progress file in ``folder`` in the background, then show the table."""
        self.folder_label.setText(str(folder))
        self.table.clear()
        self.save_button.setEnabled(False)
        self.html_button.setEnabled(False)
        self.pdf_button.setEnabled(False)
        tasks.run_in_background(
            self,
            lambda _: classreport.combine(folder),
            self.show_report,
            on_failure=self.on_folder_failed,
            busy_text=self.tr("Reading the progress files…"),
        )

    def on_folder_failed(self, error: Exception) -> None:
        """Say why the folder cannot be read (bugs go to the presenter)."""
        self.report = None
        self.summary.clear()
        if isinstance(error, QuizAppError):
            self.problems.setPlainText(errors.describe(error))
        else:
            errors.show_error(error, self)
        self.html_button.setEnabled(False)
        self.pdf_button.setEnabled(False)
        self.show_picture()

    def show_report(self, report: classreport.ClassReport) -> None:
        """Show the combined table of a folder's progress files."""
        self.report = report
        for learner in self.report.learners:
            exported = learner.exported_at.strftime("%Y-%m-%d %H:%M")
            name = classreport.learner_label(report, learner)
            top = self.row_item(
                self.tr("%1 (exported %2)").replace("%1", name).replace("%2", exported),
                learner.rows,
            )
            self.table.addTopLevelItem(top)
            top.setExpanded(True)
            sets: dict[str, QTreeWidgetItem] = {}
            for row in learner.rows:
                if row.set_id not in sets:
                    in_set = tuple(r for r in learner.rows if r.set_id == row.set_id)
                    sets[row.set_id] = self.row_item(row.set_title, in_set)
                    top.addChild(sets[row.set_id])
                sets[row.set_id].addChild(self.row_item(row.topic or self.tr("(no topic)"), (row,)))
        for column in range(1, self.table.columnCount()):
            self.table.resizeColumnToContents(column)
        self.problems.setPlainText(
            "\n".join(errors.in_words(p) for p in self.report.problems) or self.tr("None.")
        )
        self.summary.setText(self.tr("Learners: %1").replace("%1", str(len(self.report.learners))))
        self.save_button.setEnabled(bool(self.report.learners))
        self.html_button.setEnabled(bool(self.report.learners))
        self.pdf_button.setEnabled(bool(self.report.learners))
        self.show_picture()

    def words(self) -> classpicture.Words:
        """Return the class picture's words in the UI's language."""
        return classpicture.Words(
            mastered=self.tr("Mastered"),
            learning=self.tr("Seen, not mastered"),
            new=self.tr("Not seen"),
            no_topic=self.tr("(no topic)"),
            topics_title=self.tr("Mastery per topic across the class"),
            topics_caption=self.tr(
                "Each bar is a topic: the share of its questions the learners have mastered, "
                "added over all learners. The weakest topics come first."
            ),
            grid_title=self.tr("Learners and topics"),
            grid_caption=self.tr(
                "Each cell is one learner's share mastered in one topic: the stronger its green, "
                "the more mastered; – means the learner has no questions there."
            ),
            topic_tip=self.tr("%1: %2 of %3 questions mastered by the class"),
            cell_tip=self.tr("%1, %2: %3 of %4 mastered"),
        )

    def show_picture(self) -> None:
        """Draw the class's mastery per topic and the learners x topics grid beside the table."""
        for card in self.charts.values():
            self.picture_layout.removeWidget(card)
            card.setParent(None)  # not painted till it is deleted
            card.deleteLater()
        self.charts = {}
        if self.report is None or not self.report.learners:
            return
        words, palette = self.words(), chart_palette()
        topics = classpicture.class_topics(self.report)
        self.charts = {
            "topics": ChartCard(
                words.topics_title,
                words.topics_caption,
                classpicture.topics_chart(topics, palette, words),
            ),
            "grid": ChartCard(
                words.grid_title,
                words.grid_caption,
                classpicture.grid_chart(self.report, palette, words),
            ),
        }
        for index, card in enumerate(self.charts.values()):
            self.picture_layout.insertWidget(index, card)

    def row_item(self, name: str, rows: tuple[TopicRow, ...]) -> QTreeWidgetItem:
        """Return a table row: a name, then the figures of some topics added together."""
        tested = sum(r.tested_30_days for r in rows)
        recalled = sum(r.recalled_30_days for r in rows)
        item = QTreeWidgetItem(
            [
                name,
                str(sum(r.questions for r in rows)),
                str(sum(r.seen for r in rows)),
                str(sum(r.mastered for r in rows)),
                f"{recalled / tested:.0%}" if tested else "–",
                f"{sum(r.time_spent_ms for r in rows) / 60000:.1f}",
            ]
        )
        for column in range(1, item.columnCount()):
            item.setTextAlignment(column, Qt.AlignmentFlag.AlignRight)
        return item

    def on_save_clicked(self) -> None:
        """Ask where to save the table as CSV, then save it."""
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Save the class report"),
            documents_folder("class.csv"),
            self.tr("CSV files (*.csv)"),
        )
        if path:
            self.save_csv(Path(path))

    def on_save_html_clicked(self) -> None:
        """Ask where to save the class picture and table as HTML (it prints on A4), then save."""
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Save the class report as HTML"),
            documents_folder("class.html"),
            self.tr("HTML files (*.html)"),
        )
        if path:
            self.save(Path(path), classpicture.class_html)

    def on_save_pdf_clicked(self) -> None:
        """Ask where to save the class picture and table as a PDF on A4, then write it."""
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Save the class report as PDF"),
            documents_folder("class.pdf"),
            self.tr("PDF files (*.pdf)"),
        )
        if path:
            self.save_pdf(Path(path))

    def save_pdf(self, path: Path) -> None:
        """Write the class report as a PDF on A4 (charts as vectors), in the background."""
        report = self.report
        assert report is not None
        words, title = self.words(), self.tr("Class report")
        self.pdf_button.setEnabled(False)
        tasks.run_in_background(
            self,
            lambda _: printing.write_report_pdf(
                lambda figure: classpicture.class_html(report, words, figure), title, path
            ),
            lambda _pages: self.on_pdf_saved(path),
            on_failure=self.on_pdf_failed,
            busy_text=self.tr("Writing the PDF…"),
        )

    def on_pdf_saved(self, path: Path) -> None:
        """Say where the PDF was written."""
        self.pdf_button.setEnabled(True)
        self.summary.setText(self.tr("Saved to %1.").replace("%1", str(path)))

    def on_pdf_failed(self, error: Exception) -> None:
        """Say why the PDF could not be written (bugs go to the presenter)."""
        self.pdf_button.setEnabled(True)
        errors.show_error(error, self)

    def save_csv(self, path: Path) -> None:
        """Write the table as CSV (safely: a failure leaves any older file as it was)."""
        self.save(path, classreport.class_csv)

    def save(self, path: Path, render: Callable[[classreport.ClassReport], str]) -> None:
        """Write the report as ``render`` makes it (safely: a failure keeps any older file)."""
        assert self.report is not None
        try:
            write_text_atomic(path, render(self.report))
        except OSError as error:
            self.summary.setText(
                self.tr("Cannot write %1: %2")
                .replace("%1", str(path))
                .replace("%2", error.strerror or "")
            )
            return
        self.summary.setText(self.tr("Saved to %1.").replace("%1", str(path)))
