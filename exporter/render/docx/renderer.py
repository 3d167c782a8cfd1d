"""DOCX renderer: the document tree as a real Word document.

Real styles (Title, Heading 1, List Number, List Bullet, Quote, Table Grid and a few of ours),
real numbering (each numbered list restarts), tables whose header row repeats, the marking in
header and footer, ``Page x of y`` from PAGE and NUMPAGES fields, ``[n]`` references that link to
bookmarks on the sources, the proofing language on the document and on every run whose language
differs.  python-docx's default template is trimmed and styled once per process and style, and
the package around the body serialised once per style, paper and language (``docxshell``); each
memo then writes its body, header and footer as markup.  The bytes are deterministic
(``zipwrite``).
"""

from __future__ import annotations

import io
import math
import re
from functools import cache

from docx import Document as open_docx
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.oxml.ns import qn
from docx.shared import Mm, Pt, RGBColor

from exporter._compat import docx as docx_compat
from exporter._version import __version__
from exporter.config.fonts import WORD_NAMES
from exporter.config.style import Style
from exporter.layout.page import BANNER_EDGE_MM, PAPER_MM, text_width_mm
from exporter.localize.hyphenation import WORD_PROCESSOR_SHORTEST, compound, never_broken
from exporter.render import LONG_ROW_LINES, SIGNATURE_INDENT_MM
from exporter.render.docx import ooxml
from exporter.render.docx import shell as docxshell
from exporter.tree import (
    Citation,
    Decision,
    Document,
    Heading,
    Inlines,
    Link,
    ListBlock,
    Paragraph,
    Quotation,
    RoutingBlock,
    Rule,
    Span,
    Table,
    inline_text,
)

# Styles of python-docx's default template that the memo uses; the rest are dropped.
KEEP = {
    "Normal", "DefaultParagraphFont", "TableNormal", "NoList", "Title", "TitleChar", "Heading1",
    "Heading1Char", "Heading2", "Heading2Char", "ListBullet", "ListNumber", "Quote", "QuoteChar",
    "TableGrid", "Header", "HeaderChar", "Footer", "FooterChar",
}
ROUTING_TAB_MM = 34
CLOSING_TAB_MM = 30
CELL_MARGINS = (4, 4, 3, 3.6)  # the PDF's cell padding, less the 0.4 pt a row border adds in Word
DECISION_GAP_MM = 6  # between a decision option's line for initials and the next option


def render(doc: Document, style: Style) -> bytes:
    """The DOCX bytes of one memo."""
    shell = _shell(style, doc.paper, doc.meta.lang)
    writer = _Writer(doc, style, shell)
    return shell.package(dict(body=writer.body(), header=writer.header(), footer=writer.footer(),
                              nums="".join(writer.nums), links="".join(xml for _, xml in writer.links.values())),
                         doc.meta, doc.meta.date)


@cache
def _shell(style: Style, paper: str, lang: str) -> docxshell.Shell:
    """The package of every memo of ``style`` on ``paper`` in ``lang``: the template, its section
    set (paper, margins, a header and a footer), the proofing language in the document defaults."""
    word = open_docx(io.BytesIO(_prepared(style)))
    rpr = word.styles.element.find(qn("w:docDefaults")).find(qn("w:rPrDefault")).find(qn("w:rPr"))
    ooxml.lang(rpr, lang)
    theme_lang = word.settings.element.find(qn("w:themeFontLang"))
    if theme_lang is not None:
        theme_lang.set(qn("w:val"), lang)
    section = word.sections[0]
    width, height = PAPER_MM[paper]
    page = style.page
    section.page_width, section.page_height = Mm(width), Mm(height)
    section.top_margin, section.bottom_margin = Mm(page.margin_top), Mm(page.margin_bottom)
    section.left_margin, section.right_margin = Mm(page.margin_left), Mm(page.margin_right)
    section.header_distance = Mm(page.margin_top / 2.4)
    section.footer_distance = Mm(BANNER_EDGE_MM - 0.6)  # the banner's baseline where the PDF's is
    shell = docxshell.Shell(word, word.element.body, section.header.part.element, section.footer.part.element)
    shell.list_number_abstract = _abstract_of(word.styles.element, word.part.numbering_part.element, "ListNumber")
    shell.text_width_mm = text_width_mm(style, paper)
    return shell


def _abstract_of(styles, numbering, style_id: str) -> int:
    """The abstract numbering of a list style (the template's List Number)."""
    style = next(s for s in styles.findall(qn("w:style")) if s.get(qn("w:styleId")) == style_id)
    num_id = int(style.find(qn("w:pPr")).find(qn("w:numPr")).find(qn("w:numId")).get(qn("w:val")))
    num = next(n for n in numbering.findall(qn("w:num")) if n.numId == num_id)
    return int(num.find(qn("w:abstractNumId")).get(qn("w:val")))


@cache
def _prepared(style: Style) -> bytes:
    """python-docx's template, trimmed to the styles we use and dressed in the house style."""
    word = open_docx()
    styles_element = word.styles.element
    latent = styles_element.find(qn("w:latentStyles"))
    if latent is not None:
        styles_element.remove(latent)
    for element in list(styles_element.findall(qn("w:style"))):
        if element.get(qn("w:styleId")) not in KEEP:
            styles_element.remove(element)
    # Parts of the template the memo does not use; stylesWithEffects alone is 430 KB of XML.
    for rel_id, rel in list(word.part.rels.items()):
        if rel.reltype in (RT.CUSTOM_XML, RT.WEB_SETTINGS) or rel.reltype.endswith("/stylesWithEffects"):
            word.part.rels.pop(rel_id)
    # The template's thumbnail shows a blank page: file browsers would show it for every memo.
    package_rels = word.part.package.rels
    for rel_id, rel in list(package_rels.items()):
        if rel.reltype == RT.THUMBNAIL:
            package_rels.pop(rel_id)
    settings = word.settings.element
    for tag in ("w:proofState", "w:savePreviewPicture", "w:rsids"):
        for element in settings.findall(qn(tag)):
            settings.remove(element)  # proofState "clean" would stop Word from checking spelling
    if style.spacing.hyphenate:
        ooxml.hyphenation(settings)
    _house_style(word, style)
    saved = io.BytesIO()
    word.save(saved)
    return docx_compat.replace_in_package(saved.getvalue(), "docProps/app.xml",
                                          ooxml.app_properties(f"brief {__version__}"))


def _hex(colour: str) -> str:
    """A style colour (#rrggbb) as WordprocessingML writes it: RRGGBB."""
    return colour.lstrip("#").upper()


def _rgb(colour: str) -> RGBColor:
    return RGBColor.from_string(_hex(colour))


def _house_style(word, style: Style) -> None:
    styles = word.styles
    body, heading = style.font.body, style.font.heading
    line = style.spacing.line

    def font(target, family: str, size: float, colour: str, bold: bool | None = None, italic: bool | None = None):
        f = target.font
        _font_family(target.element.get_or_add_rPr().get_or_add_rFonts(), family)
        f.size = Pt(size)
        f.color.rgb = _rgb(colour)  # replaces the template's theme colour too
        if bold is not None:
            f.bold = bold
        if italic is not None:
            f.italic = italic

    def spacing(target, before: float = 0, after: float | None = None, keep_next: bool = False,
                leading: float | None = None):
        """Space around and between lines, in points, as the PDF has it: an exact leading (the
        PDF's is the size times ``line``; Word's "multiple" would multiply the font's own line
        height, a sixth larger)."""
        fmt = target.paragraph_format
        fmt.space_before = Pt(before)
        fmt.space_after = Pt(style.spacing.paragraph_after if after is None else after)
        size = target.font.size.pt if target.font.size is not None else style.size.body
        fmt.line_spacing = Pt(leading if leading is not None else size * line)
        # The template's lists and title ignore the space between paragraphs of their own style.
        for contextual in target.element.get_or_add_pPr().findall(qn("w:contextualSpacing")):
            contextual.getparent().remove(contextual)
        if keep_next:
            fmt.keep_with_next = True

    # Document defaults: the body font for every run, so nothing falls back to Calibri/Cambria.
    defaults = styles.element.find(qn("w:docDefaults"))
    rpr = defaults.find(qn("w:rPrDefault")).find(qn("w:rPr"))
    _font_family(rpr.find(qn("w:rFonts")), body)

    normal = styles["Normal"]
    font(normal, body, style.size.body, style.color.text)
    spacing(normal)
    normal.paragraph_format.widow_control = True

    title = styles["Title"]
    font(title, heading, style.size.kind, style.color.heading, bold=True)
    spacing(title, 0, 8, leading=style.size.kind * 1.2)
    ppr = title.element.get_or_add_pPr()
    for old in ppr.findall(qn("w:pBdr")):
        ppr.remove(old)
    title.font.all_caps = False
    for old in title.element.get_or_add_rPr().findall(qn("w:spacing")):
        old.getparent().remove(old)

    for name, size in (("Heading 1", style.size.heading), ("Heading 2", style.size.body)):
        h = styles[name]
        font(h, heading, size, style.color.heading, bold=True)
        spacing(h, style.spacing.heading_before, style.spacing.heading_after, keep_next=True, leading=size * 1.2)
        h.paragraph_format.keep_together = True

    for name in ("List Bullet", "List Number"):
        item = styles[name]
        spacing(item, 0, style.spacing.paragraph_after * 0.6)

    quote = styles["Quote"]
    font(quote, body, style.size.body, style.color.text, italic=False)  # roman, between quotation marks
    spacing(quote, 2, 2)
    quote.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.LEFT
    quote.paragraph_format.left_indent = Mm(8)
    quote.paragraph_format.right_indent = Mm(8)

    def add(name: str, base: str, kind=WD_STYLE_TYPE.PARAGRAPH):
        created = styles.add_style(name, kind)
        created.base_style = styles[base]
        return created

    plain_item = add("List Plain", "Normal")  # a list printed without marks (Tab 1 – …)
    spacing(plain_item, 0, style.spacing.paragraph_after * 0.6)

    translation = add("Translation", "Quote")
    font(translation, body, style.size.body, style.color.text, italic=False)
    attribution = add("Attribution", "Normal")
    font(attribution, body, style.size.small + 0.5, style.color.muted)
    spacing(attribution, 0, style.spacing.paragraph_after * 1.5)
    attribution.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    attribution.paragraph_format.right_indent = Mm(8)

    def hanging(target, label_mm: float) -> None:
        """Label, tab, value: the value's lines aligned at ``label_mm`` (a routing block)."""
        fmt = target.paragraph_format
        fmt.left_indent = Mm(label_mm)
        fmt.first_line_indent = -Mm(label_mm)
        fmt.tab_stops.add_tab_stop(Mm(label_mm))

    routing = add("Routing", "Normal")
    spacing(routing, 0, 3)
    hanging(routing, ROUTING_TAB_MM)

    rule = add("Rule", "Normal")
    spacing(rule, 4, 7, leading=1)  # as tall as the PDF's rule: 4 pt, a 1 pt line, 8 pt
    font(rule, body, 1, style.color.rule)
    ooxml.paragraph_border(rule.element.get_or_add_pPr(), "bottom", _hex(style.color.rule), 8, space=0)

    closing = add("Closing", "Normal")
    font(closing, body, style.size.small + 0.5, style.color.muted)
    spacing(closing, 0, 3)  # the PDF's padding between the rows of an aligned block
    hanging(closing, CLOSING_TAB_MM)
    closing_line = add("Closing Line", "Normal")
    font(closing_line, body, style.size.small + 0.5, style.color.muted)
    spacing(closing_line, 0, 0)
    signature = add("Signature", "Normal")  # a French note's signer, on the right half (the PDF's indent)
    signature.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.CENTER
    signature.paragraph_format.left_indent = Mm(SIGNATURE_INDENT_MM)
    spacing(signature, 12, 10)
    designation = add("Designation", "Normal")  # a CUI memo's designation indicator, under the head
    font(designation, body, style.size.small + 0.5, style.color.muted)
    spacing(designation, 2, None)

    centred = add("Memo Title", "Title")
    centred.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.CENTER
    spacing(centred, 6, 2, leading=style.size.kind * 1.2)
    addressee = add("Addressee", "Normal")
    addressee.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.CENTER
    spacing(addressee, 0, 10)
    timbre = add("Timbre", "Normal")
    spacing(timbre, 0, 2)
    dateline = add("Dateline", "Normal")
    dateline.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    spacing(dateline, 0, 6)
    recommendation = add("Recommendation", "Normal")
    spacing(recommendation, 0, 3, keep_next=True)  # with its decision block
    decision = add("Decision", "Normal")
    spacing(decision, 2, 0, leading=style.size.body * line * 1.5)

    table_text = add("Table Text", "Normal")
    font(table_text, body, style.size.table, style.color.text)
    spacing(table_text, 0, 0, leading=style.size.table * 1.18)

    marking = add("Marking", "Normal")
    font(marking, heading, style.size.marking, style.color.text, bold=True)
    spacing(marking, 0, 0, leading=style.size.marking * 1.3)
    marking.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.CENTER
    _char_spacing(marking.element, 20)

    footer = styles["Footer"]
    font(footer, body, style.size.small, style.color.muted)
    spacing(footer, 2, 0)
    header = styles["Header"]
    spacing(header, 0, 0)
    footer.paragraph_format.tab_stops.clear_all()  # the template's center/right stops are for Letter

    link = styles.add_style("Hyperlink", WD_STYLE_TYPE.CHARACTER)
    link.font.color.rgb = _rgb(style.color.link)
    link.font.underline = False


# Words Word and LibreOffice must not hyphenate — names, acronyms, proper adjectives: a word with a
# capital; and compounds, which break at their own hyphens only (re-engagement) — go in runs of
# their own: "no proofing" (w:noProof, which Word's hyphenation respects)
# and, in the memo's own language, no language (zxx, which LibreOffice's respects; a quotation in
# another language keeps its tag, for screen readers).  Ordinary words keep their language and
# proofing.  The rule is localize.hyphenation's, which the PDF's hyphenator follows too.
NO_HYPHENATION = "zxx"
# A word shorter than Word and LibreOffice can break needs no guard (LibreOffice breaks "Ni-ger").
_WORD = re.compile(rf"[^\W\d_][\w'’\-]{{{WORD_PROCESSOR_SHORTEST - 1},}}")
# A figure glued to its unit, a date: words joined by no-break spaces, one with a digit
# (≈ 648 militaires, 14 décembre 2023).  Python's \\s is Unicode-aware: it counts U+00A0 and U+202F.
_GLUED = re.compile("\\S+(?:[\u00a0\u202f]\\S+)+")
_DIGIT = re.compile(r"\d")


def _unbreakable(text: str, last: bool = False) -> list[tuple[str, bool]]:
    """``text`` cut into (piece, protected) runs: names, compounds, and figures or dates with
    their words; with ``last``, its last word too (a paragraph's last word is never broken, as
    in the PDF: no line of half a word at a paragraph's end)."""
    marks: list[tuple[int, int]] = []
    if ("\u00a0" in text or "\u202f" in text) and _DIGIT.search(text):
        marks = [m.span() for m in _GLUED.finditer(text) if _DIGIT.search(m.group())]
    words = list(_WORD.finditer(text))
    for n, m in enumerate(words):
        word = m.group()
        if (never_broken(word) or compound(word) or (last and n + 1 == len(words))) \
                and not any(a <= m.start() < b for a, b in marks):
            marks.append(m.span())
    if not marks:
        return [(text, False)]
    marks.sort()
    out, at = [], 0
    for start, end in marks:
        if start > at:
            out.append((text[at:start], False))
        out.append((text[start:end], True))
        at = end
    if at < len(text):
        out.append((text[at:], False))
    return out


def _font_family(rfonts, family: str) -> None:
    """``w:rFonts``: one family for every script, replacing the template's theme fonts — the one
    Word has, metric-compatible with the shipped family (``fonts.WORD_NAMES``)."""
    rfonts.attrib.clear()
    for attr in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        rfonts.set(qn(attr), WORD_NAMES.get(family, family))


def _char_spacing(style_element, twentieths: int) -> None:
    """Letter-spacing for capitals: the style's ``w:rPr/w:spacing``, replaced or put in its place."""
    ooxml.set_in_sequence(style_element.get_or_add_rPr(), "spacing", "rPr", val=str(twentieths))


class _P:
    """A body paragraph until the body is written: whether it keeps with the next is known only
    once the memo's end is (see :meth:`_Writer.body`)."""

    __slots__ = ("style", "content", "keep", "num_id", "tabs", "spacing", "bookmark")

    def __init__(self, style: str | None, content: str = "", keep: bool = False):
        self.style, self.content, self.keep = style, content, keep
        self.num_id: int | None = None
        self.bookmark: tuple[int, str] | None = None
        self.tabs = self.spacing = ""

    def xml(self) -> str:
        return ooxml.paragraph_xml(self.style, self.content, self.keep, num_id=self.num_id, tabs=self.tabs,
                                   spacing=self.spacing, bookmark=self.bookmark)


class _WordTable:
    """A table until the body is written: its paragraphs' keeping, as a paragraph's."""

    __slots__ = ("args", "rows", "paragraphs")

    def __init__(self, args: tuple, rows: list[tuple[bool, bool, list[tuple[int, str | None, _P]]]]):
        self.args, self.rows = args, rows
        self.paragraphs = [p for _, _, cells in rows for _, _, p in cells]

    def xml(self) -> str:
        rows = "".join(ooxml.table_row_xml("".join(ooxml.table_cell_xml(width, p.xml(), fill=fill)
                                                   for width, fill, p in cells), header=header, can_split=can_split)
                       for header, can_split, cells in self.rows)
        style_id, widths, border, margins, caption, description = self.args
        return ooxml.table_xml(style_id, widths, border, rows, margins, caption=caption, description=description)


class _Writer:
    """Writes the blocks of one tree as the markup of a body, a header and a footer.

    The markup is text, byte for byte as lxml would serialise it (``ooxml``'s ``*_xml``
    functions); python-docx built the rest of the package once (``docxshell``).
    """

    ROLE_STYLES = {"kind": "Title", "title": "MemoTitle", "addressee": "Addressee", "timbre": "Timbre",
                   "dateline": "Dateline", "recommendation": "Recommendation", "quote": "Quote",
                   "translation": "Translation", "attribution": "Attribution", "closing": "ClosingLine",
                   "designation": "Designation", "signature": "Signature",
                   "body": None, "lead": None}

    def __init__(self, doc: Document, style: Style, shell: docxshell.Shell):
        self.doc = doc
        self.style = style
        self.shell = shell
        self.items: list[_P | _WordTable] = []
        self.bookmarks = 0
        self.nums: list[str] = []
        self.links: dict[str, tuple[str, str]] = {}  # url: its relationship (id, markup)
        self.text_width_mm = shell.text_width_mm

    def _new_paragraph(self, style_id: str | None, content: str = "") -> _P:
        """A paragraph in a style, holding ``content`` (runs, as :meth:`_inlines` writes them),
        added at the end of the body."""
        p = _P(style_id, content)
        self.items.append(p)
        return p

    # Page and furniture -----------------------------------------------------------------------

    def _marking(self, spacing: str = "") -> str:
        """The marking, centred: a scheme's words on a band of its colour (shading that spans
        the words), free text in the text's colour."""
        furniture = self.doc.furniture
        lang = furniture.marking_lang if furniture.marking_lang != self.doc.meta.lang else None
        if furniture.marking_band:
            run = ooxml.run_xml(furniture.marking, colour=_hex(furniture.marking_text),
                                shade=_hex(furniture.marking_colour), lang=lang)
        else:
            run = ooxml.run_xml(furniture.marking, colour=_hex(furniture.marking_colour), lang=lang)
        return ooxml.paragraph_xml("Marking", run, spacing=spacing)

    def header(self) -> str:
        return self._marking()

    def footer(self) -> str:
        """The footer line (short title and date, then the page label at the right margin) and
        the marking under it."""
        furniture = self.doc.furniture
        before, rest = furniture.page_label.split("{page}", 1)
        between, after = rest.split("{pages}", 1)
        line = ooxml.paragraph_xml("Footer", "".join((
            ooxml.run_xml(f"{furniture.footer}\t"), ooxml.run_xml(before), ooxml.field_xml("PAGE"),
            ooxml.run_xml(between), ooxml.field_xml("NUMPAGES"), ooxml.run_xml(after))),
            tabs=ooxml.tabs_xml(((ooxml.twips(self.text_width_mm), "right"),)))
        # The PDF's gap between the footer line and the banner.
        return line + self._marking(ooxml.spacing_xml(before=4))

    # Blocks -----------------------------------------------------------------------------------

    def body(self) -> str:
        """Every block in order; from ``keep_from`` on, each paragraph keeps with the next, so
        that the memo's end (the last of the body, the sources, the closing) stays together."""
        keep = self.doc.keep_from or len(self.doc.blocks)
        start = None
        items = self.items
        for i, block in enumerate(self.doc.blocks):
            if i == keep:
                start = len(items)
                if start and isinstance(items[start - 1], _P):
                    start -= 1  # the last paragraph or list item before it comes along
            getattr(self, f"_{type(block).__name__.lower()}")(block)
        if start is not None:
            tail = [p for item in items[start:] for p in ([item] if isinstance(item, _P) else item.paragraphs)]
            for p in tail[:-1]:
                p.keep = True
        return "".join(item.xml() for item in items)

    def _paragraph(self, block: Paragraph) -> _P:
        return self._new_paragraph(self.ROLE_STYLES.get(block.role), self._inlines(block.content))

    def _heading(self, block: Heading) -> None:
        p = self._new_paragraph(f"Heading{block.level}", self._inlines(block.content))
        self._bookmark(p, block.anchor)

    def _routingblock(self, block: RoutingBlock) -> None:
        closing = block.role == "closing"
        for label, value in block.rows:
            self._new_paragraph("Closing" if closing else "Routing",
                                ooxml.run_xml(label + "\t", bold=not closing, italic=closing) + self._inlines(value))

    def _quotation(self, block: Quotation) -> None:
        """A quotation's words, translation and attribution: each keeps with the next."""
        parts = [part for part in (block.words, block.translation, block.attribution) if part is not None]
        for n, part in enumerate(parts):
            p = self._paragraph(part)
            if n + 1 < len(parts):
                p.keep = True

    def _decision(self, block: Decision) -> None:
        """A Word check box (a content control a principal can tick) before each option, and
        nothing else: one affordance per option; then a line after each field
        (Initials, Date) — on the PDF's grid of equal columns, set with tab stops."""
        column = self.text_width_mm / len(block.options)
        p = self._new_paragraph("Decision")
        p.keep = True  # the boxes stay with the lines to write on
        stops: list[tuple[int, str, str | None]] = []
        content: list[str] = []
        for n, option in enumerate(block.options):
            last = n + 1 == len(block.options)
            # One affordance per option: the box a principal ticks (no line to initial beside it).
            content.append(ooxml.checkbox_xml(f"{block.name}_{n + 1}",
                                              f"{block.caption}: {option}" if block.caption else option))
            content.append(ooxml.run_xml(f"\u00a0{option}" + ("" if last else "\t")))
            if not last:
                stops.append((ooxml.twips((n + 1) * column), "left", None))
        p.content = "".join(content)
        p.tabs = ooxml.tabs_xml(stops)
        stops, content = [], []
        for n, field in enumerate(block.fields):
            content.append(ooxml.run_xml(field + " \t" + ("\t" if n + 1 < len(block.fields) else "")))
            stops.append((ooxml.twips((n + 1) * column - DECISION_GAP_MM), "left", "underscore"))
            stops.append((ooxml.twips((n + 1) * column), "left", None))
        fields = self._new_paragraph("Decision", "".join(content))
        fields.tabs = ooxml.tabs_xml(stops[:-1])
        # The block's space before is the first line's only.
        fields.spacing = ooxml.spacing_xml(before=0, after=self.style.spacing.paragraph_after + 4)

    def _rule(self, block: Rule) -> None:
        self._new_paragraph("Rule")

    def _listblock(self, block: ListBlock) -> None:
        num_id = None
        if block.ordered:  # each numbered list restarts
            num_id = self.shell.next_num_id(len(self.nums))
            self.nums.append(ooxml.num_xml(num_id, self.shell.list_number_abstract))
        for item in block.items:
            p = self._new_paragraph(("ListNumber" if block.ordered else "ListBullet") if block.marked else "ListPlain",
                                    self._inlines(item.content))
            p.num_id = num_id
            if item.anchor:
                self._bookmark(p, item.anchor)

    def _table(self, block: Table) -> None:
        shares = [w / sum(block.widths) for w in block.widths]
        widths = [ooxml.twips(self.text_width_mm * share) for share in shares]
        border = _hex(self.style.color.table_border)
        # Its title is its section's; its description names its columns, in the memo's words.
        columns = ", ".join(inline_text(c) for c in block.header)
        header_fill = _hex(self.style.color.table_header)
        rows = []
        for r, cells in enumerate((block.header, *block.rows)):
            lines = max(self._lines(c, self.text_width_mm * share) for c, share in zip(cells, shares))
            # The first row keeps with the next: never a header and one row at the foot of a page.
            keep = r == 1 and len(block.rows) > 1
            rows.append((r == 0, r > 0 and lines > LONG_ROW_LINES,
                         [(width, header_fill if r == 0 else None, _P("TableText", self._inlines(content, bold=r == 0), keep))
                          for width, content in zip(widths, cells)]))
        self.items.append(_WordTable(("TableGrid", widths, border, CELL_MARGINS, block.caption,
                                  f"{block.caption} ({columns})" if block.caption else columns), rows))

    def _lines(self, content: Inlines, width_mm: float) -> int:
        """About how many lines a cell's text takes in a column ``width_mm`` wide — a character
        averages half an em — enough to tell a long row (as the PDF measures it) from a short one."""
        size = self.style.size.table
        inner = (width_mm / 25.4 * 72) - CELL_MARGINS[0] - CELL_MARGINS[1]
        per_line = max(1, int(inner / (size * 0.5)))
        return sum(math.ceil(max(len(line), 1) / per_line) for line in inline_text(content).split("\n"))

    # Inlines ----------------------------------------------------------------------------------

    def _inlines(self, content: Inlines, bold: bool = False) -> str:
        """The runs (and hyperlinks) of ``content``, as markup (:func:`ooxml.run_xml`, :func:`ooxml.hyperlink_xml`)."""
        hyphenate = self.style.spacing.hyphenate
        out = []
        # The last span with a word (whose last word is guarded), looked for from the end.
        final = next((i for i, inline in reversed(list(enumerate(content)))
                      if isinstance(inline, Span) and _WORD.search(inline.text)), -1)
        for n, inline in enumerate(content):
            if isinstance(inline, Span):
                lang = inline.lang.replace("_", "-") if inline.lang else None
                for piece, protected in _unbreakable(inline.text, hyphenate and n == final):
                    # A text in another language keeps its tag on every word (a screen reader
                    # reads it in that language); the memo's own words lose theirs where protected.
                    guard = protected and hyphenate
                    out.append(ooxml.run_xml(piece, bold=bold or inline.bold, italic=inline.italic,
                                             lang=lang or (NO_HYPHENATION if guard else None), no_proof=guard,
                                             whole=protected and any(ch.isupper() for ch in piece)))
            elif isinstance(inline, Citation):
                out.append(ooxml.hyperlink_xml(ooxml.run_xml(f"[{inline.label}]", char_style="Hyperlink"),
                                               anchor=inline.target))
            elif isinstance(inline, Link):
                out.append(ooxml.hyperlink_xml(ooxml.run_xml(inline.text, char_style="Hyperlink"),
                                               rel_id=self._link(inline.url)))
        return "".join(out)

    def _link(self, url: str) -> str:
        """The relationship id of an external address: one per address, numbered as python-docx
        numbers them."""
        known = self.links.get(url)
        if known is None:
            rel_id = self.shell.rel_id(len(self.links))
            self.links[url] = known = (rel_id, ooxml.hyperlink_rel_xml(rel_id, url))
        return known[0]

    def _bookmark(self, p: _P, name: str) -> None:
        self.bookmarks += 1
        p.bookmark = (self.bookmarks, name)
