"""``familjecenter-desktop users``: the first administrator, staff accounts, units.

    familjecenter-desktop users create-admin --username NAME --name "Full Name"
    familjecenter-desktop users add --user ADMIN --username NAME --name "Full Name" \\
        --role nurse|social_worker|coordinator|admin [--unit ID]
    familjecenter-desktop users list --user ADMIN
    familjecenter-desktop users add-unit --user ADMIN --name "Unit" [--parent ID]
    familjecenter-desktop users units [--user NAME]
    familjecenter-desktop users set-role --user ADMIN --id N --role ROLE [--unit ID]
    familjecenter-desktop users reset-password --user ADMIN --id N
    familjecenter-desktop users close --user ADMIN --id N

Passwords come from ``FAMILJECENTER_PASSWORD`` or are asked for without echo;
a new account's password from ``FAMILJECENTER_NEW_PASSWORD`` or the terminal.
"""

from __future__ import annotations

import argparse
import getpass
import logging
import os
import sys

from familjecenter_desktop.commands._login import login
from familjecenter_desktop.commands._output import print_refusal
from familjecenter_desktop.referrals import accounts, actors
from familjecenter_desktop.referrals.errors import ReferralError
from familjecenter_desktop.referrals.permissions import ROLES
from familjecenter_desktop.workspace import Workspace

log = logging.getLogger(__name__)

NEW_PASSWORD_ENV = "FAMILJECENTER_NEW_PASSWORD"


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "users",
        help="staff accounts and units",
        description="The first administrator, staff accounts and units.",
    )
    commands = parser.add_subparsers(dest="users_command", metavar="ACTION")
    commands.required = True

    admin = commands.add_parser("create-admin", help="create the first administrator")
    admin.add_argument("--username", required=True)
    admin.add_argument("--name", required=True, help="the person's full name")

    add = commands.add_parser("add", help="add a staff account (administrator)")
    add.add_argument("--user", required=True, help="the administrator running this")
    add.add_argument("--username", required=True)
    add.add_argument("--name", required=True, help="the person's full name")
    add.add_argument("--role", required=True, choices=ROLES)
    add.add_argument("--unit", type=int, help="the unit id the person works in")

    listing = commands.add_parser("list", help="list staff accounts (administrator)")
    listing.add_argument("--user", required=True)

    unit = commands.add_parser("add-unit", help="add a unit by hand (administrator)")
    unit.add_argument("--user", required=True)
    unit.add_argument("--name", required=True, help="the unit's name in Finnish")
    unit.add_argument("--name-sv", default="", help="the unit's name in Swedish")
    unit.add_argument("--parent", type=int, help="the organisation it belongs to")

    units = commands.add_parser(
        "units", help="list organisations and units with their ids"
    )
    units.add_argument(
        "--user", help="who opens an encrypted data folder (as the global --user)"
    )

    role = commands.add_parser(
        "set-role", help="change a role and unit (administrator)"
    )
    role.add_argument("--user", required=True)
    role.add_argument("--id", type=int, required=True, help="the account's id")
    role.add_argument("--role", required=True, choices=ROLES)
    role.add_argument("--unit", type=int, help="the unit id the person works in")

    for name, text in (
        ("reset-password", "give an account a new password (administrator)"),
        ("close", "close an account (administrator)"),
    ):
        step = commands.add_parser(name, help=text)
        step.add_argument("--user", required=True)
        step.add_argument("--id", type=int, required=True, help="the account's id")
    parser.set_defaults(handler=run, load_demo=False)


def _new_password() -> str | None:
    given = os.environ.get(NEW_PASSWORD_ENV)
    if given is not None:
        return given
    first = getpass.getpass("New password: ")
    if getpass.getpass("Again: ") != first:
        print("familjecenter-desktop: the passwords differ", file=sys.stderr)
        return None
    return first


def run(args: argparse.Namespace, workspace: Workspace) -> int:
    """Carry out the chosen action; 1 with a message when it is refused."""
    try:
        return _run(args, workspace)
    except ReferralError as exc:
        return print_refusal(exc)


def _run(args: argparse.Namespace, workspace: Workspace) -> int:
    action = args.users_command
    if action == "units":
        units = actors.list_units(workspace)
        for unit in units:
            parent = f"  (in {unit.parent_name})" if unit.parent_name else ""
            print(f"{unit.id}\t{unit.name}{parent}")
        if not units:
            print("no units yet (add one with: users add-unit)")
        return 0
    if action == "create-admin":
        password = _new_password()
        if password is None:
            return 1
        actor = accounts.create_first_admin(
            workspace, args.username, args.name, password
        )
        print(f"administrator {actor.username} created")
        return 0

    actor = login(workspace, args.user)
    if actor is None:
        return 1
    if action == "add":
        password = _new_password()
        if password is None:
            return 1
        row = accounts.create_user(
            workspace, actor, args.username, args.name, args.role, args.unit, password
        )
        print(f"user {row.username} ({row.role}) created with id {row.id}")
    elif action == "list":
        for row in accounts.list_users(workspace, actor):
            state = "" if row.active else "  closed"
            print(f"{row.id}\t{row.username}\t{row.role}\tunit {row.unit_id}{state}")
    elif action == "add-unit":
        name = {"fi": args.name, "sv": args.name_sv}
        unit_id = actors.add_unit(workspace, actor, name, args.parent)
        print(f"unit {unit_id} added")
    elif action == "set-role":
        row = accounts.change_role(workspace, actor, args.id, args.role, args.unit)
        print(f"user {row.username} is now {row.role} in unit {row.unit_id}")
    elif action == "reset-password":
        password = _new_password()
        if password is None:
            return 1
        accounts.reset_password(workspace, actor, args.id, password)
        print(f"user {args.id} has a new password")
    elif action == "close":
        accounts.set_active(workspace, actor, args.id, False)
        print(f"user {args.id} closed")
    return 0
