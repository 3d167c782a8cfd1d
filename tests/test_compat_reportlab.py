"""exporter._compat.reportlab: its fast paths answer exactly as reportlab's public path, on our
own fonts and text objects only, and each can be turned off."""

from __future__ import annotations

import io
import os
import subprocess
import sys

import pytest
from hypothesis import given
from hypothesis import strategies as st
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas

from exporter._compat import reportlab as rl
from exporter._compat import version_tuple, within
from exporter.config.fonts import face_path


@pytest.fixture
def fast_paths_off(monkeypatch):
    """Turn every fast path off (as ``BRIEF_COMPAT=public`` does) for one test."""
    for path in rl.FAST:
        monkeypatch.setitem(rl.FAST, path, False)


def _fonts(face: str = "regular") -> tuple[rl.MemoFont, TTFont]:
    """The same face as the memo's font (registered, as the renderer does) and as reportlab's own."""
    from exporter.render.pdf.renderer import register_family

    name = register_family("Liberation Serif")[face]
    plain_name = name + "-plain"
    try:
        plain = pdfmetrics.getFont(plain_name)
    except KeyError:
        plain = TTFont(plain_name, str(face_path("Liberation Serif", face)), asciiReadable=0)
        pdfmetrics.registerFont(plain)
    return pdfmetrics.getFont(name), plain


def test_the_renderer_s_fonts_are_ours_and_reportlab_s_are_untouched():
    ours, theirs = _fonts()
    assert type(ours) is rl.MemoFont and type(theirs) is TTFont
    assert rl.MemoFont.stringWidth is not TTFont.stringWidth and "stringWidth" in vars(TTFont)


@given(st.text(), st.sampled_from([0, 1, 7.5, 11, 11.0, 100 / 3]), st.sampled_from(["regular", "bold", "italic"]))
def test_widths_and_heights_are_reportlab_s(text, size, face):
    ours, theirs = _fonts(face)
    for _ in range(2):  # the second answer is the kept one
        assert ours.stringWidth(text, size) == theirs.stringWidth(text, size)
        assert ours.stringWidth(_Word(text), size) == theirs.stringWidth(text, size)
    for char in text[:3]:
        assert ours.stringWidth(char, size) == theirs.stringWidth(char, size)
    assert pdfmetrics.getAscentDescent(ours.fontName, size) == pdfmetrics.getAscentDescent(theirs.fontName, size)
    assert pdfmetrics.getAscentDescent(ours.fontName) == pdfmetrics.getAscentDescent(theirs.fontName)


class _Word(str):
    """A str subclass, as reportlab's split and hyphenated words are."""


def test_kept_widths_are_forgotten_past_the_limit(monkeypatch):
    ours, theirs = _fonts()
    monkeypatch.setattr(rl, "WIDTHS_KEPT", 3)
    monkeypatch.setitem(rl.FAST, "widths", True)
    monkeypatch.setattr(ours, "_widths", None)  # what earlier memos left kept
    for n in range(10):
        text = "w" * (n + 1)
        assert ours.stringWidth(text, 11) == theirs.stringWidth(text, 11)
        assert len(ours._widths) <= 3


def test_without_the_fast_paths_a_memo_font_is_reportlab_s(fast_paths_off):
    ours, theirs = _fonts()
    assert ours.stringWidth("Niamey", 11) == theirs.stringWidth("Niamey", 11)
    assert ours._widths is None or ("Niamey", 11) not in ours._widths  # nothing kept


# Texts a memo's runs hold: letters, no-break spaces, characters the font lacks, and enough
# different ones (Greek, Cyrillic, CJK) to fill the first subset and open the next.
RUN_TEXT = st.text(alphabet=st.one_of(st.sampled_from("ab é\u00a0-\u00ad\u2019\u202f\uffff\U0001F600"),
                                      st.characters(min_codepoint=0x20, max_codepoint=0x52F),
                                      st.characters(min_codepoint=0x4E00, max_codepoint=0x4E40)))


class _Canvas(rl.HookedCanvas):
    """A canvas of ours: its text objects are QuickText."""


@given(st.lists(RUN_TEXT, max_size=12), st.sampled_from(["regular", "bold"]))
def test_codes_and_text_operators_are_reportlab_s(texts, face):
    """Two documents, one drawn by our font and text object (and the hooks the tagging calls) and
    one by reportlab's, a run at a time: the same runs, the same operators, the same codes
    assigned in the same subsets."""
    ours_font, theirs_font = _fonts(face)
    canvases = [_Canvas(io.BytesIO()), Canvas(io.BytesIO())]
    objects = []
    for canvas, font in zip(canvases, (ours_font, theirs_font), strict=True):
        tx = canvas.beginText(0, 0)
        tx.setFont(font.fontName, 11, 13)
        objects.append(tx)
    ours, theirs = objects
    assert type(ours) is rl.QuickText and type(theirs) is not rl.QuickText
    for text in texts + texts:  # a second time: every character then has its code
        assert ours_font.splitString(text, canvases[0].document) == theirs_font.splitString(text, canvases[1]._doc)
        mine, reportlab_s = ours.format_text(text), theirs._formatText(text)
        assert mine.replace(ours_font.fontName, "F") == reportlab_s.replace(theirs_font.fontName, "F")
        assert ours.subset == theirs._curSubset
        a, b = ours_font.state[canvases[0].document], theirs_font.state[canvases[1]._doc]
        assert (a.assignments, a.subsets, a.nextCode) == (b.assignments, b.subsets, b.nextCode)


def test_other_fonts_take_reportlab_s_path():
    canvases = [_Canvas(io.BytesIO()), Canvas(io.BytesIO())]
    ours, theirs = (c.beginText(0, 0) for c in canvases)
    for tx in (ours, theirs):
        tx.setFont("Helvetica", 11)
    for text in ["plain", "é\u00a0x", b"bytes"]:
        assert ours.format_text(text) == theirs._formatText(text)


def test_the_tested_range_is_a_range_of_versions():
    assert version_tuple("4.4.10") == (4, 4, 10) and version_tuple("5.0.0b1") == (5, 0, 0)
    assert version_tuple("5.1") == (5, 1) and within((5, 1), (4, 1, 0), (5, 2))
    assert not within((5, 2, 0), (4, 1, 0), (5, 2)) and not within((4, 0, 9), (4, 1, 0), (5, 2))
    assert rl.TESTED == within(rl.VERSION, rl.FLOOR, rl.BELOW)


def test_outside_the_tested_range_every_fast_path_is_off():
    """A reportlab older or newer than any the suite ran on: its public path, every fast path off."""
    assert not any(rl.fast_paths((99, 0, 0), public=False).values())
    assert not any(rl.fast_paths((4, 0, 9), public=False).values())
    assert all(rl.fast_paths(rl.FLOOR, public=False).values())
    assert not any(rl.fast_paths(rl.FLOOR, public=True).values())


def test_brief_compat_public_turns_every_fast_path_off():
    code = "from exporter._compat import reportlab as rl; print(sorted(k for k, v in rl.FAST.items() if v))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                         env={**os.environ, "BRIEF_COMPAT": "public"})
    assert out.stdout.strip() == "[]"


def test_memos_have_the_same_bytes_with_every_fast_path_off(monkeypatch):
    """What CI's run with BRIEF_COMPAT=public checks over the whole suite, here for both samples,
    both formats, every locale: the fast paths change the time a memo takes, never its bytes."""
    import exporter
    from exporter._compat import docx as docx_compat
    from tests.conftest import SAMPLE, SECOND

    def memos() -> dict:
        return {(sample.name, locale, fmt): exporter.render_memo(sample, locale=locale, format=fmt)
                for sample in (SAMPLE, SECOND) for locale in ("fr", "en") for fmt in ("pdf", "docx")}

    fast = memos()
    for table in (rl.FAST, docx_compat.FAST):
        for path in table:
            monkeypatch.setitem(table, path, False)
    from exporter.render.docx import renderer as docx_renderer
    from exporter.render.pdf import renderer as pdf_renderer

    docx_renderer._shell.cache_clear()  # the DOCX shell is made once per style: made again, publicly
    pdf_renderer.register_family.cache_clear()  # and the fonts registered again, parsed
    try:
        public = memos()
    finally:
        docx_renderer._shell.cache_clear()
        pdf_renderer.register_family.cache_clear()
    assert public == fast


def test_quick_calls_are_reportlab_s_own_outside_a_memo_and_on_other_threads():
    """The ``frags`` and ``pdf`` fast paths: in place only while a memo renders, reportlab's own
    functions back afterwards (even after an exception), and another thread meanwhile gets
    reportlab's answers."""
    import threading

    from reportlab.lib.abag import ABag
    from reportlab.pdfbase import pdfdoc
    from reportlab.platypus import paragraph

    def current():
        return (paragraph.sameFrag, ABag.clone, pdfdoc.format, pdfdoc.pdfdocEnc, pdfdoc.PDFName,
                pdfdoc.PDFDictionary.format)

    before = current()
    document = pdfdoc.PDFDocument()
    seen = {}

    def elsewhere():  # a thread that is not rendering a memo
        seen["active"] = rl._thread.active
        seen["name"] = pdfdoc.PDFName("Type")

    with pytest.raises(RuntimeError), rl.quick_calls():
        assert pdfdoc.format is (rl.pdf_format if rl.FAST["pdf"] else before[2])
        assert pdfdoc.format(2.5, document) == b"2.5" and pdfdoc.PDFName("Font") == "/Font"
        other = threading.Thread(target=elsewhere)
        other.start()
        other.join()
        raise RuntimeError("a memo that fails half-way")
    assert seen == {"active": False, "name": "/Type"}
    assert all(a is b for a, b in zip(current(), before, strict=True))
