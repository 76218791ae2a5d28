"""Logging to a rotating file in the log folder.

Messages name things by id and count; personal data never goes into a log.
"""

from __future__ import annotations

import logging
import logging.handlers
from pathlib import Path

LOG_FILE = "familjecenter.log"
_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


def configure_logging(log_dir: Path, level: int = logging.INFO) -> Path:
    """Send the package's log records to a rotating file; return the file's path."""
    path = log_dir / LOG_FILE
    try:
        log_dir.mkdir(parents=True, exist_ok=True)
        handler: logging.Handler = logging.handlers.RotatingFileHandler(
            path, maxBytes=2_000_000, backupCount=5, encoding="utf-8"
        )
    except OSError as exc:
        # A read-only or full data folder must not stop the program from
        # starting (and saying so): log to the terminal instead.
        handler = logging.StreamHandler()
        handler.setLevel(logging.WARNING)
        fallback = exc.strerror or type(exc).__name__
    else:
        fallback = None
    handler.setFormatter(logging.Formatter(_FORMAT))

    root = logging.getLogger("familjecenter_desktop")
    for old in list(root.handlers):
        if isinstance(old, logging.handlers.RotatingFileHandler):
            root.removeHandler(old)
            old.close()
    for old in list(root.handlers):
        if getattr(old, "_fallback", False):
            root.removeHandler(old)
    handler._fallback = fallback is not None
    root.addHandler(handler)
    root.setLevel(level)
    if fallback:
        root.warning("the log file cannot be written (%s); logging to stderr", fallback)
    return path
