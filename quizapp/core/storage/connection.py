"""The store's connection: the few calls it makes on SQLite, without loading sqlite-utils."""

from __future__ import annotations

import itertools
import sqlite3
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

Parameters = Sequence[Any] | dict[str, Any] | None

_TRANSACTION_CONTROL = {"BEGIN", "SAVEPOINT", "COMMIT", "END", "ROLLBACK", "RELEASE"}
_savepoints = itertools.count()


class Connection:
    """An open database with sqlite-utils' ``execute``, ``query`` and ``atomic``, on sqlite3.

    The store needs only these three; importing sqlite-utils (with click, dateutil and pluggy)
    took a fifth of the app's start (issue 15). They keep sqlite-utils 4's rules: a write
    outside a transaction is committed at once (a failed one is rolled back), and ``atomic``
    blocks nest as savepoints. Migrations still run through sqlite-utils, on this connection
    (see :mod:`quizapp.core.storage.migrations`).

    Like any sqlite3 connection, it may be used only by the thread that opened it.
    """

    def __init__(self, path: Path | str):
        self.conn = sqlite3.connect(str(path))
        self.execute("PRAGMA recursive_triggers = on")  # as sqlite-utils sets it

    def execute(self, sql: str, parameters: Parameters = None) -> sqlite3.Cursor:
        """Run one statement and return its cursor; a write outside a transaction is committed."""
        was_in_transaction = self.conn.in_transaction
        try:
            cursor = (
                self.conn.execute(sql) if parameters is None else self.conn.execute(sql, parameters)
            )
        except sqlite3.Error:
            if not was_in_transaction and self.conn.in_transaction:
                self.conn.execute("ROLLBACK")  # the failed write's implicit transaction
            raise
        if (
            not was_in_transaction
            and self.conn.in_transaction
            and cursor.description is None
            and sql.split(None, 1)[0].upper() not in _TRANSACTION_CONTROL
        ):
            self.conn.execute("COMMIT")
        return cursor

    def query(self, sql: str, parameters: Parameters = None) -> Iterator[dict[str, Any]]:
        """Run a statement that returns rows; return them as dictionaries, read as iterated."""
        cursor = self.execute(sql, parameters)
        keys = [column[0] for column in cursor.description]
        return (dict(zip(keys, row, strict=True)) for row in cursor)

    @contextmanager
    def atomic(self) -> Iterator[Connection]:
        """Run the block in a transaction, or in a savepoint inside one already open."""
        if self.conn.in_transaction:
            savepoint = f"atomic_{next(_savepoints)}"
            self.conn.execute(f"SAVEPOINT {savepoint}")
            try:
                yield self
            except BaseException:
                if self.conn.in_transaction:  # an error may have ended the whole transaction
                    self.conn.execute(f"ROLLBACK TO SAVEPOINT {savepoint}")
                    self.conn.execute(f"RELEASE SAVEPOINT {savepoint}")
                raise
            self.conn.execute(f"RELEASE SAVEPOINT {savepoint}")
            return
        self.conn.execute("BEGIN")
        try:
            yield self
            self.conn.execute("COMMIT")
        except BaseException:
            if self.conn.in_transaction:
                self.conn.execute("ROLLBACK")
            raise

    def close(self) -> None:
        """Close the connection."""
        self.conn.close()
