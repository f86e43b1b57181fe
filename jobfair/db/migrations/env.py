"""Alembic environment: the engine comes from the caller (see jobfair.db.migrate)."""

from __future__ import annotations

import warnings

from alembic import context

from jobfair.db.models import Base

config = context.config
target_metadata = Base.metadata


def run_migrations_online() -> None:
    engine = config.attributes["engine"]
    with engine.begin() as connection:
        context.configure(
            connection=connection,
            target_metadata=target_metadata,
            render_as_batch=connection.dialect.name == "sqlite",
            compare_type=True,
        )
        with warnings.catch_warnings():
            # SQLite cannot reflect expression indexes (ix_seeker_fair_phone_tail); Alembic says
            # so on every comparison. PostgreSQL compares them.
            warnings.filterwarnings("ignore", message=".*expression-based index")
            context.run_migrations()


if context.is_offline_mode():
    raise SystemExit("JobFair runs its migrations online only")
run_migrations_online()
