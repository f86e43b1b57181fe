"""Revision 0002 (booth queue, undone interviews) matches the models and can be rolled back."""

from __future__ import annotations

from alembic import command
from sqlalchemy import Engine, inspect

from jobfair.db.migrate import alembic_config, current_revision, upgrade


def test_the_booth_indexes_exist(engine: Engine) -> None:
    # models and migrations as a whole are compared by tests/db/test_migrations.py (alembic check)
    names = {ix["name"] for ix in inspect(engine).get_indexes("booth_queue")}
    assert {"uq_booth_queue_open", "ix_booth_queue_booth_queued"} <= names
    assert "ix_interview_booth_started" in {
        ix["name"] for ix in inspect(engine).get_indexes("interview")
    }


def test_revision_0002_downgrades_and_upgrades(sqlite_url: str) -> None:
    from jobfair.db.engine import make_engine

    engine = make_engine(sqlite_url)
    try:
        command.downgrade(alembic_config(engine), "0001")
        assert current_revision(engine) == "0001"
        assert "booth_queue" not in inspect(engine).get_table_names()
        assert "voided_at" not in {c["name"] for c in inspect(engine).get_columns("interview")}
        upgrade(engine)
        assert "voided_at" in {c["name"] for c in inspect(engine).get_columns("interview")}
        assert "booth_queue" in inspect(engine).get_table_names()
    finally:
        engine.dispose()
