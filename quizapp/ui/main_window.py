"""The main window: a stack of pages (home, study, summary, progress) over one library."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime

from PySide6.QtWidgets import QMainWindow, QStackedWidget

from quizapp.core import ops
from quizapp.core.model import Profile, SetId
from quizapp.core.session import StudySession
from quizapp.ui.browser import QuestionBrowser
from quizapp.ui.home import HomePage
from quizapp.ui.importer import ImportDialog
from quizapp.ui.progress import ProgressPage
from quizapp.ui.sets import SetManagerDialog
from quizapp.ui.study import StudyPage
from quizapp.ui.summary import SummaryPage

Clock = Callable[[], datetime]


def utc_now() -> datetime:
    """Return the current time; the UI's only clock, replaced in tests."""
    return datetime.now(UTC)


class MainWindow(QMainWindow):
    """Holds the open library and the current learner, and switches between pages."""

    def __init__(self, library: ops.Library, profile: Profile, clock: Clock = utc_now):
        super().__init__()
        self.library = library
        self.store = library.store
        self.profile = profile
        self.clock = clock
        self.setWindowTitle(self.tr("ASEAN Quiz"))
        self.resize(900, 640)

        self.pages = QStackedWidget()
        self.home = HomePage(self)
        self.study = StudyPage(self)
        self.summary = SummaryPage(self)
        self.progress = ProgressPage(self)
        for page in (self.home, self.study, self.summary, self.progress):
            self.pages.addWidget(page)
        self.setCentralWidget(self.pages)

        self.home.study_requested.connect(self.on_study_requested)
        self.home.progress_requested.connect(self.show_progress)
        self.home.profile_chosen.connect(self.on_profile_chosen)
        self.study.session_finished.connect(self.on_session_finished)
        self.summary.home_requested.connect(self.show_home)
        self.progress.home_requested.connect(self.show_home)
        self.show_home()
        questions_menu = self.menuBar().addMenu(self.tr("&Questions"))
        questions_menu.addAction(self.tr("&Import…"), self.on_import_requested)
        questions_menu.addAction(self.tr("&Sets…"), self.on_sets_requested)
        questions_menu.addAction(self.tr("&Browse…"), self.on_browse_requested)

    def on_sets_requested(self) -> None:
        """Open the set manager; the home page follows its changes."""
        dialog = SetManagerDialog(self.store, self)
        dialog.sets_changed.connect(self.home.refresh)
        dialog.exec()

    def on_browse_requested(self) -> None:
        """Open the question browser."""
        QuestionBrowser(self.store, self).exec()

    def on_import_requested(self) -> None:
        """Open the import dialog; the home page shows new sets once it is done."""
        dialog = ImportDialog(self.store, self)
        dialog.import_finished.connect(lambda _: self.home.refresh())
        dialog.exec()

    def show_home(self) -> None:
        """Show the home page with fresh counts."""
        self.home.refresh()
        self.pages.setCurrentWidget(self.home)

    def show_progress(self) -> None:
        """Show the progress page with fresh figures."""
        self.progress.refresh()
        self.pages.setCurrentWidget(self.progress)

    def on_study_requested(self, set_ids: list[SetId] | None) -> None:
        """Start a study session over some sets (None: all of them)."""
        session = StudySession(self.store, self.profile, set_ids)
        self.study.start(session)
        self.pages.setCurrentWidget(self.study)

    def on_session_finished(self, session: StudySession) -> None:
        """Show the summary of a finished session."""
        self.summary.show_summary(session.summary())
        self.pages.setCurrentWidget(self.summary)

    def on_profile_chosen(self, name: str) -> None:
        """Switch to another learner, creating the profile if it is new."""
        self.profile = ops.choose_profile(self.store, name, self.clock())
        self.show_home()

    def closeEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        """Close the database; every answer is already committed."""
        self.store.close()
        super().closeEvent(event)
