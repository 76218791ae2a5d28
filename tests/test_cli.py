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
