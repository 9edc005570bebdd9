"""The ``quizapp`` entry point: the app at once when no command is given, else the command line.

Opening the app is what learners do every day, and the command line's parser (click, and the
commands' imports) cost about a tenth of the start (issue 15). So a command line that only opens
the app (``--data-dir``, ``--profile``, ``--quit-after-show``, in any order) is read here, by
the same rules click applies to those options; anything else, a command, ``--help``,
``--version``, a repeated or unknown option or a value click would refuse, goes to
:func:`quizapp.cli.main`, which says exactly what it always said.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import NamedTuple

from quizapp.core.paths import DATA_DIR_VARIABLE, default_data_dir


class AppOptions(NamedTuple):
    """What the command line asks of the app: its data folder, the learner, the auto-quit."""

    data_dir: Path | None
    profile: str | None
    quit_after_show: float | None


_TAKES_VALUE = ("--data-dir", "--profile")


def app_options(args: Sequence[str]) -> AppOptions | None:
    """Return the options of a command line that only opens the app, else None.

    None means click must read it: a command, help, or anything this reading is not sure of.
    """
    values: dict[str, str] = {}
    quit_after_show: float | None = None
    rest = list(args)
    while rest:
        arg = rest.pop(0)
        name, equals, value = arg.partition("=")
        if name in values or (name == "--quit-after-show" and quit_after_show is not None):
            return None  # repeated: click's rules for that are its own
        if name in _TAKES_VALUE:
            if not equals:
                if not rest:
                    return None
                value = rest.pop(0)
            if not value or value.startswith("-"):
                return None
            values[name] = value
        elif name == "--quit-after-show":
            if not equals and rest and not rest[0].startswith("-"):
                value, equals = rest.pop(0), "="
            try:
                quit_after_show = float(value) if equals else 0.0
            except ValueError:
                return None
        else:
            return None
    data_dir = Path(values["--data-dir"]) if "--data-dir" in values else None
    chosen = data_dir or Path(os.environ.get(DATA_DIR_VARIABLE) or ".")
    if chosen.exists() and not chosen.is_dir():
        return None  # click says the folder is a file
    return AppOptions(data_dir, values.get("--profile"), quit_after_show)


def main() -> None:
    """Open the app, or run the command line (see the module's docstring)."""
    options = app_options(sys.argv[1:])
    if options is None:
        from quizapp.cli import main as command_line

        command_line()
        return
    from quizapp.ui.app import run_app

    data_dir = options.data_dir or default_data_dir()
    sys.exit(run_app(data_dir, options.profile, options.quit_after_show))
