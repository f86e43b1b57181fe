"""The window's database at start: its own file is made on the first run; a file named by --db
that is not there is not made unless --create asks for it."""

from __future__ import annotations

from pathlib import Path

import pytest

from jobfair.config import default_db_url, load_config
from jobfair.domain.errors import NotAJobFairDatabaseError
from jobfair.gui.shell.database import open_database


def test_first_run_makes_the_data_folders_database() -> None:
    config = load_config()
    assert config.db_url == default_db_url(config.data_dir)
    engine = open_database(config)
    engine.dispose()
    assert (config.data_dir / "jobfair.sqlite3").exists()


def test_a_mistyped_db_is_refused_and_create_makes_it(tmp_path: Path) -> None:
    path = tmp_path / "typo" / "fiar.sqlite3"
    with pytest.raises(NotAJobFairDatabaseError):
        open_database(load_config(db=f"sqlite:///{path}"))
    assert not path.parent.exists()
    engine = open_database(load_config(db=f"sqlite:///{path}", create=True))
    engine.dispose()
    assert path.exists()
