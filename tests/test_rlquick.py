"""The quicker reportlab helpers (exporter._compat.rlquick) answer exactly as reportlab's own."""

from __future__ import annotations

import io
import itertools

from hypothesis import given
from hypothesis import strategies as st
from reportlab.lib import colors
from reportlab.lib.abag import ABag
from reportlab.platypus import paragraph
from reportlab.platypus.paraparser import ParaFrag

from exporter._compat import rlquick

RED, OTHER_RED = colors.Color(1, 0, 0), colors.Color(1, 0, 0)
# Values of each compared attribute: absent, None, equal but not identical objects, different ones.
VALUES = {
    "fontName": ["Liberation", "Liberation-Bold", None],
    "fontSize": [11, 11.0, 10.5],
    "textColor": [RED, OTHER_RED, colors.blue, None],
    "rise": [0, 2],
    "us_lines": [[], [("u", 1)]],
    "link": [[], [(0, "#a")], [(0, "#b")]],
    "backColor": [None, colors.yellow],
    "nobr": [None, True],
    "cbDefn": [ABag(kind="anchor")],
    "lineBreak": [True, False],
}
ABSENT = object()


@st.composite
def frags(draw):
    frag = ParaFrag(text=draw(st.sampled_from(["a", "b ", ""])))
    for key, values in VALUES.items():
        value = draw(st.sampled_from([ABSENT, *values]) if key not in ("cbDefn", "lineBreak")
                     else st.sampled_from([ABSENT, ABSENT, ABSENT, *values]))
        if value is not ABSENT:
            setattr(frag, key, value)
    return frag


def test_same_frag_is_installed_by_the_pdf_renderer():
    import exporter.render.pdf.renderer  # noqa: F401

    assert paragraph.sameFrag is rlquick.same_frag


@given(frags(), frags())
def test_same_frag_answers_as_reportlab(f, g):
    assert rlquick.same_frag(f, g) == bool(rlquick._reportlab_same_frag(f, g))
    h = f.clone()  # a clone (as reportlab's line breaking makes) is the same fragment
    assert rlquick.same_frag(f, h) == bool(rlquick._reportlab_same_frag(f, h))


def test_same_frag_on_each_attribute_alone():
    base = {"fontName": "Liberation", "fontSize": 11, "textColor": RED}
    for key, values in VALUES.items():
        for a, b in itertools.product([ABSENT, *values], repeat=2):
            f, g = ParaFrag(**base), ParaFrag(**base)
            if a is not ABSENT:
                setattr(f, key, a)
            if b is not ABSENT:
                setattr(g, key, b)
            assert rlquick.same_frag(f, g) == bool(rlquick._reportlab_same_frag(f, g)), (key, a, b)


def test_same_frag_leaves_other_objects_to_reportlab():
    class Styled(ParaFrag):
        backColor = colors.yellow  # a class attribute: reportlab's getattr sees it

    f, g = Styled(fontName="x"), ParaFrag(fontName="x")
    assert rlquick.same_frag(f, g) == bool(rlquick._reportlab_same_frag(f, g)) is False


def test_pdf_helpers_are_installed_by_the_pdf_renderer():
    from reportlab.pdfbase import pdfdoc

    import exporter.render.pdf.renderer  # noqa: F401

    assert (pdfdoc.format, pdfdoc.pdfdocEnc, pdfdoc.PDFName) == (rlquick.pdf_format, rlquick.pdfdoc_encode,
                                                                 rlquick.pdf_name)


def _both(ours, theirs, *args):
    """What ``ours`` and ``theirs`` give (or the exception each raises)."""
    out = []
    for function in (ours, theirs):
        try:
            out.append(function(*args))
        except Exception as exc:  # noqa: BLE001 - the same error is part of the contract
            out.append(type(exc))
    return out


NUMBERS = st.one_of(st.integers(), st.integers(-2**33, 2**33), st.floats(allow_nan=False, allow_infinity=False),
                    st.floats(-1e4, 1e4), st.booleans())


@given(st.one_of(NUMBERS, st.text(), st.text(alphabet=[chr(i) for i in range(128)]), st.binary()))
def test_pdf_format_writes_what_reportlab_writes(element):
    from reportlab.pdfbase.pdfdoc import PDFDocument

    document = PDFDocument()
    ours, theirs = _both(rlquick.pdf_format, rlquick._reportlab_format, element, document)
    assert ours == theirs
    ours, theirs = _both(rlquick.pdfdoc_encode, rlquick._reportlab_encode, element)
    assert ours == theirs


def test_pdf_format_of_objects_and_every_ascii_character():
    from reportlab.pdfbase.pdfdoc import PDFArray, PDFDictionary, PDFDocument, PDFString

    document = PDFDocument()
    for element in [*(chr(i) for i in range(128)), "obj\n", "/F1+0", "é", 0.0, -0.0, 1e-8, 2**31, -2**31, 2**53 + 1,
                    PDFArray([1, 2.5, "/Name"]), PDFDictionary({"Type": "/Font", "W": [1]}), PDFString("(x)")]:
        ours, theirs = _both(rlquick.pdf_format, rlquick._reportlab_format, element, document)
        assert ours == theirs, element


@given(st.text())
def test_pdf_name_escapes_as_reportlab(data):
    assert rlquick.pdf_name(data) == rlquick._reportlab_name(data)
    assert rlquick.pdf_name(data, "a", "z") == rlquick._reportlab_name(data, "a", "z")


@given(st.text(), st.sampled_from([0, 1, 7.5, 11, 11.0, 100 / 3]), st.sampled_from(["regular", "bold", "italic"]))
def test_string_width_and_font_heights_are_reportlab_s(text, size, face):
    from reportlab.pdfbase import pdfmetrics

    from exporter.render.pdf.renderer import register_family

    name = register_family("Liberation Serif")[face]
    assert rlquick.string_width(text, name, size) == rlquick._reportlab_string_width(text, name, size)
    # Asked again, the answer is the kept one; a str subclass (reportlab's split words) shares it.
    assert rlquick.string_width(text, name, size) == rlquick._reportlab_string_width(text, name, size)
    assert rlquick.string_width(_Word(text), name, size) == rlquick._reportlab_string_width(text, name, size)
    for char in text[:3]:  # one character: asked twice, the second answer the kept one
        assert rlquick.string_width(char, name, size) == rlquick._reportlab_string_width(char, name, size)
        assert rlquick.string_width(char, name, size) == rlquick._reportlab_string_width(char, name, size)
    assert rlquick.ascent_descent(name, size) == rlquick._reportlab_ascent_descent(name, size)
    assert rlquick.ascent_descent(name) == rlquick._reportlab_ascent_descent(name)
    # A standard font (not TrueType) takes reportlab's own path.
    assert rlquick.string_width(text, "Helvetica", size) == rlquick._reportlab_string_width(text, "Helvetica", size)
    assert rlquick.ascent_descent("Helvetica", size) == rlquick._reportlab_ascent_descent("Helvetica", size)
    assert pdfmetrics.stringWidth is rlquick.string_width and pdfmetrics.getAscentDescent is rlquick.ascent_descent


class _Word(str):
    """A str subclass, as reportlab's split and hyphenated words are."""


def test_kept_widths_are_forgotten_past_the_limit(monkeypatch):
    from exporter.render.pdf.renderer import register_family

    name = register_family("Liberation Serif")["regular"]
    monkeypatch.setattr(rlquick, "WIDTHS_KEPT", 3)
    for n in range(10):
        text = "w" * (n + 1)
        assert rlquick.string_width(text, name, 11) == rlquick._reportlab_string_width(text, name, 11)
        assert len(rlquick._widths) <= 3


# Texts a memo's runs hold: letters, no-break spaces, characters the font lacks, and enough
# different ones (Greek, Cyrillic, CJK) to fill the first subset and open the next.
RUN_TEXT = st.text(alphabet=st.one_of(st.sampled_from("ab é\u00a0-\u00ad\u2019\u202f\uffff\U0001F600"),
                                      st.characters(min_codepoint=0x20, max_codepoint=0x52F),
                                      st.characters(min_codepoint=0x4E00, max_codepoint=0x4E40)))


@given(st.lists(RUN_TEXT, max_size=12), st.sampled_from(["regular", "bold"]))
def test_split_string_and_format_text_answer_as_reportlab(texts, face):
    """Two documents, one written by reportlab's functions and one by ours, a run at a time:
    the same runs, the same operators, the same codes assigned in the same subsets."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfgen.canvas import Canvas
    from reportlab.pdfgen.textobject import PDFTextObject

    from exporter.render.pdf.renderer import register_family

    name = register_family("Liberation Serif")[face]
    font = pdfmetrics.getFont(name)
    canvases = [Canvas(io.BytesIO()), Canvas(io.BytesIO())]
    objects = []
    for canvas in canvases:
        tx = canvas.beginText(0, 0)
        tx.setFont(name, 11, 13)
        objects.append(tx)
    ours, theirs = objects
    for text in texts + texts:  # a second time: every character then has its code
        assert rlquick.split_string(font, text, canvases[0]._doc) == \
            rlquick._reportlab_split_string(font, text, canvases[1]._doc)
        assert rlquick.format_text(ours, text) == rlquick._reportlab_format_text(theirs, text)
        assert ours._curSubset == theirs._curSubset
        a, b = font.state[canvases[0]._doc], font.state[canvases[1]._doc]
        assert (a.assignments, a.subsets, a.nextCode) == (b.assignments, b.subsets, b.nextCode)
    assert PDFTextObject._formatText is rlquick.format_text


def test_format_text_leaves_other_fonts_to_reportlab():
    from reportlab.pdfgen.canvas import Canvas

    canvases = [Canvas(io.BytesIO()), Canvas(io.BytesIO())]
    ours, theirs = (c.beginText(0, 0) for c in canvases)
    for tx in (ours, theirs):
        tx.setFont("Helvetica", 11)
    for text in ["plain", "é\u00a0x", b"bytes"]:
        assert rlquick.format_text(ours, text) == rlquick._reportlab_format_text(theirs, text)


def test_abag_clone_copies_as_reportlab():
    from reportlab.platypus.paragraph import FragLine, ParaLines

    class Initialised(ABag):
        def __init__(self, **attr):
            super().__init__(**attr)
            self.made = True

    for cls in (ABag, ParaFrag, ParaLines, FragLine, Initialised):
        bag = cls(text="a", fontSize=11, link=[], zeta=1, alpha=2)
        for extra in ({}, {"text": "b"}, {"kind": 0, "lines": []}):
            ours, theirs = rlquick.abag_clone(bag, **extra), rlquick._reportlab_clone(bag, **extra)
            assert type(ours) is type(theirs) is cls
            assert list(ours.__dict__.items()) == list(theirs.__dict__.items())
            assert ours is not bag and ours.link is bag.link  # a shallow copy, as reportlab's
    assert ABag.clone is rlquick.abag_clone


def test_dictionary_format_writes_what_reportlab_writes():
    from collections import OrderedDict

    from reportlab import rl_config
    from reportlab.pdfbase.pdfdoc import (
        PDFArray,
        PDFDictionary,
        PDFDocument,
        PDFName,
        PDFString,
    )

    document = PDFDocument()
    entries = {"Type": PDFName("Annot"), "Rect": PDFArray([1, 2.5, 3, 4]), "Contents": PDFString("é (x)"),
               "F": 4, "Border": "[0 0 0]", "Odd key#(1)": b"true", "Nested": PDFDictionary({"A": 1, "B": [1, 2]}),
               "é": 1.5, "Z": None}
    for n in range(len(entries) + 1):
        for multiline in (True, False, "forced"):
            for pdf_multiline in (0, 1):
                rl_config.pdfMultiLine, saved = pdf_multiline, rl_config.pdfMultiLine
                try:
                    for kind in (dict, OrderedDict):
                        d = PDFDictionary(kind(list(entries.items())[:n]))
                        d.multiline = multiline
                        for _ in range(2):  # the second time, keys from the kept names
                            assert rlquick.dictionary_format(d, document) == \
                                rlquick._reportlab_dictionary_format(d, document)
                            assert rlquick.dictionary_format(d, document, IND=b"\n") == \
                                rlquick._reportlab_dictionary_format(d, document, IND=b"\n")
                finally:
                    rl_config.pdfMultiLine = saved
    assert PDFDictionary.format is rlquick.dictionary_format
