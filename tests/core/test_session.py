import json
import random
from dataclasses import replace
from datetime import timedelta

from quizapp.core.days import day_start
from quizapp.core.model import Rating
from quizapp.core.scheduler import Scheduler
from quizapp.core.session import (
    ExamSession,
    PracticeSession,
    StudySession,
    exam_questions,
    new_left_today,
    practice_questions,
)
from quizapp.core.stats import progress

EASIEST_FIRST = [  # in turn from each set, easiest first within each
    "basics-city",
    "more-members",
    "basics-charter",
    "more-year",
    "basics-decides",
    "more-order",
]


def answer_all(session, now, rating=Rating.GOOD):
    """Answer every question the session offers at ``now``; return their ids in order."""
    asked = []
    while (question := session.next_question(now)) is not None:
        asked.append(question.id)
        session.answer(question, rating, now)
        now += timedelta(seconds=5)
    return asked


def test_new_questions_come_easiest_first_and_learning_steps_return(library, now):
    profile = library.store.learners.create("Ana", now)
    session = StudySession(library.store, profile)
    asked = answer_all(session, now)
    # Good on a new question schedules a 10-minute step, within the learn-ahead window,
    # so each question comes back once more before the session ends.
    assert asked[:6] == EASIEST_FIRST
    assert sorted(asked[6:]) == sorted(EASIEST_FIRST)
    summary = session.summary()
    assert (summary.answered, summary.new_seen, summary.ratings[Rating.GOOD]) == (12, 6, 12)


def test_session_over_one_set_asks_only_that_set(library, now):
    profile = library.store.learners.create("Ana", now)
    asked = answer_all(StudySession(library.store, profile, ["more"]), now, Rating.EASY)
    assert asked == ["more-members", "more-year", "more-order"]


def test_new_questions_take_turns_across_sets_even_when_one_set_is_easier(library, now):
    store = library.store
    profile = store.learners.create("Ana", now)
    # Make every question of "basics" easier than any of "more": still they alternate.
    store.db.execute("UPDATE questions SET difficulty = difficulty - 10 WHERE set_id = 'basics'")
    asked = answer_all(StudySession(store, replace(profile, new_per_day=4)), now, Rating.EASY)
    assert [q.split("-")[0] for q in asked] == ["basics", "more", "basics", "more"]
    assert asked[0::2] == ["basics-city", "basics-charter"]  # easiest first within the set


def test_new_left_today_follows_the_daily_limit(library, now):
    profile = replace(library.store.learners.create("Ana", now), new_per_day=4)
    assert new_left_today(library.store, profile, now) == 4
    answer_all(StudySession(library.store, replace(profile, new_per_day=3)), now, Rating.EASY)
    assert new_left_today(library.store, profile, now) == 1
    assert new_left_today(library.store, replace(profile, new_per_day=2), now) == 0
    assert new_left_today(library.store, profile, now + timedelta(days=1)) == 4


def test_daily_new_limit_holds_until_the_next_day(library, now):
    profile = replace(library.store.learners.create("Ana", now), new_per_day=2)
    assert answer_all(StudySession(library.store, profile), now, Rating.EASY) == EASIEST_FIRST[:2]
    later_today = now + timedelta(hours=3)
    assert answer_all(StudySession(library.store, profile), later_today, Rating.EASY) == []
    tomorrow = now + timedelta(days=1)
    assert (
        answer_all(StudySession(library.store, profile), tomorrow, Rating.EASY)
        == EASIEST_FIRST[2:4]
    )


def test_due_reviews_come_before_new_questions_and_by_how_well_known(library, now):
    store = library.store
    profile = replace(store.learners.create("Ana", now), new_per_day=2)
    session = StudySession(store, profile)
    session.answer(session.next_question(now), Rating.HARD, now)  # basics-city
    session.answer(session.next_question(now), Rating.EASY, now)  # more-members
    # A day later: the Hard step is due and nothing else; Easy put the other off for days.
    next_day = now + timedelta(days=1)
    assert StudySession(store, profile).next_question(next_day).id == "basics-city"
    assert store.reviews.card(profile.id, "more-members").due > now + timedelta(days=3)


def test_the_same_question_is_not_asked_twice_in_a_row_when_another_waits(library, now):
    profile = library.store.learners.create("Ana", now)
    session = StudySession(library.store, profile, ["basics"])
    first = session.next_question(now)
    session.answer(first, Rating.AGAIN, now)
    later = now + timedelta(minutes=5)
    assert session.next_question(later).id != first.id


def test_the_question_just_answered_comes_again_at_once_when_nothing_else_waits(library, now):
    profile = replace(library.store.learners.create("Ana", now), new_per_day=1)
    session = StudySession(library.store, profile)
    first = session.next_question(now)
    session.answer(first, Rating.AGAIN, now)  # a step of minutes, within the learn-ahead
    assert session.next_question(now).id == first.id
    session.answer(first, Rating.EASY, now)  # days away: nothing waits any more
    assert session.next_question(now) is None


def test_undo_takes_back_the_last_answer_and_asks_it_again(library, now):
    store = library.store
    profile = store.learners.create("Ana", now)
    session = StudySession(store, profile)
    question = session.next_question(now)
    session.answer(question, Rating.AGAIN, now, correct=False)
    assert session.can_undo
    assert store.reviews.card(profile.id, question.id) is not None
    assert session.undo().id == question.id
    assert store.reviews.card(profile.id, question.id) is None
    assert session.summary().answered == 0
    assert not session.can_undo
    assert session.undo() is None
    assert session.next_question(now).id == question.id


def test_summary_counts_graded_answers(library, now):
    profile = library.store.learners.create("Ana", now)
    session = StudySession(library.store, profile)
    for correct in (True, False, None):
        question = session.next_question(now)
        session.answer(question, Rating.GOOD if correct else Rating.AGAIN, now, correct=correct)
    summary = session.summary()
    assert (summary.correct, summary.wrong, summary.answered, summary.new_seen) == (1, 1, 3, 3)


def test_a_second_learner_starts_from_zero(library, now):
    store = library.store
    ana = store.learners.create("Ana", now)
    answer_all(StudySession(store, ana), now)
    budi = store.learners.create("Budi", now)
    assert StudySession(store, budi).next_question(now).id == EASIEST_FIRST[0]
    assert store.reviews.card(budi.id, "basics-city") is None


def test_practice_never_touches_the_schedule_and_repeats_a_miss_once(library, now):
    store = library.store
    profile = store.learners.create("Ana", now)
    questions = practice_questions(store, ["basics"], shuffled=False)
    assert [q.id for q in questions] == ["basics-city", "basics-charter", "basics-decides"]
    session = PracticeSession(store, profile, questions)
    asked = []
    while (question := session.next_question(now)) is not None:
        asked.append(question.id)
        session.answer(
            question, Rating.AGAIN if question.id == "basics-charter" else Rating.GOOD, now
        )
    assert asked == ["basics-city", "basics-charter", "basics-decides", "basics-charter"]
    assert store.reviews.card(profile.id, "basics-city") is None
    assert store.db.execute("SELECT COUNT(*) FROM reviews").fetchone()[0] == 0
    assert store.db.execute("SELECT COUNT(*) FROM practice_answers").fetchone()[0] == 4
    assert progress(store, profile, now).reviews_today == 0


def test_practice_undo_puts_the_question_back_first(library, now):
    store = library.store
    profile = store.learners.create("Ana", now)
    session = PracticeSession(store, profile, practice_questions(store, ["basics"], shuffled=False))
    first = session.next_question(now)
    session.answer(first, Rating.AGAIN, now)
    assert session.undo() == first
    assert session.next_question(now) == first
    assert [q.id for q in session.queue].count(first.id) == 1
    assert store.db.execute("SELECT COUNT(*) FROM practice_answers").fetchone()[0] == 0


def test_practice_by_topic(library, now):
    questions = practice_questions(library.store, ["basics", "more"], topics={"Places"})
    assert [q.id for q in questions] == ["basics-city"]


def test_exam_scores_per_topic_lists_mistakes_and_keeps_the_result(library, now):
    store = library.store
    profile = store.learners.create("Ana", now)
    questions = exam_questions(store, ["basics", "more"], 10, random.Random(1))
    assert len(questions) == 4  # flashcards are never drawn for an exam
    assert all(q.type.value != "flashcard" for q in questions)
    session = ExamSession(store, profile, questions, ["basics", "more"], now)
    for question in questions:
        right = question.id != "more-year"
        session.answer(
            question,
            Rating.GOOD if right else Rating.AGAIN,
            now,
            correct=right,
            score=1.0 if right else 0.0,
        )
    assert session.next_question(now) is None
    result = session.finish(now + timedelta(minutes=5), "en")
    assert (result.score, result.answered, result.total, result.timed_out) == (0.75, 4, 4, False)
    assert [(t.topic, t.right, t.total) for t in result.topics] == [("", 2, 3), ("Places", 1, 1)]
    assert [a.question.id for a in result.mistakes] == ["more-year"]
    assert result.unanswered == []
    history = store.exams.finished(profile.id)
    assert [(h.score, h.set_ids) for h in history] == [(0.75, ("basics", "more"))]
    assert store.reviews.card(profile.id, "more-year") is None  # an exam moves no schedule


def test_exam_ends_when_time_is_up(library, now):
    store = library.store
    profile = store.learners.create("Ana", now)
    questions = exam_questions(store, ["basics"], 2, random.Random(2))
    session = ExamSession(store, profile, questions, ["basics"], now, timedelta(minutes=1))
    assert session.time_left(now + timedelta(seconds=20)) == timedelta(seconds=40)
    session.answer(session.next_question(now), Rating.GOOD, now, correct=True, score=1.0)
    later = now + timedelta(minutes=2)
    assert session.next_question(later) is None
    result = session.finish(later, "en")
    assert (result.answered, result.total, result.timed_out, result.score) == (1, 2, True, 0.5)
    assert result.unanswered == [questions[1]]


def test_exam_moves_between_questions_skips_flags_and_replaces_an_answer(library, now):
    store = library.store
    profile = store.learners.create("Ana", now)
    questions = exam_questions(store, ["basics", "more"], 3, random.Random(1))
    session = ExamSession(store, profile, questions, ["basics", "more"], now)
    assert session.next_question(now) == questions[0]
    session.go_to(1)  # skip the first
    assert session.toggle_flag() is True
    session.answer(questions[1], Rating.AGAIN, now, correct=False, score=0.0)
    assert session.next_question(now) == questions[2]  # on from the current one
    session.answer(questions[2], Rating.GOOD, now, correct=True, score=1.0)
    assert session.next_question(now) == questions[0]  # then round to the skipped one
    session.go_to(1)
    session.answer(questions[1], Rating.GOOD, now, correct=True, score=1.0)  # changed my mind
    assert session.flagged == {questions[1].id}
    assert session.answered_ids() == {questions[1].id, questions[2].id}
    assert store.db.execute("SELECT COUNT(*) FROM exam_answers").fetchone()[0] == 2
    result = session.finish(now, "en")
    assert (result.score, result.answered, result.unanswered) == (2 / 3, 2, [questions[0]])
    assert result.questions == questions
    assert [a.question for a in result.answers] == [questions[2], questions[1]]


def test_summary_lists_the_missed_questions_and_when_each_comes_back(library, now):
    store = library.store
    session = StudySession(store, store.learners.create("Ana", now))
    first = session.next_question(now)
    session.answer(first, Rating.AGAIN, now, correct=False, score=0.0)
    second = session.next_question(now)
    session.answer(second, Rating.EASY, now)
    summary = session.summary()
    assert summary.missed == [first]
    assert len(summary.next_due) == 2
    assert summary.next_due[0] < now + timedelta(hours=1) < now + timedelta(days=2)
    assert summary.next_due[1] > now + timedelta(days=2)


def test_regrade_replaces_the_last_rating(library, now):
    store = library.store
    profile = store.learners.create("Ana", now)
    session = StudySession(store, profile)
    question = session.next_question(now)
    session.answer(question, Rating.AGAIN, now, correct=False, score=0.0, response={"typed": "x"})
    session.regrade(Rating.GOOD, now, correct=True)
    rows = store.db.execute("SELECT rating, response FROM reviews").fetchall()
    assert [(r[0], json.loads(r[1])) for r in rows] == [
        (Rating.GOOD, {"regraded_from": 1, "response": {"typed": "x"}})
    ]
    assert session.summary().correct == 1


def test_the_daily_review_maximum_stops_reviews_not_new_questions(library, now):
    store = library.store
    profile = replace(store.learners.create("Ana", now), max_reviews_per_day=1)
    session = StudySession(store, profile, ["basics"])
    asked = answer_all(session, now, Rating.AGAIN)
    # Three new questions, then one review (the daily maximum), then nothing.
    assert len(asked) == 4


def test_a_question_due_later_today_is_asked_this_morning_as_the_home_count_promises(library, now):
    store = library.store
    profile = replace(store.learners.create("Ana", now), new_per_day=0)
    scheduler = Scheduler()
    learned = scheduler.review(None, Rating.EASY, now, "basics-city")  # review stage, days out
    store.reviews.record(profile.id, "basics-city", Rating.EASY, now, learned, None)
    morning = day_start(learned.due) + timedelta(hours=1)
    assert morning < learned.due
    assert progress(store, profile, morning).for_set("basics").due == 1
    assert StudySession(store, profile).next_question(morning).id == "basics-city"
    assert StudySession(store, profile).next_question(morning - timedelta(days=1)) is None
