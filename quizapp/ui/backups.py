"""The backups dialog: every backup of the data, newest first, and restoring one."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
)

from quizapp.core import maintenance
from quizapp.core.storage.backups import Backup
from quizapp.ui.widgets import select_row

if TYPE_CHECKING:
    from quizapp.ui.main_window import MainWindow


def describe_reason(reason: str) -> str:
    """Return why a backup was taken, in the UI language."""
    reasons = {
        "manual": QCoreApplication.translate("backups", "you asked for it"),
        "auto": QCoreApplication.translate("backups", "automatic, while studying"),
        "close": QCoreApplication.translate("backups", "when the app closed"),
        "before-restore": QCoreApplication.translate("backups", "before a restore"),
        "damaged-before-restore": QCoreApplication.translate(
            "backups", "damaged data, before a restore"
        ),
        "before-repair": QCoreApplication.translate("backups", "before a repair"),
        "before-delete-learner": QCoreApplication.translate("backups", "before deleting a learner"),
        "before-delete-set": QCoreApplication.translate("backups", "before deleting a set"),
    }
    if reason in reasons:
        return reasons[reason]
    if reason.startswith("before-"):
        return QCoreApplication.translate("backups", "before an update of the app")
    return reason


class BackupsDialog(QDialog):
    """Lists the backups; Restore puts the chosen one back (the current data is backed up)."""

    def __init__(self, window: MainWindow):
        super().__init__(window)
        self.window_ = window
        self.setWindowTitle(self.tr("Restore a backup"))
        self.resize(620, 420)
        intro = QLabel(
            self.tr(
                "quizapp backs up all the data (every learner's progress and every set) when "
                "it closes, every half hour of study, and before anything that deletes. "
                "Restoring a backup replaces the data now; the data now is backed up first, so "
                "a restore can be undone."
            )
        )
        intro.setWordWrap(True)
        self.list = QTreeWidget()
        self.list.setRootIsDecorated(False)
        self.list.setHeaderLabels([self.tr("Taken"), self.tr("Why"), self.tr("Size")])
        self.list.setAccessibleName(self.tr("Backups"))
        buttons = QDialogButtonBox()
        self.restore_button = buttons.addButton(
            self.tr("Restore…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.restore_button.clicked.connect(self.on_restore_clicked)
        close = buttons.addButton(self.tr("Close"), QDialogButtonBox.ButtonRole.RejectRole)
        close.clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.list, 1)
        layout.addWidget(buttons)
        self.backups = maintenance.backups(window.data_dir)
        for backup in self.backups:
            item = QTreeWidgetItem(
                [
                    _when(backup.taken_at),
                    describe_reason(backup.reason),
                    f"{backup.path.stat().st_size / 1e6:.1f} MB",
                ]
            )
            item.setData(0, Qt.ItemDataRole.UserRole, backup.name)
            self.list.addTopLevelItem(item)
        if self.backups:
            select_row(self.list, 0)
        else:
            self.list.addTopLevelItem(QTreeWidgetItem([self.tr("No backups yet.")]))
        self.restore_button.setEnabled(bool(self.backups))
        for column in range(3):
            self.list.resizeColumnToContents(column)

    def selected(self) -> Backup | None:
        """Return the backup chosen in the list."""
        item = self.list.currentItem()
        row = self.list.indexOfTopLevelItem(item) if item is not None else -1
        return self.backups[row] if 0 <= row < len(self.backups) else None

    def on_restore_clicked(self) -> None:
        """Ask, then restore the chosen backup and close."""
        backup = self.selected()
        if backup is None:
            return
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Restore a backup"),
            self.tr(
                "Replace all the data now with the backup taken %1? The data now is backed "
                "up first, so this can be undone."
            ).replace("%1", _when(backup.taken_at)),
            parent=self,
        )
        restore = box.addButton(self.tr("Restore"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(self.tr("Cancel"), QMessageBox.ButtonRole.RejectRole)
        box.exec()
        if box.clickedButton() is restore:
            self.accept()
            self.window_.restore_backup(backup.name)


def _when(moment: datetime) -> str:
    return moment.astimezone().strftime("%Y-%m-%d %H:%M")
