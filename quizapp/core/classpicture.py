"""The class picture: which topics a class has mastered, in two charts and a printable page.

From a combined :class:`classreport.ClassReport`: per topic the share of questions mastered
over all learners (weakest first), and a learners x topics grid coloured by share mastered.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from html import escape

from quizapp.core import charts
from quizapp.core.classreport import ClassReport
from quizapp.core.model import SetId
from quizapp.core.report import REPORT_CSS, TopicRow, to_html_table


def svg(chart: charts.Chart) -> str:
    """Return a chart as inline SVG, the way an HTML page shows it."""
    return chart.svg


@dataclass(frozen=True)
class Words:
    """The words of the class picture, so that the app can pass them translated."""

    mastered: str = "Mastered"
    learning: str = "Seen, not mastered"
    new: str = "Not seen"
    no_topic: str = "(no topic)"
    topics_title: str = "Mastery per topic across the class"
    topics_caption: str = (
        "Each bar is a topic: the share of its questions the learners have mastered, added "
        "over all learners. The weakest topics come first."
    )
    grid_title: str = "Learners and topics"
    grid_caption: str = (
        "Each cell is one learner's share mastered in one topic: the stronger its green, "
        "the more mastered; – means the learner has no questions there."
    )
    topic_tip: str = "%1: %2 of %3 questions mastered by the class"
    cell_tip: str = "%1, %2: %3 of %4 mastered"


@dataclass(frozen=True)
class TopicTotal:
    """One topic's figures, added over every learner who has it."""

    set_id: SetId
    set_title: str
    topic: str
    questions: int
    seen: int
    mastered: int

    @property
    def share_mastered(self) -> float:
        """Return the share of the topic's questions mastered (0 if it has none)."""
        return self.mastered / self.questions if self.questions else 0.0


def topic_totals(rows: Iterable[TopicRow]) -> list[TopicTotal]:
    """Add up the rows of each set and topic; return the topics weakest first.

    Weakest means the smallest share mastered; among equals, the smallest share seen, then
    by name.
    """
    totals: dict[tuple[SetId, str], list[int]] = {}
    titles: dict[SetId, str] = {}
    for row in rows:
        titles.setdefault(row.set_id, row.set_title)
        figures = totals.setdefault((row.set_id, row.topic), [0, 0, 0])
        for index, value in enumerate((row.questions, row.seen, row.mastered)):
            figures[index] += value
    topics = [
        TopicTotal(set_id, titles[set_id], topic, *figures)
        for (set_id, topic), figures in totals.items()
    ]
    return sorted(topics, key=_weakest_first)


def _weakest_first(topic: TopicTotal) -> tuple[float, float, bool, str]:
    """Sort key as the Progress page's: questions without a topic after named equals."""
    seen = topic.seen / topic.questions if topic.questions else 0.0
    return topic.share_mastered, seen, not topic.topic, topic.topic.casefold()


def class_topics(report: ClassReport) -> list[TopicTotal]:
    """Return every topic of the class, added over its learners, weakest first."""
    return topic_totals(row for learner in report.learners for row in learner.rows)


def topics_chart(
    topics: list[TopicTotal], palette: charts.Palette, words: Words = Words()
) -> charts.Chart:
    """Draw the mastery of each topic (from :func:`topic_totals`), in the order given."""
    names = [t.topic or words.no_topic for t in topics]
    tips = [
        words.topic_tip.replace("%1", name)
        .replace("%2", str(t.mastered))
        .replace("%3", str(t.questions))
        for name, t in zip(names, topics, strict=True)
    ]
    series = [
        charts.Series(words.mastered, "mastered", [t.mastered for t in topics]),
        charts.Series(words.learning, "learning", [t.seen - t.mastered for t in topics]),
        charts.Series(words.new, "new", [t.questions - t.seen for t in topics]),
    ]
    notes = [f"{t.share_mastered:.0%}" for t in topics]
    return charts.bars(words.topics_title, names, series, tips, notes, palette)


def grid_chart(report: ClassReport, palette: charts.Palette, words: Words) -> charts.Chart:
    """Draw learners (rows) by topics (columns, weakest first), coloured by share mastered."""
    topics = class_topics(report)
    names = [t.topic or words.no_topic for t in topics]
    shares, tips = [], []
    for learner in report.learners:
        rows: dict[tuple[SetId, str], TopicRow] = {(r.set_id, r.topic): r for r in learner.rows}
        learner_shares: list[float | None] = []
        learner_tips = []
        for name, topic in zip(names, topics, strict=True):
            row = rows.get((topic.set_id, topic.topic))
            has_questions = row is not None and row.questions > 0
            learner_shares.append(row.mastered / row.questions if row and has_questions else None)
            learner_tips.append(
                words.cell_tip.replace("%1", learner.profile)
                .replace("%2", name)
                .replace("%3", str(row.mastered if row else 0))
                .replace("%4", str(row.questions if row else 0))
            )
        shares.append(learner_shares)
        tips.append(learner_tips)
    return charts.grid(
        words.grid_title, [p.profile for p in report.learners], names, shares, tips, palette
    )


def class_html(
    report: ClassReport, words: Words = Words(), figure: Callable[[charts.Chart], str] = svg
) -> str:
    """Return the class picture and table as one HTML page that prints on A4.

    Args:
        report: the combined class report.
        words: the picture's words.
        figure: how a chart is put in the page: by default its SVG, inline.
    """
    topics = figure(topics_chart(class_topics(report), charts.LIGHT, words))
    grid = figure(grid_chart(report, charts.LIGHT, words))
    tables = "".join(
        f"<h2>{escape(learner.profile)}</h2>{to_html_table(learner.rows)}"
        for learner in report.learners
    )
    return (
        "<!DOCTYPE html>\n<html lang=en><head><meta charset=utf-8>"
        f"<title>Class report</title><style>{REPORT_CSS}</style></head><body>"
        f"<h1>Class report</h1><p class=meta>{len(report.learners)} learners</p>"
        f"<h2>{escape(words.topics_title)}</h2><p>{escape(words.topics_caption)}</p>"
        f"<figure>{topics}</figure>"
        f"<h2>{escape(words.grid_title)}</h2><p>{escape(words.grid_caption)}</p>"
        f"<figure>{grid}</figure>{tables}</body></html>\n"
    )
