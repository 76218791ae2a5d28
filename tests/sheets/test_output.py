"""Saving a sheet: atomic, and a failed write leaves nothing half-written."""

from __future__ import annotations

import os

import pytest

from familjecenter_desktop.sheets.output import SheetWriteError, write_pdf_atomically


def test_write_replaces_the_target_whole(tmp_path):
    """The bytes land in the file; an old file of that name is replaced."""
    target = tmp_path / "sheet.pdf"
    target.write_bytes(b"old")

    write_pdf_atomically(b"%PDF-new", target)

    assert target.read_bytes() == b"%PDF-new"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["sheet.pdf"]


@pytest.mark.skipif(os.geteuid() == 0, reason="root may write into read-only folders")
def test_read_only_folder_gives_a_clear_message(tmp_path):
    """A folder that cannot be written names the file and leaves nothing behind."""
    folder = tmp_path / "locked"
    folder.mkdir()
    folder.chmod(0o500)

    try:
        with pytest.raises(SheetWriteError, match="locked/sheet.pdf"):
            write_pdf_atomically(b"%PDF", folder / "sheet.pdf")
        assert list(folder.iterdir()) == []
    finally:
        folder.chmod(0o700)


def test_failed_rename_leaves_no_temporary_file(tmp_path):
    """When the target cannot be replaced (it is a folder), no temp file remains."""
    target = tmp_path / "sheet.pdf"
    target.mkdir()
    (target / "inside").write_text("x")

    with pytest.raises(SheetWriteError, match="sheet.pdf"):
        write_pdf_atomically(b"%PDF", target)

    assert sorted(p.name for p in tmp_path.iterdir()) == ["sheet.pdf"]


def test_write_failure_midway_leaves_nothing(tmp_path):
    """A write cut short (file-size limit, as on a full disk) reports and cleans up."""
    import resource
    import signal

    target = tmp_path / "sheet.pdf"
    target.write_bytes(b"old sheet")
    old_limit = resource.getrlimit(resource.RLIMIT_FSIZE)
    old_handler = signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    resource.setrlimit(resource.RLIMIT_FSIZE, (1024, old_limit[1]))
    try:
        with pytest.raises(SheetWriteError, match="sheet.pdf"):
            write_pdf_atomically(b"%PDF" + b"x" * 100_000, target)
    finally:
        resource.setrlimit(resource.RLIMIT_FSIZE, old_limit)
        signal.signal(signal.SIGXFSZ, old_handler)

    assert target.read_bytes() == b"old sheet"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["sheet.pdf"]


def test_missing_folder_is_named(tmp_path):
    """A folder that does not exist is named in the message."""
    with pytest.raises(SheetWriteError, match="missing/sheet.pdf.*does not exist"):
        write_pdf_atomically(b"%PDF", tmp_path / "missing" / "sheet.pdf")
