"""The ``users`` and ``audit`` commands, run as a script would run them."""

from __future__ import annotations

import sqlite3

from familjecenter_desktop.cli import main

PASSWORD = "correct horse battery"


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
    ws = open_workspace(tmp_path / "data", load_demo=False)
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
    database = ws.database_file
    ws.close()
    out = tmp_path / "tt9.csv"

    verified = run(tmp_path, monkeypatch, "audit", "verify")
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
    assert "intact: 2 entries" in capsys.readouterr().out

    with sqlite3.connect(database) as connection:
        connection.execute("UPDATE access_log SET action = 'list' WHERE id = 1")
    broken = run(tmp_path, monkeypatch, "audit", "verify")

    assert broken == 1
    assert "BROKEN at entry 1" in capsys.readouterr().err


def test_wrong_password_and_second_admin_are_refused(tmp_path, monkeypatch, capsys):
    """A bad password exits 1; a second create-admin exits 1 with a reason."""
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

    assert again == 1 and listing == 1
    err = capsys.readouterr().err
    assert "already exists" in err and "Wrong user name or password" in err
