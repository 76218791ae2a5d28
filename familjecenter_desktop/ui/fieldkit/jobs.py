"""The field-kit work the menu runs on the worker, with refusals made translatable.

A refusal from the referral rules (a role without the right, for instance) comes
out as a ``KitError`` in the referrals' translation context, so the worker's
message is in the UI language; a storage refusal (a full disk) keeps its own.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from functools import wraps
from typing import Any

from familjecenter_desktop.fieldkit import merge
from familjecenter_desktop.fieldkit.errors import KitError
from familjecenter_desktop.fieldkit.export import export_field_kit
from familjecenter_desktop.fieldkit.files import read_kit
from familjecenter_desktop.fieldkit.return_kit import make_return_kit
from familjecenter_desktop.fieldkit.site import is_field_workspace
from familjecenter_desktop.referrals.errors import ReferralError
from familjecenter_desktop.workspace import StorageError

log = logging.getLogger(__name__)


def _plain_refusals(fn: Callable[..., Any]) -> Callable[..., Any]:
    @wraps(fn)
    def run(*args, **kwargs):
        try:
            return fn(*args, **kwargs)
        except StorageError:
            raise  # a full disk and the like: translated in the storage context
        except ReferralError as exc:
            raise KitError(exc.message, context="referrals") from exc

    return run


export = _plain_refusals(export_field_kit)
make_return = _plain_refusals(make_return_kit)
apply_import = _plain_refusals(merge.apply_import)
field_workspace = is_field_workspace


@_plain_refusals
def plan_import(workspace, actor, path, passphrase: str, lang: str):
    """Read the return kit and plan its merge."""
    return merge.plan_import(workspace, actor, read_kit(path), passphrase, lang)


@_plain_refusals
def open_kit(kit_file, folder, passphrase: str, password: str, log_dir=None):
    """``kit open`` into a new data folder (``fieldkit/open_into.py``, loaded here)."""
    from familjecenter_desktop.fieldkit.open_into import open_into_folder

    return open_into_folder(kit_file, folder, passphrase, password, log_dir)
