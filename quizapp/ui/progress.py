"""The progress page: charts of the learner's studying, and per set what is new or mastered."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, QLocale, QObject, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLayout,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from quizapp.core import charts, stats
from quizapp.core.model import SetId
from quizapp.ui.charts import ChartCard, chart_palette, empty_state
from quizapp.ui.widgets import FigureTable, heading

if TYPE_CHECKING:
    from quizapp.ui.main_window import MainWindow

WEAKEST_TOPICS_SHOWN = 12


class ProgressPage(QWidget):
    """What the learner has learned, per set, and how their studying goes, in charts."""

    home_requested = Signal()

    def __init__(self, window: MainWindow):
        super().__init__()
        self.window_ = window
        self.heading = heading()
        self.sets = QComboBox()
        self.sets.setAccessibleName(self.tr("Sets shown"))
        self.period = QComboBox()
        self.period.setAccessibleName(self.tr("Period shown"))
        for label, period in (
            (self.tr("Last month"), stats.Period.MONTH),
            (self.tr("Last year"), stats.Period.YEAR),
            (self.tr("All time"), stats.Period.ALL),
        ):
            self.period.addItem(label, period)
        self.table = FigureTable(
            [
                self.tr("Question set"),
                self.tr("New"),
                self.tr("Learning"),
                self.tr("Mastered"),
                self.tr("Due today"),
            ],
            self.tr("Progress per set"),
        )
        self.table.setMinimumHeight(120)
        self.figures = QLabel()
        self.figures.setWordWrap(True)
        self.exams = QLabel()
        self.exams.setWordWrap(True)
        home = QPushButton(self.tr("Back to sets (Esc)"))
        home.clicked.connect(self.home_requested.emit)
        QShortcut(QKeySequence("Escape"), self, self.home_requested.emit)

        choices = QFormLayout()
        choices.addRow(self.tr("&Sets:"), self.sets)
        choices.addRow(self.tr("&Period:"), self.period)
        top = QHBoxLayout()
        top.addLayout(choices)
        top.addStretch(1)
        self.charts: dict[str, ChartCard] = {}
        self.empty = empty_state(
            self.tr(
                "Study a few questions to see your progress here: your study days, what you "
                "remember and what comes next."
            )
        )
        content = QWidget()
        self.content_layout = QVBoxLayout(content)
        # Never narrower than the narrowest chart, so that the scroll area can scroll.
        self.content_layout.setSizeConstraint(QLayout.SizeConstraint.SetMinimumSize)
        self.content_layout.addWidget(self.figures)
        self.content_layout.addWidget(self.empty)
        self.chart_area = QVBoxLayout()
        self.content_layout.addLayout(self.chart_area)
        self.content_layout.addWidget(self.table)
        self.content_layout.addWidget(self.exams)
        self.content_layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(content)

        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(top)
        layout.addWidget(scroll, 1)
        layout.addWidget(home)
        self.sets.activated.connect(self.show_charts)
        self.period.activated.connect(self.show_charts)

    def refresh(self) -> None:
        """Recompute the learner's progress."""
        window = self.window_
        self.heading.setText(self.tr("Progress of %1").replace("%1", window.profile.name))
        chosen = self.sets.currentData()
        self.sets.clear()
        self.sets.addItem(self.tr("All sets"), None)
        for question_set in window.store.questions.sets():
            self.sets.addItem(question_set.title.get(window.content_language), question_set.id)
        self.sets.setCurrentIndex(max(0, self.sets.findData(chosen)))
        activity = stats.activity(window.store, window.profile, window.clock())
        retention = (
            f"{activity.retention_30_days:.0%}" if activity.retention_30_days is not None else "–"
        )
        self.figures.setText(
            self.tr(
                "Reviews today: %1 · Days in a row: %2 · Reviews in the last 30 days: %3 · "
                "Recalled in the last 30 days: %4"
            )
            .replace("%1", str(activity.reviews_today))
            .replace("%2", str(activity.streak_days))
            .replace("%3", str(activity.reviews_30_days))
            .replace("%4", retention)
        )
        exams = window.store.exams.finished(window.profile.id)[:5]
        self.exams.setVisible(bool(exams))
        self.exams.setText(
            self.tr("Latest exams: %1").replace(
                "%1",
                ", ".join(
                    f"{e.started_at.astimezone():%Y-%m-%d} {round(e.score * 100)}%" for e in exams
                ),
            )
        )
        self.show_charts()

    def show_charts(self) -> None:
        """Draw every chart for the chosen sets and period (or the empty state)."""
        window = self.window_
        set_id: SetId | None = self.sets.currentData()
        figures = stats.statistics(
            window.store,
            window.profile,
            window.clock(),
            self.period.currentData() or stats.Period.MONTH,
            None if set_id is None else [set_id],
            window.content_language,
        )
        self.table.set_rows(
            [(s.name, [s.new, s.learning, s.mastered, s.due], s.set_id) for s in figures.sets]
        )
        for card in self.charts.values():
            self.chart_area.removeWidget(card)
            card.setParent(None)  # not painted till it is deleted
            card.deleteLater()
        self.charts = {}
        self.empty.setVisible(not figures.has_history)
        if not figures.has_history:
            return
        drawer = ProgressCharts(figures, chart_palette(), self.window_.content_language)
        for name, card in drawer.cards():
            self.charts[name] = card
            self.chart_area.addWidget(card)


class ProgressCharts(QObject):
    """Turns the learner's figures into the page's chart cards, in the UI's language."""

    def __init__(self, figures: stats.Statistics, palette: charts.Palette, language: str):
        super().__init__()
        self.figures = figures
        self.palette = palette
        self.locale = QLocale(language)

    def day(self, day: date, with_year: bool = False) -> str:
        """Return a short date in the UI's language ("2 Mar")."""
        form = "d MMM yyyy" if with_year else "d MMM"
        return self.locale.toString(QDate(day.year, day.month, day.day), form)

    def cards(self) -> list[tuple[str, ChartCard]]:
        """Return every chart with something to show, by name."""
        made = [
            ("reviews", self.reviews()),
            ("forecast", self.forecast()),
            ("calendar", self.calendar()),
            ("retention", self.retention()),
            ("sets", self.mastery("sets")),
            ("topics", self.mastery("topics")),
            ("exams", self.exams()),
        ]
        return [(name, card) for name, card in made if card is not None]

    def reviews(self) -> ChartCard:
        """Return the answers per day, stacked by kind."""
        days = self.figures.days
        kinds = (
            (self.tr("New"), "new", [d.new for d in days]),
            (self.tr("Learning"), "learning", [d.learning for d in days]),
            (self.tr("Review"), "review", [d.review for d in days]),
            (self.tr("Relearned"), "relearning", [d.relearning for d in days]),
        )
        tips = [
            self.tr("%1: %2 answers (new %3, learning %4, review %5, relearned %6), %7 min")
            .replace("%1", self.day(d.day))
            .replace("%2", str(d.total))
            .replace("%3", str(d.new))
            .replace("%4", str(d.learning))
            .replace("%5", str(d.review))
            .replace("%6", str(d.relearning))
            .replace("%7", str(round(d.time_ms / 60000)))
            for d in days
        ]
        title = self.tr("Questions answered per day")
        chart = charts.columns(
            title,
            [self.day(d.day) for d in days],
            [charts.Series(name, colour, values) for name, colour, values in kinds],
            tips,
            self.palette,
        )
        caption = (
            self.tr(
                "Each column is a study day: new questions, questions you are learning, "
                "reviews, and questions you forgot and relearned. In this period: %1 answers "
                "in %2 minutes."
            )
            .replace("%1", str(sum(d.total for d in days)))
            .replace("%2", str(round(sum(d.time_ms for d in days) / 60000)))
        )
        return ChartCard(title, caption, chart)

    def forecast(self) -> ChartCard:
        """Return the questions coming due per day."""
        today = self.figures.today
        days = [date.fromordinal(today.toordinal() + i) for i in range(len(self.figures.forecast))]
        tips = [
            self.tr("%1: %2 due").replace("%1", self.day(d)).replace("%2", str(count))
            for d, count in zip(days, self.figures.forecast, strict=True)
        ]
        title = self.tr("Coming due in the next 30 days")
        chart = charts.columns(
            title,
            [self.day(d) for d in days],
            [charts.Series(self.tr("Due"), "due", self.figures.forecast)],
            tips,
            self.palette,
            height=160,
        )
        caption = self.tr(
            "How many questions come back each day if you keep studying; today's column "
            "includes any you have not caught up on."
        )
        return ChartCard(title, caption, chart)

    def calendar(self) -> ChartCard:
        """Return the year of study days, with the streak."""
        counts = self.figures.calendar
        first = date.fromordinal(self.figures.today.toordinal() - len(counts) + 1)
        days = [date.fromordinal(first.toordinal() + i) for i in range(len(counts))]
        tips = [
            self.tr("%1: %2 answers").replace("%1", self.day(d, True)).replace("%2", str(n))
            for d, n in zip(days, counts, strict=True)
        ]
        short = QLocale.FormatType.ShortFormat
        months = [self.locale.standaloneMonthName(m, short) for m in range(1, 13)]
        weekdays = [self.locale.standaloneDayName(d, short) for d in (1, 3, 5)]
        title = self.tr("Study days in the last year")
        chart = charts.calendar(title, first, counts, tips, months, weekdays, self.palette)
        caption = self.tr(
            "Each square is a day; the stronger its green, the more you answered. "
            "Days in a row: %1."
        ).replace("%1", str(self.figures.streak_days))
        return ChartCard(title, caption, chart)

    def retention(self) -> ChartCard:
        """Return the share recalled per week beside the goal."""
        weeks = self.figures.weeks
        tips = [
            (
                self.tr("Week of %1: %2 of %3 recalled (%4)")
                .replace("%1", self.day(w.week_start))
                .replace("%2", str(w.recalled))
                .replace("%3", str(w.tested))
                .replace("%4", f"{w.retention:.0%}")
                if w.retention is not None
                else self.tr("Week of %1: no reviews were due").replace(
                    "%1", self.day(w.week_start)
                )
            )
            for w in weeks
        ]
        desired = self.figures.desired_retention
        title = self.tr("Recalled per week")
        chart = charts.lines(
            title,
            [self.day(w.week_start) for w in weeks],
            [charts.Series(self.tr("Recalled"), "review", [w.retention for w in weeks])],
            tips,
            self.palette,
            target=(self.tr("Your goal (%1)").replace("%1", f"{desired:.0%}"), desired),
        )
        caption = self.tr(
            "Of the questions due for review each week, the share you remembered, beside "
            "the goal set in Settings. Far below the goal: review more often; far above: you "
            "may study fewer reviews."
        )
        return ChartCard(title, caption, chart)

    def mastery(self, kind: str) -> ChartCard | None:
        """Return mastery per set (``kind`` "sets") or of the weakest topics; None if none."""
        groups = self.figures.sets if kind == "sets" else self.figures.topics
        if kind == "topics":
            groups = groups[:WEAKEST_TOPICS_SHOWN]
        if not groups:
            return None
        names = [g.name or self.tr("(no topic)") for g in groups]
        if kind == "topics":  # a topic named alike in two sets says which set it is of
            titles = {g.set_id: g.name for g in self.figures.sets}
            repeated = {name for name in names if names.count(name) > 1}
            names = [
                self.tr("%1 (%2)").replace("%1", name).replace("%2", titles.get(g.set_id, g.set_id))
                if name in repeated
                else name
                for name, g in zip(names, groups, strict=True)
            ]
        tips = [
            self.tr("%1: %2 mastered, %3 learning, %4 new")
            .replace("%1", name)
            .replace("%2", str(g.mastered))
            .replace("%3", str(g.learning))
            .replace("%4", str(g.new))
            for name, g in zip(names, groups, strict=True)
        ]
        series = [
            charts.Series(self.tr("Mastered"), "mastered", [g.mastered for g in groups]),
            charts.Series(self.tr("Learning"), "learning", [g.learning for g in groups]),
            charts.Series(self.tr("New"), "new", [g.new for g in groups]),
        ]
        notes = [f"{g.mastered_share:.0%}" for g in groups]
        if kind == "sets":
            title = self.tr("Mastery per set")
            caption = self.tr(
                "Mastered means you will very likely remember it for three weeks or more."
            )
        else:
            title = self.tr("Weakest topics")
            caption = self.tr(
                "Topics with the smallest share mastered come first: practise these next."
            )
        chart = charts.bars(title, names, series, tips, notes, self.palette)
        return ChartCard(title, caption, chart)

    def exams(self) -> ChartCard | None:
        """Return the exam scores over time; None without exams in the period."""
        exams = self.figures.exams
        if not exams:
            return None
        tips = [
            self.tr("%1: %2").replace("%1", self.day(e.day, True)).replace("%2", f"{e.score:.0%}")
            for e in exams
        ]
        title = self.tr("Exam scores")
        chart = charts.lines(
            title,
            [self.day(e.day) for e in exams],
            [charts.Series(self.tr("Score"), "mastered", [e.score for e in exams])],
            tips,
            self.palette,
        )
        caption = self.tr("Your score in each exam of this period, oldest first.")
        return ChartCard(title, caption, chart)
