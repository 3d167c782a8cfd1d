"""PDF renderer: the document tree through reportlab platypus.

This module and its helpers (:mod:`~exporter.render.pdf.fragments`, :mod:`~exporter.localize.hyphenation`,
:mod:`~exporter.render.pdf.ttfsubset`) are the only ones that know reportlab.  Text reaches a Paragraph
as ready-made fragments, never as markup, so ``<b>``, ``&`` or ``<img>`` in a brief print as
themselves.  The package's fonts are registered as families (or bold would be lost) and embedded
as subsets; nothing falls back to Helvetica, not the initial font, not table cells, not bullets.
``Page x of y`` is drawn once the page count is known; dates in the metadata come from the tree,
so the bytes are the same on every run.
"""

from __future__ import annotations

import calendar
import io
import re
import time
from functools import cache
from itertools import repeat

from exporter._compat.quickre import quick_patterns

with quick_patterns():  # the first import of platypus, in the brief command: ≈ 30 ms quicker (see quickre)
    from reportlab.platypus import (
        BaseDocTemplate,
        CondPageBreak,
        Flowable,
        Frame,
        HRFlowable,
        KeepTogether,
        LayoutError,
        PageTemplate,
        TableStyle,
    )
    from reportlab.platypus import (
        Paragraph as RLParagraph,
    )
    from reportlab.platypus import (
        Table as RLTable,
    )
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.utils import TimeStamp
from reportlab.pdfbase import pdfmetrics

from exporter._compat import reportlab as rl
from exporter.config.fonts import FACES, face_path
from exporter.config.style import Style
from exporter.layout.page import BANNER_EDGE_MM, PAPER_PT
from exporter.localize.hyphenation import Breaks, Hyphenator, hyphenator, last_word_of, words_of
from exporter.render import LONG_ROW_LINES, SIGNATURE_INDENT_MM
from exporter.render.errors import MemoDoesNotFit, part_of
from exporter.render.pdf.archive import archive
from exporter.render.pdf.fontcache import cached_ttfont
from exporter.render.pdf.fragments import fragments, plain_text
from exporter.render.pdf.marks import FOOTER, Tagged, TaggingCanvas
from exporter.render.pdf.subsettags import distinct_subset_tags
from exporter.render.pdf.tags import Tagger
from exporter.render.pdf.ttfsubset import dehint
from exporter.tree import (
    Decision,
    Document,
    Heading,
    Inlines,
    ListBlock,
    Paragraph,
    Quotation,
    RoutingBlock,
    Rule,
    Span,
    Table,
)

ROUTING_LABEL_MM = 34
CLOSING_LABEL_MM = 30
CELL_PADDING = (4, 4, 3, 4)  # left, right, top, bottom, in points
ROUTING_PADDING = (0, 4, 1, 2)
FRAME_SLACK = 0.5  # points the body may reach into the bottom margin (see render)
DECISION_GAP_MM = 6
MARKING_SPACING = 1.0  # points between the letters of a marking (it is in capitals)


@cache
def register_family(family: str) -> dict[str, str]:
    """Register the four faces of a shipped family once per process; return face → font name."""
    base = family.replace(" ", "")
    names = {face: base if face == "regular" else f"{base}-{face.capitalize()}" for face in FACES}
    for face, name in names.items():
        # asciiReadable=0: a subset holds only the characters the memo shows (reportlab's default
        # also embeds every ASCII glyph, used or not: a fifth of the flagship's bytes).
        font = cached_ttfont(name, str(face_path(family, face)), asciiReadable=0)  # parsed once per machine
        subset = font.face.makeSubset
        font.face.makeSubset = lambda chars, subset=subset: dehint(subset(chars))
        pdfmetrics.registerFont(font)
    pdfmetrics.registerFontFamily(
        base, normal=names["regular"], bold=names["bold"], italic=names["italic"], boldItalic=names["bolditalic"]
    )
    return names


class _Paragraph(Tagged, RLParagraph):
    """A Paragraph that breaks its lines once per width.

    Tables measure a cell and wrap it again to draw it; the heading-room check and the frame wrap a
    heading twice.  reportlab's line breaking with hyphenation mutates the paragraph's fragments,
    so a second wrap at the same width can print a compound such as "États-Unis" as
    "ÉtatsU-nis" — and breaking lines is also most of a memo's cost.  The first result is kept
    for as long as reportlab keeps it (``split`` may drop it, and then the paragraph is re-broken).
    """

    _wrapped = None

    def wrap(self, availWidth, availHeight):
        if self._wrapped is not None and self._wrapped[0] == availWidth and "blPara" in self.__dict__:
            return self._wrapped[1]
        size = super().wrap(availWidth, availHeight)
        self._wrapped = (availWidth, size)
        return size

    # Flowable's answers — the paragraph's own attribute, else its style's (a ParagraphStyle has
    # both) — without ``hasattr(self, "spaceBefore")``, which raises and catches an AttributeError
    # for almost every paragraph, each time a frame places one or a table or KeepTogether sums them.
    def getSpaceBefore(self):
        attributes = self.__dict__
        return attributes["spaceBefore"] if "spaceBefore" in attributes else self.style.spaceBefore

    def getSpaceAfter(self):
        attributes = self.__dict__
        return attributes["spaceAfter"] if "spaceAfter" in attributes else self.style.spaceAfter


class _Styles:
    """The paragraph styles of one memo, derived from the house style."""

    def __init__(self, style: Style, lang_tag: str):
        """``lang_tag``: the memo's language; hyphenation follows each text's own."""
        body = register_family(style.font.body)
        head = register_family(style.font.heading)
        self.body_fonts, self.head_fonts = body, head
        c = style.color
        line = style.spacing.line
        # Replaced, paragraph by paragraph, by the breaks of its words' languages (or none at all).
        hyphen = True if style.spacing.hyphenate else None
        size = style.size

        def para(name: str, **kw) -> ParagraphStyle:
            base = dict(
                fontName=body["regular"], fontSize=size.body, leading=size.body * line,
                textColor=colors.HexColor(c.text), spaceAfter=style.spacing.paragraph_after,
                hyphenationLang=hyphen, embeddedHyphenation=0, uriWasteReduce=0.3,
                allowWidows=0, allowOrphans=0, splitLongWords=1,
            )
            base.update(kw)
            return ParagraphStyle(name, **base)

        self.body = para("body")
        self.lead = para("lead")
        self.kind = para("kind", fontName=head["bold"], fontSize=size.kind, leading=size.kind * 1.2,
                         textColor=colors.HexColor(c.heading), spaceAfter=8, hyphenationLang=None)
        self.title = para("title", fontName=head["bold"], fontSize=size.kind, leading=size.kind * 1.2,
                          textColor=colors.HexColor(c.heading), spaceBefore=6, spaceAfter=2, alignment=TA_CENTER,
                          hyphenationLang=None)
        self.addressee = para("addressee", alignment=TA_CENTER, spaceAfter=10, hyphenationLang=None)
        self.timbre = para("timbre", spaceAfter=2, hyphenationLang=None)
        self.dateline = para("dateline", alignment=TA_RIGHT, spaceAfter=6, hyphenationLang=None)
        self.recommendation = para("recommendation", spaceAfter=3, keepWithNext=1)  # with its decision block
        self.heading = para("heading", fontName=head["bold"], fontSize=size.heading,
                            leading=size.heading * 1.2, textColor=colors.HexColor(c.heading),
                            spaceBefore=style.spacing.heading_before, spaceAfter=style.spacing.heading_after,
                            hyphenationLang=None)
        self.routing_label = para("routing-label", fontName=body["bold"], spaceAfter=0, hyphenationLang=None)
        self.routing_value = para("routing-value", spaceAfter=0)
        # A quotation is set in roman between quotation marks: never italics and marks both.
        self.quote = para("quote", leftIndent=8 * mm, rightIndent=8 * mm, spaceBefore=2, spaceAfter=2)
        self.translation = para("translation", leftIndent=8 * mm, rightIndent=8 * mm, spaceAfter=2)
        self.attribution = para("attribution", fontSize=size.small + 0.5, leading=(size.small + 0.5) * line,
                                textColor=colors.HexColor(c.muted), alignment=TA_RIGHT,
                                rightIndent=8 * mm, spaceAfter=style.spacing.paragraph_after * 1.5)
        self.closing = para("closing", fontSize=size.small + 0.5, leading=(size.small + 0.5) * line,
                            textColor=colors.HexColor(c.muted), spaceAfter=0)
        # A French note's signature: the signer's title and name, centred on the right half.
        self.signature = para("signature", alignment=TA_CENTER, leftIndent=SIGNATURE_INDENT_MM * mm, spaceBefore=12,
                              spaceAfter=10, hyphenationLang=None)
        self.designation = para("designation", fontSize=size.small + 0.5, leading=(size.small + 0.5) * line,
                                textColor=colors.HexColor(c.muted), spaceBefore=2, hyphenationLang=None)
        self.closing_label = para("closing-label", fontName=body["italic"], fontSize=size.small + 0.5,
                                  leading=(size.small + 0.5) * line, textColor=colors.HexColor(c.muted),
                                  spaceAfter=0, hyphenationLang=None)
        # List items are paragraphs with a bullet (reportlab's own <bullet> support): one wrap each,
        # where ListFlowable would wrap every item twice.
        self.bullet_item = para("bullet-item", spaceAfter=style.spacing.paragraph_after * 0.6, leftIndent=6 * mm,
                                bulletIndent=1 * mm, bulletFontName=body["regular"], bulletFontSize=size.body)
        self.number_item = para("number-item", spaceAfter=style.spacing.paragraph_after * 0.6, leftIndent=7 * mm,
                                bulletIndent=0, bulletFontName=body["regular"], bulletFontSize=size.body)
        self.plain_item = para("plain-item", spaceAfter=style.spacing.paragraph_after * 0.6)
        self.cell = para("cell", fontSize=size.table, leading=size.table * 1.18, spaceAfter=0)
        self.roles = {"body": self.body, "lead": self.lead, "kind": self.kind, "title": self.title,
                      "addressee": self.addressee, "timbre": self.timbre, "dateline": self.dateline,
                      "recommendation": self.recommendation, "quote": self.quote,
                      "translation": self.translation, "attribution": self.attribution, "closing": self.closing,
                      "designation": self.designation, "signature": self.signature}
        self.languages: dict[str, Hyphenator | None] = {}
        self.lang = lang_tag

    def breaks(self, content: Inlines) -> Breaks:
        """The hyphenation of one paragraph: each span's words by their own language's patterns,
        the paragraph's last word never broken."""
        foreign: dict[str, Hyphenator | None] = {}
        last = None
        for item in content:
            text = getattr(item, "text", "")
            lang = getattr(item, "lang", None)
            if lang:
                words = words_of(text)
                if words:
                    foreign.update(zip(words, repeat(self._patterns(lang))))
            else:
                words = last_word_of(text)  # all a text in the memo's language tells
            if words:
                last = words[-1] if isinstance(item, Span) else None
        return Breaks(self._patterns(None), foreign, last)

    def _patterns(self, lang: str | None) -> Hyphenator | None:
        key = lang or self.lang
        if key not in self.languages:
            self.languages[key] = hyphenator(key.replace("_", "-"))
        return self.languages[key]


@cache
def _styles(style: Style, lang_tag: str) -> _Styles:
    """The paragraph styles of every memo of ``style`` in ``lang_tag``, made once per process
    (about 20 ParagraphStyles and their colours; nothing draws into them)."""
    return _Styles(style, lang_tag)


class _PdfTable(rl.SplitCellTable):
    """A table whose rows stay whole on their page, except a long one (more than
    ``LONG_ROW_LINES`` lines of its tallest cell), which splits across pages — at a line of its
    paragraphs, never leaving fewer than two lines on either side, with the header row repeated
    above the rest — rather than leave most of a page empty or, taller than a page, stop the memo.
    The DOCX leaves the same rows free to break (no ``w:cantSplit``)."""

    def split(self, availWidth, availHeight):
        heights = self.row_heights(availWidth, availHeight)
        n = self.first_row_not_fitting(availHeight)
        if n < len(heights) and heights[n] > _long_row(rl.table_cells(self)[n]):
            return self.split_rows(availHeight, in_row=True)
        return self.split_rows(availHeight, in_row=False)

    def split_cell(self, value, style, old_height, new_height, width):
        # reportlab fills the first part of a split cell down to the row's border: keep its
        # bottom padding, as on every other row.
        return super().split_cell(value, style, old_height, new_height - style.bottomPadding, width)


def _flowables(cell) -> list:
    """A cell's flowables: a Paragraph, or the tuple reportlab makes of it once the table is wrapped."""
    return list(cell) if isinstance(cell, (list, tuple)) else [cell]


def _leading(cells) -> float:
    return max(getattr(getattr(f, "style", None), "leading", 0) for c in cells for f in _flowables(c))


def _long_row(cells) -> float:
    """The height past which a row of these cells is long, and splits across pages."""
    return LONG_ROW_LINES * _leading(cells) + CELL_PADDING[2] + CELL_PADDING[3]


class _KeepTogether(KeepTogether):
    """Blocks kept on one page (the memo's end, a quotation) — unless they are taller than a page
    (a long table that ends the body, a long quotation): then they flow on from where they stand,
    as any other block, rather than leave their heading alone on a page."""

    def __init__(self, flowables, page_height: float):
        super().__init__(flowables)
        self.page_height = page_height

    def split(self, aW, aH):
        if rl.kept_height(self, aW, aH) > self.page_height:
            return [self.NullActionFlowable(), *rl.kept_together(self)]  # each block placed, and split, on its own
        return super().split(aW, aH)


@rl.transfers_space  # zero height: the space after the block before it still collapses
class _HeadingRoom(CondPageBreak):
    """Before a heading: a page break unless the heading *and the start of what follows* fit.

    The start is the table's header and first two rows, the whole of the memo's end, or the lines
    of a paragraph a word processor would keep with the heading.  This keeps a heading off the foot of a page without wrapping the whole next block
    once more inside a KeepTogether, which is what keepWithNext would cost.
    """

    def __init__(self, heading, line: float):
        super().__init__(0)
        self.heading, self.line, self.following = heading, line, None

    def wrap(self, availWidth, availHeight):
        self.height = self._needed(availWidth)
        return super().wrap(availWidth, availHeight)

    def _needed(self, width: float) -> float:
        need = self.heading.wrap(width, 1e6)[1] + self.heading.getSpaceBefore() + self.heading.getSpaceAfter()
        return need + self._start(self.following, width)

    def _start(self, follow, width: float) -> float:
        """The height of what must follow the heading on its page."""
        if isinstance(follow, RLTable):
            # The header and the first two rows (never a header and one row at the foot of a
            # page); of a long row, which splits across pages, three lines are enough.
            left, right, top, bottom = CELL_PADDING
            need = 0
            for n, row in enumerate(rl.table_cells(follow)[:3]):
                height = top + bottom + max(sum(f.wrap(w - left - right, 1e6)[1] for f in _flowables(c))
                                            for c, w in zip(row, rl.table_column_widths(follow)))
                if n and height > _long_row(row):
                    return need + 3 * _leading(row) + top + bottom
                need += height
            return need
        if isinstance(follow, _KeepTogether):  # the memo's end, a quotation: moved as a whole, if it can
            content = rl.kept_together(follow)
            height = rl.list_height(content, width)
            return height if height <= follow.page_height else self._start(content[0], width)
        if isinstance(follow, RLParagraph):
            # As a word processor keeps a heading with what follows: a paragraph of up to three
            # lines cannot split without leaving one line alone, so all of it; a longer one, two.
            lines = follow.wrap(width, 1e6)[1] / follow.style.leading
            return (lines if lines <= 3.01 else 2) * follow.style.leading
        return 2 * self.line


class _DecisionBlock(Tagged, Flowable):
    """A decision block on a grid of equal columns: on the first line a printed box and its label
    per option — one affordance each, no line beside it; on the second,
    a line to write on after each field (Initials, Date).  The DOCX sets the same grid with tab
    stops, and Word check boxes."""

    BOX = 0.75  # of the font size

    def __init__(self, block: Decision, pstyle: ParagraphStyle, style: Style):
        super().__init__()
        self.block, self.pstyle, self.style = block, pstyle, style
        self.spaceBefore, self.spaceAfter = 2, pstyle.spaceAfter + 4

    def wrap(self, availWidth, availHeight):
        self.width = availWidth
        self.height = 2 * self.pstyle.leading * 1.5
        return self.width, self.height

    def draw(self):
        canvas, size, font = self.canv, self.pstyle.fontSize, self.pstyle.fontName
        leading = self.pstyle.leading * 1.5
        column = self.width / len(self.block.options)
        gap = DECISION_GAP_MM * mm
        colour = colors.HexColor(self.style.color.text)
        canvas.saveState()
        canvas.setStrokeColor(colour)
        canvas.setFillColor(colour)
        canvas.setLineWidth(0.6)
        canvas.setFont(font, size)

        def blank(x: float, y: float, label: str, end: float) -> None:
            """``label`` then a line up to ``end``, to write on."""
            canvas.drawString(x, y, label)
            start = x + pdfmetrics.stringWidth(label + " ", font, size)
            canvas.line(start, y - 1, max(start + 4 * mm, end), y - 1)

        y = self.height - leading + (leading - size) / 2
        for n, label in enumerate(self.block.options):
            x = n * column
            box = size * self.BOX
            # One affordance per option: the box (the DOCX's is a check box), no line beside it.
            canvas.rect(x, y, box, box, stroke=1, fill=0)
            canvas.drawString(x + box + size * 0.4, y, label)
        y -= leading
        for n, label in enumerate(self.block.fields):
            blank(n * column, y, label, (n + 1) * column - gap)
        canvas.restoreState()


class _MemoTemplate(BaseDocTemplate):
    """Adds a bookmark and an outline entry for every heading as it is placed, and remembers the
    block it is placing (a part of a split block is the block's), to name it if it does not fit."""

    placing: tuple = ()  # (block, section) of the flowable being placed: the arguments of part_of

    def handle_flowable(self, flowables):
        part = getattr(flowables[0], "_brief_part", None) if flowables else None
        if part is not None:
            self.placing = part
        super().handle_flowable(flowables)

    def afterFlowable(self, flowable):
        anchor = getattr(flowable, "_brief_anchor", None)
        if anchor:
            # Land on the heading itself, not on the top of its page.
            top = rl.frame_y(self.frame) + flowable.height + flowable.getSpaceAfter()
            self.canv.bookmarkHorizontalAbsolute(anchor, top)
            self.canv.addOutlineEntry(flowable._brief_title, anchor, level=flowable._brief_level - 1, closed=False)


def _canvas_class(doc: Document, style: Style, fonts: dict[str, str]):
    """A canvas that stamps the tree's date and draws ``Page x of y`` once the count is known."""
    furniture = doc.furniture
    stamp = calendar.timegm(doc.meta.date.utctimetuple())
    page_width, _ = PAPER_PT[doc.paper]
    margin_right = style.page.margin_right * mm
    footer_y = _footer_baseline(style)

    class MemoCanvas(TaggingCanvas):
        _pages: list[dict[str, object]]  # each page's canvas state, drawn again once the count is known

        def __init__(self, *args, **kwargs):
            super().__init__(*args, **kwargs)
            ts = TimeStamp(invariant=True)
            ts.t, ts.lt = stamp, time.gmtime(stamp)
            ts.YMDhms = tuple(ts.lt)[:6]
            self.stamp(ts)
            self._pages = []

        def showPage(self):
            self._pages.append(dict(self.__dict__))
            self.start_page()
            # The page is written later, but what refers to the next one (a bookmark, a link's
            # destination) must name it now: the document's page counter moves on as if written.
            self.document.pageCounter += 1

        def save(self):
            total = len(self._pages)
            self.document.pageCounter = 1
            for number, state in enumerate(self._pages, 1):
                self.__dict__.update(state)
                label = furniture.page_label.format(page=number, pages=total)
                with self.artifact(FOOTER):
                    self.setFont(fonts["regular"], style.size.small)
                    self.setFillColor(colors.HexColor(style.color.muted))
                    self.drawRightString(page_width - margin_right, footer_y, label)
                super().showPage()
            archive(self, doc.meta.lang)
            distinct_subset_tags(self.document)  # after every font is used: the page labels' too
            super().save()

    return MemoCanvas


class _Builder:
    """Turns tree blocks into platypus flowables."""

    def __init__(self, doc: Document, style: Style):
        self.doc = doc
        self.style = style
        self.s = _styles(style, doc.meta.lang)
        self.link_colour = colors.HexColor(style.color.link)  # #rrggbb, as every colour of a style
        self.tags = Tagger(doc)  # the structure tree, built block by block (render/pdftags)
        self.section = ""  # the title of the last heading built: where a block that does not fit stands

    def para(self, content: Inlines, pstyle: ParagraphStyle, bold: bool = False, anchor: str | None = None,
             bullet: str | None = None):
        if pstyle.hyphenationLang is True:
            hyphenated = object.__new__(pstyle.__class__)  # copy.copy(pstyle), without its detour
            hyphenated.__dict__.update(pstyle.__dict__)
            hyphenated.hyphenationLang = self.s.breaks(content)
            pstyle = hyphenated
        frags = fragments(content, pstyle, self.link_colour, bold, anchor)
        return _Paragraph(plain_text(frags), pstyle, bulletText=bullet, frags=frags)

    def flowables(self):
        out = []
        blocks = self.doc.blocks
        keep = self.doc.keep_from or len(blocks)
        for i, block in enumerate(blocks):
            # The memo's end travels together, with the last paragraph, list item, quotation or
            # decision block before it (a table stays where it is), as the DOCX keeps them: never
            # a last page that holds only the sources and the closing lines.
            if i == keep:
                tail = [f for b in blocks[i:] for f in self._block(b)]
                carried = (RLParagraph, _KeepTogether, _DecisionBlock)
                last = [out.pop()] if out and isinstance(out[-1], carried) else []
                if last and isinstance(last[0], _KeepTogether):  # one level: a nested one measures as endless
                    last = list(rl.kept_together(last[0]))
                end = _KeepTogether(last + tail, self.text_height)
                end._brief_part = (blocks[i], self.section)
                out.append(end)
                break
            out.extend(self._block(block))
        for i, flowable in enumerate(out[:-2]):
            if isinstance(flowable, _HeadingRoom):
                flowable.following = out[i + 2]  # after the heading itself
        return out

    def _block(self, block):
        """The flowables of one block, tagged for the PDF's structure tree (render/pdftags), each
        knowing which block it is (a list's items, which item), to be named if it does not fit."""
        flowables = self.tags.attach(block, getattr(self, f"_{type(block).__name__.lower()}")(block))
        if isinstance(block, Heading):
            self.section = flowables[-1]._brief_title
        part = (block, self.section)
        for flowable in flowables:
            if "_brief_part" not in flowable.__dict__:
                flowable._brief_part = part
        return flowables

    def _paragraph(self, block: Paragraph):
        return [self.para(block.content, self.s.roles.get(block.role, self.s.body))]

    def _heading(self, block: Heading):
        p = self.para(block.content, self.s.heading)
        p._brief_anchor = block.anchor
        p._brief_title = "".join(i.text for i in block.content if isinstance(i, Span))
        p._brief_level = block.level
        return [_HeadingRoom(p, self.s.body.leading), p]

    def _routingblock(self, block: RoutingBlock):
        closing = block.role == "closing"
        label_style, value_style = ((self.s.closing_label, self.s.closing) if closing
                                    else (self.s.routing_label, self.s.routing_value))
        rows = [[self.para((Span(label),), label_style), self.para(value, value_style)]
                for label, value in block.rows]
        width = self.text_width
        label_width = (CLOSING_LABEL_MM if closing else ROUTING_LABEL_MM) * mm
        table = _PdfTable(rows, colWidths=[label_width, width - label_width], hAlign="LEFT", splitInRow=1)
        table.setStyle(TableStyle(self._cells(ROUTING_PADDING)))
        return [table]

    def _quotation(self, block: Quotation):
        """A quotation's words, translation and attribution never part across a page."""
        parts = [block.words, block.translation, block.attribution]
        return [_KeepTogether([f for part in parts if part is not None for f in self._paragraph(part)],
                              self.text_height)]

    def _decision(self, block: Decision):
        return [_DecisionBlock(block, self.s.body, self.style)]

    def _rule(self, block: Rule):
        return [HRFlowable(width="100%", thickness=1, color=colors.HexColor(self.style.color.rule),
                           spaceBefore=4, spaceAfter=8)]

    def _listblock(self, block: ListBlock):
        out = []
        for number, item in enumerate(block.items, 1):
            if not block.marked:
                out.append(self.para(item.content, self.s.plain_item, anchor=item.anchor))
                continue
            pstyle = self.s.number_item if block.ordered else self.s.bullet_item
            out.append(self.para(item.content, pstyle, anchor=item.anchor,
                                 bullet=f"{number}." if block.ordered else "•"))
        for item, flowable in zip(block.items, out):
            flowable._brief_part = (item, self.section)
        return out

    def _table(self, block: Table):
        cell = self.s.cell
        rows = [[self.para(c, cell, bold=True) for c in block.header]]
        rows += [[self.para(c, cell) for c in row] for row in block.rows]
        total = sum(block.widths)
        widths = [self.text_width * w / total for w in block.widths]
        table = _PdfTable(rows, colWidths=widths, repeatRows=1, hAlign="CENTER", splitInRow=1)
        border = colors.HexColor(self.style.color.table_border)
        table.setStyle(TableStyle([
            ("GRID", (0, 0), (-1, -1), 0.5, border),
            # A row split across pages is closed at the foot of the page and opened on the next.
            ("LINEBELOW", (0, "inrowsplitstart"), (-1, "inrowsplitstart"), 0.5, border),
            ("LINEABOVE", (0, "inrowsplitend"), (-1, "inrowsplitend"), 0.5, border),
            ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor(self.style.color.table_header)),
            *self._cells(CELL_PADDING),
        ]))
        return [table]

    def _cells(self, padding: tuple[float, float, float, float]) -> list[tuple]:
        """Table commands every table shares: top-aligned cells, padding (left, right, top,
        bottom), and our font for anything that is not a Paragraph (never Helvetica)."""
        left, right, top, bottom = padding
        every = ((0, 0), (-1, -1))
        return [("VALIGN", *every, "TOP"), ("LEFTPADDING", *every, left), ("RIGHTPADDING", *every, right),
                ("TOPPADDING", *every, top), ("BOTTOMPADDING", *every, bottom),
                ("FONTNAME", *every, self.s.body_fonts["regular"])]

    @property
    def text_height(self) -> float:
        _, page_height = PAPER_PT[self.doc.paper]
        return page_height - (self.style.page.margin_top + self.style.page.margin_bottom) * mm

    @property
    def text_width(self) -> float:
        page_width, _ = PAPER_PT[self.doc.paper]
        return page_width - (self.style.page.margin_left + self.style.page.margin_right) * mm


def page_count(data: bytes) -> int:
    """The number of pages of a PDF this module wrote, read as a reader finds it: the trailer
    names the catalog, the catalog the page tree, the tree its /Count — each object found through
    the cross-reference table, never by searching the file, where a memo's own words (its title, a
    bookmark) could read "/Count 9 /Kids".  A test compares it with pypdf's count."""
    try:
        start = int(data[data.rindex(b"startxref"):].split()[1])
        lines = data[start:].split(b"\n")
        first, size = (int(n) for n in lines[1].split())
        offsets = {first + i: int(line[:10]) for i, line in enumerate(lines[2:2 + size])}
        trailer = b"\n".join(lines[2 + size:])

        def number(pattern: bytes, text: bytes) -> int:
            found = re.search(pattern, text)
            if found is None:
                raise ValueError(pattern)
            return int(found.group(1))

        def obj(pattern: bytes, text: bytes) -> bytes:
            at = offsets[number(pattern + rb" (\d+) 0 R", text)]
            return data[at:data.index(b"endobj", at)]

        tree = obj(rb"/Pages", obj(rb"/Root", trailer))
        return number(rb"/Count (\d+)", tree)
    except (ValueError, IndexError, KeyError, AttributeError) as exc:
        raise ValueError("not a PDF written by exporter.render.pdf.renderer (no page tree through its trailer)") from exc


def render(doc: Document, style: Style) -> bytes:
    """The PDF bytes of one memo."""
    builder = _Builder(doc, style)
    page_width, page_height = PAPER_PT[doc.paper]
    page = style.page
    buffer = io.BytesIO()
    meta = doc.meta
    fonts = builder.s.body_fonts
    template = _MemoTemplate(
        buffer, pagesize=(page_width, page_height),
        leftMargin=page.margin_left * mm, rightMargin=page.margin_right * mm,
        topMargin=page.margin_top * mm, bottomMargin=page.margin_bottom * mm,
        title=meta.title, author=meta.author, subject=meta.subject, keywords=", ".join(meta.keywords),
        creator=meta.creator, producer=meta.creator, lang=meta.lang, invariant=1, pageCompression=1,
        initialFontName=fonts["regular"], initialFontSize=style.size.body,
    )
    # Word and LibreOffice lay a page out in twentieths of a point and round: a paragraph that fits
    # to within a rounding error fits there.  The frame reaches half a point into the bottom margin
    # so that it fits here too, and both formats break pages at the same place.
    frame = Frame(template.leftMargin, template.bottomMargin - FRAME_SLACK, template.width,
                  template.height + FRAME_SLACK, id="body",
                  leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    furniture = doc.furniture
    head_font = builder.s.head_fonts["bold"]
    muted = colors.HexColor(style.color.muted)
    footer = _fit(_one_line(furniture.footer), fonts["regular"], style.size.small, builder.text_width * 0.8)
    banner = _Banner(furniture, head_font, style.size.marking)

    def furnish(canvas, _template):
        canvas.saveState()
        with builder.tags.banner(canvas, top=True):  # page 1: the marking, read once
            banner.draw(canvas, page_width / 2, page_height - page.margin_top * mm * 0.5)
        with canvas.artifact(FOOTER):
            banner.draw(canvas, page_width / 2, BANNER_EDGE_MM * mm)
            canvas.setFillColor(muted)
            canvas.setFont(fonts["regular"], style.size.small)
            canvas.drawString(page.margin_left * mm, _footer_baseline(style), footer)
        canvas.restoreState()

    template.addPageTemplates([PageTemplate(id="memo", frames=[frame], onPage=furnish)])
    try:
        with rl.quick_calls():  # reportlab's hottest calls the quick way, on this thread only
            template.build(builder.flowables(), canvasmaker=builder.tags.canvas_class(_canvas_class(doc, style, fonts)))
    except LayoutError as exc:  # a block taller (or wider) than a page, even split: said in the user's terms
        error = MemoDoesNotFit(part_of(*template.placing) if template.placing else "a block", getattr(template, "page", None))
        _dismantle(template, builder)
        raise error from exc  # reportlab's words, for --debug
    data = buffer.getvalue()
    _dismantle(template, builder)
    return data


def _dismantle(template, builder) -> None:
    """Undo the references a memo's objects hold to one another once its bytes are out.

    reportlab's document, canvas and doc template refer to each other, and so do the structure
    tree's elements: some 3,000 objects a memo that only the garbage collector could free, which
    it did in a pass over ≈ 50,000 of them every 16 memos or so (tens of ms each time).  Cut,
    they are freed at once as the memo's last reference goes, each where it stands.
    """
    canvas = getattr(template, "canv", None)
    if canvas is not None:
        type(canvas).tagger = None  # the class made for this memo (Tagger.canvas_class)
        canvas.document.__dict__.clear()
        canvas.__dict__.clear()
    builder.tags.release()
    template.__dict__.clear()
    builder.__dict__.clear()


class _Banner:
    """The marking, centred: a scheme's words on a band of its colour, free text in the text's
    colour; letter-spaced, as capitals want."""

    def __init__(self, furniture, font: str, size: float):
        self.words, self.font, self.size = _one_line(furniture.marking), font, size
        self.band = colors.HexColor(furniture.marking_colour) if furniture.marking_band else None
        self.ink = colors.HexColor(furniture.marking_text if furniture.marking_band else furniture.marking_colour)
        self.width = pdfmetrics.stringWidth(self.words, font, size) + MARKING_SPACING * (len(self.words) - 1)

    def draw(self, canvas, x: float, baseline: float) -> None:
        if not self.words:
            return
        if self.band is not None:
            pad = self.size * 0.6
            canvas.setFillColor(self.band)
            canvas.rect(x - self.width / 2 - pad, baseline - self.size * 0.35, self.width + 2 * pad,
                        self.size * 1.3, stroke=0, fill=1)
        canvas.setFillColor(self.ink)
        canvas.setFont(self.font, self.size)
        canvas.drawCentredString(x, baseline, self.words, charSpace=MARKING_SPACING)


def _footer_baseline(style: Style) -> float:
    """Where the footer line sits, above the bottom banner: the title and date (drawn per page)
    and the page label (drawn once the count is known) must share it."""
    return BANNER_EDGE_MM * mm + style.size.marking * 1.6


def _one_line(text: str) -> str:
    """A line the canvas draws as one string: a line break in it would print as a missing glyph."""
    return re.sub(r"\s*[\r\n\t\v\f\u2028\u2029]+\s*", " ", text)


def _fit(text: str, font: str, size: float, width: float) -> str:
    """``text``, shortened with an ellipsis to fit ``width`` points."""
    if pdfmetrics.stringWidth(text, font, size) <= width:
        return text
    while text and pdfmetrics.stringWidth(text + "…", font, size) > width:
        text = text[:-1]
    return text.rstrip() + "…"
