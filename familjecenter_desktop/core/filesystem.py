"""What kind of file system a path is on: network drives are told apart.

SQLite's WAL needs shared memory between the processes using the database,
which network file systems (NFS, SMB/CIFS, sshfs …) do not give reliably; a
database there must use the rollback journal. The mount table is read from
``/proc/mounts`` (Linux); elsewhere nothing is known and None is returned.
"""

from __future__ import annotations

import logging
import os
from pathlib import Path

log = logging.getLogger(__name__)

MOUNTS = Path("/proc/mounts")
NETWORK_TYPES = frozenset(
    {
        "nfs",
        "nfs4",
        "cifs",
        "smb",
        "smbfs",
        "smb3",
        "ncpfs",
        "afs",
        "9p",
        "ceph",
        "glusterfs",
        "lustre",
        "gpfs",
        "davfs",
        "fuse.sshfs",
        "fuse.davfs2",
        "fuse.rclone",
        "fuse.glusterfs",
        "fuse.s3fs",
        "fuse.gcsfuse",
    }
)


def _unescape(field: str) -> str:
    # /proc/mounts writes spaces and tabs in paths as octal escapes.
    return (
        field.replace("\\040", " ")
        .replace("\\011", "\t")
        .replace("\\012", "\n")
        .replace("\\134", "\\")
    )


def mount_of(path: Path, mounts_text: str) -> tuple[str, str] | None:
    """(mount point, file system type) holding ``path``, from a mount table."""
    best: tuple[str, str] | None = None
    target = str(path)
    for line in mounts_text.splitlines():
        fields = line.split()
        if len(fields) < 3:
            continue
        point, fstype = _unescape(fields[1]), fields[2]
        inside = target == point or target.startswith(point.rstrip("/") + "/")
        if inside and (best is None or len(point) >= len(best[0])):
            best = (point, fstype)
    return best


def _resolved(path: Path) -> Path:
    """The real path: links resolved in the part that exists, the rest kept."""
    existing, rest = path, []
    while not existing.exists() and existing != existing.parent:
        rest.insert(0, existing.name)
        existing = existing.parent
    return Path(os.path.realpath(existing)).joinpath(*rest)


def network_filesystem(path: Path, mounts_text: str | None = None) -> str | None:
    """The network file system type holding ``path``, or None if local/unknown."""
    if mounts_text is None:
        try:
            mounts_text = MOUNTS.read_text(encoding="utf-8", errors="replace")
        except OSError:
            return None
    found = mount_of(_resolved(Path(path)), mounts_text)
    if found is None:
        return None
    fstype = found[1].lower()
    if fstype in NETWORK_TYPES or fstype.startswith(("nfs", "smb", "cifs")):
        return fstype
    return None
