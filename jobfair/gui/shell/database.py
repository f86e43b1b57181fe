"""The station's database: which one (remembered, or named on the command line), opening it
ready for this JobFair, setting up or upgrading a shared one.

One place for what the start (``application``), the connection screen (``connection``) and the
window's reconnect (``main_window.connect_to``) do with a database address. The address is kept
in the station's settings without its password; the password goes to the operating system's
credential store (``jobfair.services.accounts.credentials``) or nowhere.
"""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import QSettings
from sqlalchemy import Engine
from sqlalchemy.engine import URL

from jobfair.config import Config, default_db_url
from jobfair.db.diagnose import SCHEMA_MESSAGES, SchemaState, schema_state
from jobfair.db.engine import (
    SessionFactory,
    check_connection,
    describe_url,
    make_engine,
    make_session_factory,
    parse_url,
)
from jobfair.db.migrate import upgrade
from jobfair.domain.errors import JobFairError
from jobfair.gui.common.settings import KEY_DB_URL
from jobfair.services.accounts import credentials


def connect(url: str) -> tuple[Engine, SessionFactory]:
    """An engine on ``url`` (already checked and migrated) and its session factory."""
    engine = make_engine(url)
    return engine, make_session_factory(engine)


def upgrade_database(url: str) -> None:
    """Create or upgrade the schema of ``url`` (the organizer's PC does this)."""
    engine = make_engine(url)
    try:
        upgrade(engine)
    finally:
        engine.dispose()


def _without_password(url: URL) -> URL:
    return URL.create(url.drivername, url.username, None, url.host, url.port, url.database,
                      url.query)


def remembered_url(settings: QSettings) -> str | None:
    """The remembered address, with its password when the credential store holds one.

    An address written by an older JobFair with the password in it is rewritten at once
    without it; the password moves to the credential store when there is one.
    """
    raw = settings.value(KEY_DB_URL)
    if not raw:
        return None
    try:
        parsed = parse_url(str(raw))
    except JobFairError:
        return str(raw)
    if parsed.password is not None:
        credentials.save_password(parsed)
        bare = _without_password(parsed)
        settings.setValue(KEY_DB_URL, bare.render_as_string(hide_password=False))
        settings.sync()
    if parsed.get_backend_name() == "postgresql" and parsed.username:
        password = credentials.load_password(parsed)
        if password is not None:
            parsed = parsed.set(password=password)
    return parsed.render_as_string(hide_password=False)


def remember_url(settings: QSettings, url: str, *, keep_password: bool) -> bool:
    """Remember ``url`` as this station's database; whether its password was remembered.

    The settings get the address without the password; the password goes to the credential
    store only, and only when ``keep_password`` (otherwise a stored one is forgotten).
    """
    parsed = parse_url(url)
    kept = credentials.save_password(parsed) if keep_password else False
    if not kept and parsed.password is not None:
        credentials.forget_password(parsed)
    settings.setValue(KEY_DB_URL, _without_password(parsed).render_as_string(hide_password=False))
    settings.sync()
    return kept


def with_remembered_database(config: Config, settings: QSettings) -> tuple[Config, bool]:
    """The database chosen on the connection screen, unless ``--db``/``JOBFAIR_DB`` named one;
    and whether the remembered one is used."""
    remembered = remembered_url(settings)
    if remembered and config.db_url == default_db_url(config.data_dir):
        return dataclasses.replace(config, db_url=remembered), True
    return config, False


def open_database(config: Config) -> Engine:
    """The engine on ``config``'s database, ready for this JobFair.

    This PC's own SQLite file is created or upgraded at once. A shared PostgreSQL database is
    only checked: setting it up or upgrading it is the organizer's step, confirmed on the
    connection screen, so a station with another JobFair version never changes it by starting.
    """
    first_run = config.db_url == default_db_url(config.data_dir)
    engine = make_engine(config.db_url, make_folder=first_run or config.create)
    try:
        if engine.dialect.name != "postgresql":
            # This PC's own file is made on the first run; a file named by --db or JOBFAIR_DB
            # must exist, unless --create asks for it (a mistyped path makes nothing).
            upgrade(engine, create=first_run or config.create)
            return engine
        check_connection(engine)
        state, revision, head = schema_state(engine)
    except BaseException:
        engine.dispose()
        raise
    if state is not SchemaState.CURRENT:
        engine.dispose()
        raise SchemaNotReadyError(
            SCHEMA_MESSAGES[state], where=describe_url(config.db_url), revision=revision or "",
            head=head or "",
        )
    return engine


class SchemaNotReadyError(JobFairError):
    """A shared database whose schema is empty, older or newer than this JobFair's."""
