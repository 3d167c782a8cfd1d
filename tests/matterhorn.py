"""A checker for the machine-checkable Matterhorn Protocol 1.1 conditions that apply to a memo.

No PDF/UA validator (veraPDF, PAC) can be installed here, so the tests check tagged PDF with this:
it walks the structure tree and every page's content stream with pikepdf and reports each failed
condition by its Matterhorn number and the clause of ISO 14289-1 (PDF/UA-1) behind it.  It is
calibrated on a PDF/UA-1 memo written by Typst (which passes) and on the untagged memo brief
wrote before (which fails); each condition is also shown to fail on a memo broken on purpose.

``COVERED`` lists what it checks; the README repeats it.  It does not check what only a person
can judge (whether a heading is a heading, alternative text says the right thing, the reading
order is the visual one) nor the conditions of features a memo never has (forms, figures aside,
multimedia, optional content, embedded files, XFA, security).
"""

from __future__ import annotations

import io
import re
from dataclasses import dataclass, field

import pikepdf

COVERED = {
    "01-003": "content marked as Artifact is present inside tagged content (7.1)",
    "01-004": "tagged content is present inside content marked as Artifact (7.1)",
    "01-005": "content is neither marked as Artifact nor tagged as real content (7.1); every MCID "
              "drawn is in the structure tree, once, and the ParentTree agrees",
    "01-007": "/MarkInfo is missing, /Marked is not true, or /Suspects is true (7.1)",
    "02-001": "a structure type is neither standard nor role-mapped to one (7.1)",
    "06-001": "no XMP metadata stream in the catalog (7.1)",
    "06-002": "the XMP metadata has no PDF/UA identifier (pdfuaid:part 1) (5)",
    "06-003": "the XMP metadata has no dc:title (7.1)",
    "07-001": "/ViewerPreferences has no /DisplayDocTitle (7.1)",
    "07-002": "/DisplayDocTitle is false (7.1)",
    "09-004": "a table element out of ISO 32000-1 Table 337's syntax (7.1); rows of unequal width",
    "09-005": "a list element out of ISO 32000-1 Table 336's syntax (7.1)",
    "10-001": "a character code shown cannot be mapped to Unicode (7.21.7)",
    "11-001": "the natural language of page content cannot be determined (7.2); a /Lang is empty "
              "or not a language tag",
    "11-004": "the language of an annotation's /Contents cannot be determined (7.2)",
    "11-006": "the language of the document's metadata cannot be determined (7.2)",
    "13-004": "a Figure has neither /Alt nor /ActualText (7.3)",
    "14-002": "numbered headings are used and the first is not H1 (7.4.2)",
    "14-003": "numbered heading levels are skipped going down (7.4.2)",
    "14-006": "a node contains more than one H (7.4.4)",
    "14-007": "both H and Hn are used (7.4.4)",
    "15-003": "a TH has no /Scope in a table not organised with /Headers and IDs (7.5)",
    "28-008": "a page with annotations has no /Tabs (7.18.3)",
    "28-009": "/Tabs is not /S (7.18.3)",
    "28-011": "a link annotation is not nested within a Link element: /StructParent, the "
              "ParentTree and an OBJR agree (7.18.5)",
    "28-012": "a link annotation has no /Contents (7.18.5)",
    "31-fonts": "a font used is not embedded (7.21.4.1) or has no ToUnicode map (7.21.7)",
}

STANDARD = set("""Document Part Art Sect Div BlockQuote Caption TOC TOCI Index NonStruct Private
P H H1 H2 H3 H4 H5 H6 L LI Lbl LBody Table TR TH TD THead TBody TFoot Span Quote Note Reference
BibEntry Code Link Annot Ruby RB RT RP Warichu WT WP Figure Formula Form""".split())
TEXT_SHOWING = {"Tj", "TJ", "'", '"'}
PAINTING = TEXT_SHOWING | {"S", "s", "f", "F", "f*", "B", "B*", "b", "b*", "sh", "Do", "BI", "INLINE IMAGE"}
LANG_TAG = re.compile(r"^[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*$")


@dataclass
class Failure:
    condition: str
    message: str

    def __str__(self) -> str:
        return f"{self.condition}: {self.message}"


@dataclass
class Node:
    """A structure element as read back: its type (role-mapped), its own entries, its kids."""

    type: str
    raw_type: str
    obj: pikepdf.Dictionary
    parent: Node | None
    kids: list = field(default_factory=list)  # Node | ("mcid", page key, n) | ("objr", annot objgen)
    lang: str | None = None

    def walk(self):
        yield self
        for kid in self.kids:
            if isinstance(kid, Node):
                yield from kid.walk()

    def elements(self) -> list[Node]:
        return [k for k in self.kids if isinstance(k, Node)]


class Reader:
    """A PDF read the way a screen reader meets it: structure tree, content, annotations."""

    def __init__(self, data: bytes):
        self.pdf = pikepdf.open(io.BytesIO(data))
        self.root = self.pdf.Root
        self.failures: list[Failure] = []
        self.pages = list(self.pdf.pages)
        self.page_keys = {page.obj.objgen: n for n, page in enumerate(self.pages)}
        self.rolemap = {}
        tree = self.root.get("/StructTreeRoot")
        if tree is not None and "/RoleMap" in tree:
            self.rolemap = {str(k)[1:]: str(v)[1:] for k, v in tree.RoleMap.items()}
        # page → MCID → (text, languages of marked content around it)
        self.content: dict[int, dict[int, list[str]]] = {}
        self.artifact_text: list[tuple[str, str]] = []  # (artifact properties, text) drawn as artifacts
        self.codes: dict[tuple, set[bytes]] = {}  # font objgen → codes shown
        self.fonts: dict[tuple, pikepdf.Dictionary] = {}
        self.tree: Node | None = None
        self._cmaps: dict[tuple, dict[bytes, str]] = {}

    def fail(self, condition: str, message: str) -> None:
        self.failures.append(Failure(condition, message))

    # Content --------------------------------------------------------------------------------

    def read_content(self) -> None:
        for n, page in enumerate(self.pages):
            self.content[n] = {}
            self._stream(n, page, page.obj.get("/Resources", pikepdf.Dictionary()), [])

    def _stream(self, n: int, source, resources, stack: list) -> None:
        font = None
        for instruction in pikepdf.parse_content_stream(source):
            if isinstance(instruction, pikepdf.ContentStreamInlineImage):
                self._painted(n, "INLINE IMAGE", stack, None, ())
                continue
            operands, op = instruction.operands, str(instruction.operator)
            if op in ("BMC", "BDC"):
                tag = str(operands[0])[1:]
                props = operands[1] if op == "BDC" else None
                if isinstance(props, pikepdf.Name):
                    props = resources.get("/Properties", {}).get(props)
                mcid = int(props.MCID) if props is not None and "/MCID" in props else None
                if tag == "Artifact" and any(m is not None for _, m, _ in stack):
                    self.fail("01-003", f"page {n + 1}: an artifact inside tagged content (MCID {self._mcid(stack)})")
                if mcid is not None and any(t == "Artifact" for t, _, _ in stack):
                    self.fail("01-004", f"page {n + 1}: MCID {mcid} inside an artifact")
                if mcid is not None:
                    if mcid in self.content[n]:
                        self.fail("01-005", f"page {n + 1}: MCID {mcid} used twice")
                    self.content[n][mcid] = []
                stack.append((tag, mcid, props))
            elif op == "EMC":
                if not stack:
                    self.fail("01-005", f"page {n + 1}: EMC without a marked-content sequence")
                else:
                    stack.pop()
            elif op == "Tf":
                font = resources.get("/Font", {}).get(operands[0])
            elif op in PAINTING:
                if op == "Do":
                    xobject = resources.get("/XObject", {}).get(operands[0])
                    if xobject is not None and xobject.get("/Subtype") == "/Form":
                        self._stream(n, xobject, xobject.get("/Resources", resources), stack)
                        continue
                self._painted(n, op, stack, font, operands)
        if stack and source is self.pages[n]:
            self.fail("01-005", f"page {n + 1}: {len(stack)} marked-content sequence(s) left open")

    @staticmethod
    def _mcid(stack) -> int | None:
        return next((m for _, m, _ in reversed(stack) if m is not None), None)

    def _painted(self, n: int, op: str, stack: list, font, operands) -> None:
        mcid = self._mcid(stack)
        artifact = next((p for t, _, p in stack if t == "Artifact"), False)
        if mcid is None and artifact is False:
            self.fail("01-005", f"page {n + 1}: `{op}` outside any artifact or tagged content")
        if op not in TEXT_SHOWING:
            return
        if font is None:
            self.fail("31-fonts", f"page {n + 1}: text shown with no font set")
            return
        strings = []
        for operand in operands:
            if isinstance(operand, pikepdf.String):
                strings.append(bytes(operand))
            elif isinstance(operand, pikepdf.Array):
                strings += [bytes(s) for s in operand if isinstance(s, pikepdf.String)]
        key = font.objgen
        self.fonts[key] = font
        codes = self.codes.setdefault(key, set())
        text = []
        unicode = self._to_unicode(font)
        width = 2 if font.get("/Subtype") == "/Type0" else 1
        for s in strings:
            for i in range(0, len(s), width):
                code = s[i:i + width]
                codes.add(code)
                text.append(unicode.get(code, "\ufffd"))
        text = "".join(text)
        if mcid is not None:
            self.content[n][mcid].append(text)
        elif artifact is not None and artifact is not False:
            self.artifact_text.append((str(artifact), text))
        else:
            self.artifact_text.append(("", text))

    def _to_unicode(self, font) -> dict[bytes, str]:
        key = font.objgen
        if key not in self._cmaps:
            self._cmaps[key] = parse_to_unicode(font.get("/ToUnicode"))
        return self._cmaps[key]

    # Structure ------------------------------------------------------------------------------

    def read_structure(self) -> None:
        tree = self.root.get("/StructTreeRoot")
        if tree is None:
            return
        self.tree = Node("StructTreeRoot", "StructTreeRoot", tree, None)
        seen: set = set()
        self._kids(self.tree, tree.get("/K"), None, seen)

    def _kids(self, node: Node, k, page, seen) -> None:
        if k is None:
            return
        items = list(k) if isinstance(k, pikepdf.Array) else [k]
        for item in items:
            if isinstance(item, int) or (isinstance(item, pikepdf.Object) and item._type_code == pikepdf.ObjectType.integer):
                if page is None:
                    self.fail("01-005", f"{node.type}: an MCID with no page")
                else:
                    node.kids.append(("mcid", self.page_keys[page.objgen], int(item)))
            elif isinstance(item, pikepdf.Dictionary):
                kind = item.get("/Type")
                if kind == "/MCR" or "/MCID" in item:
                    on = item.get("/Pg", page)
                    node.kids.append(("mcid", self.page_keys[on.objgen], int(item.MCID)))
                elif kind == "/OBJR":
                    node.kids.append(("objr", item.Obj.objgen))
                else:
                    if item.is_indirect:
                        if item.objgen in seen:
                            self.fail("09-004", f"{node.type}: a structure element twice in the tree")
                            continue
                        seen.add(item.objgen)
                    raw = str(item.get("/S", "/?"))[1:]
                    kid = Node(self._role(raw), raw, item, node if node.type != "StructTreeRoot" else None)
                    lang = item.get("/Lang")
                    kid.lang = str(lang) if lang is not None else None
                    node.kids.append(kid)
                    self._kids(kid, item.get("/K"), item.get("/Pg", page), seen)

    def _role(self, raw: str) -> str:
        seen = set()
        while raw not in STANDARD and raw in self.rolemap and raw not in seen:
            seen.add(raw)
            raw = self.rolemap[raw]
        return raw

    def elements(self) -> list[Node]:
        return [n for n in self.tree.walk()][1:] if self.tree else []

    def text_of(self, node: Node) -> str:
        """The text a screen reader gets for ``node``: its /ActualText, or its content's."""
        actual = node.obj.get("/ActualText")
        if actual is not None:
            return str(actual)
        out = []
        for kid in node.kids:
            if isinstance(kid, Node):
                out.append(self.text_of(kid))
            elif kid[0] == "mcid":
                out.append("".join(self.content.get(kid[1], {}).get(kid[2], [])))
        return "".join(out)


def parse_to_unicode(stream) -> dict[bytes, str]:
    """The codes → text of a ToUnicode CMap (bfchar and bfrange)."""
    if stream is None:
        return {}
    data = stream.read_bytes().decode("latin-1")
    out: dict[bytes, str] = {}

    def text(hexa: str) -> str:
        raw = bytes.fromhex(hexa)
        return raw.decode("utf-16-be", errors="replace")

    for block in re.findall(r"beginbfchar(.*?)endbfchar", data, re.S):
        for src, dst in re.findall(r"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]*)>", block):
            out[bytes.fromhex(src)] = text(dst)
    for block in re.findall(r"beginbfrange(.*?)endbfrange", data, re.S):
        for lo, hi, dst in re.findall(r"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*(<[0-9A-Fa-f]*>|\[[^\]]*\])", block):
            width = len(lo) // 2
            start, end = int(lo, 16), int(hi, 16)
            if dst.startswith("["):
                targets = re.findall(r"<([0-9A-Fa-f]*)>", dst)
                for i, code in enumerate(range(start, end + 1)):
                    if i < len(targets):
                        out[code.to_bytes(width, "big")] = text(targets[i])
            else:
                base = int(dst[1:-1], 16)
                size = len(dst[1:-1]) // 2
                for i, code in enumerate(range(start, end + 1)):
                    out[code.to_bytes(width, "big")] = text(f"{base + i:0{size * 2}X}")
    return out


# The conditions -------------------------------------------------------------------------------

def check(data: bytes) -> list[Failure]:
    """Every failed condition of ``COVERED`` in the PDF ``data``."""
    r = Reader(data)
    _catalog(r)
    r.read_content()
    r.read_structure()
    if r.tree is None:
        r.fail("01-005", "no structure tree: no content is tagged")
    else:
        _structure(r)
        _headings(r)
        _tables(r)
        _lists(r)
    _annotations(r)
    _languages(r)
    _fonts(r)
    return r.failures


def _catalog(r: Reader) -> None:
    root = r.root
    mark = root.get("/MarkInfo")
    if mark is None or not bool(mark.get("/Marked", False)):
        r.fail("01-007", "/MarkInfo /Marked is not true")
    elif bool(mark.get("/Suspects", False)):
        r.fail("01-007", "/MarkInfo /Suspects is true")
    metadata = root.get("/Metadata")
    if metadata is None:
        r.fail("06-001", "no XMP metadata stream")
    else:
        xmp = metadata.read_bytes().decode("utf-8", errors="replace")
        if not re.search(r"pdfuaid:part(>|=\")\s*1", xmp):
            r.fail("06-002", "no pdfuaid:part 1 in the XMP metadata")
        title = re.search(r"<dc:title>.*?<rdf:li[^>]*>([^<]*)</rdf:li>", xmp, re.S)
        if not title or not title.group(1).strip():
            r.fail("06-003", "no dc:title in the XMP metadata")
    prefs = root.get("/ViewerPreferences")
    if prefs is None or "/DisplayDocTitle" not in prefs:
        r.fail("07-001", "/ViewerPreferences has no /DisplayDocTitle")
    elif not bool(prefs.DisplayDocTitle):
        r.fail("07-002", "/DisplayDocTitle is false")


def _structure(r: Reader) -> None:
    drawn = {(page, mcid) for page, mcids in r.content.items() for mcid in mcids}
    owners: dict[tuple, Node] = {}
    for node in r.elements():
        if node.type not in STANDARD:
            r.fail("02-001", f"{node.raw_type}: not a standard structure type nor mapped to one")
        if node.type == "Figure" and "/Alt" not in node.obj and "/ActualText" not in node.obj:
            r.fail("13-004", "a Figure without /Alt or /ActualText")
        for kid in node.kids:
            if isinstance(kid, tuple) and kid[0] == "mcid":
                place = kid[1:]
                if place in owners:
                    r.fail("01-005", f"page {place[0] + 1} MCID {place[1]} belongs to two elements")
                owners[place] = node
                if place not in drawn:
                    r.fail("01-005", f"{node.type}: page {place[0] + 1} MCID {place[1]} is not drawn")
    for place in sorted(drawn - owners.keys()):
        r.fail("01-005", f"page {place[0] + 1}: MCID {place[1]} is in no structure element")
    # The ParentTree: from each page's StructParents key, the element of each MCID.
    tree = r.root.StructTreeRoot
    parents = _number_tree(tree.get("/ParentTree"))
    next_key = int(tree.get("/ParentTreeNextKey", 0))
    if parents and next_key <= max(parents):
        r.fail("01-005", "/ParentTreeNextKey is not above every ParentTree key")
    for n, page in enumerate(r.pages):
        mcids = r.content.get(n, {})
        if not mcids:
            continue
        key = page.obj.get("/StructParents")
        if key is None or int(key) not in parents:
            r.fail("01-005", f"page {n + 1}: no /StructParents entry in the ParentTree")
            continue
        entry = parents[int(key)]
        for mcid in mcids:
            owner = owners.get((n, mcid))
            if owner is None:
                continue
            if mcid >= len(entry) or entry[mcid].objgen != owner.obj.objgen:
                r.fail("01-005", f"page {n + 1}: the ParentTree does not give MCID {mcid}'s element")
    r.parents = parents


def _number_tree(node) -> dict[int, object]:
    out: dict[int, object] = {}
    if node is None:
        return out
    nums = node.get("/Nums")
    if nums is not None:
        for i in range(0, len(nums), 2):
            out[int(nums[i])] = nums[i + 1]
    for kid in node.get("/Kids", []):
        out.update(_number_tree(kid))
    return out


def _headings(r: Reader) -> None:
    elements = r.elements()
    numbered = [n for n in elements if re.fullmatch(r"H[1-6]", n.type)]
    plain = [n for n in elements if n.type == "H"]
    if numbered and plain:
        r.fail("14-007", "both H and H1-H6 are used")
    for node in elements:
        if sum(1 for k in node.elements() if k.type == "H") > 1:
            r.fail("14-006", f"a {node.type} holds more than one H")
    if numbered and numbered[0].type != "H1":
        r.fail("14-002", f"the first heading is {numbered[0].type}")
    level = 0
    for node in numbered:
        this = int(node.type[1])
        if this > level + 1:
            r.fail("14-003", f"{node.type} follows H{level}: {r.text_of(node)[:40]!r}")
        level = this


def _attr(node: Node, key: str, owner: str = "/Table"):
    attrs = node.obj.get("/A")
    for a in ([attrs] if isinstance(attrs, pikepdf.Dictionary) else list(attrs or [])):
        if isinstance(a, pikepdf.Dictionary) and a.get("/O") == owner and key in a:
            return a[key]
    return None


def _tables(r: Reader) -> None:
    allowed = {"Table": {"TR", "THead", "TBody", "TFoot", "Caption"}, "THead": {"TR"}, "TBody": {"TR"},
               "TFoot": {"TR"}, "TR": {"TH", "TD"}}
    parents = {"TR": {"Table", "THead", "TBody", "TFoot"}, "TH": {"TR"}, "TD": {"TR"},
               "THead": {"Table"}, "TBody": {"Table"}, "TFoot": {"Table"}}
    _nesting(r, "09-004", allowed, parents)
    for node in r.elements():
        if node.type == "Table":
            rows = [k for k in node.elements() if k.type == "TR"]
            rows += [row for k in node.elements() if k.type in ("THead", "TBody", "TFoot") for row in k.elements()]
            rows.sort(key=lambda row: [e.obj.objgen for e in node.walk()].index(row.obj.objgen))
            _regular(r, rows)
            uses_ids = any("/ID" in c.obj for row in rows for c in row.elements() if c.type == "TH") and \
                any(_attr(c, "/Headers") is not None for row in rows for c in row.elements() if c.type == "TD")
            for row in rows:
                for cell in row.elements():
                    if cell.type == "TH" and not uses_ids and _attr(cell, "/Scope") is None:
                        r.fail("15-003", f"a TH without /Scope: {r.text_of(cell)[:40]!r}")


def _regular(r: Reader, rows: list[Node]) -> None:
    """Every row as wide as the first, row and column spans counted."""
    pending: list[int] = []  # rows still covered by a cell spanning down, per column slot
    widths = []
    for row in rows:
        width = sum(1 for p in pending if p > 0)
        pending = [p - 1 for p in pending if p > 1]
        for cell in row.elements():
            span = int(_attr(cell, "/ColSpan") or 1)
            down = int(_attr(cell, "/RowSpan") or 1)
            width += span
            pending += [down] * span if down > 1 else []
        widths.append(width)
    if widths and len(set(widths)) > 1:
        r.fail("09-004", f"table rows of unequal width: {widths}")


def _lists(r: Reader) -> None:
    allowed = {"L": {"LI", "L", "Caption"}, "LI": {"Lbl", "LBody"}}
    parents = {"LI": {"L"}, "Lbl": {"LI", "BibEntry", "TOCI"}, "LBody": {"LI"}}
    _nesting(r, "09-005", allowed, parents)


def _nesting(r: Reader, clause: str, allowed: dict[str, set], parents: dict[str, set]) -> None:
    """ISO 32000's nesting of a structure (tables, lists): each element's kids of the types it
    may hold (``allowed``), and each element inside one of the types it belongs in (``parents``)."""
    for node in r.elements():
        if node.type in allowed:
            for kid in node.elements():
                if kid.type not in allowed[node.type]:
                    r.fail(clause, f"{kid.type} inside {node.type}")
        if node.type in parents and (node.parent is None or node.parent.type not in parents[node.type]):
            r.fail(clause, f"{node.type} outside {'/'.join(sorted(parents[node.type]))}")


def _annotations(r: Reader) -> None:
    parents = getattr(r, "parents", None) or {}
    objrs = {kid[1]: node for node in r.elements() for kid in node.kids if isinstance(kid, tuple) and kid[0] == "objr"}
    for n, page in enumerate(r.pages):
        annots = list(page.obj.get("/Annots", []))
        if annots:
            tabs = page.obj.get("/Tabs")
            if tabs is None:
                r.fail("28-008", f"page {n + 1}: annotations but no /Tabs")
            elif tabs != "/S":
                r.fail("28-009", f"page {n + 1}: /Tabs {tabs}")
        for annot in annots:
            if annot.get("/Subtype") != "/Link":
                continue
            where = f"page {n + 1}: a link"
            if not str(annot.get("/Contents", "")).strip():
                r.fail("28-012", f"{where} without /Contents")
            key = annot.get("/StructParent")
            owner = objrs.get(annot.objgen)
            if key is None or owner is None or owner.type != "Link":
                r.fail("28-011", f"{where} not in a Link element")
            elif int(key) not in parents or parents[int(key)].objgen != owner.obj.objgen:
                r.fail("28-011", f"{where}: its /StructParent does not lead to its Link")


def _languages(r: Reader) -> None:
    lang = r.root.get("/Lang")
    has_lang = lang is not None and LANG_TAG.match(str(lang))
    if lang is not None and not has_lang:
        r.fail("11-001", f"the catalog's /Lang {str(lang)!r} is not a language tag")
    for node in r.elements():
        if node.lang is not None and not LANG_TAG.match(node.lang):
            r.fail("11-001", f"{node.type}: /Lang {node.lang!r} is not a language tag")
    if has_lang:
        return
    # Without a document language, every text needs one of its own.
    for node in r.elements():
        if any(isinstance(k, tuple) and k[0] == "mcid" for k in node.kids):
            chain, found = node, None
            while chain is not None and found is None:
                found, chain = chain.lang, chain.parent
            if found is None:
                r.fail("11-001", f"{node.type}: no language for its text")
                break
    if any(page.obj.get("/Annots") for page in r.pages):
        r.fail("11-004", "no document language for the annotations' /Contents")
    r.fail("11-006", "no document language for the metadata")


def _fonts(r: Reader) -> None:
    for key, font in r.fonts.items():
        name = str(font.get("/BaseFont", "?"))
        subtype = font.get("/Subtype")
        if subtype == "/Type3":
            continue
        descriptor = font.get("/FontDescriptor")
        if subtype == "/Type0":
            descriptor = font.DescendantFonts[0].get("/FontDescriptor")
        if descriptor is None or not any(k in descriptor for k in ("/FontFile", "/FontFile2", "/FontFile3")):
            r.fail("31-fonts", f"{name} is not embedded")
        if font.get("/ToUnicode") is None:
            r.fail("31-fonts", f"{name} has no ToUnicode map")
            continue
        unicode = r._to_unicode(font)
        missing = sorted(c.hex() for c in r.codes.get(key, ()) if not unicode.get(c) or unicode[c] in ("\x00", "\ufffd"))
        if missing:
            r.fail("10-001", f"{name}: codes {', '.join(missing[:8])} map to no character")


# Reading the tree as a screen reader would ---------------------------------------------------

def outline(data: bytes) -> str:
    """The structure tree in reading order, one element a line, with its language, its
    attributes and its text: what a screen reader announces."""
    r = Reader(data)
    r.read_content()
    r.read_structure()
    lines = [f"(document language {r.root.get('/Lang')})"]

    def show(node: Node, depth: int) -> None:
        notes = []
        if node.lang:
            notes.append(f"lang={node.lang}")
        for key in ("/Scope", "/RowSpan", "/ListNumbering"):
            value = _attr(node, key) if key != "/ListNumbering" else _attr(node, key, "/List")
            if value is not None:
                notes.append(f"{key[1:]}={value}")
        for key in ("/T", "/Alt", "/ActualText"):
            if key in node.obj:
                notes.append(f"{key[1:]}={str(node.obj[key])!r}")
        objrs = sum(1 for k in node.kids if isinstance(k, tuple) and k[0] == "objr")
        if objrs:
            notes.append(f"{objrs} annotation(s)")
        leaf = not node.elements()
        text = r.text_of(node) if leaf else ""
        lines.append("  " * depth + node.type + (f" [{', '.join(notes)}]" if notes else "")
                     + (f": {text}" if text else ""))
        for kid in node.kids:
            if isinstance(kid, Node):
                show(kid, depth + 1)
            elif not leaf and kid[0] == "mcid":
                text = "".join(r.content.get(kid[1], {}).get(kid[2], []))
                if text:
                    lines.append("  " * (depth + 1) + f"“{text}”")

    if r.tree is not None:
        for kid in r.tree.elements():
            show(kid, 0)
    return "\n".join(lines)


if __name__ == "__main__":
    import sys

    for name in sys.argv[1:]:
        data = open(name, "rb").read()
        print(outline(data))
        found = check(data)
        print(f"\n{name}: {len(found)} Matterhorn condition(s) failed")
        for failure in found:
            print(f"  {failure}")
