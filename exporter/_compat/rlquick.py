"""Quicker equivalents of a few reportlab helpers that a memo calls thousands of times.

Each replacement returns exactly what the function it replaces returns for the objects a memo
passes it (tests compare both), so the bytes of a memo do not change; only the time does.

- ``sameFrag`` (``reportlab.platypus.paragraph``): whether two text fragments may merge into one
  run of a line.  rl_accel's C version asks each fragment for ten attributes with
  ``getattr``/``hasattr``; most are absent from a fragment, and every absent one raises and clears
  an AttributeError: ≈ 4 µs a call, called for each word of a paragraph of several fragments
  (≈ 1.7 ms of a 27 ms memo).  Fragments are attribute bags (``ParaFrag``: everything in the
  instance's ``__dict__``), so the same test reads the two dictionaries; any other kind of object
  goes to reportlab's own function.
- ``format``, ``pdfdocEnc`` and ``PDFName`` (``reportlab.pdfbase.pdfdoc``), which write every
  number, name and keyword of the file (≈ 1,700 calls a memo, most of them for a font's glyph
  widths): a number goes through a chain of type tests and then, as every string does, through
  the ``extpdfdoc`` codec, a Python function per call (≈ 1 µs); a dictionary key is escaped
  character by character in Python each time it is written.  Here a number is formatted by the
  same ``fp_str``, a string of printable ASCII — which ``extpdfdoc`` leaves as it is — is encoded
  as ASCII, anything else takes reportlab's path, and the names of dictionary keys (a fixed
  vocabulary: Type, Font, Widths…) are escaped once per process.  ``PDFDictionary.format``
  (≈ 100 dictionaries a memo: pages, fonts, link annotations…) writes each key from those
  escaped names kept as bytes, where reportlab escapes, formats and joins it again every time.
- ``stringWidth`` and ``getAscentDescent`` (``reportlab.pdfbase.pdfmetrics``, and the names
  ``platypus.paragraph`` and ``pdfgen.textobject`` imported): the width of each word and space and
  the height of each run as lines are broken and drawn (≈ 2,800 calls a memo).  For a TrueType
  font — every font a memo uses — the width is the same accelerated function reached without two
  Python calls on the way, and the height is read from the font's face without first trying
  ``font.ascent``, which a TrueType font lacks (an AttributeError raised and caught on every call).
  The accelerated function still costs ≈ 0.6 µs for a word of ten letters (a dictionary look-up
  per character), and a memo asks for the same words (and the space after each) again and again:
  widths are kept per font, text and size — what they depend on, the same in every memo — up to
  :data:`WIDTHS_KEPT` of them, then forgotten all at once and kept anew.
- ``TTFont.splitString`` (``reportlab.pdfbase.ttfonts``) and ``PDFTextObject._formatText``
  (``reportlab.pdfgen.textobject``), which turn each run of a line into the bytes of the subset
  that draws it (≈ 210 runs a memo): reportlab walks the text in Python, a character at a time,
  to give each character its code in the memo's subset.  Once every character of a run has its
  code — all but the first few runs of a memo — and all sit in the first subset, the codes are
  read in one pass in C; a run with a new character, or one past the first subset, takes
  reportlab's walk, which assigns the codes.  ``_formatText`` for a TrueType font is reportlab's
  own branch for it, without the save and restore of the text object's state that the other
  branches need.
- ``ABag.clone`` (``reportlab.lib.abag``): a copy of a fragment or of a paragraph's lines
  (≈ 240 a memo, as lines are broken) — reportlab passes the attributes as keyword arguments
  to the class, whose ``__init__`` puts them back in a dictionary; here the copy's dictionary is
  filled directly, in the same order, for any class that keeps ``ABag``'s ``__init__``.
"""

from __future__ import annotations

import re
from functools import lru_cache

from reportlab import rl_config as _rl_config
from reportlab.lib.abag import ABag
from reportlab.lib.rl_accel import fp_str
from reportlab.pdfbase import pdfdoc as _pdfdoc
from reportlab.pdfbase import pdfmetrics as _pdfmetrics
from reportlab.pdfbase.ttfonts import ShapedStr, TTFont, instanceStringWidthTTF
from reportlab.pdfgen import textobject as _textobject
from reportlab.platypus import paragraph as _paragraph
from reportlab.platypus.paraparser import ParaFrag

# rl_accel's list, in its order: what makes two fragments draw differently.
_FRAG_KEYS = ("fontName", "fontSize", "textColor", "rise", "us_lines", "link", "backColor", "nobr")
_ABSENT = object()
_reportlab_same_frag = _paragraph.sameFrag


def same_frag(f, g) -> bool:
    """reportlab's ``sameFrag(f, g)``: neither fragment is a callback or a line break, and both
    have the same value, or both lack, each of :data:`_FRAG_KEYS` (compared with ``!=``, identical
    objects equal without asking, as ``PyObject_RichCompareBool`` does)."""
    if f.__class__ is not ParaFrag or g.__class__ is not ParaFrag:
        return _reportlab_same_frag(f, g)
    fd, gd = f.__dict__, g.__dict__
    if "cbDefn" in fd or "cbDefn" in gd or "lineBreak" in fd or "lineBreak" in gd:
        return False
    for key in _FRAG_KEYS:
        a, b = fd.get(key, _ABSENT), gd.get(key, _ABSENT)
        if a is not b and (a is _ABSENT or b is _ABSENT or a != b):
            return False
    return True


_reportlab_format = _pdfdoc.format
_reportlab_encode = _pdfdoc.pdfdocEnc
_reportlab_name = _pdfdoc.PDFName
# ASCII that extpdfdoc cannot encode (it raises): left to reportlab, for the same error.
_UNMAPPED = re.compile("[\x18-\x1f]")
_EXACT_INT = 2 ** 31  # fp_str writes an int as str does, while a double holds it exactly


def pdfdoc_encode(text):
    """reportlab's ``pdfdocEnc``: a ``str`` in (extended) PDFDocEncoding, anything else as it is."""
    if text.__class__ is str and text.isascii() and not _UNMAPPED.search(text):
        return text.encode("ascii")
    return _reportlab_encode(text)


def pdf_format(element, document, toplevel=0):
    """reportlab's ``pdfdoc.format``: the bytes of one PDF element."""
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
    if data.__class__ is str and lo == "!" and hi == "~":
        return _name(data)
    return _reportlab_name(data, lo, hi)


_reportlab_dictionary_format = _pdfdoc.PDFDictionary.format
KEYS_KEPT = 4096  # dictionary keys: a PDF's vocabulary (a memo uses ≈ 60)
_keys: dict[str, bytes] = {}


def dictionary_format(self, document, IND=b"\n "):
    """reportlab's ``PDFDictionary.format``: ``<<``, each entry ``/Key value`` in the keys'
    order, six to a line (or one a line, when multiline), ``>>``."""
    entries = self.dict
    if entries.__class__ is not dict:  # an OrderedDict keeps its order: reportlab's path
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


_reportlab_string_width = _pdfmetrics.stringWidth
_reportlab_ascent_descent = _pdfmetrics.getAscentDescent
_fonts = _pdfmetrics._fonts


WIDTHS_KEPT = 50_000  # a few MB at most; a memo asks for ≈ 1,000 different widths
_widths: dict[tuple, float] = {}


def string_width(text, fontName, fontSize, encoding="utf8"):
    """reportlab's ``stringWidth``: the width of ``text`` in points."""
    font = _fonts.get(fontName)
    if font.__class__ is TTFont:
        if isinstance(text, str):  # its width is its characters' (whatever str subclass it is)
            key = (font, text, fontSize)
            try:
                return _widths[key]
            except KeyError:
                if len(_widths) >= WIDTHS_KEPT:
                    _widths.clear()
                width = _widths[key] = instanceStringWidthTTF(font, text, fontSize, encoding)
                return width
        return instanceStringWidthTTF(font, text, fontSize, encoding)
    return _reportlab_string_width(text, fontName, fontSize, encoding)


def ascent_descent(fontName, fontSize=None):
    """reportlab's ``getAscentDescent``: a font's ascent and descent, in points at ``fontSize``
    (in thousandths of an em without one)."""
    font = _fonts.get(fontName)
    if font.__class__ is TTFont and fontSize:
        face = font.face
        norm = fontSize / 1000.0
        return face.ascent * norm, face.descent * norm
    return _reportlab_ascent_descent(fontName, fontSize)


_reportlab_split_string = TTFont.splitString
_reportlab_format_text = _textobject.PDFTextObject._formatText


def split_string(self, text, doc, encoding="utf-8"):
    """reportlab's ``TTFont.splitString``: ``text`` as ``(subset, bytes)`` runs, codes assigned
    to its new characters in ``doc``'s subsets."""
    state = self.state.get(doc) if isinstance(text, str) else None
    if state is not None:
        codes = state.assignments
        try:
            data = bytes(map(codes.__getitem__, map(ord, text.replace("\xa0", " ") if "\xa0" in text else text)))
        except (KeyError, ValueError):  # a character new to the memo, or one past the first subset
            return _reportlab_split_string(self, text, doc, encoding)
        return [(0, data)] if data else []
    return _reportlab_split_string(self, text, doc, encoding)


def format_text(self, text):
    """reportlab's ``PDFTextObject._formatText``: the operators that show ``text`` in the text
    object's font (and select the subset, when it changes)."""
    font = _fonts.get(self._fontname)
    if font.__class__ is not TTFont or not isinstance(text, str) or isinstance(text, ShapedStr):
        return _reportlab_format_text(self, text)
    canvas = self._canvas
    doc = canvas._doc
    out = []
    head = None
    for subset, data in font.splitString(text, doc):
        if subset != self._curSubset:
            if head is None:
                head = f"{fp_str(self._fontsize)} Tf {fp_str(self._leading)} TL"
            out.append(f"{font.getSubsetInternalName(subset, doc)} {head}")
            self._curSubset = subset
        out.append(f"({canvas._escape(data)}) Tj")
    return " ".join(out)


_reportlab_clone = ABag.clone
_abag_init = ABag.__init__


def abag_clone(self, **attr):
    """reportlab's ``ABag.clone``: a new bag of the same class, with the same attributes and then
    ``attr``."""
    cls = self.__class__
    if cls.__init__ is not _abag_init or cls.__new__ is not object.__new__:
        return _reportlab_clone(self, **attr)
    copy = object.__new__(cls)
    attributes = copy.__dict__
    attributes.update(self.__dict__)
    if attr:
        attributes.update(attr)
    return copy


def install() -> None:
    """Put the quicker functions in place (idempotent)."""
    _paragraph.sameFrag = same_frag
    _pdfdoc.format = pdf_format
    _pdfdoc.pdfdocEnc = pdfdoc_encode
    _pdfdoc.PDFName = pdf_name
    _pdfdoc.PDFDictionary.format = dictionary_format
    _pdfmetrics.stringWidth = _paragraph.stringWidth = _textobject.pdfmetrics_stringWidth = string_width
    _pdfmetrics.getAscentDescent = _paragraph.getAscentDescent = ascent_descent
    TTFont.splitString = split_string
    ABag.clone = abag_clone
    _textobject.PDFTextObject._formatText = format_text
