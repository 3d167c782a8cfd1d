"""Table columns sized for what they hold: no word, and no group that must not break, wider than
its column.

A table's widths are shares of the text width, chosen for typical content.  A cell can hold a
group bound by no-break spaces ("environ 648 militaires", a reference "[1, § 6]") or a long word
that is wider than its column at the style's table size; a renderer then has no choice but to cut
it in the middle of a word, without a hyphen ("militaire|s") — reportlab and Word alike.  So,
before either renders, each column is given at least the width of its widest unbreakable unit,
taken from the columns that have room to spare; where even that cannot be done, a no-break group
of words in that column breaks at its spaces (its number groups, U+202F, stay whole).  Both
renderers read the widths from the tree, so the PDF and the DOCX break lines alike.

Widths are measured with the shipped fonts' own advance widths (:func:`exporter.fonts.text_width`).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from exporter.config.fonts import text_width
from exporter.config.style import Style
from exporter.layout.page import text_width_pt
from exporter.localize.typography import NBSP
from exporter.tree import Citation, Inline, Inlines, Span, Table

# Points each cell gives to its padding (4 pt left and right, in both renderers), and a little
# room for rounding (Word lays out in twentieths of a point).
CELL_PADDING = 8.0
SLACK = 1.0
MM = 72 / 25.4


def _unit_widths(content: Inlines, bold: bool, family: str, size: float) -> list[float]:
    """The widths of the units a line can break between: the text split at ordinary spaces and
    line breaks (no-break spaces glue), each part measured in its own span's face, a reference
    glued to what precedes it."""
    widths = [0.0]
    for inline in content:
        if isinstance(inline, Citation):
            widths[-1] += text_width(f"[{inline.label}]", family, "bold" if bold else "regular", size)
            continue
        face = _face(bold or getattr(inline, "bold", False), getattr(inline, "italic", False))
        for i, piece in enumerate(getattr(inline, "text", "").replace("\n", " ").split(" ")):
            if i:
                widths.append(0.0)
            widths[-1] += text_width(piece, family, face, size)
    return widths


def _face(bold: bool, italic: bool) -> str:
    return {(False, False): "regular", (True, False): "bold", (False, True): "italic",
            (True, True): "bolditalic"}[(bold, italic)]


def _widest(cells: Sequence[Sequence[Inlines]], family: str, size: float, bold_first: bool) -> list[float]:
    """The widest unit of each column."""
    widest = [0.0] * len(cells[0])
    for r, row in enumerate(cells):
        for c, content in enumerate(row):
            widest[c] = max(widest[c], *_unit_widths(content, bold_first and r == 0, family, size))
    return widest


def _relaxed(content: Inlines, room: float, family: str, size: float, bold: bool) -> Inlines:
    """``content`` with each group of words bound by no-break spaces that is wider than ``room``
    set with ordinary spaces — across spans, as a portion mark and a name make one group — while
    a number's own spaces (U+202F) and a reference stay whole."""
    chars: dict[int, list[str]] = {s: list(i.text) for s, i in enumerate(content) if isinstance(i, Span)}
    unit: list[tuple[int, int]] = []
    width = 0.0

    def flush() -> None:
        if width > room:
            for s, c in unit:
                if chars[s][c] == NBSP:
                    chars[s][c] = " "

    for s, inline in enumerate(content):
        face = _face(bold or getattr(inline, "bold", False), getattr(inline, "italic", False))
        if isinstance(inline, Citation):  # part of the group, never broken
            width += text_width(f"[{inline.label}]", family, face, size)
            continue
        for c, ch in enumerate(chars.get(s, ())):
            if ch in " \n":
                flush()
                unit, width = [], 0.0
                continue
            unit.append((s, c))
            width += text_width(ch, family, face, size)
    flush()
    out: list[Inline] = []
    for s, inline in enumerate(content):
        if isinstance(inline, Span) and "".join(chars[s]) != inline.text:
            inline = replace(inline, text="".join(chars[s]))
        out.append(inline)
    return tuple(out)


def fit_table(table: Table, family: str, size: float, text_width_pt: float) -> Table:
    """``table`` with column widths that hold each column's widest unit, when the text width
    allows; otherwise with the over-wide no-break groups of the narrow columns relaxed."""
    total = sum(table.widths)
    available = [text_width_pt * w / total for w in table.widths]
    cells = (table.header, *table.rows)
    need = [w + CELL_PADDING + SLACK for w in _widest(cells, family, size, True)]
    if all(n <= a for n, a in zip(need, available)):
        return table
    if sum(need) > text_width_pt:
        # Not every column can be widened: the groups wider than their column break at their spaces.
        header = tuple(_relaxed(c, a - CELL_PADDING - SLACK, family, size, True) for c, a in zip(table.header, available))
        rows = tuple(tuple(_relaxed(c, a - CELL_PADDING - SLACK, family, size, False) for c, a in zip(row, available))
                     for row in table.rows)
        table = replace(table, header=header, rows=rows)
        need = [w + CELL_PADDING + SLACK for w in _widest((header, *rows), family, size, True)]
        if all(n <= a for n, a in zip(need, available)):
            return table
        if sum(need) > text_width_pt:
            return table  # a word wider than any share: the renderer hyphenates it where it can
    short = sum(n - a for n, a in zip(need, available) if n > a)
    spare = [a - n if a > n else 0.0 for n, a in zip(need, available)]
    widths = [max(n, a - short * s / sum(spare)) if a > n else n for n, a, s in zip(need, available, spare)]
    return replace(table, widths=tuple(round(w / text_width_pt, 4) for w in widths))


def text_width_of(style: Style, paper: str) -> float:
    """The text width in points of ``style``'s page on ``paper`` (:mod:`exporter.layout.page`)."""
    return text_width_pt(style, paper)
