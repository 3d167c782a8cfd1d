"""Write: the one place that touches output files.

Every file is written to a temporary name in the target folder (never ending in ``.pdf`` or
``.docx``), flushed, then renamed over the target: a run killed at any moment leaves either the
old file or the new one, never half of one.  ``--check`` compares instead of writing.
"""

from __future__ import annotations

import hashlib
import os
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
    """Write ``data`` to ``path`` through a temporary file and a rename."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, temp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
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


def is_current(path: Path, data: bytes) -> bool:
    """True when ``path`` holds exactly ``data`` (for ``--check``)."""
    try:
        return path.stat().st_size == len(data) and path.read_bytes() == data
    except OSError:
        return False


def sha256(data: bytes) -> str:
    """The hex SHA-256 of ``data``, as the batch report gives it."""
    return hashlib.sha256(data).hexdigest()
