"""Folder resolution: explicit folder, then environment variable, then platform."""

from __future__ import annotations

from pathlib import Path

import platformdirs

from familjecenter_desktop import APP_AUTHOR, APP_NAME
from familjecenter_desktop.core.paths import DATA_DIR_ENV, resolve_paths


def test_explicit_folder_beats_environment(tmp_path, monkeypatch):
    """``--data-dir`` wins over ``FAMILJECENTER_DATA_DIR``; all folders sit below it."""
    monkeypatch.setenv(DATA_DIR_ENV, str(tmp_path / "from-env"))

    paths = resolve_paths(tmp_path / "explicit")

    base = (tmp_path / "explicit").resolve()
    assert paths.data == base
    assert {paths.config, paths.logs, paths.cache} == {
        base / "config",
        base / "logs",
        base / "cache",
    }
    assert paths.database.parent == base
    assert paths.backups == base / "backups"


def test_environment_beats_platform(tmp_path, monkeypatch):
    """Without an explicit folder the environment variable decides."""
    monkeypatch.setenv(DATA_DIR_ENV, str(tmp_path / "from-env"))

    paths = resolve_paths()

    assert paths.data == (tmp_path / "from-env").resolve()
    assert paths.settings_file == paths.config / "settings.json"


def test_platform_folders_without_overrides(tmp_path, monkeypatch):
    """With neither, the platform's user folders are used (HOME points to tmp)."""
    monkeypatch.delenv(DATA_DIR_ENV, raising=False)
    monkeypatch.setenv("HOME", str(tmp_path))
    for name in (
        "XDG_DATA_HOME",
        "XDG_CONFIG_HOME",
        "XDG_CACHE_HOME",
        "XDG_STATE_HOME",
    ):
        monkeypatch.delenv(name, raising=False)

    paths = resolve_paths()

    assert paths.data == Path(platformdirs.user_data_dir(APP_NAME, APP_AUTHOR))
    assert paths.config == Path(platformdirs.user_config_dir(APP_NAME, APP_AUTHOR))
    assert all(
        folder.is_relative_to(tmp_path)
        for folder in (paths.data, paths.config, paths.logs, paths.cache)
    )


def test_ensure_creates_every_folder(tmp_path):
    """``ensure()`` creates data, config, logs, cache and backups folders."""
    paths = resolve_paths(tmp_path / "new")

    paths.ensure()

    assert all(
        folder.is_dir()
        for folder in (paths.data, paths.config, paths.logs, paths.cache, paths.backups)
    )
