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
from docx.oxml import OxmlElement
from docx.oxml.ns import qn


def lang(rpr, tag: str) -> None:
    """``w:lang w:val=…``: the proofing language of a run (or of the document defaults)."""
    element = rpr.find(qn("w:lang"))
    if element is None:
        element = OxmlElement("w:lang")
        # w:lang sits after every formatting element we use, and before w:eastAsianLayout.
        after = rpr.find(qn("w:eastAsianLayout"))
        if after is not None:
            after.addprevious(element)
        else:
            rpr.append(element)
    element.set(qn("w:val"), tag)


def field(paragraph_element, instruction: str, placeholder: str = "1", rpr=None) -> None:
    """A complex field (``w:fldChar`` begin / ``w:instrText`` / separate / result / end), such as
    ``PAGE`` or ``NUMPAGES``; Word and LibreOffice compute the result when they lay the page out."""
    def run():
        r = OxmlElement("w:r")
        if rpr is not None:
            from copy import deepcopy

            r.append(deepcopy(rpr))
        paragraph_element.append(r)
        return r

    for kind, text in (("begin", None), ("instr", f" {instruction} "), ("separate", None),
                       ("result", placeholder), ("end", None)):
        r = run()
        if kind == "instr":
            child = OxmlElement("w:instrText")
            child.set(qn("xml:space"), "preserve")
            child.text = text
        elif kind == "result":
            child = OxmlElement("w:t")
            child.text = text
        else:
            child = OxmlElement("w:fldChar")
            child.set(qn("w:fldCharType"), kind)
        r.append(child)


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


def hyperlink(paragraph_element, *, anchor: str | None = None, rel_id: str | None = None):
    """``w:hyperlink`` to a bookmark (``w:anchor``) or an external address (``r:id``); returns it
    so that runs can be added inside."""
    link = OxmlElement("w:hyperlink")
    if anchor:
        link.set(qn("w:anchor"), anchor)
    if rel_id:
        link.set(qn("r:id"), rel_id)
    link.set(qn("w:history"), "1")
    paragraph_element.append(link)
    return link


def external_rel(part, url: str) -> str:
    """Relate ``part`` to an external URL (for a hyperlink) and return the relationship id."""
    return part.relate_to(url, RT.HYPERLINK, is_external=True)


def repeat_header(row_element) -> None:
    """``w:trPr/w:tblHeader``: repeat this row at the top of every page the table spans."""
    trpr = row_element.get_or_add_trPr()
    header = OxmlElement("w:tblHeader")
    trpr.append(header)


def cant_split(row_element) -> None:
    """``w:trPr/w:cantSplit``: keep a row on one page."""
    trpr = row_element.get_or_add_trPr()
    trpr.append(OxmlElement("w:cantSplit"))


def shade(cell_element, fill: str) -> None:
    """``w:tcPr/w:shd``: a cell's background colour."""
    tcpr = cell_element.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcpr.append(shd)


def borders(container, tag: str, sides: tuple[str, ...], colour: str, eighths: int) -> None:
    """``w:pBdr`` / ``w:tblBorders``: single lines of ``eighths`` of a point on ``sides``."""
    box = container.find(qn(tag))
    if box is None:
        box = OxmlElement(tag)
        container.append(box)
    for side in sides:
        line = OxmlElement(f"w:{side}")
        line.set(qn("w:val"), "single")
        line.set(qn("w:sz"), str(eighths))
        line.set(qn("w:space"), "1")
        line.set(qn("w:color"), colour)
        box.append(line)


def restart_numbering(numbering, abstract_num_id: int) -> int:
    """A new ``w:num`` on ``abstract_num_id`` whose level 0 starts again at 1; returns its id."""
    num = numbering.add_num(abstract_num_id)
    override = num.add_lvlOverride(ilvl=0)
    override.add_startOverride(1)
    return num.numId


def number_paragraph(ppr, num_id: int, level: int = 0) -> None:
    """``w:numPr``: make a paragraph an item of list ``num_id``."""
    numpr = ppr.get_or_add_numPr()
    numpr.get_or_add_ilvl().val = level
    numpr.get_or_add_numId().val = num_id


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
