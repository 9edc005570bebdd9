"""The print dialog: a set, or an exam drawn from it, saved as a worksheet PDF with its key."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from quizapp.core import ops
from quizapp.core.storage import Store
from quizapp.ui.i18n import LANGUAGES
from quizapp.ui.printing import PAPERS, write_pdf


class WorksheetDialog(QDialog):
    """Lets a teacher print a set as a paper quiz: all of it or a draw, a class's variant."""

    def __init__(self, store: Store, parent: QWidget | None = None):
        super().__init__(parent)
        self.store = store
        self.setWindowTitle(self.tr("Print a worksheet"))
        self.set_choice = QComboBox()
        for info in ops.list_sets(store):
            if not info.deleted:
                self.set_choice.addItem(info.title, info.id)
        self.draw = QSpinBox()
        self.draw.setRange(0, 500)
        self.draw.setSpecialValueText(self.tr("every question"))
        self.shuffle = QCheckBox(self.tr("Shuffle for a class, variant:"))
        self.variant = QSpinBox()
        self.variant.setRange(1, 999)
        self.paper = QComboBox()
        for name in PAPERS:
            self.paper.addItem(name.upper() if name == "a4" else name.title(), name)
        self.language = QComboBox()
        for code, name in LANGUAGES.items():
            self.language.addItem(name, code)
        form = QFormLayout()
        form.addRow(self.tr("Set:"), self.set_choice)
        form.addRow(self.tr("Questions:"), self.draw)
        form.addRow(self.shuffle, self.variant)
        form.addRow(self.tr("Paper:"), self.paper)
        form.addRow(self.tr("Language:"), self.language)
        self.status = QLabel(self.tr("The answer key is printed on pages of its own, at the end."))
        self.status.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.save_button = buttons.addButton(
            self.tr("Save PDF…"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.save_button.clicked.connect(self.on_save_clicked)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.status)
        layout.addWidget(buttons)

    def on_save_clicked(self) -> None:
        """Ask where to save the PDF, then write it."""
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save the worksheet"), "worksheet.pdf", "PDF (*.pdf)"
        )
        if name:
            self.save(Path(name))

    def save(self, path: Path) -> int:
        """Write the worksheet chosen in the dialog to ``path``; return its number of pages."""
        sheet, media = ops.worksheet(
            self.store,
            str(self.set_choice.currentData()),
            draw=self.draw.value() or None,
            seed=self.variant.value() if self.shuffle.isChecked() else None,
            language=str(self.language.currentData()),
        )
        pages = write_pdf(sheet, media, path, str(self.paper.currentData()))
        self.status.setText(
            self.tr("Saved %1 page(s) to %2.").replace("%1", str(pages)).replace("%2", str(path))
        )
        return pages
