"""The home page: what to study today, one card per question set, and the learner's profile."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QPainter, QPainterPath
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from quizapp.core import stats
from quizapp.core.model import SetId
from quizapp.core.session import new_left_today
from quizapp.core.storage.reviews import SetProgress
from quizapp.ui import theme
from quizapp.ui.widgets import confirm, heading, text_label, vertical_scroll

if TYPE_CHECKING:
    from quizapp.ui.main_window import MainWindow


def lay_out_card(card: QFrame, texts: list[QWidget], spacing: int, action: QPushButton) -> None:
    """Lay out a card: its texts in a column, ``spacing`` apart, and its action on the right."""
    column = QVBoxLayout()
    column.setSpacing(spacing)
    for text in texts:
        column.addWidget(text)
    layout = QHBoxLayout(card)
    layout.setContentsMargins(*[theme.SPACE * 2] * 4)
    layout.setSpacing(theme.SPACE * 2)
    layout.addLayout(column, 1)
    layout.addWidget(action, 0, Qt.AlignmentFlag.AlignVCenter)


class ProgressStrip(QWidget):
    """A bar of how far a set is learned: mastered, then learning, in the chart colours.

    New questions are the bar's empty rest, so a set nobody has studied reads as an empty bar,
    not a full one.
    """

    def __init__(self) -> None:
        super().__init__()
        self.parts: list[tuple[str, int]] = []
        self.total = 0
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def set_parts(self, parts: list[tuple[str, int]], total: int) -> None:
        """Fill ``(chart role, count)`` parts from left to right, out of ``total`` questions."""
        self.parts, self.total = parts, total
        self.update()

    def sizeHint(self) -> QSize:
        """A thin bar, a little taller with larger text."""
        return QSize(120, max(theme.SPACE, self.fontMetrics().height() // 2))

    def paintEvent(self, event: object) -> None:
        """Draw the parts as one rounded bar, an outline where nothing is yet."""
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        rect = QRectF(self.rect()).adjusted(0.5, 0.5, -0.5, -0.5)
        outline = QPainterPath()
        outline.addRoundedRect(rect, rect.height() / 2, rect.height() / 2)
        painter.setClipPath(outline)
        total = max(self.total, sum(count for _, count in self.parts), 1)
        x = rect.left()
        for role, count in self.parts:
            width = rect.width() * count / total
            painter.fillRect(QRectF(x, rect.top(), width, rect.height()), theme.chart_colour(role))
            x += width
        painter.setClipping(False)
        painter.setPen(QColor(theme.colour("border")))
        painter.drawPath(outline)


class SetCard(QFrame):
    """One question set: its title, progress, what is due, and a button to study it."""

    def __init__(self, page: HomePage, set_id: SetId, title: str) -> None:
        super().__init__()
        self.set_id = set_id
        self.setProperty("role", "card")
        self.title = text_label()
        self.title.setProperty("role", "heading")
        self.title.setText(title)
        self.strip = ProgressStrip()
        self.figures = text_label()
        self.figures.setProperty("role", "muted")
        self.study_button = QPushButton()
        self.study_button.clicked.connect(lambda: page.study_requested.emit([set_id]))
        texts: list[QWidget] = [self.title, self.strip, self.figures]
        lay_out_card(self, texts, theme.SPACE // 2, self.study_button)
        self.new_today = self.due = 0

    def show_progress(self, progress: SetProgress, new_today: int) -> None:
        """Fill the card from the set's progress; ``new_today``: new ones allowed today."""
        self.new_today, self.due = new_today, progress.due
        self.strip.set_parts(
            [("mastered", progress.mastered), ("learning", progress.learning)],
            progress.mastered + progress.learning + progress.new,
        )
        figures = (
            self.tr("%1 mastered · %2 learning · %3 new · %4 due today")
            .replace("%1", str(progress.mastered))
            .replace("%2", str(progress.learning))
            .replace("%3", str(progress.new))
            .replace("%4", str(progress.due))
        )
        self.figures.setText(figures)
        self.strip.setAccessibleName(figures)
        count = progress.due + new_today
        self.study_button.setText(self.tr("Study %1").replace("%1", str(count)))
        self.study_button.setAccessibleName(
            self.tr("Study %1: %2 questions")
            .replace("%1", self.title.text())
            .replace("%2", str(count))
        )
        self.study_button.setEnabled(count > 0)


class HomePage(QWidget):
    """Says what to study today, shows each set's progress, and picks the learner."""

    study_requested = Signal(object)  # list of set ids, or None for every set
    practice_requested = Signal()
    exam_requested = Signal()
    progress_requested = Signal()
    settings_requested = Signal()
    profile_chosen = Signal(str)
    profile_rename_requested = Signal(str)  # the new name of the current learner
    profile_delete_requested = Signal()  # delete the current learner, confirmed

    def __init__(self, window: MainWindow):
        super().__init__()
        self.window_ = window
        self.cards: list[SetCard] = []

        title = heading(self.tr("ASEAN Quiz"))
        title.setProperty("role", "title")
        subtitle = text_label()
        subtitle.setProperty("role", "muted")
        subtitle.setText(
            self.tr(
                "Learn how ASEAN is built: the Charter, the Secretariat in "
                "Jakarta, and Indonesia's National Secretariat."
            )
        )

        self.profiles = QComboBox()
        self.profiles.setAccessibleName(self.tr("Learner profile"))
        self.profiles.activated.connect(self.on_profile_activated)
        self.new_profile_button = QPushButton(self.tr("&New profile…"))
        self.new_profile_button.clicked.connect(self.on_new_profile_clicked)
        self.rename_profile_button = QPushButton(self.tr("Rena&me…"))
        self.rename_profile_button.clicked.connect(self.on_rename_profile_clicked)
        self.delete_profile_button = QPushButton(self.tr("&Delete…"))
        self.delete_profile_button.setToolTip(self.tr("Delete this learner and their progress"))
        self.delete_profile_button.setAccessibleName(self.tr("Delete this learner"))
        self.delete_profile_button.clicked.connect(self.on_delete_profile_clicked)
        profile_row = QHBoxLayout()
        profile_row.setSpacing(theme.SPACE)
        learner = QLabel(self.tr("&Learner:"))
        learner.setBuddy(self.profiles)
        profile_row.addWidget(learner)
        profile_row.addWidget(self.profiles, 1)
        profile_row.addWidget(self.new_profile_button)
        profile_row.addWidget(self.rename_profile_button)
        profile_row.addWidget(self.delete_profile_button)

        # Today: what to do, the goal and the streak, and the one primary action.
        self.today = text_label()
        self.today.setProperty("role", "heading")
        self.summary = text_label()
        self.goal = QProgressBar()
        self.goal.setTextVisible(False)
        self.goal.setAccessibleName(self.tr("Today's goal"))
        self.study_all = QPushButton()
        self.study_all.setProperty("role", "primary")
        self.study_all.setDefault(True)
        self.study_all.clicked.connect(lambda: self.study_requested.emit(None))
        today_card = QFrame()
        today_card.setProperty("role", "card")
        lay_out_card(today_card, [self.today, self.goal, self.summary], theme.SPACE, self.study_all)

        self.card_list = QVBoxLayout()
        self.card_list.setSpacing(theme.SPACE)
        cards = QWidget()
        cards_layout = QVBoxLayout(cards)
        cards_layout.setContentsMargins(0, 0, 0, 0)
        cards_layout.addLayout(self.card_list)
        cards_layout.addStretch(1)
        self.scroll_area = vertical_scroll(cards)

        self.progress_button = QPushButton(self.tr("&Progress"))
        self.progress_button.clicked.connect(self.progress_requested.emit)
        self.settings_button = QPushButton(self.tr("Se&ttings…"))
        self.settings_button.clicked.connect(self.settings_requested.emit)
        self.practice_button = QPushButton(self.tr("Pr&actice…"))
        self.practice_button.setToolTip(
            self.tr("Study any sets or topics without changing your schedule")
        )
        self.practice_button.clicked.connect(self.practice_requested.emit)
        self.exam_button = QPushButton(self.tr("&Exam…"))
        self.exam_button.setToolTip(self.tr("A timed test with a score at the end"))
        self.exam_button.clicked.connect(self.exam_requested.emit)
        buttons = QHBoxLayout()
        buttons.setSpacing(theme.SPACE)
        buttons.addWidget(self.practice_button)
        buttons.addWidget(self.exam_button)
        buttons.addStretch(1)
        buttons.addWidget(self.progress_button)
        buttons.addWidget(self.settings_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(*[theme.SPACE * 2] * 4)
        layout.setSpacing(theme.SPACE * 2)
        layout.addWidget(title)
        layout.addWidget(subtitle)
        layout.addLayout(profile_row)
        layout.addWidget(today_card)
        layout.addWidget(self.scroll_area, 1)
        layout.addLayout(buttons)

    def refresh(self) -> None:
        """Reload profiles, today's figures and per-set progress for the current learner."""
        window = self.window_
        self.profiles.clear()
        for profile in window.store.learners.all():
            self.profiles.addItem(profile.name)
        self.profiles.setCurrentText(window.profile.name)

        language = window.content_language
        titles = {s.id: s.title.get(language) for s in window.store.questions.sets()}
        now = window.clock()
        progress = stats.today_figures(window.store, window.profile, now)
        new_left = new_left_today(window.store, window.profile, now)
        for card in self.cards:
            card.setParent(None)
            card.deleteLater()
        self.cards = []
        for set_progress in progress.sets:
            card = SetCard(self, set_progress.set_id, titles[set_progress.set_id])
            card.show_progress(set_progress, min(set_progress.new, new_left))
            self.card_list.addWidget(card)
            self.cards.append(card)

        due = min(sum(p.due for p in progress.sets), progress.reviews_left)
        new = min(sum(p.new for p in progress.sets), new_left)
        self.to_study = due + new
        self.today.setText(
            self.tr("Today: %1 questions to study").replace("%1", str(self.to_study))
            if self.to_study
            else self.tr("All done for today. Well done!")
        )
        goal = progress.reviews_today + self.to_study
        self.goal.setRange(0, max(goal, 1))
        self.goal.setValue(progress.reviews_today if goal else 1)
        self.goal.setAccessibleDescription(
            self.tr("%1 of %2 answers done today")
            .replace("%1", str(progress.reviews_today))
            .replace("%2", str(goal))
        )
        self.summary.setText(
            self.tr(
                "%1 due · %2 new · %3 answers done today · Days in a row: %4 · "
                "Up to %5 new questions a day"
            )
            .replace("%1", str(due))
            .replace("%2", str(new))
            .replace("%3", str(progress.reviews_today))
            .replace("%4", str(progress.streak_days))
            .replace("%5", str(window.profile.new_per_day))
        )
        self.study_all.setText(
            self.tr("&Study %1 questions").replace("%1", str(self.to_study))
            if self.to_study
            else self.tr("&Study: nothing due")
        )
        self.study_all.setEnabled(self.to_study > 0)

    def planned(self, set_ids: list[SetId] | None) -> int:
        """Return how many questions studying ``set_ids`` (None: all) offers today."""
        if set_ids is None:
            return self.to_study
        return sum(c.due + c.new_today for c in self.cards if c.set_id in set_ids)

    def focus_primary(self) -> None:
        """Put the keyboard focus on what to do next: study, or practise when nothing is due."""
        (self.study_all if self.study_all.isEnabled() else self.practice_button).setFocus()

    def on_profile_activated(self, index: int) -> None:
        """Switch to the learner picked in the list."""
        name = self.profiles.itemText(index)
        if name and name != self.window_.profile.name:
            self.profile_chosen.emit(name)

    def on_new_profile_clicked(self) -> None:
        """Ask for a name and switch to a new learner profile."""
        dialog = QInputDialog(self)
        dialog.setWindowTitle(self.tr("New profile"))
        dialog.setLabelText(self.tr("Name of the new learner:"))
        dialog.setOkButtonText(self.tr("Create"))  # Qt has no Indonesian for its own buttons
        dialog.setCancelButtonText(self.tr("Cancel"))
        if dialog.exec() and dialog.textValue().strip():
            self.profile_chosen.emit(dialog.textValue().strip())

    def on_rename_profile_clicked(self) -> None:
        """Ask for a new name for the current learner."""
        dialog = QInputDialog(self)
        dialog.setWindowTitle(self.tr("Rename profile"))
        dialog.setLabelText(self.tr("New name of the learner:"))
        dialog.setTextValue(self.window_.profile.name)
        dialog.setOkButtonText(self.tr("Rename"))
        dialog.setCancelButtonText(self.tr("Cancel"))
        if dialog.exec():
            self.profile_rename_requested.emit(dialog.textValue())

    def on_delete_profile_clicked(self) -> None:
        """Ask before deleting the current learner and everything they have done."""
        if confirm(
            self,
            self.tr("Delete profile"),
            self.tr(
                "Delete the learner '%1' and all of their progress? "
                "Other learners keep theirs. This cannot be undone."
            ).replace("%1", self.window_.profile.name),
            self.tr("Delete"),
            self.tr("Cancel"),
        ):
            self.profile_delete_requested.emit()
