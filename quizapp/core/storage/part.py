"""What every part of the store shares: the connection, write transactions, error translation."""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from quizapp.core.model import SetId
from quizapp.core.storage.backups import restore_advice
from quizapp.core.storage.connection import Connection
from quizapp.core.storage.failures import translated


class StorePart:
    """A few related reads and writes over the store's one connection.

    Every public method raises the app's own :class:`StorageError` subclasses for failures of
    the environment (full disk, read-only file, busy or damaged database), never ``sqlite3``'s:
    storage is the boundary where SQLite's errors become ours, so a subclass's public methods
    are wrapped to translate them.
    """

    def __init__(self, db: Connection, path: Path):
        self.db = db
        self.path = path

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        for name, method in list(vars(cls).items()):
            if not name.startswith("_") and callable(method):
                setattr(cls, name, _translating(method))


def _translating(method: Callable[..., Any]) -> Callable[..., Any]:
    @functools.wraps(method)
    def call(part: StorePart, *args: Any, **kwargs: Any) -> Any:
        with translated(part.path, lambda: restore_advice(part.path)):
            return method(part, *args, **kwargs)

    return call


@contextmanager
def immediate(db: Connection) -> Iterator[None]:
    """Run the block in a write transaction taken at once (a savepoint inside another).

    Reads inside it see the latest data and no other writer can change it before the commit.
    """
    if db.conn.in_transaction:
        with db.atomic():
            yield
        return
    db.prepare_write()
    db.conn.execute("BEGIN IMMEDIATE")
    try:
        yield
    except BaseException:
        db.conn.rollback()
        raise
    try:
        db.conn.execute("COMMIT")
    except BaseException:
        db.conn.rollback()
        raise


def set_filter(set_ids: Iterable[SetId] | None) -> tuple[str, list[Any]]:
    """Return a clause keeping questions ``q`` of ``set_ids`` (none for all sets) and its values."""
    if set_ids is None:
        return "", []
    ids = list(set_ids)
    return f"AND q.set_id IN ({', '.join('?' * len(ids))})", ids
