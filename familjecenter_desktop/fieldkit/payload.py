"""The payload inside a kit: JSON, checked for the parts each step reads."""

from __future__ import annotations

import json
import logging

from alembic.script import ScriptDirectory

from familjecenter_desktop.core.translatable import QT_TRANSLATE_NOOP
from familjecenter_desktop.db import migrate
from familjecenter_desktop.fieldkit.errors import KitError

log = logging.getLogger(__name__)

PAYLOAD_FORMAT = 1
FIELD_KEYS = ("format", "site_id", "kit_id", "schema", "worker", "catalogue")
RETURN_KEYS = ("format", "site_id", "kit_id", "origin_kit_id", "referrals", "log")


def to_bytes(payload: dict) -> bytes:
    return json.dumps(payload, ensure_ascii=False, separators=(",", ":")).encode()


def from_bytes(data: bytes, keys: tuple[str, ...]) -> dict:
    """The payload; KitError when it lacks what this version needs."""
    try:
        payload = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        payload = None
    if not isinstance(payload, dict) or any(k not in payload for k in keys):
        raise KitError(
            QT_TRANSLATE_NOOP(
                "fieldkit",
                "The field kit's contents are not what this version of the "
                "application expects.",
            )
        )
    if payload["format"] != PAYLOAD_FORMAT:
        raise KitError(
            QT_TRANSLATE_NOOP(
                "fieldkit",
                "The field kit was made in a format this version of the application "
                "cannot read (format {arg}). Update the application, or the file is "
                "damaged.",
            ),
            str(payload["format"]),
        )
    return payload


def check_schema(revision: str | None) -> None:
    """Refuse a kit from a database schema this application does not know."""
    if revision is None:
        return
    script = ScriptDirectory.from_config(migrate.alembic_config())
    known = {s.revision for s in script.walk_revisions()}
    if revision not in known:
        raise KitError(
            QT_TRANSLATE_NOOP(
                "fieldkit",
                "The field kit was made by a newer version of the application "
                "(database {arg}). Update the application on this computer first.",
            ),
            revision,
        )


CONTENTS_MISMATCH = QT_TRANSLATE_NOOP(
    "fieldkit",
    "The return kit's contents do not match its header. It was refused and "
    "nothing was imported.",
)
