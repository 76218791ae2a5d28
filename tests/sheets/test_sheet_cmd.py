"""The ``sheet`` command builds the same sheet as the window and writes it safely."""

from __future__ import annotations

import argparse
import importlib.util
import io
from pathlib import Path

import pypdf
import pytest

from familjecenter_desktop.commands import sheet_cmd

_spec = importlib.util.spec_from_file_location(
    "sheet_test_helpers", Path(__file__).with_name("helpers.py")
)
helpers = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(helpers)


@pytest.fixture
def ids(workspace):
    with workspace.session() as session:
        return helpers.ui_test_data.build_catalogue(session)


def run(workspace, *argv: str) -> int:
    parser = argparse.ArgumentParser()
    sheet_cmd.register(parser.add_subparsers(dest="command"))
    args = parser.parse_args(["sheet", *argv])
    return args.handler(args, workspace)


def test_sheet_command_writes_the_pdf(workspace, ids, tmp_path, capsys):
    """Three services in Ukrainian on A5 with a note become one readable PDF."""
    workspace.settings.set("site_name", "Perhekeskus Testi")
    out = tmp_path / "arkki.pdf"
    services = [str(ids[k]) for k in ("clinic", "counselling", "cafe")]

    code = run(
        workspace,
        *[a for s in services for a in ("--service", s)],
        "--lang",
        "uk",
        "--size",
        "A5",
        "--note",
        "Ціна & <умови>",
        "--out",
        str(out),
    )

    assert code == 0
    reader = pypdf.PdfReader(io.BytesIO(out.read_bytes()))
    assert round(float(reader.pages[0].mediabox.width)) == 420
    text = helpers.pdf_text(out.read_bytes(), tmp_path)
    assert "Послуги для вас" in text
    assert "Ціна & <умови>" in text
    assert "Perhekeskus Testi" in text
    printed = capsys.readouterr().out.strip()
    pages = len(reader.pages)
    assert printed == f"{out} ({pages} {'page' if pages == 1 else 'pages'})"


def test_unknown_service_fails_cleanly(workspace, ids, tmp_path, capsys):
    """A missing service id gives exit code 1, a message, and no file."""
    out = tmp_path / "arkki.pdf"

    code = run(workspace, "--service", "99999", "--lang", "fi", "--out", str(out))

    assert code == 1
    assert "99999" in capsys.readouterr().err
    assert not out.exists()


def test_unwritable_target_fails_cleanly(workspace, ids, tmp_path, capsys):
    """A target in a missing folder is reported, nothing is written."""
    out = tmp_path / "nowhere" / "arkki.pdf"

    code = run(
        workspace, "--service", str(ids["clinic"]), "--lang", "fi", "--out", str(out)
    )

    assert code == 1
    assert "nowhere/arkki.pdf" in capsys.readouterr().err
    assert not out.parent.exists()


def test_card_kind_from_the_command_line(workspace, ids, tmp_path):
    """--kind card prints the discreet card."""
    out = tmp_path / "kortti.pdf"

    code = run(
        workspace,
        "--service",
        str(ids["cafe"]),
        "--lang",
        "fi",
        "--kind",
        "card",
        "--out",
        str(out),
    )

    assert code == 0
    assert "Hyödyllisiä numeroita" in helpers.pdf_text(out.read_bytes(), tmp_path)


@pytest.fixture
def referral(workspace, monkeypatch):
    """A made-up referral; the password comes from the environment, as in scripts."""
    monkeypatch.setenv("FAMILJECENTER_PASSWORD", helpers.PASSWORD)
    return helpers.made_up_referral(workspace)


def test_referral_sheet_from_the_command_line_is_logged(
    workspace, referral, tmp_path, capsys
):
    """--referral with a login writes the family's sheet and a print entry."""
    out = tmp_path / "ohjaus.pdf"

    code = run(
        workspace,
        *("--referral", str(referral.referral_id), "--user", "nurse"),
        *("--lang", "fi", "--phone", "09 100 200", "--out", str(out)),
    )

    assert code == 0, capsys.readouterr().err
    text = helpers.pdf_text(out.read_bytes(), tmp_path)
    assert "Perheneuvonta" in text and "09 100 200" in text
    assert helpers.SECRET_NOTE not in text
    actions = helpers.access_log_actions(workspace, referral.referral_id)
    assert actions.count("print") == 1


@pytest.mark.parametrize(
    ("user", "password", "message"),
    [
        ("coord", helpers.PASSWORD, "does not allow"),
        ("nurse", "wrong password", "password"),
        (None, helpers.PASSWORD, "--user"),
    ],
)
def test_referral_sheet_refused_without_the_right(
    workspace, referral, tmp_path, capsys, monkeypatch, user, password, message
):
    """No login, a wrong password or a role without printing: exit 1, a message,
    no file and no print entry."""
    monkeypatch.setenv("FAMILJECENTER_PASSWORD", password)
    out = tmp_path / "ohjaus.pdf"
    login = ("--user", user) if user else ()

    code = run(
        workspace,
        *("--referral", str(referral.referral_id), *login, "--lang", "fi"),
        *("--out", str(out)),
    )

    assert code == 1
    assert message in capsys.readouterr().err
    assert not out.exists()
    assert "print" not in helpers.access_log_actions(workspace, referral.referral_id)


def test_service_and_referral_cannot_be_mixed(workspace, tmp_path):
    """One sheet is either services or a referral."""
    with pytest.raises(SystemExit):
        run(workspace, "--service", "1", "--referral", "1", "--lang", "fi")


@pytest.mark.parametrize(
    ("phone", "message"),
    [
        ("040 ABC", "may hold only digits"),
        ("040 12", "does not exist in the numbering plan"),
    ],
)
def test_a_phone_that_is_not_a_number_is_refused(
    workspace, referral, tmp_path, capsys, phone, message
):
    """--phone with letters or too few digits: the form's message, no file, no print."""
    out = tmp_path / "x.pdf"

    code = run(
        workspace,
        *("--referral", str(referral.referral_id), "--user", "nurse"),
        *("--lang", "fi", "--phone", phone, "--out", str(out)),
    )

    err = capsys.readouterr().err
    assert code == 1
    assert f"--phone {phone!r}: " in err and message in err
    assert not out.exists()
    assert "print" not in helpers.access_log_actions(workspace, referral.referral_id)
