"""Every question type answered by keyboard through a real window, right and wrong."""

import json
from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from quizapp.core.session import PracticeSession, StudySession, practice_questions
from quizapp.ui.study import Stage

DATA = Path(__file__).parent.parent / "data"

K = Qt.Key
ALT = Qt.KeyboardModifier.AltModifier


def type_text(qtbot, window, text):
    qtbot.keyClicks(window.focusWidget(), text)


def option_key(study, option_text):
    """The number key of an option as shown (options are shuffled)."""
    question = study.question
    index = [str(o) for o in question.payload.options].index(option_text)
    return K(K.Key_0 + 1 + study.input.order.index(index))


def arrange(qtbot, window, press, wanted):
    """Put the ordering list in the ``wanted`` order of item indexes with Alt+Up."""
    items = window.study.input.list
    for target, index in enumerate(wanted):
        row = next(
            r for r in range(items.count()) if items.item(r).data(Qt.ItemDataRole.UserRole) == index
        )
        items.setCurrentRow(row)
        for _ in range(row - target):
            press(window, K.Key_Up, ALT)


def answer(qtbot, window, press, question_id, right):
    """Answer one question of tests/data/types/all-types.yaml by keyboard."""
    study = window.study
    if question_id == "t-single":
        press(window, option_key(study, "No" if right else "yes"))
    elif question_id == "t-multi":
        for option in ("a", "c") if right else ("a", "b"):
            press(window, option_key(study, option))
        press(window, K.Key_Return)
    elif question_id == "t-tf":
        press(window, K.Key_1 if right else K.Key_2)
    elif question_id == "t-short":
        type_text(qtbot, window, "singapore" if right else "jakarta")
        press(window, K.Key_Return)
    elif question_id == "t-num":
        type_text(qtbot, window, "2008" if right else "2010")
        press(window, K.Key_Return)
    elif question_id == "t-cloze":
        type_text(qtbot, window, "13" if right else "12")
        press(window, K.Key_Tab)
        type_text(qtbot, window, "National Secretariat")
        press(window, K.Key_Return)
    elif question_id == "t-match":
        type_text(qtbot, window, "Secretary" if right else "National")
        press(window, K.Key_Tab)
        type_text(qtbot, window, "National" if right else "Secretary")
        press(window, K.Key_Return)
    elif question_id == "t-order":
        arrange(qtbot, window, press, [0, 1, 2] if right else [2, 1, 0])
        press(window, K.Key_Return)


GRADED = ["t-single", "t-multi", "t-tf", "t-short", "t-num", "t-cloze", "t-match", "t-order"]


@pytest.mark.parametrize("right", [True, False], ids=["right", "wrong"])
def test_every_type_is_answered_by_keyboard_and_recorded(qtbot, open_window, press, right):
    window = open_window(bank=DATA / "types")
    store = window.store
    questions = [
        q for q in practice_questions(store, ["all-types"], shuffled=False) if q.id in GRADED
    ]
    window.start(PracticeSession(store, window.profile, questions))
    study = window.study
    # Practice asks a missed question once more at the end: answer it rightly then.
    rounds = [right] if right else [False, True]
    for attempt in rounds:
        for question_id in GRADED:
            assert study.question.id == question_id
            assert study.stage is Stage.ANSWERING
            answer(qtbot, window, press, question_id, attempt)
            assert study.stage is Stage.FEEDBACK, question_id
            assert study.verdict.text().startswith("✓" if attempt else "✗"), question_id
            assert study.answer.text().startswith("Right answer: ")
            press(window, K.Key_Space)
    assert window.pages.currentWidget() is window.summary
    rows = store.db.execute(
        "SELECT question_id, correct, rating, response FROM practice_answers ORDER BY id"
    ).fetchall()
    expected = [(q, int(attempt), 3 if attempt else 1) for attempt in rounds for q in GRADED]
    assert [tuple(r[:3]) for r in rows] == expected
    kinds = [json.loads(r[3])["kind"] for r in rows[:8]]
    assert kinds == ["picked", "picked", "truth", "typed", "typed", "gaps", "pairs", "order"]


def test_flashcard_is_revealed_and_graded_by_number(open_window, press):
    window = open_window(bank=DATA / "types")
    window.on_study_requested(["all-types"])
    study = window.study
    assert study.question.id == "t-flash"
    assert study.stage is Stage.ASKING
    press(window, K.Key_Space)
    assert study.answer.text() == "Right answer: Back"
    press(window, K.Key_2)
    card = window.store.reviews.card(window.profile.id, "t-flash")
    assert card is not None
    assert window.store.db.execute("SELECT rating FROM reviews").fetchone()[0] == 2


def test_pass_fail_grading_shows_two_buttons(open_window, press):
    window = open_window(bank=DATA / "types")
    window.store.learners.save_settings(
        type(window.profile)(**{**vars(window.profile), "pass_fail": True})
    )
    window.profile = window.store.learners.named("Ana")
    window.on_study_requested(["all-types"])
    press(window, K.Key_Space)
    shown = [b.text().split("\n")[0] for b in window.study.rating_buttons.values() if b.isVisible()]
    assert shown == ["1 · Fail", "2 · Pass"]
    press(window, K.Key_2)
    assert window.store.db.execute("SELECT rating FROM reviews").fetchone()[0] == 3


def test_typo_is_shown_and_the_learner_may_raise_a_recalled_answer(qtbot, open_window, press):
    window = open_window(bank=DATA / "types")
    store = window.store
    question = store.questions.get("t-short")
    window.start(PracticeSession(store, window.profile, [question]))
    type_text(qtbot, window, "Singapure")
    press(window, K.Key_Return)
    study = window.study
    assert study.verdict.text() == "✓ Right"
    assert study.typo.text() == (
        "Accepted with a small typo. You typed “Singapure”; it is spelt “singap<b><u>o</u></b>re”."
    )
    assert [r for r, b in study.rating_buttons.items() if b.isVisible()] == [2, 3, 4]
    press(window, K.Key_4)
    ratings = [r[0] for r in store.db.execute("SELECT rating FROM practice_answers")]
    assert ratings == [4]


def test_i_was_right_overrides_a_wrong_typed_answer_once(qtbot, open_window, press):
    window = open_window(bank=DATA / "types")
    store = window.store
    window.start(PracticeSession(store, window.profile, [store.questions.get("t-short")]))
    type_text(qtbot, window, "Paris")
    press(window, K.Key_Return)
    study = window.study
    assert study.verdict.text() == "✗ Wrong"
    assert study.claim_button.isVisible()
    press(window, K.Key_R, Qt.KeyboardModifier.ControlModifier)
    assert study.verdict.text() == "✓ Counted as right (your call)"
    assert not study.claim_button.isVisible()
    press(window, K.Key_R, Qt.KeyboardModifier.ControlModifier)
    rows = store.db.execute("SELECT rating, correct, response FROM practice_answers").fetchall()
    assert [(r[0], r[1]) for r in rows] == [(3, 1)]
    assert json.loads(rows[0][2])["regraded_from"] == 1


def test_hint_makes_a_right_answer_hard(qtbot, open_window, press):
    window = open_window(bank=DATA / "types")
    store = window.store
    window.start(PracticeSession(store, window.profile, [store.questions.get("t-num")]))
    press(window, K.Key_H, Qt.KeyboardModifier.ControlModifier)
    assert window.study.hint_label.text() == "Hint: 2…"
    type_text(qtbot, window, "2007")
    press(window, K.Key_Return)
    assert store.db.execute("SELECT rating FROM practice_answers").fetchone()[0] == 2


def test_undo_in_a_text_field_undoes_typing_first_then_the_last_answer(qtbot, open_window, press):
    window = open_window(bank=DATA / "types")
    store = window.store
    questions = [store.questions.get("t-tf"), store.questions.get("t-short")]
    window.start(PracticeSession(store, window.profile, questions))
    press(window, K.Key_1)
    press(window, K.Key_Space)
    study = window.study
    type_text(qtbot, window, "abc")
    press(window, K.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert study.input.edit.text() == ""
    assert study.question.id == "t-short"
    press(window, K.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert study.question.id == "t-tf"
    assert store.db.execute("SELECT COUNT(*) FROM practice_answers").fetchone()[0] == 0


def test_i_guessed_rates_a_right_pick_as_a_miss_and_keeps_it_as_a_guess(qtbot, open_window, press):
    window = open_window(bank=DATA / "types")
    store = window.store
    window.start(StudySession(store, window.profile))
    study = window.study
    study.ask(store.questions.get("t-single"))
    press(window, option_key(study, "No"))
    assert study.verdict.text() == "✓ Right"
    assert study.guess_button.isVisible()
    press(window, K.Key_G)
    assert study.verdict.text() == "✓ Right, by a guess: it comes back soon"
    assert not study.guess_button.isVisible()
    press(window, K.Key_G)
    rows = store.db.execute("SELECT rating, response FROM reviews").fetchall()
    assert [r[0] for r in rows] == [1]
    assert json.loads(rows[0][1])["guessed"] is True
    card = store.reviews.card(window.profile.id, "t-single")
    assert card.due - card.last_review < timedelta(hours=1)


def test_i_guessed_is_offered_only_for_picked_answers_in_review(qtbot, open_window, press):
    window = open_window(bank=DATA / "types")
    store = window.store
    window.start(PracticeSession(store, window.profile, [store.questions.get("t-single")]))
    press(window, option_key(window.study, "No"))
    assert window.study.verdict.text() == "✓ Right"
    assert not window.study.guess_button.isVisible()
    window.start(StudySession(store, window.profile))
    window.study.ask(store.questions.get("t-short"))
    type_text(qtbot, window, "singapore")
    press(window, K.Key_Return)
    assert window.study.verdict.text() == "✓ Right"
    assert not window.study.guess_button.isVisible()
