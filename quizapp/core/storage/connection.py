"""The store's connection: the few calls it makes on SQLite, without loading sqlite-utils."""

from __future__ import annotations

import itertools
import sqlite3
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

Parameters = Sequence[Any] | dict[str, Any] | None

_TRANSACTION_CONTROL = {"BEGIN", "SAVEPOINT", "COMMIT", "END", "ROLLBACK", "RELEASE"}
_READS = ("SELECT", "WITH")
"""How statements that only read begin (one that writes anyway fails on a read-only connection)."""
_savepoints = itertools.count()


class Connection:
    """An open database with sqlite-utils' ``execute``, ``query`` and ``atomic``, on sqlite3.

    The store needs only these three; importing sqlite-utils (with click, dateutil and pluggy)
    took a fifth of the app's start (issue 15). They keep sqlite-utils 4's rules: a write
    outside a transaction is committed at once (a failed one is rolled back), and ``atomic``
    blocks nest as savepoints. Migrations still run through sqlite-utils, on this connection
    (see :mod:`quizapp.core.storage.migrations`).

    A connection opened ``read_only`` (SQLite's ``mode=ro``) can neither write nor fold its
    write-ahead log into the file when it closes. Its ``before_write`` hook, if set, is called
    before any write begins (outside a transaction): the store uses it to hold writes until the
    start-up check has passed, then to open the file for writing (see
    :func:`quizapp.core.storage.database.open_store`).

    Like any sqlite3 connection, it may be used only by the thread that opened it.
    """

    def __init__(self, path: Path | str, *, read_only: bool = False):
        self.path = Path(path)
        self.conn = self._open(read_only)
        self.before_write: Callable[[], None] | None = None

    def _open(self, read_only: bool) -> sqlite3.Connection:
        conn = (
            sqlite3.connect(f"{self.path.resolve().as_uri()}?mode=ro", uri=True)
            if read_only
            else sqlite3.connect(self.path)
        )
        conn.execute("PRAGMA recursive_triggers = on")  # as sqlite-utils sets it
        return conn

    def reopen_for_writing(self) -> None:
        """Open the file again, for reading and writing, in place of a read-only connection."""
        self.conn.close()
        self.conn = self._open(read_only=False)

    def prepare_write(self) -> None:
        """Call the ``before_write`` hook, if any, unless a transaction is already open."""
        if self.before_write is not None and not self.conn.in_transaction:
            self.before_write()

    def execute(self, sql: str, parameters: Parameters = None) -> sqlite3.Cursor:
        """Run one statement and return its cursor; a write outside a transaction is committed."""
        if self.before_write is not None and not sql.lstrip()[:6].upper().startswith(_READS):
            self.prepare_write()
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
        self.prepare_write()
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
