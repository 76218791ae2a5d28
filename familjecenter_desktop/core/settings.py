"""User settings, each declared once with its type and default.

Settings live in ``settings.json`` in the config folder. Window state (geometry,
splitter positions) is kept apart from the user's choices, under ``window_state``.
A damaged file is set aside, never silently overwritten, and the defaults apply.
"""

from __future__ import annotations

import json
import logging
import os
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

log = logging.getLogger(__name__)

UI_LANGUAGES = ("fi", "sv", "en")


@dataclass(frozen=True)
class Setting:
    """One setting: its key, type and default."""

    key: str
    kind: type
    default: Any


SETTINGS: dict[str, Setting] = {
    s.key: s
    for s in (
        Setting("ui_language", str, "fi"),
        Setting("lock_after_minutes", int, 10),
        Setting("retention_months", int, 12),
        Setting("waiting_response_days", int, 7),
        Setting("stale_record_days", int, 365),
        Setting("site_name", str, ""),
        Setting("default_municipality", str, ""),
        Setting("backups_keep", int, 10),
        Setting("backup_every_hours", int, 24),
        Setting("backup_every_saves", int, 50),
        Setting("integrity_check_every_days", int, 7),
    )
}


class Settings:
    """Reads and writes the settings file; unknown keys are kept as they are."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._values: dict[str, Any] = {}
        self._window_state: dict[str, str] = {}
        self._load()

    def _load(self) -> None:
        if not self.path.exists():
            return
        try:
            raw = json.loads(self.path.read_text(encoding="utf-8"))
            if not isinstance(raw, dict):
                raise ValueError("top level is not an object")
        except (OSError, ValueError) as exc:
            aside = self.path.with_suffix(".damaged.json")
            log.warning("settings file unreadable (%s); moved to %s", exc, aside.name)
            try:
                self.path.replace(aside)
            except OSError:
                log.exception("could not move the damaged settings file aside")
            return
        self._values = {k: v for k, v in raw.items() if k != "window_state"}
        state = raw.get("window_state", {})
        self._window_state = state if isinstance(state, dict) else {}

    def get(self, key: str) -> Any:
        setting = SETTINGS[key]
        value = self._values.get(key, setting.default)
        if not isinstance(value, setting.kind):
            return setting.default
        if key == "ui_language" and value not in UI_LANGUAGES:
            return setting.default
        return value

    def set(self, key: str, value: Any) -> None:
        setting = SETTINGS[key]
        if not isinstance(value, setting.kind):
            raise TypeError(f"setting {key} takes {setting.kind.__name__}")
        self._values[key] = value
        self.save()

    def window_state(self, key: str) -> str | None:
        return self._window_state.get(key)

    def set_window_state(self, key: str, value: str) -> None:
        self._window_state[key] = value
        self.save()

    def save(self) -> None:
        """Write atomically: a temporary file beside the target, then a rename."""
        self.path.parent.mkdir(parents=True, exist_ok=True)
        payload = dict(self._values, window_state=self._window_state)
        fd, tmp = tempfile.mkstemp(dir=self.path.parent, suffix=".tmp")
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as handle:
                json.dump(payload, handle, indent=2, ensure_ascii=False)
            os.replace(tmp, self.path)
        except OSError:
            Path(tmp).unlink(missing_ok=True)
            raise
