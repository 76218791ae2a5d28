"""Command-line sub-commands; each module offers ``register(subparsers)``.

A sub-command's handler takes the parsed arguments and an opened workspace and
returns the process exit code.
"""

COMMAND_MODULES = (
    "familjecenter_desktop.commands.import_cmd",
    "familjecenter_desktop.commands.search_cmd",
    "familjecenter_desktop.commands.sheet_cmd",
    "familjecenter_desktop.commands.users_cmd",
    "familjecenter_desktop.commands.audit_cmd",
    "familjecenter_desktop.commands.kit_cmd",
)
