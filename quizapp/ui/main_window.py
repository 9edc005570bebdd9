"""The main window: a stack of pages (home, study, summary, exam result, progress)."""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

from PySide6.QtCore import QLocale, QThreadPool, QTimer
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QWidget,
)

from quizapp.core import ops
from quizapp.core.errors import ProfileDeletedError, QuizAppError
from quizapp.core.model import FitRecord, Profile, SetId
from quizapp.core.session import (
    ExamSession,
    PracticeSession,
    Session,
    StudySession,
    exam_questions,
    practice_questions,
)
from quizapp.ui import errors, i18n, tasks, theme
from quizapp.ui.home import HomePage
from quizapp.ui.widgets import documents_folder

if TYPE_CHECKING:
    from PySide6.QtGui import QCloseEvent

    from quizapp.ui.exam_result import ExamResultPage
    from quizapp.ui.progress import ProgressPage
    from quizapp.ui.study import StudyPage
    from quizapp.ui.summary import SummaryPage

Clock = Callable[[], datetime]

BACKUP_CHECK_MS = 5 * 60 * 1000
"""How often the window asks whether a backup is due (see ``maintenance.AUTO_BACKUP_EVERY``)."""

_PAGES = {
    "study": ("quizapp.ui.study", "StudyPage"),
    "summary": ("quizapp.ui.summary", "SummaryPage"),
    "exam_result": ("quizapp.ui.exam_result", "ExamResultPage"),
    "progress": ("quizapp.ui.progress", "ProgressPage"),
}
"""The pages other than home, built (and their modules loaded) when first shown, so that the
home screen appears sooner."""


def utc_now() -> datetime:
    """Return the current time; the UI's only clock, replaced in tests."""
    return datetime.now(UTC)


class MainWindow(QMainWindow):
    """Holds the open library and the current learner, and switches between pages."""

    def __init__(self, library: ops.Library, profile: Profile, clock: Clock = utc_now):
        super().__init__()
        self.library = library
        self.store = library.store
        self.store_closed = False  # only while a backup is being restored, or once closed
        self.profile = profile
        self.clock = clock
        self.first_run = False  # set by the app when it created the first learner
        self.resize(1000, 680)
        self.apply_profile_settings()
        # While learners study, a backup at most every AUTO_BACKUP_EVERY (checked often).
        self.backup_timer = QTimer(self, interval=BACKUP_CHECK_MS)
        self.backup_timer.timeout.connect(self.on_backup_timer_timeout)
        self.backup_timer.start()

    @property
    def content_language(self) -> str:
        """The language of the learner: their choice, or the system's."""
        return self.profile.language or i18n.system_language(QLocale.system())

    def apply_profile_settings(self) -> None:
        """Load the learner's UI language and text size, then (re)build every page in it."""
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        i18n.install(app, self.content_language)
        i18n.scale_text(app, self.profile.text_scale)
        theme.apply(app, self.profile.theme)
        self.setWindowTitle(self.tr("ASEAN Quiz"))
        self._build_pages()
        self._build_menu()
        self.show_home()

    def _build_pages(self) -> None:
        self.pages = QStackedWidget()
        self.home = HomePage(self)
        self.pages.addWidget(self.home)
        self.setCentralWidget(self.pages)  # deletes the pages of an earlier language
        self._built: dict[str, QWidget] = {}

        self.home.study_requested.connect(self.on_study_requested)
        self.home.practice_requested.connect(lambda: self.on_mode_requested("practice"))
        self.home.exam_requested.connect(lambda: self.on_mode_requested("exam"))
        self.home.progress_requested.connect(self.show_progress)
        self.home.settings_requested.connect(self.on_settings_requested)
        self.home.profile_chosen.connect(self.on_profile_chosen)
        self.home.profile_rename_requested.connect(self.on_profile_rename_requested)
        self.home.profile_delete_requested.connect(self.on_profile_delete_requested)

    def _page(self, name: str) -> Any:
        """Return one of :data:`_PAGES`, building it the first time."""
        if name not in self._built:
            module, class_name = _PAGES[name]
            page = getattr(importlib.import_module(module), class_name)(self)
            if name == "study":
                page.session_finished.connect(self.on_session_finished)
            else:
                page.home_requested.connect(self.show_home)
            if name == "summary":
                page.practice_requested.connect(
                    lambda questions: self.start(
                        PracticeSession(self.store, self.profile, questions)
                    )
                )
            self.pages.addWidget(page)
            self._built[name] = page
        return self._built[name]

    @property
    def study(self) -> StudyPage:
        """The study page."""
        return cast("StudyPage", self._page("study"))

    @property
    def summary(self) -> SummaryPage:
        """The session summary page."""
        return cast("SummaryPage", self._page("summary"))

    @property
    def exam_result(self) -> ExamResultPage:
        """The exam result page."""
        return cast("ExamResultPage", self._page("exam_result"))

    @property
    def progress(self) -> ProgressPage:
        """The progress page."""
        return cast("ProgressPage", self._page("progress"))

    def _build_menu(self) -> None:
        """Put the teachers' Questions menu in the menu bar, in the UI language."""
        self.menuBar().clear()
        questions_menu = self.menuBar().addMenu(self.tr("&Questions"))
        questions_menu.addAction(self.tr("&Import…"), self.on_import_requested)
        questions_menu.addAction(self.tr("&Sets…"), self.on_sets_requested)
        questions_menu.addAction(self.tr("&Browse…"), self.on_browse_requested)
        questions_menu.addAction(self.tr("&Print a worksheet…"), self.on_print_requested)
        reports_menu = self.menuBar().addMenu(self.tr("&Reports"))
        reports_menu.addAction(self.tr("&Export my progress…"), self.on_export_progress_requested)
        reports_menu.addAction(self.tr("&Class report…"), self.on_class_report_requested)
        data_menu = self.menuBar().addMenu(self.tr("Bac&kups"))
        data_menu.addAction(self.tr("&Back up now"), self.on_back_up_requested)
        data_menu.addAction(self.tr("&Restore a backup…"), self.on_restore_requested)
        data_menu.addAction(self.tr("&Check database"), self.on_check_requested)
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        shortcuts = help_menu.addAction(self.tr("&Keyboard shortcuts"), self.on_shortcuts_requested)
        shortcuts.setShortcut("F1")
        help_menu.addAction(self.tr("&Welcome and how it works…"), self.on_welcome_requested)
        help_menu.addAction(self.tr("&About ASEAN Quiz"), self.on_about_requested)

    def on_shortcuts_requested(self) -> None:
        """Show every keyboard shortcut."""
        from quizapp.ui.help import ShortcutsDialog

        ShortcutsDialog(self).exec()
        self._focus_current_page()

    def on_about_requested(self) -> None:
        """Show the version and the licences of what the app ships with."""
        from quizapp.ui.help import AboutDialog

        AboutDialog(self).exec()
        self._focus_current_page()

    def on_welcome_requested(self) -> None:
        """Welcome the learner: their name, language, and how spaced repetition works."""
        from quizapp.ui.help import WelcomeDialog

        dialog = WelcomeDialog(self, self.profile.name, self.content_language)
        if not dialog.exec():
            self._focus_current_page()
            return
        name = dialog.name.text().strip()
        if name and name != self.profile.name:
            try:
                self.profile = ops.rename_profile(self.store, self.profile.name, name)
            except QuizAppError as error:
                errors.show_error(error, self, self.tr("Cannot rename the profile"))
        language = dialog.language.currentData()
        if language != self.profile.language:
            self.profile = replace(self.profile, language=language)
            self.store.learners.save_settings(self.profile)
        self.apply_profile_settings()

    def _focus_current_page(self) -> None:
        """Give the focus back to the page's primary action after a dialog."""
        if self.pages.currentWidget() is self.home:
            self.home.focus_primary()
        else:
            page = self.pages.currentWidget()
            if page is not None:
                page.setFocus()

    @property
    def data_dir(self) -> Path:
        """The data folder: the database, its backups and the log."""
        return self.library.path.parent

    def on_back_up_requested(self) -> None:
        """Back up all the data now, in the background; say where it went."""
        from quizapp.core import maintenance

        now = self.clock()
        tasks.run_in_background(
            self,
            lambda context: maintenance.back_up(context.required_store(), now),
            lambda report: self.statusBar().showMessage(
                self.tr("Backed up to %1.").replace("%1", str(report.backup.path))
            ),
            store=self.store,
            busy_text=self.tr("Backing up…"),
            failure_title=self.tr("No backup was taken"),
        )

    def on_restore_requested(self) -> None:
        """List the backups; the dialog calls :meth:`restore_backup` for the one chosen."""
        from quizapp.ui.backups import BackupsDialog

        BackupsDialog(self).exec()

    def restore_backup(self, name: str) -> None:
        """Put a backup back in the background, then open the data again.

        The window's connection is closed meanwhile, so the window is disabled until then.
        """
        from quizapp.core import maintenance

        data_dir, now = self.data_dir, self.clock()
        self.show_home()
        self.setEnabled(False)
        self.store.close()
        self.store_closed = True
        tasks.run_in_background(
            self,
            lambda _: maintenance.restore_backup(data_dir, name, now),
            self.on_restored,
            on_failure=self.on_restore_failed,
            busy_text=self.tr("Restoring the backup…"),
        )

    def on_restored(self, report: Any) -> None:
        """Open the restored data and say what was done."""
        if self.reopen():
            box = QMessageBox(
                QMessageBox.Icon.Information,
                self.tr("Backup restored"),
                self.tr("Restored the backup %1. The data it replaced is kept as the backup %2.")
                .replace("%1", report.restored.name)
                .replace("%2", report.safety.name),
                parent=self,
            )
            box.exec()

    def on_restore_failed(self, error: Exception) -> None:
        """Open the data again (it was not changed) and say why the restore failed."""
        if self.reopen():
            errors.show_error(error, self, self.tr("Cannot restore the backup"))

    def reopen(self) -> bool:
        """Open the database again after a restore; return whether it could be opened."""
        from quizapp.core.storage import open_store

        self.setEnabled(True)
        try:
            store = open_store(self.library.path)
        except QuizAppError as error:
            errors.show_error(error, self, self.tr("Cannot open quizapp"))
            self.close()
            return False
        self.library = replace(self.library, store=store)
        self.store = store
        self.store_closed = False
        self.profile = store.learners.named(self.profile.name) or ops.choose_profile(
            store, None, self.clock()
        )
        self.apply_profile_settings()
        return True

    def on_check_requested(self) -> None:
        """Check the whole database in the background, repair what can be, and say what was done."""
        from quizapp.core import maintenance

        data_dir, now = self.data_dir, self.clock()
        tasks.run_in_background(
            self,
            lambda _: maintenance.check_database(data_dir, now),
            self.on_checked,
            busy_text=self.tr("Checking the database…"),
            failure_title=self.tr("Cannot check the database"),
        )

    def on_checked(self, report: Any) -> None:
        """Show what the check found and did; the home page shows any reloaded sets."""
        box = QMessageBox(
            QMessageBox.Icon.Information if report.healthy else QMessageBox.Icon.Warning,
            self.tr("Check database"),
            "\n".join(report.lines()),
            parent=self,
        )
        box.exec()
        self.home.refresh()

    def on_print_requested(self) -> None:
        """Open the print dialog: a set or a drawn exam as a worksheet PDF."""
        from quizapp.ui.worksheet_dialog import WorksheetDialog  # dialogs load when first opened

        WorksheetDialog(self.store, self).exec()

    def on_import_requested(self) -> None:
        """Open the import dialog; the home page shows new sets once it is done."""
        from quizapp.ui.importer import ImportDialog  # dialogs load when first opened

        dialog = ImportDialog(self.store, self)
        dialog.import_finished.connect(lambda _: self.home.refresh())
        dialog.exec()
        self._focus_current_page()

    def on_sets_requested(self) -> None:
        """Open the set manager; the home page follows its changes."""
        from quizapp.ui.sets import SetManagerDialog

        dialog = SetManagerDialog(self.store, self)
        dialog.sets_changed.connect(self.home.refresh)
        dialog.exec()
        self._focus_current_page()

    def on_browse_requested(self) -> None:
        """Open the question browser; the home page follows its edits."""
        from quizapp.ui.browser import QuestionBrowser

        browser = QuestionBrowser(self.store, self)
        browser.questions_changed.connect(self.home.refresh)
        browser.exec()
        self._focus_current_page()

    def on_export_progress_requested(self) -> None:
        """Ask where to save the learner's progress file for their teacher, then save it."""
        name = "".join(c if c.isalnum() else "-" for c in self.profile.name)
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Export my progress"),
            documents_folder(f"progress-{name}.json"),
            self.tr("Progress files (*.json)"),
        )
        if path:
            self.export_progress(Path(path))

    def export_progress(self, path: Path) -> None:
        """Save the learner's progress file in the background (a failure leaves any older file)."""
        profile, now = self.profile, self.clock()
        tasks.run_in_background(
            self,
            lambda context: ops.export_progress(context.required_store(), profile, path, now),
            self.on_progress_exported,
            store=self.store,
            busy_text=self.tr("Exporting your progress…"),
            failure_title=self.tr("Cannot export the progress"),
        )

    def on_progress_exported(self, path: Path) -> None:
        """Say where the progress file was saved."""
        self.statusBar().showMessage(
            self.tr("Saved your progress to %1; give this file to your teacher.").replace(
                "%1", str(path)
            )
        )

    def on_class_report_requested(self) -> None:
        """Open the class report on a folder of learners' progress files."""
        from quizapp.ui.classreport import ClassReportDialog

        ClassReportDialog(self).exec()

    def show_home(self) -> None:
        """Show the home page with fresh counts."""
        self.home.refresh()
        self.pages.setCurrentWidget(self.home)
        self.home.focus_primary()

    def show_progress(self) -> None:
        """Show the progress page with fresh figures."""
        self.progress.refresh()
        self.pages.setCurrentWidget(self.progress)

    def start(self, session: Session, planned: int = 0) -> None:
        """Show the study page on ``session`` (``planned``: questions a review expects)."""
        self.pages.setCurrentWidget(self.study)
        self.study.start(session, planned)

    def on_study_requested(self, set_ids: list[SetId] | None) -> None:
        """Start a review session over some sets (None: all of them)."""
        self.start(StudySession(self.store, self.profile, set_ids), self.home.planned(set_ids))

    def on_mode_requested(self, mode: str) -> None:
        """Ask what to practise or to be examined on, then start."""
        from quizapp.ui.mode_dialog import ModeDialog

        dialog = ModeDialog(self, mode)
        if not dialog.exec():
            self._focus_current_page()
            return
        choice = dialog.choice()
        if mode == "practice":
            questions = practice_questions(
                self.store, choice.set_ids, choice.topics, choice.shuffled
            )
            self.start(PracticeSession(self.store, self.profile, questions))
        else:
            questions = exam_questions(self.store, choice.set_ids, choice.count)
            limit = timedelta(minutes=choice.minutes) if choice.minutes else None
            self.start(
                ExamSession(
                    self.store, self.profile, questions, choice.set_ids, self.clock(), limit
                )
            )

    def on_session_finished(self, session: Session) -> None:
        """Show the summary of a finished session, or an exam's result."""
        if isinstance(session, ExamSession):
            self.exam_result.show_result(session.finish(self.clock(), self.content_language))
            self.pages.setCurrentWidget(self.exam_result)
        else:
            self.summary.show_summary(session.summary())
            self.pages.setCurrentWidget(self.summary)
        if isinstance(session, StudySession):
            self.fit_parameters_if_due()

    def fit_parameters_if_due(self) -> None:
        """Fit the learner's own scheduling parameters in the background when one is due.

        The answers are read here and the fit saved here (GUI thread, one statement); only the
        computing runs in the worker, so closing the app mid-fit leaves the old parameters.
        """
        from quizapp.core import personal
        from quizapp.ui.tasks import run_in_background

        profile, now = self.profile, self.clock()
        data = personal.fit_input(self.store, profile)
        if not personal.fit_due(data, now):
            return

        def save(record: FitRecord) -> None:
            self.store.learners.save_fit_record(profile.id, record)
            if record.adopted_at == now and profile.id == self.profile.id:
                self.statusBar().showMessage(
                    self.tr("Your own memory model now schedules your reviews: see Settings.")
                )

        run_in_background(self, lambda _: personal.run_fit(data, now), save)

    def on_profile_chosen(self, name: str) -> None:
        """Switch to another learner, creating the profile if it is new."""
        try:
            self.profile = ops.choose_profile(self.store, name, self.clock())
        except QuizAppError as error:
            errors.show_error(error, self, self.tr("Cannot open the profile"))
            return
        self.apply_profile_settings()

    def on_profile_rename_requested(self, new_name: str) -> None:
        """Rename the current learner, or say why the name cannot be used."""
        try:
            self.profile = ops.rename_profile(self.store, self.profile.name, new_name)
        except QuizAppError as error:
            errors.show_error(error, self, self.tr("Cannot rename the profile"))
            return
        self.home.refresh()

    def on_profile_delete_requested(self) -> None:
        """Delete the current learner, then go on as the first one left (or a new one)."""
        try:
            ops.delete_profile(self.store, self.profile.name)
        except QuizAppError as error:
            errors.show_error(error, self, self.tr("Cannot delete the profile"))
            return
        self.on_profile_gone()

    def on_profile_deleted_elsewhere(self, error: ProfileDeletedError) -> None:
        """Say that the learner was deleted (in another window), then go home as another."""
        errors.show_error(error, self, self.tr("This learner no longer exists"))
        self.on_profile_gone()

    def on_profile_gone(self) -> None:
        """Go on as the first learner left (or a new one) on the home page."""
        done, profile = errors.retry_until_done(
            self,
            self.tr("Cannot open the profile"),
            lambda: ops.choose_profile(self.store, None, self.clock(), self.tr("Learner")),
        )
        if done and profile is not None:
            self.profile = profile
            self.apply_profile_settings()

    def on_settings_requested(self) -> None:
        """Edit the learner's settings; apply them at once."""
        from quizapp.ui.settings_dialog import SettingsDialog

        dialog = SettingsDialog(self, self.profile)
        if not dialog.exec():
            self._focus_current_page()
            return
        settings = dialog.settings()
        try:
            done, _ = errors.retry_until_done(
                self,
                self.tr("Your settings were not saved"),
                lambda: self.store.learners.save_settings(settings),
                passes=(ProfileDeletedError,),
            )
        except ProfileDeletedError as error:
            self.on_profile_deleted_elsewhere(error)
            return
        if done:
            self.profile = settings
            self.apply_profile_settings()
        else:
            self._focus_current_page()

    def on_backup_timer_timeout(self) -> None:
        """Back up in the background if learners answered since the last backup, long enough ago."""
        if self.store_closed:  # a backup is being restored
            return
        from quizapp.core import maintenance  # not at start: the first check is minutes away

        now = self.clock()
        tasks.run_in_background(
            self,
            lambda context: maintenance.back_up_if_due(context.required_store(), now),
            lambda _report: None,
            store=self.store,
            failure_title=self.tr("No backup was taken"),
        )

    def closeEvent(self, event: QCloseEvent) -> None:
        """Back up what was studied since the last backup, then close the database.

        Every answer is already committed; a backup that fails is reported, and the window
        closes all the same.
        """
        self.backup_timer.stop()
        QThreadPool.globalInstance().waitForDone()  # no task may outlive the database it uses
        if not self.store_closed:
            from quizapp.core import maintenance

            try:
                maintenance.back_up_if_due(self.store, self.clock(), timedelta(0), "close")
            except QuizAppError as error:
                errors.show_error(error, self, self.tr("No backup was taken"))
            self.store.close()
            self.store_closed = True
        super().closeEvent(event)
