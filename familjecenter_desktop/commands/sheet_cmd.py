"""``familjecenter-desktop sheet``: build a guidance sheet PDF.

    familjecenter-desktop sheet --service 12 --service 40 --lang ar \\
        [--size A4|A5] [--kind service|card] [--large-print] [--note TEXT] \\
        --out sheet.pdf
    familjecenter-desktop sheet --referral 7 --user NAME --lang uk \\
        [--size A4|A5] [--large-print] [--phone NUMBER] --out referral.pdf

Builds the same sheet as the window, with the site name and the stale-record
limit from the settings, and writes it atomically. A referral sheet needs a
login (``--user``, password from ``FAMILJECENTER_PASSWORD`` or asked for); the
user must be allowed to print the referral, and the print goes into the
referral's access log.
"""

from __future__ import annotations

import argparse
import logging
import sys
from datetime import date

from familjecenter_desktop.commands._login import login
from familjecenter_desktop.commands._output import counted, print_refusal
from familjecenter_desktop.domain.phones import PhoneNumberError, normalise_phone
from familjecenter_desktop.referrals.errors import ReferralError
from familjecenter_desktop.sheets.build import BuiltSheet
from familjecenter_desktop.sheets.from_catalogue import build_catalogue_sheet
from familjecenter_desktop.sheets.model import SheetOptions
from familjecenter_desktop.sheets.output import SheetWriteError, write_pdf_atomically
from familjecenter_desktop.sheets.phrases import available_languages
from familjecenter_desktop.sheets.referral_sheet import print_referral_sheet
from familjecenter_desktop.workspace import Workspace

log = logging.getLogger(__name__)

PROGRAM = "familjecenter-desktop sheet"


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "sheet",
        help="build a guidance sheet (PDF) for a family",
        description="Build a printable guidance sheet for one or more services, "
        "or the family's sheet of a referral.",
    )
    what = parser.add_mutually_exclusive_group(required=True)
    what.add_argument(
        "--service",
        dest="services",
        type=int,
        action="append",
        metavar="ID",
        help="a service id (repeat for several services)",
    )
    what.add_argument(
        "--referral",
        type=int,
        metavar="ID",
        help="a referral id: the family's referral sheet (needs --user)",
    )
    parser.add_argument(
        "--lang",
        required=True,
        choices=available_languages(),
        help="the family's language",
    )
    parser.add_argument("--size", choices=("A4", "A5"), default="A4")
    parser.add_argument(
        "--kind",
        choices=("service", "card"),
        default="service",
        help="for --service: a service sheet or the discreet card",
    )
    parser.add_argument("--large-print", action="store_true", help="larger type")
    parser.add_argument("--note", default="", help="a note from the worker")
    parser.add_argument(
        "--user", help="who prints a referral sheet (logged in the access log)"
    )
    parser.add_argument(
        "--phone", default="", help="for --referral: a number the family can call"
    )
    parser.add_argument("--out", required=True, help="the PDF file to write")
    parser.set_defaults(handler=run, load_demo=False)


def fail(message: str) -> int:
    print(f"{PROGRAM}: {message}", file=sys.stderr)
    return 1


def build(args: argparse.Namespace, workspace: Workspace) -> BuiltSheet | None:
    """The sheet the arguments ask for; None after a message when login fails."""
    options = SheetOptions(
        kind="referral" if args.referral is not None else args.kind,
        lang=args.lang,
        size=args.size,
        large_print=args.large_print,
        note=args.note,
        printed_on=date.today(),
    )
    if args.referral is None:
        return build_catalogue_sheet(workspace, args.services, options)
    actor = login(workspace, args.user)
    if actor is None:
        return None
    return print_referral_sheet(workspace, actor, args.referral, options, args.phone)


def run(args: argparse.Namespace, workspace: Workspace) -> int:
    """Build the sheet and write it; 1 with a message on bad input or a failed write."""
    if args.phone.strip():
        try:  # refused as the referral form and the unit dialog refuse it
            normalise_phone(args.phone)
        except PhoneNumberError as exc:
            return fail(f"--phone {args.phone!r}: {exc.message}")
    try:
        sheet = build(args, workspace)
        if sheet is None:
            return 1
        path = write_pdf_atomically(sheet.pdf, args.out)
    except ReferralError as exc:
        return print_refusal(exc, PROGRAM)
    except (ValueError, SheetWriteError) as exc:
        return fail(str(exc))
    if sheet.missing_glyphs:
        print(
            f"{PROGRAM}: warning: no font has these characters: "
            + " ".join(sorted(sheet.missing_glyphs)),
            file=sys.stderr,
        )
    print(f"{path} ({counted(sheet.pages, 'page', 'pages')})")
    return 0
