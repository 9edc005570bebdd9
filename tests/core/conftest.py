"""Fixtures for the core tests."""

from collections.abc import Callable
from pathlib import Path

import pytest
from anki_packages import apkg_maker


@pytest.fixture
def make_apkg(tmp_path: Path) -> Callable[..., Path]:
    """Build an .apkg in a temporary folder: notes, media {member: (name, bytes)}, extra members."""
    return apkg_maker(tmp_path)
