"""Body markup written as text (exporter.render.docx.ooxml's *_xml functions) parses to the elements
that building them one by one gives: same tree, same bytes."""

from __future__ import annotations

from docx.oxml import OxmlElement
from hypothesis import given
from hypothesis import strategies as st
from lxml import etree

from exporter.render.docx import ooxml

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


def serialized(p) -> str:
    return etree.tostring(p, encoding="unicode")


# The namespaces the document part declares that the body's markup uses.
_DECLARE = ('xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
            'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" '
            'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"')


def as_lxml_writes_it(markup: str) -> bool:
    """``markup`` is what lxml serialises for the tree it parses to (it goes into a part as text)."""
    wrapped = f"<w:body {_DECLARE}>{markup}</w:body>"
    return etree.tostring(etree.fromstring(wrapped.encode("utf-8")), encoding="unicode") == wrapped


@given(TEXT_WITH_MARKUP, st.booleans(), st.booleans(), ATTRIBUTE, ATTRIBUTE, ATTRIBUTE, st.booleans(), st.booleans())
def test_a_run_as_markup_is_the_run_built_element_by_element(text, bold, italic, colour, lang, char_style, no_proof,
                                                             whole):
    properties = dict(bold=bold, italic=italic, colour=colour, lang=lang, char_style=char_style, no_proof=no_proof,
                      whole=whole)
    built = OxmlElement("w:p")
    built_run(built, text, **properties)
    markup = ooxml.run_xml(text, **properties)
    declare = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    assert serialized(built) == (f"<w:p {declare}>{markup}</w:p>" if markup else f"<w:p {declare}/>")


@given(TEXT_WITH_MARKUP, ATTRIBUTE, ATTRIBUTE, st.booleans(), st.one_of(st.none(), st.integers(1, 99)),
       st.lists(st.tuples(st.integers(0, 20000), st.sampled_from(["left", "right"]),
                          st.sampled_from([None, "underscore"])), max_size=3),
       st.one_of(st.none(), st.floats(0, 40)), st.one_of(st.none(), st.floats(0, 40)),
       st.one_of(st.none(), st.tuples(st.integers(1, 99), TEXT_WITH_MARKUP.filter(bool))))
def test_a_paragraph_as_markup_is_as_lxml_writes_it(text, style_id, anchor, keep, num_id, stops, before, after,
                                                    bookmark):
    runs = ooxml.run_xml(text) + ooxml.hyperlink_xml(ooxml.run_xml(text or "x", char_style="Hyperlink"),
                                                     anchor=anchor, rel_id="rId6" if anchor is None else None)
    spacing = ooxml.spacing_xml(before, after) if before is not None or after is not None else ""
    for content in (runs, ""):
        assert as_lxml_writes_it(ooxml.paragraph_xml(style_id, content, keep, num_id=num_id,
                                                     tabs=ooxml.tabs_xml(stops) if stops else "", spacing=spacing,
                                                     bookmark=bookmark))


@given(TEXT_WITH_MARKUP.filter(bool), TEXT_WITH_MARKUP.filter(bool), st.booleans())
def test_furniture_as_markup_is_as_lxml_writes_it(tag, title, checked):
    assert as_lxml_writes_it(ooxml.paragraph_xml("Decision", ooxml.checkbox_xml(tag, title, checked)))
    assert as_lxml_writes_it(ooxml.paragraph_xml("Footer", ooxml.field_xml("PAGE") + ooxml.field_xml("NUMPAGES", "")))
    assert as_lxml_writes_it(ooxml.table_xml("TableGrid", [100, 200], "AAAAAA", ooxml.table_row_xml(
        ooxml.table_cell_xml(100, ooxml.paragraph_xml("TableText", ooxml.run_xml(title)), fill="EEEEEE")),
        (4, 4, 3, 3.6), caption=title, description=tag))


@given(TEXT_WITH_MARKUP.filter(bool))
def test_a_link_relationship_is_as_python_docx_writes_it(url):
    from docx.opc.constants import RELATIONSHIP_TARGET_MODE as RTM
    from docx.opc.constants import RELATIONSHIP_TYPE as RT
    from docx.opc.oxml import CT_Relationship

    expected = etree.tostring(CT_Relationship.new("rId6", RT.HYPERLINK, url, RTM.EXTERNAL), encoding="unicode")
    declare = ' xmlns="http://schemas.openxmlformats.org/package/2006/relationships"'
    assert expected == ooxml.hyperlink_rel_xml("rId6", url).replace("<Relationship", "<Relationship" + declare, 1)


@given(st.lists(st.tuples(st.text("abc/_.[]", min_size=1), st.binary(max_size=3000)), max_size=5, unique_by=lambda f: f[0]),
       st.tuples(st.integers(1980, 2107), st.integers(1, 12), st.integers(1, 28), st.integers(0, 23),
                 st.integers(0, 59), st.integers(0, 59)))
def test_the_zip_is_the_one_zipfile_writes(files, stamp):
    import io
    import zipfile

    from exporter.render.docx import zipwrite

    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, blob in files:
            info = zipfile.ZipInfo(name.lstrip("/"), date_time=stamp)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            archive.writestr(info, blob, compresslevel=6)
    assert zipwrite.archive([zipwrite.entry(name, blob) for name, blob in files], stamp) == buffer.getvalue()
