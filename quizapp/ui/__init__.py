"""The Qt user interface: a thin layer of windows over :mod:`quizapp.core`."""
