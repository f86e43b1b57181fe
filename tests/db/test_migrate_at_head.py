"""A database already at the newest schema is recognised without Alembic, and only then."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from jobfair.db import migrate
from jobfair.db.engine import make_engine


def test_the_scanned_head_is_alembics_head() -> None:
    assert migrate.scanned_head() is not None
    assert migrate.scanned_head() == migrate.head_revision()


def _path(url: str) -> Path:
    return Path(url.removeprefix("sqlite:///"))


def test_a_marked_file_at_head_needs_no_alembic(sqlite_url: str) -> None:
    assert migrate._at_known_head(_path(sqlite_url))


@pytest.mark.parametrize("change", ["older", "unmarked"])
def test_anything_else_goes_through_alembic(sqlite_url: str, change: str) -> None:
    path = _path(sqlite_url)
    conn = sqlite3.connect(path)
    with conn:
        if change == "older":
            conn.execute("UPDATE alembic_version SET version_num = '0010'")
        else:
            conn.execute("PRAGMA application_id = 0")
    conn.close()
    assert not migrate._at_known_head(path)
    assert not migrate._at_known_head(path.with_name("missing.sqlite3"))
    engine = make_engine(sqlite_url)
    try:
        if change == "unmarked":
            migrate.upgrade(engine)  # at head, made before the mark: Alembic's path marks it
            assert migrate._at_known_head(path)
    finally:
        engine.dispose()
