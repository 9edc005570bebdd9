"""CLI fixtures: the command line run in-process on a temporary data folder."""

import pytest
from click.testing import CliRunner

from quizapp.cli import cli


@pytest.fixture
def run(tmp_path):
    """Run the CLI on a temporary data folder, typing ``input`` if given; return the result."""
    runner = CliRunner()

    def invoke(*args: str, input: str | None = None):
        return runner.invoke(
            cli, ["--data-dir", str(tmp_path), *args], input=input, catch_exceptions=False
        )

    return invoke
