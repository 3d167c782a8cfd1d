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
# The zip format's records (PKWARE APPNOTE 4.3.7, 4.3.12, 4.3.16): their layouts and signatures, as
# zipfile's undocumented module constants hold them.
_FILE_HEADER, _FILE_HEADER_SIGNATURE = "<4s2B4HL2L2H", b"PK\x03\x04"
_FILE_HEADER_SIZE = struct.calcsize(_FILE_HEADER)
_CENTRAL_DIR, _CENTRAL_DIR_SIGNATURE = "<4s4B4HL2L5H2L", b"PK\x01\x02"
_END_ARCHIVE, _END_ARCHIVE_SIGNATURE = "<4s4H2LH", b"PK\x05\x06"


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
    out: list[bytes] = []
    directory: list[bytes] = []
    offset = 0
    for name, crc, size, data in entries:
        out.append(struct.pack(_FILE_HEADER, _FILE_HEADER_SIGNATURE, _VERSION, 0, 0,
                               zipfile.ZIP_DEFLATED, dostime, dosdate, crc, len(data), size, len(name), 0))
        out.append(name)
        out.append(data)
        directory.append(struct.pack(_CENTRAL_DIR, _CENTRAL_DIR_SIGNATURE, _VERSION, _SYSTEM,
                                     _VERSION, 0, 0, zipfile.ZIP_DEFLATED, dostime, dosdate, crc, len(data),
                                     size, len(name), 0, 0, 0, 0, _EXTERNAL_ATTR, offset))
        directory.append(name)
        offset += _FILE_HEADER_SIZE + len(name) + len(data)
    size = sum(map(len, directory))
    directory.append(struct.pack(_END_ARCHIVE, _END_ARCHIVE_SIGNATURE, 0, 0, len(entries),
                                 len(entries), size, offset, 0))
    return b"".join(out + directory)
