from dataclasses import replace
from datetime import timedelta

from quizapp.core.model import Rating
from quizapp.core.session import StudySession

EASIEST_FIRST = [
    "basics-city",
    "more-members",
    "basics-charter",
    "more-year",
    "more-order",
    "basics-decides",
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
    profile = library.store.create_profile("Ana", now)
    session = StudySession(library.store, profile)
    asked = answer_all(session, now)
    # Good on a new question schedules a 10-minute step, within the learn-ahead window,
    # so each question comes back once more before the session ends.
    assert asked[:6] == EASIEST_FIRST
    assert sorted(asked[6:]) == sorted(EASIEST_FIRST)
    summary = session.summary()
    assert (summary.answered, summary.new_seen, summary.ratings[Rating.GOOD]) == (12, 6, 12)


def test_session_over_one_set_asks_only_that_set(library, now):
    profile = library.store.create_profile("Ana", now)
    asked = answer_all(StudySession(library.store, profile, ["more"]), now, Rating.EASY)
    assert asked == ["more-members", "more-year", "more-order"]


def test_daily_new_limit_holds_until_the_next_day(library, now):
    profile = replace(library.store.create_profile("Ana", now), new_per_day=2)
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
    profile = replace(store.create_profile("Ana", now), new_per_day=2)
    session = StudySession(store, profile)
    session.answer(session.next_question(now), Rating.HARD, now)  # basics-city
    session.answer(session.next_question(now), Rating.EASY, now)  # more-members
    # A day later: the Hard step is due and nothing else; Easy put the other off for days.
    next_day = now + timedelta(days=1)
    assert StudySession(store, profile).next_question(next_day).id == "basics-city"
    assert store.card(profile.id, "more-members").due > now + timedelta(days=3)


def test_the_same_question_is_not_asked_twice_in_a_row_when_another_waits(library, now):
    profile = library.store.create_profile("Ana", now)
    session = StudySession(library.store, profile, ["basics"])
    first = session.next_question(now)
    session.answer(first, Rating.AGAIN, now)
    later = now + timedelta(minutes=5)
    assert session.next_question(later).id != first.id


def test_undo_takes_back_the_last_answer_and_asks_it_again(library, now):
    store = library.store
    profile = store.create_profile("Ana", now)
    session = StudySession(store, profile)
    question = session.next_question(now)
    session.answer(question, Rating.AGAIN, now, correct=False)
    assert session.can_undo
    assert store.card(profile.id, question.id) is not None
    assert session.undo().id == question.id
    assert store.card(profile.id, question.id) is None
    assert session.summary().answered == 0
    assert not session.can_undo
    assert session.undo() is None
    assert session.next_question(now).id == question.id


def test_summary_counts_graded_answers(library, now):
    profile = library.store.create_profile("Ana", now)
    session = StudySession(library.store, profile)
    for correct in (True, False, None):
        question = session.next_question(now)
        session.answer(question, Rating.GOOD if correct else Rating.AGAIN, now, correct=correct)
    summary = session.summary()
    assert (summary.correct, summary.wrong, summary.answered, summary.new_seen) == (1, 1, 3, 3)


def test_a_second_learner_starts_from_zero(library, now):
    store = library.store
    ana = store.create_profile("Ana", now)
    answer_all(StudySession(store, ana), now)
    budi = store.create_profile("Budi", now)
    assert StudySession(store, budi).next_question(now).id == EASIEST_FIRST[0]
    assert store.card(budi.id, "basics-city") is None
