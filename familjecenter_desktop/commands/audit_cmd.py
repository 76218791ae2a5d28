"""``familjecenter-desktop audit``: check the access log, export, retention.

    familjecenter-desktop audit verify [--user NAME]
    familjecenter-desktop audit export --family REF --user ADMIN [--out FILE]
    familjecenter-desktop audit retention --user ADMIN [--run]

``verify`` needs no login: it reports entry numbers only, nothing about anyone.
It exits 1 naming the first broken entry when anything was altered or removed.
``export`` writes, as CSV, everyone who processed the family's data (the
client's right under the Client Data Act); the export itself is logged.
``retention`` lists the closed referrals past the retention period and, with
``--run``, anonymises them. The administrator's password comes from
``FAMILJECENTER_PASSWORD`` or is asked for without echo.
"""

from __future__ import annotations

import argparse
import logging
import sys
from pathlib import Path

from familjecenter_desktop.commands._login import login
from familjecenter_desktop.commands._output import counted, print_refusal
from familjecenter_desktop.core.timeutil import to_helsinki
from familjecenter_desktop.referrals import audit, retention
from familjecenter_desktop.referrals.errors import ReferralError
from familjecenter_desktop.workspace import Workspace

log = logging.getLogger(__name__)


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "audit",
        help="check the access log, export a family's access list, retention",
        description="Check the access log, export a family's access list, "
        "and anonymise referrals past the retention period.",
    )
    commands = parser.add_subparsers(dest="audit_command", metavar="ACTION")
    commands.required = True

    verify = commands.add_parser("verify", help="check the whole hash chain")
    verify.add_argument(
        "--user", help="who opens an encrypted data folder (as the global --user)"
    )

    export = commands.add_parser("export", help="who processed one family's data")
    export.add_argument("--family", required=True, help="the family reference")
    export.add_argument("--user", required=True, help="the administrator")
    export.add_argument("--out", help="CSV file to write (default: the terminal)")

    keep = commands.add_parser("retention", help="referrals past retention")
    keep.add_argument("--user", required=True, help="the administrator")
    keep.add_argument("--run", action="store_true", help="anonymise them now")
    parser.set_defaults(handler=run, load_demo=False)


def run(args: argparse.Namespace, workspace: Workspace) -> int:
    """Carry out the chosen action; 1 on a broken chain or a refusal."""
    try:
        return _run(args, workspace)
    except ReferralError as exc:
        return print_refusal(exc)


def _run(args: argparse.Namespace, workspace: Workspace) -> int:
    if args.audit_command == "verify":
        report = audit.verify_chain(workspace)
        if report.intact:
            print(f"access log intact: {report.entries} entries")
            return 0
        print(
            f"access log BROKEN at entry {report.broken_id}: {report.problem}",
            file=sys.stderr,
        )
        return 1

    actor = login(workspace, args.user)
    if actor is None:
        return 1
    if args.audit_command == "export":
        out = Path(args.out) if args.out else None
        text = audit.family_access_csv(workspace, actor, args.family, out)
        if out is None:
            sys.stdout.write(text)
        else:
            print(f"written to {out}")
        return 0

    if args.run:
        count = retention.anonymise_due(workspace, actor)
        print(f"{counted(count, 'referral', 'referrals')} anonymised")
        return 0
    due = retention.due_for_anonymising(workspace, actor)
    for row in due:
        closed = to_helsinki(row.closed_at).date().isoformat()
        print(f"{row.id}\t{row.kind}\t{row.status}\tclosed {closed}")
    summary = f"{counted(len(due), 'referral', 'referrals')} due for anonymising"
    print(f"{summary} (--run anonymises them)" if due else summary)
    return 0
