"""Shared fixtures: a fixed clock, a fresh database, the test question bank; headless Qt."""

import os
import sqlite3
import threading
from collections.abc import Callable

# Qt must not look for a screen: set before any QApplication can exist.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from hypothesis import settings

from quizapp.core import ops
from quizapp.core.model import Rating
from quizapp.core.scheduler import Scheduler
from quizapp.core.storage import Store, database, open_store

# Every run tries the same generated examples, so a red run can be reproduced and the coverage
# that scripts/check_coverage.py holds to each module's floor does not move from run to run.
# HYPOTHESIS_PROFILE=explore looks for new examples (see the README's Testing section).
settings.register_profile("repeatable", derandomize=True)
settings.register_profile("explore", derandomize=False)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "repeatable"))

DATA = Path(__file__).parent / "data"
TEST_BANK = DATA / "bank"
REPO_ROOT = Path(__file__).parent.parent


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Mark every test that needs a QApplication as ``gui`` (``-m "not gui"`` runs the core)."""
    for item in items:
        if {"qtbot", "qapp"} & set(getattr(item, "fixturenames", ())):
            item.add_marker(pytest.mark.gui)


@pytest.fixture
def now() -> datetime:
    """A fixed moment (10:00 UTC on a Monday), so no test reads the real clock."""
    return datetime(2026, 3, 2, 10, 0, tzinfo=UTC)


@pytest.fixture
def store(tmp_path: Path) -> Store:
    """A fresh, empty database file in a temporary folder, committing without waiting for the disk.

    Tests of durability (crashes, backups, the sync setting) use :func:`durable_store`.
    """
    opened = open_store(tmp_path / "quizapp.db", durable=False)
    yield opened
    opened.close()


@pytest.fixture
def durable_store(tmp_path: Path) -> Store:
    """A fresh, empty database file opened as the app opens it: every commit synced to disk."""
    opened = open_store(tmp_path / "quizapp.db")
    yield opened
    opened.close()


@pytest.fixture
def library(tmp_path: Path) -> ops.Library:
    """The test bank (tests/data/bank) in a database in a temporary folder, not synced to disk."""
    opened = ops.open_library(tmp_path, TEST_BANK, durable=False)
    yield opened
    opened.store.close()


@pytest.fixture
def give_spaced_answers():
    """Give a learner answers to every question about every 1-3 study days, in one transaction.

    Call as ``give_spaced_answers(store, profile, days)``: 12 test-bank questions for 120 days
    give over 400 answers a day or more apart (enough for a fit of their own parameters).
    """

    def give(store, profile, days: int) -> None:
        scheduler = Scheduler(fuzz=False, zone=UTC)
        start = datetime(2026, 1, 5, 9, tzinfo=UTC)
        with store.db.atomic():
            for index, question in enumerate(store.questions.active()):
                card = None
                for day in range(0, days, 1 + index % 3):
                    at = start + timedelta(days=day, minutes=index)
                    rating = Rating.AGAIN if (day + index) % 4 == 0 else Rating.GOOD
                    new = scheduler.review(card, rating, at, question.id)
                    store.reviews.record(profile.id, question.id, rating, at, new, card)
                    card = new

    return give


@pytest.fixture
def held_start_check(monkeypatch) -> Callable[[str], tuple[threading.Event, list[int]]]:
    """Hold the start-up check until an event is set; it notes the rows of a table it saw.

    Call it with the table to count; it returns the event that frees the check and the list
    the check appends that count to when it runs.
    """

    def hold(table: str) -> tuple[threading.Event, list[int]]:
        release, seen = threading.Event(), []
        real_check = database._check_existing

        def slow_check(path: Path, quick_check: bool, budget_s: float | None = 0.1) -> bool:
            release.wait()
            with sqlite3.connect(path) as conn:
                seen.append(conn.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0])
            conn.close()
            return real_check(path, quick_check, budget_s)

        monkeypatch.setattr(database, "_check_existing", slow_check)
        return release, seen

    return hold
