"""The kit command: export, open, return and import through the command line."""

from __future__ import annotations

import pytest

from familjecenter_desktop.cli import main
from familjecenter_desktop.referrals import accounts, listing, records
from familjecenter_desktop.workspace import Credentials, open_workspace, store_state

from .conftest import PASSPHRASE, PASSWORD, build_site
from .helpers import referral_input


@pytest.fixture
def env(monkeypatch):
    monkeypatch.setenv("FAMILJECENTER_PASSWORD", PASSWORD)
    monkeypatch.setenv("FAMILJECENTER_KIT_PASSPHRASE", PASSPHRASE)


def test_round_trip_on_the_command_line(tmp_path, env, capsys):
    """Export, open (encrypted), return, a listed conflict, then --keep merges it."""
    site_dir, laptop_dir = tmp_path / "site", tmp_path / "laptop"
    kit, back = tmp_path / "kit.fckit", tmp_path / "back.fckit"
    ws = open_workspace(site_dir, load_demo=False)
    site = build_site(ws)
    made = records.create_referral(ws, site.nurse, referral_input(site.service_id))
    ws.close()

    assert main(["--data-dir", str(site_dir), "kit", "export", "--user", "nurse",
                 "--out", str(kit), "--with-referrals"]) == 0  # fmt: skip
    assert "1 referrals" in capsys.readouterr().out
    assert main(["--data-dir", str(laptop_dir), "kit", "open", str(kit)]) == 0
    assert store_state(laptop_dir) == "encrypted"

    field = open_workspace(laptop_dir, credentials=Credentials("nurse", PASSWORD))
    nurse = accounts.authenticate(field, "nurse", PASSWORD)
    values = referral_input(site.service_id, note="Kentällä")
    records.update_referral(field, nurse, made.id, made.version, values)
    field.close()
    ws = open_workspace(site_dir, load_demo=False)
    values = referral_input(site.service_id, note="Toimistolla")
    records.update_referral(ws, site.nurse, made.id, made.version, values)
    ws.close()

    assert main(["--data-dir", str(laptop_dir), "--user", "nurse", "kit", "return",
                 "--out", str(back)]) == 0  # fmt: skip
    capsys.readouterr()
    args = ["--data-dir", str(site_dir), "kit", "import", str(back), "--user", "nurse"]
    assert main(args) == 3
    listed = capsys.readouterr().out
    assert f"referral {made.id}: " in listed and "note" in listed
    assert "Toimistolla" not in listed and "Kentällä" not in listed

    assert main([*args, "--keep", f"{made.id}=field"]) == 0
    assert "1 taken from the field" in capsys.readouterr().out
    assert main([*args, "--keep", f"{made.id}=field"]) == 0
    assert "nothing new" in capsys.readouterr().out
    ws = open_workspace(site_dir, load_demo=False)
    [row] = [r for r in listing.list_referrals(ws, site.nurse) if r.id == made.id]
    assert records.get_referral(ws, site.nurse, made.id).note == "Kentällä"
    assert row.status == "draft"
    ws.close()


def test_open_refuses_a_used_folder_and_a_wrong_password(tmp_path, env, capsys):
    """A folder with data, or another person's password, opens nothing."""
    site_dir, kit = tmp_path / "site", tmp_path / "kit.fckit"
    ws = open_workspace(site_dir, load_demo=False)
    build_site(ws)
    ws.close()
    assert main(["--data-dir", str(site_dir), "kit", "export", "--user", "nurse",
                 "--out", str(kit)]) == 0  # fmt: skip

    assert main(["--data-dir", str(site_dir), "kit", "open", str(kit)]) == 1
    assert "empty data folder" in capsys.readouterr().err

    laptop = tmp_path / "laptop"
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("FAMILJECENTER_PASSWORD", "someone else's password")
        assert main(["--data-dir", str(laptop), "kit", "open", str(kit)]) == 1
    assert "not the one of nurse" in capsys.readouterr().err
    assert store_state(laptop) == "new"


def test_a_wrong_passphrase_is_named_on_the_terminal(tmp_path, env, capsys):
    """The refusal says what is wrong, and the exit code is 1."""
    site_dir, kit = tmp_path / "site", tmp_path / "kit.fckit"
    ws = open_workspace(site_dir, load_demo=False)
    build_site(ws)
    ws.close()
    assert main(["--data-dir", str(site_dir), "kit", "export", "--user", "nurse",
                 "--out", str(kit)]) == 0  # fmt: skip

    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("FAMILJECENTER_KIT_PASSPHRASE", "väärä salalause 12")
        code = main(["--data-dir", str(tmp_path / "lap"), "kit", "open", str(kit)])

    assert code == 1
    assert "passphrase of the field kit is wrong" in capsys.readouterr().err
