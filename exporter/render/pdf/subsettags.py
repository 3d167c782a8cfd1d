"""A tag of its own for every embedded font subset: six capitals derived from what the subset holds.

ISO 32000-1, 9.6.4: the PostScript name of an embedded subset begins with a tag of six uppercase
letters and a plus sign, and different subsets in the same file shall have different tags.
reportlab numbers a font's subsets from ``AAAAAA`` (``AAAAAB``, … for the next 256 codes of the
same face), so the regular, bold and italic faces of a memo all start with ``AAAAAA+``.

:func:`distinct_subset_tags` has the document give each subset, once every font has made its
objects, a tag derived from a digest of the face's PostScript name and the subset's code → Unicode
map (its ToUnicode CMap, which lists every character the subset holds, in code order): the same
memo gets the same tags, hence the same bytes; a subset holding other characters gets another tag,
as TeX's and Ghostscript's do.  Two digests that fall on the same six letters (one chance in about
150 million for a memo's three to eight subsets) are told apart by digesting again with a counter.
The tag is written wherever reportlab wrote its own: the font's ``/BaseFont``, its descriptor's
``/FontName`` and the ``CMapName`` and ``CIDSystemInfo`` of its ToUnicode map.
"""

from __future__ import annotations

import hashlib

from reportlab.pdfbase.pdfdoc import PDFName, PDFStream, PDFTrueTypeFont

TAG_LETTERS = 6
_ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"


def distinct_subset_tags(doc) -> None:
    """Have ``doc`` (a reportlab ``PDFDocument``) tag its font subsets as the module says: call
    it once, after the last page is drawn and before the document is saved."""
    doc.delayedFonts.append(_SubsetTags())


def subset_tag(postscript_name: str, cmap: str, used: set[str]) -> str:
    """The tag of the subset of ``postscript_name`` whose ToUnicode map is ``cmap`` (with the
    subset's full name in it replaced by ``postscript_name``), other than those ``used``."""
    digest = hashlib.sha256(f"{postscript_name}\n{cmap}".encode()).digest()
    while True:
        number = int.from_bytes(digest[:8], "big")
        letters = []
        for _ in range(TAG_LETTERS):
            number, rest = divmod(number, len(_ALPHABET))
            letters.append(_ALPHABET[rest])
        tag = "".join(letters)
        if tag not in used:
            return tag
        digest = hashlib.sha256(digest + b"again").digest()


class _SubsetTags:
    """An entry of reportlab's list of fonts to embed (``PDFDocument.delayedFonts``), after every
    font of the memo: it retags the subsets those fonts made."""

    def addObjects(self, doc) -> None:  # noqa: N802 - reportlab calls it by this name
        fonts = doc.idToObject["BasicFonts"].dict
        subsets = []
        kept: set[str] = set()  # the tags of subsets this cannot retag: no other takes theirs
        for key in sorted(fonts):  # F1+0, F1+1, F2+0, …: the same order for the same memo
            font = fonts[key]
            base = getattr(font, "BaseFont", None) if isinstance(font, PDFTrueTypeFont) else None
            if not isinstance(base, str) or base[TAG_LETTERS: TAG_LETTERS + 1] != "+":
                continue  # not a subset
            cmap = doc.idToObject.get(getattr(font.ToUnicode, "name", None))
            descriptor = doc.idToObject.get(getattr(font.FontDescriptor, "name", None))
            if not isinstance(cmap, PDFStream) or not isinstance(cmap.content, str) or descriptor is None:
                kept.add(base[:TAG_LETTERS])  # not the objects reportlab makes: its tag stays
                continue
            subsets.append((font, base, cmap, descriptor))
        used = set(kept)
        for font, base, cmap, descriptor in subsets:
            name = base[TAG_LETTERS + 1:]
            tag = subset_tag(name, cmap.content.replace(base, name), used)
            used.add(tag)
            retagged = f"{tag}+{name}"
            font.BaseFont = retagged
            descriptor["FontName"] = PDFName(retagged)
            cmap.content = cmap.content.replace(base, retagged)
