"""Writing an exported referral to the file the user chose, whole or not at all.

The temporary file is made in the target folder before anything is read, so a
read-only or missing folder is found before the export is logged. The JSON goes
to that temporary file, is flushed to disk and renamed over the target; on any
failure the temporary file is removed and ``ExportWriteError`` says why in
words the person at the screen understands. The chosen path may name the
family, so it stays out of the log (the error is raised without its cause).
"""

from __future__ import annotations

import errno
import json
import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from familjecenter_desktop.core.atomic import replaced_atomically

log = logging.getLogger(__name__)

FULL = {errno.ENOSPC, errno.EDQUOT, errno.EFBIG}
READ_ONLY = {errno.EACCES, errno.EPERM, errno.EROFS}
MISSING = {errno.ENOENT, errno.ENOTDIR}


class ExportWriteError(Exception):
    """The file could not be written; ``describe()`` is the message to show."""

    def __init__(self, path: Path, exc: OSError) -> None:
        super().__init__(f"export not written ({exc.errno})")
        self.path = path
        self.errno = exc.errno
        self.reason = exc.strerror or type(exc).__name__

    def describe(self) -> str:
        translate = QCoreApplication.translate
        if self.errno in FULL:
            text = translate(
                "ReferralExport",
                "The disk is full: the referral could not be written to %1. "
                "Nothing was saved. Free some space or choose another place.",
            )
        elif self.errno in READ_ONLY:
            text = translate(
                "ReferralExport",
                "The folder of %1 is read-only or you may not write there. "
                "Nothing was saved. Choose another folder.",
            )
        elif self.errno in MISSING:
            text = translate(
                "ReferralExport", "The folder of %1 does not exist. Nothing was saved."
            )
        else:
            text = translate(
                "ReferralExport",
                "The referral could not be written to %1 (%2). Nothing was saved.",
            ).replace("%2", self.reason)
        return text.replace("%1", str(self.path))


def export_to_file(path: Path, read: Callable[[], dict]) -> Path:
    """Write what ``read()`` returns (the logged export) to ``path`` as JSON."""
    target = Path(path)
    try:
        # The temporary file is made on entering, before read() logs the export.
        with replaced_atomically(target, ".referral-", text=True) as out:
            json.dump(read(), out, ensure_ascii=False, indent=2, sort_keys=True)
            out.write("\n")
    except OSError as exc:
        log.warning("export not written: %s", exc.strerror or exc.errno)
        raise ExportWriteError(target, exc) from None
    log.info("referral export written: %d bytes", target.stat().st_size)
    return target
