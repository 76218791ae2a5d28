"""The ``familjecenter-desktop`` command: the window, or a sub-command for scripts.

    familjecenter-desktop [--data-dir DIR] [--database-url URL] [COMMAND ...]

With no command the window opens. ``FAMILJECENTER_DATA_DIR`` does what
``--data-dir`` does.
"""

from __future__ import annotations

import argparse
import importlib
import logging
import sys
from collections.abc import Sequence

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
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMAND_MODULES:
        importlib.import_module(name).register(subparsers)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)

    if args.command is None:
        from familjecenter_desktop.ui.app import run_window

        return run_window(args.data_dir, args.database_url)

    from familjecenter_desktop.workspace import open_workspace

    try:
        workspace = open_workspace(
            args.data_dir,
            args.database_url,
            load_demo=getattr(args, "load_demo", True),
        )
    except Exception as exc:  # the message is for the person at the terminal
        log.exception("could not open the workspace")
        print(
            f"familjecenter-desktop: cannot open the database: {exc}", file=sys.stderr
        )
        return 2
    try:
        return int(args.handler(args, workspace))
    finally:
        workspace.close()


if __name__ == "__main__":
    raise SystemExit(main())
