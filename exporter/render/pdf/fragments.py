"""Inline content → reportlab's text fragments, with no markup in between.

A reportlab Paragraph takes markup (``<b>``, ``<a href>``, ``&amp;``) and parses it with an HTML
parser into *fragments*: runs of text sharing a font, size, colour and link.  Here a memo's text
becomes those fragments directly.  User text is never parsed, so ``<b>``, ``&`` or ``<img>`` in a
brief print as themselves with no escaping to get right, and a memo is about 2 ms quicker (the
HTML parser alone took 4 ms of a 28 ms memo).  The fragments are the ones the parser made from the markup
this module replaces, white-space rule included (a run of spaces is one space; a paragraph's first
and last plain runs are trimmed): the flagship memos' bytes did not change.

Two characters get a fragment of their own: a newline, which is a line break, and U+202F, the
narrow no-break space, which reportlab would break lines at and draw full width — it becomes a
no-break space at 55 % of the size.
"""

from __future__ import annotations

import re

from reportlab.lib.abag import ABag
from reportlab.lib.colors import Color
from reportlab.lib.fonts import ps2tt, tt2ps
from reportlab.lib.styles import ParagraphStyle

from exporter._compat.quickre import quick_patterns
from exporter.tree import Citation, Inlines, Link, Span

with quick_patterns():  # platypus may be first imported here in the brief command (see _compat.quickre)
    from reportlab.platypus.paraparser import ParaFrag

NARROW_NBSP_SCALE = 0.55
# White space reportlab's paragraphs collapse: all of it but the no-break space (a single space,
# which would be replaced by itself, is left alone: the text is then not rebuilt).
_SPACES = re.compile(r"[^\S\u00a0]{2,}|[^\S \u00a0]")
_SPECIAL = re.compile("([\n\u202f])")


def fragments(content: Inlines, style: ParagraphStyle, link_color: Color, bold: bool = False,
              anchor: str | None = None) -> list[ParaFrag]:
    """The fragments of one paragraph: ``content`` in ``style``, links in ``link_color``, all
    bold if ``bold``, with a named destination ``anchor`` at its start."""
    maker = _Maker(style, link_color)
    if anchor:
        maker.add("", tag="a", cbDefn=ABag(kind="anchor", label="anchor", name=anchor))
    for item in content:
        if isinstance(item, Span):
            marked_bold, italic = item.bold or bold, item.italic
            maker.text(item.text, bold=marked_bold, italic=italic,
                       tag="i" if italic else "b" if marked_bold else None, lang=item.lang)
        elif isinstance(item, Citation):
            maker.link(f"[{item.label}]", f"#{item.target}")
        elif isinstance(item, Link):
            maker.link(item.text, item.url)
    return maker.finish()


def plain_text(frags: list[ParaFrag]) -> str:
    """The text of a paragraph's fragments, as reportlab's ``getPlainText`` would give it."""
    return "".join(f.text for f in frags)


class _Maker:
    """Collects one paragraph's fragments; ``tag`` None marks plain text (the parser's ``para``
    runs, which merge with their neighbours and are trimmed at the paragraph's ends)."""

    def __init__(self, style: ParagraphStyle, link_color: Color):
        self.family, self.bold, self.italic = ps2tt(style.fontName)
        self.size, self.color = style.fontSize, style.textColor
        self.link_color = link_color
        self.links = 0
        self.frags: list[ParaFrag] = []
        self.plain: list[bool] = []
        # Whether the paragraph starts and ends with plain text (not a tag, even an empty one).
        self.starts_plain: bool | None = None
        self.ends_plain = False

    def add(self, text: str, *, bold: bool = False, italic: bool = False, tag: str | None = None,
            lang: str | None = None, **extra) -> None:
        self._edge(tag is None and not extra)
        weight, slant = int(self.bold or bold), int(self.italic or italic)
        if tag is None and self.plain and self.plain[-1] and not extra and self.frags[-1].brief_lang == lang:
            self.frags[-1].text += text
            return
        frag = ParaFrag(rise=0, greek=0, link=[], fontName=tt2ps(self.family, weight, slant), bold=weight,
                        italic=slant, fontSize=self.size, textColor=self.color, us_lines=[])
        frag.__dict__.update(extra)
        frag.brief_lang = lang  # the text's own language: the PDF's structure tags it (render/pdftags)
        frag.__tag__ = tag or "para"
        frag.text = text
        self.frags.append(frag)
        self.plain.append(tag is None and not extra)

    def _edge(self, plain: bool) -> None:
        if self.starts_plain is None:
            self.starts_plain = plain
        self.ends_plain = plain

    def text(self, text: str, **attrs) -> None:
        """A run of text, its newlines and narrow no-break spaces made fragments of their own."""
        if not text:
            if attrs.get("tag"):
                self._edge(False)  # an empty <b></b> still stands between the text and the edge
            return
        for piece in _SPECIAL.split(text) if ("\n" in text or "\u202f" in text) else (text,):
            if piece == "\n":
                self.add("", **{**attrs, "tag": "br", "lineBreak": True})
            elif piece == "\u202f":
                size = float(f"{self.size * NARROW_NBSP_SCALE:.2f}")
                self.add("\u00a0", **{**attrs, "tag": "font", "fontSize": size})
            elif piece:
                self.add(piece, **attrs)

    def link(self, text: str, target: str) -> None:
        self.text(text, tag="a", link=[(self.links, target.strip())], textColor=self.link_color)
        self.links += 1

    def finish(self) -> list[ParaFrag]:
        for frag in self.frags:
            if frag.text:
                frag.text = _SPACES.sub(" ", frag.text)
        if self.starts_plain:
            self.frags[0].text = self.frags[0].text.lstrip(" ")
        if self.ends_plain:
            self.frags[-1].text = self.frags[-1].text.rstrip(" ")
        return [f for f, plain in zip(self.frags, self.plain) if f.text or not plain]
