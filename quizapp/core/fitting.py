"""Fit FSRS-6's 21 parameters to one learner's answers, in plain Python (no numpy, no torch).

The model is FSRS-6 as the ``fsrs`` package (py-fsrs 6.3) and fsrs-rs compute it: initial
stability and difficulty from the first rating; on the same study day the short-term stability
rule; a study day or more later, recall probability from the power forgetting curve
R = (1 + f t / S) ** -w20 with f = 0.9 ** (-1 / w20) - 1, then the recall or forget stability
rule; difficulty with linear damping and mean reversion; stability kept at 0.001 or more and
difficulty within 1-10. Parameters stay within the ``fsrs`` package's bounds.

What is fitted: the log loss of the predicted chance of a right answer on every answer given a
study day or more after the previous one (same-day answers move the state but are not scored,
as in fsrs-rs). The chance of a right answer is guess-aware: P(right) = R + (1 - R) * g, where
g is the chance of picking the right answer without remembering it (0 for flashcards and typed
answers, 1/n for a single choice among n, 1/2 for true/false). An answer the learner marked as
a guess counts as not recalled (its g is 0). A small penalty keeps parameters near where the fit
started, in units of how much the parameters vary between learners, so a short history cannot
drag them far.

Derivatives are carried forward through each question's history (forward-mode, one 21-vector
for stability and one for difficulty), and the loss is minimised with a small L-BFGS under the
bounds (projected steps, backtracking line search). numpy and scipy would make this shorter but
add over 50 MB to the app's bundle; on the 12.6k-review log a fit takes well under a minute.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass

import fsrs.scheduler as reference

DEFAULT_PARAMETERS: tuple[float, ...] = tuple(reference.DEFAULT_PARAMETERS)
LOWER_BOUNDS: tuple[float, ...] = tuple(reference.LOWER_BOUNDS_PARAMETERS)
UPPER_BOUNDS: tuple[float, ...] = tuple(reference.UPPER_BOUNDS_PARAMETERS)
PARAMETER_COUNT = 21

POPULATION_SPREAD = (
    1.0, 5.29, 12.3, 24.92, 0.34, 0.26, 0.3, 0.06, 0.36, 0.17, 0.31,
    0.11, 0.04, 0.12, 0.33, 0.21, 0.58, 0.27, 0.22, 0.09, 0.15,
)  # fmt: skip
"""Standard deviation of each parameter over the FSRS-6 fits of 48 learners of the SRS
benchmark (open-spaced-repetition/srs-benchmark, result/FSRS-6.jsonl, users 1-48)."""

PRIOR_WEIGHT = 2.0
"""How strongly the fit is held near its start, in squared population spreads per answer set."""

STABILITY_MIN = 0.001
STABILITY_MAX = 36500.0
_P_MIN = 1e-6


@dataclass(frozen=True)
class Answer:
    """One answer in a question's history, as the model sees it.

    Attributes:
        elapsed_days: Study days since the previous answer; None for the first answer.
        rating: 1-4 (Again, Hard, Good, Easy); Again is a miss.
        guess_chance: The chance of a right pick without remembering (0 when not applicable).
        scored: Whether the answer counts in the loss (held-out checks score only newer ones).
    """

    elapsed_days: int | None
    rating: int
    guess_chance: float = 0.0
    scored: bool = True


History = Sequence[Answer]


def right_chance(retrievability: float, guess_chance: float) -> float:
    """Return the chance of a right answer: remembered, or not remembered but guessed right."""
    return retrievability + (1 - retrievability) * guess_chance


def answer_log_loss(retrievability: float, guess_chance: float, right: bool) -> float:
    """Return the log loss of one answer under the guess-aware model."""
    p = min(max(right_chance(retrievability, guess_chance), _P_MIN), 1 - _P_MIN)
    return -math.log(p if right else 1 - p)


def retrievability(parameters: Sequence[float], elapsed_days: float, stability: float) -> float:
    """Return FSRS-6's recall probability after ``elapsed_days`` at ``stability``."""
    decay = -parameters[20]
    factor = 0.9 ** (1 / decay) - 1
    return float((1 + factor * elapsed_days / stability) ** decay)


@dataclass
class _Tangent:
    """A value and its derivatives by the 21 parameters."""

    value: float
    grad: list[float]


def _combine(
    value: float,
    stability: _Tangent,
    by_stability: float,
    difficulty: _Tangent,
    by_difficulty: float,
    direct: dict[int, float],
    low: float,
    high: float,
) -> _Tangent:
    """Return ``value`` clamped, with its gradient from the chain rule (zero when clamped)."""
    if value <= low or value >= high:
        return _Tangent(min(max(value, low), high), [0.0] * PARAMETER_COUNT)
    grad = [
        by_stability * s + by_difficulty * d
        for s, d in zip(stability.grad, difficulty.grad, strict=True)
    ]
    for index, partial in direct.items():
        grad[index] += partial
    return _Tangent(value, grad)


def _zero() -> _Tangent:
    return _Tangent(0.0, [0.0] * PARAMETER_COUNT)


def loss_and_gradient(
    parameters: Sequence[float],
    histories: Sequence[History],
    with_gradient: bool = True,
    predictions: list[float] | None = None,
) -> tuple[float, list[float], int]:
    """Return the summed log loss over the scored answers, its gradient, and their number.

    Args:
        parameters: The 21 FSRS-6 parameters.
        histories: Each question's answers in time order.
        with_gradient: False skips the derivatives (about five times faster).
        predictions: If given, the predicted chance of a right answer for each scored answer
            is appended to it, in order.
    """
    w = parameters
    total = 0.0
    gradient = [0.0] * PARAMETER_COUNT
    count = 0
    decay = -w[20]
    factor = 0.9 ** (1 / decay) - 1
    factor_by_w20 = (factor + 1) * math.log(0.9) / w[20] ** 2
    easy_difficulty = w[4] - math.exp(3 * w[5]) + 1
    forget_short = math.exp(w[17] * w[18])
    for history in histories:
        stability = difficulty = _zero()
        for answer in history:
            rating = answer.rating
            if answer.elapsed_days is None:
                grad_s = [0.0] * PARAMETER_COUNT
                grad_s[rating - 1] = 1.0
                stability = _Tangent(max(w[rating - 1], STABILITY_MIN), grad_s)
                growth = math.exp(w[5] * (rating - 1))
                difficulty = _combine(
                    w[4] - growth + 1,
                    stability,
                    0.0,
                    difficulty,
                    0.0,
                    {4: 1.0, 5: -(rating - 1) * growth},
                    1.0,
                    10.0,
                )
                continue
            d = difficulty.value
            if answer.elapsed_days == 0:
                new_stability = _short_term(w, stability, difficulty, rating)
            else:
                t, s = answer.elapsed_days, stability.value
                base = 1 + factor * t / s
                r = base**decay
                r_by_s = r * decay / base * (-factor * t / s**2)
                r_by_w20 = r * (-math.log(base) + decay / base * t / s * factor_by_w20)
                right = rating > 1
                g = answer.guess_chance
                p = min(max(right_chance(r, g), _P_MIN), 1 - _P_MIN)
                if answer.scored:
                    total += answer_log_loss(r, g, right)
                    count += 1
                    if predictions is not None:
                        predictions.append(p)
                if with_gradient and answer.scored:
                    loss_by_r = (1 - g) * (-1 / p if right else 1 / (1 - p))
                    coefficient = loss_by_r * r_by_s
                    pairs = zip(gradient, stability.grad, strict=True)
                    gradient = [a + coefficient * b for a, b in pairs]
                    gradient[20] += loss_by_r * r_by_w20
                if right:
                    new_stability = _recall(w, stability, difficulty, rating, r, r_by_s, r_by_w20)
                else:
                    new_stability = _forget(
                        w, stability, difficulty, r, r_by_s, r_by_w20, forget_short
                    )
            delta = -w[6] * (rating - 3)
            damped = d + (10 - d) * delta / 9
            difficulty = _combine(
                w[7] * easy_difficulty + (1 - w[7]) * damped,
                stability,
                0.0,
                difficulty,
                (1 - w[7]) * (1 - delta / 9),
                {
                    4: w[7],
                    5: -w[7] * 3 * math.exp(3 * w[5]),
                    6: (1 - w[7]) * (10 - d) / 9 * -(rating - 3),
                    7: easy_difficulty - damped,
                },
                1.0,
                10.0,
            )
            stability = new_stability
    return total, gradient, count


def _short_term(
    w: Sequence[float], stability: _Tangent, difficulty: _Tangent, rating: int
) -> _Tangent:
    s = stability.value
    growth = math.exp(w[17] * (rating - 3 + w[18])) * s ** -w[19]
    if rating > 1 and growth < 1:
        return _combine(s, stability, 1.0, difficulty, 0.0, {}, STABILITY_MIN, STABILITY_MAX)
    new = s * growth
    return _combine(
        new,
        stability,
        growth * (1 - w[19]),
        difficulty,
        0.0,
        {17: new * (rating - 3 + w[18]), 18: new * w[17], 19: -new * math.log(s)},
        STABILITY_MIN,
        STABILITY_MAX,
    )


def _recall(
    w: Sequence[float],
    stability: _Tangent,
    difficulty: _Tangent,
    rating: int,
    r: float,
    r_by_s: float,
    r_by_w20: float,
) -> _Tangent:
    s, d = stability.value, difficulty.value
    hard = w[15] if rating == 2 else 1.0
    easy = w[16] if rating == 4 else 1.0
    surge = math.exp((1 - r) * w[10])
    base = math.exp(w[8]) * (11 - d) * s ** -w[9]
    scale = base * hard * easy  # the growth is scale * (surge - 1)
    growth = scale * (surge - 1)
    surge_by_r = -w[10] * surge
    direct = {
        8: s * growth,
        9: -s * growth * math.log(s),
        10: s * scale * surge * (1 - r),
        20: s * scale * surge_by_r * r_by_w20,
    }
    if rating == 2:
        direct[15] = s * base * (surge - 1)
    if rating == 4:
        direct[16] = s * base * (surge - 1)
    return _combine(
        s * (1 + growth),
        stability,
        1 + growth - w[9] * growth + s * scale * surge_by_r * r_by_s,
        difficulty,
        -s * growth / (11 - d),
        direct,
        STABILITY_MIN,
        STABILITY_MAX,
    )


def _forget(
    w: Sequence[float],
    stability: _Tangent,
    difficulty: _Tangent,
    r: float,
    r_by_s: float,
    r_by_w20: float,
    forget_short: float,
) -> _Tangent:
    s, d = stability.value, difficulty.value
    short = s / forget_short
    power = (s + 1) ** w[13]
    part_d = d ** -w[12]
    part_s = power - 1
    part_r = math.exp((1 - r) * w[14])
    long = w[11] * part_d * part_s * part_r
    if short < long:
        return _combine(
            short,
            stability,
            1 / forget_short,
            difficulty,
            0.0,
            {17: -short * w[18], 18: -short * w[17]},
            STABILITY_MIN,
            STABILITY_MAX,
        )
    part_r_by_r = -w[14] * part_r
    return _combine(
        long,
        stability,
        w[11] * part_d * part_r * w[13] * power / (s + 1)
        + w[11] * part_d * part_s * part_r_by_r * r_by_s,
        difficulty,
        -long * w[12] / d,
        {
            11: part_d * part_s * part_r,
            12: -long * math.log(d),
            13: w[11] * part_d * part_r * power * math.log(s + 1),
            14: long * (1 - r),
            20: w[11] * part_d * part_s * part_r_by_r * r_by_w20,
        },
        STABILITY_MIN,
        STABILITY_MAX,
    )


def penalised_loss(
    parameters: Sequence[float], histories: Sequence[History], anchor: Sequence[float]
) -> tuple[float, list[float]]:
    """Return the mean log loss plus the pull towards ``anchor``, and its gradient."""
    total, gradient, count = loss_and_gradient(parameters, histories)
    count = max(count, 1)
    loss = total / count
    grad = [g / count for g in gradient]
    for i, (value, start, spread) in enumerate(
        zip(parameters, anchor, POPULATION_SPREAD, strict=True)
    ):
        loss += PRIOR_WEIGHT / count * ((value - start) / spread) ** 2
        grad[i] += PRIOR_WEIGHT / count * 2 * (value - start) / spread**2
    return loss, grad


def log_loss(parameters: Sequence[float], histories: Sequence[History]) -> float:
    """Return the mean log loss of the scored answers (0 when there are none)."""
    total, _, count = loss_and_gradient(parameters, histories, with_gradient=False)
    return total / count if count else 0.0


def clip(parameters: Sequence[float]) -> list[float]:
    """Return the parameters moved inside FSRS-6's bounds."""
    return [
        min(max(value, low), high)
        for value, low, high in zip(parameters, LOWER_BOUNDS, UPPER_BOUNDS, strict=True)
    ]


Objective = Callable[[list[float]], tuple[float, list[float]]]


def minimise(
    objective: Objective,
    start: Sequence[float],
    low: Sequence[float],
    high: Sequence[float],
    max_iterations: int = 200,
    memory: int = 10,
    tolerance: float = 1e-7,
    should_stop: Callable[[], bool] = lambda: False,
) -> list[float]:
    """Minimise a smooth function within a box with projected L-BFGS steps.

    Each step takes the L-BFGS direction over the parameters not held at a bound, projects the
    step back into the box, and halves it until the loss falls enough (Armijo's rule).

    Args:
        objective: Returns the value and gradient at a point.
        start: The starting point (clipped into the box).
        low: Lower bounds.
        high: Upper bounds.
        max_iterations: The most steps to take.
        memory: How many past steps shape the direction.
        tolerance: Stop when a step lowers the value by less than this, relatively.
        should_stop: Polled between steps; True ends the search at the best point so far.

    Returns:
        The best point found.
    """
    n = len(start)
    x = [min(max(v, lo), hi) for v, lo, hi in zip(start, low, high, strict=True)]
    value, grad = objective(x)
    steps: list[tuple[list[float], list[float], float]] = []
    for _ in range(max_iterations):
        if should_stop():
            break
        free = [
            not ((x[i] <= low[i] and grad[i] > 0) or (x[i] >= high[i] and grad[i] < 0))
            for i in range(n)
        ]
        q = [g if f else 0.0 for g, f in zip(grad, free, strict=True)]
        if math.sqrt(sum(v * v for v in q)) < 1e-10:
            break
        alphas = []
        for s, y, rho in reversed(steps):
            alpha = rho * sum(a * b for a, b in zip(s, q, strict=True))
            alphas.append(alpha)
            q = [a - alpha * b for a, b in zip(q, y, strict=True)]
        if steps:
            s, y, _ = steps[-1]
            gamma = sum(a * b for a, b in zip(s, y, strict=True)) / sum(b * b for b in y)
        else:
            gamma = 0.1 / max(math.sqrt(sum(v * v for v in q)), 1e-12)
        r = [gamma * v for v in q]
        for (s, y, rho), alpha in zip(steps, reversed(alphas), strict=True):
            beta = rho * sum(a * b for a, b in zip(y, r, strict=True))
            r = [a + (alpha - beta) * b for a, b in zip(r, s, strict=True)]
        direction = [-v if f else 0.0 for v, f in zip(r, free, strict=True)]
        if sum(d * g for d, g in zip(direction, grad, strict=True)) >= 0:
            direction = [-g if f else 0.0 for g, f in zip(grad, free, strict=True)]
            steps.clear()
        step = 1.0
        while True:
            trial = [
                min(max(v + step * d, lo), hi)
                for v, d, lo, hi in zip(x, direction, low, high, strict=True)
            ]
            moved = [t - v for t, v in zip(trial, x, strict=True)]
            descent = sum(m * g for m, g in zip(moved, grad, strict=True))
            trial_value, trial_grad = objective(trial)
            if trial_value <= value + 1e-4 * descent or step < 1e-10:
                break
            step /= 2
        if trial_value > value:
            break
        s_step = moved
        y_step = [a - b for a, b in zip(trial_grad, grad, strict=True)]
        curvature = sum(a * b for a, b in zip(s_step, y_step, strict=True))
        if curvature > 1e-12:
            steps.append((s_step, y_step, 1 / curvature))
            del steps[:-memory]
        improvement = value - trial_value
        x, value, grad = trial, trial_value, trial_grad
        if improvement <= tolerance * max(abs(value), 1.0):
            break
    return x


def fit(
    histories: Sequence[History],
    start: Sequence[float] = DEFAULT_PARAMETERS,
    max_iterations: int = 200,
    should_stop: Callable[[], bool] = lambda: False,
) -> list[float]:
    """Return FSRS-6 parameters fitted to some questions' histories, starting from ``start``.

    Args:
        histories: Each question's answers in time order.
        start: Where the search starts; the fit is also held near it (see PRIOR_WEIGHT).
        max_iterations: The most L-BFGS steps.
        should_stop: Polled between steps, to end a fit early (the best so far is returned).
    """
    anchor = clip(start)

    def objective(point: list[float]) -> tuple[float, list[float]]:
        return penalised_loss(point, histories, anchor)

    return minimise(
        objective,
        anchor,
        LOWER_BOUNDS,
        UPPER_BOUNDS,
        max_iterations=max_iterations,
        should_stop=should_stop,
    )
