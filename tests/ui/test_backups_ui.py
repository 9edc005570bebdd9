from datetime import timedelta

from quizapp.core.model import Rating
from quizapp.core.session import StudySession
from quizapp.core.storage.backups import list_backups


def answer_one(window):
    session = StudySession(window.store, window.profile)
    now = window.clock()
    session.answer(session.next_question(now), Rating.GOOD, now)


def test_closing_the_window_backs_up_what_was_studied(open_window, clock):
    window = open_window()
    path = window.store.path
    answer_one(window)
    window.close()
    assert [b.reason for b in list_backups(path)] == ["close"]


def test_closing_without_study_adds_no_backup(open_window):
    window = open_window()
    path = window.store.path
    window.close()
    assert list_backups(path) == []


def test_backup_is_taken_in_the_background_while_studying(open_window, clock, qtbot):
    window = open_window()
    path = window.store.path
    answer_one(window)
    window.on_backup_timer_timeout()
    qtbot.waitUntil(lambda: len(list_backups(path)) == 1)
    clock.advance(minutes=10)
    answer_one(window)
    window.on_backup_timer_timeout()  # too soon after the last one: nothing
    clock.advance(minutes=25)
    window.on_backup_timer_timeout()
    qtbot.waitUntil(lambda: len(list_backups(path)) == 2)
    assert [b.reason for b in list_backups(path)] == ["auto", "auto"]
    assert list_backups(path)[0].taken_at - list_backups(path)[1].taken_at == timedelta(minutes=35)
