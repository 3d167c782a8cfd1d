"""Every private name of reportlab that brief reaches, and the fast paths, scoped to our documents.

Checked when this module loads: reportlab's version against the range the suite runs on
(:data:`FLOOR` to :data:`BELOW`).  Inside it, and unless ``BRIEF_COMPAT=public``, the fast paths
below are on; outside it they are off and reportlab's public path is taken (the same bytes,
slower).  None of them changes reportlab for anyone else: each is a method of a class of ours —
the memo's fonts (:class:`MemoFont`), its text objects (:class:`QuickText`) — or a function we
call, or (``frags``, ``pdf``) answers the quick way only on a thread while it renders a memo.  A
plain reportlab canvas in the same process draws exactly as reportlab ships it.

Fast paths (each can be turned off alone through :data:`FAST`, as ``benchmarks/fastpaths.py`` does;
each saves a millisecond or more a memo there — three that saved less were dropped: a TrueType
font's heights without reportlab's AttributeError, a run's subset codes read in C, a run's
operators without the text state's save and restore):

- ``widths``: :meth:`MemoFont.stringWidth` keeps the width of each (text, size) it measured; a memo
  asks for the same words (and the space after each) again and again as lines are broken.  Up to
  :data:`WIDTHS_KEPT` widths per font, then forgotten all at once and kept anew.
- ``frags`` and ``pdf``: a few of reportlab's module functions, on the thread rendering a memo
  only, for the length of its build (:func:`quick_calls`; see there).
- ``faces``: :func:`ttfont` builds a font whose face is read through a subclass of ours
  (:class:`~exporter.render.pdf.fontcache.CachedFace`): reportlab's own ``TTFont.__init__`` runs, with
  our face class in place of ``TTFontFace`` for that one call, nothing swapped in the module.

Required behaviour, not fast paths (no public alternative; checked by name when this module loads,
so a reportlab that lacks one fails with one clear message, never an AttributeError mid-memo):
the page's operator list, a text object's, page and annotation hooks, the paragraph's word
classes that say how a line ends — what :mod:`~exporter.render.pdf.marks` needs to tag a PDF.
"""

from __future__ import annotations

import re as _re
import threading
import types
from contextlib import contextmanager
from functools import lru_cache

import reportlab
from reportlab import rl_config as _rl_config
from reportlab.lib.abag import ABag
from reportlab.lib.rl_accel import fp_str
from reportlab.pdfbase import pdfdoc as _pdfdoc
from reportlab.pdfbase import ttfonts
from reportlab.pdfbase.pdfdoc import PDFStream, PDFZCompress
from reportlab.pdfbase.ttfonts import TTFont, TTFontFace
from reportlab.pdfgen.canvas import Canvas
from reportlab.pdfgen.textobject import PDFTextObject
from reportlab.platypus import paragraph as _paragraph
from reportlab.platypus.flowables import KeepTogether
from reportlab.platypus.paraparser import ParaFrag
from reportlab.platypus.tables import Table

from exporter._compat import public_only, version_tuple, within

VERSION = version_tuple(reportlab.Version)
FLOOR = (4, 1, 0)  # the lowest version CI runs the suite on (.ci/floors.txt)
BELOW = (5, 2)  # the first version not yet tested: its fast paths stay off until it is
TESTED = within(VERSION, FLOOR, BELOW)

PATHS = ("widths", "frags", "pdf", "faces")


def fast_paths(version: tuple[int, ...] = VERSION, public: bool | None = None) -> dict[str, bool]:
    """Which fast paths are on for reportlab ``version``: all of them in the tested range, none
    outside it or with ``BRIEF_COMPAT=public``."""
    public = public_only() if public is None else public
    return dict.fromkeys(PATHS, within(version, FLOOR, BELOW) and not public)


FAST = fast_paths()  # read at each call: a benchmark may turn one off

def _missing(*checks: tuple[object, str]) -> list[str]:
    return [f"{getattr(owner, '__name__', owner)}.{name}" for owner, name in checks if not hasattr(owner, name)]


_NEEDED = _missing((Canvas, "_startPage"), (Canvas, "_addAnnotation"), (Canvas, "_escape"),
                   (PDFTextObject, "_textOut"), (PDFTextObject, "_formatText"), (Table, "_splitCell"),
                   (_paragraph, "_SplitWordHY"), (_paragraph, "_SplitFragHY"), (_paragraph, "_HSFrag"))
if _NEEDED:  # pragma: no cover - a reportlab far outside the declared range
    raise ImportError(f"reportlab {reportlab.Version} lacks what brief's tagged PDFs are drawn with "
                      f"({', '.join(_NEEDED)}); install a version in the range pyproject.toml declares")


# Fonts ----------------------------------------------------------------------------------------

WIDTHS_KEPT = 20_000  # per font: a memo asks for ≈ 1,000 different widths


class MemoFont(TTFont):
    """A TrueType font of the memo's families, with the ``widths`` fast path.  Registered under
    our own names only: other fonts are reportlab's."""

    _widths: dict | None = None

    def stringWidth(self, text, size, encoding="utf8"):  # noqa: N802 - reportlab's name
        if not FAST["widths"] or not isinstance(text, str):
            return super().stringWidth(text, size, encoding)
        widths = self._widths
        if widths is None:
            widths = self._widths = {}
        key = (text, size)
        try:
            return widths[key]
        except KeyError:
            if len(widths) >= WIDTHS_KEPT:
                widths.clear()
            width = widths[key] = super().stringWidth(text, size, encoding)
            return width


def ttfont(name: str, path: str, face_class: type[TTFontFace] | None = None, **options) -> MemoFont:
    """``TTFont(name, path, **options)`` as a :class:`MemoFont`; with ``face_class`` (a subclass of
    ``TTFontFace``) and the ``faces`` fast path on, its face is made by that class."""
    font = MemoFont.__new__(MemoFont)
    init = TTFont.__init__
    if face_class is not None and FAST["faces"] and "TTFontFace" in init.__code__.co_names:
        # reportlab's own __init__, reading TTFontFace from a copy of its module's names.
        names = dict(vars(ttfonts), TTFontFace=face_class)
        init = types.FunctionType(init.__code__, names, init.__name__, init.__defaults__, init.__closure__)
        init.__kwdefaults__ = TTFont.__init__.__kwdefaults__
    init(font, name, path, **options)
    return font


# What a face's parse sets that is not read from the file (a function: not kept in the cache);
# reportlab keeps it on the face since 4.2 (a local of the parse before).
FACE_DERIVED = ("_pdfScale",)
_FACE_SCALE = "_pdfScale" in ttfonts.TTFontFile.extractInfo.__code__.co_names


def set_face_scale(face: TTFontFace, scale) -> None:
    """Set what converts a face's font units to thousandths of an em, where the parse sets it."""
    if _FACE_SCALE:
        face._pdfScale = scale


def font_file_bytes(face: TTFontFace) -> bytes:
    """The bytes of the font file a face was read from."""
    data = getattr(face, "_ttf_data", None)
    if data is None:  # pragma: no cover - a reportlab that keeps them elsewhere
        with open(face.filename, "rb") as f:
            data = f.read()
    return data


# Text objects ---------------------------------------------------------------------------------

class QuickText(PDFTextObject):
    """A text object of a memo's canvas, with hooks for tagging under names of ours."""

    def _textOut(self, text, TStar=0):  # noqa: N802, N803 - reportlab's names
        return self.text_out(text, TStar)

    # Hooks for tagging (render/pdfmarks): reportlab's private methods, under names of ours.
    def text_out(self, text: str, tstar: int = 0):
        """Write ``text`` (and move to the next line when ``tstar``): reportlab's ``_textOut``."""
        return PDFTextObject._textOut(self, text, tstar)

    def format_text(self, text: str) -> str:
        """The operators that show ``text``, as :meth:`text_out` would write them."""
        return self._formatText(text)

    @property
    def code(self) -> list[str]:
        """The text object's operators so far (reportlab's ``_code``)."""
        return self._code

    @property
    def subset(self):
        """The font subset selected last (reportlab's ``_curSubset``)."""
        return getattr(self, "_curSubset", None)

    @subset.setter
    def subset(self, value) -> None:
        self._curSubset = value

    def release(self) -> None:
        """Drop the bound method a paragraph's text object keeps of itself (``_do_line``), so
        that it is freed as soon as it is drawn, not by a garbage collection."""
        do_line = self.__dict__.get("_do_line")
        if getattr(do_line, "__self__", None) is self:
            del self._do_line


# Canvases and documents -----------------------------------------------------------------------

class HookedCanvas(Canvas):
    """A canvas whose private hooks reach our subclasses under names of ours; its text objects
    are :class:`QuickText`; its pages' content streams are written by :func:`_page_stream`."""

    def beginText(self, x=0, y=0, direction=None):  # noqa: N802 - reportlab's name
        tx = super().beginText(x, y, direction)
        if tx.__class__ is PDFTextObject:
            tx.__class__ = QuickText
        return tx

    def _startPage(self):  # noqa: N802 - reportlab's name
        super()._startPage()
        self.page_started()

    def _addAnnotation(self, annotation, name=None, addtopage=1):  # noqa: N802 - reportlab's name
        super()._addAnnotation(annotation, name, addtopage)
        self.annotation_added(annotation)

    def page_started(self) -> None:
        """Called when a new page begins."""

    def annotation_added(self, annotation) -> None:
        """Called when an annotation (a link) was added to the page."""

    def start_page(self) -> None:
        """Begin a new page without writing the current one (reportlab's ``_startPage``)."""
        self._startPage()

    @property
    def code(self) -> list[str]:
        """The page's operators so far (reportlab's ``_code``)."""
        return self._code

    @code.setter
    def code(self, value: list[str]) -> None:
        self._code = value

    @property
    def document(self):
        """The ``PDFDocument`` being drawn (reportlab's ``_doc``)."""
        return self._doc

    @property
    def page_number(self) -> int:
        """The 1-based number of the page being drawn."""
        return self._pageNumber

    def current_text(self):
        """The text object an ``onDraw`` callback was called from."""
        return self._curr_tx_info["tx"]

    def last_annotation(self):
        """The reference of the annotation added last."""
        return self._annotationrefs[-1]

    def set_named_callback(self, name: str, func) -> None:
        """Make ``func(canvas, kind, label)`` what a paragraph's ``<onDraw name=…>`` calls:
        ``setNamedCB`` since reportlab 4.4.9, an attribute of the canvas before."""
        if hasattr(Canvas, "setNamedCB"):
            self.setNamedCB(name, func)
        else:
            setattr(self, name, func)

    def stamp(self, timestamp) -> None:
        """Date the document with ``timestamp`` (a ``reportlab.lib.utils.TimeStamp``)."""
        self._doc._timeStamp = timestamp


def allow_entries(obj, *names: str) -> None:
    """Let a reportlab object written as a dictionary (a page, the catalog) write the entries
    ``names``, which it does not know (it writes only those of its ``__NoDefault__`` list)."""
    known = obj.__NoDefault__
    missing = [name for name in names if name not in known]
    if missing:
        obj.__NoDefault__ = [*known, *missing]


def time_stamp(doc):
    """The ``TimeStamp`` a document is dated with."""
    return doc._timeStamp


def info_date(info, doc):
    """The ``PDFDate`` an Info dictionary writes (its creation and modification date)."""
    from reportlab.pdfbase.pdfdoc import PDFDate

    return PDFDate(ts=doc._timeStamp, dateFormatter=info._dateFormatter)


def raise_pdf_version(doc, version: tuple[int, int]) -> None:
    """Write at least PDF ``version`` in the document's header."""
    doc._pdfVersion = max(tuple(doc._pdfVersion), version)


def finish_page(page) -> None:
    """Give a page just written its content stream now (a :class:`EolStream`, compressed when
    the page is), as reportlab would when the file is formatted — without reading
    ``rl_config.useA85``: binary streams, a quarter smaller than ASCII85, whatever the process's
    reportlab configuration."""
    stream = EolStream(content=page.stream, filters=[PDFZCompress] if page.compression else None)
    page.Contents = stream


def eol_before_endstream(data: bytes) -> bytes:
    """The end-of-line marker to write between a stream's ``data`` and ``endstream`` (ISO 19005-2,
    6.1.7.1; ISO 32000-1, 7.3.8.1 recommends it), which /Length does not count.

    A line feed — unless the data ends in a carriage return: a validator that finds the marker by
    reading back from ``endstream`` takes CR LF as one marker and counts the data a byte short of
    /Length (``PDFA2A-STREAM-LENGTH-001``), so that data gets CR LF, which every reading agrees on.
    """
    return b"\r\n" if data.endswith(b"\r") else b"\n"


class EolStream(PDFStream):
    """A stream with an end-of-line marker between its data and ``endstream``
    (:func:`eol_before_endstream`).  /Length still counts the data only."""

    def format(self, document):
        data = super().format(document)
        if not data.endswith(b"endstream\n"):  # a reportlab that formats streams otherwise
            return data
        data = data[: -len(b"endstream\n")]
        return data + eol_before_endstream(data) + b"endstream\n"


class _EolStreams:
    """The last entry of a document's ``delayedFonts``: when the file is written, after every font
    has made its objects, each plain stream of the document becomes an :class:`EolStream`."""

    def addObjects(self, doc) -> None:  # noqa: N802 - reportlab calls it by this name
        for obj in doc.idToObject.values():
            if obj.__class__ is PDFStream:
                obj.__class__ = EolStream


def end_streams_with_eol(doc) -> None:
    """Have every stream of ``doc`` end with an end-of-line marker before ``endstream``; call it
    once, after the last page and before the document is saved."""
    doc.delayedFonts.append(_EolStreams())


# Platypus ----------------------------------------------------------------------------------

# How a line of a paragraph ends, by the class of its last word (render/pdfmarks).
HSFrag = _paragraph._HSFrag
SplitFragH, SplitFragHY = _paragraph._SplitFragH, _paragraph._SplitFragHY
SplitFragLL = _paragraph._SplitFragLL
SplitWord, SplitWordEnd, SplitWordHY = _paragraph._SplitWord, _paragraph._SplitWordEnd, _paragraph._SplitWordHY


def table_cells(table: Table) -> list[list]:
    """A table's cells, row by row."""
    return table._cellvalues


def table_column_widths(table: Table) -> list[float]:
    """A table's column widths in points, once it is wrapped."""
    return table._argW


def kept_together(group: KeepTogether) -> list:
    """The flowables a ``KeepTogether`` holds."""
    return group._content


def kept_height(group: KeepTogether, width: float, height: float) -> float:
    """The height of what a ``KeepTogether`` holds, at ``width`` (wrapped once per size)."""
    if getattr(group, "_wrapInfo", None) != (width, height):
        group.wrap(width, height)
    return group._H


def transfers_space(cls):
    """Class decorator: a zero-height flowable through which the space after the flowable before
    it still collapses with what follows (reportlab's ``_SPACETRANSFER``)."""
    cls._SPACETRANSFER = True
    return cls


def frame_y(frame) -> float:
    """Where the next flowable of a frame goes (its current baseline position)."""
    return frame._y


def list_height(flowables: list, width: float) -> float:
    """The height ``flowables`` take, stacked, at ``width``."""
    from reportlab.platypus.flowables import _listWrapOn

    return _listWrapOn(flowables, width, None)[1]


class SplitCellTable(Table):
    """A table whose cell splitting (``splitInRow``) reaches :meth:`split_cell`, and whose row
    splitting a subclass can steer (:meth:`split_rows`)."""

    def row_heights(self, width: float, height: float) -> list[float]:
        """The rows' heights at ``width`` (the table laid out for that frame)."""
        self._calc(width, height)
        return self._rowHeights

    def first_row_not_fitting(self, height: float) -> int:
        """The index of the first row that does not fit in ``height``, once laid out."""
        return self._getFirstPossibleSplitRowPosition(height)

    def split_rows(self, height: float, in_row: bool):
        """reportlab's split between rows, or inside a row (``splitInRow``) when ``in_row``."""
        return self._splitRows(height, doInRowSplit=1) if in_row else self._splitRows(height)

    def _splitCell(self, value, style, oldHeight, newHeight, width):  # noqa: N802, N803 - reportlab's names
        return self.split_cell(value, style, oldHeight, newHeight, width)

    def split_cell(self, value, style, old_height, new_height, width):
        """reportlab's split of one cell's content at ``new_height``."""
        return Table._splitCell(self, value, style, old_height, new_height, width)


_NEEDED = _missing((Table, "_calc"), (Table, "_getFirstPossibleSplitRowPosition"), (Table, "_splitRows"))
if _NEEDED:  # pragma: no cover - a reportlab far outside the declared range
    raise ImportError(f"reportlab {reportlab.Version} lacks what brief's tables are split with ({', '.join(_NEEDED)})")


# Calls a memo makes thousands of times, while it renders -----------------------------------
#
# reportlab calls these by their module's name from deep inside platypus and pdfdoc, where no
# subclass of ours reaches.  :func:`quick_calls` puts them in place for the length of one memo's
# build and takes them away after (the last of several memos rendering at once restores
# reportlab's own), and each answers the quick way only on the thread that is rendering a memo:
# any other thread — another program's reportlab document, built at the same moment — goes
# straight to reportlab's function.  When no memo is rendering, reportlab is exactly as it ships.
#
# - ``frags`` (``paragraph.sameFrag``, ``ABag.clone``): whether two fragments may merge into one
#   run of a line, and a copy of a fragment or of a paragraph's lines.  rl_accel's sameFrag asks
#   each fragment for ten attributes, most absent, each absence an AttributeError raised and
#   cleared; fragments are attribute bags, so the same test reads the two dictionaries.  ABag.clone
#   passes the attributes as keyword arguments to a class whose __init__ puts them back in a
#   dictionary; here the copy's dictionary is filled directly, in the same order.
# - ``pdf`` (``pdfdoc.format``, ``pdfdocEnc``, ``PDFName``, ``PDFDictionary.format``): the writing of
#   every number, name and keyword of the file (≈ 1,700 calls a memo, most for the fonts' glyph
#   widths): a number formatted by the same ``fp_str`` without the chain of type tests, printable
#   ASCII (which the extpdfdoc codec leaves as it is) encoded as ASCII, dictionary keys — a fixed
#   vocabulary — escaped once per process.  Anything else takes reportlab's path.


class _Rendering(threading.local):
    active = False  # True on a thread while it renders a memo (inside quick_calls)


_thread = _Rendering()

# rl_accel's list, in its order: what makes two fragments draw differently.
_FRAG_KEYS = ("fontName", "fontSize", "textColor", "rise", "us_lines", "link", "backColor", "nobr")
_ABSENT = object()
_reportlab_same_frag = _paragraph.sameFrag


def same_frag(f, g):
    """reportlab's ``sameFrag(f, g)``: neither fragment is a callback or a line break, and both
    have the same value, or both lack, each of :data:`_FRAG_KEYS` (compared with ``!=``, identical
    objects equal without asking, as ``PyObject_RichCompareBool`` does)."""
    if not _thread.active or f.__class__ is not ParaFrag or g.__class__ is not ParaFrag:
        return _reportlab_same_frag(f, g)
    fd, gd = f.__dict__, g.__dict__
    if "cbDefn" in fd or "cbDefn" in gd or "lineBreak" in fd or "lineBreak" in gd:
        return False
    for key in _FRAG_KEYS:
        a, b = fd.get(key, _ABSENT), gd.get(key, _ABSENT)
        if a is not b and (a is _ABSENT or b is _ABSENT or a != b):
            return False
    return True


_reportlab_clone = ABag.clone
_abag_init = ABag.__init__


def abag_clone(self, **attr):
    """reportlab's ``ABag.clone``: a new bag of the same class, with the same attributes and then
    ``attr``."""
    cls = self.__class__
    if not _thread.active or cls.__init__ is not _abag_init or cls.__new__ is not object.__new__:
        return _reportlab_clone(self, **attr)
    copy = object.__new__(cls)
    attributes = copy.__dict__
    attributes.update(self.__dict__)
    if attr:
        attributes.update(attr)
    return copy


_reportlab_format = _pdfdoc.format
_reportlab_encode = _pdfdoc.pdfdocEnc
_reportlab_name = _pdfdoc.PDFName
_reportlab_dictionary_format = _pdfdoc.PDFDictionary.format
# ASCII that extpdfdoc cannot encode (it raises): left to reportlab, for the same error.
_UNMAPPED = _re.compile("[\x18-\x1f]")
_EXACT_INT = 2 ** 31  # fp_str writes an int as str does, while a double holds it exactly


def pdfdoc_encode(text):
    """reportlab's ``pdfdocEnc``: a ``str`` in (extended) PDFDocEncoding, anything else as it is."""
    if _thread.active and text.__class__ is str and text.isascii() and not _UNMAPPED.search(text):
        return text.encode("ascii")
    return _reportlab_encode(text)


def pdf_format(element, document, toplevel=0):
    """reportlab's ``pdfdoc.format``: the bytes of one PDF element."""
    if _thread.active:
        cls = element.__class__
        if cls is float:
            return fp_str(element).encode("ascii")
        if cls is int and -_EXACT_INT < element < _EXACT_INT:
            return b"%d" % element
        if cls is str and element.isascii() and not _UNMAPPED.search(element):
            return element.encode("ascii")
        if cls is bytes:
            return element
    return _reportlab_format(element, document, toplevel)


@lru_cache(maxsize=1024)
def _name(data: str) -> str:
    return _reportlab_name(data)


def pdf_name(data, lo=chr(0x21), hi=chr(0x7E)):
    """reportlab's ``PDFName``: ``/`` and the name, its special characters escaped as ``#xx``."""
    if _thread.active and data.__class__ is str and lo == "!" and hi == "~":
        return _name(data)
    return _reportlab_name(data, lo, hi)


KEYS_KEPT = 4096  # dictionary keys: a PDF's vocabulary (a memo uses ≈ 60)
_keys: dict[str, bytes] = {}


def dictionary_format(self, document, IND=b"\n "):  # noqa: N803 - reportlab's name
    """reportlab's ``PDFDictionary.format``: ``<<``, each entry ``/Key value`` in the keys'
    order, six to a line (or one a line, when multiline), ``>>``."""
    entries = self.dict
    if not _thread.active or entries.__class__ is not dict:
        return _reportlab_dictionary_format(self, document, IND)
    format = _pdfdoc.format
    out = []
    for key in sorted(entries):
        head = _keys.get(key) if key.__class__ is str else None
        if head is None:
            head = format(_pdfdoc.PDFName(key), document) + b" "
            if key.__class__ is str and len(_keys) < KEYS_KEPT:
                _keys[key] = head
        out.append(head + format(entries[key], document))
    if (self.multiline and _rl_config.pdfMultiLine) or self.multiline == "forced":
        body = IND.join(out)
    else:
        for i in reversed(range(6, len(out), 6)):
            out.insert(i, b"\n ")
        body = b" ".join(out)
    return b"<<\n" + body + b"\n>>"


# (owner, name) → our function, by fast path; only names this reportlab has.
_CALLS = {
    "frags": [(_paragraph, "sameFrag", same_frag), (ABag, "clone", abag_clone)],
    "pdf": [(_pdfdoc, "format", pdf_format), (_pdfdoc, "pdfdocEnc", pdfdoc_encode), (_pdfdoc, "PDFName", pdf_name),
            (_pdfdoc.PDFDictionary, "format", dictionary_format)],
}
_CALLS = {path: [c for c in calls if c[0].__dict__.get(c[1]) is not None] for path, calls in _CALLS.items()}
_lock = threading.Lock()
_rendering = 0  # memos rendering now, on any thread
_saved: list[tuple[object, str, object]] = []  # what was in place before the first of them


@contextmanager
def quick_calls():
    """Render one memo on this thread with the ``frags`` and ``pdf`` fast paths: put in place
    while any memo renders, reportlab's own functions back when the last one is done (even on an
    exception); on other threads, they answer as reportlab's."""
    global _rendering
    calls = [c for path in ("frags", "pdf") if FAST[path] for c in _CALLS[path]]
    if not calls or _thread.active:  # nothing to put in place, or already inside a memo
        yield
        return
    with _lock:
        if _rendering == 0:
            _saved[:] = [(owner, name, owner.__dict__[name]) for owner, name, _ in calls]
            for owner, name, ours in calls:
                setattr(owner, name, ours)
        _rendering += 1
    _thread.active = True
    try:
        yield
    finally:
        _thread.active = False
        with _lock:
            _rendering -= 1
            if _rendering == 0:
                for owner, name, theirs in _saved:
                    setattr(owner, name, theirs)
                _saved.clear()
