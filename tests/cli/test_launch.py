"""The entry point reads a command line that only opens the app as click would, without click."""

import sys
from pathlib import Path

import pytest

from quizapp import __version__, launch
from quizapp.cli import cli
from quizapp.core.paths import DATA_DIR_VARIABLE
from quizapp.launch import AppOptions, app_options

OPENS_THE_APP = [
    ([], AppOptions(None, None, None)),
    (["--data-dir", "d", "--profile", "Ana"], AppOptions(Path("d"), "Ana", None)),
    (["--profile=Ana Siti", "--data-dir=d"], AppOptions(Path("d"), "Ana Siti", None)),
    (["--quit-after-show"], AppOptions(None, None, 0.0)),
    (["--quit-after-show", "2.5"], AppOptions(None, None, 2.5)),
    (["--quit-after-show=1", "--profile", "Ana"], AppOptions(None, "Ana", 1.0)),
    (["--quit-after-show", "--profile", "Ana"], AppOptions(None, "Ana", 0.0)),
]

LEFT_TO_CLICK = [
    ["check"],
    ["--help"],
    ["--version"],
    ["--data-dir"],
    ["--data-dir="],
    ["--data", "d"],
    ["--profile", "Ana", "--profile", "Budi"],
    ["--profile", "--data-dir", "d"],
    ["--quit-after-show", "soon"],
    ["--quit-after-show=", "--profile", "Ana"],
    ["--quit-after-show", "1", "--quit-after-show", "2"],
    ["--quit-after-show", "1", "check"],
    ["--profile", "Ana", "export-progress"],
    ["--", "--profile", "Ana"],
]


@pytest.mark.parametrize(("args", "options"), OPENS_THE_APP)
def test_a_command_line_that_opens_the_app_is_read_as_click_reads_it(args, options, monkeypatch):
    monkeypatch.delenv(DATA_DIR_VARIABLE, raising=False)
    assert app_options(args) == options
    params = cli.make_context("quizapp", list(args)).params
    assert (params["data_dir"], params["profile"], params["quit_after_show"]) == options


@pytest.mark.parametrize("args", LEFT_TO_CLICK)
def test_commands_help_and_anything_unsure_are_left_to_click(args):
    assert app_options(args) is None


def test_a_data_folder_that_is_a_file_is_left_to_click(tmp_path, monkeypatch):
    monkeypatch.delenv(DATA_DIR_VARIABLE, raising=False)
    notes = tmp_path / "notes.txt"
    notes.write_text("not a folder")
    assert app_options(["--data-dir", str(notes)]) is None
    monkeypatch.setenv(DATA_DIR_VARIABLE, str(notes))
    assert app_options([]) is None
    assert app_options(["--data-dir", str(tmp_path)]) == AppOptions(tmp_path, None, None)


def test_main_opens_the_app_with_the_options_read(tmp_path, monkeypatch):
    opened = []
    monkeypatch.setattr(
        "quizapp.ui.app.run_app", lambda *args: opened.append(args) or 0, raising=True
    )
    monkeypatch.setattr(sys, "argv", ["quizapp", "--data-dir", str(tmp_path), "--profile", "Ana"])
    with pytest.raises(SystemExit) as exited:
        launch.main()
    assert exited.value.code == 0
    assert opened == [(tmp_path, "Ana", None)]


def test_main_without_a_data_folder_opens_the_default_one(tmp_path, monkeypatch):
    opened = []
    monkeypatch.setattr("quizapp.ui.app.run_app", lambda *args: opened.append(args) or 1)
    monkeypatch.setenv(DATA_DIR_VARIABLE, str(tmp_path))
    monkeypatch.setattr(sys, "argv", ["quizapp", "--quit-after-show"])
    with pytest.raises(SystemExit) as exited:
        launch.main()
    assert exited.value.code == 1
    assert opened == [(tmp_path, None, 0.0)]


def test_main_hands_anything_else_to_the_command_line(monkeypatch, capsys):
    monkeypatch.setattr(sys, "argv", ["quizapp", "--version"])
    with pytest.raises(SystemExit) as exited:
        launch.main()
    assert exited.value.code == 0
    assert capsys.readouterr().out == f"quizapp, version {__version__}\n"
