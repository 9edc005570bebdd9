"""A learner's progress report per set and topic, as CSV or as HTML that prints on A4."""

from __future__ import annotations

import csv
import io
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from html import escape
from typing import TYPE_CHECKING

from quizapp.core.limits import spreadsheet_safe
from quizapp.core.model import Profile, SetId
from quizapp.core.stats import RETENTION_WINDOW
from quizapp.core.storage import Store

if TYPE_CHECKING:
    from quizapp.core.charts import Chart

WEAKEST_COUNT = 10
CSV_COLUMNS = (
    "set",
    "topic",
    "questions",
    "seen",
    "mastered",
    "reviews_30_days_tested",
    "retention_30_days",
    "time_spent_minutes",
)


@dataclass(frozen=True)
class TopicRow:
    """A learner's figures for one topic of one set (topic "" for questions without one)."""

    set_id: SetId
    set_title: str
    topic: str
    questions: int
    seen: int
    mastered: int
    recalled_30_days: int
    tested_30_days: int
    time_spent_ms: int

    @property
    def retention_30_days(self) -> float | None:
        """Return the share of learned questions recalled in the last 30 days, if any."""
        return self.recalled_30_days / self.tested_30_days if self.tested_30_days else None


@dataclass(frozen=True)
class WeakQuestion:
    """A question the learner forgets most often."""

    set_id: SetId
    set_title: str
    question_id: str
    prompt: str
    lapses: int
    reviews: int


@dataclass(frozen=True)
class PastExam:
    """A finished exam as the report lists it."""

    started_at: datetime
    set_titles: tuple[str, ...]
    questions: int
    score: float


@dataclass(frozen=True)
class LearnerReport:
    """What a teacher needs to see about one learner."""

    profile: str
    generated_at: datetime
    rows: tuple[TopicRow, ...]
    weakest: tuple[WeakQuestion, ...]
    exams: tuple[PastExam, ...] = ()


def learner_report(store: Store, profile: Profile, now: datetime) -> LearnerReport:
    """Gather a learner's figures per set and topic, and their weakest questions."""
    titles = {s.id: str(s.title) for s in store.questions.sets()}
    groups: dict[tuple[SetId, str], list[int]] = {}
    weak: list[WeakQuestion] = []
    for figures in store.reviews.question_figures(profile.id, now - RETENTION_WINDOW):
        question = figures.question
        topic = str(question.topic) if question.topic else ""
        counts = groups.setdefault((question.set_id, topic), [0] * 6)
        for i, value in enumerate(
            (
                1,
                figures.seen,
                figures.mastered,
                figures.recalled,
                figures.tested,
                figures.time_ms,
            )
        ):
            counts[i] += int(value)
        if figures.lapses:
            weak.append(
                WeakQuestion(
                    question.set_id,
                    titles.get(question.set_id, question.set_id),
                    question.id,
                    " ".join(str(question.prompt).split()),
                    figures.lapses,
                    figures.reviews,
                )
            )
    rows = tuple(
        TopicRow(set_id, titles.get(set_id, set_id), topic, *figures)
        for (set_id, topic), figures in groups.items()
    )
    weak.sort(key=lambda w: (-w.lapses / w.reviews, -w.lapses, w.question_id))
    exams = tuple(
        PastExam(
            exam.started_at,
            tuple(titles.get(set_id, set_id) for set_id in exam.set_ids),
            len(exam.question_ids),
            exam.score,
        )
        for exam in store.exams.finished(profile.id)
    )
    return LearnerReport(profile.name, now, rows, tuple(weak[:WEAKEST_COUNT]), exams)


def _percent(value: float | None) -> str:
    return "" if value is None else f"{value * 100:.0f}%"


def _minutes(ms: int) -> str:
    return f"{ms / 60000:.1f}"


def to_csv(report: LearnerReport) -> str:
    """Return the per set and topic table as CSV (one header row, Excel-friendly)."""
    out = io.StringIO(newline="")
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(CSV_COLUMNS)
    for row in report.rows:
        writer.writerow(csv_row(row))
    return out.getvalue()


def csv_row(row: TopicRow) -> list[str | int]:
    """Return one topic's figures as the cells of :data:`CSV_COLUMNS`.

    Text cells never start a spreadsheet formula (see :func:`limits.spreadsheet_safe`).
    """
    return [
        spreadsheet_safe(row.set_id),
        spreadsheet_safe(row.topic),
        row.questions,
        row.seen,
        row.mastered,
        row.tested_30_days,
        _percent(row.retention_30_days),
        _minutes(row.time_spent_ms),
    ]


# The style of every printed report: A4 pages, tables that break between rows.
REPORT_CSS = """
@page { size: A4; margin: 15mm; }
body { font-family: "DejaVu Sans", Arial, sans-serif; font-size: 10pt; color: #111;
       max-width: 180mm; margin: 0 auto; }
h1 { font-size: 16pt; margin: 0 0 2mm; }
h2 { font-size: 12pt; margin: 6mm 0 2mm; page-break-after: avoid; }
p.meta { color: #555; margin: 0 0 4mm; }
table { width: 100%; border-collapse: collapse; page-break-inside: auto; }
tr { page-break-inside: avoid; }
thead { display: table-header-group; }
th, td { border-bottom: 0.3mm solid #ccc; padding: 1.2mm 2mm; text-align: left;
         vertical-align: top; }
th { border-bottom: 0.5mm solid #333; }
td.n, th.n { text-align: right; white-space: nowrap; }
tr.set td { font-weight: bold; background: #f0f0f0; }
figure { margin: 0; page-break-inside: avoid; }
figure svg { max-width: 100%; height: auto; }
"""


def to_html_table(rows: tuple[TopicRow, ...]) -> str:
    """Return a table of the rows per set (a summing row) and topic, as HTML."""
    head = (
        "<tr><th>Set / topic</th><th class=n>Questions</th><th class=n>Seen</th>"
        "<th class=n>Mastered</th><th class=n>Retention (30 days)</th>"
        "<th class=n>Time (min)</th></tr>"
    )
    body: list[str] = []
    current: SetId | None = None
    for row in rows:
        if row.set_id != current:
            current = row.set_id
            in_set = [r for r in rows if r.set_id == current]
            tested = sum(r.tested_30_days for r in in_set)
            recalled = sum(r.recalled_30_days for r in in_set)
            body.append(
                _html_row(
                    "set",
                    row.set_title,
                    sum(r.questions for r in in_set),
                    sum(r.seen for r in in_set),
                    sum(r.mastered for r in in_set),
                    recalled / tested if tested else None,
                    sum(r.time_spent_ms for r in in_set),
                )
            )
        body.append(
            _html_row(
                "topic",
                row.topic or "(no topic)",
                row.questions,
                row.seen,
                row.mastered,
                row.retention_30_days,
                row.time_spent_ms,
            )
        )
    return f"<table><thead>{head}</thead><tbody>{''.join(body)}</tbody></table>"


def to_html(report: LearnerReport, figure: Callable[[Chart], str] | None = None) -> str:
    """Return the report as a self-contained HTML page that prints cleanly on A4.

    Mastery per topic, weakest first, is drawn as a chart above the table.

    Args:
        report: the learner's report.
        figure: how the chart is put in the page; None puts its SVG inline.
    """
    from quizapp.core import charts, classpicture  # the chart drawing only when printing

    words = classpicture.Words(topic_tip="%1: %2 of %3 questions mastered")
    chart = (figure or classpicture.svg)(
        classpicture.topics_chart(classpicture.topic_totals(report.rows), charts.LIGHT, words)
    )
    weak = "".join(
        f"<tr><td>{escape(w.prompt)}</td><td>{escape(w.set_title)}</td>"
        f"<td class=n>{w.lapses} of {w.reviews}</td></tr>"
        for w in report.weakest
    )
    weak_table = (
        "<table><thead><tr><th>Question</th><th>Set</th><th class=n>Forgotten</th></tr></thead>"
        f"<tbody>{weak}</tbody></table>"
        if weak
        else "<p>No question forgotten yet.</p>"
    )
    exams = "".join(
        f"<tr><td>{e.started_at:%d %b %Y}</td><td>{escape(', '.join(e.set_titles))}</td>"
        f"<td class=n>{e.questions}</td><td class=n>{_percent(e.score)}</td></tr>"
        for e in report.exams
    )
    exam_table = (
        "<table><thead><tr><th>Date</th><th>Sets</th><th class=n>Questions</th>"
        f"<th class=n>Score</th></tr></thead><tbody>{exams}</tbody></table>"
        if exams
        else "<p>No exam taken yet.</p>"
    )
    return (
        "<!DOCTYPE html>\n<html lang=en><head><meta charset=utf-8>"
        f"<title>Progress of {escape(report.profile)}</title><style>{REPORT_CSS}</style></head>"
        f"<body><h1>Progress of {escape(report.profile)}</h1>"
        f"<p class=meta>{report.generated_at:%d %B %Y, %H:%M} UTC</p>"
        f"<h2>Mastery per topic, weakest first</h2><figure>{chart}</figure>"
        f"<h2>Per set and topic</h2>{to_html_table(report.rows)}"
        f"<h2>Weakest questions</h2>{weak_table}"
        f"<h2>Exam results</h2>{exam_table}</body></html>\n"
    )


def _html_row(
    kind: str,
    name: str,
    questions: int,
    seen: int,
    mastered: int,
    retention: float | None,
    time_ms: int,
) -> str:
    indent = "" if kind == "set" else "&nbsp;&nbsp;&nbsp;"
    return (
        f"<tr class={kind}><td>{indent}{escape(name)}</td><td class=n>{questions}</td>"
        f"<td class=n>{seen}</td><td class=n>{mastered}</td>"
        f"<td class=n>{_percent(retention) or '-'}</td><td class=n>{_minutes(time_ms)}</td></tr>"
    )
