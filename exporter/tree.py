"""The document tree: what both renderers draw, and nothing about how.

Like pandoc's AST, this is the one contract between content and format.  The layout builds it once
per (brief, locale); ``render.docx`` and ``render.pdf`` are functions of it and the style.  Nodes
are small frozen data classes; text in them is final (localised, typeset, cleaned) and plain —
never markup.  A renderer may only decide how a node looks, never what it says.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass


# Inline content -------------------------------------------------------------------------------

@dataclass(frozen=True, slots=True)
class Span:
    """A run of text.  ``lang`` is set when it differs from the document's language."""

    text: str
    lang: str | None = None
    bold: bool = False
    italic: bool = False


@dataclass(frozen=True, slots=True)
class Link:
    """A hyperlink to an external address (http, https or mailto only)."""

    text: str
    url: str


@dataclass(frozen=True, slots=True)
class Ref:
    """A reference such as ``[1, § 6]`` that leads to the source entry anchored at ``target``."""

    label: str
    target: str


Inline = Span | Link | Ref
Inlines = tuple[Inline, ...]


# Blocks ---------------------------------------------------------------------------------------

@dataclass(frozen=True, slots=True)
class Heading:
    """A section heading; ``anchor`` names its bookmark (PDF outline, DOCX bookmark): letters, digits, _."""

    level: int
    content: Inlines
    anchor: str


@dataclass(frozen=True, slots=True)
class Paragraph:
    """A paragraph of inlines.  ``role`` picks its look: body, kind, lead, quote, translation,
    attribution, drafting."""

    content: Inlines
    role: str = "body"


@dataclass(frozen=True, slots=True)
class ListItem:
    """One list entry; ``anchor`` makes it a link target (the sources list)."""

    content: Inlines
    anchor: str | None = None


@dataclass(frozen=True, slots=True)
class ListBlock:
    """A numbered (``ordered``) or bulleted list; each list restarts its own numbering."""

    items: tuple[ListItem, ...]
    ordered: bool


@dataclass(frozen=True, slots=True)
class Table:
    """A table with one header row (repeated on every page) and relative column ``widths``."""

    header: tuple[Inlines, ...]
    rows: tuple[tuple[Inlines, ...], ...]
    widths: tuple[float, ...]


@dataclass(frozen=True, slots=True)
class Routing:
    """The memo's routing block: aligned labels (To, From, Date, Subject) and their values."""

    rows: tuple[tuple[str, Inlines], ...]


@dataclass(frozen=True, slots=True)
class Rule:
    """A horizontal rule across the text width."""


Block = Heading | Paragraph | ListBlock | Table | Routing | Rule


# The document ---------------------------------------------------------------------------------

@dataclass(frozen=True, slots=True)
class Meta:
    """Document properties: what a file browser, a mail client or a screen reader shows."""

    title: str
    subject: str
    author: str
    keywords: tuple[str, ...]
    lang: str  # BCP 47, such as fr-FR
    date: dt.date
    creator: str


@dataclass(frozen=True, slots=True)
class Furniture:
    """What every page carries: the handling marking (top and bottom) and the footer line: the
    short title and date at the left, the page label at the right."""

    marking: str
    marking_level: str  # a key of the style's marking colours
    footer: str  # the short title and the date, at the left of the footer
    page_label: str  # with {page} and {pages}, such as "Page {page} of {pages}"


@dataclass(frozen=True, slots=True)
class Document:
    """One memo in one locale, ready for any renderer."""

    meta: Meta
    furniture: Furniture
    blocks: tuple[Block, ...]
    paper: str  # "A4" or "Letter"


def inline_text(content: Inlines) -> str:
    """The plain text of inlines, as a reader would read it aloud."""
    return "".join(f"[{i.label}]" if isinstance(i, Ref) else i.text for i in content)
