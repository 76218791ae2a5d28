"""Storage problems said in plain words: full disk, read-only folder, wrong key.

``StorageError`` carries an English template marked for translation in the
``storage`` context and the values to put into it; the window translates it,
the command line prints ``str()``. ``classify`` turns a driver error into one.
"""

from __future__ import annotations

import logging

from familjecenter_desktop.core.translatable import QT_TRANSLATE_NOOP

log = logging.getLogger(__name__)

CONTEXT = "storage"

DISK_FULL = QT_TRANSLATE_NOOP(
    "storage",
    "The disk is full: the change was not saved. Everything saved before is "
    "kept. Free some space on the disk holding {folder}, then save again.",
)
READ_ONLY = QT_TRANSLATE_NOOP(
    "storage",
    "The data folder {folder} cannot be written to (read-only or no "
    "permission): the change was not saved. Everything saved before is kept.",
)
DISK_ERROR = QT_TRANSLATE_NOOP(
    "storage",
    "The disk holding {folder} reported a read or write error: the change was "
    "not saved. Everything saved before is kept.",
)
BUSY = QT_TRANSLATE_NOOP(
    "storage",
    "The database is busy (another program is writing to it): the change was "
    "not saved. Try again in a moment.",
)
NOT_A_DATABASE = QT_TRANSLATE_NOOP(
    "storage",
    "{file} cannot be opened with this key: it is damaged or encrypted with "
    "another key.",
)


class StorageError(Exception):
    """A storage problem for the person at the screen (``translation_context``)."""

    translation_context = CONTEXT

    def __init__(self, template: str, **values: object) -> None:
        self.template = template
        self.values = {k: str(v) for k, v in values.items()}
        super().__init__(template.format(**self.values))

    def describe(self) -> str:
        return str(self)


_KINDS = (
    (("database or disk is full", "no space left"), DISK_FULL),
    (("readonly database", "read-only file system", "permission denied"), READ_ONLY),
    (("unable to open database file",), READ_ONLY),
    (("disk i/o error",), DISK_ERROR),
    (("database is locked", "database is busy"), BUSY),
    (("file is not a database",), NOT_A_DATABASE),
)


def classify(
    exc: BaseException, folder: object, file: object = ""
) -> StorageError | None:
    """The plain-words error for a driver error, or None when it is not storage."""
    text = str(getattr(exc, "orig", None) or exc).lower()
    for needles, template in _KINDS:
        if any(needle in text for needle in needles):
            log.warning("storage problem: %s", needles[0])
            return StorageError(template, folder=folder, file=file)
    return None
