"""Writing a finished PDF to a file so that nothing is ever half-written.

The bytes go to a temporary file in the target folder, are flushed to disk,
and the file is then renamed over the target. Any failure removes the
temporary file and raises ``SheetWriteError`` with a message for the user.
"""

from __future__ import annotations

import logging
import os
from pathlib import Path

from familjecenter_desktop.core.atomic import replaced_atomically
from familjecenter_desktop.core.translatable import QT_TRANSLATE_NOOP

log = logging.getLogger(__name__)

CONTEXT = "sheets"
CANNOT_WRITE = QT_TRANSLATE_NOOP(
    "sheets", "Could not save the sheet to {path}: {reason}"
)


NO_FOLDER = QT_TRANSLATE_NOOP("sheets", "the folder does not exist")


class SheetWriteError(OSError):
    """The sheet could not be saved; ``str()`` is the message for the user."""

    def __init__(self, path: Path, reason: str) -> None:
        super().__init__(CANNOT_WRITE.format(path=path, reason=reason))
        self.path = path
        self.reason = reason


def write_pdf_atomically(data: bytes, path: str | os.PathLike[str]) -> Path:
    """Write ``data`` to ``path`` via a temporary file and a rename."""
    target = Path(path).expanduser()
    folder = target.parent if str(target.parent) else Path(".")
    if not folder.is_dir():
        raise SheetWriteError(target, NO_FOLDER)
    try:
        with replaced_atomically(target, ".sheet-") as handle:
            handle.write(data)
    except OSError as exc:
        log.warning("writing a sheet failed: %s", exc.strerror or type(exc).__name__)
        raise SheetWriteError(target, exc.strerror or str(exc)) from exc
    return target
