"""The ``users`` and ``audit`` commands, run as a script would run them."""

from __future__ import annotations

from sqlalchemy import text

from familjecenter_desktop.cli import main
from familjecenter_desktop.workspace import Credentials

PASSWORD = "correct horse battery"
ADMIN = Credentials("admin", PASSWORD)  # the CLI's first admin opens the store


def run(tmp_path, monkeypatch, *argv):
    monkeypatch.setenv("FAMILJECENTER_PASSWORD", PASSWORD)
    monkeypatch.setenv("FAMILJECENTER_NEW_PASSWORD", PASSWORD)
    return main(["--data-dir", str(tmp_path / "data"), *argv])


def test_admin_unit_nurse_then_verify_and_export(tmp_path, monkeypatch, capsys):
    """Create the admin, a unit and a nurse; the chain verifies; export writes CSV."""
    from familjecenter_desktop.referrals import accounts, records
    from familjecenter_desktop.workspace import open_workspace

    assert (
        run(
            tmp_path,
            monkeypatch,
            "users",
            "create-admin",
            "--username",
            "admin",
            "--name",
            "Testi Ylläpitäjä",
        )
        == 0
    )
    assert (
        run(
            tmp_path,
            monkeypatch,
            "users",
            "add-unit",
            "--user",
            "admin",
            "--name",
            "Lastenneuvola",
        )
        == 0
    )
    assert (
        run(
            tmp_path,
            monkeypatch,
            "users",
            "add",
            "--user",
            "admin",
            "--username",
            "nurse",
            "--name",
            "Testi Hoitaja",
            "--role",
            "nurse",
            "--unit",
            "1",
        )
        == 0
    )
    ws = open_workspace(tmp_path / "data", load_demo=False, credentials=ADMIN)
    nurse = accounts.authenticate(ws, "nurse", PASSWORD)
    from familjecenter_desktop.referrals.validation import ReferralInput

    made = records.create_referral(
        ws,
        nurse,
        ReferralInput(
            kind="guidance", family_ref="TT-9", receiver_org_id=1, reasons=["wellbeing"]
        ),
    )
    records.get_referral(ws, nurse, made.id)
    ws.close()
    out = tmp_path / "tt9.csv"

    verified = run(tmp_path, monkeypatch, "--user", "admin", "audit", "verify")
    exported = run(
        tmp_path,
        monkeypatch,
        "audit",
        "export",
        "--family",
        "TT-9",
        "--user",
        "admin",
        "--out",
        str(out),
    )

    assert verified == 0 and exported == 0
    assert out.read_text(encoding="utf-8").count(",nurse,nurse,") == 2
    # unit and account added, then the referral created and viewed
    assert "intact: 4 entries" in capsys.readouterr().out

    ws = open_workspace(tmp_path / "data", load_demo=False, credentials=ADMIN)
    with ws.engine.begin() as connection:
        connection.execute(text("UPDATE access_log SET action = 'list' WHERE id = 1"))
    ws.close()
    broken = run(tmp_path, monkeypatch, "--user", "admin", "audit", "verify")

    assert broken == 1
    assert "BROKEN at entry 1" in capsys.readouterr().err


def test_wrong_password_and_second_admin_are_refused(tmp_path, monkeypatch, capsys):
    """A bad password and a second create-admin are refused with a reason."""
    run(
        tmp_path,
        monkeypatch,
        "users",
        "create-admin",
        "--username",
        "admin",
        "--name",
        "Testi Ylläpitäjä",
    )
    again = run(
        tmp_path,
        monkeypatch,
        "users",
        "create-admin",
        "--username",
        "b",
        "--name",
        "Testi Toinen",
    )
    monkeypatch.setenv("FAMILJECENTER_PASSWORD", "wrong password!")
    listing = main(
        ["--data-dir", str(tmp_path / "data"), "users", "list", "--user", "admin"]
    )

    assert again != 0 and listing != 0
    err = capsys.readouterr().err
    assert "encrypted" in err and "Wrong user name or password" in err


def test_admin_changes_role_resets_password_and_closes(tmp_path, monkeypatch, capsys):
    """set-role, reset-password and close act on the account by id."""
    from familjecenter_desktop.referrals import accounts
    from familjecenter_desktop.referrals.errors import AuthenticationError
    from familjecenter_desktop.workspace import open_workspace

    steps = [
        ["create-admin", "--username", "admin", "--name", "Testi Ylläpitäjä"],
        ["add-unit", "--user", "admin", "--name", "Lastenneuvola"],
        ["add", "--user", "admin", "--username", "nurse", "--name", "Testi H"]
        + ["--role", "nurse", "--unit", "1"],
        ["set-role", "--user", "admin", "--id", "2", "--role", "social_worker"]
        + ["--unit", "1"],
    ]
    codes = [run(tmp_path, monkeypatch, "users", *step) for step in steps]
    monkeypatch.setenv("FAMILJECENTER_NEW_PASSWORD", "a brand new secret")
    codes.append(
        main(
            ["--data-dir", str(tmp_path / "data"), "users", "reset-password"]
            + ["--user", "admin", "--id", "2"]
        )
    )
    ws = open_workspace(tmp_path / "data", load_demo=False, credentials=ADMIN)
    moved = accounts.authenticate(ws, "nurse", "a brand new secret")
    ws.close()
    codes.append(
        main(
            ["--data-dir", str(tmp_path / "data"), "users", "close"]
            + ["--user", "admin", "--id", "2"]
        )
    )
    ws = open_workspace(tmp_path / "data", load_demo=False, credentials=ADMIN)

    assert codes == [0] * 6
    assert moved.role == "social_worker"
    try:
        accounts.authenticate(ws, "nurse", "a brand new secret")
        closed = False
    except AuthenticationError:
        closed = True
    ws.close()
    assert closed
    assert "user 2 closed" in capsys.readouterr().out
