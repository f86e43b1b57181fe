"""Where the data lives and which database to open: resolved once, then passed along."""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from platformdirs import user_data_path

if TYPE_CHECKING:
    from jobfair.services.files import OutputGuard

APP_NAME = "JobFair"
DB_FILENAME = "jobfair.sqlite3"
SETTINGS_FILENAME = "jobfair.ini"


@dataclass(frozen=True)
class Config:
    """The settings of one run.

    Attributes:
        db_url: the SQLAlchemy URL of the database.
        data_dir: the user's data folder (the default SQLite file, the station's local settings).
        language: "ko", "en", or ``None`` to follow the system (Korean unless it is English).
        create: whether a database may be made at ``db_url`` if there is none (``--create``;
            the data folder's own file is made on the first run regardless).
    """

    db_url: str
    data_dir: Path
    language: str | None = None
    create: bool = False


def default_data_dir(env: Mapping[str, str] | None = None) -> Path:
    env = os.environ if env is None else env
    override = env.get("JOBFAIR_DATA_DIR")
    if override:
        return Path(override).expanduser()
    return user_data_path(APP_NAME, appauthor=False)


def default_db_url(data_dir: Path) -> str:
    return f"sqlite:///{data_dir / DB_FILENAME}"


def load_config(
    db: str | None = None,
    language: str | None = None,
    env: Mapping[str, str] | None = None,
    *,
    create: bool = False,
) -> Config:
    """``--db`` wins over ``JOBFAIR_DB``, which wins over the SQLite file in the data folder."""
    env = os.environ if env is None else env
    data_dir = default_data_dir(env)
    url = db or env.get("JOBFAIR_DB") or default_db_url(data_dir)
    lang = language or env.get("JOBFAIR_LANG") or None
    return Config(db_url=url, data_dir=data_dir, language=lang, create=create)


def output_guard(config: Config) -> OutputGuard:
    """What no file the user saves may replace: the open database, and the station's own files
    in the data folder (its outboxes, its default database, its settings)."""
    from jobfair.services.files import OutputGuard  # SQLAlchemy: only once a command runs

    return OutputGuard.for_station(
        config.db_url, config.data_dir, (DB_FILENAME, SETTINGS_FILENAME)
    )
