"""Settings: typed defaults, a damaged file set aside, atomic writes."""

from __future__ import annotations

import json

import pytest

from familjecenter_desktop.core.settings import SETTINGS, Settings


def test_defaults_without_a_file(tmp_path):
    """A missing file gives every declared default, with its declared type."""
    settings = Settings(tmp_path / "settings.json")

    values = {key: settings.get(key) for key in SETTINGS}

    assert values["ui_language"] == "fi"
    assert all(isinstance(values[k], s.kind) for k, s in SETTINGS.items())
    assert not (tmp_path / "settings.json").exists()


def test_values_persist_and_unknown_keys_are_kept(tmp_path):
    """A saved value survives a restart; keys this version does not know stay."""
    path = tmp_path / "settings.json"
    path.write_text(json.dumps({"future_option": [1, 2]}), encoding="utf-8")

    Settings(path).set("ui_language", "sv")
    reread = Settings(path)

    assert reread.get("ui_language") == "sv"
    assert json.loads(path.read_text(encoding="utf-8"))["future_option"] == [1, 2]


def test_wrong_types_and_languages_fall_back_to_defaults(tmp_path):
    """A wrong type or unsupported UI language in the file reads as the default."""
    path = tmp_path / "settings.json"
    path.write_text(
        json.dumps({"ui_language": "de", "lock_after_minutes": "ten"}),
        encoding="utf-8",
    )

    settings = Settings(path)

    assert settings.get("ui_language") == "fi"
    assert settings.get("lock_after_minutes") == SETTINGS["lock_after_minutes"].default


def test_setting_a_wrong_type_is_refused(tmp_path):
    """Setting a number setting to text raises a TypeError naming the setting."""
    settings = Settings(tmp_path / "settings.json")

    with pytest.raises(TypeError, match="lock_after_minutes"):
        settings.set("lock_after_minutes", "ten")


@pytest.mark.parametrize("content", ["{not json", "[1, 2, 3]", "\ufeff{}x"])
def test_damaged_file_is_moved_aside(tmp_path, content):
    """Broken JSON or a non-object is kept as settings.damaged.json; defaults apply."""
    path = tmp_path / "settings.json"
    path.write_text(content, encoding="utf-8")

    settings = Settings(path)

    assert settings.get("ui_language") == "fi"
    assert not path.exists()
    aside = tmp_path / "settings.damaged.json"
    assert aside.read_text(encoding="utf-8") == content


def test_window_state_is_kept_apart(tmp_path):
    """Window geometry is stored under window_state, not among the user's choices."""
    path = tmp_path / "settings.json"

    Settings(path).set_window_state("main/geometry", "AdnQywADAAA=")
    raw = json.loads(path.read_text(encoding="utf-8"))

    assert raw["window_state"] == {"main/geometry": "AdnQywADAAA="}
    assert Settings(path).window_state("main/geometry") == "AdnQywADAAA="


def test_write_is_atomic_and_leaves_no_temporary_files(tmp_path):
    """Saving replaces the file whole; no temporary file is left in the folder."""
    path = tmp_path / "config" / "settings.json"
    settings = Settings(path)

    for minutes in range(1, 6):
        settings.set("lock_after_minutes", minutes)

    assert sorted(p.name for p in path.parent.iterdir()) == ["settings.json"]
    assert json.loads(path.read_text(encoding="utf-8"))["lock_after_minutes"] == 5


def test_failed_write_keeps_the_old_file(tmp_path, monkeypatch):
    """If the rename fails, the old file is untouched and the temporary file is gone."""
    path = tmp_path / "settings.json"
    settings = Settings(path)
    settings.set("site_name", "Neuvola")
    before = path.read_bytes()

    def refuse(*_args):
        raise OSError("disk full")

    monkeypatch.setattr("familjecenter_desktop.core.settings.os.replace", refuse)
    with pytest.raises(OSError, match="disk full"):
        settings.set("site_name", "Perhekeskus")

    assert path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["settings.json"]
