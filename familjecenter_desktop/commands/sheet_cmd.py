"""``familjecenter-desktop sheet``: build a guidance sheet PDF from the catalogue.

    familjecenter-desktop sheet --service 12 --service 40 --lang ar \\
        [--size A4|A5] [--kind service|card] [--large-print] [--note TEXT] \\
        --out sheet.pdf

Builds the same sheet as the window, with the site name and the stale-record
limit from the settings, and writes it atomically.
"""

from __future__ import annotations

import argparse
import logging
import sys
from datetime import date

from familjecenter_desktop.sheets.from_catalogue import build_catalogue_sheet
from familjecenter_desktop.sheets.model import SheetOptions
from familjecenter_desktop.sheets.output import SheetWriteError, write_pdf_atomically
from familjecenter_desktop.sheets.phrases import available_languages
from familjecenter_desktop.workspace import Workspace

log = logging.getLogger(__name__)


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "sheet",
        help="build a guidance sheet (PDF) for a family",
        description="Build a printable guidance sheet for one or more services.",
    )
    parser.add_argument(
        "--service",
        dest="services",
        type=int,
        action="append",
        required=True,
        metavar="ID",
        help="a service id (repeat for several services)",
    )
    parser.add_argument(
        "--lang",
        required=True,
        choices=available_languages(),
        help="the family's language",
    )
    parser.add_argument("--size", choices=("A4", "A5"), default="A4")
    parser.add_argument("--kind", choices=("service", "card"), default="service")
    parser.add_argument("--large-print", action="store_true", help="larger type")
    parser.add_argument("--note", default="", help="a note from the worker")
    parser.add_argument("--out", required=True, help="the PDF file to write")
    parser.set_defaults(handler=run, load_demo=False)


def run(args: argparse.Namespace, workspace: Workspace) -> int:
    """Build the sheet and write it; 1 with a message on bad input or a failed write."""
    options = SheetOptions(
        kind=args.kind,
        lang=args.lang,
        size=args.size,
        large_print=args.large_print,
        note=args.note,
        printed_on=date.today(),
    )
    try:
        sheet = build_catalogue_sheet(workspace, args.services, options)
        path = write_pdf_atomically(sheet.pdf, args.out)
    except (ValueError, SheetWriteError) as exc:
        print(f"familjecenter-desktop sheet: {exc}", file=sys.stderr)
        return 1
    if sheet.missing_glyphs:
        print(
            "familjecenter-desktop sheet: warning: no font has these characters: "
            + " ".join(sorted(sheet.missing_glyphs)),
            file=sys.stderr,
        )
    print(f"{path} ({sheet.pages} pages)")
    return 0
