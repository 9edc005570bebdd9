"""Storage: the one SQLite file that holds questions, profiles and progress."""

from quizapp.core.storage.database import DATABASE_NAME, Store, open_store

__all__ = ["DATABASE_NAME", "Store", "open_store"]
