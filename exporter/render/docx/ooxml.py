"""Small OOXML constructs python-docx has no API for, one function per construct.

Each function names the WordprocessingML element it writes, in the spirit of python-docx's own
proxies, so the DOCX renderer never assembles XML strings itself.  The ``*_xml`` functions write
markup as text, byte for byte as lxml would serialise the element (escapes, empty elements): a
memo's body, header and footer go into their parts as text (``docxshell``).
"""

from __future__ import annotations

from functools import lru_cache

from docx.opc.constants import RELATIONSHIP_TYPE as RT
from lxml import etree

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_VAL = _W + "val"


def _el(parent, tag: str, **attrs: str):
    """A ``w:`` child element, appended; attribute names are ``w:`` attributes."""
    element = etree.SubElement(parent, _W + tag)
    for name, value in attrs.items():
        element.set(_W + name, value)
    return element


def twips(mm: float) -> int:
    """Millimetres in twentieths of a point, the unit of most WordprocessingML lengths."""
    return round(mm / 25.4 * 1440)


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
        out.append(_rpr(bold, italic, colour, lang, char_style, shade, no_proof))
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


@lru_cache(maxsize=256)
def _rpr(bold: bool, italic: bool, colour: str | None, lang: str | None, char_style: str | None, shade: str | None,
         no_proof: bool) -> str:
    """``w:rPr`` of :func:`run_xml`: the same few for every run of a memo, written once."""
    out = ["<w:rPr>"]
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
    return "".join(out)


def _t(text: str) -> str:
    """``w:t``, its edge spaces kept (``xml:space``)."""
    if text[0] == " " or text[-1] == " ":
        return f'<w:t xml:space="preserve">{text_markup(text)}</w:t>'
    return f"<w:t>{text_markup(text)}</w:t>"


def hyperlink_xml(runs: str, *, anchor: str | None = None, rel_id: str | None = None) -> str:
    """``w:hyperlink`` around ``runs``: to a bookmark (``w:anchor``) or an external address
    (``r:id``)."""
    attrs = (f' w:anchor="{_attr(anchor)}"' if anchor else "") + (f' r:id="{_attr(rel_id)}"' if rel_id else "")
    return f'<w:hyperlink{attrs} w:history="1">{runs}</w:hyperlink>'


def paragraph_xml(style_id: str | None, content: str = "", keep_next: bool = False, *, num_id: int | None = None,
                  tabs: str = "", spacing: str = "", bookmark: tuple[int, str] | None = None) -> str:
    """``w:p`` in a style (by style id), keeping with the next (``w:keepNext``) or not, an item of
    list ``num_id`` (``w:numPr``, level 0), with ``tabs`` and ``spacing`` (:func:`tabs_xml`,
    :func:`spacing_xml`), around ``content`` (runs, hyperlinks); ``bookmark`` (id, name): a
    ``w:bookmarkStart``/``w:bookmarkEnd`` around the content, a link target."""
    ppr = (f'<w:pStyle w:val="{_attr(style_id)}"/>' if style_id else "") + ("<w:keepNext/>" if keep_next else "")
    if num_id is not None:
        ppr += f'<w:numPr><w:ilvl w:val="0"/><w:numId w:val="{num_id}"/></w:numPr>'
    ppr += tabs + spacing
    if bookmark is not None:
        number, name = bookmark
        content = (f'<w:bookmarkStart w:id="{number}" w:name="{_attr(name)}"/>{content}'
                   f'<w:bookmarkEnd w:id="{number}"/>')
    if not ppr and not content:
        return "<w:p/>"
    return f"<w:p><w:pPr>{ppr}</w:pPr>{content}</w:p>" if ppr else f"<w:p>{content}</w:p>"


def tabs_xml(stops) -> str:
    """``w:tabs``: tab stops as (position in twips, alignment[, leader]) tuples; a leader
    (``underscore``, ``dot``) fills the space before the stop — a line to write on."""
    out = []
    for position, alignment, *leader in stops:
        extra = f' w:leader="{_attr(leader[0])}"' if leader and leader[0] else ""
        out.append(f'<w:tab w:val="{_attr(alignment)}" w:pos="{position}"{extra}/>')
    return f'<w:tabs>{"".join(out)}</w:tabs>' if out else "<w:tabs/>"


def spacing_xml(before: float | None = None, after: float | None = None) -> str:
    """``w:spacing``: the space before and after one paragraph, in points."""
    out = "<w:spacing"
    if before is not None:
        out += f' w:before="{round(before * 20)}"'
    if after is not None:
        out += f' w:after="{round(after * 20)}"'
    return out + "/>"


def field_xml(instruction: str, placeholder: str = "1") -> str:
    """A complex field (``w:fldChar`` begin / ``w:instrText`` / separate / result / end), such as
    ``PAGE`` or ``NUMPAGES``; Word and LibreOffice compute the result when they lay the page out."""
    return ('<w:r><w:fldChar w:fldCharType="begin"/></w:r>'
            f'<w:r><w:instrText xml:space="preserve"> {text_markup(instruction)} </w:instrText></w:r>'
            '<w:r><w:fldChar w:fldCharType="separate"/></w:r>'
            f'<w:r>{_t(placeholder) if placeholder else "<w:t/>"}</w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>')


def num_xml(num_id: int, abstract_num_id: int) -> str:
    """``w:num``: list ``num_id`` on ``abstract_num_id``, its level 0 starting again at 1 (each
    numbered list restarts)."""
    return (f'<w:num w:numId="{num_id}"><w:abstractNumId w:val="{abstract_num_id}"/>'
            '<w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>')


def hyperlink_rel_xml(rel_id: str, url: str) -> str:
    """``Relationship`` to an external URL (for a hyperlink), as python-docx writes it."""
    return f'<Relationship Id="{rel_id}" Type="{RT.HYPERLINK}" Target="{_attr(url)}" TargetMode="External"/>'


# Escapes for text and attribute values, as lxml writes them (so that markup written here is the
# bytes lxml would serialise); a carriage return, a tab or a newline in a value is written as a
# character reference, which the XML parser reads back as itself (not as a space or a newline).
_TEXT_ESCAPES = str.maketrans({"&": "&amp;", "<": "&lt;", ">": "&gt;", "\r": "&#13;"})
_ATTR_ESCAPES = str.maketrans({"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "\r": "&#13;",
                               "\n": "&#10;", "\t": "&#9;"})


def text_markup(value: str) -> str:
    """A text as an element's content: escaped as lxml writes it."""
    return value.translate(_TEXT_ESCAPES)


def _attr(value: str) -> str:
    return value.translate(_ATTR_ESCAPES)



BOX_FONT = "MS Gothic"  # the font Word itself uses for its check boxes' ☐ and ☒
_BOX_CHECKED, _BOX_UNCHECKED = "\u2612", "\u2610"
_BOX_FONTS = f'<w:rPr><w:rFonts w:ascii="{BOX_FONT}" w:hAnsi="{BOX_FONT}" w:eastAsia="{BOX_FONT}" w:cs="{BOX_FONT}"/></w:rPr>'


def checkbox_xml(tag: str, title: str, checked: bool = False) -> str:
    """``w:sdt`` with ``w14:checkbox``: a check-box content control (Word 2010+) that a reader
    ticks with a click; ``tag`` and ``title`` (``w:tag``, ``w:alias``) name it for programs and
    screen readers.  Word draws ☐ / ☒; other readers show the run inside.  (``w14`` is declared
    on the document.)"""
    return (f'<w:sdt><w:sdtPr>{_BOX_FONTS}<w:alias w:val="{_attr(title)}"/><w:tag w:val="{_attr(tag)}"/>'
            f'<w14:checkbox><w14:checked w14:val="{1 if checked else 0}"/>'
            f'<w14:checkedState w14:val="2612" w14:font="{BOX_FONT}"/>'
            f'<w14:uncheckedState w14:val="2610" w14:font="{BOX_FONT}"/></w14:checkbox></w:sdtPr>'
            f'<w:sdtContent><w:r>{_BOX_FONTS}<w:t>{_BOX_CHECKED if checked else _BOX_UNCHECKED}</w:t></w:r></w:sdtContent></w:sdt>')


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
    ).encode()
