"""Shared fixtures: a fixed clock, a fresh database, the test question bank; headless Qt."""

import os

# Qt must not look for a screen: set before any QApplication can exist.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from datetime import UTC, datetime
from pathlib import Path

import pytest
from hypothesis import settings

from quizapp.core import ops
from quizapp.core.storage import Store, open_store

# CI runs the same generated examples every time, so that a red run can be reproduced and a
# green one stays green; new examples are explored on developers' machines.
settings.register_profile("ci", derandomize=True)
settings.load_profile("ci" if os.environ.get("CI") else "default")

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
    """A fresh, empty database file in a temporary folder."""
    opened = open_store(tmp_path / "quizapp.db")
    yield opened
    opened.close()


@pytest.fixture
def library(tmp_path: Path) -> ops.Library:
    """A database in a temporary folder with the test bank (tests/data/bank) loaded."""
    opened = ops.open_library(tmp_path, TEST_BANK)
    yield opened
    opened.store.close()
