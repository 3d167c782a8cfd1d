"""Marked content on reportlab's canvas, and the structure tree written into the file.

reportlab draws a page by appending operators to the canvas's list of them and writes no marked content.
A tagged PDF (ISO 32000-1, 14.7-14.8; PDF/UA-1, ISO 14289-1, 7.1) needs every content operator
either inside a marked-content sequence with an MCID — a piece of a structure element — or inside
an ``/Artifact`` sequence.  This module does that while the page is drawn:

- :class:`TaggingCanvas` keeps an artifact sequence open by default: whatever is drawn outside
  a tagged flowable (cell borders and backgrounds, rules, a decision block's writing lines) is
  an artifact by construction, and the page furniture is a typed pagination artifact
  (:meth:`~TaggingCanvas.artifact`);
- a :class:`Tagged` flowable (the renderer's paragraphs and decision blocks) carries *marks*,
  set by :mod:`~exporter.render.pdf.tags` from the document tree: a paragraph's marks open a
  sequence inside its text object (``BT /P <</MCID 3>> BDC … EMC ET``) and switch sequences
  where a link or a span in another language starts or ends, through zero-width callback
  fragments that reportlab calls while it draws the line (``onDraw``); a list item's bullet is
  its own text object, marked ``Lbl``; a paragraph split over two pages goes on where it
  stopped; a flowable drawn a second time (a table's header row, repeated on the next page) is
  a pagination artifact, so the structure holds it once (as Typst does; a second THead would
  make a screen reader read the header twice);
- each line of a paragraph ends, in the text a screen reader gets, with the space its break
  took, and a hyphen the line breaking added is the soft hyphen (:class:`_SpokenText`);
- link annotations get ``/Contents`` and ``/StructParent``, and an OBJR in their ``Link``;
- each MCID is recorded on its page with the element it belongs to: :func:`write` turns that into
  the ParentTree, and the elements into the StructTreeRoot, once the last page is drawn.

The same brief gives the same bytes: MCIDs, keys and objects are numbered in drawing order.
"""

from __future__ import annotations

from contextlib import contextmanager
from typing import Protocol

from reportlab.pdfbase.pdfdoc import (
    PDFDictionary,
    PDFName,
    PDFObject,
    PDFString,
)

from exporter._compat import reportlab as rl

# The default: anything drawn outside a tagged flowable is page decoration.
ARTIFACT = "/Artifact BMC"
# Running heads and feet: the marking banners, the footer line and the page label.
HEADER = "/Artifact <</Type /Pagination /Subtype /Header /Attached [/Top]>> BDC"
FOOTER = "/Artifact <</Type /Pagination /Subtype /Footer /Attached [/Bottom]>> BDC"
# What a page break repeats (a table's header row): read once, where the table starts.
REPEATED = "/Artifact <</Type /Pagination>> BDC"
CALLBACK = "_brief_mark"  # the name reportlab's onDraw fragments call on the canvas
_SHOWS = ("Tj", "TJ", "T*", "'", '"')  # how a text object's code that shows text ends


class Elem:
    """A structure element being built: its type (``P``, ``H1``, ``TD``…), its parent, its kids
    in reading order — elements, marked content as ``(page, mcid)``, annotations as
    ``(page, reference)`` — and the few entries a memo needs (``/Lang``, ``/T``,
    ``/ActualText``, an attribute dictionary ``/A``)."""

    __slots__ = ("type", "parent", "kids", "lang", "title", "actual", "attrs", "placed", "ref", "keep")

    def __init__(self, type: str, parent: Elem | None = None, *, lang: str | None = None,
                 title: str | None = None, actual: str | None = None, attrs: dict | None = None,
                 inline: bool = False, keep: bool = False):
        self.type, self.parent = type, parent
        # Elements, marked content as (page, MCID), annotations as (page, reportlab's reference).
        self.kids: list[Elem | tuple[int, int] | tuple[int, object]] = []
        self.lang, self.title, self.actual, self.attrs = lang, title, actual, attrs
        self.keep = keep  # kept even when nothing was drawn in it (a table's empty cell)
        self.ref: object = None  # the element's object in the PDF, once written
        # A block element takes its place in its parent now, in the tree's order; an inline one
        # (a link, a span in another language) when its first piece is drawn, among the
        # pieces of the text around it.
        self.placed = not inline
        if parent is not None and not inline:
            parent.kids.append(self)

    def place(self) -> None:
        if not self.placed:
            assert self.parent is not None, "an inline element has a parent"
            self.placed = True
            self.parent.kids.append(self)

    def __repr__(self) -> str:
        return f"<{self.type} {len(self.kids)} kids>"


class ParentTree:
    """Which element each MCID of each page belongs to, and which Link each annotation does:
    the ParentTree's entries (ISO 32000-1, 14.7.4.4), keyed in the order they are met."""

    def __init__(self) -> None:
        self.pages: dict[int, list[Elem]] = {}
        self.keys: dict[int, list[Elem] | Elem] = {}  # StructParent(s) key → its entry
        self.page_keys: dict[int, int] = {}

    def mcid(self, page: int, elem: Elem) -> int:
        """A new MCID on ``page`` for a piece of ``elem``."""
        parents = self.pages.setdefault(page, [])
        parents.append(elem)
        elem.place()
        elem.kids.append((page, len(parents) - 1))
        return len(parents) - 1

    def unmcid(self, page: int, elem: Elem) -> None:
        """Take back the last MCID of ``page`` (nothing was drawn in it)."""
        self.pages[page].pop()
        elem.kids.pop()

    def annotation(self, link: Elem) -> int:
        """The StructParent key of a new annotation of ``link``."""
        key = len(self.keys)
        self.keys[key] = link
        return key

    def page(self, page: int) -> int:
        """The StructParents key of ``page`` (0-based), once its drawing is done."""
        key = len(self.keys)
        self.keys[key] = self.pages.setdefault(page, [])
        self.page_keys[page] = key
        return key


class TextMarks:
    """The marks of one paragraph (and of the parts a page break splits it into): the element
    its text belongs to (``P``, ``H1``, ``LBody``, ``TD``…), the ``Lbl`` of its bullet, and its
    inline elements, which the paragraph's callback fragments switch to."""

    def __init__(self, block: Elem, label: Elem | None = None, links: dict[str, list[Elem]] | None = None,
                 contents: dict[int, str] | None = None):
        self.block, self.label = block, label
        self.links = links or {}  # link target → its Link elements, in order
        self.contents = contents or {}  # id(Link element) → the annotation's /Contents
        self.current = block  # where the text goes on: the first part starts in the block
        self.bullet = False

    def draw(self, flowable, canvas: TaggingCanvas, draw) -> None:
        if getattr(flowable, "_brief_drawn", False):
            with canvas.artifact(REPEATED):  # a header row again on the next page
                draw()
            return
        flowable._brief_drawn = True
        self.bullet = bool(getattr(flowable, "bulletText", None))
        self.endings = _line_endings(flowable)
        with canvas.content(self):
            draw()

    def text_started(self, canvas: TaggingCanvas, tx) -> None:
        if self.bullet and self.label is not None:
            self.bullet = False
            canvas.open_in(tx, self.label)
        else:
            tx.__class__ = _SpokenText
            tx._brief_endings = self.endings
            canvas.open_in(tx, self.current)

    def switch(self, canvas: TaggingCanvas, tx, elem: Elem) -> None:
        if elem is not self.current:
            self.current = elem
            canvas.reopen_in(tx, elem)

    def link_for(self, target: str) -> Elem | None:
        """The Link element an annotation to ``target`` belongs to: the last such link begun."""
        found = [e for e in self.links.get(target, ()) if e.placed]
        return found[-1] if found else None


def _line_endings(flowable) -> list[str]:
    """How each line of a drawn paragraph ends in its text: at a space the line break took
    (``space``), inside a word hyphenated there (``hyphen``), inside a word cut elsewhere or at
    the paragraph's end (``""``).  reportlab draws no space at a line's end, so text read from
    the structure would run the last word of a line into the first of the next.  The last line
    of a part that a page break cut off (``_brief_continues``) ends like any other."""
    para = flowable.blPara
    lines = para.lines
    more = getattr(flowable, "_brief_continues", False)
    if len(lines) == 1 and not more:
        return [""]
    out = []
    if para.kind == 0:
        for n, (_space, words) in enumerate(lines):
            last = words[-1] if words else ""
            if n == len(lines) - 1:
                # Split off a one-run paragraph, the part lost its words' kinds: a word cut at the
                # page keeps the hyphen it printed, any other end is a space.
                out.append("" if not more or last.endswith("-") else "space")
            elif isinstance(last, rl.SplitWordHY):
                out.append("hyphen")
            elif isinstance(last, rl.SplitWord) and not isinstance(last, rl.SplitWordEnd):
                out.append("")
            else:
                out.append("space")
        return out
    words = flowable.frags  # after line breaking: the paragraph's words, which lines index
    for n in range(len(lines)):
        if n == len(lines) - 1:
            out.append(_ending(words[-1]) if more and words else "")
            continue
        start = lines[n + 1].sFW
        if start < len(words) and any(getattr(f, "lineBreak", False) for f, _ in words[start][1:]):
            out.append("space")  # a line break of the text's own (a name, then its office)
        else:
            out.append(_ending(words[start - 1]) if 0 < start <= len(words) else "")
    return out


def _ending(word) -> str:
    """How a line whose last word is ``word`` (one of reportlab's frag words) ends."""
    if isinstance(word, (rl.SplitFragHY, rl.SplitFragLL)):
        return "hyphen"  # reportlab added the hyphen, at a hyphenation point or a page break
    if isinstance(word, rl.SplitFragH):
        return ""
    return "space" if isinstance(word, rl.HSFrag) else ""


class _SpokenText(rl.QuickText):
    """A paragraph's text object that writes, at the end of each line, what a reader of its text
    needs there: the space the line break took, or, for a hyphen the line break added, a soft
    hyphen (U+00AD), so that the word reads whole (ISO 32000-1, 14.8.2.5)."""

    _brief_line = 0  # the line being written
    _brief_swap = None  # (place in the code, the text again with a soft hyphen)

    def text_out(self, text, TStar=0):  # noqa: N803
        endings = self._brief_endings
        ending = endings[self._brief_line] if self._brief_line < len(endings) else ""
        if not TStar:
            self._brief_swap = None
            if ending == "hyphen" and text.endswith("-"):
                # reportlab may end a hyphenated line with an empty word of its own: write the
                # soft hyphen's variant now, in the same font state, to put it in place then.
                subset = self.subset
                soft = self.format_text(text[:-1] + "\u00ad")
                after = self.subset
                self.subset = subset
                self._brief_swap = (len(self.code), soft, after)
            return super().text_out(text, TStar)
        self._brief_line += 1
        swap, self._brief_swap = self._brief_swap, None
        if ending == "space":
            return super().text_out(text + " ", TStar)
        if ending == "hyphen":
            # The same glyph in every shipped face (Liberation's uni00AD is its hyphen), mapped
            # to U+00AD: text read back is the whole word, as a soft hyphen says.
            if text.endswith("-"):
                return super().text_out(text[:-1] + "\u00ad", TStar)
            if not text and swap and self.subset == swap[2]:
                self.code[swap[0]] = swap[1]
        return super().text_out(text, TStar)


class WholeMarks:
    """Marks for a flowable that draws with the canvas's own methods (a decision block): each
    text object it draws is the next element of ``texts``, each rectangle the next of ``boxes``,
    each line the next of ``lines`` (a line to write on); with no ``lines``, its lines stay
    artifacts.  A mismatch is an error, so a change in how the block is drawn cannot silently
    leave content untagged."""

    def __init__(self, texts: list[Elem], boxes: list[Elem], name: str, lines: list[Elem] | None = None):
        self.texts, self.boxes, self.name, self.lines = texts, boxes, name, lines

    def draw(self, flowable, canvas: TaggingCanvas, draw) -> None:
        pending = {"text": iter(self.texts), "box": iter(self.boxes), "line": iter(self.lines or ())}
        self.next = lambda kind: next(pending[kind], None)
        with canvas.marking(self):
            draw()
        if any(next(left, None) is not None for left in pending.values()):
            raise RuntimeError(f"pdfmarks: {self.name} drew fewer texts, boxes or lines than its structure has")

    def element(self, kind: str) -> Elem:
        elem = self.next(kind)
        if elem is None:
            raise RuntimeError(f"pdfmarks: {self.name} drew more {kind}s than its structure has")
        return elem


class Tagged:
    """Mixin for a flowable whose drawing is content: with marks (``_brief_marks``, set by
    :mod:`~exporter.render.pdf.tags`) on a :class:`TaggingCanvas`, it draws inside them; the
    parts a page break splits it into keep them."""

    _brief_marks = None

    def drawOn(self, canvas, x, y, _sW=0):
        marks = self._brief_marks
        if marks is None or not isinstance(canvas, TaggingCanvas):
            return super().drawOn(canvas, x, y, _sW)
        marks.draw(self, canvas, lambda: super(Tagged, self).drawOn(canvas, x, y, _sW))

    def split(self, availWidth, availHeight):
        parts = super().split(availWidth, availHeight)
        for part in parts:
            if part is not self:
                part._brief_marks = self._brief_marks
        if len(parts) > 1:
            parts[0]._brief_continues = True  # its last line is not the text's last
        return parts


class Tagging(Protocol):
    """What the canvas reads of its tagger (:class:`~exporter.render.pdf.tags.Tagger`, a module
    that imports this one): where each piece of marked content belongs."""

    parents: ParentTree


class TaggingCanvas(rl.HookedCanvas):
    """A canvas that writes marked content and, when saved, the structure tree of ``tagger``
    (a :class:`~exporter.render.pdf.tags.Tagger`, set on the class the renderer makes)."""

    tagger: Tagging | None = None

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.set_named_callback(CALLBACK, _switch)
        self._marks = None  # the marks of the flowable being drawn
        self._art = None  # the artifact sequence open now, if any
        self._open_artifact(ARTIFACT)

    # Pages ------------------------------------------------------------------------------------

    def page_started(self):
        self._art = None
        self._open_artifact(ARTIFACT)

    def showPage(self):
        """Close the page's artifact sequence; number the page in the ParentTree; ``/Tabs /S``:
        the tab order of its links is the structure's order."""
        self._close_artifact()
        page_index = self.page_number - 1
        super().showPage()
        page = self.document.Pages.pages[-1]
        rl.finish_page(page)
        rl.allow_entries(page, "StructParents", "Tabs")
        page.StructParents = self.tagger.parents.page(page_index)
        page.Tabs = PDFName("S")

    def save(self):
        if self.code == [ARTIFACT]:
            self.code = []  # the page begun after the last one: nothing on it
        write(self.tagger, self.document)
        super().save()

    # Artifacts and content --------------------------------------------------------------------

    def _open_artifact(self, opener: str) -> None:
        self.code.append(opener)
        self._art = opener

    def _close_artifact(self) -> str | None:
        art = self._art
        if art is not None:
            self.code.append("EMC")
            self._art = None
        return art

    @contextmanager
    def artifact(self, opener: str):
        """Draw as the artifact ``opener`` (:data:`HEADER`, :data:`FOOTER`…)."""
        if self._art == opener:
            yield
            return
        before = self._close_artifact()
        marks, self._marks = self._marks, None
        self._open_artifact(opener)
        try:
            yield
        finally:
            self._close_artifact()
            self._marks = marks
            if before is not None:
                self._open_artifact(before)

    @contextmanager
    def content(self, marks: TextMarks):
        """Draw a paragraph: its text objects mark themselves (``text_started``)."""
        before = self._close_artifact()
        outer, self._marks = self._marks, marks
        try:
            yield
        finally:
            self._marks = outer
            if before is not None:
                self._open_artifact(before)

    @contextmanager
    def marking(self, marks: WholeMarks):
        """Draw a flowable whose texts and boxes are marked whole (:class:`WholeMarks`)."""
        outer, self._marks = self._marks, marks
        try:
            yield
        finally:
            self._marks = outer

    @contextmanager
    def element(self, elem: Elem):
        """Draw everything inside as one piece of ``elem`` (the first page's marking)."""
        before = self._close_artifact()
        outer, self._marks = self._marks, None
        self.code.append(self._bdc(elem))
        try:
            yield
        finally:
            self.code.append("EMC")
            self._marks = outer
            if before is not None:
                self._open_artifact(before)

    def _bdc(self, elem: Elem) -> str:
        page = self.page_number - 1
        assert self.tagger is not None, "set on the canvas class before drawing"
        mcid = self.tagger.parents.mcid(page, elem)
        return f"/{elem.type} <</MCID {mcid}>> BDC"

    # Text objects -----------------------------------------------------------------------------

    def beginText(self, x=0, y=0, direction=None):
        tx = super().beginText(x, y, direction)
        marks = self._marks
        if isinstance(marks, TextMarks):
            tx._brief_open = None
            marks.text_started(self, tx)
        return tx

    def drawText(self, aTextObject):
        tx = aTextObject
        marks = self._marks
        if isinstance(marks, TextMarks) and hasattr(tx, "_brief_open"):
            self._end_in(tx)
        elif isinstance(marks, WholeMarks):
            before = self._close_artifact()
            self.code.append(self._bdc(marks.element("text")))
            super().drawText(tx)
            self.code.append("EMC")
            if before is not None:
                self._open_artifact(before)
            return
        super().drawText(tx)
        if isinstance(tx, rl.QuickText):
            tx.release()  # done with once drawn: freed at once rather than by a garbage collection

    def open_in(self, tx, elem: Elem) -> None:
        """Begin a marked-content sequence of ``elem`` inside the text object ``tx``."""
        tx.code.append(self._bdc(elem))
        tx._brief_open = (elem, len(tx.code))

    def reopen_in(self, tx, elem: Elem) -> None:
        """End the sequence open in ``tx`` and begin one of ``elem``; a sequence in which
        nothing was drawn is taken back, not left empty."""
        self._end_in(tx)
        self.open_in(tx, elem)

    def _end_in(self, tx) -> None:
        opened = getattr(tx, "_brief_open", None)
        if opened is None:
            return
        elem, at = opened
        if not any(op.endswith(_SHOWS) for op in tx.code[at:]):  # only a font or colour set: take it back
            del tx.code[at - 1]
            assert self.tagger is not None, "set on the canvas class before drawing"
            self.tagger.parents.unmcid(self.page_number - 1, elem)
        else:
            tx.code.append("EMC")
        tx._brief_open = None

    def rect(self, *args, **kwargs):
        marks = self._marks
        if isinstance(marks, WholeMarks):
            return self._whole(marks.element("box"), super().rect, *args, **kwargs)
        super().rect(*args, **kwargs)

    def line(self, *args, **kwargs):
        marks = self._marks
        if isinstance(marks, WholeMarks) and marks.lines is not None:
            return self._whole(marks.element("line"), super().line, *args, **kwargs)
        super().line(*args, **kwargs)

    def _whole(self, elem: Elem, draw, *args, **kwargs) -> None:
        """``draw(*args, **kwargs)`` as one marked-content sequence of ``elem``."""
        before = self._close_artifact()
        self.code.append(self._bdc(elem))
        draw(*args, **kwargs)
        self.code.append("EMC")
        if before is not None:
            self._open_artifact(before)

    # Links ------------------------------------------------------------------------------------

    def linkURL(self, url, rect, relative=0, thickness=0, color=None, dashArray=None, kind="URI", **kw):
        self._link_target = url
        return super().linkURL(url, rect, relative, thickness, color, dashArray, kind, **kw)

    def linkRect(self, contents, destinationname, Rect=None, addtopage=1, name=None, relative=1,
                 thickness=0, color=None, dashArray=None, **kw):
        self._link_target = "#" + destinationname
        return super().linkRect(contents, destinationname, Rect, addtopage, name, relative,
                                thickness, color, dashArray, **kw)

    def annotation_added(self, annotation):
        marks = self._marks
        target = getattr(self, "_link_target", None)
        self._link_target = None
        if not isinstance(marks, TextMarks) or target is None:
            return
        link = marks.link_for(target)
        if link is None:
            return
        link.place()
        key = self.tagger.parents.annotation(link)
        contents = marks.contents.get(id(link), "")
        if isinstance(annotation, PDFDictionary):
            annotation["StructParent"] = key
            annotation["Contents"] = PDFString(contents)
        else:
            annotation.permitted = annotation.permitted + ("StructParent",)
            annotation.otherkw["StructParent"] = key
            annotation.Contents = contents
        link.kids.append((self.page_number - 1, self.last_annotation()))


def _switch(canvas: TaggingCanvas, kind: str, elem: Elem) -> None:
    """reportlab calls this where a paragraph's callback fragment stands: the text after it
    belongs to ``elem``."""
    marks = canvas._marks
    if isinstance(marks, TextMarks):
        marks.switch(canvas, canvas.current_text(), elem)


# Writing the structure tree -------------------------------------------------------------------

class _Object(PDFObject):
    """An indirect object written compactly (reportlab's dictionaries take a line per entry)."""

    def __init__(self, build):
        self.build = build  # document → bytes, called when the file is written

    def format(self, document):
        return self.build(document)


def _string(text: str, document) -> bytes:
    return PDFString(text).format(document)


def write(tagger, doc) -> None:
    """Add the structure tree of ``tagger`` to the reportlab document ``doc``: the elements, the
    StructTreeRoot with its ParentTree, ``/MarkInfo``, ``/ViewerPreferences``."""
    page_refs = [doc.Reference(page) for page in doc.Pages.pages]
    root, parents = tagger.root, tagger.parents
    _prune(root)
    parent_tree: object  # the root names it; it is registered after the elements (their numbers come first)
    tree_ref = doc.Reference(_Object(lambda d: b"".join((
        b"<< /Type /StructTreeRoot /K ", _ref(root.ref, d), b" /ParentTree ", _ref(parent_tree, d),
        b" /ParentTreeNextKey ", str(len(parents.keys)).encode(), b" >>"))))

    def register(elem: Elem) -> None:
        entries = _entries(elem, doc)
        elem.ref = doc.Reference(_Object(lambda d, e=elem: _elem_bytes(e, d, page_refs, tree_ref, entries)))
        for kid in elem.kids:
            if isinstance(kid, Elem):
                register(kid)

    register(root)
    parent_tree = doc.Reference(_Object(lambda d: _parent_tree(parents, d)))
    catalog = doc.Catalog
    catalog.StructTreeRoot = tree_ref
    catalog.MarkInfo = PDFDictionary({"Marked": b"true"})
    prefs = getattr(catalog, "ViewerPreferences", None)
    prefs = prefs if isinstance(prefs, PDFDictionary) else PDFDictionary()
    prefs["DisplayDocTitle"] = b"true"
    catalog.ViewerPreferences = prefs


def _prune(elem: Elem) -> bool:
    """Drop the elements nothing was drawn in (a paragraph with no text), except table cells,
    which keep a table's rows whole; return whether ``elem`` stays."""
    kept = []
    for kid in elem.kids:
        if not isinstance(kid, Elem) or _prune(kid):
            kept.append(kid)
    elem.kids = kept
    return bool(kept) or elem.keep


def _ref(ref, document) -> bytes:
    """``N 0 R`` for a registered object (what reportlab's reference would format, quicker)."""
    return b"%d %d R" % document.idToObjectNumberAndVersion[ref.name]


def _entries(elem: Elem, document) -> bytes:
    """An element's own entries, which do not refer to other objects: written once."""
    out = []
    if elem.lang:
        out += [b"/Lang", _string(elem.lang, document)]
    if elem.title:
        out += [b"/T", _string(elem.title, document)]
    if elem.actual:
        out += [b"/ActualText", _string(elem.actual, document)]
    if elem.attrs:
        attrs = b"".join(b"/" + k.encode() + (v.encode() if isinstance(v, str) else b" " + str(v).encode())
                         for k, v in elem.attrs.items())
        out += [b"/A<<", attrs, b">>"]
    return b"".join(out) + b">>"


def _elem_bytes(elem: Elem, document, page_refs, tree_ref, entries: bytes) -> bytes:
    """A structure element dictionary, without a space that PDF's syntax does not need: a memo has
    a couple of hundred of them, and reportlab writes no object streams to compress them into."""
    parent = elem.parent.ref if elem.parent is not None else tree_ref
    out = [b"<</S/", elem.type.encode(), b"/P ", _ref(parent, document)]
    page = next((kid[0] for kid in elem.kids if isinstance(kid, tuple) and isinstance(kid[1], int)), None)
    if page is not None:
        out += [b"/Pg ", _ref(page_refs[page], document)]
    kids = []
    for kid in elem.kids:
        if isinstance(kid, Elem):
            kids.append(_ref(kid.ref, document))
            continue
        on, target = kid
        if isinstance(target, int):  # marked content: its MCID
            kids.append(b"%d" % target if on == page else
                        b"<</Type/MCR/Pg " + _ref(page_refs[on], document) + b"/MCID %d>>" % target)
        else:  # an annotation
            kids.append(b"<</Type/OBJR/Obj " + _ref(target, document) + b"/Pg "
                        + _ref(page_refs[on], document) + b">>")
    if kids:
        out += [b"/K", b" " + kids[0] if len(kids) == 1 else b"[" + b" ".join(kids) + b"]"]
    out.append(entries)
    return b"".join(out)


def _parent_tree(parents: ParentTree, document) -> bytes:
    """The number tree from each page's StructParents key to the elements of its MCIDs, and from
    each annotation's StructParent key to its Link (ISO 32000-1, 14.7.4.4)."""
    entries = []
    for key, value in parents.keys.items():  # keys were given in increasing order
        if isinstance(value, list):
            body = b"[" + b" ".join(_ref(e.ref, document) for e in value) + b"]"
        else:
            body = _ref(value.ref, document)
        entries.append(str(key).encode() + b" " + body)
    return b"<< /Nums [" + b" ".join(entries) + b"] >>"
