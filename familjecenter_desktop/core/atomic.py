"""Writing a file whole or not at all: a temporary file beside it, then a rename.

``replaced_atomically`` makes the temporary file in the target's folder when
the block is entered (so a missing or read-only folder fails before any work),
hands it to the block, then flushes it to disk and renames it over the target.
Any failure removes the temporary file and lets the error through: each caller
says in its own words what could not be written.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO


@contextmanager
def replaced_atomically(target: Path, prefix: str, text: bool = False) -> Iterator[IO]:
    """A new file that becomes ``target`` when the block ends without an error."""
    target = Path(target)
    folder = target.parent if str(target.parent) else Path(".")
    handle, temporary = tempfile.mkstemp(prefix=prefix, suffix=".part", dir=folder)
    try:
        mode, encoding = ("w", "utf-8") if text else ("wb", None)
        with os.fdopen(handle, mode, encoding=encoding) as out:
            yield out
            out.flush()
            os.fsync(out.fileno())
        os.replace(temporary, target)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
