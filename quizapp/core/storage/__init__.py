"""Storage: the one SQLite file that holds questions, profiles and progress.

:func:`open_store` returns a :class:`Store`, whose parts share its one connection:
``store.learners`` (profiles and their settings, :mod:`.learners`), ``store.questions`` (sets,
questions, pictures, :mod:`.questions`), ``store.reviews`` (the schedule and the answers that
move it, :mod:`.reviews`; the charts' day-by-day queries are in :mod:`.history`) and
``store.exams`` (practice and exams, :mod:`.exams`). Each returns domain objects, and raises
the app's own errors for failures of the environment (:mod:`.failures`).
"""

from quizapp.core.storage.database import DATABASE_NAME, Store, open_store

__all__ = ["DATABASE_NAME", "Store", "open_store"]
