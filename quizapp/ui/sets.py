"""The set manager: every question set with its origin and size; enable, disable, rename, delete."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from quizapp.core import ops
from quizapp.core.errors import QuizAppError
from quizapp.core.files import write_text_atomic
from quizapp.core.formats import catalog
from quizapp.core.model import Origin, SetId
from quizapp.core.storage import Store
from quizapp.ui import errors, tasks
from quizapp.ui.widgets import confirm, documents_folder


class SetManagerDialog(QDialog):
    """Lists the sets; a tick enables a set for study, Rename retitles an imported one.

    Delete hides an imported set and keeps learners' history of it (deleted sets are listed last),
    or, when chosen, deletes that history too.
    """

    sets_changed = Signal()

    def __init__(self, store: Store, parent: QWidget | None = None):
        super().__init__(parent)
        self.store = store
        self.setWindowTitle(self.tr("Question sets"))
        self.resize(720, 420)
        self.tree = QTreeWidget()
        self.tree.setAccessibleName(self.tr("Question sets"))
        self.tree.setRootIsDecorated(False)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setHeaderLabels(
            [
                self.tr("Set (tick to study it)"),
                self.tr("Id"),
                self.tr("Origin"),
                self.tr("Questions"),
            ]
        )
        header = self.tree.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setStretchLastSection(False)
        self.tree.itemChanged.connect(self.on_item_changed)
        self.tree.currentItemChanged.connect(lambda *_: self.update_buttons())
        self.rename_button = QPushButton(self.tr("Rename…"))
        self.rename_button.clicked.connect(self.on_rename_clicked)
        self.delete_button = QPushButton(self.tr("Delete…"))
        self.delete_button.clicked.connect(self.on_delete_clicked)
        self.export_button = QPushButton(self.tr("&Export…"))
        self.export_button.setToolTip(
            self.tr("Save the set as a file: our YAML, Moodle GIFT, CSV or Aiken")
        )
        self.export_button.clicked.connect(self.on_export_clicked)
        self.message = QLabel()
        self.message.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(self.rename_button)
        row.addWidget(self.delete_button)
        row.addWidget(self.export_button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tree, 1)
        layout.addLayout(row)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.refresh()

    def refresh(self) -> None:
        """List the sets as they are in the database."""
        self.tree.blockSignals(True)
        self.tree.clear()
        for info in ops.list_sets(self.store):
            origin = (
                self.tr("deleted, history kept") if info.deleted else self.origin_text(info.origin)
            )
            item = QTreeWidgetItem([info.title, info.id, origin, str(info.questions)])
            item.setData(0, Qt.ItemDataRole.UserRole, info.id)
            item.setData(1, Qt.ItemDataRole.UserRole, info.deleted)
            item.setData(2, Qt.ItemDataRole.UserRole, info.origin)
            if info.deleted:  # nothing to study: no tick
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsUserCheckable)
            else:
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(
                    0, Qt.CheckState.Checked if info.enabled else Qt.CheckState.Unchecked
                )
            item.setTextAlignment(3, Qt.AlignmentFlag.AlignRight)
            self.tree.addTopLevelItem(item)
        self.tree.blockSignals(False)
        self.update_buttons()

    def origin_text(self, origin: Origin) -> str:
        """Return how an origin reads in the list."""
        return {Origin.BUILTIN: self.tr("built in"), Origin.IMPORTED: self.tr("imported")}[origin]

    def selected_set(self) -> SetId | None:
        """Return the id of the selected set, if any."""
        item = self.tree.currentItem()
        return SetId(item.data(0, Qt.ItemDataRole.UserRole)) if item else None

    def update_buttons(self) -> None:
        """Allow renaming and deleting only an imported set (and its history once deleted)."""
        item = self.tree.currentItem()
        imported = item is not None and item.data(2, Qt.ItemDataRole.UserRole) != Origin.BUILTIN
        deleted = item is not None and imported and bool(item.data(1, Qt.ItemDataRole.UserRole))
        self.rename_button.setEnabled(imported and not deleted)
        self.export_button.setEnabled(
            item is not None and not item.data(1, Qt.ItemDataRole.UserRole)
        )
        self.delete_button.setEnabled(imported)
        self.delete_button.setText(self.tr("Delete history…") if deleted else self.tr("Delete…"))

    def on_item_changed(self, item: QTreeWidgetItem, column: int) -> None:
        """Enable or disable a set when its tick changes."""
        if column != 0:
            return
        enabled = item.checkState(0) == Qt.CheckState.Checked
        set_id = SetId(item.data(0, Qt.ItemDataRole.UserRole))
        # Refreshing rebuilds the list, deleting ``item``; Qt is still inside the item's
        # setData() that emitted this signal, so the rebuild waits for the event loop.
        QTimer.singleShot(0, lambda: self.run(lambda: ops.set_enabled(self.store, set_id, enabled)))

    def on_rename_clicked(self) -> None:
        """Ask for a new title for the selected set."""
        set_id = self.selected_set()
        if set_id is None:
            return
        item = self.tree.currentItem()
        assert item is not None, "a set id comes from the current item"
        current = item.text(0)
        title, accepted = QInputDialog.getText(
            self, self.tr("Rename set"), self.tr("Title:"), text=current
        )
        if accepted:
            self.rename(set_id, title)

    def on_export_clicked(self) -> None:
        """Ask where and in which format to save the selected set, then save it."""
        set_id = self.selected_set()
        if set_id is None:
            return
        exports = [
            (f"{errors.core_text(fmt.label)} (*{writing.extension})", fmt.name, writing.extension)
            for fmt in catalog.writable()
            if (writing := fmt.writing)
        ]
        path, chosen = QFileDialog.getSaveFileName(
            self,
            self.tr("Export set"),
            documents_folder(f"{set_id}{exports[0][2]}"),
            ";;".join(label for label, _, _ in exports),
        )
        if path:
            name = next((name for label, name, _ in exports if label == chosen), exports[0][1])
            self.export(set_id, Path(path), name)

    def export(self, set_id: SetId, path: Path, fmt: str) -> None:
        """Save a set in a format (safely: a failure leaves any older file) and say so."""
        try:
            result = ops.export_set(self.store, set_id, fmt)
            write_text_atomic(path, result.text)
        except QuizAppError as error:
            self.on_failed(error)
            return
        except OSError as error:
            self.message.setText(
                self.tr("Cannot write %1: %2")
                .replace("%1", str(path))
                .replace("%2", error.strerror or "")
            )
            return
        text = self.tr("Saved %1 questions to %2.").replace("%1", str(result.count))
        text = text.replace("%2", str(path))
        if result.left_out:
            text += " " + self.tr("Left out (this format cannot hold them): %1").replace(
                "%1", ", ".join(result.left_out)
            )
        if result.notes:
            text += " " + self.tr("Changed to fit this format: %1").replace(
                "%1", "; ".join(result.notes)
            )
        self.message.setText(text)

    def on_delete_clicked(self) -> None:
        """Ask, then delete the selected set, keeping learners' history unless told otherwise."""
        item = self.tree.currentItem()
        if item is None:
            return
        set_id = SetId(item.data(0, Qt.ItemDataRole.UserRole))
        title = item.text(0)
        if item.data(1, Qt.ItemDataRole.UserRole):
            if confirm(
                self,
                self.tr("Delete history"),
                self.tr(
                    "Delete every learner's history of the deleted set '%1' for good? "
                    "This cannot be undone."
                ).replace("%1", title),
                self.tr("Delete history"),
                self.tr("Cancel"),
            ):
                self.delete(set_id, delete_history=True)
            return
        history = QCheckBox(self.tr("Also delete every learner's history of it (cannot be undone)"))
        if confirm(
            self,
            self.tr("Delete set"),
            self.tr(
                "Delete the set '%1'? Its questions leave study and the lists. Learners' "
                "history of it is kept, and importing it again brings it back."
            ).replace("%1", title),
            self.tr("Delete"),
            self.tr("Cancel"),
            history,
        ):
            self.delete(set_id, delete_history=history.isChecked())

    def delete(self, set_id: SetId, *, delete_history: bool) -> None:
        """Delete a set in the background (a backup comes first, and a purge can be long)."""
        self.delete_button.setEnabled(False)
        tasks.run_in_background(
            self,
            lambda context: ops.delete_set(
                context.required_store(), set_id, delete_history=delete_history
            ),
            lambda _: self.on_changed(),
            store=self.store,
            on_failure=self.on_failed,
            busy_text=self.tr("Deleting the set…"),
        )

    def rename(self, set_id: SetId, title: str) -> None:
        """Rename a set and show the list again."""
        self.run(lambda: ops.rename_set(self.store, set_id, title))

    def run(self, action: object) -> None:
        """Run one core action; show its error in the dialog, or refresh after it."""
        assert callable(action)
        try:
            action()
        except QuizAppError as error:
            self.on_failed(error)
            return
        self.on_changed()

    def on_changed(self) -> None:
        """Show the list as it is now, and tell the home page."""
        self.message.clear()
        self.refresh()
        self.sets_changed.emit()

    def on_failed(self, error: Exception) -> None:
        """Say in the dialog why the action failed (bugs go to the presenter)."""
        self.refresh()
        if isinstance(error, QuizAppError):
            self.message.setText(errors.describe(error))
        else:
            errors.show_error(error, self)
