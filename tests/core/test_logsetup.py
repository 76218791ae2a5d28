"""Logging goes to a rotating file in the log folder."""

from __future__ import annotations

import logging
import logging.handlers

import pytest

from familjecenter_desktop.core.logsetup import LOG_FILE, configure_logging


@pytest.fixture
def package_logger():
    """The package logger, with its handlers and level restored afterwards."""
    logger = logging.getLogger("familjecenter_desktop")
    handlers, level = list(logger.handlers), logger.level
    yield logger
    for handler in logger.handlers:
        if handler not in handlers:
            handler.close()
    logger.handlers[:] = handlers
    logger.setLevel(level)


def test_records_reach_the_file(tmp_path, package_logger):
    """A module logger's record is written to familjecenter.log in the log folder."""
    path = configure_logging(tmp_path / "logs")

    logging.getLogger("familjecenter_desktop.test").info("imported %d services", 42)
    for handler in package_logger.handlers:
        handler.flush()

    assert path == tmp_path / "logs" / LOG_FILE
    assert "imported 42 services" in path.read_text(encoding="utf-8")


def test_handler_rotates(tmp_path, package_logger):
    """The handler is a rotating file handler with a size limit and old copies."""
    configure_logging(tmp_path)

    handlers = [
        h
        for h in package_logger.handlers
        if isinstance(h, logging.handlers.RotatingFileHandler)
    ]

    assert len(handlers) == 1
    assert handlers[0].maxBytes > 0
    assert handlers[0].backupCount > 0


def test_file_rolls_over_when_full(tmp_path, package_logger):
    """Past the size limit the file is renamed to .1 and a new one is started."""
    path = configure_logging(tmp_path)
    (handler,) = [
        h
        for h in package_logger.handlers
        if isinstance(h, logging.handlers.RotatingFileHandler)
    ]
    handler.maxBytes = 2_000

    for number in range(100):
        logging.getLogger("familjecenter_desktop.test").info("line %03d", number)
    handler.flush()

    assert (tmp_path / f"{LOG_FILE}.1").exists()
    assert path.stat().st_size <= 2_000


def test_configuring_twice_keeps_one_file_handler(tmp_path, package_logger):
    """Opening a second workspace replaces the file handler instead of adding one."""
    configure_logging(tmp_path / "first")
    configure_logging(tmp_path / "second")

    files = [
        h.baseFilename
        for h in package_logger.handlers
        if isinstance(h, logging.handlers.RotatingFileHandler)
    ]

    assert files == [str(tmp_path / "second" / LOG_FILE)]
