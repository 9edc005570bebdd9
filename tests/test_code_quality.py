"""Lint and type checks run with the tests, so CI holds the code to the style guide."""

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).parent.parent


def run(*command: str) -> subprocess.CompletedProcess:
    return subprocess.run(command, cwd=ROOT, capture_output=True, text=True)


def test_ruff_finds_nothing():
    result = run(sys.executable, "-m", "ruff", "check", "quizapp", "tests", "scripts", "benchmarks")
    assert result.returncode == 0, result.stdout


def test_code_is_formatted():
    result = run(sys.executable, "-m", "ruff", "format", "--check", "quizapp", "tests", "scripts")
    assert result.returncode == 0, result.stdout


def test_package_is_strictly_typed():
    result = run(sys.executable, "-m", "mypy", "quizapp")
    assert result.returncode == 0, result.stdout
