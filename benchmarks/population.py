"""Scheduling quality over a population of simulated learners: Anki's SM-2 against our FSRS.

Usage: .venv/bin/python benchmarks/population.py POPULATION.tsv [--learners 48] [--days 150]

Each learner of the population file (FSRS-6 parameters fitted by the SRS benchmark for 48 real
learners) studies our built-in question bank, cycling through its questions (so the mix of types
is the bank's), ``--new-per-day`` new questions every day at 9:00 until nothing is due that day.

The learner's memory follows FSRS-6 with that learner's parameters, and each question varies:
its first stability is multiplied by exp(0.5 z) and its first difficulty moved by 1.0 z' (z, z'
standard normal), so no scheduler knows a question's make-up in advance. Recall is drawn from the
memory. On a recognition question (choice, true/false, multiple answer, matching, ordering) a
learner who does not recall picks the right answer by luck with the question's guess chance
(quizapp.core.personal.guess_chance); the memory then counts a miss (the right answer is shown
and re-learned), but a scheduler that cannot tell sees a right answer. Every question has its own
random stream and draws the same four numbers for its n-th answer under every scheduler.

Schedulers: Anki's SM-2 with its default options; ours (quizapp.core.scheduler) with the default
parameters; ours with parameters fitted as the app fits them (quizapp.core.personal: the first
fit after 400 answers a day or more apart, then monthly, adopted only when the learner's newest
answers are predicted better); and the same, guess-aware: the learner taps "I guessed" on
GUESS_FLAG_RATE of lucky guesses (rated Again) and the fit uses the guess-aware likelihood. Ours
runs at several desired retentions, so study time at SM-2's knowledge, and knowledge at SM-2's
study time, are read off by interpolation. Study time is priced per answer (SECONDS); knowledge
is the expected number of questions recalled, averaged over the last 30 mornings.
"""

from __future__ import annotations

import argparse
import heapq
import math
import multiprocessing
import random
import statistics
import sys
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from quizapp.core import personal  # noqa: E402
from quizapp.core.fitting import Answer, clip  # noqa: E402
from quizapp.core.formats.native import load_question_files  # noqa: E402
from quizapp.core.model import FitRecord, Rating  # noqa: E402
from quizapp.core.scheduler import CardState, Scheduler  # noqa: E402

EPOCH = datetime(2026, 1, 5, tzinfo=UTC)  # a Monday; study at 9:00 UTC, days start at 04:00
SECONDS = {"new": 20.0, Rating.AGAIN: 23.0, Rating.HARD: 13.0, Rating.GOOD: 8.0, Rating.EASY: 6.0}
"""Time per answer by the rating shown (a new question: 20 s), close to FSRS's simulator's."""
KNOWN_AT_FIRST_SIGHT = 0.3
GUESS_FLAG_RATE = 0.8
STABILITY_SPREAD = 0.5
DIFFICULTY_SPREAD = 1.0
RETENTIONS = (0.80, 0.85, 0.90, 0.95)


def moment(day: float) -> datetime:
    """Return the simulated clock's ``day`` (fractional days) as a UTC datetime."""
    return EPOCH + timedelta(days=day)


class SM2:
    """Anki's SM-2 with its default deck options.

    Learning steps 1m 10m, graduating interval 1 day, easy interval 4 days, starting ease 250%,
    easy bonus 130%, hard interval 120%, interval modifier 100%, lapses: relearning step 10m, new
    interval 0% (so 1 day), ease -20% on Again, -15% on Hard, +15% on Easy, minimum ease 130%.
    Intervals are in days, due times in fractional days.
    """

    learning_steps = (1 / 1440, 10 / 1440)
    relearning_steps = (10 / 1440,)

    @dataclass
    class Card:
        """One card's SM-2 state."""

        due: float = 0.0
        interval: float = 0.0
        ease: float = 2.5
        step: int | None = 0  # None once in review
        relearning: bool = False

    def new(self, key: str) -> SM2.Card:
        """Return the state of a new card."""
        return SM2.Card()

    def answer(self, card: SM2.Card, rating: Rating, now: float) -> float:
        """Update ``card`` for ``rating`` at ``now`` and return its new due time."""
        if card.step is not None:  # learning or relearning
            steps = self.relearning_steps if card.relearning else self.learning_steps
            if rating is Rating.AGAIN:
                card.step = 0
                card.due = now + steps[0]
            elif rating is Rating.EASY:
                self._graduate(card, now, easy=True)
            elif rating is Rating.HARD:
                card.due = now + (steps[0] + steps[1]) / 2 if len(steps) > 1 else now + steps[0]
            elif card.step + 1 < len(steps):
                card.step += 1
                card.due = now + steps[card.step]
            else:
                self._graduate(card, now, easy=False)
            return card.due
        days_late = max(0.0, math.floor(now) - math.floor(card.due))
        previous = card.interval
        if rating is Rating.AGAIN:
            card.ease = max(1.3, card.ease - 0.2)
            card.interval = 1
            card.step, card.relearning = 0, True
            card.due = now + self.relearning_steps[0]
            return card.due
        if rating is Rating.HARD:
            card.ease = max(1.3, card.ease - 0.15)
            interval = previous * 1.2
        elif rating is Rating.GOOD:
            interval = max((previous + days_late / 2) * card.ease, previous * 1.2 + 1)
        else:
            card.ease += 0.15
            interval = (previous + days_late) * card.ease * 1.3
            interval = max(interval, (previous + days_late / 2) * card.ease + 1)
        card.interval = min(36500, max(previous + 1, round(interval)))
        card.due = math.floor(now) + card.interval
        return card.due

    def _graduate(self, card: SM2.Card, now: float, easy: bool) -> None:
        card.interval = max(1, card.interval) if card.relearning else (4 if easy else 1)
        card.step, card.relearning = None, False
        card.due = math.floor(now) + card.interval

    def new_day(self, now: float) -> None:
        """SM-2 learns nothing from the history."""


@dataclass
class FSRSCard:
    """Our scheduler's state of one question, and its key for interval fuzz."""

    key: str
    state: CardState | None = None


@dataclass
class FSRS:
    """Our scheduler, optionally fitting the learner's parameters as the app does.

    Attributes:
        retention: The desired retention.
        fits: Whether to fit the learner's parameters (first after 400 long-term answers, then
            monthly, adopted only when the held-out loss improves).
        guess_aware: Whether the fit uses the guess-aware likelihood.
    """

    retention: float
    fits: bool = False
    guess_aware: bool = False
    histories: dict[str, personal.TimedHistory] = field(default_factory=dict)
    record: FitRecord | None = None
    fits_adopted: int = 0

    def __post_init__(self) -> None:
        self.scheduler = Scheduler(self.retention, zone=UTC)

    def new(self, key: str) -> FSRSCard:
        """Return a new question's state."""
        return FSRSCard(key)

    def answer(self, card: FSRSCard, rating: Rating, now: float, guess_chance: float = 0) -> float:
        """Schedule an answer; keep it for fitting; return the due time in days."""
        at = moment(now)
        if self.fits:
            history = self.histories.setdefault(card.key, [])
            elapsed = self.scheduler.elapsed_days(history[-1][0], at) if history else None
            history.append((at, Answer(elapsed, int(rating), guess_chance)))
        card.state = self.scheduler.review(card.state, rating, at, card.key)
        return (card.state.due - EPOCH).total_seconds() / 86400

    def new_day(self, now: float) -> None:
        """Fit the learner's parameters when the app would."""
        if not self.fits:
            return
        data = personal.FitInput(list(self.histories.values()), self.record)
        if personal.fit_due(data, moment(now)):
            previous = data.parameters
            self.record = personal.run_fit(data, moment(now))
            if self.record.parameters and self.record.parameters != previous:
                self.fits_adopted += 1
                self.scheduler = Scheduler(
                    self.retention, parameters=self.record.parameters, zone=UTC
                )


@dataclass
class Learner:
    """One learner of the population: their memory's FSRS-6 parameters."""

    name: str
    parameters: tuple[float, ...]


@dataclass
class Outcome:
    """What one simulated run gave."""

    hours: float
    knowledge: float
    answers: int
    fits_adopted: int = 0


def simulate(
    learner: Learner,
    scheduler: SM2 | FSRS,
    guess_chances: list[float],
    days: int,
    new_per_day: int,
    seed: int,
) -> Outcome:
    """Study every day at 9:00 until nothing is due that day; return time, knowledge, answers."""
    memory = Scheduler(fuzz=False, parameters=learner.parameters, zone=UTC)
    guess_aware = isinstance(scheduler, FSRS) and scheduler.guess_aware
    cards: list[SM2.Card | FSRSCard] = []
    memories: list[CardState | None] = []
    dues: list[float] = []
    streams: list[random.Random] = []
    queue: list[tuple[float, int]] = []  # (due, card); entries whose due changed are skipped
    seconds, answers = 0.0, 0
    samples = []
    for day in range(days):
        now = day + 9 / 24
        if day >= days - 30:
            samples.append(sum(memory.retrievability(m, moment(now)) for m in memories if m))
        scheduler.new_day(now)
        for _ in range(new_per_day):
            index = len(cards)
            streams.append(random.Random(f"{seed}/{learner.name}/{index}"))
            memories.append(None)
            cards.append(scheduler.new(f"q{index}"))
            dues.append(now)
            heapq.heappush(queue, (now, index))
        while queue and queue[0][0] < day + 1:
            due, index = heapq.heappop(queue)
            if due != dues[index]:
                continue
            rng, state = streams[index], memories[index]
            chance = guess_chances[index % len(guess_chances)]
            draw_recall, draw_rating, draw_guess, draw_flag = (rng.random() for _ in range(4))
            if state is None:
                recalled = draw_recall < KNOWN_AT_FIRST_SIGHT
            else:
                recalled = draw_recall < memory.retrievability(state, moment(now))
            flagged = False
            if recalled:
                rating = (
                    Rating.HARD
                    if draw_rating < 0.1
                    else Rating.EASY
                    if draw_rating > 0.95
                    else Rating.GOOD
                )
                shown = rating
            else:
                rating = Rating.AGAIN
                lucky = draw_guess < chance
                flagged = lucky and guess_aware and draw_flag < GUESS_FLAG_RATE
                shown = Rating.GOOD if lucky and not flagged else Rating.AGAIN
            new_state = memory.review(state, rating, moment(now), "memory")
            if state is None:
                spread = random.Random(f"{seed}/{learner.name}/{index}/make-up")
                new_state = replace(
                    new_state,
                    stability=new_state.stability * math.exp(STABILITY_SPREAD * spread.gauss()),
                    difficulty=min(
                        max(new_state.difficulty + DIFFICULTY_SPREAD * spread.gauss(), 1.0), 10.0
                    ),
                )
            memories[index] = new_state
            card = cards[index]
            if isinstance(scheduler, FSRS):
                fit_chance = chance if guess_aware and not flagged else 0.0
                dues[index] = scheduler.answer(card, shown, now, fit_chance)  # type: ignore[arg-type]
            else:
                dues[index] = scheduler.answer(card, shown, now)  # type: ignore[arg-type]
            heapq.heappush(queue, (dues[index], index))
            cost = SECONDS["new"] if state is None else SECONDS[shown]
            answers += 1
            seconds += cost
            now += cost / 86400
    adopted = scheduler.fits_adopted if isinstance(scheduler, FSRS) else 0
    return Outcome(seconds / 3600, sum(samples) / len(samples), answers, adopted)


VARIANTS = {
    "default": {},
    "fitted": {"fits": True},
    "fitted, guess-aware": {"fits": True, "guess_aware": True},
}


def run_learner(
    job: tuple[Learner, list[float], int, int, int],
) -> tuple[str, dict[str, object]]:
    """Run SM-2 and every variant of ours at every retention for one learner; name them."""
    learner, chances, days, new_per_day, seed = job
    result: dict[str, object] = {
        "sm2": simulate(learner, SM2(), chances, days, new_per_day, seed),
    }
    for name, options in VARIANTS.items():
        result[name] = [
            simulate(learner, FSRS(r, **options), chances, days, new_per_day, seed)  # type: ignore[arg-type]
            for r in RETENTIONS
        ]
    return learner.name, result


def interpolate(points: list[tuple[float, float]], x: float) -> float | None:
    """Return y at ``x`` on the broken line through ``points`` (None outside their range)."""
    points = sorted(points)
    for (x0, y0), (x1, y1) in zip(points, points[1:], strict=False):
        if x0 <= x <= x1 and x1 > x0:
            return y0 + (y1 - y0) * (x - x0) / (x1 - x0)
    return None


def spread(values: list[float]) -> str:
    """Median and the middle half (25th-75th percentile) of some values, as ratios."""
    if not values:
        return "–"
    if len(values) < 4:
        return f"{statistics.median(values):.3f} (n={len(values)})"
    q1, _, q3 = statistics.quantiles(values, n=4)
    return f"{statistics.median(values):.3f} ({q1:.3f}-{q3:.3f})"


def load_population(path: Path, count: int, start: int = 0) -> list[Learner]:
    """Read the population file: user, size, log loss, RMSE, then the 21 parameters.

    The SRS benchmark's bounds are a little wider than the ``fsrs`` package's (a forgetting
    curve decay below 0.1, for one): such parameters are moved to the nearest bound.
    """
    learners = []
    for line in path.read_text().splitlines():
        if line.startswith("#") or not line.strip():
            continue
        user, _, _, _, parameters = line.split("\t")
        learners.append(Learner(user, tuple(clip([float(w) for w in parameters.split()]))))
    step = max(len(learners) // count, 1)
    return learners[start::step][:count]


def report(
    path: Path, learners: int, start: int, days: int, new_per_day: int, seed: int, jobs: int
) -> None:
    """Simulate the population, printing a line per learner, then the table against SM-2."""
    bank = load_question_files([ROOT / "questions"])
    chances = [personal.guess_chance(q) for s in bank for q in s.questions]
    population = load_population(path, learners, start)
    names = {learner.name: learner for learner in population}
    recognition = sum(c > 0 for c in chances) / len(chances)
    print(
        f"Population: {len(population)} learners, {days} days, {new_per_day} new questions a "
        f"day from our bank ({len(chances)} questions, {recognition:.0%} recognition types)"
    )
    work = [(learner, chances, days, new_per_day, seed) for learner in population]
    results = []
    with multiprocessing.Pool(jobs) as pool:
        for name, result in pool.imap_unordered(run_learner, work):
            results.append(result)
            print(learner_line(names[name].name, result), flush=True)
    summarise(results)


def learner_line(name: str, result: dict[str, Any]) -> str:
    """Return one learner's outcomes as a line that :func:`parse_learner_line` reads back."""
    curves = "; ".join(
        f"{variant}: " + ", ".join(f"{o.hours:.3f} h {o.knowledge:.2f}" for o in result[variant])
        for variant in VARIANTS
    )
    sm2 = result["sm2"]
    return f"learner {name}: SM-2 {sm2.hours:.3f} h {sm2.knowledge:.2f}; {curves}"


def parse_learner_line(line: str) -> dict[str, Any]:
    """Read back a line of :func:`learner_line` (hours and knowledge only)."""

    def outcome(text: str) -> Outcome:
        hours, _, knowledge = text.split()
        return Outcome(float(hours), float(knowledge), 0)

    parts = line.split(": ", 1)[1].split("; ")
    result: dict[str, Any] = {"sm2": outcome(parts[0].removeprefix("SM-2 "))}
    for part in parts[1:]:
        variant, runs = part.split(": ")
        result[variant] = [outcome(run) for run in runs.split(", ")]
    return result


def summarise(results: list[dict[str, Any]]) -> None:
    """Print study time and knowledge against SM-2: median and middle half over learners."""
    print("\n| scheduler | study time for SM-2's knowledge (ratio) | knowledge in SM-2's study "
          "time (ratio) | learners in range |")  # fmt: skip
    print("|---|---:|---:|---:|")
    against_default: dict[str, list[float]] = {}
    for name in VARIANTS:
        time_ratios, knowledge_ratios = [], []
        for result in results:
            sm2 = result["sm2"]
            runs = result[name]
            curve_time = interpolate([(o.knowledge, o.hours) for o in runs], sm2.knowledge)
            curve_knowledge = interpolate([(o.hours, o.knowledge) for o in runs], sm2.hours)
            if curve_time is not None:
                time_ratios.append(curve_time / sm2.hours)
            if curve_knowledge is not None:
                knowledge_ratios.append(curve_knowledge / sm2.knowledge)
            if name != "default":
                default = result["default"]
                at_90 = runs[RETENTIONS.index(0.9)]
                same = interpolate([(o.knowledge, o.hours) for o in default], at_90.knowledge)
                if same is not None:
                    against_default.setdefault(name, []).append(at_90.hours / same)
        print(
            f"| ours, {name} | {spread(time_ratios)} | {spread(knowledge_ratios)} | "
            f"{len(time_ratios)} / {len(knowledge_ratios)} of {len(results)} |"
        )
    print("\nMedian (25th-75th percentile) over learners; below 1 in the time column and above 1")
    print("in the knowledge column is better than SM-2.")
    for name, ratios in against_default.items():
        print(
            f"Ours {name} at retention 0.90 against ours with default parameters at equal "
            f"knowledge: study time ratio {spread(ratios)}"
        )
    sm2_hours = [r["sm2"].hours for r in results]
    sm2_knowledge = [r["sm2"].knowledge for r in results]
    print(
        f"SM-2: median {statistics.median(sm2_hours):.1f} h of study, "
        f"{statistics.median(sm2_knowledge):.0f} questions known"
    )


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("population", type=Path, help="fsrs6-population-48.tsv (SOURCES.txt)")
    parser.add_argument("--learners", type=int, default=48, help="how many, evenly spread")
    parser.add_argument("--start", type=int, default=0, help="index of the first learner")
    parser.add_argument("--days", type=int, default=150)
    parser.add_argument("--new-per-day", type=int, default=5)
    parser.add_argument("--seed", type=int, default=2026)
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument(
        "--from-log", type=Path, help="summarise the learner lines of an earlier run's output"
    )
    options = parser.parse_args()
    if options.from_log:
        lines = options.from_log.read_text().splitlines()
        summarise([parse_learner_line(line) for line in lines if line.startswith("learner ")])
        return
    report(
        options.population,
        options.learners,
        options.start,
        options.days,
        options.new_per_day,
        options.seed,
        options.jobs,
    )


if __name__ == "__main__":
    main()
