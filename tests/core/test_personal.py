"""Personal parameters: guess chances, when a fit is due, its held-out check, and safe saving."""

import os
import signal
import subprocess
import sys
import textwrap
from dataclasses import replace
from datetime import UTC, datetime, timedelta

import pytest
from test_fitting import TRUE_PARAMETERS, synthetic_histories

from quizapp.core import fitting, personal
from quizapp.core.errors import TooFewAnswersError
from quizapp.core.fitting import Answer
from quizapp.core.model import FitRecord, Question, QuestionId, Rating, SetId, Text
from quizapp.core.personal import FitInput
from quizapp.core.qtypes import (
    Flashcard,
    Matching,
    MultipleAnswer,
    Ordering,
    ShortAnswer,
    SingleChoice,
    TrueFalse,
)
from quizapp.core.scheduler import Scheduler
from quizapp.core.session import StudySession

START = datetime(2026, 1, 5, 9, tzinfo=UTC)


def _question(payload) -> Question:
    return Question(QuestionId("q"), SetId("s"), Text.plain("?"), payload)


def _texts(count: int) -> tuple[Text, ...]:
    return tuple(Text.plain(str(i)) for i in range(count))


@pytest.mark.parametrize(
    ("question", "chance"),
    [
        (_question(SingleChoice(_texts(4), frozenset({0}))), 1 / 4),
        (_question(TrueFalse(truth=True)), 1 / 2),
        (_question(MultipleAnswer(_texts(5), frozenset({0, 3}))), 0.1),
        (_question(Matching(tuple(zip(_texts(3), _texts(3), strict=True)))), 1 / 6),
        (_question(Ordering(_texts(4))), 1 / 24),
        (_question(Flashcard(Text.plain("!"))), 0.0),
        (_question(ShortAnswer(Text.plain("!"))), 0.0),
    ],
)
def test_guess_chance_follows_the_question_type(question, chance):
    assert personal.guess_chance(question) == pytest.approx(chance)


def test_histories_count_study_days_and_a_marked_guess_as_not_recalled():
    a, b = QuestionId("a"), QuestionId("b")
    log = [
        (a, START, Rating.GOOD, False),
        (a, START + timedelta(hours=15), Rating.GOOD, False),  # 00:00 next day: same study day
        (a, START + timedelta(days=3), Rating.AGAIN, True),
        (b, START, Rating.AGAIN, False),
        (b, START + timedelta(days=1), Rating.GOOD, False),
    ]
    histories = personal.histories_from_log(log, {a: 0.25, b: 0.5}, UTC, 4)
    assert [[answer for _, answer in h] for h in histories] == [
        [Answer(None, 3, 0.25), Answer(0, 3, 0.25), Answer(3, 1, 0.0)],
        [Answer(None, 1, 0.5), Answer(1, 3, 0.5)],
    ]


def _timed(histories: list[list[Answer]]) -> list[personal.TimedHistory]:
    """Give synthetic histories times: each question starts a day after the one before."""
    timed = []
    for number, history in enumerate(histories):
        moment = START + timedelta(days=number % 200)
        entries = []
        for answer in history:
            moment += timedelta(days=answer.elapsed_days or 0)
            entries.append((moment, answer))
        timed.append(entries)
    return timed


def _record(checked_at: datetime, answers: int) -> FitRecord:
    return FitRecord(None, None, checked_at, answers, 0.5, 0.6)


def test_a_fit_is_due_with_enough_answers_then_monthly_when_more_came_in(now):
    few = FitInput(_timed(synthetic_histories(TRUE_PARAMETERS, 40, seed=1)), None)
    assert few.long_term_answers < personal.MIN_LONG_TERM_ANSWERS
    assert not personal.fit_due(few, now)
    enough = FitInput(_timed(synthetic_histories(TRUE_PARAMETERS, 120, seed=1)), None)
    count = enough.long_term_answers
    assert count >= personal.MIN_LONG_TERM_ANSWERS
    assert personal.fit_due(enough, now)
    assert not personal.fit_due(replace(enough, record=_record(now - timedelta(days=10), 1)), now)
    assert personal.fit_due(replace(enough, record=_record(now - timedelta(days=31), 1)), now)
    assert not personal.fit_due(
        replace(enough, record=_record(now - timedelta(days=31), count)), now
    )


def test_a_fit_that_predicts_the_newest_answers_better_is_adopted(now):
    data = FitInput(_timed(synthetic_histories(TRUE_PARAMETERS, 300, seed=5)), None)
    record = personal.run_fit(data, now)
    assert record.parameters is not None
    assert record.loss_fitted < record.loss_kept
    assert record.adopted_at == record.checked_at == now
    cutoff = personal.held_out_cutoff(data.histories)
    _, test = personal.split_by_time(data.histories, cutoff)
    assert fitting.log_loss(record.parameters, test) < fitting.log_loss(
        fitting.DEFAULT_PARAMETERS, test
    )


def test_a_fit_never_replaces_parameters_with_worse_held_out_predictions(now):
    # Remembered everything until the newest fifth of the answers, then forgot everything: a
    # fit to the older answers predicts the newest ones worse than the parameters in force.
    histories = _timed(synthetic_histories(TRUE_PARAMETERS, 150, seed=9))
    cutoff = personal.held_out_cutoff(histories)
    flipped = [
        [(at, replace(a, rating=3 if at < cutoff else 1)) for at, a in history]
        for history in histories
    ]
    previous = FitRecord(
        TRUE_PARAMETERS, now - timedelta(days=40), now - timedelta(days=40), 1, 0, 0
    )
    record = personal.run_fit(FitInput(flipped, previous), now)
    assert record.loss_fitted >= record.loss_kept
    assert record.parameters == TRUE_PARAMETERS
    assert record.adopted_at == previous.adopted_at
    assert record.checked_at == now


def test_steadier_memory_needs_fewer_answers_a_year():
    steadier = list(fitting.DEFAULT_PARAMETERS)
    steadier[8] += 0.5  # stability grows faster after each recall
    assert personal.answers_in_a_year(steadier) < personal.answers_in_a_year(
        fitting.DEFAULT_PARAMETERS
    )


def test_fit_record_is_kept_per_learner(library, now):
    store = library.store
    first, second = store.learners.create("A", now), store.learners.create("B", now)
    record = FitRecord(TRUE_PARAMETERS, now, now, 512, 0.41, 0.39)
    store.learners.save_fit_record(first.id, record)
    assert store.learners.fit_record(first.id) == record
    assert store.learners.fit_record(second.id) is None
    assert personal.fit_input(store, first).parameters == TRUE_PARAMETERS
    assert personal.fit_input(store, second).parameters == fitting.DEFAULT_PARAMETERS


def test_a_kill_during_a_fit_leaves_the_old_parameters_in_force(library, now, give_spaced_answers):
    store = library.store
    profile = store.learners.create("Ana", now)
    give_spaced_answers(store, profile, days=120)
    old = FitRecord(TRUE_PARAMETERS, now, now, 100, 0.45, 0.44)
    store.learners.save_fit_record(profile.id, old)
    script = textwrap.dedent(
        f"""
        import sys
        from datetime import datetime
        from pathlib import Path
        from quizapp.core import personal
        from quizapp.core.storage import open_store

        store = open_store(Path({str(library.path)!r}))
        profile = store.learners.named("Ana")
        data = personal.fit_input(store, profile)

        def mid_fit():
            print("fitting", flush=True)
            sys.stdin.readline()  # held here, inside the fit, until killed
            return False

        record = personal.run_fit(data, datetime.fromisoformat({now.isoformat()!r}), mid_fit)
        store.learners.save_fit_record(profile.id, record)
        """
    )
    with subprocess.Popen(
        [sys.executable, "-c", script],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONPATH": os.getcwd()},
    ) as child:
        assert child.stdout.readline() == "fitting\n"
        child.send_signal(signal.SIGKILL)
        child.wait()
    assert child.returncode == -signal.SIGKILL
    assert store.learners.fit_record(profile.id) == old
    assert store.db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_study_sessions_schedule_with_the_learners_own_parameters(library, now):
    store = library.store
    profile = store.learners.create("Ana", now)
    question = store.questions.active()[0]
    card = Scheduler().review(None, Rating.EASY, now, question.id)
    store.reviews.record(profile.id, question.id, Rating.EASY, now, card, None)
    default_interval = StudySession(store, profile).intervals(question, card.due)[Rating.GOOD]
    steadier = list(fitting.DEFAULT_PARAMETERS)
    steadier[8] += 0.5
    store.learners.save_fit_record(
        profile.id, FitRecord(tuple(steadier), now, now, 500, 0.45, 0.44)
    )
    own_interval = StudySession(store, profile).intervals(question, card.due)[Rating.GOOD]
    assert own_interval > default_interval


def test_fit_now_saves_the_outcome_and_refuses_too_few_answers(library, now, give_spaced_answers):
    store = library.store
    profile = store.learners.create("Ana", now)
    with pytest.raises(TooFewAnswersError, match="^Ana has 0 answers given a day or more"):
        personal.fit_now(store, profile, now)
    give_spaced_answers(store, profile, days=120)
    record = personal.fit_now(store, profile, now)
    assert record.answers >= personal.MIN_LONG_TERM_ANSWERS
    assert store.learners.fit_record(profile.id) == record
