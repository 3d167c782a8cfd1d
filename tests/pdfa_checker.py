"""A PDF/A-2 checker for the tests: the clauses of ISO 19005-2 that a program can decide on a memo,
each problem reported with its clause.

This is not a validator.  veraPDF, the reference validator, runs on Java, which this machine and
CI do not have; this checker is calibrated instead against a PDF/A-2a file written by Typst (it
passes) and against reportlab's plain output (it fails, on the clauses expected).  ``CLAUSES``
lists what it checks; everything else of ISO 19005-2 is unchecked — in particular the logical
structure of level A (6.7, checked by the tagging tests), the rendering of glyphs, the ICC
profile's content beyond its header, and a file's parts that the memo never writes (images,
forms, optional content, signatures, embedded files other than their absence).

Use :func:`problems` (a list of ``"clause: message"``, empty when the file passes).
"""

from __future__ import annotations

import codecs
import datetime as dt
import io
import re
import xml.etree.ElementTree as ET

import pikepdf
from fontTools.ttLib import TTFont

CLAUSES = {
    "6.1.2": "header: %PDF-1.n (n ≤ 7), an EOL, then % and four bytes above 127",
    "6.1.3": "trailer: an ID of two strings, no Encrypt; nothing after %%EOF but one EOL",
    "6.1.4": "cross-reference table: one EOL between xref and the subsection header",
    "6.1.7.1": "streams: /Length exact, `stream` then CRLF or LF, an EOL before `endstream`; no F, FFilter, FDecodeParms",
    "6.1.7.2": "filters: none but the standard ones, no LZWDecode, no Crypt",
    "6.1.9": "indirect objects: `N G obj` with single spaces, at the offset the table gives",
    "6.1.13": "limits: strings ≤ 32767 bytes, names ≤ 127 bytes, 32-bit integers, q nesting ≤ 28",
    "6.2.2": "content streams: only the operators of ISO 32000-1",
    "6.2.3": "output intent GTS_PDFA1 with an embedded ICC profile (mntr or prtr; RGB, GRAY or CMYK; "
             "version < 5; /N its number of components); every entry the same profile",
    "6.2.4.3": "DeviceRGB only with an RGB output intent, DeviceCMYK only with a CMYK one, DeviceGray with any",
    "6.2.5": "ExtGState: no TR, no TR2 but Default, no HTP",
    "6.2.8-6.2.9": "XObjects: no Alternates, OPI, PS, Subtype2 PS or reference XObjects; Interpolate false",
    "6.2.10": "transparency: standard blend modes; and, for a memo (stricter than PDF/A-2), none at all: "
              "no transparency group, soft mask or constant alpha below 1",
    "6.2.11.2": "font dictionaries: Type, Subtype, BaseFont, a FontDescriptor; FirstChar, LastChar and "
                "Widths of the right length for simple fonts",
    "6.2.11.3": "composite fonts: Identity-H/V encodings, CIDToGIDMap on CIDFontType2",
    "6.2.11.4.1": "every font used is embedded and its program has each glyph shown",
    "6.2.11.5": "each width of the font dictionary equals the program's (within 1/1000 em)",
    "6.2.11.6": "TrueType: a symbolic font has no Encoding and a cmap of one subtable or with (3,0); "
                "a non-symbolic one MacRoman or WinAnsi and a (3,1) cmap",
    "6.2.11.7.2": "ToUnicode maps every code shown, never to U+0000, U+FEFF or U+FFFE",
    "6.2.11.8": "no code shown draws .notdef",
    "32000-9.9": "embedded TrueType programs have glyf, head, hhea, hmtx, loca, maxp (cmap for simple fonts); "
                 "without cvt/fpgm/prep no glyph carries instructions",
    "6.3.1": "annotation types of ISO 32000-1 only, none of 3D, Sound, Screen, Movie",
    "6.3.2": "annotations: F with Print set and Hidden, Invisible, NoView, ToggleNoView clear; C and IC "
             "only with an RGB output intent",
    "6.3.3": "appearance dictionaries hold only N; every annotation but Link and Popup has one",
    "6.4": "no NeedAppearances true, no XFA, no NeedsRendering",
    "6.5": "actions: no Launch, Sound, Movie, ResetForm, ImportData, JavaScript, Hide, SetOCGState, "
           "Rendition, Trans, GoTo3DView; named actions only Next/Prev/First/LastPage; no AA; no JS anywhere",
    "6.6.2.1": "catalog Metadata: Type Metadata, Subtype XML; well-formed UTF-8 XMP; no bytes or encoding "
               "attribute in the xpacket header",
    "6.6.2.3": "every XMP property in a predefined schema or declared in a complete extension schema",
    "6.6.4": "pdfaid:part 2 and pdfaid:conformance as claimed",
    "6.8": "no embedded files",
    "6.10-6.11": "no AlternatePresentations, PresSteps, Requirements",
    "Info": "the Info dictionary and the XMP say the same (ISO 19005-1, 6.7.3, table 1; ISO 32000-1, 14.3.3)",
    "UA-1": "ISO 14289-1: pdfuaid:part 1, declared through an extension schema; dc:title; DisplayDocTitle true",
}

RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
NS_DC, NS_XMP, NS_PDF = "http://purl.org/dc/elements/1.1/", "http://ns.adobe.com/xap/1.0/", "http://ns.adobe.com/pdf/1.3/"
NS_PDFAID, NS_PDFUAID = "http://www.aiim.org/pdfa/ns/id/", "http://www.aiim.org/pdfua/ns/id/"
NS_EXT = "http://www.aiim.org/pdfa/ns/extension/"
NS_SCHEMA, NS_PROPERTY = "http://www.aiim.org/pdfa/ns/schema#", "http://www.aiim.org/pdfa/ns/property#"

# The XMP Specification (2005) schemas a PDF/A-2 file may use without declaring them.
PREDEFINED = {
    NS_DC: "contributor coverage creator date description format identifier language publisher relation "
           "rights source subject title type",
    NS_XMP: "Advisory BaseURL CreateDate CreatorTool Identifier Label MetadataDate ModifyDate Nickname "
            "Rating Thumbnails",
    NS_PDF: "Keywords PDFVersion Producer",
    "http://ns.adobe.com/xap/1.0/rights/": "Certificate Marked Owner UsageTerms WebStatement",
    "http://ns.adobe.com/xap/1.0/mm/": "DerivedFrom DocumentID History InstanceID ManagedFrom Manager "
                                        "ManageTo ManageUI ManagerVariant RenditionClass RenditionParams "
                                        "VersionID Versions LastURL RenditionOf SaveID",
    "http://ns.adobe.com/xap/1.0/t/pg/": "MaxPageSize NPages Fonts Colorants PlateNames",
    NS_PDFAID: "part conformance amd corr",
    NS_EXT: "schemas",
}
PREDEFINED = {ns: set(names.split()) for ns, names in PREDEFINED.items()}
VALUE_TYPES = {"Text", "Integer", "Boolean", "Date", "URI", "URL", "Real", "MIMEType", "Locale",
               "AgentName", "ProperName", "GUID", "RenditionClass", "ResourceRef", "Lang Alt",
               "Bag Text", "Seq Text", "Bag ProperName", "Seq ProperName", "Closed Choice of Text",
               "Open Choice of Text"}

OPERATORS = set("""b B b* B* BDC BI BMC BT BX c cm CS cs d d0 d1 Do DP EI EMC ET EX f F f* G g gs h i ID
j J K k l m M MP n q Q re RG rg ri s S SC sc SCN scn sh T* Tc Td TD Tf TJ Tj TL Tm Tr Ts Tw Tz v w W W* y
' \"""".split())
FORBIDDEN_ACTIONS = {"Launch", "Sound", "Movie", "ResetForm", "ImportData", "JavaScript", "Hide",
                     "SetOCGState", "Rendition", "Trans", "GoTo3DView", "SetState", "NOP"}
ANNOTATION_TYPES = {"Text", "Link", "FreeText", "Line", "Square", "Circle", "Polygon", "PolyLine",
                    "Highlight", "Underline", "Squiggly", "StrikeOut", "Stamp", "Caret", "Ink", "Popup",
                    "FileAttachment", "Widget", "PrinterMark", "TrapNet", "Watermark", "Redact"}
STANDARD_FILTERS = {"ASCIIHexDecode", "ASCII85Decode", "FlateDecode", "RunLengthDecode", "CCITTFaxDecode",
                    "JBIG2Decode", "DCTDecode", "JPXDecode"}
BLEND_MODES = {"Normal", "Compatible", "Multiply", "Screen", "Overlay", "Darken", "Lighten", "ColorDodge",
               "ColorBurn", "HardLight", "SoftLight", "Difference", "Exclusion", "Hue", "Saturation",
               "Color", "Luminosity"}
PRINT, HIDDEN_FLAGS = 4, 1 | 2 | 32 | 256  # Invisible, Hidden, NoView, ToggleNoView


def problems(data: bytes, *, conformance: str = "A", ua: bool = True, transparency: bool = False) -> list[str]:
    """Every problem found in the PDF ``data``, as ``"clause: message"``.  ``conformance``: the
    level the file must claim; ``ua``: it must also identify itself as PDF/UA-1; ``transparency``:
    allow what PDF/A-2 allows of transparency (a memo has none)."""
    out: list[str] = []
    _syntax(data, out)
    pdf = pikepdf.open(io.BytesIO(data))
    intent = _output_intent(pdf, out)
    _objects(pdf, out, intent, transparency)
    _pages(pdf, out, intent, transparency)
    _metadata(pdf, out, conformance, ua)
    return out


# File syntax ------------------------------------------------------------------------------------

def _syntax(data: bytes, out: list[str]) -> None:
    if not re.match(rb"%PDF-1\.[0-7](\r\n|\r|\n)", data):
        out.append("6.1.2: the file does not start with %PDF-1.n and an EOL")
    else:
        second = data[data.index(b"\n", 0, 20) + 1:][:5] if b"\n" in data[:20] else b""
        if not (second[:1] == b"%" and len(second) == 5 and all(b > 127 for b in second[1:])):
            out.append("6.1.2: the header's second line is not % and four bytes above 127")
    if not re.search(rb"%%EOF(\r\n|\r|\n)?\Z", data):
        out.append("6.1.3: data after the last %%EOF")
    at = data.rfind(b"startxref")
    match = re.match(rb"startxref\s+(\d+)", data[at:])
    if at < 0 or not match:
        out.append("6.1.3: no startxref")
        return
    offset = int(match.group(1))
    table = re.match(rb"xref(\r\n|\r|\n)(\d+) (\d+)(\r\n|\r|\n| \r\n| \n| \r)", data[offset:])
    if not data[offset:].startswith(b"xref"):
        out.append("(checker) a cross-reference stream: the offsets of 6.1.7.1 and 6.1.9 are not checked")
        return
    if not table:
        out.append("6.1.4: xref and the subsection header are not separated by one EOL")
        return
    offsets = _xref_offsets(data, offset)
    for (number, generation), where in offsets.items():
        head = re.match(rb"(\d+) (\d+) obj", data[where:where + 40])
        if not head or (int(head.group(1)), int(head.group(2))) != (number, generation):
            out.append(f"6.1.9: object {number} {generation} is not `N G obj` at offset {where}")
            continue
        if where and data[where - 1:where] not in (b"\n", b"\r"):
            out.append(f"6.1.9: object {number} {generation} is not preceded by an EOL")
    _streams(data, offsets, out)


def _xref_offsets(data: bytes, offset: int) -> dict[tuple[int, int], int]:
    """Object (number, generation) → offset, from the classic table at ``offset`` (one section)."""
    lines = re.split(rb"\r\n|\r|\n", data[offset:offset + 200_000])
    out, i = {}, 1
    while i < len(lines) and re.fullmatch(rb"\d+ \d+\s*", lines[i]):
        first, count = map(int, lines[i].split())
        for k in range(count):
            entry = lines[i + 1 + k].split()
            if entry[2] == b"n":
                out[(first + k, int(entry[1]))] = int(entry[0])
        i += count + 1
    return out


def _streams(data: bytes, offsets: dict, out: list[str]) -> None:
    pdf = pikepdf.open(io.BytesIO(data))
    for (number, generation), where in offsets.items():
        try:
            obj = pdf.get_object((number, generation))
        except Exception:  # noqa: BLE001 - a broken object is reported by the offsets check
            continue
        if not isinstance(obj, pikepdf.Stream):
            continue
        name = f"stream {number} {generation}"
        for key in ("/F", "/FFilter", "/FDecodeParms"):
            if key in obj:
                out.append(f"6.1.7.1: {name} has {key}")
        keyword = re.compile(rb">>\s*stream(\r\n|\n|\r)?").search(data, where)
        if keyword is None:
            out.append(f"6.1.7.1: {name}: no stream keyword")
            continue
        if keyword.group(1) not in (b"\r\n", b"\n"):
            out.append(f"6.1.7.1: {name}: `stream` is not followed by CRLF or LF")
            continue
        length = int(obj.get("/Length"))
        after = data[keyword.end() + length: keyword.end() + length + 11]
        if not re.match(rb"(\r\n|\r|\n)endstream", after):
            out.append(f"6.1.7.1: {name}: /Length {length} is not followed by an EOL and endstream")
        elif data[keyword.end() + length - 1: keyword.end() + length + 1] == b"\r\n" and length:
            # The data's last byte is a CR and a lone LF follows: read back from `endstream`, the
            # EOL is CR LF and the data a byte shorter than /Length (veraPDF-compatible readers do).
            out.append(f"6.1.7.1: {name}: data ending in CR closed by a lone LF (the EOL reads as CR LF)")
        filters = obj.get("/Filter")
        filters = [filters] if isinstance(filters, pikepdf.Name) else list(filters or [])
        for f in filters:
            if str(f)[1:] not in STANDARD_FILTERS:
                out.append(f"6.1.7.2: {name} uses the filter {f}")


# Objects ----------------------------------------------------------------------------------------

def _walk(obj, seen: set, path: str = ""):
    """Every (path, key, value) below ``obj``, each indirect object once."""
    if isinstance(obj, (pikepdf.Dictionary, pikepdf.Stream)):
        if obj.is_indirect:
            if obj.objgen in seen:
                return
            seen.add(obj.objgen)
        for key in list(obj.keys()):
            value = obj.get(key)
            yield obj, key, value
            yield from _walk(value, seen, f"{path}{key}")
    elif isinstance(obj, pikepdf.Array):
        if obj.is_indirect:
            if obj.objgen in seen:
                return
            seen.add(obj.objgen)
        for value in obj:
            yield obj, None, value
            yield from _walk(value, seen, path)


def _objects(pdf, out: list[str], intent: str | None, transparency: bool) -> None:
    trailer = pdf.trailer
    ids = trailer.get("/ID")
    if not isinstance(ids, pikepdf.Array) or len(ids) != 2 or not all(isinstance(i, pikepdf.String) for i in ids):
        out.append("6.1.3: the trailer has no ID of two strings")
    if "/Encrypt" in trailer:
        out.append("6.1.3: the trailer has Encrypt")
    root = pdf.Root
    for key, clause in (("/Requirements", "6.10-6.11"), ("/NeedsRendering", "6.4"), ("/AA", "6.5")):
        if key in root:
            out.append(f"{clause}: the catalog has {key}")
    names = root.get("/Names")
    if names is not None:
        for key, clause in (("/AlternatePresentations", "6.10-6.11"), ("/EmbeddedFiles", "6.8"),
                            ("/JavaScript", "6.5")):
            if key in names:
                out.append(f"{clause}: the name dictionary has {key}")
    form = root.get("/AcroForm")
    if form is not None:
        if bool(form.get("/NeedAppearances", False)):
            out.append("6.4: NeedAppearances is true")
        if "/XFA" in form:
            out.append("6.4: the form has XFA")
    seen: set = set()
    for _parent, key, value in _walk(root, seen):
        if isinstance(value, pikepdf.String) and len(bytes(value)) > 32767:
            out.append("6.1.13: a string longer than 32767 bytes")
        if isinstance(value, pikepdf.Name) and len(str(value)[1:].encode()) > 127:
            out.append(f"6.1.13: a name longer than 127 bytes: {str(value)[:40]}…")
        if isinstance(value, int) and not isinstance(value, bool) and not -2**31 <= value < 2**31:
            out.append(f"6.1.13: an integer out of 32-bit range: {value}")
        if key in ("/JS", "/JavaScript"):
            out.append(f"6.5: a {key} entry")
        if key == "/AA":
            out.append("6.5: an additional-actions (AA) dictionary")
        if key in ("/A", "/OpenAction", "/Next") and isinstance(value, pikepdf.Dictionary):
            kind = str(value.get("/S", ""))[1:]
            if kind in FORBIDDEN_ACTIONS:
                out.append(f"6.5: a {kind} action")
            if kind == "Named" and str(value.get("/N"))[1:] not in {"NextPage", "PrevPage", "FirstPage", "LastPage"}:
                out.append(f"6.5: the named action {value.get('/N')}")
        if key == "/EmbeddedFile" or key == "/EF":
            out.append("6.8: an embedded file")
        if key == "/PresSteps":
            out.append("6.10-6.11: PresSteps")
        if key == "/Group" and isinstance(value, pikepdf.Dictionary) and value.get("/S") == "/Transparency":
            if not transparency:
                out.append("6.2.10: a transparency group (a memo has no transparency)")
            elif intent is None and "/CS" not in value:
                out.append("6.2.10: a transparency group without CS and no output intent")
        if isinstance(value, pikepdf.Stream) and value.get("/Type") in ("/XObject", None) and "/Subtype" in value:
            _xobject(value, out, transparency)
    for obj in pdf.objects:
        if isinstance(obj, pikepdf.Dictionary) and obj.get("/Type") == "/ExtGState":
            _ext_gstate(obj, out, transparency)


def _xobject(stream, out: list[str], transparency: bool) -> None:
    subtype = str(stream.get("/Subtype"))[1:]
    if subtype == "PS" or stream.get("/Subtype2") == "/PS" or "/PS" in stream:
        out.append("6.2.8-6.2.9: a PostScript XObject")
    if "/OPI" in stream or "/Alternates" in stream:
        out.append("6.2.8-6.2.9: an XObject with OPI or Alternates")
    if subtype == "Form" and "/Ref" in stream:
        out.append("6.2.8-6.2.9: a reference XObject")
    if subtype == "Image":
        if bool(stream.get("/Interpolate", False)):
            out.append("6.2.8-6.2.9: an image with Interpolate true")
        if "/SMask" in stream and not transparency:
            out.append("6.2.10: an image with a soft mask (a memo has no transparency)")


def _ext_gstate(gs, out: list[str], transparency: bool) -> None:
    if "/TR" in gs:
        out.append("6.2.5: an ExtGState with TR")
    if "/TR2" in gs and gs.get("/TR2") != "/Default":
        out.append("6.2.5: an ExtGState with TR2 other than Default")
    if "/HTP" in gs:
        out.append("6.2.5: an ExtGState with HTP")
    modes = gs.get("/BM")
    for mode in ([modes] if isinstance(modes, pikepdf.Name) else list(modes or [])):
        if str(mode)[1:] not in BLEND_MODES:
            out.append(f"6.2.10: the blend mode {mode}")
        elif not transparency and str(mode)[1:] not in ("Normal", "Compatible"):
            out.append(f"6.2.10: the blend mode {mode} (a memo has no transparency)")
    if not transparency:
        if gs.get("/SMask", pikepdf.Name.None_) != pikepdf.Name.None_:
            out.append("6.2.10: a soft mask (a memo has no transparency)")
        for key in ("/CA", "/ca"):
            if key in gs and float(gs[key]) != 1.0:
                out.append(f"6.2.10: {key} {float(gs[key])} (a memo has no transparency)")


def _output_intent(pdf, out: list[str]) -> str | None:
    """The colour space of the PDF/A output intent's profile ("RGB", "GRAY", "CMYK"), or None."""
    intents = pdf.Root.get("/OutputIntents")
    if not intents:
        out.append("6.2.3: no output intent")
        return None
    profiles = {intent.DestOutputProfile.objgen for intent in intents if "/DestOutputProfile" in intent}
    if len(profiles) > 1:
        out.append("6.2.3: output intents with different profiles")
    found = None
    for intent in intents:
        if intent.get("/S") != "/GTS_PDFA1":
            continue
        profile = intent.get("/DestOutputProfile")
        if not isinstance(profile, pikepdf.Stream):
            out.append("6.2.3: the GTS_PDFA1 output intent has no embedded profile")
            continue
        icc = profile.read_bytes()
        size = int.from_bytes(icc[0:4], "big")
        device, space, signature, major = icc[12:16], icc[16:20], icc[36:40], icc[8]
        if size != len(icc) or signature != b"acsp":
            out.append("6.2.3: the output profile is not an ICC profile")
            continue
        if device not in (b"mntr", b"prtr"):
            out.append(f"6.2.3: the output profile's device class is {device!r}, not mntr or prtr")
        components = {b"RGB ": 3, b"GRAY": 1, b"CMYK": 4}.get(space)
        if components is None:
            out.append(f"6.2.3: the output profile's colour space is {space!r}")
            continue
        if major >= 5:
            out.append(f"6.2.3: the output profile's version is {major}")
        if int(profile.get("/N", 0)) != components:
            out.append(f"6.2.3: /N {profile.get('/N')} for a {space.decode().strip()} profile")
        found = space.decode().strip()
    if found is None:
        out.append("6.2.3: no GTS_PDFA1 output intent with a usable profile")
    return found


# Pages, content streams, fonts, annotations ----------------------------------------------------

def _pages(pdf, out: list[str], intent: str | None, transparency: bool) -> None:
    fonts: dict = {}  # objgen → (font, codes used)
    spaces: set[str] = set()
    for number, page in enumerate(pdf.pages, 1):
        _content(page.obj, page.obj.get("/Resources", pikepdf.Dictionary()), f"page {number}", fonts, spaces, out, set())
        for annot in page.obj.get("/Annots", []):
            _annotation(annot, intent, out)
    if "DeviceRGB" in spaces and intent != "RGB":
        out.append("6.2.4.3: DeviceRGB without an RGB output intent")
    if "DeviceCMYK" in spaces and intent != "CMYK":
        out.append("6.2.4.3: DeviceCMYK without a CMYK output intent")
    if "DeviceGray" in spaces and intent is None:
        out.append("6.2.4.3: DeviceGray without an output intent")
    for font, codes in fonts.values():
        _font(font, codes, out)


def _content(holder, resources, where: str, fonts: dict, spaces: set, out: list[str], forms: set) -> None:
    depth, font = 0, None
    font_dict = resources.get("/Font", pikepdf.Dictionary())
    colour_spaces = resources.get("/ColorSpace", pikepdf.Dictionary())
    for instruction in pikepdf.parse_content_stream(holder):
        if isinstance(instruction, pikepdf.ContentStreamInlineImage):
            continue
        operands, op = instruction.operands, str(instruction.operator)
        if op not in OPERATORS:
            out.append(f"6.2.2: {where}: the operator {op}")
        if op == "q":
            depth += 1
            if depth > 28:
                out.append(f"6.1.13: {where}: q nested deeper than 28")
        elif op == "Q":
            depth -= 1
        elif op in ("rg", "RG"):
            spaces.add("DeviceRGB")
        elif op in ("g", "G"):
            spaces.add("DeviceGray")
        elif op in ("k", "K"):
            spaces.add("DeviceCMYK")
        elif op in ("cs", "CS"):
            name = str(operands[0])[1:]
            if name in ("DeviceRGB", "DeviceGray", "DeviceCMYK"):
                spaces.add(name)
            elif f"/{name}" in colour_spaces:
                space = colour_spaces[f"/{name}"]
                family = str(space[0] if isinstance(space, pikepdf.Array) else space)[1:]
                if family in ("DeviceRGB", "DeviceGray", "DeviceCMYK"):
                    spaces.add(family)
        elif op == "Tf":
            font = font_dict.get(operands[0])
            if font is None:
                out.append(f"6.2.11.2: {where}: the font {operands[0]} is not in the resources")
        elif op in ("Tj", "'", '"', "TJ"):
            strings = operands[-1] if op == "TJ" else [operands[-1]]
            shown = b"".join(bytes(s) for s in strings if isinstance(s, pikepdf.String))
            if font is not None and shown:
                entry = fonts.setdefault(font.objgen if font.is_indirect else id(font), (font, []))
                entry[1].append(shown)
            for s in strings:
                if isinstance(s, pikepdf.String) and len(bytes(s)) > 32767:
                    out.append(f"6.1.13: {where}: a string longer than 32767 bytes")
        elif op == "Do":
            xobject = resources.get("/XObject", pikepdf.Dictionary()).get(operands[0])
            if isinstance(xobject, pikepdf.Stream) and xobject.get("/Subtype") == "/Form" and xobject.objgen not in forms:
                forms.add(xobject.objgen)
                _content(xobject, xobject.get("/Resources", resources), f"{where} form {operands[0]}",
                         fonts, spaces, out, forms)


def _annotation(annot, intent: str | None, out: list[str]) -> None:
    subtype = str(annot.get("/Subtype", ""))[1:]
    name = f"a {subtype or 'untyped'} annotation"
    if subtype not in ANNOTATION_TYPES:
        out.append(f"6.3.1: {name}")
    if subtype != "Popup":
        flags = int(annot.get("/F", 0)) if "/F" in annot else None
        if flags is None:
            out.append(f"6.3.2: {name} without F")
        elif not flags & PRINT or flags & HIDDEN_FLAGS:
            out.append(f"6.3.2: {name} with F {flags} (Print must be set, Hidden/Invisible/NoView clear)")
    if ("/C" in annot or "/IC" in annot) and intent != "RGB":
        out.append(f"6.3.2: {name} with a C or IC colour and no RGB output intent")
    appearance = annot.get("/AP")
    if appearance is not None:
        if set(appearance.keys()) != {"/N"}:
            out.append(f"6.3.3: {name} whose appearance dictionary holds {sorted(appearance.keys())}")
    elif subtype not in ("Link", "Popup"):
        rect = [float(v) for v in annot.get("/Rect", [0, 0, 0, 0])]
        if rect[0] != rect[2] or rect[1] != rect[3]:
            out.append(f"6.3.3: {name} without an appearance")


def _tounicode(stream) -> dict[int, str]:
    """A ToUnicode CMap's bfchar and bfrange entries: code → text."""
    text = stream.read_bytes().decode("latin-1")
    out: dict[int, str] = {}

    def utf16(hexa: str) -> str:
        return bytes.fromhex(hexa).decode("utf-16-be", "surrogatepass")

    for block in re.findall(r"beginbfchar(.*?)endbfchar", text, re.S):
        for src, dst in re.findall(r"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]*)>", block):
            out[int(src, 16)] = utf16(dst)
    for block in re.findall(r"beginbfrange(.*?)endbfrange", text, re.S):
        for lo, hi, rest in re.findall(r"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*(\[[^\]]*\]|<[0-9A-Fa-f]*>)", block):
            lo, hi = int(lo, 16), int(hi, 16)
            if rest.startswith("["):
                for k, dst in enumerate(re.findall(r"<([0-9A-Fa-f]*)>", rest)):
                    out[lo + k] = utf16(dst)
            else:
                first = bytes.fromhex(rest[1:-1])
                for k in range(hi - lo + 1):
                    out[lo + k] = (first[:-1] + bytes([first[-1] + k])).decode("utf-16-be", "surrogatepass")
    return out


def _font(font, shown: list[bytes], out: list[str]) -> None:
    name = str(font.get("/BaseFont", "?"))
    for key in ("/Type", "/Subtype", "/BaseFont"):
        if key not in font:
            out.append(f"6.2.11.2: the font {name} has no {key}")
    subtype = str(font.get("/Subtype"))[1:]
    if subtype == "Type0":
        encoding = str(font.get("/Encoding"))
        if encoding not in ("/Identity-H", "/Identity-V"):
            out.append(f"(checker) the font {name} uses the CMap {encoding}: its codes are not checked")
            return
        cid_font = font.DescendantFonts[0]
        descriptor = cid_font.get("/FontDescriptor")
        codes = [int.from_bytes(s[i:i + 2], "big") for s in shown for i in range(0, len(s) - 1, 2)]
        if cid_font.get("/Subtype") == "/CIDFontType2" and "/CIDToGIDMap" not in cid_font:
            out.append(f"6.2.11.3: the CIDFontType2 {name} has no CIDToGIDMap")
        cid_map = cid_font.get("/CIDToGIDMap", pikepdf.Name.Identity)
        table = cid_map.read_bytes() if isinstance(cid_map, pikepdf.Stream) else None

        def glyph_of(program, code):
            gid = code if table is None else int.from_bytes(table[2 * code: 2 * code + 2], "big")
            return gid

        widths = _cid_widths(cid_font)
    elif subtype in ("TrueType", "Type1", "MMType1"):
        descriptor = font.get("/FontDescriptor")
        codes = [b for s in shown for b in s]
        first, last = int(font.get("/FirstChar", -1)), int(font.get("/LastChar", -1))
        widths_array = font.get("/Widths")
        if first < 0 or last < first or widths_array is None or len(widths_array) != last - first + 1:
            out.append(f"6.2.11.2: the font {name} has no FirstChar, LastChar and Widths of matching length")
            widths = {}
        else:
            widths = {first + i: float(w) for i, w in enumerate(widths_array)}
        if subtype != "TrueType":
            out.append(f"(checker) the {subtype} font {name}: its program is not checked")
            return
        glyph_of = None  # set below from the program's cmap
    else:
        out.append(f"(checker) the {subtype} font {name} is not checked")
        return
    if descriptor is None:
        out.append(f"6.2.11.2: the font {name} has no FontDescriptor")
        return
    program = descriptor.get("/FontFile2")
    if program is None:
        if "/FontFile" in descriptor or "/FontFile3" in descriptor:
            out.append(f"(checker) the font {name} is not TrueType: its program is not checked")
        else:
            out.append(f"6.2.11.4.1: the font {name} is not embedded")
        return
    tt = TTFont(io.BytesIO(program.read_bytes()), lazy=False)
    tables = set(tt.keys())
    required = {"glyf", "head", "hhea", "hmtx", "loca", "maxp"} | ({"cmap"} if subtype == "TrueType" else set())
    if required - tables:
        out.append(f"32000-9.9: the embedded {name} lacks {sorted(required - tables)}")
        return
    order = tt.getGlyphOrder()
    if not tables & {"fpgm", "prep", "cvt "}:
        glyf = tt["glyf"]
        hinted = [g for g in order if getattr(glyf[g], "program", None) is not None and len(glyf[g].program.getBytecode())]
        if hinted:
            out.append(f"32000-9.9: the embedded {name} has instructions but no fpgm, prep or cvt ({hinted[:3]})")
    units = tt["head"].unitsPerEm
    if subtype == "TrueType":
        flags = int(descriptor.get("/Flags", 0))
        symbolic = bool(flags & 4)
        subtables = tt["cmap"].tables
        keys = {(t.platformID, t.platEncID) for t in subtables}
        if symbolic:
            if "/Encoding" in font:
                out.append(f"6.2.11.6: the symbolic TrueType {name} has an Encoding")
            if len(subtables) != 1 and (3, 0) not in keys:
                out.append(f"6.2.11.6: the symbolic TrueType {name} has a cmap of {sorted(keys)}")
            if (3, 0) in keys:
                cmap = tt["cmap"].getcmap(3, 0).cmap
                lookup = lambda code: cmap.get(code) or cmap.get(0xF000 + code)  # noqa: E731
            else:
                cmap = subtables[0].cmap
                lookup = cmap.get
        else:
            encoding = font.get("/Encoding")
            base = encoding.get("/BaseEncoding") if isinstance(encoding, pikepdf.Dictionary) else encoding
            if str(base) not in ("/WinAnsiEncoding", "/MacRomanEncoding"):
                out.append(f"6.2.11.6: the non-symbolic TrueType {name} has the encoding {base}")
            if (3, 1) not in keys:
                out.append(f"6.2.11.6: the non-symbolic TrueType {name} has no (3,1) cmap")
                return
            cmap = tt["cmap"].getcmap(3, 1).cmap
            codec = "mac_roman" if str(base) == "/MacRomanEncoding" else "cp1252"
            lookup = lambda code: cmap.get(ord(codecs.decode(bytes([code]), codec, "replace")))  # noqa: E731

        def glyph_of(program, code):  # noqa: F811 - the simple font's own lookup
            glyph = lookup(code)
            return order.index(glyph) if glyph is not None else 0
    unicode = _tounicode(font.ToUnicode) if "/ToUnicode" in font else {}
    if "/ToUnicode" not in font:
        out.append(f"6.2.11.7.2: the font {name} has no ToUnicode")
    # Shown or not: validators (page) read every entry of the map, not only the codes shown.
    forbidden = sorted(code for code, text in unicode.items() if text and any(ch in "\x00\ufeff\ufffe" for ch in text))
    if forbidden:
        out.append(f"6.2.11.7.2: {name}: the ToUnicode map gives U+0000, U+FEFF or U+FFFE to {forbidden}")
    hmtx = tt["hmtx"].metrics
    for code in sorted(set(codes)):
        gid = glyph_of(tt, code)
        if gid == 0:
            out.append(f"6.2.11.8: {name}: the code {code:#x} draws .notdef")
        elif gid >= len(order):
            out.append(f"6.2.11.4.1: {name}: the code {code:#x} draws glyph {gid}, absent from the program")
            continue
        text = unicode.get(code)
        if "/ToUnicode" in font and not text:
            out.append(f"6.2.11.7.2: {name}: the code {code:#x} has no Unicode value")
        elif text and any(ch in "\x00\ufeff\ufffe" for ch in text):
            out.append(f"6.2.11.7.2: {name}: the code {code:#x} maps to {text!r}")
        expected = hmtx[order[gid]][0] * 1000 / units
        width = widths.get(code)
        if width is None:
            width = float(font.DescendantFonts[0].get("/DW", 1000)) if subtype == "Type0" else None
        if width is None or abs(width - expected) > 1:
            out.append(f"6.2.11.5: {name}: the code {code:#x} is {width} wide in the dictionary, "
                       f"{expected:.1f} in the program")


def _cid_widths(cid_font) -> dict[int, float]:
    out: dict[int, float] = {}
    w = list(cid_font.get("/W", []))
    i = 0
    while i < len(w):
        first = int(w[i])
        if isinstance(w[i + 1], pikepdf.Array):
            for k, width in enumerate(w[i + 1]):
                out[first + k] = float(width)
            i += 2
        else:
            for cid in range(first, int(w[i + 1]) + 1):
                out[cid] = float(w[i + 2])
            i += 3
    return out


# Metadata ---------------------------------------------------------------------------------------

def _metadata(pdf, out: list[str], conformance: str, ua: bool) -> None:
    stream = pdf.Root.get("/Metadata")
    if not isinstance(stream, pikepdf.Stream):
        out.append("6.6.2.1: the catalog has no Metadata stream")
        return
    if stream.get("/Type") != "/Metadata" or stream.get("/Subtype") != "/XML":
        out.append("6.6.2.1: the Metadata stream is not Type Metadata, Subtype XML")
    raw = stream.read_bytes()
    header = re.match(rb"\s*<\?xpacket ([^?]*)\?>", raw)
    if header and re.search(rb"\b(bytes|encoding)\s*=", header.group(1)):
        out.append("6.6.2.1: the xpacket header has a bytes or encoding attribute")
    try:
        raw.decode("utf-8")
        root = ET.fromstring(raw)
    except (UnicodeDecodeError, ET.ParseError) as exc:
        out.append(f"6.6.2.1: the XMP is not well-formed UTF-8 XML ({exc})")
        return
    props = xmp_properties(root)
    declared = _extension_schemas(root, out)
    for (ns, local) in props:
        if local in PREDEFINED.get(ns, ()) or local in declared.get(ns, ()):
            continue
        out.append(f"6.6.2.3: the XMP property {{{ns}}}{local} is neither predefined nor declared")
    part, level = _text(props.get((NS_PDFAID, "part"))), _text(props.get((NS_PDFAID, "conformance")))
    if part != "2" or level != conformance:
        out.append(f"6.6.4: pdfaid:part {part!r} and conformance {level!r}, not '2' and {conformance!r}")
    _info_matches_xmp(pdf, props, out)
    if ua:
        if _text(props.get((NS_PDFUAID, "part"))) != "1":
            out.append("UA-1: no pdfuaid:part 1")
        if "part" not in declared.get(NS_PDFUAID, ()):
            out.append("UA-1: pdfuaid:part is not declared in an extension schema")
        if not _alt(props.get((NS_DC, "title"))):
            out.append("UA-1: no dc:title")
        prefs = pdf.Root.get("/ViewerPreferences", {})
        if not bool(prefs.get("/DisplayDocTitle", False)):
            out.append("UA-1: ViewerPreferences DisplayDocTitle is not true")


def xmp_properties(root) -> dict[tuple[str, str], ET.Element | str]:
    """The top-level properties of every rdf:Description: (namespace, name) → element, or the
    attribute's text for a property written as an attribute."""
    # Only descriptions directly under rdf:RDF hold properties; anything deeper is a field of a
    # structured value (an extension schema, a history event).
    top = {}
    for description in root.iter(f"{{{RDF}}}RDF"):
        for d in description.findall(f"{{{RDF}}}Description"):
            for attr, value in d.attrib.items():
                if attr.startswith("{") and not attr.startswith(f"{{{RDF}}}"):
                    ns, local = attr[1:].split("}")
                    top[(ns, local)] = value
            for child in d:
                ns, local = child.tag[1:].split("}")
                top[(ns, local)] = child
    return top


def _text(value) -> str | None:
    if value is None:
        return None
    return value if isinstance(value, str) else (value.text or "").strip()


def _alt(value) -> str | None:
    """The x-default item of a language alternative."""
    if value is None or isinstance(value, str):
        return value
    for li in value.iter(f"{{{RDF}}}li"):
        if li.get(XML_LANG) == "x-default":
            return li.text or ""
    return None


def _seq(value) -> list[str]:
    if value is None:
        return []
    if isinstance(value, str):
        return [value]
    return [li.text or "" for li in value.iter(f"{{{RDF}}}li")]


def _extension_schemas(root, out: list[str]) -> dict[str, set[str]]:
    """namespace → property names declared by the file's PDF/A extension schemas, each checked
    for the fields 6.6.2.3.3 requires."""
    declared: dict[str, set[str]] = {}
    for schemas in root.iter(f"{{{NS_EXT}}}schemas"):
        for schema in schemas.findall(f"{{{RDF}}}Bag/{{{RDF}}}li"):
            fields = {child.tag: child for child in schema}
            for field in ("schema", "namespaceURI", "prefix"):
                if f"{{{NS_SCHEMA}}}{field}" not in fields:
                    out.append(f"6.6.2.3: an extension schema without pdfaSchema:{field}")
            uri = _text(fields.get(f"{{{NS_SCHEMA}}}namespaceURI")) or ""
            names = declared.setdefault(uri, set())
            for prop in schema.findall(f"{{{NS_SCHEMA}}}property/{{{RDF}}}Seq/{{{RDF}}}li"):
                pfields = {child.tag: _text(child) for child in prop}
                for field in ("name", "valueType", "category", "description"):
                    if not pfields.get(f"{{{NS_PROPERTY}}}{field}"):
                        out.append(f"6.6.2.3: an extension property of {uri} without pdfaProperty:{field}")
                if pfields.get(f"{{{NS_PROPERTY}}}category") not in ("internal", "external"):
                    out.append(f"6.6.2.3: an extension property of {uri} whose category is not internal/external")
                if pfields.get(f"{{{NS_PROPERTY}}}valueType") not in VALUE_TYPES:
                    out.append(f"6.6.2.3: an extension property of {uri} of an undefined value type")
                names.add(pfields.get(f"{{{NS_PROPERTY}}}name") or "")
    return declared


def pdf_date(value: str) -> dt.datetime:
    """A PDF date (D:YYYYMMDDHHmmSSOHH'mm' and its shorter forms) as an aware datetime."""
    m = re.fullmatch(r"D:(\d{4})(\d\d)?(\d\d)?(\d\d)?(\d\d)?(\d\d)?(Z|[+-]\d\d'?\d\d'?|[+-]\d\d)?'?", value)
    if not m:
        raise ValueError(value)
    y, mo, d, h, mi, s, tz = m.groups()
    offset = dt.timedelta(0)
    if tz and tz != "Z":
        digits = re.sub(r"\D", "", tz)
        offset = dt.timedelta(hours=int(digits[:2]), minutes=int(digits[2:4] or 0)) * (-1 if tz[0] == "-" else 1)
    return dt.datetime(int(y), int(mo or 1), int(d or 1), int(h or 0), int(mi or 0), int(s or 0),
                       tzinfo=dt.timezone(offset))


def xmp_date(value: str) -> dt.datetime:
    """An XMP date (ISO 8601, W3C profile) as an aware datetime (UTC when it has no zone)."""
    value = value.strip().replace("Z", "+00:00")
    parsed = dt.datetime.fromisoformat(value)
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=dt.UTC)


def _info_matches_xmp(pdf, props, out: list[str]) -> None:
    info = pdf.trailer.get("/Info")
    if info is None:
        return
    pairs = {
        "/Title": ("dc:title", _alt(props.get((NS_DC, "title")))),
        "/Subject": ("dc:description", _alt(props.get((NS_DC, "description")))),
        "/Keywords": ("pdf:Keywords", _text(props.get((NS_PDF, "Keywords")))),
        "/Creator": ("xmp:CreatorTool", _text(props.get((NS_XMP, "CreatorTool")))),
        "/Producer": ("pdf:Producer", _text(props.get((NS_PDF, "Producer")))),
    }
    for key, (prop, value) in pairs.items():
        if key in info and str(info[key]) != value:
            out.append(f"Info: {key} {str(info[key])!r} but {prop} {value!r}")
    if "/Author" in info:
        creators = _seq(props.get((NS_DC, "creator")))
        if creators != [str(info.Author)]:
            out.append(f"Info: /Author {str(info.Author)!r} but dc:creator {creators!r}")
    for key, prop in (("/CreationDate", (NS_XMP, "CreateDate")), ("/ModDate", (NS_XMP, "ModifyDate"))):
        if key in info:
            value = _text(props.get(prop))
            try:
                same = value is not None and pdf_date(str(info[key])) == xmp_date(value)
            except ValueError:
                same = False
            if not same:
                out.append(f"Info: {key} {str(info[key])!r} but xmp:{prop[1]} {value!r}")
    if "/Trapped" in info:
        value = _text(props.get((NS_PDF, "Trapped")))
        if value is None or value != str(info.Trapped)[1:]:
            out.append(f"Info: /Trapped {info.Trapped} but pdf:Trapped {value!r}")
