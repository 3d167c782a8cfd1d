"""The page: paper sizes, the text block and where the bottom banner sits, for the layout (which
fits table columns to the text width) and both renderers.

One table, so that the PDF, the DOCX and the layout's column fitting never disagree about where a
line ends.  Margins come from the style, in millimetres.
"""

from __future__ import annotations

from exporter.config.style import Style

MM = 72 / 25.4  # points in a millimetre

PAPER_MM: dict[str, tuple[float, float]] = {"A4": (210.0, 297.0), "Letter": (215.9, 279.4)}
# In points: A4 as 210 × 297 mm (what reportlab's A4 is); Letter exactly 8½ × 11 in, not its
# millimetres converted back (612.0000000000001).
PAPER_PT: dict[str, tuple[float, float]] = {"A4": (210 * MM, 297 * MM), "Letter": (612.0, 792.0)}

BANNER_EDGE_MM = 10  # the bottom banner's baseline from the paper's edge: clear of what printers cannot reach


def text_width_mm(style: Style, paper: str) -> float:
    """The width of the text block, in millimetres, of ``style``'s page on ``paper``."""
    return PAPER_MM[paper][0] - style.page.margin_left - style.page.margin_right


def text_width_pt(style: Style, paper: str) -> float:
    """The width of the text block, in points, of ``style``'s page on ``paper``."""
    return PAPER_PT[paper][0] - (style.page.margin_left + style.page.margin_right) * MM
