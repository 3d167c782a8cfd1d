"""The font families brief ships, their files, and which characters they can draw.

Only TrueType-outline fonts (reportlab cannot embed CFF).  Coverage is precomputed into
``fonts/coverage.json`` (the characters all four faces of a family have), so that the localize
stage can replace what the fonts cannot draw without loading a font parser;
``python -m exporter.config.fonts`` recomputes it with fontTools, and a test keeps the two in step.
"""

from __future__ import annotations

import json
import struct
import unicodedata
from functools import cache
from pathlib import Path

from exporter.resources import fonts_dir

FACES = ("regular", "bold", "italic", "bolditalic")
FAMILIES: dict[str, dict[str, str]] = {
    "Liberation Serif": {
        "regular": "LiberationSerif-Regular.ttf",
        "bold": "LiberationSerif-Bold.ttf",
        "italic": "LiberationSerif-Italic.ttf",
        "bolditalic": "LiberationSerif-BoldItalic.ttf",
    },
    "Liberation Sans": {
        "regular": "LiberationSans-Regular.ttf",
        "bold": "LiberationSans-Bold.ttf",
        "italic": "LiberationSans-Italic.ttf",
        "bolditalic": "LiberationSans-BoldItalic.ttf",
    },
}


# The family Word has on every Windows and Mac that each shipped one is metric-compatible with: the
# DOCX names it, so that a memo keeps its line breaks in Word (a State memo is in Times New Roman);
# LibreOffice and fontconfig map it back to Liberation.
WORD_NAMES = {"Liberation Serif": "Times New Roman", "Liberation Sans": "Arial"}


def face_path(family: str, face: str) -> Path:
    """The file of one face of a shipped family."""
    return fonts_dir() / FAMILIES[family][face]


@cache
def coverage(family: str) -> frozenset[int]:
    """The code points every face of ``family`` can draw."""
    ranges = json.loads((fonts_dir() / "coverage.json").read_text("utf-8"))[family]
    return frozenset(cp for start, end in ranges for cp in range(start, end + 1))


@cache
def drawable(*families: str) -> frozenset[str]:
    """The characters every face of all ``families`` can draw (what localize checks text against)."""
    common = frozenset.intersection(*(coverage(f) for f in families))
    return frozenset(map(chr, common))


@cache
def advances(family: str, face: str) -> tuple[dict[int, int], int]:
    """The advance width of each character of one face, in font units, and its units per em —
    read from the font's ``cmap`` (format 4) and ``hmtx`` tables, a few hundred microseconds, so
    that the layout can measure a word without a font library (reportlab measures the same)."""
    data = face_path(family, face).read_bytes()
    count = struct.unpack_from(">H", data, 4)[0]
    tables = {data[12 + 16 * i:16 + 16 * i].decode("latin-1"): struct.unpack_from(">II", data, 20 + 16 * i)
              for i in range(count)}
    head, hhea, hmtx, cmap = (tables[t][0] for t in ("head", "hhea", "hmtx", "cmap"))
    per_em = struct.unpack_from(">H", data, head + 18)[0]
    metrics = struct.unpack_from(">H", data, hhea + 34)[0]
    widths = struct.unpack_from(f">{2 * metrics}H", data, hmtx)[::2]
    glyphs: dict[int, int] = {}
    for i in range(struct.unpack_from(">H", data, cmap + 2)[0]):
        platform, encoding, offset = struct.unpack_from(">HHI", data, cmap + 4 + 8 * i)
        table = cmap + offset
        if (platform, encoding) in ((3, 1), (0, 3)) and struct.unpack_from(">H", data, table)[0] == 4:
            segments = struct.unpack_from(">H", data, table + 6)[0] // 2
            ends = struct.unpack_from(f">{segments}H", data, table + 14)
            starts = struct.unpack_from(f">{segments}H", data, table + 16 + 2 * segments)
            deltas = struct.unpack_from(f">{segments}h", data, table + 16 + 4 * segments)
            ranges_at = table + 16 + 6 * segments
            ranges = struct.unpack_from(f">{segments}H", data, ranges_at)
            for s, (start, end, delta, rng) in enumerate(zip(starts, ends, deltas, ranges)):
                for cp in range(start, min(end, 0xFFFE) + 1):
                    if rng:
                        at = ranges_at + 2 * s + rng + 2 * (cp - start)
                        glyph = struct.unpack_from(">H", data, at)[0]
                        glyph = (glyph + delta) & 0xFFFF if glyph else 0
                    else:
                        glyph = (cp + delta) & 0xFFFF
                    if glyph:
                        glyphs[cp] = glyph
            break
    return {cp: widths[min(g, metrics - 1)] for cp, g in glyphs.items()}, per_em


def text_width(text: str, family: str, face: str, size: float) -> float:
    """The width of ``text`` in points, set in one face of a shipped family at ``size``."""
    table, per_em = advances(family, face)
    missing = table.get(0x20, per_em // 2)
    return sum(table.get(ord(c), missing) for c in text) * size / per_em


def compute_coverage() -> dict[str, list[list[int]]]:
    """Read the fonts' cmaps with fontTools (a development dependency) into code-point ranges."""
    from fontTools.ttLib import TTFont

    out = {}
    for family in FAMILIES:
        common: set[int] | None = None
        for face in FACES:
            font = TTFont(face_path(family, face), lazy=True)
            cmap = set(font.getBestCmap())
            # A glyph that exists but is empty draws nothing: not coverage (spaces aside).
            glyf = font["glyf"]
            names = font.getBestCmap()
            drawn = {cp for cp in cmap if cp in (0x20, 0xA0, 0x202F) or unicodedata_is_space(cp)
                     or glyf[names[cp]].numberOfContours != 0}
            common = drawn if common is None else common & drawn
        # reportlab lays text out left to right only: right-to-left letters would print reversed,
        # so they count as not drawable and are replaced visibly instead.
        common = {cp for cp in common or () if unicodedata.bidirectional(chr(cp)) not in ("R", "AL")}
        out[family] = _ranges(sorted(common or ()))
    return out


def unicodedata_is_space(cp: int) -> bool:
    """True for space separators, which legitimately have no outline."""
    return unicodedata.category(chr(cp)) == "Zs"


def _ranges(points: list[int]) -> list[list[int]]:
    out: list[list[int]] = []
    for cp in points:
        if out and out[-1][1] == cp - 1:
            out[-1][1] = cp
        else:
            out.append([cp, cp])
    return out


if __name__ == "__main__":
    path = fonts_dir() / "coverage.json"
    path.write_text(json.dumps(compute_coverage(), separators=(",", ":")) + "\n", "utf-8")
    print(f"wrote {path.name}")
