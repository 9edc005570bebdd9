"""Run the app with ``python -m quizapp``."""

from quizapp.cli import main

main()
