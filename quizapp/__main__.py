"""Run the app with ``python -m quizapp``."""

from quizapp.launch import main

main()
