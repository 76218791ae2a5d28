"""Where the application keeps its files: data, config, logs and cache.

One place decides. An explicit folder (the ``--data-dir`` option) wins, then the
``FAMILJECENTER_DATA_DIR`` environment variable, then the platform's own folders.
With an explicit folder everything lives below it, so tests and portable installs
never touch the user's real folders.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

import platformdirs

from familjecenter_desktop import APP_AUTHOR, APP_NAME

DATA_DIR_ENV = "FAMILJECENTER_DATA_DIR"
DATABASE_FILE = "familjecenter.sqlite3"


@dataclass(frozen=True)
class AppPaths:
    """The folders of one installation; ``ensure()`` creates them."""

    data: Path
    config: Path
    logs: Path
    cache: Path

    @property
    def database(self) -> Path:
        return self.data / DATABASE_FILE

    @property
    def backups(self) -> Path:
        return self.data / "backups"

    @property
    def settings_file(self) -> Path:
        return self.config / "settings.json"

    def ensure(self) -> AppPaths:
        for folder in (self.data, self.config, self.logs, self.cache, self.backups):
            folder.mkdir(parents=True, exist_ok=True)
        return self


def resolve_paths(data_dir: str | os.PathLike[str] | None = None) -> AppPaths:
    """Resolve the folders: explicit argument, then environment, then platform."""
    chosen = data_dir or os.environ.get(DATA_DIR_ENV)
    if chosen:
        base = Path(chosen).expanduser().resolve()
        return AppPaths(
            data=base,
            config=base / "config",
            logs=base / "logs",
            cache=base / "cache",
        )
    return AppPaths(
        data=Path(platformdirs.user_data_dir(APP_NAME, APP_AUTHOR)),
        config=Path(platformdirs.user_config_dir(APP_NAME, APP_AUTHOR)),
        logs=Path(platformdirs.user_log_dir(APP_NAME, APP_AUTHOR)),
        cache=Path(platformdirs.user_cache_dir(APP_NAME, APP_AUTHOR)),
    )
