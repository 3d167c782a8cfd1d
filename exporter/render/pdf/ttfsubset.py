"""Slimmer embedded fonts: drop TrueType hinting from the subsets reportlab embeds.

reportlab copies each glyph's hinting instructions and the font-wide hinting programs (``fpgm``,
``prep``, ``cvt ``) into every subset; for Liberation they are over half of the bytes.  PDF viewers
and printers rasterise without them at any useful size, so we remove them from the *embedded
subset* only (the shipped font files stay as published).  This keeps the flagship memo under the
45 KB an e-mail attachment should weigh.
"""

from __future__ import annotations

import struct
from collections.abc import Sequence

from reportlab.pdfbase.ttfonts import TTFontMaker

# `name` is not needed by a font embedded in a PDF (ISO 32000-1, 9.9); the rest is hinting.
_DROP = {b"cvt ", b"fpgm", b"prep", b"hdmx", b"LTSH", b"VDMX", b"gasp", b"name"}
_MORE_COMPONENTS = 0x0020
_ARGS_ARE_WORDS = 0x0001
_HAVE_SCALE = 0x0008
_HAVE_XY_SCALE = 0x0040
_HAVE_2X2 = 0x0080
_HAVE_INSTRUCTIONS = 0x0100


def _tables(font: bytes) -> dict[bytes, bytes]:
    count = struct.unpack(">H", font[4:6])[0]
    out = {}
    for i in range(count):
        tag, _checksum, offset, length = struct.unpack(">4sLLL", font[12 + 16 * i: 28 + 16 * i])
        out[tag] = font[offset: offset + length]
    return out


def _strip_glyph(data: bytes) -> bytes:
    if len(data) < 10:
        return data
    contours = struct.unpack(">h", data[:2])[0]
    if contours >= 0:
        at = 10 + 2 * contours
        length = struct.unpack(">H", data[at: at + 2])[0]
        return data[: at] + b"\0\0" + data[at + 2 + length:]
    # Composite: walk the components, then cut the trailing instructions and clear the flag.
    at, flags, last_flags_at = 10, _MORE_COMPONENTS, 10
    while flags & _MORE_COMPONENTS:
        last_flags_at = at
        flags = struct.unpack(">H", data[at: at + 2])[0]
        at += 4 + (4 if flags & _ARGS_ARE_WORDS else 2)
        at += 2 if flags & _HAVE_SCALE else 4 if flags & _HAVE_XY_SCALE else 8 if flags & _HAVE_2X2 else 0
        if flags & _MORE_COMPONENTS:
            continue
    if flags & _HAVE_INSTRUCTIONS:
        data = data[:last_flags_at] + struct.pack(">H", flags & ~_HAVE_INSTRUCTIONS) + data[last_flags_at + 2: at]
    return data


def dehint(font: bytes) -> bytes:
    """A TrueType font without hinting: instructions cut from every glyph, programs dropped."""
    tables = _tables(font)
    head, loca, glyf = tables[b"head"], tables[b"loca"], tables[b"glyf"]
    long_offsets = struct.unpack(">h", head[50:52])[0] == 1
    offsets: Sequence[int]
    if long_offsets:
        offsets = struct.unpack(f">{len(loca) // 4}L", loca)
    else:
        offsets = [o * 2 for o in struct.unpack(f">{len(loca) // 2}H", loca)]
    pieces, new_offsets, pos = [], [], 0
    for start, end in zip(offsets, offsets[1:]):
        new_offsets.append(pos)
        glyph = _strip_glyph(glyf[start:end]) if end > start else b""
        glyph += b"\0" * (-len(glyph) % 4)
        pieces.append(glyph)
        pos += len(glyph)
    new_offsets.append(pos)
    maker = TTFontMaker()
    for tag, data in tables.items():
        if tag in _DROP or tag in (b"glyf", b"loca", b"head"):
            continue
        maker.add(tag.decode("latin-1"), data)
    if pos // 2 > 0xFFFF:
        maker.add("loca", struct.pack(f">{len(new_offsets)}L", *new_offsets))
        head = head[:50] + struct.pack(">h", 1) + head[52:]
    else:
        maker.add("loca", struct.pack(f">{len(new_offsets)}H", *(o // 2 for o in new_offsets)))
        head = head[:50] + struct.pack(">h", 0) + head[52:]
    maker.add("glyf", b"".join(pieces))
    maker.add("head", head)
    return maker.makeStream()
