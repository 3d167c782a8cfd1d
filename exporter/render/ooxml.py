"""Small OOXML constructs python-docx has no API for, one function per construct.

Each function names the WordprocessingML element it writes, in the spirit of python-docx's own
proxies, so the DOCX renderer never assembles XML strings itself.
"""

from __future__ import annotations

import datetime as dt
import io
import zipfile

from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import CONTENT_TYPES_URI, PACKAGE_URI
from docx.opc.pkgwriter import _ContentTypesItem
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import qn
from lxml import etree

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_XML_SPACE = "{http://www.w3.org/XML/1998/namespace}space"
_VAL = _W + "val"


def _el(parent, tag: str, **attrs: str):
    """A ``w:`` child element, appended; attribute names are ``w:`` attributes."""
    element = etree.SubElement(parent, _W + tag) if parent is not None else OxmlElement(f"w:{tag}")
    for name, value in attrs.items():
        element.set(_W + name, value)
    return element


def twips(mm: float) -> int:
    """Millimetres in twentieths of a point, the unit of most WordprocessingML lengths."""
    return round(mm / 25.4 * 1440)


def paragraph(style_id: str | None = None):
    """``w:p`` with ``w:pPr/w:pStyle``: a paragraph in a style (by style id, never by name)."""
    p = OxmlElement("w:p")
    if style_id:
        _el(_el(p, "pPr"), "pStyle", val=style_id)
    return p


def run(parent, text: str, **properties) -> None:
    """``w:r``, appended to ``parent``: see :func:`run_xml`."""
    xml = run_xml(text, **properties)
    if xml:
        parent.append(element(xml))


def run_xml(text: str, *, bold: bool = False, italic: bool = False, colour: str | None = None,
            lang: str | None = None, char_style: str | None = None, shade: str | None = None,
            no_proof: bool = False, whole: bool = False) -> str:
    """``w:r``: a run of text with its properties in schema order (rStyle, b, i, noProof, color,
    shd, lang); a newline becomes ``w:br``, a tab ``w:tab``.  ``shade`` fills the run's
    background; ``no_proof`` keeps Word's proofing tools, hyphenation included, off the run;
    ``whole``: its hyphens become ``w:noBreakHyphen`` (a line never breaks there: États-Unis).
    An empty text is no run ("")."""
    if not text:
        return ""
    out = ["<w:r>"]
    if bold or italic or colour or lang or char_style or shade or no_proof:
        out.append("<w:rPr>")
        if char_style:
            out.append(f'<w:rStyle w:val="{_attr(char_style)}"/>')
        if bold:
            out.append("<w:b/>")
        if italic:
            out.append("<w:i/>")
        if no_proof:
            out.append("<w:noProof/>")
        if colour:
            out.append(f'<w:color w:val="{_attr(colour)}"/>')
        if shade:
            out.append(f'<w:shd w:val="clear" w:color="auto" w:fill="{_attr(shade)}"/>')
        if lang:
            out.append(f'<w:lang w:val="{_attr(lang)}"/>')
        out.append("</w:rPr>")
    if "\n" in text or "\t" in text or whole:
        for i, line in enumerate(text.split("\n")):
            if i:
                out.append("<w:br/>")
            for j, piece in enumerate(line.split("\t")):
                if j:
                    out.append("<w:tab/>")
                for k, part in enumerate(piece.split("-") if whole else (piece,)):
                    if k:
                        out.append("<w:noBreakHyphen/>")
                    if part:
                        out.append(_t(part))
    else:
        out.append(_t(text))
    out.append("</w:r>")
    return "".join(out)


def _t(text: str) -> str:
    """``w:t``, its edge spaces kept (``xml:space``)."""
    if text[0] == " " or text[-1] == " ":
        return f'<w:t xml:space="preserve">{_text(text)}</w:t>'
    return f"<w:t>{_text(text)}</w:t>"


def hyperlink_xml(runs: str, *, anchor: str | None = None, rel_id: str | None = None) -> str:
    """``w:hyperlink`` around ``runs``: to a bookmark (``w:anchor``) or an external address
    (``r:id``)."""
    attrs = (f' w:anchor="{_attr(anchor)}"' if anchor else "") + (f' r:id="{_attr(rel_id)}"' if rel_id else "")
    return f'<w:hyperlink{attrs} w:history="1">{runs}</w:hyperlink>'


def paragraph_xml(style_id: str | None, content: str = "", keep_next: bool = False) -> str:
    """``w:p`` in a style (by style id), keeping with the next (``w:keepNext``) or not, around
    ``content`` (runs, hyperlinks)."""
    if style_id:
        ppr = f'<w:pPr><w:pStyle w:val="{_attr(style_id)}"/>{"<w:keepNext/>" if keep_next else ""}</w:pPr>'
    else:
        ppr = "<w:pPr><w:keepNext/></w:pPr>" if keep_next else ""
    return f"<w:p>{ppr}{content}</w:p>"


# Escapes for text and attribute values; a carriage return, a tab or a newline is written as a
# character reference, which the XML parser reads back as itself (not as a space or a newline).
_TEXT_ESCAPES = str.maketrans({"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "\r": "&#13;"})
_ATTR_ESCAPES = str.maketrans({"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "\r": "&#13;",
                               "\n": "&#10;", "\t": "&#9;"})


def _text(value: str) -> str:
    return value.translate(_TEXT_ESCAPES)


def _attr(value: str) -> str:
    return value.translate(_ATTR_ESCAPES)


_DECLARE_W = f'xmlns:w="{_W[1:-1]}"'
_DECLARE_R = 'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'


def element(xml: str):
    """The element (with its children) that the markup ``xml`` of one ``w:`` element writes:
    parsing markup builds a paragraph several times quicker than creating its elements one by
    one.  The ``w:`` namespace is declared on it (and ``r:``, when it links by relationship id;
    text and attribute values escape their quotation marks, so none can look like one); moved
    into a part that declares them, it loses the declarations."""
    head = xml.index(">")
    name_end = xml.find(" ", 0, head)
    if name_end < 0:
        name_end = head - 1 if xml[head - 1] == "/" else head
    declare = _DECLARE_W + (" " + _DECLARE_R if ' r:id="' in xml else "")
    return parse_xml(f"{xml[:name_end]} {declare}{xml[name_end:]}")


def _ppr(p):
    ppr = p.find(_W + "pPr")
    if ppr is None:
        ppr = _el(None, "pPr")
        p.insert(0, ppr)
    return ppr


def tabs(p, stops) -> None:
    """``w:pPr/w:tabs``: tab stops as (position in twips, alignment[, leader]) tuples; a leader
    (``underscore``, ``dot``) fills the space before the stop — a line to write on."""
    box = set_in_sequence(_ppr(p), "tabs", "pPr")
    for position, alignment, *leader in stops:
        tab = _el(box, "tab", val=alignment, pos=str(position))
        if leader and leader[0]:
            tab.set(_W + "leader", leader[0])


def keep_with_next(p) -> None:
    """``w:pPr/w:keepNext``: the paragraph stays on the page of the one that follows."""
    set_in_sequence(_ppr(p), "keepNext", "pPr")


def space_after(p, points: float) -> None:
    """``w:pPr/w:spacing w:after``: the space after one paragraph, in points."""
    _spacing(p, "after", points)


def space_before(p, points: float) -> None:
    """``w:pPr/w:spacing w:before``: the space before one paragraph, in points."""
    _spacing(p, "before", points)


def _spacing(p, side: str, points: float) -> None:
    ppr = _ppr(p)
    spacing = ppr.find(_W + "spacing")
    if spacing is None:
        spacing = set_in_sequence(ppr, "spacing", "pPr")
    spacing.set(_W + side, str(round(points * 20)))


_W14 = "{http://schemas.microsoft.com/office/word/2010/wordml}"
BOX_FONT = "MS Gothic"  # the font Word itself uses for its check boxes' ☐ and ☒


def checkbox(p, tag: str, title: str, checked: bool = False) -> None:
    """``w:sdt`` with ``w14:checkbox``: a check-box content control (Word 2010+) that a reader
    ticks with a click; ``tag`` and ``title`` (``w:tag``, ``w:alias``) name it for programs and
    screen readers.  Word draws ☐ / ☒; other readers show the run inside."""
    sdt = _el(p, "sdt")
    pr = _el(sdt, "sdtPr")
    rpr = _el(pr, "rPr")
    fonts = _el(rpr, "rFonts")
    for attr in ("ascii", "hAnsi", "eastAsia", "cs"):
        fonts.set(_W + attr, BOX_FONT)
    _el(pr, "alias", val=title)
    _el(pr, "tag", val=tag)
    box = etree.SubElement(pr, _W14 + "checkbox")
    etree.SubElement(box, _W14 + "checked").set(_W14 + "val", "1" if checked else "0")
    for name, code in (("checkedState", "2612"), ("uncheckedState", "2610")):
        state = etree.SubElement(box, _W14 + name)
        state.set(_W14 + "val", code)
        state.set(_W14 + "font", BOX_FONT)
    content = _el(sdt, "sdtContent")
    r = _el(content, "r")
    rfonts = _el(_el(r, "rPr"), "rFonts")
    for attr in ("ascii", "hAnsi", "eastAsia", "cs"):
        rfonts.set(_W + attr, BOX_FONT)
    _el(r, "t").text = "\u2612" if checked else "\u2610"


def table_xml(style_id: str, widths: list[int], border: str, rows: str,
              margins: tuple[float, float, float, float] | None = None, caption: str = "", description: str = "") -> str:
    """``w:tbl`` with its properties, its grid and ``rows``: a fixed-layout table in a table style,
    centred, single borders of ``border`` colour, columns of ``widths`` twips, cell ``margins``
    (left, right, top, bottom, in points: ``w:tblCellMar``), and the title and description that
    Word 2010+ shows as the table's alternative text and screen readers announce
    (``w:tblCaption``, ``w:tblDescription``, last in ``w:tblPr``)."""
    out = [f'<w:tbl><w:tblPr><w:tblStyle w:val="{_attr(style_id)}"/><w:tblW w:w="{sum(widths)}" w:type="dxa"/>'
           '<w:jc w:val="center"/><w:tblBorders>']
    out += [f'<w:{side} w:val="single" w:sz="4" w:space="0" w:color="{_attr(border)}"/>'
            for side in ("top", "left", "bottom", "right", "insideH", "insideV")]
    out.append('</w:tblBorders><w:tblLayout w:type="fixed"/>')
    if margins is not None:
        left, right, top, bottom = margins
        out.append("<w:tblCellMar>")
        out += [f'<w:{side} w:w="{round(points * 20)}" w:type="dxa"/>'
                for side, points in (("top", top), ("left", left), ("bottom", bottom), ("right", right))]
        out.append("</w:tblCellMar>")
    out.append('<w:tblLook w:val="04A0" w:firstRow="1" w:lastRow="0" w:firstColumn="1" w:lastColumn="0" '
               'w:noHBand="0" w:noVBand="1"/>')
    if caption:
        out.append(f'<w:tblCaption w:val="{_attr(caption)}"/>')
    if description:
        out.append(f'<w:tblDescription w:val="{_attr(description)}"/>')
    out.append("</w:tblPr><w:tblGrid>")
    out += [f'<w:gridCol w:w="{width}"/>' for width in widths]
    out.append(f"</w:tblGrid>{rows}</w:tbl>")
    return "".join(out)


def table_row_xml(cells: str, header: bool = False, can_split: bool = False) -> str:
    """``w:tr`` of ``cells`` that stays whole on its page (``w:cantSplit``) unless ``can_split``;
    a header row (``w:tblHeader``) repeats at the top of each page and is the table's header for
    screen readers and tagged PDF (LibreOffice exports its cells as TH)."""
    pr = ("" if can_split else "<w:cantSplit/>") + ("<w:tblHeader/>" if header else "")
    return f"<w:tr>{f'<w:trPr>{pr}</w:trPr>' if pr else '<w:trPr/>'}{cells}</w:tr>"


def table_cell_xml(width: int, paragraph: str, fill: str | None = None) -> str:
    """``w:tc`` of ``width`` twips (``fill``: background colour) holding one ``paragraph``."""
    shade = f'<w:shd w:val="clear" w:color="auto" w:fill="{_attr(fill)}"/>' if fill else ""
    return f'<w:tc><w:tcPr><w:tcW w:w="{width}" w:type="dxa"/>{shade}</w:tcPr>{paragraph}</w:tc>'


def lang(rpr, tag: str) -> None:
    """``w:lang w:val=…``: the proofing language of a run (or of the document defaults)."""
    element = rpr.find(_W + "lang")
    if element is None:
        element = set_in_sequence(rpr, "lang", "rPr")
    element.set(_VAL, tag)


def field(paragraph_element, instruction: str, placeholder: str = "1") -> None:
    """A complex field (``w:fldChar`` begin / ``w:instrText`` / separate / result / end), such as
    ``PAGE`` or ``NUMPAGES``; Word and LibreOffice compute the result when they lay the page out."""
    _el(_el(paragraph_element, "r"), "fldChar", fldCharType="begin")
    instr = _el(_el(paragraph_element, "r"), "instrText")
    instr.set(_XML_SPACE, "preserve")
    instr.text = f" {instruction} "
    _el(_el(paragraph_element, "r"), "fldChar", fldCharType="separate")
    _el(_el(paragraph_element, "r"), "t").text = placeholder
    _el(_el(paragraph_element, "r"), "fldChar", fldCharType="end")


def bookmark(paragraph_element, name: str, number: int) -> None:
    """``w:bookmarkStart``/``w:bookmarkEnd`` around a paragraph's content: a link target."""
    start = OxmlElement("w:bookmarkStart")
    start.set(qn("w:id"), str(number))
    start.set(qn("w:name"), name)
    end = OxmlElement("w:bookmarkEnd")
    end.set(qn("w:id"), str(number))
    ppr = paragraph_element.find(qn("w:pPr"))
    if ppr is not None:
        ppr.addnext(start)
    else:
        paragraph_element.insert(0, start)
    paragraph_element.append(end)


def external_rel(part, url: str) -> str:
    """Relate ``part`` to an external URL (for a hyperlink) and return the relationship id."""
    return part.relate_to(url, RT.HYPERLINK, is_external=True)





# The order ECMA-376 gives the children of the property elements brief writes into: Word refuses a
# document (repair prompt) where one is out of place or doubled.
SEQUENCES = {
    "pPr": ("pStyle keepNext keepLines pageBreakBefore framePr widowControl numPr suppressLineNumbers pBdr shd "
            "tabs suppressAutoHyphens kinsoku wordWrap overflowPunct topLinePunct autoSpaceDE autoSpaceDN bidi "
            "adjustRightInd snapToGrid spacing ind contextualSpacing mirrorIndents suppressOverlap jc "
            "textDirection textAlignment textboxTightWrap outlineLvl divId cnfStyle rPr sectPr pPrChange").split(),
    "rPr": ("rStyle rFonts b bCs i iCs caps smallCaps strike dstrike outline shadow emboss imprint noProof "
            "snapToGrid vanish webHidden color spacing w kern position sz szCs highlight u effect bdr shd "
            "fitText vertAlign rtl cs em lang eastAsianLayout specVanish oMath rPrChange").split(),
}


def set_in_sequence(parent, tag: str, sequence: str, **attrs: str):
    """The ``w:tag`` child of a property element, replaced if present, else inserted where the
    schema puts it; returns it."""
    order = SEQUENCES[sequence]
    old = parent.find(_W + tag)
    element = etree.Element(_W + tag)
    for name, value in attrs.items():
        element.set(_W + name, value)
    if old is not None:
        old.addprevious(element)
        parent.remove(old)
        return element
    later = set(order[order.index(tag) + 1:])
    for child in parent:
        if child.tag.startswith(_W) and child.tag[len(_W):] in later:
            child.addprevious(element)
            return element
    parent.append(element)
    return element


def paragraph_border(ppr, side: str, colour: str, eighths: int, space: int = 1) -> None:
    """``w:pBdr``: a single line of ``eighths`` of a point on one side of a paragraph, ``space``
    points from its text."""
    box = set_in_sequence(ppr, "pBdr", "pPr")
    _el(box, side, val="single", sz=str(eighths), space=str(space), color=colour)


def restart_numbering(numbering, abstract_num_id: int) -> int:
    """A new ``w:num`` on ``abstract_num_id`` whose level 0 starts again at 1; returns its id."""
    num = numbering.add_num(abstract_num_id)
    override = num.add_lvlOverride(ilvl=0)
    override.add_startOverride(1)
    return num.numId


def number_paragraph(p, num_id: int, level: int = 0) -> None:
    """``w:pPr/w:numPr``: make a paragraph an item of list ``num_id``."""
    numpr = set_in_sequence(p.find(_W + "pPr"), "numPr", "pPr")
    _el(numpr, "ilvl", val=str(level))
    _el(numpr, "numId", val=str(num_id))


def hyphenation(settings) -> None:
    """``w:autoHyphenation`` and its companions in ``word/settings.xml`` (after
    ``w:defaultTabStop``, as the schema orders them): hyphenate as the PDF does, by each run's
    language; never words in capitals; at most two hyphenated lines in a row; a 0.25 in zone."""
    anchor = settings.find(_W + "defaultTabStop")
    elements = []
    for tag, value in (("autoHyphenation", None), ("consecutiveHyphenLimit", "2"),
                       ("hyphenationZone", "360"), ("doNotHyphenateCaps", None)):
        element = etree.Element(_W + tag)
        if value is not None:
            element.set(_VAL, value)
        elements.append(element)
    for element in reversed(elements):
        anchor.addnext(element)


def app_properties(application: str) -> bytes:
    """``docProps/app.xml``: the extended properties, naming the application that wrote the file
    (the template's say "Microsoft Macintosh Word" and a page count of 1)."""
    return (
        "<?xml version='1.0' encoding='UTF-8' standalone='yes'?>\n"
        '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" '
        'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">'
        f"<Application>{application}</Application><DocSecurity>0</DocSecurity>"
        "<LinksUpToDate>false</LinksUpToDate></Properties>"
    ).encode("utf-8")


def package_bytes(package, when: dt.datetime) -> bytes:
    """Serialise an OPC package as python-docx would, but deterministically: fixed entry order
    and timestamps (``when``), so the same memo always gives the same bytes."""
    stamp = (max(when.year, 1980), when.month, when.day, when.hour, when.minute, when.second)
    buffer = io.BytesIO()
    parts = list(package.iter_parts())
    for part in parts:
        part.before_marshal()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        def put(name: str, blob: bytes) -> None:
            info = zipfile.ZipInfo(name.lstrip("/"), date_time=stamp)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            archive.writestr(info, blob, compresslevel=6)

        put(CONTENT_TYPES_URI, _ContentTypesItem.from_parts(parts).blob)
        put(PACKAGE_URI.rels_uri, package.rels.xml)
        for part in parts:
            put(part.partname, part.blob)
            if len(part.rels):
                put(part.partname.rels_uri, part.rels.xml)
    return buffer.getvalue()
