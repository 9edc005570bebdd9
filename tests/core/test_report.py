from datetime import timedelta

import pytest

from quizapp.core import ops, report
from quizapp.core.model import Rating
from quizapp.core.scheduler import CardStage, CardState


@pytest.fixture
def studied(library, now):
    """The test bank with a learner who answered a few questions."""
    store = library.store
    profile = store.learners.create("Siti", now)
    questions = store.questions.active()
    learned = CardState(CardStage.REVIEW, None, 30.0, 5.0, now + timedelta(days=20), now)
    store.reviews.record(profile.id, questions[0].id, Rating.GOOD, now, learned, None, 4000)
    later = now + timedelta(days=1)
    forgotten = CardState(CardStage.RELEARNING, 0, 1.0, 7.0, later, later)
    store.reviews.record(profile.id, questions[1].id, Rating.AGAIN, later, forgotten, learned, 9000)
    return store, profile, questions, later


def test_report_counts_per_set_and_topic(studied):
    store, profile, questions, later = studied
    learner = report.learner_report(store, profile, later)
    assert learner.profile == "Siti"
    assert sum(r.questions for r in learner.rows) == len(questions)
    assert sum(r.seen for r in learner.rows) == 2
    assert sum(r.mastered for r in learner.rows) == 1
    assert sum(r.tested_30_days for r in learner.rows) == 1
    assert sum(r.recalled_30_days for r in learner.rows) == 0
    assert sum(r.time_spent_ms for r in learner.rows) == 13000
    assert [(w.question_id, w.lapses, w.reviews) for w in learner.weakest] == [
        (questions[1].id, 1, 1)
    ]


def test_csv_report_has_one_row_per_set_and_topic(studied):
    store, profile, questions, later = studied
    learner = report.learner_report(store, profile, later)
    lines = report.to_csv(learner).split("\r\n")
    assert lines[0] == (
        "set,topic,questions,seen,mastered,reviews_30_days_tested,retention_30_days,"
        "time_spent_minutes"
    )
    assert len(lines) == len(learner.rows) + 2  # header, rows, empty after the last CRLF
    first = learner.rows[0]
    assert lines[1].startswith(f"{first.set_id},")


def test_html_report_escapes_text_and_sets_a4_printing(studied):
    store, profile, questions, later = studied
    html = report.to_html(report.learner_report(store, profile, later))
    assert html.startswith("<!DOCTYPE html>")
    assert "@page { size: A4; margin: 15mm; }" in html
    assert "<h1>Progress of Siti</h1>" in html
    assert "1 of 1" in html


def test_html_report_draws_mastery_per_topic_as_svg(studied):
    store, profile, questions, later = studied
    learner = report.learner_report(store, profile, later)
    html = report.to_html(learner)
    assert html.count("<svg ") == 1
    topics = {(row.set_id, row.topic) for row in learner.rows}
    assert html.count("questions mastered by the class") == 0
    assert html.count(" questions mastered</title>") == len(topics)


def test_report_of_a_new_learner_has_no_weak_questions(library, now):
    profile = ops.choose_profile(library.store, "New", now)
    learner = report.learner_report(library.store, profile, now)
    assert learner.weakest == ()
    assert "No question forgotten yet." in report.to_html(learner)
    assert all(r.retention_30_days is None for r in learner.rows)


def test_report_lists_finished_exams(studied):
    store, profile, questions, later = studied
    set_id = questions[0].set_id
    exam = store.exams.start(profile.id, later, [set_id], [q.id for q in questions[:4]], None)
    store.exams.finish(exam, later + timedelta(minutes=5), 0.75)
    learner = report.learner_report(store, profile, later + timedelta(minutes=6))
    title = next(s.title for s in store.questions.sets() if s.id == set_id)
    assert [(e.set_titles, e.questions, e.score) for e in learner.exams] == [
        ((str(title),), 4, 0.75)
    ]
    html = report.to_html(learner)
    assert "<h2>Exam results</h2>" in html
    assert "<td class=n>4</td><td class=n>75%</td>" in html
