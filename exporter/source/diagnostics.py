"""What goes wrong, and where: one value type for every problem a user can cause.

Every stage reports problems as :class:`Problem` values rather than raising its own exception
types, so that the command line, the batch report and the tests all print and count them the same
way: ``file:line:col: field.path: message``.
"""

from __future__ import annotations

import os
import unicodedata
from collections.abc import Hashable
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any, TypeAlias

# Where a value stands in a file: keys and list indices from the top, ``("actors", 2, "name")``.
# A key is a string in a valid brief, but a problem may be about a key YAML read as something else.
FieldPath: TypeAlias = tuple[Hashable, ...]

_UNPRINTABLE = ("Cc", "Cf", "Cs", "Zl", "Zp")


def printable(text: str) -> str:
    """``text`` safe to print on a terminal or in a log: control characters (escape sequences),
    bidirectional overrides, line separators and the bytes of a file name that is not UTF-8 are
    written as escapes (``\\x1b``, ``\\u202e``, ``\\xff``); everything else as it is."""
    if text.isprintable() or all(unicodedata.category(ch) not in _UNPRINTABLE for ch in text):
        return text
    out = []
    for ch in text:
        if unicodedata.category(ch) not in _UNPRINTABLE:
            out.append(ch)
            continue
        code = ord(ch)
        if 0xDC80 <= code <= 0xDCFF:  # a byte Python could not decode in a file name
            out.append(f"\\x{code - 0xDC00:02x}")
        elif code < 0x100:
            out.append(f"\\x{code:02x}")
        else:
            out.append(f"\\u{code:04x}" if code < 0x10000 else f"\\U{code:08x}")
    return "".join(out)


@dataclass(frozen=True)
class Problem:
    """One problem in one file: an error, or a warning that ``--strict`` turns into an error."""

    file: str
    message: str
    line: int | None = None
    column: int | None = None
    path: str = ""
    warning: bool = False

    def __str__(self) -> str:
        where = self.file
        if self.line is not None:
            where += f":{self.line}"
            if self.column is not None:
                where += f":{self.column}"
        subject = f"{self.path}: " if self.path else ""
        kind = "warning: " if self.warning else ""
        return printable(f"{where}: {kind}{subject}{self.message}")

    def as_error(self) -> Problem:
        """The same problem, counted as an error (for ``--strict``)."""
        return Problem(self.file, self.message, self.line, self.column, self.path, False)

    def to_json(self) -> dict[str, Any]:
        """The problem as the batch report writes it."""
        return {
            "file": printable(self.file),
            "line": self.line,
            "column": self.column,
            "path": self.path or None,
            "message": self.message,
        }


@dataclass
class BriefError(Exception):
    """Raised when a file cannot become a memo; carries every problem found, not only the first."""

    problems: list[Problem] = field(default_factory=list)

    def __str__(self) -> str:
        return "\n".join(str(p) for p in self.problems)


def join_path(parts: FieldPath) -> str:
    """Render a location such as ``("actors", 2, "name")`` as ``actors[2].name``."""
    out = ""
    for part in parts:
        if isinstance(part, int):
            out += f"[{part}]"
        else:
            out += f".{part}" if out else str(part)
    return out


class NotUTF8(ValueError):
    """Bytes that are not UTF-8 text, and where (1-based) the first byte that is not is."""

    def __init__(self, line: int, column: int):
        super().__init__(f"not UTF-8 text (line {line}, column {column})")
        self.line, self.column = line, column


def utf8_text(raw: bytes) -> str:
    """``raw`` as text: UTF-8, a leading byte-order mark dropped (editors on Windows write one);
    :class:`NotUTF8` says where it is not, so that a message can point there."""
    if raw.startswith(b"\xef\xbb\xbf"):
        raw = raw[3:]
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        raise NotUTF8(line, exc.start - (raw.rfind(b"\n", 0, exc.start) + 1) + 1) from None

def display_path(path: str | os.PathLike[str]) -> str:
    """A path as the user should see it: relative to the working folder when inside it."""
    p = Path(path)
    try:
        return printable(str(p.resolve().relative_to(_resolved(os.getcwd()))))
    except (ValueError, OSError):
        return printable(str(p))


@lru_cache(maxsize=8)
def _resolved(folder: str) -> Path:
    """The working folder with its links followed: once per folder, not for every path shown (a
    batch shows one for each file it writes)."""
    return Path(folder).resolve()
