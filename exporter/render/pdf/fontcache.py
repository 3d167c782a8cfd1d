"""What reportlab reads from a font file, kept between runs so that a fresh process skips it.

Registering a TrueType face, reportlab parses its character map, advance widths and glyph offsets
in Python, one number at a time: ≈ 3 ms a face, 13 ms for a family of four, in every ``brief``
process — the largest single cost of a one-memo run after the imports.  What it extracts depends
only on the font's bytes and on reportlab's and Python's versions, so it is kept, as a marshal
file named by a SHA-256 of all three, in the user's cache folder (``$BRIEF_CACHE_DIR``, else
``$XDG_CACHE_HOME/brief``, else ``~/.cache/brief``), and read back in under a millisecond.

The first run parses as before and writes the file (atomically; a folder that cannot be written
is simply not used).  A missing, unreadable or foreign file is parsed again, so the cache can be
deleted at any time; ``BRIEF_CACHE_DIR=`` (empty) turns it off.  A face read from the cache holds
the same attributes as a parsed one (tests compare them for every shipped face), so the memos'
bytes do not depend on it.
"""

from __future__ import annotations

import hashlib
import marshal
import os
import sys
from pathlib import Path

from reportlab import Version as REPORTLAB_VERSION
from reportlab.pdfbase.ttfonts import TTFNameBytes, TTFontFace

from exporter._compat import reportlab as rl

FORMAT = 1  # of the files written here: bumped if what they hold changes


def cache_folder() -> Path | None:
    """Where the parsed faces are kept, or None when caching is turned off — or when there is no
    home to keep them in (a container's user without one): never a folder relative to where the
    command runs.  A relative ``XDG_CACHE_HOME`` is ignored, as the XDG specification says."""
    chosen = os.environ.get("BRIEF_CACHE_DIR")
    if chosen is not None:
        return Path(chosen) if chosen else None
    xdg = os.environ.get("XDG_CACHE_HOME", "")
    if os.path.isabs(xdg):
        return Path(xdg) / "brief"
    home = os.path.expanduser("~")
    return Path(home) / ".cache" / "brief" if os.path.isabs(home) else None


def cache_key(data: bytes, char_info: int) -> str:
    """The file name of a face's entry: a digest of its bytes and of what reads them."""
    versions = f"{FORMAT}|{REPORTLAB_VERSION}|{sys.version_info[0]}.{sys.version_info[1]}|{marshal.version}|{char_info}|"
    return "face-" + hashlib.sha256(versions.encode() + data).hexdigest()[:40] + ".marshal"


def _scale(units_per_em: int):
    """reportlab's conversion from font units to thousandths of an em (set by ``extractInfo``)."""
    if units_per_em == 1000:
        return lambda x: x
    factor = 1000 / units_per_em
    return lambda x: x * factor


class CachedFace(TTFontFace):
    """A TrueType face whose extracted information comes from the cache when it can."""

    def extractInfo(self, charInfo=1):
        folder = cache_folder()
        path = folder / cache_key(rl.font_file_bytes(self), charInfo) if folder else None
        if path is not None and self._restore(path):
            return
        before = dict(self.__dict__)
        super().extractInfo(charInfo)
        if path is not None:
            extracted = {k: v for k, v in self.__dict__.items()
                         if k not in rl.FACE_DERIVED and (k not in before or before[k] is not v)}
            _store(path, extracted)

    def _restore(self, path: Path) -> bool:
        """Take the extracted attributes from ``path``; False, the face untouched, if it holds
        none we can use: unreadable, not marshal data, or not every attribute a parse gives."""
        try:
            entry = marshal.loads(path.read_bytes())
            values = dict(entry["values"])
            values.update({k: TTFNameBytes(v) for k, v in entry["names"].items()})
            if not all(isinstance(values.get(k), kind) for k, kind in _REQUIRED.items()):
                return False
        except Exception:  # a damaged entry costs a parse, never a run
            return False
        self.__dict__.update(values)
        rl.set_face_scale(self, _scale(values["unitsPerEm"]))
        return True


# What a parse always gives (reportlab's extractInfo with charInfo), checked before an entry is used.
_REQUIRED: dict[str, type | tuple[type, ...]] = {
    "name": bytes, "unitsPerEm": int, "bbox": list, "ascent": (int, float), "descent": (int, float),
    "capHeight": (int, float), "flags": int, "numGlyphs": int, "charToGlyph": dict, "glyphToChar": dict,
    "charWidths": dict, "hmetrics": list, "defaultWidth": (int, float), "glyphPos": list}


def _store(path: Path, extracted: dict) -> None:
    """Write a face's extracted attributes to ``path``, atomically; never fail the run."""
    names = {k: bytes(v) for k, v in extracted.items() if isinstance(v, TTFNameBytes)}
    values = {k: v for k, v in extracted.items() if k not in names}
    try:
        data = marshal.dumps({"values": values, "names": names})
    except ValueError:  # a value marshal cannot hold (a newer reportlab's): parse every time
        return
    temporary = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        temporary.write_bytes(data)
        os.replace(temporary, path)
    except OSError:
        try:
            temporary.unlink(missing_ok=True)
        except OSError:
            pass


def cached_ttfont(name: str, path: str, **options) -> rl.MemoFont:
    """``TTFont(name, path, **options)`` (a :class:`~exporter._compat.reportlab.MemoFont`), its
    face read from the cache when it can be: reportlab's own constructor makes a :class:`CachedFace`
    for this one font (the ``faces`` fast path), nothing swapped in reportlab's module."""
    return rl.ttfont(name, path, face_class=CachedFace, **options)
