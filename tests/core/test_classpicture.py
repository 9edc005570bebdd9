"""The class picture: mastery per topic over learners, and the learners x topics grid."""

from datetime import UTC, datetime
from pathlib import Path

from quizapp.core import charts, classpicture
from quizapp.core.classreport import ClassReport, LearnerProgress
from quizapp.core.report import TopicRow

AT = datetime(2026, 3, 2, 10, 0, tzinfo=UTC)


def learner(name, *rows):
    """A learner's progress file: rows of (set, topic, questions, seen, mastered)."""
    topic_rows = tuple(
        TopicRow(set_id, set_id.title(), topic, questions, seen, mastered, 0, 0, 0)
        for set_id, topic, questions, seen, mastered in rows
    )
    return LearnerProgress(name, AT, topic_rows, Path(f"{name}.json"))


CLASS = ClassReport(
    (
        learner("Ana", ("charter", "Organs", 4, 4, 3), ("charter", "Principles", 2, 1, 0)),
        learner("Budi", ("charter", "Organs", 4, 2, 1), ("laws", "", 3, 3, 3)),
    ),
    (),
)


def test_topics_add_up_over_learners_weakest_first():
    topics = classpicture.class_topics(CLASS)
    assert [(t.set_id, t.topic, t.questions, t.seen, t.mastered) for t in topics] == [
        ("charter", "Principles", 2, 1, 0),
        ("charter", "Organs", 8, 6, 4),
        ("laws", "", 3, 3, 3),
    ]
    assert [t.share_mastered for t in topics] == [0.0, 0.5, 1.0]


def test_the_topics_chart_has_a_bar_per_topic_with_its_figures():
    chart = classpicture.topics_chart(classpicture.class_topics(CLASS), charts.LIGHT)
    assert [s.text for s in chart.spots] == [
        "Principles: 0 of 2 questions mastered by the class",
        "Organs: 4 of 8 questions mastered by the class",
        "(no topic): 3 of 3 questions mastered by the class",
    ]
    assert ">50%</text>" in chart.svg


def test_the_grid_has_a_cell_per_learner_and_topic():
    chart = classpicture.grid_chart(CLASS, charts.LIGHT, classpicture.Words())
    assert [s.text for s in chart.spots] == [
        "Ana, Principles: 0 of 2 mastered",
        "Ana, Organs: 3 of 4 mastered",
        "Ana, (no topic): 0 of 0 mastered",
        "Budi, Principles: 0 of 0 mastered",
        "Budi, Organs: 1 of 4 mastered",
        "Budi, (no topic): 3 of 3 mastered",
    ]
    assert ">75%</text>" in chart.svg
    assert ">25%</text>" in chart.svg
    assert chart.svg.count(">–</text>") == 2  # topics a learner does not have


def test_the_class_page_carries_both_charts_as_svg_and_the_tables():
    page = classpicture.class_html(CLASS)
    assert page.count("<svg ") == 2
    assert page.count("<title>") == 1 + 3 + 6  # the page, 3 bars, 6 cells
    assert "<h2>Ana</h2><table>" in page
    assert "@page { size: A4;" in page
