"""Where the app keeps its data and finds the files it ships with."""

import os
import sys
from pathlib import Path

import platformdirs

DATA_DIR_VARIABLE = "QUIZAPP_DATA_DIR"


def default_data_dir() -> Path:
    """Return the data folder: ``$QUIZAPP_DATA_DIR``, else the platform's user data folder."""
    chosen = os.environ.get(DATA_DIR_VARIABLE)
    return Path(chosen) if chosen else Path(platformdirs.user_data_dir("quizapp", appauthor=False))


def shipped_path(name: str) -> Path:
    """Return a top-level folder shipped with the app (``questions``, ``resources``).

    In a PyInstaller bundle it sits beside the frozen modules; in a source checkout, beside
    the ``quizapp`` package.
    """
    bundle = getattr(sys, "_MEIPASS", None)
    root = Path(bundle) if bundle else Path(__file__).resolve().parents[2]
    return root / name


def builtin_bank_dir() -> Path:
    """Return the folder of the built-in question bank."""
    return shipped_path("questions")
