"""Taking the database's write lock before reading what a write depends on.

PostgreSQL locks rows (``SELECT ... FOR UPDATE``); SQLite has one writer at a time, but the
sqlite3 module begins a transaction only at the first INSERT, UPDATE or DELETE, so what a
transaction read before its first write may be stale by the time it writes. ``write_lock``
begins the transaction with ``BEGIN IMMEDIATE`` instead: the writer lock is held from there to
the commit, a second station waits (the busy timeout) and then reads what the first wrote.
"""

from __future__ import annotations

from sqlalchemy.orm import Session


def write_lock(session: Session) -> None:
    """On SQLite, hold the database's write lock from now to the end of the transaction.

    A transaction that has written already holds it (the sqlite3 module's BEGIN came before
    that write), so this is then a no-op; so it is on PostgreSQL, which locks rows instead.
    """
    connection = session.connection()
    if connection.dialect.name != "sqlite":
        return
    dbapi_connection = connection.connection.dbapi_connection
    if dbapi_connection is not None and not dbapi_connection.in_transaction:
        dbapi_connection.execute("BEGIN IMMEDIATE")
