"""Offline quiz and flashcard app that teaches how ASEAN is built."""

__version__ = "0.1.0"
