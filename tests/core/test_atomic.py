"""Writing a file whole or not at all."""

from __future__ import annotations

import pytest

from familjecenter_desktop.core.atomic import replaced_atomically


def test_the_target_appears_only_when_the_block_ends(tmp_path):
    """Inside the block the old file is untouched; after it, the new one is there."""
    target = tmp_path / "out.txt"
    target.write_text("old", encoding="utf-8")

    with replaced_atomically(target, ".test-", text=True) as out:
        out.write("new")
        during = target.read_text(encoding="utf-8")

    assert during == "old"
    assert target.read_text(encoding="utf-8") == "new"
    assert [p.name for p in tmp_path.iterdir()] == ["out.txt"]


def test_a_failure_keeps_the_old_file_and_leaves_no_temporary(tmp_path):
    """An error in the block: the target as it was, nothing else in the folder."""
    target = tmp_path / "out.bin"
    target.write_bytes(b"old")

    with pytest.raises(RuntimeError), replaced_atomically(target, ".test-") as out:
        out.write(b"half")
        raise RuntimeError("stopped half way")

    assert target.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["out.bin"]


def test_a_missing_folder_fails_before_the_block_runs(tmp_path):
    """The temporary file is made on entering: the block's work never starts."""
    ran = []

    with (
        pytest.raises(FileNotFoundError),
        replaced_atomically(tmp_path / "no" / "out.bin", ".test-"),
    ):
        ran.append(True)

    assert ran == []
