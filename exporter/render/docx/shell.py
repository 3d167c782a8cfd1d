"""The package around a memo's body, serialised once.

Opening the template with python-docx, setting its section and serialising its parts cost more
than writing a memo's body.  Everything but a few slots is the same for every memo of a style,
paper and language: python-docx builds that shell once, with a marker in each slot; each memo
then fills the slots with markup written as lxml would serialise it (``ooxml``'s ``*_xml``
functions), and the parts without slots go into the zip already compressed (``zipwrite``).

Slots: the body (before the section properties), the header's and the footer's paragraphs, the
numbering's added lists (``w:num``), the document's hyperlink relationships and the core
properties.
"""

from __future__ import annotations

import datetime as dt
import re

from docx.opc.packuri import CONTENT_TYPES_URI, PACKAGE_URI
from docx.oxml import parse_xml
from docx.oxml.ns import qn

from exporter._compat import docx as docx_compat
from exporter.render.docx import ooxml, zipwrite

_W_NS = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
_SLOT_TEXT = "\ue000slot\ue000"
_SLOT = f"<w:p><w:r><w:t>{_SLOT_TEXT}</w:t></w:r></w:p>".encode()
_CORE_TEXTS = ("title", "subject", "author", "last_modified_by", "keywords", "language")
_MARK_DATE = dt.datetime(1901, 2, 3, 4, 5, 6)
_MARK_DATE_TEXT = _MARK_DATE.strftime("%Y-%m-%dT%H:%M:%SZ").encode("ascii")
_CORE_LIMIT = 255  # python-docx refuses longer core properties


def _mark(name: str) -> str:
    return f"\ue000{name}\ue000"


class Shell:
    """A DOCX package, serialised, with slots a memo fills (see the module's docstring)."""

    # Each file: an entry compressed once, or (name, the pieces between its slots, the slots).
    files: list[zipwrite.Entry | tuple[str, list[bytes], list[str]]]
    _cached: dict[tuple[str, bytes], zipwrite.Entry]
    # What the renderer learns of the template with the shell, and keeps on it.
    list_number_abstract: int  # the abstract numbering of the List Number style
    text_width_mm: float

    def __init__(self, word, body, header, footer):
        """``word``: python-docx's document, its section set; ``body``, ``header``, ``footer``: the
        elements whose paragraphs (all but the section properties) the slots replace."""
        for element in (body, header, footer):
            for child in list(element):
                if child.tag != qn("w:sectPr"):
                    element.remove(child)
            mark = parse_xml(f'<w:p {_W_NS}><w:r><w:t>{_SLOT_TEXT}</w:t></w:r></w:p>')
            sect_pr = element.find(qn("w:sectPr"))
            if sect_pr is not None:
                sect_pr.addprevious(mark)
            else:
                element.append(mark)
        numbering = word.part.numbering_part.element
        if numbering.find(qn("w:numIdMacAtCleanup")) is not None:  # a template's; new lists must go last
            raise ValueError("the DOCX template's numbering part ends with w:numIdMacAtCleanup")
        self.num_ids = {num.numId for num in numbering.findall(qn("w:num"))}
        self.rel_ids = set(word.part.rels)
        core = word.core_properties
        for name in _CORE_TEXTS:
            setattr(core, name, _mark(name))
        core.comments = ""
        core.category = ""
        core.revision = 1
        core.created = core.modified = core.last_printed = _MARK_DATE

        package = word.part.package
        parts = list(package.iter_parts())
        for part in parts:
            part.before_marshal()
        files = [(CONTENT_TYPES_URI, docx_compat.content_types(word, parts)), (PACKAGE_URI.rels_uri, package.rels.xml)]
        for part in parts:
            files.append((part.partname, part.blob))
            if len(part.rels):
                files.append((part.partname.rels_uri, part.rels.xml))
        self.files = []
        for name, blob in files:
            if blob.count(_SLOT) > 1:
                raise ValueError(f"{name} holds more than one slot")
            if _SLOT in blob:
                head, tail = blob.split(_SLOT)
                slot = {"/word/document.xml": "body"}.get(name) or (
                    "header" if b"<w:hdr" in head else "footer")
                self.files.append((name, [head, tail], [slot]))
            elif name == "/word/numbering.xml":
                at = blob.rindex(b"</w:numbering>")
                self.files.append((name, [blob[:at], blob[at:]], ["nums"]))
            elif name == "/word/_rels/document.xml.rels":
                at = blob.rindex(b"</Relationships>")
                self.files.append((name, [blob[:at], blob[at:]], ["links"]))
            elif _mark("title").encode("utf-8") in blob:
                self.files.append((name, *_core_pieces(blob)))
            else:
                self.files.append(zipwrite.entry(name, blob))
        self._cached = {}

    def next_num_id(self, taken: int) -> int:
        """The id of the ``taken + 1``-th list a memo adds (python-docx's: the first unused)."""
        n = 0
        while True:
            n += 1
            if n not in self.num_ids:
                if not taken:
                    return n
                taken -= 1

    def rel_id(self, taken: int) -> str:
        """The ``taken + 1``-th relationship id a memo adds (python-docx's: the first unused)."""
        n = 0
        while True:
            n += 1
            if f"rId{n}" not in self.rel_ids:
                if not taken:
                    return f"rId{n}"
                taken -= 1

    def package(self, slots: dict[str, str], meta, when: dt.datetime) -> bytes:
        """The DOCX bytes: ``slots`` (body, header, footer, nums, links: markup) and the core
        properties of ``meta`` filled in, stamped ``when``."""
        values = {name: _xml_text(value).encode("utf-8") for name, value in slots.items()}
        values.update(_core_values(meta))
        entries = []
        for file in self.files:
            if isinstance(file, zipwrite.Entry):
                entries.append(file)
                continue
            name, pieces, names = file
            out = [pieces[0]]
            for slot, piece in zip(names, pieces[1:]):
                out.append(values[slot])
                out.append(piece)
            blob = b"".join(out)
            if names[0] in ("nums", "links"):  # mostly the same few: none, one list
                key = (name, blob)
                entry = self._cached.get(key)
                if entry is None:
                    if len(self._cached) > 64:
                        self._cached.clear()
                    entry = self._cached[key] = zipwrite.entry(name, blob)
                entries.append(entry)
            else:
                entries.append(zipwrite.entry(name, blob))
        return zipwrite.archive(entries, _zip_stamp(when))


def _zip_stamp(when: dt.datetime) -> tuple[int, int, int, int, int, int]:
    """``when`` as a zip entry's date and time, which hold the years 1980 to 2107 only: an earlier
    date is moved to its day in 1980 (as ``zipfile`` refuses to, and python-docx did), a later
    one to the last second the format holds."""
    if when.year > 2107:
        return (2107, 12, 31, 23, 59, 58)
    return (max(when.year, 1980), when.month, when.day, when.hour, when.minute, when.second)


# Characters XML 1.0 does not allow (lxml refused them; the brief's text is cleaned of them in
# ``localize`` and a convention's at load, so finding one here is a bug, never a silent file).
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def _xml_text(markup: str) -> str:
    """``markup``, refused (ValueError) if it holds a character XML 1.0 does not allow."""
    found = _NOT_XML.search(markup)
    if found:
        raise ValueError(f"U+{ord(found.group()):04X} is not an XML character (at {found.start()} in a DOCX part)")
    return markup


def _core_pieces(blob: bytes) -> tuple[list[bytes], list[str]]:
    """The core properties' XML cut at each marked value."""
    pieces: list[bytes] = []
    names: list[str] = []
    rest = blob
    while True:
        found = [(rest.find(_mark(n).encode("utf-8")), n) for n in _CORE_TEXTS]
        found = [(at, n) for at, n in found if at >= 0]
        date_at = rest.find(_MARK_DATE_TEXT)
        if date_at >= 0:
            found.append((date_at, "date"))
        if not found:
            pieces.append(rest)
            return pieces, names
        at, n = min(found)
        pieces.append(rest[:at])
        names.append(n)
        rest = rest[at + (len(_MARK_DATE_TEXT) if n == "date" else len(_mark(n).encode("utf-8"))):]


def _core_values(meta) -> dict[str, bytes]:
    """The core properties' values as python-docx writes them (``render.docx`` sets them)."""
    texts = {"title": meta.title, "subject": meta.subject, "author": meta.author,
             "last_modified_by": meta.author, "keywords": ", ".join(meta.keywords), "language": meta.lang}
    values = {}
    for name, value in texts.items():
        if not isinstance(value, str):
            value = str(value)
        if len(value) > _CORE_LIMIT:  # Word's and python-docx's limit; the PDF keeps the whole text
            value = value[:_CORE_LIMIT - 1].rstrip(" ,") + "…"
        values[name] = _xml_text(ooxml.text_markup(value)).encode("utf-8")
    values["date"] = meta.date.replace(tzinfo=None).strftime("%Y-%m-%dT%H:%M:%SZ").encode("ascii")
    return values

