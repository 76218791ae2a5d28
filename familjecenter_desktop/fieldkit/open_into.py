"""``--data-dir FOLDER kit open KIT`` for the window (run on its worker): open a kit.

The same steps as the command line: the kit file is read, the folder must hold
no store yet, a new encrypted store is made there (``encrypt_new``), the kit is
opened into it and the worker's password unlocks it from then on. Then the
worker is logged in, so the window can work on it at once.

A refusal leaves the folder as it was: the new store (whose key nobody was
given) is removed by ``Workspace.close``, and every file and folder this call
made is removed too; the log goes back to the window's folder. A full disk or
a folder that cannot be written to is said in the words of opening a kit.
"""

from __future__ import annotations

import errno
import logging
import shutil
from contextlib import suppress
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy.exc import DatabaseError

from familjecenter_desktop.core.logsetup import configure_logging
from familjecenter_desktop.core.translatable import QT_TRANSLATE_NOOP
from familjecenter_desktop.db.errors import DISK_ERROR, DISK_FULL, READ_ONLY, classify
from familjecenter_desktop.fieldkit.errors import KitError, WorkspaceStateError
from familjecenter_desktop.fieldkit.files import read_kit
from familjecenter_desktop.fieldkit.open_kit import NOT_EMPTY, open_field_kit
from familjecenter_desktop.referrals import accounts
from familjecenter_desktop.workspace import (
    NEW,
    StorageError,
    open_workspace,
    store_state,
)

log = logging.getLogger(__name__)

NO_ROOM = QT_TRANSLATE_NOOP(
    "fieldkit",
    "The field kit could not be opened into {arg}: the disk is full. Nothing "
    "was kept there. Free some space, or choose a folder on another disk, and "
    "open the kit again.",
)
NOT_WRITABLE = QT_TRANSLATE_NOOP(
    "fieldkit",
    "The field kit could not be opened into {arg}: the folder cannot be written "
    "to (read-only or no permission). Nothing was kept there. Choose another "
    "folder.",
)
_NO_ROOM_ERRNOS = {errno.ENOSPC, errno.EDQUOT}
_NOT_WRITABLE_ERRNOS = {errno.EACCES, errno.EPERM, errno.EROFS}
_NEARLY_FULL = 1024 * 1024  # bytes: a read or write error here means a full disk


@dataclass(frozen=True)
class OpenedKit:
    """The new field workspace, its worker logged in, and what the kit held."""

    workspace: Any
    actor: Any
    summary: Any


def open_into_folder(
    kit_file: Path,
    folder: Path,
    passphrase: str,
    password: str,
    log_dir: Path | None = None,
) -> OpenedKit:
    """Make the empty ``folder`` a field workspace from the kit; log its worker in.

    ``log_dir`` is where the log goes back to after a refusal (the window's).
    """
    data = read_kit(kit_file)
    folder = Path(folder).expanduser().resolve()
    if store_state(folder) != NEW:
        raise WorkspaceStateError(NOT_EMPTY)
    try:
        before = set(folder.iterdir()) if folder.is_dir() else None
    except OSError as exc:
        raise _in_kit_words(exc, folder) from exc
    workspace = None
    try:
        workspace = open_workspace(folder, load_demo=False, encrypt_new=True)
        summary = open_field_kit(workspace, data, passphrase, password)
        actor = accounts.authenticate(workspace, summary.worker, password)
    except BaseException as exc:
        problem = _in_kit_words(exc, folder)  # before the undo frees the space
        _undo(workspace, folder, before, log_dir)
        if problem is exc:
            raise
        raise problem from exc
    return OpenedKit(workspace, actor, summary)


def _in_kit_words(exc: BaseException, folder: Path) -> BaseException:
    """A full disk or an unwritable folder as a refusal to open the kit there."""
    problem = exc
    if isinstance(exc, DatabaseError):
        problem = classify(exc, folder) or exc
    template = getattr(problem, "template", None)
    code = exc.errno if isinstance(exc, OSError) else None
    if template == DISK_ERROR and _space_left(folder) < _NEARLY_FULL:
        template = DISK_FULL  # SQLite says "disk I/O error" when -shm cannot grow
    if template == DISK_FULL or code in _NO_ROOM_ERRNOS:
        return KitError(NO_ROOM, str(folder))
    if template == READ_ONLY or code in _NOT_WRITABLE_ERRNOS:
        return KitError(NOT_WRITABLE, str(folder))
    return problem if isinstance(problem, StorageError) else exc


def _space_left(folder: Path) -> int:
    """Free bytes on the disk holding ``folder`` (or its nearest parent)."""
    for place in (folder, *folder.parents):
        try:
            return shutil.disk_usage(place).free
        except OSError:
            continue
    return _NEARLY_FULL


def _undo(workspace, folder: Path, before: set[Path] | None, log_dir) -> None:
    """Close the new store and remove what opening made in ``folder``."""
    if log_dir is not None:
        configure_logging(log_dir)
    if workspace is not None:
        try:
            workspace.close()  # the new store, with nobody given its key, goes
        except Exception:  # a full disk may refuse the clean-close marker
            log.exception("closing the refused field workspace failed")
    if not folder.is_dir():
        return
    made = [folder] if before is None else sorted(set(folder.iterdir()) - before)
    for path in made:
        if path.is_dir() and not path.is_symlink():
            shutil.rmtree(path, ignore_errors=True)
        else:
            with suppress(OSError):
                path.unlink(missing_ok=True)
    log.info("field kit not opened: %d new entries removed", len(made))
