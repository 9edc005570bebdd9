"""The FSRS-6 fitter: its gradient, its guess-aware likelihood, and recovering known memory."""

import math
import random
from datetime import UTC, datetime, timedelta

import pytest

from quizapp.core import fitting
from quizapp.core.fitting import DEFAULT_PARAMETERS, Answer
from quizapp.core.model import Rating
from quizapp.core.scheduler import Scheduler

TRUE_PARAMETERS = (
    0.4, 1.6, 9.0, 20.0, 6.0, 0.7, 2.2, 0.02, 1.2, 0.25, 1.2,
    1.8, 0.1, 0.35, 1.9, 0.5, 2.4, 0.6, 0.3, 0.1, 0.5,
)  # fmt: skip


def synthetic_histories(parameters, cards: int, seed: int) -> list[list[Answer]]:
    """Histories of a learner whose memory is FSRS-6 with ``parameters``, reviewed at random."""
    rng = random.Random(seed)
    memory = Scheduler(fuzz=False, parameters=parameters, zone=UTC)
    start = datetime(2026, 1, 5, 9, tzinfo=UTC)
    histories = []
    for card in range(cards):
        rating = Rating(rng.choice([1, 3, 3, 4]))
        state = memory.review(None, rating, start, str(card))
        history = [Answer(None, int(rating))]
        moment = start
        for _ in range(rng.randint(3, 9)):
            days = rng.choice([1, 2, 3, 5, 8, 13, 21, 34])
            moment += timedelta(days=days)
            recalled = rng.random() < memory.retrievability(state, moment)
            rating = Rating(rng.choice([2, 3, 3, 3, 4])) if recalled else Rating.AGAIN
            state = memory.review(state, rating, moment, str(card))
            history.append(Answer(days, int(rating)))
        histories.append(history)
    return histories


def test_gradient_matches_finite_differences():
    histories = synthetic_histories(TRUE_PARAMETERS, 30, seed=1)
    histories = [[Answer(a.elapsed_days, a.rating, 0.25) for a in h] for h in histories]
    histories[0].insert(2, Answer(0, 3))  # a same-day answer
    _, gradient, _ = fitting.loss_and_gradient(TRUE_PARAMETERS, histories)
    for index in range(fitting.PARAMETER_COUNT):
        up, down = list(TRUE_PARAMETERS), list(TRUE_PARAMETERS)
        up[index] += 1e-6
        down[index] -= 1e-6
        numeric = (
            fitting.loss_and_gradient(up, histories, with_gradient=False)[0]
            - fitting.loss_and_gradient(down, histories, with_gradient=False)[0]
        ) / 2e-6
        assert gradient[index] == pytest.approx(numeric, rel=1e-3, abs=1e-4), index


def test_the_model_predicts_what_the_scheduler_predicts():
    scheduler = Scheduler(fuzz=False, parameters=TRUE_PARAMETERS, zone=UTC)
    start = datetime(2026, 1, 5, 9, tzinfo=UTC)
    state = scheduler.review(None, Rating.GOOD, start, "q")
    state = scheduler.review(state, Rating.AGAIN, start + timedelta(days=4), "q")
    expected = scheduler.retrievability(state, start + timedelta(days=7))
    predicted: list[float] = []
    history = [Answer(None, 3), Answer(4, 1), Answer(3, 3)]
    fitting.loss_and_gradient(TRUE_PARAMETERS, [history], predictions=predicted)
    assert predicted[1] == pytest.approx(expected, rel=1e-9)


@pytest.mark.parametrize(
    ("recall", "guess", "right", "loss"),
    [
        (0.6, 0.25, True, -math.log(0.7)),  # 0.6 + 0.4 * 0.25
        (0.6, 0.25, False, -math.log(0.3)),
        (0.9, 0.5, True, -math.log(0.95)),
        (0.9, 0.5, False, -math.log(0.05)),
        (0.8, 0.0, False, -math.log(0.2)),  # a flashcard: no guessing
    ],
)
def test_guess_aware_likelihood_on_hand_computed_cases(recall, guess, right, loss):
    assert fitting.answer_log_loss(recall, guess, right) == pytest.approx(loss)


def test_guess_aware_likelihood_in_the_fit_on_a_hand_computed_history():
    # First answer Good: stability w2 = 5 days; five days later recall is 0.9 by definition.
    parameters = list(DEFAULT_PARAMETERS)
    parameters[2] = 5.0
    right = [Answer(None, 3), Answer(5, 3, guess_chance=0.25)]
    wrong = [Answer(None, 3), Answer(5, 1, guess_chance=0.5)]
    assert fitting.log_loss(parameters, [right]) == pytest.approx(-math.log(0.925))
    assert fitting.log_loss(parameters, [wrong]) == pytest.approx(-math.log(0.05))


def test_fitting_recovers_known_parameters_from_a_synthetic_history():
    histories = synthetic_histories(TRUE_PARAMETERS, 500, seed=7)
    fitted = fitting.fit(histories)
    check = synthetic_histories(TRUE_PARAMETERS, 300, seed=8)
    true_loss = fitting.log_loss(TRUE_PARAMETERS, check)
    assert fitting.log_loss(DEFAULT_PARAMETERS, check) > true_loss + 0.01
    assert fitting.log_loss(fitted, check) < true_loss + 0.005
    for index in (2, 3):  # initial stabilities after Good and Easy, far from the defaults
        assert fitted[index] == pytest.approx(TRUE_PARAMETERS[index], rel=0.2), index


def test_fitted_parameters_stay_within_the_bounds():
    histories = [[Answer(None, 3), Answer(days, 3)] for days in range(1, 60)] * 5
    fitted = fitting.fit(histories, max_iterations=30)
    assert all(
        low <= value <= high
        for value, low, high in zip(fitted, fitting.LOWER_BOUNDS, fitting.UPPER_BOUNDS, strict=True)
    )


def test_a_fit_asked_to_stop_returns_its_start():
    histories = synthetic_histories(TRUE_PARAMETERS, 20, seed=3)
    assert fitting.fit(histories, should_stop=lambda: True) == list(DEFAULT_PARAMETERS)
