"""The import dialog: choose files and how to read them, preview what would change, import."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from quizapp.core import ops
from quizapp.core.errors import ImportOverwriteError, QuestionFileError
from quizapp.core.formats import catalog
from quizapp.core.formats.imported import ImportOptions, Skipped
from quizapp.core.grading import correct_answer_text
from quizapp.core.storage import Store
from quizapp.core.storage.questions import QuestionChange
from quizapp.ui import errors, tasks
from quizapp.ui.widgets import documents_folder, name_form_fields

PREVIEW_ROWS = 500
"""Questions listed in the preview at most (the counts above it cover every question)."""


class ImportDialog(QDialog):
    """Lets a teacher pick files, name a table's columns, preview the import, then import.

    Nothing is written until Import is pressed; Preview reads and checks the files and lists
    each question with what importing would do to it. Both run in the background
    (:mod:`quizapp.ui.tasks`) on their own connection; their progress feeds the progress bar.
    """

    import_finished = Signal(object)  # the ops.ImportReport of a successful import
    preview_shown = Signal(object)  # the ops.ImportPlan the preview lists

    def __init__(self, store: Store, parent: QWidget | None = None):
        super().__init__(parent)
        self.store = store
        self.setWindowTitle(self.tr("Import questions"))
        self.resize(820, 720)
        self.sampled_roles: list[str] = []

        self.files = QListWidget()
        self.files.setAccessibleName(self.tr("Files to import"))
        self.files.setMaximumHeight(70)
        self.add_button = QPushButton(self.tr("Add files…"))
        self.add_button.clicked.connect(self.on_add_clicked)
        self.clear_button = QPushButton(self.tr("Clear"))
        self.clear_button.clicked.connect(self.on_clear_clicked)
        file_buttons = QHBoxLayout()
        file_buttons.addWidget(self.add_button)
        file_buttons.addWidget(self.clear_button)
        file_buttons.addStretch(1)

        self.set_name = QLineEdit()
        self.set_name.setPlaceholderText(self.tr("one set per file, named after it"))
        self.format = QComboBox()
        self.format.addItem(self.tr("Tell from each file"), None)
        for fmt in catalog.readable():
            self.format.addItem(errors.core_text(fmt.label), fmt.name)
        self.format.currentIndexChanged.connect(self.on_files_changed)
        self.on_problem = QComboBox()
        self.on_problem.addItem(self.tr("Import nothing until every question is right"), True)
        self.on_problem.addItem(self.tr("Import the valid questions and list the others"), False)
        self.as_copy = QCheckBox(self.tr("Import as a copy (a new set with new ids)"))
        form = QFormLayout()
        form.addRow(self.tr("Into the set:"), self.set_name)
        form.addRow(self.tr("Format:"), self.format)
        form.addRow(self.tr("If a question has a problem:"), self.on_problem)
        form.addRow("", self.as_copy)
        name_form_fields(form)

        self.columns_box = QGroupBox(self.tr("Columns"))
        self.has_header = QCheckBox(self.tr("The first row names the columns"))
        self.columns_table = QTableWidget()
        self.columns_table.setAccessibleName(self.tr("Columns of the first file"))
        self.columns_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.columns_table.setMaximumHeight(160)
        columns_layout = QVBoxLayout(self.columns_box)
        columns_layout.addWidget(
            QLabel(self.tr("Choose what each column holds; the choice is kept for such files."))
        )
        columns_layout.addWidget(self.has_header)
        columns_layout.addWidget(self.columns_table)
        self.columns_box.setVisible(False)

        self.preview_button = QPushButton(self.tr("Preview"))
        self.preview_button.clicked.connect(self.on_preview_clicked)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        preview_row = QHBoxLayout()
        preview_row.addWidget(self.preview_button)
        preview_row.addWidget(self.summary, 1)
        self.preview = QTableWidget(0, 5)
        self.preview.setAccessibleName(self.tr("Preview of the import"))
        self.preview.setHorizontalHeaderLabels(
            [
                self.tr("Line"),
                self.tr("Type"),
                self.tr("Question"),
                self.tr("Answer"),
                self.tr("Import"),
            ]
        )
        self.preview.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.preview.verticalHeader().setVisible(False)
        header = self.preview.horizontalHeader()
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)

        self.progress = QProgressBar()
        self.progress.setTextVisible(True)
        self.progress.setValue(0)
        self.status = QLabel()
        self.report = QPlainTextEdit()
        self.report.setReadOnly(True)
        self.report.setAccessibleName(self.tr("Import report"))
        self.report.setMaximumHeight(90)
        self.report.setPlaceholderText(
            self.tr(
                "CSV, TSV and spreadsheets, Moodle XML and GIFT, Aiken, Anki packages and text "
                "exports, and quizapp's own YAML files. Preview shows what would change before "
                "anything is written; importing a file again keeps learners' progress."
            )
        )

        self.buttons = QDialogButtonBox()
        self.import_button = self.buttons.addButton(
            self.tr("Import"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.import_button.clicked.connect(self.on_import_clicked)
        close = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        close.clicked.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Files:")))
        layout.addWidget(self.files)
        layout.addLayout(file_buttons)
        layout.addLayout(form)
        layout.addWidget(self.columns_box)
        layout.addLayout(preview_row)
        layout.addWidget(self.preview, 3)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        layout.addWidget(self.report)
        layout.addWidget(self.buttons)

    # -- files and columns -------------------------------------------------------------------

    def add_files(self, paths: list[Path]) -> None:
        """Add files to the list to import."""
        for path in paths:
            self.files.addItem(str(path))
        self.on_files_changed()

    def paths(self) -> list[Path]:
        """Return the files chosen so far."""
        return [Path(self.files.item(i).text()) for i in range(self.files.count())]

    def on_add_clicked(self) -> None:
        """Ask for files to add."""
        names, _ = QFileDialog.getOpenFileNames(
            self, self.tr("Choose question files"), documents_folder(), self.file_filter()
        )
        self.add_files([Path(name) for name in names])

    def file_filter(self) -> str:
        """Return the file dialog's filter: every readable format's files, or all files."""
        return (
            self.tr("Question files (%1)").replace("%1", " ".join(catalog.import_patterns()))
            + ";;"
            + self.tr("All files (*)")
        )

    def on_clear_clicked(self) -> None:
        """Forget the chosen files."""
        self.files.clear()
        self.on_files_changed()

    def on_files_changed(self) -> None:
        """Show the first file's columns when it is a table (CSV, TSV, spreadsheet)."""
        self.preview.setRowCount(0)
        self.summary.clear()
        paths = self.paths()
        sample = None
        if paths:
            try:
                sample = ops.sample_table(self.store, paths[0], self.format.currentData())
            except QuestionFileError as error:
                self.report.setPlainText(errors.describe(error))
        self.columns_box.setVisible(sample is not None and bool(sample.rows))
        if sample is None or not sample.rows:
            self.sampled_roles = []
            return
        self.columns_box.setTitle(self.tr("Columns of %1").replace("%1", paths[0].name))
        self.sampled_roles = list(sample.roles)
        self.has_header.setChecked(sample.has_header)
        width = len(sample.roles)
        self.columns_table.clear()
        self.columns_table.setColumnCount(width)
        self.columns_table.setRowCount(len(sample.rows) + 1)
        self.columns_table.setHorizontalHeaderLabels([str(i + 1) for i in range(width)])
        for column, role in enumerate(sample.roles):
            self.columns_table.setCellWidget(0, column, self.role_box(role))
        for row, cells in enumerate(sample.rows, start=1):
            for column, text in enumerate(cells[:width]):
                self.columns_table.setItem(row, column, QTableWidgetItem(text))
        self.columns_table.setVerticalHeaderLabels(["", *(str(i) for i in range(1, width + 8))])
        self.columns_table.resizeColumnsToContents()

    def role_box(self, role: str) -> QComboBox:
        """Return the list of roles a column can have, showing ``role``."""
        box = QComboBox()
        box.setAccessibleName(self.tr("What this column holds"))
        labels = {
            "?": self.tr("(choose)"),
            "": self.tr("(skip)"),
            "prompt": self.tr("Question"),
            "answer": self.tr("Answer"),
            "option": self.tr("One option"),
            "options": self.tr("Options (a|b|c)"),
            "explanation": self.tr("Explanation"),
            "type": self.tr("Type"),
            "topic": self.tr("Topic"),
            "difficulty": self.tr("Difficulty"),
            "tags": self.tr("Tags"),
            "id": self.tr("Id"),
            "alternatives": self.tr("Other accepted answers"),
            "tolerance": self.tr("Tolerance"),
        }
        for value, label in labels.items():
            if value != "?" or role == "?":
                box.addItem(label, value)
        box.setCurrentIndex(max(box.findData(role), 0))
        box.currentIndexChanged.connect(lambda _: self.preview.setRowCount(0))
        return box

    def chosen_roles(self) -> list[str]:
        """Return each column's role as chosen in the column list."""
        roles = []
        for column in range(self.columns_table.columnCount()):
            box = self.columns_table.cellWidget(0, column)
            roles.append(str(box.currentData()) if isinstance(box, QComboBox) else "")
        return roles

    def choose_role(self, column: int, role: str) -> None:
        """Give a column a role, as the teacher would in its list."""
        box = self.columns_table.cellWidget(0, column)
        assert isinstance(box, QComboBox)
        box.setCurrentIndex(box.findData(role))

    def options(self) -> ImportOptions:
        """Return the choices made in the dialog as import options."""
        roles = self.chosen_roles() if self.columns_box.isVisibleTo(self) else []
        named = bool(roles) and (roles != self.sampled_roles or "?" in roles)
        return ImportOptions(
            set_name=self.set_name.text().strip() or None,
            columns=tuple(role if role != "?" else "" for role in roles) if named else None,
            has_header=self.has_header.isChecked() if named else None,
            all_or_nothing=bool(self.on_problem.currentData()),
            as_copy=self.as_copy.isChecked(),
        )

    # -- preview and import ------------------------------------------------------------------

    def on_import_progress(self, what: str, done: int, total: int) -> None:
        """Show how far the import is (called by the core while it works)."""
        self.status.setText(what)
        self.progress.setMaximum(max(total, 1))
        self.progress.setValue(done)

    def show_problems(self, error: Exception) -> None:
        """List the problems of the files (nothing written); other errors go to the presenter."""
        self.import_button.setEnabled(True)
        self.preview_button.setEnabled(True)
        self.status.setText(self.tr("Nothing was imported."))
        self.progress.setValue(0)
        if not isinstance(error, QuestionFileError):
            errors.show_error(error, self, self.tr("Cannot import"))
            return
        lines = [
            self.tr("Nothing was imported: problems to fix first: %1").replace(
                "%1", str(len(error.problems))
            ),
            "",
            errors.describe(error),
        ]
        self.report.setPlainText("\n".join(lines))

    def on_preview_clicked(self) -> None:
        """Read and check the files and list what importing them would do; write nothing."""
        paths = self.paths()
        if not paths:
            self.report.setPlainText(self.tr("Add the files to import first."))
            return
        self.preview_button.setEnabled(False)
        self.preview.setRowCount(0)
        self.summary.clear()
        fmt, options = self.format.currentData(), self.options()
        tasks.run_in_background(
            self,
            lambda context: ops.plan_import(
                context.required_store(),
                paths,
                fmt=fmt,
                progress=context.progress,
                options=options,
            ),
            self.show_preview,
            store=self.store,
            on_failure=self.show_problems,
            on_progress=self.on_import_progress,
        )

    def show_preview(self, plan: ops.ImportPlan) -> None:
        """List each question of the plan with what importing would do to it."""
        self.preview_button.setEnabled(True)
        words = {
            QuestionChange.NEW: self.tr("new"),
            QuestionChange.UPDATED: self.tr("replaces"),
            QuestionChange.UNCHANGED: self.tr("unchanged"),
        }
        rows: list[tuple[str, str, str, str, str]] = []
        for parsed in plan.files:
            for question_set in parsed.sets:
                for question in question_set.questions:
                    rows.append(
                        (
                            f"{parsed.path.name}:{parsed.lines.get(question.id, 0)}",
                            str(question.type),
                            str(question.prompt),
                            correct_answer_text(question, question.prompt.primary),
                            words[plan.changes[question.id]],
                        )
                    )
            for skipped in parsed.skipped:
                line = f"{parsed.path.name}:{skipped.line}"
                rows.append((line, "", "", errors.in_words(skipped.reason), self.tr("skipped")))
        rows.sort(key=lambda row: (row[0].split(":")[0], int(row[0].rsplit(":", 1)[1])))
        self.preview.setRowCount(min(len(rows), PREVIEW_ROWS))
        for index, row in enumerate(rows[:PREVIEW_ROWS]):
            for column, text in enumerate(row):
                self.preview.setItem(index, column, QTableWidgetItem(text.replace("\n", " ")))
        self.preview.resizeColumnToContents(0)
        skipped_count = sum(len(parsed.skipped) for parsed in plan.files)
        summary = (
            self.tr("%1 new, %2 replaced, %3 unchanged, %4 skipped; nothing is written yet.")
            .replace("%1", str(plan.count(QuestionChange.NEW)))
            .replace("%2", str(plan.count(QuestionChange.UPDATED)))
            .replace("%3", str(plan.count(QuestionChange.UNCHANGED)))
            .replace("%4", str(skipped_count))
        )
        encodings = sorted({p.encoding for p in plan.files if p.encoding})
        if encodings:
            summary += " " + self.tr("Read as %1.").replace("%1", ", ".join(encodings))
        self.summary.setText(summary)
        self.status.setText(self.tr("Preview ready."))
        self.progress.setValue(self.progress.maximum())
        self.report.clear()
        self.preview_shown.emit(plan)

    def on_import_clicked(self) -> None:
        """Import the chosen files with the dialog's choices (see :meth:`start_import`)."""
        self.start_import(replace_others=False)

    def start_import(self, *, replace_others: bool) -> None:
        """Import in the background; the report, the problems or a question follow."""
        paths = self.paths()
        if not paths:
            self.report.setPlainText(self.tr("Add the files to import first."))
            return
        self.import_button.setEnabled(False)
        fmt, options = self.format.currentData(), self.options()
        tasks.run_in_background(
            self,
            lambda context: ops.import_files(
                context.required_store(),
                paths,
                fmt=fmt,
                progress=context.progress,
                options=options,
                replace_others=replace_others,
            ),
            self.on_import_done,
            store=self.store,
            on_failure=self.on_import_failed,
            on_progress=self.on_import_progress,
        )

    def on_import_done(self, result: ops.ImportReport) -> None:
        """Show the report of a finished import."""
        self.import_button.setEnabled(True)
        self.status.setText(self.tr("Done."))
        self.progress.setValue(self.progress.maximum())
        self.report.setPlainText("\n".join(describe(result)))
        self.import_finished.emit(result)

    def on_import_failed(self, error: Exception) -> None:
        """Ask before replacing another file's questions; otherwise show what went wrong."""
        if not isinstance(error, ImportOverwriteError):
            self.show_problems(error)
            return
        answer = QMessageBox.question(
            self,
            self.tr("Replace questions?"),
            self.tr(
                "Another file put questions into this set, and this file would replace "
                "some of them (%1). Replace them? Choose No and tick 'Import as a copy' to "
                "keep both."
            ).replace("%1", error.replaced),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.start_import(replace_others=True)
            return
        self.import_button.setEnabled(True)
        self.status.setText(self.tr("Nothing was imported."))


def describe(result: ops.ImportReport) -> list[str]:
    """Return the lines of the report shown after a successful import."""
    translate = QCoreApplication.translate
    where = ", ".join(result.set_ids) or translate("ImportDialog", "no set")
    counts = (where, result.added, result.updated, result.unchanged, len(result.skipped))
    lines = [
        _filled(
            translate(
                "ImportDialog",
                "Imported into %1: %2 added, %3 updated, %4 unchanged, %5 skipped, %6 image(s).",
            ),
            *counts,
            result.media,
        )
    ]
    lines += [
        _filled(translate("ImportDialog", "%1: read as %2"), parsed.path.name, parsed.encoding)
        for parsed in result.files
        if parsed.encoding not in ("", "UTF-8")
    ]
    if result.skipped:
        lines += ["", translate("ImportDialog", "Skipped:")] + _items(result.skipped)
    if result.notes:
        lines += ["", translate("ImportDialog", "Imported with a loss:")] + _items(result.notes)
    return lines


def _filled(template: str, *values: object) -> str:
    """Return a translated template with its ``%1``, ``%2``… replaced by ``values``."""
    for number, value in reversed(list(enumerate(values, start=1))):
        template = template.replace(f"%{number}", str(value))
    return template


def _items(items: tuple[Skipped, ...]) -> list[str]:
    """Return one indented ``file:line: why`` line per item, in the UI language."""
    return [f"  {item.path}:{item.line}: {errors.in_words(item.reason)}" for item in items]
