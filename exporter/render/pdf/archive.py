"""PDF/A-2 for the PDF renderer: what makes a memo archivable, and identifies it as PDF/A-2a and
PDF/UA-1.

reportlab writes neither XMP metadata nor an output intent, and a few details of its files fall
short of ISO 19005-2 (PDF/A-2).  :func:`archive` adds, once the last page is drawn and before the
file is written:

- the XMP metadata stream of the catalog (6.6.2): the Info dictionary's title, author, subject,
  keywords, creator, producer and dates as their XMP equivalents (``dc:title``, ``dc:creator``,
  ``dc:description``, ``pdf:Keywords``, ``xmp:CreatorTool``, ``pdf:Producer``,
  ``xmp:CreateDate``/``ModifyDate``), taken from the same objects so they cannot differ;
  ``dc:language``; ``pdfaid:part`` 2 and ``conformance`` A (6.6.4); ``pdfuaid:part`` 1 (ISO 14289-1,
  5), which PDF/A-2 accepts only through a PDF/A extension schema (6.6.2.3).  The stream is left
  unfiltered: PDF/A-1 forbade a filter on it and PDF/A-2 does not, but XMP packets are meant to be
  found by tools that scan a file's bytes;
- an sRGB output intent, ``GTS_PDFA1`` (6.2.3), with the 480-byte CC0 profile shipped in
  ``exporter/icc`` — every colour of a memo is DeviceRGB or DeviceGray, which this makes
  device-independent (6.2.4.3);
- the print flag on every annotation (6.3.2: links must print, and be neither hidden nor
  invisible);
- ``/DisplayDocTitle`` (PDF/UA-1, 7.1: a viewer shows the title, not the file name);
- an Info dictionary without ``/Trapped``, which reportlab always writes but which has no XMP
  equivalent in a predefined schema;
- a file identifier (6.1.3) that digests the page contents and the metadata as well as reportlab's
  title, author, subject and keywords (its invariant mode hashes only those, so two memos with the
  same metadata would share an identifier); still the same bytes for the same memo;
- PDF 1.7 in the header (the version PDF/A-2 and PDF/UA-1 build on; the ICC v4 profile needs 1.5).

And, for every stream of the memo, the end-of-line marker before ``endstream`` that 6.1.7.1
requires (reportlab writes binary data straight up to the keyword): a line feed, or a carriage
return and a line feed after data that ends in a carriage return
(:func:`exporter._compat.reportlab.eol_before_endstream`).  The memo's streams are written by a
stream class of ours (:func:`exporter._compat.reportlab.end_streams_with_eol`); reportlab's own
``PDFStream`` is left as it ships, for every other document.

Fonts need one thing: reportlab embeds every face as a subset with a ToUnicode map of every code
(6.2.11.4, 6.2.11.7.2) and as a symbolic TrueType font without an encoding, whose ``cmap`` holds
exactly one subtable (6.2.11.6), but its map also lists code 0 — the subset's ``.notdef``, which a
memo never draws (localize replaces what the fonts cannot draw) — as U+0000, a value 6.2.11.7.2
and ISO 14289-1, 7.21.7 forbid.  :func:`archive` has the document leave that entry out once the
fonts' objects are made (:class:`_NotdefOutOfToUnicode`): a code that draws no character maps to
none.  :mod:`~exporter.render.pdf.ttfsubset` removes hinting and the ``name`` table, which
ISO 32000-1, 9.9 does not require of an embedded TrueType program.

Level A also asks for the structure tree and marked content (6.7), which the tagging modules add.
"""

from __future__ import annotations

import hashlib
import re
from functools import cache

from reportlab.pdfbase.pdfdoc import (
    PDFArray,
    PDFDictionary,
    PDFInfo,
    PDFName,
    PDFStream,
    PDFString,
    PDFZCompress,
)

from exporter._compat import reportlab as rl
from exporter.resources import PACKAGE

PDFA_PART, PDFA_CONFORMANCE = 2, "A"
PDFUA_PART = 1
PDF_VERSION = (1, 7)
OUTPUT_CONDITION = "sRGB IEC61966-2.1"
PRINT = 4  # the annotation flag Print (ISO 32000-1, 12.5.3); Hidden, NoView and the rest stay 0


def color_profile() -> bytes:
    """The sRGB ICC profile of the output intent (CC0; see ``exporter/icc/LICENSE-CC0.txt``)."""
    return _read(PACKAGE / "icc" / "sRGB-v4.icc")


@cache
def _read(path) -> bytes:
    return path.read_bytes()


def archive(canvas, lang: str) -> None:
    """Make the document on ``canvas`` a PDF/A-2a and PDF/UA-1 identified file: call it once,
    after the last page and before ``canvas.save()``.  ``lang``: the memo's BCP 47 tag."""
    doc = canvas.document
    rl.raise_pdf_version(doc, PDF_VERSION)
    info = _Info()
    info.__dict__.update(doc.info.__dict__)
    if not info.title.strip():  # PDF/UA-1 (7.1) wants a title: a brief with an empty subject gets its kind
        info.title = info.subject.strip(" —–-") or info.subject
    doc.info = info
    packet = xmp(info, rl.time_stamp(doc), lang)
    catalog = doc.Catalog
    catalog.Metadata = rl.EolStream(PDFDictionary({"Type": PDFName("Metadata"), "Subtype": PDFName("XML")}),
                                 packet)
    profile = rl.EolStream(PDFDictionary({"N": 3}), color_profile(), filters=[PDFZCompress])
    intent = PDFDictionary({
        "Type": PDFName("OutputIntent"), "S": PDFName("GTS_PDFA1"),
        "OutputConditionIdentifier": PDFString(OUTPUT_CONDITION), "Info": PDFString(OUTPUT_CONDITION),
        "DestOutputProfile": doc.Reference(profile, "brief.OutputProfile"),
    })
    catalog.OutputIntents = PDFArray([intent])
    rl.allow_entries(catalog, "OutputIntents")
    # A plain dictionary (reportlab's own validates its values and refuses the tagging's b"true").
    prefs = getattr(catalog, "ViewerPreferences", None)
    prefs = prefs if isinstance(prefs, PDFDictionary) else PDFDictionary()
    prefs["DisplayDocTitle"] = b"true"
    catalog.ViewerPreferences = prefs
    _print_annotations(doc)
    doc.delayedFonts.append(_NotdefOutOfToUnicode())
    digest = hashlib.md5(usedforsecurity=False)
    for name, obj in sorted(doc.idToObject.items()):
        stream = getattr(obj, "stream", None) if name.startswith("Page") else None
        if stream:
            digest.update(stream.encode("utf-8", "surrogateescape") if isinstance(stream, str) else stream)
    digest.update(packet)
    doc.updateSignature(digest.hexdigest())
    rl.end_streams_with_eol(doc)


def _print_annotations(doc) -> None:
    """/F 4 (Print) on every annotation: reportlab's links are plain dictionaries (URLs) or
    LinkAnnotation objects (links inside the memo)."""
    for name, obj in doc.idToObject.items():
        if not name.startswith("Annot."):
            continue
        if isinstance(obj, PDFDictionary):
            obj["F"] = PRINT
        elif hasattr(obj, "otherkw"):
            obj.otherkw["F"] = PRINT


class _NotdefOutOfToUnicode:
    """A last entry of reportlab's list of fonts to embed (``PDFDocument.delayedFonts``): when the
    document is written, after every font has made its objects, it takes out of each subset's
    ToUnicode map the codes that map to U+0000, U+FEFF or U+FFFE.

    reportlab keeps code 0 of every subset for the ``.notdef`` glyph and lists it as U+0000; ISO
    19005-2, 6.2.11.7.2 and ISO 14289-1, 7.21.7 forbid those values.  A memo never shows code 0
    (ISO 14289-1, 7.21.8 forbids drawing ``.notdef``; localize replaces what the fonts cannot
    draw), so the code needs no entry; were one drawn, a validator would report it as a code
    without a Unicode value, which it would be.  Part of this document only: no other canvas sees it.
    """

    # Written as reportlab's makeToUnicodeCMap writes each entry: ``<code> <UTF-16BE value>``.
    _FORBIDDEN = re.compile(r"^<[0-9A-F]{2}> <(?:0000|FEFF|FFFE)>\n", re.MULTILINE)
    _COUNT = re.compile(r"^(\d+) beginbfchar$", re.MULTILINE)

    def addObjects(self, doc) -> None:  # reportlab's name: it calls this of every delayed font
        for name, obj in doc.idToObject.items():
            if name.startswith("toUnicodeCMap:") and isinstance(obj, PDFStream):
                obj.content = self.without_forbidden_values(obj.content)

    @classmethod
    def without_forbidden_values(cls, cmap: str) -> str:
        """A one-byte ToUnicode CMap as reportlab writes it, less its entries for a forbidden value."""
        kept, dropped = cls._FORBIDDEN.subn("", cmap)
        if not dropped:
            return cmap
        count = cls._COUNT.search(kept)
        if count is None:  # not the single bfchar block reportlab writes
            return cmap
        return f"{kept[:count.start()]}{int(count.group(1)) - dropped} beginbfchar{kept[count.end():]}"


class _Info(PDFInfo):
    """reportlab's Info dictionary without ``/Trapped``: the same entries otherwise, from the same
    attributes, so that the XMP built from them says the same."""

    def format(self, document):
        date = rl.info_date(self, document)
        return PDFDictionary({
            "Title": PDFString(self.title), "Author": PDFString(self.author),
            "CreationDate": date, "ModDate": date,
            "Producer": PDFString(self.producer), "Creator": PDFString(self.creator),
            "Subject": PDFString(self.subject), "Keywords": PDFString(self.keywords),
        }).format(document)


# XMP ------------------------------------------------------------------------------------------

_NAMESPACES = {
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "dc": "http://purl.org/dc/elements/1.1/",
    "xmp": "http://ns.adobe.com/xap/1.0/",
    "pdf": "http://ns.adobe.com/pdf/1.3/",
    "pdfaid": "http://www.aiim.org/pdfa/ns/id/",
    "pdfuaid": "http://www.aiim.org/pdfua/ns/id/",
    "pdfaExtension": "http://www.aiim.org/pdfa/ns/extension/",
    "pdfaSchema": "http://www.aiim.org/pdfa/ns/schema#",
    "pdfaProperty": "http://www.aiim.org/pdfa/ns/property#",
}

# ISO 14289-1's pdfuaid schema is not one PDF/A-2 predefines: it must be declared (ISO 19005-2,
# 6.6.2.3.2), with every field of the container schema (6.6.2.3.3).
_PDFUA_EXTENSION = """<pdfaExtension:schemas><rdf:Bag><rdf:li rdf:parseType="Resource">
<pdfaSchema:schema>PDF/UA Universal Accessibility Schema</pdfaSchema:schema>
<pdfaSchema:namespaceURI>http://www.aiim.org/pdfua/ns/id/</pdfaSchema:namespaceURI>
<pdfaSchema:prefix>pdfuaid</pdfaSchema:prefix>
<pdfaSchema:property><rdf:Seq><rdf:li rdf:parseType="Resource">
<pdfaProperty:name>part</pdfaProperty:name>
<pdfaProperty:valueType>Integer</pdfaProperty:valueType>
<pdfaProperty:category>internal</pdfaProperty:category>
<pdfaProperty:description>Indicates, which part of ISO 14289 standard is followed</pdfaProperty:description>
</rdf:li></rdf:Seq></pdfaSchema:property>
</rdf:li></rdf:Bag></pdfaExtension:schemas>"""


def _escape(text: str) -> str:
    """Text as XML character data (xml.sax.saxutils.escape would import urllib: 15 ms a run)."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def xmp_date(stamp) -> str:
    """A reportlab TimeStamp as an XMP date, the same instant as the Info dictionary's
    ``D:YYYYMMDDHHmmSS+HH'mm'``."""
    y, mo, d, h, mi, s = stamp.YMDhms
    sign = "-" if stamp.dhh < 0 else "+"
    return f"{y:04d}-{mo:02d}-{d:02d}T{h:02d}:{mi:02d}:{s:02d}{sign}{abs(stamp.dhh):02d}:{stamp.dmm:02d}"


def xmp(info: PDFInfo, stamp, lang: str) -> bytes:
    """The XMP packet (UTF-8, no ``bytes`` or ``encoding`` attribute: 6.6.2.1) equivalent to
    ``info``, dated ``stamp``, in language ``lang``."""
    def text(value) -> str:
        return _escape(str(value))

    def alt(value) -> str:
        return f'<rdf:Alt><rdf:li xml:lang="x-default">{text(value)}</rdf:li></rdf:Alt>'

    when = xmp_date(stamp)
    namespaces = " ".join(f'xmlns:{prefix}="{uri}"' for prefix, uri in _NAMESPACES.items() if prefix != "rdf")
    properties = [
        "<dc:format>application/pdf</dc:format>",
        f"<dc:title>{alt(info.title)}</dc:title>",
        f"<dc:creator><rdf:Seq><rdf:li>{text(info.author)}</rdf:li></rdf:Seq></dc:creator>",
        f"<dc:description>{alt(info.subject)}</dc:description>",
        f"<dc:language><rdf:Bag><rdf:li>{text(lang)}</rdf:li></rdf:Bag></dc:language>",
        f"<pdf:Keywords>{text(info.keywords)}</pdf:Keywords>",
        f"<pdf:Producer>{text(info.producer)}</pdf:Producer>",
        f"<xmp:CreatorTool>{text(info.creator)}</xmp:CreatorTool>",
        f"<xmp:CreateDate>{when}</xmp:CreateDate>",
        f"<xmp:ModifyDate>{when}</xmp:ModifyDate>",
        f"<xmp:MetadataDate>{when}</xmp:MetadataDate>",
        f"<pdfaid:part>{PDFA_PART}</pdfaid:part>",
        f"<pdfaid:conformance>{PDFA_CONFORMANCE}</pdfaid:conformance>",
        f"<pdfuaid:part>{PDFUA_PART}</pdfuaid:part>",
        _PDFUA_EXTENSION,
    ]
    body = "\n".join(properties)
    return (
        '<?xpacket begin="\ufeff" id="W5M0MpCehiHzreSzNTczkc9d"?>\n'
        '<x:xmpmeta xmlns:x="adobe:ns:meta/">\n'
        f'<rdf:RDF xmlns:rdf="{_NAMESPACES["rdf"]}">\n'
        f'<rdf:Description rdf:about="" {namespaces}>\n{body}\n</rdf:Description>\n'
        "</rdf:RDF>\n</x:xmpmeta>\n"
        '<?xpacket end="r"?>'
    ).encode()
