"""One log for every part: the standard logging into a rotating file under the data folder."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest

from jobfair.logs import LOG_FILENAME, log_failure, log_folder, setup_logging


@pytest.fixture(autouse=True)
def fresh_logger() -> object:
    logger = logging.getLogger("jobfair")
    kept = list(logger.handlers)
    yield
    for handler in list(logger.handlers):
        if handler not in kept:
            logger.removeHandler(handler)
            handler.close()


def test_every_module_logs_into_one_file_under_the_data_folder(tmp_path: Path) -> None:
    folder = log_folder(tmp_path)
    path = setup_logging(folder)
    assert path == (folder / LOG_FILENAME).absolute()
    logging.getLogger("jobfair.services.sync.outbox").warning("server away: %s", "kept 3")
    assert setup_logging(folder) == path  # once: no second handler writing the line twice
    logging.getLogger("jobfair.gui.desk.screen").warning("second line")
    for handler in logging.getLogger("jobfair").handlers:
        handler.flush()
    lines = path.read_text(encoding="utf-8").splitlines()
    assert len(lines) == 2
    assert "WARNING jobfair.services.sync.outbox" in lines[0] and "kept 3" in lines[0]


def test_a_failure_goes_with_its_traceback_and_the_file_is_named(tmp_path: Path) -> None:
    try:
        raise RuntimeError("printer on fire")
    except RuntimeError as exc:
        where = log_failure(log_folder(tmp_path), "task failed", (type(exc), exc,
                                                                   exc.__traceback__))
    assert where is not None
    text = where.read_text(encoding="utf-8")
    assert "task failed" in text and "Traceback" in text and "printer on fire" in text


def test_a_folder_that_cannot_be_made_leaves_the_standard_error(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    assert setup_logging(blocker / "logs") is None
    try:
        raise ValueError("no disk")
    except ValueError as exc:
        assert log_failure(blocker / "logs", "x", (type(exc), exc, exc.__traceback__)) is None
