"""The ``familjecenter-desktop`` command: the window, or a sub-command for scripts.

    familjecenter-desktop [--data-dir DIR] [--database-url URL] [--user NAME]
                          [COMMAND ...]

With no command the window opens. ``FAMILJECENTER_DATA_DIR`` does what
``--data-dir`` does. An encrypted data folder is opened as ``--user`` (or the
command's own ``--user``) with the password from ``FAMILJECENTER_PASSWORD`` or
asked without echo; ``users create-admin`` on a new folder makes it encrypted.
"""

from __future__ import annotations

import argparse
import errno
import importlib
import logging
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from familjecenter_desktop import __version__
from familjecenter_desktop.commands import COMMAND_MODULES

log = logging.getLogger(__name__)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="familjecenter-desktop",
        description="Service bundle, referrals and guidance sheets for family centres.",
    )
    parser.add_argument("--version", action="version", version=__version__)
    parser.add_argument(
        "--data-dir",
        help="folder for the database, settings, logs and cache "
        "(default: the platform's user folders, or $FAMILJECENTER_DATA_DIR)",
    )
    parser.add_argument(
        "--database-url",
        help="SQLAlchemy URL of the database, for example "
        "postgresql+psycopg://user@host/db (default: SQLite in the data folder)",
    )
    parser.add_argument(
        "--user",
        dest="login_user",
        help="the staff account that opens an encrypted data folder",
    )
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMAND_MODULES:
        importlib.import_module(name).register(subparsers)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)

    problem = data_folder_problem(args.data_dir)
    if problem:
        print(f"familjecenter-desktop: {problem}", file=sys.stderr)
        return 2

    if args.command is None:
        from familjecenter_desktop.ui.app import run_window

        return run_window(args.data_dir, args.database_url)

    from familjecenter_desktop.workspace import open_workspace

    try:
        workspace = open_workspace(
            args.data_dir,
            args.database_url,
            load_demo=getattr(args, "load_demo", True),
            **_unlocking(args),
        )
    except Exception as exc:  # the message is for the person at the terminal
        log.debug("could not open the workspace", exc_info=True)
        hint = ""
        if type(exc).__name__ == "WorkspaceLockedError":
            hint = " (give --user NAME; the password from FAMILJECENTER_PASSWORD)"
        print(
            f"familjecenter-desktop: cannot open the database: {exc}{hint}",
            file=sys.stderr,
        )
        return 2
    try:
        code = int(args.handler(args, workspace))
        sys.stdout.flush()  # a closed pipe shows here, not at the interpreter's exit
        return code
    except BrokenPipeError:
        return _stdout_closed()
    finally:
        workspace.close()


def data_folder_problem(data_dir: str | None) -> str | None:
    """What keeps the data folder from being used, in one line; None when usable.

    Makes the folders (as opening the workspace would) so that a file in the
    way, a place that cannot hold folders or a missing permission is named
    here, before anything else starts.
    """
    from familjecenter_desktop.core.paths import resolve_paths

    paths = resolve_paths(data_dir)
    try:
        paths.ensure()
    except OSError as exc:
        log.debug("data folder %s unusable", paths.data, exc_info=True)
        return f"cannot use the data folder {paths.data}: {_why(paths.data, exc)}"
    return None


def _why(data: Path, exc: OSError) -> str:
    where = Path(exc.filename) if exc.filename else data
    place = "it" if where == data else str(where)
    in_the_way = next(
        (p for p in (where, *where.parents) if p.exists() and not p.is_dir()), None
    )
    if in_the_way is not None:
        name = "it" if in_the_way == data else str(in_the_way)
        return f"{name} is a file, not a folder"
    if isinstance(exc, PermissionError):
        return f"no permission to create or write {place}"
    if exc.errno == errno.EROFS:
        return f"{place} is on a read-only disk"
    return f"{place} cannot be created ({exc.strerror or exc})"


def _stdout_closed() -> int:
    """The reader of our output went away (``| head``): stop quietly.

    As the Python documentation's note on SIGPIPE advises, the rest of the
    output goes to the null device so the interpreter's last flush fails
    no more.
    """
    log.debug("standard output was closed by its reader")
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):  # no real file behind sys.stdout (tests)
        pass
    return 1


def _unlocking(args: argparse.Namespace) -> dict:
    """Credentials for an encrypted data folder; a new admin's folder is encrypted."""
    from familjecenter_desktop.commands._login import read_password
    from familjecenter_desktop.workspace import ENCRYPTED, Credentials, store_state

    creating = getattr(args, "users_command", None) == "create-admin"
    if creating or getattr(args, "encrypt_new", False):  # also `kit open`
        return {"encrypt_new": True}
    if getattr(args, "encrypt_new", False) and store_state(args.data_dir) != ENCRYPTED:
        return {"encrypt_new": True}  # a new folder filled by the command (kit open)
    if args.database_url or store_state(args.data_dir) != ENCRYPTED:
        return {}
    username = getattr(args, "user", None) or args.login_user
    if not username:
        return {}  # refused by open_workspace with a message naming --user
    return {"credentials": Credentials(username, read_password())}


if __name__ == "__main__":
    raise SystemExit(main())
