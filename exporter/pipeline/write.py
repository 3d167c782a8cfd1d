"""Write: the one place that touches output files.

Every file is written to a temporary name in the target folder (never ending in ``.pdf`` or
``.docx``), flushed, then renamed over the target: a run killed at any moment leaves either the
old file or the new one, never half of one.  ``--check`` compares instead of writing.

The writer holds an exclusive lock on its temporary file until it is renamed, so a run sweeping
the temporary files a killed run left (:func:`sweep`) removes only those nobody holds: a run
still writing into the same folder keeps its own.
"""

from __future__ import annotations

import hashlib
import os
import sys
import tempfile
from pathlib import Path


class OutsideOutput(ValueError):
    """A computed output path would leave the output folder."""


def target(out_dir: Path, name: str) -> Path:
    """``out_dir / name``, refusing any name that would land outside ``out_dir``."""
    if not name or "/" in name or "\\" in name or name in (".", "..") or "\x00" in name:
        raise OutsideOutput(f"refusing output name {name!r}")
    path = out_dir / name
    if path.resolve().parent != out_dir.resolve():
        raise OutsideOutput(f"refusing to write {name!r} outside {out_dir}")
    return path


def atomic_write(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` through a temporary file (locked while it is written) and a rename."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, temp = _locked_temp(path)
    try:
        with os.fdopen(fd, "wb", closefd=False) as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(temp, 0o644)
        os.replace(temp, path)
    except BaseException:
        try:
            os.unlink(temp)
        except FileNotFoundError:
            pass
        raise
    finally:
        os.close(fd)  # the lock goes with it


def _locked_temp(path: Path) -> tuple[int, str]:
    """A new temporary file beside ``path``, locked by this process.  A sweep may take the lock
    between the file's creation and ours and remove the file: then another is made."""
    while True:
        fd, temp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=path.parent)
        lock(fd, wait=True)
        try:
            if os.stat(temp).st_ino == os.fstat(fd).st_ino:
                return fd, temp
        except FileNotFoundError:
            pass
        os.close(fd)


def lock(fd: int, wait: bool = False) -> bool:
    """An exclusive lock on an open file, released when the file is closed or the process ends
    (a kill -9 included); False if another holds it and ``wait`` is false."""
    if sys.platform == "win32":  # pragma: no cover — Windows locks byte ranges
        import msvcrt

        try:
            msvcrt.locking(fd, msvcrt.LK_LOCK if wait else msvcrt.LK_NBLCK, 1)
            return True
        except OSError:
            return False
    import fcntl

    try:
        fcntl.flock(fd, fcntl.LOCK_EX if wait else fcntl.LOCK_EX | fcntl.LOCK_NB)
        return True
    except BlockingIOError:
        return False


def sweep(folder: Path, suffixes: tuple[str, ...]) -> None:
    """Remove the temporary files (``.<name>.<random>.part``, ``name`` ending in one of
    ``suffixes``) that no process holds any more: a killed run's, never a running one's."""
    if not folder.is_dir():
        return
    for leftover in folder.glob(".*.part"):
        if not any(f"{suffix}." in leftover.name for suffix in suffixes):
            continue
        try:
            fd = os.open(leftover, os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0))
        except OSError:
            continue
        try:
            if lock(fd):
                leftover.unlink(missing_ok=True)
        finally:
            os.close(fd)


def is_current(path: Path, data: bytes) -> bool:
    """True when ``path`` holds exactly ``data`` (for ``--check``)."""
    try:
        return path.stat().st_size == len(data) and path.read_bytes() == data
    except OSError:
        return False


def sha256(data: bytes) -> str:
    """The hex SHA-256 of ``data``, as the batch report gives it."""
    return hashlib.sha256(data).hexdigest()
