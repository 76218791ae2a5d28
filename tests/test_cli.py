"""The command line as a user meets it: bad data folders and closed pipes.

A bad ``--data-dir`` gets one line naming the folder and what is wrong; a
reader that stops reading (``| head``) ends the command without a traceback.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from familjecenter_desktop.cli import main

PROJECT = Path(__file__).resolve().parents[1]


def test_a_file_given_as_data_folder_gets_one_line(tmp_path, capsys):
    """A JSON file as --data-dir: 'is a file, not a folder', exit 2, no traceback."""
    a_file = tmp_path / "file.json"
    a_file.write_text("{}", encoding="utf-8")

    code = main(["--data-dir", str(a_file), "search", "neuvola"])

    err = capsys.readouterr().err
    assert code == 2
    assert err.strip().splitlines() == [
        f"familjecenter-desktop: cannot use the data folder {a_file}: "
        "it is a file, not a folder"
    ]


def test_the_window_is_not_started_on_a_file_as_data_folder(tmp_path, capsys):
    """No command (the window): the same one line, before any window opens."""
    a_file = tmp_path / "file.json"
    a_file.write_text("{}", encoding="utf-8")

    code = main(["--data-dir", str(a_file)])

    err = capsys.readouterr().err
    assert code == 2
    assert "it is a file, not a folder" in err and "Traceback" not in err


def test_a_file_in_the_path_is_named(tmp_path, capsys):
    """A folder below a file: the file in the way is the one named."""
    a_file = tmp_path / "file.json"
    a_file.write_text("{}", encoding="utf-8")

    code = main(["--data-dir", str(a_file / "sub"), "search", "neuvola"])

    err = capsys.readouterr().err
    assert code == 2
    assert f"{a_file} is a file, not a folder" in err
    assert "Traceback" not in err


def test_a_folder_that_cannot_be_made_is_named(tmp_path, capsys, monkeypatch):
    """No permission to make the folder: said in words, with the folder."""

    def refuse(self, *args, **kwargs):
        raise PermissionError(13, "Permission denied", str(self))

    monkeypatch.setattr(Path, "mkdir", refuse)
    target = tmp_path / "nope"

    code = main(["--data-dir", str(target), "search", "neuvola"])

    err = capsys.readouterr().err
    assert code == 2
    assert err.strip() == (
        f"familjecenter-desktop: cannot use the data folder {target}: "
        "no permission to create or write it"
    )


@pytest.mark.skipif(not Path("/proc").is_dir(), reason="needs /proc")
def test_a_place_that_holds_no_folders_is_named(capsys):
    """/proc/nope cannot be created: one line, no traceback."""
    code = main(["--data-dir", "/proc/nope", "search", "neuvola"])

    err = capsys.readouterr().err
    assert code == 2
    assert err.strip().startswith(
        "familjecenter-desktop: cannot use the data folder /proc/nope: "
        "it cannot be created"
    )
    assert "Traceback" not in err


@pytest.mark.parametrize("json", [False, True])
def test_a_closed_pipe_ends_quietly(tmp_path, json):
    """``search ... | head``: the reader leaves, the command ends, no traceback."""
    argv = [sys.executable, "-m", "familjecenter_desktop"]
    argv += ["--data-dir", str(tmp_path / "data"), "search", "neuvola"]
    if json:
        argv.append("--json")
    child = subprocess.Popen(
        argv, cwd=PROJECT, stdout=subprocess.PIPE, stderr=subprocess.PIPE
    )
    child.stdout.close()  # the reader is gone before the first line is written

    _, err = child.communicate(timeout=120)

    text = err.decode("utf-8", "replace")
    assert "Traceback" not in text
    assert "BrokenPipeError" not in text


# --- rough edges a new user met ------------------------------------------------

PASSWORD = "correct horse battery"


def run_in(data_dir, monkeypatch, *argv) -> int:
    monkeypatch.setenv("FAMILJECENTER_PASSWORD", PASSWORD)
    monkeypatch.setenv("FAMILJECENTER_NEW_PASSWORD", PASSWORD)
    return main(["--data-dir", str(data_dir), *argv])


@pytest.fixture
def admin_folder(tmp_path, monkeypatch, capsys):
    """An encrypted data folder with its first administrator, 'admin'."""
    data = tmp_path / "data"
    argv = (
        "users",
        "create-admin",
        "--username",
        "admin",
        "--name",
        "Testi Ylläpitäjä",
    )
    assert run_in(data, monkeypatch, *argv) == 0
    capsys.readouterr()
    return data


def test_a_limit_that_is_not_a_number_is_named(tmp_path, capsys):
    """--limit abc: 'not a whole number', not argparse's 'invalid _limit value'."""
    with pytest.raises(SystemExit) as ended:
        main(["--data-dir", str(tmp_path), "search", "x", "--limit", "abc"])

    err = capsys.readouterr().err
    assert ended.value.code == 2
    assert "--limit: not a whole number: 'abc'" in err
    assert "_limit" not in err


def test_help_shows_no_restructuredtext(capsys):
    """``users --help`` and ``audit --help`` read as plain text."""
    for command in ("users", "audit"):
        with pytest.raises(SystemExit):
            main([command, "--help"])
        assert "``" not in capsys.readouterr().out


def test_the_readme_form_of_units_works_on_an_encrypted_folder(
    admin_folder, monkeypatch, capsys
):
    """``users units --user ADMIN`` (as the README has it) opens and lists."""
    add_unit = ("users", "add-unit", "--user", "admin", "--name", "Lastenneuvola")
    assert run_in(admin_folder, monkeypatch, *add_unit) == 0
    capsys.readouterr()

    code = run_in(admin_folder, monkeypatch, "users", "units", "--user", "admin")

    assert code == 0
    assert "Lastenneuvola" in capsys.readouterr().out


def test_audit_retention_says_what_it_found(admin_folder, monkeypatch, capsys):
    """Nothing due: a line saying so, not silence."""
    code = run_in(admin_folder, monkeypatch, "audit", "retention", "--user", "admin")

    assert code == 0
    assert capsys.readouterr().out.strip() == "0 referrals due for anonymising"


def test_several_problems_are_one_per_line(admin_folder, monkeypatch, capsys):
    """A refused account names each problem on its own line, none joined by ';'."""
    monkeypatch.setenv("FAMILJECENTER_NEW_PASSWORD", "short")
    argv = ("users", "add", "--user", "admin", "--username", "a b", "--name", " ")

    code = main(["--data-dir", str(admin_folder), *argv, "--role", "nurse"])

    lines = capsys.readouterr().err.strip().splitlines()
    assert code == 1
    assert len(lines) == 3
    assert all(line.startswith("familjecenter-desktop: ") for line in lines)
    assert not any(";" in line for line in lines)
