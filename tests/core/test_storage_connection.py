import sqlite3

import pytest

from quizapp.core.storage.connection import Connection


@pytest.fixture
def db(tmp_path):
    """A connection to a new database with one table of numbers."""
    connection = Connection(tmp_path / "test.db")
    connection.execute("CREATE TABLE numbers (n INTEGER PRIMARY KEY)")
    yield connection
    connection.close()


def saved(db):
    """Return the numbers another connection sees: what was committed."""
    other = sqlite3.connect(db.conn.execute("PRAGMA database_list").fetchone()[2])
    try:
        return [row[0] for row in other.execute("SELECT n FROM numbers ORDER BY n")]
    finally:
        other.close()


def insert_atomically(db, *numbers):
    """Insert ``numbers`` in one atomic block."""
    with db.atomic():
        for number in numbers:
            db.execute("INSERT INTO numbers VALUES (?)", [number])


def test_a_write_outside_a_transaction_is_committed_at_once(db):
    db.execute("INSERT INTO numbers VALUES (?)", [1])
    assert not db.conn.in_transaction
    assert saved(db) == [1]


def test_a_failed_write_leaves_no_transaction_open(db):
    db.execute("INSERT INTO numbers VALUES (1)")
    with pytest.raises(sqlite3.IntegrityError):
        db.execute("INSERT INTO numbers VALUES (1)")
    assert not db.conn.in_transaction
    db.execute("INSERT INTO numbers VALUES (2)")
    assert saved(db) == [1, 2]


def test_atomic_saves_all_or_nothing(db):
    insert_atomically(db, 1, 2)
    with pytest.raises(sqlite3.IntegrityError):
        insert_atomically(db, 3, 1)
    assert not db.conn.in_transaction
    assert saved(db) == [1, 2]


def test_a_nested_atomic_block_undoes_only_its_own_writes(db):
    with db.atomic():
        db.execute("INSERT INTO numbers VALUES (1)")
        with pytest.raises(sqlite3.IntegrityError):
            insert_atomically(db, 2, 1)
        db.execute("INSERT INTO numbers VALUES (3)")
        assert saved(db) == []  # nothing is committed before the outer block ends
    assert saved(db) == [1, 3]


def test_query_returns_rows_as_dictionaries(db):
    db.execute("INSERT INTO numbers VALUES (7)")
    assert list(db.query("SELECT n, n * 2 AS twice FROM numbers WHERE n = :n", {"n": 7})) == [
        {"n": 7, "twice": 14}
    ]


def test_a_read_only_connection_calls_its_hook_before_each_kind_of_write(db):
    read_only = Connection(db.path, read_only=True)
    calls = []
    read_only.before_write = lambda: calls.append(read_only.conn.in_transaction)
    assert read_only.execute("SELECT COUNT(*) FROM numbers").fetchone() == (0,)
    assert read_only.execute(" with t AS (SELECT 1) SELECT * FROM t").fetchone() == (1,)
    assert calls == []  # reading is not writing
    with pytest.raises(sqlite3.OperationalError, match="readonly"):
        read_only.execute("INSERT INTO numbers VALUES (1)")
    with pytest.raises(sqlite3.OperationalError, match="readonly"), read_only.atomic():
        read_only.execute("INSERT INTO numbers VALUES (2)")
    assert calls == [False, False]  # before the insert, and before the block (once)
    read_only.close()
    assert saved(db) == []


def test_a_connection_reopened_for_writing_writes(db):
    read_only = Connection(db.path, read_only=True)
    read_only.reopen_for_writing()
    read_only.execute("INSERT INTO numbers VALUES (1)")
    read_only.close()
    assert saved(db) == [1]
