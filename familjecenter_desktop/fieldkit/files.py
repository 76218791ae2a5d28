"""Reading and writing kit files: whole or not at all."""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from familjecenter_desktop.core.atomic import replaced_atomically
from familjecenter_desktop.core.translatable import QT_TRANSLATE_NOOP
from familjecenter_desktop.fieldkit.errors import KitError

log = logging.getLogger(__name__)

MAX_KIT_BYTES = 2 * 1024**3


def write_kit(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` through a temporary file, synced, then renamed."""
    path = Path(path)
    try:
        with replaced_atomically(path, ".kit-") as out:
            out.write(data)
    except OSError as exc:
        raise _write_error(path, exc) from exc
    log.info("kit written: %d bytes", len(data))


def _write_error(path: Path, exc: OSError) -> KitError:
    return KitError(
        QT_TRANSLATE_NOOP(
            "fieldkit",
            "The field kit could not be written to {arg} (the disk may be full or "
            "the folder read-only). Nothing was recorded as exported.",
        ),
        f"{path} ({exc.strerror or exc})",
    )


def read_kit(path: Path) -> bytes:
    """The kit file's bytes; KitError naming the file when it cannot be read."""
    path = Path(path)
    try:
        size = path.stat().st_size
        if size > MAX_KIT_BYTES:
            raise KitError(
                QT_TRANSLATE_NOOP("fieldkit", "The file {arg} is too large for a kit."),
                str(path),
            )
        return path.read_bytes()
    except OSError as exc:
        raise KitError(
            QT_TRANSLATE_NOOP("fieldkit", "The field kit {arg} could not be read."),
            f"{path} ({exc.strerror or exc})",
        ) from exc


@contextmanager
def kit_transaction(workspace, out: Path) -> Iterator[tuple[object, Callable]]:
    """A session and a writer for ``out``: the file and the commit stand together.

    Write the kit last in the block; if the commit then fails the file is removed,
    and if writing fails nothing of the session is kept.
    """
    out = Path(out)
    written = []

    def write(data: bytes) -> None:
        write_kit(out, data)
        written.append(out)

    try:
        with workspace.session() as session:
            yield session, write
    except BaseException:
        if written:
            out.unlink(missing_ok=True)
        raise
