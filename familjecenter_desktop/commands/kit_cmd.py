"""``familjecenter-desktop kit``: field kits for work offline on a laptop.

    familjecenter-desktop kit export --user U --out FILE [--with-referrals]
    familjecenter-desktop --data-dir NEW_FOLDER kit open FILE
    familjecenter-desktop --data-dir FOLDER kit return --user U --out FILE
    familjecenter-desktop kit import FILE --user U [--keep ID=site|field ...]

``export`` (at the site) writes the catalogue and, with ``--with-referrals``,
the worker's own open referrals. ``open`` (on the laptop) makes a new, empty data
folder a field workspace from the kit; the worker's password (checked against
the kit) unlocks it from then on. ``return`` (on the laptop) writes the return
kit; ``import`` (at the site) merges it. Referrals changed on both sides are
listed and nothing is imported until each has a ``--keep`` choice (or use the
window: Field kit → Import return kit). The kit's passphrase comes from
``FAMILJECENTER_KIT_PASSPHRASE`` or is asked for without echo; passwords from
``FAMILJECENTER_PASSWORD`` or asked for.
"""

from __future__ import annotations

import argparse
import getpass
import logging
import os
import sys
from pathlib import Path

from familjecenter_desktop.commands._login import login, read_password
from familjecenter_desktop.commands._output import counted, print_refusal
from familjecenter_desktop.fieldkit import merge
from familjecenter_desktop.fieldkit.errors import KitError
from familjecenter_desktop.fieldkit.export import export_field_kit
from familjecenter_desktop.fieldkit.files import read_kit
from familjecenter_desktop.fieldkit.open_kit import open_field_kit
from familjecenter_desktop.fieldkit.return_kit import make_return_kit
from familjecenter_desktop.referrals.errors import ReferralError
from familjecenter_desktop.workspace import Workspace

log = logging.getLogger(__name__)

PASSPHRASE_ENV = "FAMILJECENTER_KIT_PASSPHRASE"
CONFLICTS_EXIT = 3


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "kit",
        help="field kits: export, open on a laptop, return, import",
        description=__doc__.split("\n")[0],
    )
    commands = parser.add_subparsers(dest="kit_command", metavar="ACTION")
    commands.required = True

    export = commands.add_parser("export", help="write a field kit (at the site)")
    export.add_argument("--user", required=True, help="the worker exporting")
    export.add_argument("--out", required=True, type=Path, help="the kit file")
    export.add_argument(
        "--with-referrals",
        action="store_true",
        help="include the worker's own open referrals",
    )

    opening = commands.add_parser(
        "open", help="make an empty data folder a field workspace (on the laptop)"
    )
    opening.add_argument("file", type=Path, help="the field kit")
    opening.set_defaults(encrypt_new=True)

    back = commands.add_parser("return", help="write the return kit (on the laptop)")
    back.add_argument("--user", help="the worker (default: the one of --user)")
    back.add_argument("--out", required=True, type=Path, help="the return kit file")

    take = commands.add_parser("import", help="merge a return kit (at the site)")
    take.add_argument("file", type=Path, help="the return kit")
    take.add_argument("--user", required=True, help="the worker importing")
    take.add_argument(
        "--keep",
        action="append",
        default=[],
        metavar="ID=site|field",
        help="for a referral changed on both sides: the version to keep",
    )
    parser.set_defaults(handler=run, load_demo=False)


def read_passphrase(twice: bool) -> str | None:
    """The kit passphrase from the environment, or typed (twice for a new kit)."""
    given = os.environ.get(PASSPHRASE_ENV)
    if given is not None:
        return given
    first = getpass.getpass("Kit passphrase: ")
    if twice and getpass.getpass("Again: ") != first:
        print("familjecenter-desktop: the passphrases differ", file=sys.stderr)
        return None
    return first


def run(args: argparse.Namespace, workspace: Workspace) -> int:
    """Carry out the chosen action; 1 with a message when it is refused."""
    try:
        return _run(args, workspace)
    except KitError as exc:
        print(f"familjecenter-desktop: {exc.describe()}", file=sys.stderr)
        return 1
    except ReferralError as exc:
        return print_refusal(exc)


def _run(args: argparse.Namespace, workspace: Workspace) -> int:
    action = args.kit_command
    if action == "open":
        data = read_kit(args.file)
        passphrase = read_passphrase(twice=False)
        password = read_password("Your password: ")
        summary = open_field_kit(workspace, data, passphrase, password)
        print(
            f"field workspace ready for {summary.worker}: {summary.services} "
            f"services, {summary.referrals} referrals (kit {summary.kit_id[:8]} "
            f"of site {summary.site_id[:8]})"
        )
        return 0

    actor = login(workspace, args.user or args.login_user)
    if actor is None:
        return 1
    if action == "export":
        passphrase = read_passphrase(twice=True)
        if passphrase is None:
            return 1
        summary = export_field_kit(
            workspace, actor, passphrase, args.out, args.with_referrals
        )
        print(
            f"field kit {summary.kit_id[:8]} written to {args.out}: "
            f"{summary.services} services, {summary.referrals} referrals, "
            f"{summary.size} bytes"
        )
        return 0
    if action == "return":
        passphrase = read_passphrase(twice=True)
        if passphrase is None:
            return 1
        summary = make_return_kit(workspace, actor, passphrase, args.out)
        print(
            f"return kit {summary.kit_id[:8]} written to {args.out}: "
            f"{summary.referrals} referrals, {summary.log_entries} log entries"
        )
        return 0
    return _import(args, workspace, actor)


def _choices(plan: merge.ImportPlan, keep: list[str]) -> dict[str, str] | None:
    by_id = {str(c.referral_id): c.uuid for c in plan.conflicts}
    choices = {}
    for given in keep:
        ident, _, side = given.partition("=")
        uuid = by_id.get(ident.strip(), ident.strip())
        if side not in (merge.KEEP_SITE, merge.KEEP_FIELD):
            print(f"familjecenter-desktop: --keep {given}: say site or field")
            return None
        choices[uuid] = side
    return choices


def _import(args, workspace, actor) -> int:
    data = read_kit(args.file)
    passphrase = read_passphrase(twice=False)
    plan = merge.plan_import(workspace, actor, data, passphrase)
    choices = _choices(plan, args.keep)
    if choices is None:
        return 1
    open_conflicts = [c for c in plan.conflicts if c.uuid not in choices]
    if open_conflicts:
        print(
            f"{counted(len(open_conflicts), 'referral', 'referrals')} "
            "changed both here and in the field:"
        )
        for conflict in open_conflicts:
            fields = ", ".join(conflict.differing())
            print(f"  referral {conflict.referral_id}: {fields}")
        print(
            "Nothing was imported. Choose in the window (Field kit > Import return "
            "kit), or run again with --keep ID=site or --keep ID=field for each."
        )
        return CONFLICTS_EXIT
    report = merge.apply_import(workspace, actor, plan, choices)
    print(
        f"return kit {plan.kit_id[:8]} merged: {report.created} new, "
        f"{report.updated} updated, {report.kept_site} kept as at the site, "
        f"{report.kept_field} taken from the field, {report.unchanged} unchanged; "
        f"{report.events_added} status events, {report.consents_added} consents, "
        f"{report.log_entries} access-log entries added"
    )
    if plan.already_merged and not plan.has_changes:
        print("(this return kit had been imported before; nothing new was found)")
    return 0
