"""The main window: a stack of pages (home, study, summary, progress) over one library."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtWidgets import QMainWindow, QStackedWidget, QWidget

from quizapp.core import ops
from quizapp.core.model import Profile, SetId
from quizapp.core.session import StudySession
from quizapp.ui.home import HomePage

if TYPE_CHECKING:
    from quizapp.ui.progress import ProgressPage
    from quizapp.ui.study import StudyPage
    from quizapp.ui.summary import SummaryPage

Clock = Callable[[], datetime]
PageT = TypeVar("PageT", bound=QWidget)


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
        self.pages.addWidget(self.home)
        self.setCentralWidget(self.pages)
        # The other pages are built when first needed: their modules and widgets would
        # otherwise delay the first sight of the home screen.
        self._study: StudyPage | None = None
        self._summary: SummaryPage | None = None
        self._progress: ProgressPage | None = None

        self.home.study_requested.connect(self.on_study_requested)
        self.home.progress_requested.connect(self.show_progress)
        self.home.profile_chosen.connect(self.on_profile_chosen)
        self.show_home()

    @property
    def study(self) -> StudyPage:
        """The study page, built on first use."""
        if self._study is None:
            from quizapp.ui.study import StudyPage

            self._study = self._added(StudyPage(self))
            self._study.session_finished.connect(self.on_session_finished)
        return self._study

    @property
    def summary(self) -> SummaryPage:
        """The summary page, built on first use."""
        if self._summary is None:
            from quizapp.ui.summary import SummaryPage

            self._summary = self._added(SummaryPage(self))
            self._summary.home_requested.connect(self.show_home)
        return self._summary

    @property
    def progress(self) -> ProgressPage:
        """The progress page, built on first use."""
        if self._progress is None:
            from quizapp.ui.progress import ProgressPage

            self._progress = self._added(ProgressPage(self))
            self._progress.home_requested.connect(self.show_home)
        return self._progress

    def _added(self, page: PageT) -> PageT:
        self.pages.addWidget(page)
        return page

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
