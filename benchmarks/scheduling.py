"""Scheduling quality: our scheduler's predictions on real reviews, and a simulated year of study.

Usage: .venv/bin/python benchmarks/scheduling.py REVIEW_LOG.csv [--days 365] [--new-per-day 10]

1. Replay: every review in the log (card_id, review_rating, review_time, review_duration) goes
   through quizapp.core.scheduler.Scheduler in time order. Before each review that comes a day
   or more after the card's previous one, the scheduler's predicted recall is compared with what
   happened (recalled = any rating but Again). As in py-fsrs's own loss, only each card's first
   64 reviews count, and same-day reviews update the state but are not scored.
2. Simulated learner: the same learner studies for a year with our scheduler and with Anki's
   SM-2, 10 new cards a day, every day at 9:00 until nothing is due that day. The learner's
   memory follows a known model, once one unlike FSRS's (Memory) and once FSRS-6's own
   (FSRSMemory, which flatters FSRS); each answer's recall is drawn from it. Every card has its
   own random stream, the same under every scheduler, so the n-th answer to a card draws the
   same number whichever scheduler asks. Study time is priced per answer (SECONDS); knowledge is
   the expected number of cards recalled, averaged over the last 30 mornings. Our scheduler
   runs at several desired retentions, so the time it needs for SM-2's knowledge can be read.
"""

from __future__ import annotations

import argparse
import csv
import heapq
import itertools
import math
import random
import sys
import time
from collections import defaultdict
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import fsrs  # noqa: E402

from quizapp.core import fitting  # noqa: E402
from quizapp.core.fitting import DEFAULT_PARAMETERS, Answer  # noqa: E402
from quizapp.core.model import QuestionId, Rating  # noqa: E402
from quizapp.core.personal import TimedHistory, histories_from_log, split_by_time  # noqa: E402
from quizapp.core.scheduler import CardState, Scheduler  # noqa: E402

MAX_REVIEWS_PER_CARD = 64


# -- 1. predictions on real reviews ------------------------------------------------------------


@dataclass
class Prediction:
    """One scored review: predicted recall, outcome, and what the benchmark bins on."""

    predicted: float
    recalled: int
    elapsed_days: int
    index: int  # 1-based number of this review among the card's day-apart reviews
    lapses: int  # Again ratings on day-apart reviews before this one


def replay(log: Path) -> list[Prediction]:
    """Run the log through the scheduler and return the scored predictions."""
    histories: dict[str, list[tuple[datetime, Rating]]] = defaultdict(list)
    with log.open(newline="") as handle:
        for row in csv.DictReader(handle):
            moment = datetime.fromisoformat(row["review_time"]).astimezone(UTC)
            histories[row["card_id"]].append((moment, Rating(int(row["review_rating"]))))
    scheduler = Scheduler(0.9, zone=UTC)  # the log's days split at 04:00 UTC, as fsrs-rs's
    predictions = []
    for card_id, history in histories.items():
        history.sort()
        state: CardState | None = None
        index = lapses = 0
        for moment, rating in history[:MAX_REVIEWS_PER_CARD]:
            elapsed = scheduler.elapsed_days(state.last_review, moment) if state else 0  # type: ignore[arg-type]
            if state is not None and elapsed > 0:
                index += 1
                predictions.append(
                    Prediction(
                        scheduler.retrievability(state, moment),
                        int(rating is not Rating.AGAIN),
                        elapsed,
                        index + 1,
                        lapses,
                    )
                )
                lapses += rating is Rating.AGAIN
            state = scheduler.review(state, rating, moment, card_id)
    return predictions


def log_loss(predictions: list[Prediction]) -> float:
    total = 0.0
    for p in predictions:
        q = min(max(p.predicted, 1e-7), 1 - 1e-7)
        total -= math.log(q) if p.recalled else math.log(1 - q)
    return total / len(predictions)


def binned_rmse(predictions: list[Prediction], key) -> float:
    """Return the count-weighted RMSE between mean predicted and observed recall per bin."""
    bins: dict[object, list[Prediction]] = defaultdict(list)
    for p in predictions:
        bins[key(p)].append(p)
    squared = sum(
        len(group)
        * (
            sum(p.predicted for p in group) / len(group)
            - sum(p.recalled for p in group) / len(group)
        )
        ** 2
        for group in bins.values()
    )
    return math.sqrt(squared / len(predictions))


def _log_bin(value: float, base: float, scale: float) -> float:
    return round(scale * base ** math.floor(math.log(value) / math.log(base)), 2)


def benchmark_bins(p: Prediction) -> tuple[float, float, float]:
    """The srs-benchmark's RMSE(bins) grouping: elapsed days, review number and lapses."""
    lapses = _log_bin(p.lapses, 1.73, 1.65) if p.lapses else 0
    return (_log_bin(p.elapsed_days, 3.62, 2.48), round(_log_bin(p.index, 1.89, 1.99)), lapses)


def report_replay(log: Path) -> None:
    predictions = replay(log)
    recall = sum(p.recalled for p in predictions) / len(predictions)
    print(
        f"\nReplay of {log.name}: {len(predictions)} scored reviews (observed recall {recall:.3f})"
    )
    print("| measure | quizapp scheduler (FSRS-6, default parameters) | reference (SOURCES.txt) |")
    print("|---|---:|---|")
    print(
        f"| log loss | {log_loss(predictions):.4f} | default parameters 0.4535; fitted "
        "0.444-0.446; time-series split with fitting 0.4403 |"
    )
    print(
        f"| RMSE (bins: elapsed days, review number, lapses) | "
        f"{binned_rmse(predictions, benchmark_bins):.4f} | time-series split with fitting "
        "0.0418 |"
    )
    print(
        f"| RMSE (20 equal bins of predicted recall) | "
        f"{binned_rmse(predictions, lambda p: min(int(p.predicted * 20), 19)):.4f} | – |"
    )


def timed_histories(log: Path) -> list[TimedHistory]:
    """Read the log into the fitter's histories: study days split at 04:00 UTC, 64 per card."""
    rows = []
    with log.open(newline="") as handle:
        for row in csv.DictReader(handle):
            moment = datetime.fromisoformat(row["review_time"]).astimezone(UTC)
            rows.append((QuestionId(row["card_id"]), moment, Rating(int(row["review_rating"]))))
    rows.sort()
    capped: list[tuple[QuestionId, datetime, Rating, bool]] = []
    for _, group in itertools.groupby(rows, key=lambda r: r[0]):
        capped.extend((c, m, r, False) for c, m, r in list(group)[:MAX_REVIEWS_PER_CARD])
    return histories_from_log(capped, {}, UTC, 4)


def scored(histories: list[list[Answer]], predicted: list[float]) -> list[Prediction]:
    """Pair the fitter's predictions with what the benchmark bins on, in the fitter's order."""
    out = []
    values = iter(predicted)
    for history in histories:
        index = lapses = 0
        for answer in history:
            if not answer.elapsed_days:
                continue
            index += 1
            if answer.scored:
                out.append(
                    Prediction(
                        next(values), int(answer.rating > 1), answer.elapsed_days, index + 1, lapses
                    )
                )
            lapses += answer.rating == 1
    return out


def predictions_of(parameters, histories: list[list[Answer]]) -> list[Prediction]:
    """Return the scored predictions of some parameters on some histories."""
    predicted: list[float] = []
    fitting.loss_and_gradient(parameters, histories, with_gradient=False, predictions=predicted)
    return scored(histories, predicted)


def time_series_split(histories: list[TimedHistory], folds: int = 5):
    """Yield (train, test) histories as scikit-learn's TimeSeriesSplit cuts the scored answers.

    The scored answers, in time order, fall into folds + 1 parts; each fold trains on every
    part before its test part. fsrs-rs's evaluation splits the same way.
    """
    times = sorted(at for h in histories for at, a in h if a.elapsed_days)
    size = len(times) // (folds + 1)
    for fold in range(folds):
        start = len(times) - (folds - fold) * size
        end = times[start + size] if start + size < len(times) else None
        yield split_by_time(histories, times[start], end)


def report_fitted_replay(log: Path) -> None:
    """Print log loss and RMSE(bins) of default and fitted parameters, in-sample and split."""
    histories = timed_histories(log)
    plain = [[a for _, a in h] for h in histories]
    rows = []
    started = time.perf_counter()
    fitted = fitting.fit(plain)
    fit_seconds = time.perf_counter() - started
    rows.append(("default parameters, in-sample", predictions_of(DEFAULT_PARAMETERS, plain)))
    rows.append(("fitted on the whole log, in-sample", predictions_of(fitted, plain)))
    default_split: list[Prediction] = []
    fitted_split: list[Prediction] = []
    for train, test in time_series_split(histories):
        default_split += predictions_of(DEFAULT_PARAMETERS, test)
        fitted_split += predictions_of(fitting.fit(train), test)
    rows.append(("default parameters, time-series split", default_split))
    rows.append(("fitted, time-series split (5 folds)", fitted_split))
    print(f"\nFitted replay ({fit_seconds:.1f} s for one fit of the whole log, pure Python)")
    print("| parameters | scored | log loss | RMSE(bins) |")
    print("|---|---:|---:|---:|")
    for name, predictions in rows:
        print(
            f"| {name} | {len(predictions)} | {log_loss(predictions):.4f} | "
            f"{binned_rmse(predictions, benchmark_bins):.4f} |"
        )
    print(
        "| reference: fsrs-rs, time-series split | | 0.4403 | 0.0418 |\n"
        "| reference: careful numpy/scipy L-BFGS fit, same split | | 0.4350 | 0.0319 |"
    )
    print("Fitted parameters: " + " ".join(f"{w:.4f}" for w in fitted))


# -- 2. a simulated learner --------------------------------------------------------------------


class Memory:
    """The learner's true memory: the model recall is drawn from, hidden from the schedulers.

    Forgetting follows a power law, R = (1 + t / (9 S)) ** -1 (FSRS-4.5's curve, not FSRS-6's),
    with its own stability rules: each card has a difficulty drawn once; a recall multiplies
    stability by more when the card was harder to recall (spacing effect) and less for hard
    cards; a lapse sets it back to a fraction. Same-day repetitions barely help.
    """

    def __init__(self, rng: random.Random):
        self.difficulty = rng.uniform(0.2, 1.0)  # 0 easy .. 1 hard
        self.stability = 0.4 + 2.5 * (1 - self.difficulty) * rng.uniform(0.5, 1.5)
        self.last: float | None = None  # days

    def recall_probability(self, now: float) -> float:
        """Return the probability of recalling the card at ``now`` (days)."""
        if self.last is None:
            return 0.0
        return (1 + (now - self.last) / (9 * self.stability)) ** -1

    def review(self, now: float, rating: Rating) -> None:
        """Update the memory for an answer at ``now``."""
        recalled = rating is not Rating.AGAIN
        if self.last is not None:
            r = self.recall_probability(now)
            if recalled:
                growth = 1 + 18 * (1.1 - self.difficulty) * self.stability**-0.15 * (
                    math.exp(1.4 * (1 - r)) - 1
                )
                self.stability *= growth
            else:
                self.stability = max(0.2, self.stability * 0.25 * (1.2 - self.difficulty))
        self.last = now


class FSRSMemory:
    """A learner whose memory follows FSRS-6 with its default parameters exactly.

    The scheduler's own model, so it flatters our scheduler: the upper bound of its advantage.
    """

    model = fsrs.Scheduler(enable_fuzzing=False)
    epoch = datetime(2026, 1, 1, tzinfo=UTC)

    def __init__(self, rng: random.Random):
        self.card: fsrs.Card | None = None
        self.last: float | None = None

    def recall_probability(self, now: float) -> float:
        """Return the probability of recalling the card at ``now`` (days)."""
        if self.card is None or self.last is None or self.card.stability is None:
            return 0.0
        model = self.model
        return (1 + model._FACTOR * (now - self.last) / self.card.stability) ** model._DECAY

    def review(self, now: float, rating: Rating) -> None:
        """Update the memory for an answer at ``now``."""
        moment = self.epoch + timedelta(days=now)
        card = self.card or fsrs.Card(card_id=1, due=moment)
        self.card, _ = self.model.review_card(card, fsrs.Rating(int(rating)), moment)
        self.last = now


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
        last: float = 0.0

    def new(self) -> SM2.Card:
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
        else:
            days_late = max(0.0, math.floor(now) - math.floor(card.due))
            previous = card.interval
            if rating is Rating.AGAIN:
                card.ease = max(1.3, card.ease - 0.2)
                card.interval = 1
                card.step, card.relearning = 0, True
                card.due = now + self.relearning_steps[0]
                card.last = now
                return card.due
            if rating is Rating.HARD:
                card.ease = max(1.3, card.ease - 0.15)
                interval = previous * 1.2
            elif rating is Rating.GOOD:
                interval = (previous + days_late / 2) * card.ease
                interval = max(interval, previous * 1.2 + 1)
            else:
                card.ease += 0.15
                interval = (previous + days_late) * card.ease * 1.3
                interval = max(interval, (previous + days_late / 2) * card.ease + 1)
            card.interval = min(36500, max(previous + 1, round(interval)))
            card.due = math.floor(now) + card.interval
        card.last = now
        return card.due

    def _graduate(self, card: SM2.Card, now: float, easy: bool) -> None:
        if card.relearning:
            card.interval = max(1, card.interval)
        else:
            card.interval = 4 if easy else 1
        card.step, card.relearning = None, False
        card.due = math.floor(now) + card.interval


class FSRS:
    """Our scheduler (quizapp.core.scheduler) driven on a simulated clock."""

    epoch = datetime(2026, 1, 1, tzinfo=UTC)

    def __init__(self, retention: float):
        self.scheduler = Scheduler(retention, zone=UTC)
        self.count = 0

    def new(self) -> list:
        """Return a new card: its state (None while new) and a stable key for interval fuzz."""
        self.count += 1
        return [None, f"card-{self.count}"]

    def answer(self, card: list, rating: Rating, now: float) -> float:
        """Update ``card`` for ``rating`` at ``now`` and return its due time (days)."""
        moment = self.epoch + timedelta(days=now)
        card[0] = self.scheduler.review(card[0], rating, moment, card[1])
        return (card[0].due - self.epoch).total_seconds() / 86400


SECONDS = {"new": 20.0, Rating.AGAIN: 23.0, Rating.HARD: 13.0, Rating.GOOD: 8.0, Rating.EASY: 6.0}
"""Time per answer by outcome (new card shown first: 20 s), close to FSRS's simulator defaults."""


def simulate(
    scheduler, days: int, new_per_day: int, seed: int, learner=Memory
) -> tuple[float, float, int]:
    """Study every day at 9:00 until nothing is due that day; return (hours, knowledge, reviews).

    Knowledge: the expected number of cards recalled, averaged over the mornings of the last
    30 days (before that day's study).
    """
    cards, memories, dues, streams = [], [], [], []
    queue: list[tuple[float, int]] = []  # (due, card); entries whose due changed are skipped
    seconds, reviews = 0.0, 0
    samples = []  # expected cards recalled at the start of each of the last 30 days
    for day in range(days):
        now = day + 9 / 24
        if day >= days - 30:
            samples.append(sum(m.recall_probability(now) for m in memories))
        for _ in range(new_per_day):
            # Each card's own stream: its make-up and its n-th answer, whatever the scheduler.
            streams.append(random.Random(seed * 1_000_003 + len(streams)))
            memories.append(learner(streams[-1]))
            cards.append(scheduler.new())
            dues.append(now)
            heapq.heappush(queue, (now, len(cards) - 1))
        # Everything due before the day ends, as Anki counts days: a review due at 9:40 is
        # studied at 9:00, and learning steps (minutes) come back within the same sitting.
        while queue and queue[0][0] < day + 1:
            due, index = heapq.heappop(queue)
            if due != dues[index]:
                continue
            memory, rng = memories[index], streams[index]
            if memory.last is None:  # first sight: the learner may already know it
                rating = Rating.GOOD if rng.random() < 0.7 else Rating.AGAIN
                recalled = rating is Rating.GOOD
                cost = SECONDS["new"]
            else:
                recalled = rng.random() < memory.recall_probability(now)
                roll = rng.random()
                if not recalled:
                    rating = Rating.AGAIN
                else:
                    rating = (
                        Rating.HARD if roll < 0.1 else Rating.EASY if roll > 0.95 else Rating.GOOD
                    )
                cost = SECONDS[rating]
            memory.review(now, rating)
            dues[index] = scheduler.answer(cards[index], rating, now)
            heapq.heappush(queue, (dues[index], index))
            reviews += 1
            seconds += cost
            now += cost / 86400
    knowledge = sum(samples) / len(samples)
    return seconds / 3600, knowledge, reviews


def report_simulation(days: int, new_per_day: int, seed: int) -> None:
    print(
        f"\nSimulated learner: {days} days, {new_per_day} new cards a day "
        f"({days * new_per_day} cards), same cards and random stream for every scheduler"
    )
    for memory, name in (
        (Memory, "a memory model unlike FSRS's (class Memory)"),
        (FSRSMemory, "FSRS-6's own model (flatters FSRS)"),
    ):
        print(f"\nLearner's memory: {name}\n")
        print(
            "| scheduler | study time | reviews | knowledge (cards recalled) | "
            "time per card known |"
        )
        print("|---|---:|---:|---:|---:|")
        sm2_hours, sm2_knowledge, sm2_reviews = simulate(SM2(), days, new_per_day, seed, memory)
        print(
            f"| Anki SM-2 (default options) | {sm2_hours:.1f} h | {sm2_reviews} | "
            f"{sm2_knowledge:.0f} | {sm2_hours * 3600 / sm2_knowledge:.1f} s |"
        )
        curve = []
        for retention in (0.75, 0.8, 0.85, 0.9, 0.95):
            hours, knowledge, reviews = simulate(FSRS(retention), days, new_per_day, seed, memory)
            curve.append((knowledge, hours))
            print(
                f"| quizapp FSRS, desired retention {retention:.2f} | {hours:.1f} h | "
                f"{reviews} | {knowledge:.0f} | {hours * 3600 / knowledge:.1f} s |"
            )
        print()
        print(equal_knowledge(curve, sm2_hours, sm2_knowledge))


def equal_knowledge(
    curve: list[tuple[float, float]], sm2_hours: float, sm2_knowledge: float
) -> str:
    """Say how long our scheduler needs for SM-2's knowledge, interpolating over retention."""
    curve.sort()
    for (k0, h0), (k1, h1) in zip(curve, curve[1:], strict=False):
        if k0 <= sm2_knowledge <= k1:
            hours = h0 + (h1 - h0) * (sm2_knowledge - k0) / (k1 - k0)
            return (
                f"For SM-2's knowledge ({sm2_knowledge:.0f} cards) quizapp's FSRS needs "
                f"{hours:.1f} h of study against SM-2's {sm2_hours:.1f} h: "
                f"{hours / sm2_hours:.2f} of the time."
            )
    return (
        f"SM-2's knowledge ({sm2_knowledge:.0f}) is outside FSRS's range "
        f"{curve[0][0]:.0f}-{curve[-1][0]:.0f}; compare the rows directly."
    )


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("review_log", type=Path, help="Anki review log CSV (see SOURCES.txt)")
    parser.add_argument("--days", type=int, default=365)
    parser.add_argument("--new-per-day", type=int, default=10)
    parser.add_argument("--seed", type=int, default=2026)
    options = parser.parse_args()
    report_replay(options.review_log)
    report_fitted_replay(options.review_log)
    report_simulation(options.days, options.new_per_day, options.seed)


if __name__ == "__main__":
    main()
