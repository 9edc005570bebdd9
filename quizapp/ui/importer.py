"""The import dialog: choose question files, import them with a progress bar, read the report."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from quizapp.core import ops
from quizapp.core.errors import QuestionFileError
from quizapp.core.formats.registry import PARSERS
from quizapp.core.storage import Store
from quizapp.ui import errors, tasks
from quizapp.ui.widgets import documents_folder

FILE_FILTER = "Question files (*.csv *.tsv *.txt *.gift *.yaml *.yml *.apkg *.aiken);;All files (*)"


class ImportDialog(QDialog):
    """Lets a teacher pick files and import them; shows progress, then what happened.

    The import runs in the background (:mod:`quizapp.ui.tasks`) on its own connection; its
    progress reports feed the dialog's progress bar.
    """

    import_finished = Signal(object)  # the ops.ImportReport of a successful import

    def __init__(self, store: Store, parent: QWidget | None = None):
        super().__init__(parent)
        self.store = store
        self.setWindowTitle(self.tr("Import questions"))
        self.resize(640, 520)

        self.files = QListWidget()
        self.files.setAccessibleName(self.tr("Files to import"))
        self.add_button = QPushButton(self.tr("Add files…"))
        self.add_button.clicked.connect(self.on_add_clicked)
        self.clear_button = QPushButton(self.tr("Clear"))
        self.clear_button.clicked.connect(self.files.clear)
        file_buttons = QHBoxLayout()
        file_buttons.addWidget(self.add_button)
        file_buttons.addWidget(self.clear_button)
        file_buttons.addStretch(1)

        self.set_name = QLineEdit()
        self.set_name.setPlaceholderText(self.tr("one set per file, named after it"))
        self.format = QComboBox()
        self.format.addItem(self.tr("Tell from each file"), None)
        for name in PARSERS:
            self.format.addItem(name, name)
        form = QFormLayout()
        form.addRow(self.tr("Into the set:"), self.set_name)
        form.addRow(self.tr("Format:"), self.format)

        self.progress = QProgressBar()
        self.progress.setTextVisible(True)
        self.progress.setValue(0)
        self.status = QLabel()
        self.report = QPlainTextEdit()
        self.report.setReadOnly(True)
        self.report.setAccessibleName(self.tr("Import report"))
        self.report.setPlaceholderText(
            self.tr(
                "CSV or TSV, Moodle GIFT, Aiken, Anki packages (.apkg) and text exports, "
                "and quizapp's own YAML files. Nothing is imported unless every file is free "
                "of problems; importing a file again keeps learners' progress."
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
        layout.addWidget(self.files, 1)
        layout.addLayout(file_buttons)
        layout.addLayout(form)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        layout.addWidget(self.report, 2)
        layout.addWidget(self.buttons)

    def add_files(self, paths: list[Path]) -> None:
        """Add files to the list to import."""
        for path in paths:
            self.files.addItem(str(path))

    def paths(self) -> list[Path]:
        """Return the files chosen so far."""
        return [Path(self.files.item(i).text()) for i in range(self.files.count())]

    def on_add_clicked(self) -> None:
        """Ask for files to add."""
        names, _ = QFileDialog.getOpenFileNames(
            self, self.tr("Choose question files"), documents_folder(), FILE_FILTER
        )
        self.add_files([Path(name) for name in names])

    def on_import_progress(self, what: str, done: int, total: int) -> None:
        """Show how far the import is (called by the core while it works)."""
        self.status.setText(what)
        self.progress.setMaximum(max(total, 1))
        self.progress.setValue(done)

    def on_import_clicked(self) -> None:
        """Import the chosen files and show the report."""
        paths = self.paths()
        if not paths:
            self.report.setPlainText(self.tr("Add the files to import first."))
            return
        self.import_button.setEnabled(False)
        set_name = self.set_name.text().strip() or None
        fmt = self.format.currentData()
        tasks.run_in_background(
            self,
            lambda context: ops.import_files(
                context.required_store(),
                paths,
                set_name=set_name,
                fmt=fmt,
                progress=context.progress,
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
        """List the problems of the files; other errors go to the presenter."""
        self.import_button.setEnabled(True)
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
            *[str(problem) for problem in error.problems],
        ]
        self.report.setPlainText("\n".join(lines))


def describe(result: ops.ImportReport) -> list[str]:
    """Return the lines of the report shown after a successful import."""
    where = ", ".join(result.set_ids) or "no set"
    lines = [
        f"Imported into {where}: {result.added} added, {result.updated} updated, "
        f"{result.unchanged} unchanged, {len(result.skipped)} skipped, "
        f"{result.media} image(s).",
    ]
    if result.skipped:
        lines += ["", "Skipped:"] + [f"  {item}" for item in result.skipped]
    if result.notes:
        lines += ["", "Imported with a loss:"] + [f"  {item}" for item in result.notes]
    return lines
