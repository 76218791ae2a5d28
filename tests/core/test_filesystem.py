"""Network drives are told apart from local disks by the mount table."""

from __future__ import annotations

from pathlib import Path

import pytest

from familjecenter_desktop.core.filesystem import mount_of, network_filesystem

MOUNTS = """\
/dev/sda1 / ext4 rw,relatime 0 0
server:/export/home /home/staff nfs4 rw,relatime,vers=4.2 0 0
//fileserver/yhteiset /mnt/shared\\040drive cifs rw,vers=3.0 0 0
user@host:/data /mnt/remote fuse.sshfs rw,nosuid 0 0
tmpfs /tmp tmpfs rw 0 0
"""


@pytest.mark.parametrize(
    ("path", "expected"),
    [
        ("/home/staff/familjecenter/familjecenter.sqlite3", "nfs4"),
        ("/mnt/shared drive/data/familjecenter.sqlite3", "cifs"),
        ("/mnt/remote/familjecenter.sqlite3", "fuse.sshfs"),
        ("/home/staffer/familjecenter.sqlite3", None),  # not under /home/staff
        ("/tmp/familjecenter.sqlite3", None),
        ("/var/lib/familjecenter.sqlite3", None),
    ],
)
def test_network_file_systems_are_recognised(path, expected, monkeypatch):
    """NFS, SMB/CIFS (with an escaped space) and sshfs are network drives."""
    monkeypatch.setattr("os.path.realpath", lambda p: str(p))

    assert network_filesystem(Path(path), MOUNTS) == expected


def test_the_longest_mount_point_wins():
    """A local mount inside a network mount is local."""
    table = MOUNTS + "/dev/sdb1 /home/staff/local ext4 rw 0 0\n"

    assert mount_of(Path("/home/staff/local/x"), table) == ("/home/staff/local", "ext4")


def test_this_machines_temporary_folder_is_read_from_proc_mounts(tmp_path):
    """The real mount table is read; the test folder is not a network drive."""
    if not Path("/proc/mounts").exists():
        pytest.skip("no /proc/mounts on this system")

    assert mount_of(tmp_path, Path("/proc/mounts").read_text()) is not None
    assert network_filesystem(tmp_path) is None
