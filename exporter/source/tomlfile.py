"""Read a TOML file of ours (a style, a convention) into a validated record, or say where it is wrong.

tomllib keeps no positions, so a validation error is located by finding the ``[section]`` and
``key =`` lines it names; a syntax error keeps tomllib's own line and column.  Every problem is a
:class:`~exporter.source.diagnostics.Problem` naming the file, as for a brief.
"""

from __future__ import annotations

import os
import re
import time
import tomllib
from pathlib import Path
from typing import Any, TypeVar

from exporter.source.diagnostics import BriefError, FieldPath, Problem, join_path
from exporter.source.records import Invalid, validate

_T = TypeVar("_T")


def names_file(spec: str) -> bool:
    """Whether a ``--style``/``--convention`` value names a file rather than a shipped one."""
    return "/" in spec or "\\" in spec or spec.endswith(".toml")


def locate(spec: str, folder: Path, kind: str) -> Path:
    """The file a ``--style``/``--convention`` value names: a shipped one by name (``formal``),
    or a ``.toml`` path; a clear error listing the shipped ones otherwise."""
    if not names_file(spec):
        path = folder / f"{spec}.toml"
        if not path.is_file():
            shipped = ", ".join(sorted(p.stem for p in folder.glob("*.toml")))
            raise BriefError([Problem(spec, f"no such {kind}; the shipped {kind}s are {shipped}, or give a .toml file")])
        return path
    path = Path(spec)
    if not path.is_file():
        raise BriefError([Problem(spec, f"no such {kind} file")])
    return path.resolve()


# A file's identity, size, modification and change times: what a save changes — unless it comes
# within one tick of the file system's clock after the save before (Linux: a few ms), which is why
# a stamp that recent is not trusted (as git does with its index): the bytes are compared instead.
Stamp = tuple[int, int, int, int]
RECENT_NS = 2_000_000_000
_SEEN: dict[str, tuple[Stamp | None, bytes | None]] = {}  # path → (its stamp if settled, its bytes)


def current(path: str) -> bytes | None:
    """The bytes of a style or convention file as they are now (None: it cannot be read), read again
    only when its stamp has changed or was too recent to trust: a caller keys what it makes of a file
    by these bytes, and a file edited while ``brief watch`` runs is read anew."""
    try:
        found = os.stat(path)
    except OSError:
        _SEEN.pop(path, None)
        return None
    stamp = (found.st_ino, found.st_size, found.st_mtime_ns, found.st_ctime_ns)
    held = _SEEN.get(path)
    if held is not None and held[0] == stamp:
        return held[1]
    try:
        data = Path(path).read_bytes()
    except OSError:
        data = None
    settled = max(found.st_mtime_ns, found.st_ctime_ns) < time.time_ns() - RECENT_NS
    _SEEN[path] = (stamp if settled else None, data)
    return data


def read(path: Path, shown: str) -> tuple[str, dict[str, Any]]:
    """The text of a TOML file and its data; ``shown`` names it in messages."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise BriefError([Problem(shown, f"cannot read the file: {exc.strerror or exc}")]) from None
    return parse(data, shown)


def parse(data: bytes, shown: str) -> tuple[str, dict[str, Any]]:
    """The text of a TOML file read as ``data``, and its values; ``shown`` names it in messages."""
    try:
        text = data.decode("utf-8").replace("\r\n", "\n").replace("\r", "\n")  # as a file read as text
        return text, tomllib.loads(text)
    except UnicodeDecodeError:
        raise BriefError([Problem(shown, "the file is not UTF-8 text")]) from None
    except RecursionError:
        raise BriefError([Problem(shown, "invalid TOML: arrays or tables nested too deep", _deep_line(text))]) from None
    except tomllib.TOMLDecodeError as exc:
        match = re.search(r"\(at line (\d+), column (\d+)\)", str(exc))
        line = int(match.group(1)) if match else None
        col = int(match.group(2)) if match else None
        message = re.sub(r"\s*\(at line \d+, column \d+\)", "", str(exc))
        raise BriefError([Problem(shown, f"invalid TOML: {message}", line, col)]) from None


def _deep_line(text: str, limit: int = 100) -> int | None:
    """The line where brackets and braces first nest ``limit`` deep (strings not told apart: a
    hint for the reader, in a file tomllib could not read anyway)."""
    depth = 0
    for number, line in enumerate(text.splitlines(), 1):
        for ch in line:
            depth += (ch in "[{") - (ch in "]}")
            if depth >= limit:
                return number
    return None


def checked(cls: type[_T], data: dict[str, Any], text: str, shown: str) -> _T:
    """``data`` as a ``cls`` record, or every problem located in ``text``."""
    try:
        return validate(cls, data)
    except RecursionError:
        raise BriefError([Problem(shown, "values nested too deep")]) from None
    except Invalid as exc:
        raise BriefError([problem(text, shown, path, message) for path, message in exc.errors]) from None


def problem(text: str, shown: str, path: FieldPath, message: str) -> Problem:
    """A problem at the field ``path`` of a TOML file."""
    return Problem(shown, message, line_of(text, path), None, join_path(path))


def line_of(text: str, path: FieldPath) -> int | None:
    """The line where ``[section]`` ``key =`` (or a top-level ``key =``) is written."""
    loc = tuple(str(part) for part in path if not isinstance(part, int))
    if not loc:
        return None
    section, key = (".".join(loc[:-1]), loc[-1]) if len(loc) > 1 else ("", loc[0])
    current = ""
    found_section = None
    for number, line in enumerate(text.splitlines(), 1):
        stripped = line.strip()
        header = re.match(r"^\[([^\]]+)\]", stripped)
        if header:
            current = header.group(1).strip()
            if current == ".".join(loc):
                return number
            if current == section:
                found_section = number
            continue
        if current == section and re.match(rf'^"?{re.escape(key)}"?\s*=', stripped):
            return number
        # An inline table: `section = { key = … }` on one line.
        if len(loc) > 1 and current == ".".join(loc[:-2]) and re.match(rf"^{re.escape(loc[-2])}\s*=.*\b{re.escape(key)}\s*=", stripped):
            return number
    if found_section:
        return found_section
    return line_of(text, loc[:-1]) if len(loc) > 1 else None
