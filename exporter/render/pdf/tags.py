"""What each node of the document tree is for a screen reader: the PDF's structure tree.

The PDF renderer turns each block of :mod:`exporter.tree` into flowables; :meth:`Tagger.attach`
then builds that block's structure elements and hands each flowable the marks it draws with
(:mod:`~exporter.render.pdf.marks`).  :data:`STRUCTURE` is the one place that says what a kind of
block becomes — a new kind of block gets its function there, or the memo is refused:

- ``Heading`` → ``H1``…``H6``, never skipping a level (a level deeper than the one before
  becomes the next one down);
- ``Paragraph`` → ``P``, or ``BlockQuote`` for a quotation's words (:data:`ROLE_TYPES`);
- ``Quotation`` → its words, translation and attribution as paragraphs, in that order;
- ``ListBlock`` → ``L`` (``/ListNumbering``) of ``LI``, each a ``Lbl`` (the bullet or number)
  and an ``LBody`` (an unmarked list, such as the attachments' tabs: ``LBody`` only);
- ``Table`` → ``Table`` (``/T``: its caption) of a ``THead`` row of ``TH`` (``/Scope
  /Column``) and a ``TBody`` of ``TD``; the header row a page break repeats is an artifact;
- ``RoutingBlock`` (To / From / Date / Subject; Drafted / Cleared) → a ``Table`` whose rows are a
  ``TH`` (``/Scope /Row``) and a ``TD``: a screen reader reads label → value, and announces the
  label again when the reader moves to the value; a row without a label continues the one above
  (``/RowSpan``);
- ``Decision`` → an ``L`` named by its caption (``/T``: Recommendation 2) of one ``LI`` per
  option, its printed box a ``Lbl`` read as "☐", its words the ``LBody``; then a ``P`` per line
  to write on (Initials, Date);
- ``Rule`` → an artifact.

Inside a text: each reference or address is a ``Link`` holding its text and an OBJR to its
annotation; a span in another language than its block is a ``Span`` with ``/Lang``; a block
whose text is all in one other language (a French quotation in an English memo) carries the
``/Lang`` itself.  The marking the banners print on every page is read once, as the first
paragraph of the document, in its own language; the banners themselves are artifacts.
"""

from __future__ import annotations

from collections.abc import Callable

from reportlab.lib.abag import ABag

from exporter._compat import reportlab as rl
from exporter.render.pdf.marks import (
    CALLBACK,
    FOOTER,
    HEADER,
    Elem,
    ParentTree,
    TextMarks,
    WholeMarks,
)
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
)

# Paragraph roles that are not a plain P.
ROLE_TYPES = {"quote": "BlockQuote"}
BALLOT_BOX = "\u2610"  # what a decision's printed box reads as
# A decision block is a form printed to be filled by hand (ISO 32000-1, Table 340: a Form element
# without a widget is a non-interactive field; its PrintField attributes, Table 348; Matterhorn
# checkpoint 24): a box to tick, a line to write on.
PRINTED_CHECK_BOX = {"O": "/PrintField", "Role": "/cb", "checked": "/off"}
PRINTED_TEXT_FIELD = {"O": "/PrintField", "Role": "/tv"}


class Tagger:
    """The structure tree of one memo, built block by block as the renderer makes its flowables,
    and filled with marked content as they are drawn."""

    def __init__(self, doc: Document):
        self.lang = doc.meta.lang
        self.root: Elem | None = Elem("Document")  # None once the memo is written (see cleanup)
        self.parents = ParentTree()
        self.heading_level = 0
        self.marking: Elem | None = None
        furniture = doc.furniture
        if furniture.marking:
            self.marking = Elem("P", self.root, lang=self._other(furniture.marking_lang))

    def attach(self, block, flowables: list) -> list:
        """Build ``block``'s structure and give its flowables their marks; return the flowables."""
        build = STRUCTURE.get(type(block))
        if build is None:
            raise TypeError(f"no structure for {type(block).__name__} blocks: add it to pdftags.STRUCTURE")
        build(self, block, flowables)
        return flowables

    def canvas_class(self, base: type) -> type:
        """``base`` (a :class:`~exporter.render.pdf.marks.TaggingCanvas`) writing this tree."""
        return type(base.__name__, (base,), {"tagger": self})

    def release(self) -> None:
        """Once the file is written: undo the tree's links both ways (a parent and its kids), so
        that its elements are freed as soon as the memo is, not by a garbage collection."""
        stack = [self.root] if self.root is not None else []
        while stack:
            elem = stack.pop()
            stack.extend(kid for kid in elem.kids if isinstance(kid, Elem))
            elem.parent, elem.kids = None, []
        self.root = self.marking = None
        self.parents = ParentTree()

    def banner(self, canvas, top: bool):
        """Where a marking banner is drawn: the first page's top banner is the marking, read
        once; every other banner is a running head or foot (an artifact)."""
        if top and self.marking is not None and canvas.getPageNumber() == 1:
            return canvas.element(self.marking)
        return canvas.artifact(HEADER if top else FOOTER)

    # Text ------------------------------------------------------------------------------------

    def _other(self, lang: str | None) -> str | None:
        """``lang`` if it is not the memo's language (None otherwise)."""
        return lang if lang and lang.lower() != self.lang.lower() else None

    def text(self, flowable, block: Elem, content: Inlines, label: Elem | None = None) -> None:
        """Mark a paragraph ``flowable`` drawing ``content`` as ``block`` (its bullet as
        ``label``): its links and spans in another language become elements of their own, and
        callback fragments are put where the text passes from one element to another."""
        langs = {i.lang for i in content if isinstance(i, Span) and i.text.strip()}
        if len(langs) == 1 and (only := langs.pop()) is not None:
            block.lang = self._other(only)
        own = block.lang or self.lang
        links: dict[str, list[Elem]] = {}
        contents: dict[int, str] = {}
        by_number: dict[int, Elem] = {}
        for item in content:
            if isinstance(item, (Citation, Link)):
                target = f"#{item.target}" if isinstance(item, Citation) else item.url.strip()
                text = f"[{item.label}]" if isinstance(item, Citation) else item.text
                elem = Elem("Link", block, inline=True)
                by_number[len(by_number)] = elem
                links.setdefault(target, []).append(elem)
                contents[id(elem)] = _speakable(text)
        marks = TextMarks(block, label, links, contents)
        frags = flowable.frags
        out, current = [], block
        for frag in frags:
            if frag.link:
                elem = by_number[frag.link[0][0]]
            elif getattr(frag, "cbDefn", None) is not None or frag.text == "":
                out.append(frag)  # an anchor or a line break: no text of its own
                continue
            else:
                lang = getattr(frag, "brief_lang", None) or own
                if lang.lower() == own.lower():
                    elem = block
                else:
                    elem = current if current is not block and current.lang == lang and current.type == "Span" \
                        else Elem("Span", block, lang=lang, inline=True)
            if elem is not current:
                out.append(frag.clone(text="", link=[], cbDefn=ABag(kind="onDraw", name=CALLBACK, label=elem)))
                current = elem
            out.append(frag)
        if len(out) != len(frags):
            flowable.frags = out
        flowable._brief_marks = marks


def _speakable(text: str) -> str:
    """A text for assistive technology only: no-break spaces are plain spaces there (and the
    string fits PDFDocEncoding, half the bytes of UTF-16, whenever its letters do)."""
    return text.replace("\u00a0", " ").replace("\u202f", " ")


# The structure of each kind of block ----------------------------------------------------------

Build = Callable[[Tagger, object, list], None]
STRUCTURE: dict[type, Build] = {}


def structure(kind: type):
    """Register the function that builds the structure of ``kind`` blocks."""
    def register(build: Build) -> Build:
        STRUCTURE[kind] = build
        return build
    return register


@structure(Heading)
def _heading(t: Tagger, block: Heading, flowables: list) -> None:
    level = max(1, min(block.level, t.heading_level + 1, 6))
    t.heading_level = level
    t.text(flowables[-1], Elem(f"H{level}", t.root), block.content)


@structure(Paragraph)
def _paragraph(t: Tagger, block: Paragraph, flowables: list) -> None:
    [flowable] = flowables
    t.text(flowable, Elem(ROLE_TYPES.get(block.role, "P"), t.root), block.content)


@structure(Quotation)
def _quotation(t: Tagger, block: Quotation, flowables: list) -> None:
    """The words (a ``BlockQuote`` in their own language), then our translation and the
    attribution, each a ``P``; the renderer keeps the three together in one flowable."""
    [together] = flowables
    parts = [p for p in (block.words, block.translation, block.attribution) if p is not None]
    for part, flowable in zip(parts, rl.kept_together(together), strict=True):
        _paragraph(t, part, [flowable])


@structure(ListBlock)
def _list(t: Tagger, block: ListBlock, flowables: list) -> None:
    numbering = "/None" if not block.marked else "/Decimal" if block.ordered else "/Disc"
    lst = Elem("L", t.root, attrs={"O": "/List", "ListNumbering": numbering})
    for item, flowable in zip(block.items, flowables, strict=True):
        li = Elem("LI", lst)
        label = Elem("Lbl", li) if block.marked else None  # an unmarked list (Tab 1 – …) has none
        t.text(flowable, Elem("LBody", li), item.content, label)


@structure(Table)
def _table(t: Tagger, block: Table, flowables: list) -> None:
    [table] = flowables
    cells = rl.table_cells(table)
    elem = Elem("Table", t.root, title=block.caption or None)
    row = Elem("TR", Elem("THead", elem))
    for content, flowable in zip(block.header, cells[0], strict=True):
        t.text(flowable, Elem("TH", row, attrs={"O": "/Table", "Scope": "/Column"}, keep=True), content)
    body = Elem("TBody", elem)
    for values, flowables_ in zip(block.rows, cells[1:], strict=True):
        row = Elem("TR", body)
        for content, flowable in zip(values, flowables_, strict=True):
            t.text(flowable, Elem("TD", row, keep=True), content)


@structure(RoutingBlock)
def _routing(t: Tagger, block: RoutingBlock, flowables: list) -> None:
    [table] = flowables
    elem = Elem("Table", t.root)
    header = None
    for (label, value), (label_flowable, value_flowable) in zip(block.rows, rl.table_cells(table), strict=True):
        row = Elem("TR", elem)
        if label or header is None:
            header = Elem("TH", row, attrs={"O": "/Table", "Scope": "/Row"}, keep=True)
            t.text(label_flowable, header, (Span(label),))
        else:  # continues the row above: its label spans this row too
            assert header.attrs is not None, "made with its attributes above"
            header.attrs["RowSpan"] = header.attrs.get("RowSpan", 1) + 1
        t.text(value_flowable, Elem("TD", row, keep=True), value)


@structure(Decision)
def _decision(t: Tagger, block: Decision, flowables: list) -> None:
    [flowable] = flowables
    options = Elem("L", t.root, title=block.caption or None, attrs={"O": "/List", "ListNumbering": "/None"})
    boxes, texts, lines = [], [], []
    for _ in block.options:
        li = Elem("LI", options)
        boxes.append(Elem("Form", Elem("Lbl", li), actual=BALLOT_BOX, attrs=PRINTED_CHECK_BOX))
        texts.append(Elem("LBody", li))  # one affordance per option: the box, no line beside it
    for _ in block.fields:  # Initials, Date: the label, then the line to write on
        texts.append(Elem("P", t.root))
        lines.append(Elem("Form", texts[-1], attrs=PRINTED_TEXT_FIELD, inline=True))
    flowable._brief_marks = WholeMarks(texts, boxes, f"the decision block {block.name}", lines)


@structure(Rule)
def _rule(t: Tagger, block: Rule, flowables: list) -> None:
    """A rule is drawn outside any tagged flowable: an artifact."""
