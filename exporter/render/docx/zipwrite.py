"""A deflated zip from entries whose compressed data may be reused.

Most parts of a memo's DOCX are the same for every memo of a style; ``zipfile`` would compress
them again for each one.  Here an entry is compressed once (:func:`entry`, cached by the caller)
and the archive is laid out exactly as ``zipfile.ZipFile.writestr`` lays it out (deflate level 6,
no data descriptor, mode 644, the entry's timestamp in its headers only), so the bytes are those
``zipfile`` would write (a test compares them).
"""

from __future__ import annotations

import struct
import zipfile
import zlib
from typing import NamedTuple

_LEVEL = 6
_EXTERNAL_ATTR = 0o644 << 16
_VERSION = 20  # zipfile's default "version made by" and "needed to extract" (deflate)
_SYSTEM = zipfile.ZipInfo().create_system


class Entry(NamedTuple):
    """One file's name and data, compressed: what does not depend on its place or timestamp."""

    name: bytes
    crc: int
    size: int
    data: bytes


def entry(name: str, blob: bytes) -> Entry:
    compressor = zlib.compressobj(_LEVEL, zlib.DEFLATED, -15)
    return Entry(name.lstrip("/").encode("ascii"), zlib.crc32(blob), len(blob),
                 compressor.compress(blob) + compressor.flush())


def archive(entries: list[Entry], date_time: tuple[int, int, int, int, int, int]) -> bytes:
    """The zip of ``entries`` in order, each stamped ``date_time`` (year 1980 or later)."""
    year, month, day, hour, minute, second = date_time
    dosdate = (year - 1980) << 9 | month << 5 | day
    dostime = hour << 11 | minute << 5 | second // 2
    out, directory, offset = [], [], 0
    for name, crc, size, data in entries:
        out.append(struct.pack(zipfile.structFileHeader, zipfile.stringFileHeader, _VERSION, 0, 0,
                               zipfile.ZIP_DEFLATED, dostime, dosdate, crc, len(data), size, len(name), 0))
        out.append(name)
        out.append(data)
        directory.append(struct.pack(zipfile.structCentralDir, zipfile.stringCentralDir, _VERSION, _SYSTEM,
                                     _VERSION, 0, 0, zipfile.ZIP_DEFLATED, dostime, dosdate, crc, len(data),
                                     size, len(name), 0, 0, 0, 0, _EXTERNAL_ATTR, offset))
        directory.append(name)
        offset += zipfile.sizeFileHeader + len(name) + len(data)
    size = sum(map(len, directory))
    directory.append(struct.pack(zipfile.structEndArchive, zipfile.stringEndArchive, 0, 0, len(entries),
                                 len(entries), size, offset, 0))
    return b"".join(out + directory)
