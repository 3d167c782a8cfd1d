"""Body markup written as text (exporter.render.ooxml's *_xml functions) parses to the elements
that building them one by one gives: same tree, same bytes."""

from __future__ import annotations

from hypothesis import given, strategies as st
from docx.oxml import OxmlElement
from lxml import etree

from exporter.render import ooxml

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
XML_SPACE = "{http://www.w3.org/XML/1998/namespace}space"


def _el(parent, tag, **attrs):
    element = etree.SubElement(parent, W + tag)
    for name, value in attrs.items():
        element.set(W + name, value)
    return element


def built_run(parent, text, *, bold=False, italic=False, colour=None, lang=None, char_style=None, shade=None,
              no_proof=False, whole=False):
    """A run built element by element (how the renderer wrote runs before)."""
    if not text:
        return
    r = _el(parent, "r")
    if bold or italic or colour or lang or char_style or shade or no_proof:
        rpr = _el(r, "rPr")
        if char_style:
            _el(rpr, "rStyle", val=char_style)
        if bold:
            _el(rpr, "b")
        if italic:
            _el(rpr, "i")
        if no_proof:
            _el(rpr, "noProof")
        if colour:
            _el(rpr, "color", val=colour)
        if shade:
            _el(rpr, "shd", val="clear", color="auto", fill=shade)
        if lang:
            _el(rpr, "lang", val=lang)
    for i, line in enumerate(text.split("\n")):
        if i:
            _el(r, "br")
        for j, piece in enumerate(line.split("\t")):
            if j:
                _el(r, "tab")
            for k, part in enumerate(piece.split("-") if whole else (piece,)):
                if k:
                    _el(r, "noBreakHyphen")
                if part:
                    t = _el(r, "t")
                    t.text = part
                    if part[0] == " " or part[-1] == " ":
                        t.set(XML_SPACE, "preserve")


# XML text: anything but the control characters the layout removes (clean) before any renderer.
TEXT = st.text(st.characters(blacklist_categories=("Cs",), blacklist_characters=[
    *map(chr, range(0, 9)), "\x0b", "\x0c", *map(chr, range(0x0e, 0x20)), "\ufffe", "\uffff"]))
TEXT_WITH_MARKUP = st.one_of(TEXT, st.text(alphabet=' &<>"\'\r\n\t-ab\u00a0\u202f'))
ATTRIBUTE = st.one_of(st.none(), TEXT_WITH_MARKUP.filter(bool))


def serialized(p) -> bytes:
    return etree.tostring(p)


@given(TEXT_WITH_MARKUP, st.booleans(), st.booleans(), ATTRIBUTE, ATTRIBUTE, ATTRIBUTE, st.booleans(), st.booleans())
def test_a_run_as_markup_is_the_run_built_element_by_element(text, bold, italic, colour, lang, char_style, no_proof,
                                                             whole):
    properties = dict(bold=bold, italic=italic, colour=colour, lang=lang, char_style=char_style, no_proof=no_proof,
                      whole=whole)
    built = OxmlElement("w:p")
    built_run(built, text, **properties)
    parsed = OxmlElement("w:p")
    ooxml.run(parsed, text, **properties)
    assert serialized(parsed) == serialized(built)
    from_markup = ooxml.element(ooxml.paragraph_xml(None, ooxml.run_xml(text, **properties)))
    assert serialized(from_markup) == serialized(built)


def test_a_paragraph_with_links_declares_the_relationships_namespace_only_when_it_uses_it():
    runs = ooxml.run_xml(' r:id="rId9" is text, not a link', char_style="Hyperlink")
    anchored = ooxml.element(ooxml.paragraph_xml("Body", ooxml.hyperlink_xml(runs, anchor="source_1")))
    assert "r" not in anchored.nsmap
    linked = ooxml.element(ooxml.paragraph_xml("Body", ooxml.hyperlink_xml(runs, rel_id="rId9")))
    link = linked.find(W + "hyperlink")
    assert link.get("{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id") == "rId9"
    assert link.find(f"{W}r/{W}t").text == ' r:id="rId9" is text, not a link'
