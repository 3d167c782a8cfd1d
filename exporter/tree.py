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
class Citation:
    """A reference such as ``[1, § 6]`` that leads to the source entry anchored at ``target``."""

    label: str
    target: str


Inline = Span | Link | Citation
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
    """A paragraph of inlines.  ``role`` picks its look (see ``ROLES``)."""

    content: Inlines
    role: str = "body"


# What each paragraph role is, for the renderers' styles.
ROLES = {
    "body": "running text",
    "lead": "the first paragraph of a section, before its points",
    "kind": "the kind of memo at the head of page 1 (INFORMATION MEMO, NOTE)",
    "addressee": "who a note is for, under its kind (à l'attention de …)",
    "timbre": "the issuing office, at the top left of a French note",
    "dateline": "the place and date, at the top right (Paris, le 14 décembre 2023)",
    "recommendation": "what the principal is asked to approve",
    "quote": "a quotation's words",
    "translation": "a quotation's translation",
    "attribution": "who said a quotation, and how we know",
    "closing": "the drafting and clearance lines at the end",
    "designation": "a CUI memo's designation indicator, a line each, under the head",
}


@dataclass(frozen=True, slots=True)
class ListItem:
    """One list entry; ``anchor`` makes it a link target (the sources list)."""

    content: Inlines
    anchor: str | None = None


@dataclass(frozen=True, slots=True)
class ListBlock:
    """A numbered (``ordered``) or bulleted list; each list restarts its own numbering.  An
    unmarked list (``marked`` false) prints its items one a line, with neither (Tab 1 – …)."""

    items: tuple[ListItem, ...]
    ordered: bool
    marked: bool = True


@dataclass(frozen=True, slots=True)
class Table:
    """A table with one header row (repeated on every page) and relative column ``widths``;
    ``caption`` names it for assistive technology (its section's title)."""

    header: tuple[Inlines, ...]
    rows: tuple[tuple[Inlines, ...], ...]
    widths: tuple[float, ...]
    caption: str = ""


@dataclass(frozen=True, slots=True)
class Decision:
    """The decision block under a recommendation: a box per option — Approve, Disapprove, Let's
    discuss — one affordance each, then a line to write on per ``fields`` label below (Initials,
    Date; the Date alone where ``option_lines``: the option chosen is the principal's mark, as at
    the State Department).  ``name`` identifies the block (the DOCX check boxes are tagged with it)."""

    options: tuple[str, ...]
    fields: tuple[str, ...]
    name: str
    option_lines: bool = False  # the option chosen is the principal's mark: no Initials field below
    caption: str = ""  # which decision it is, for a screen reader ("Recommendation 2")


@dataclass(frozen=True, slots=True)
class Quotation:
    """A quotation, kept together on a page: the words as the source gives them (a ``quote``
    paragraph, its span tagged with their language), our translation when the memo's language
    differs, and the attribution — who said it, and how we know (``attribution``)."""

    words: Paragraph
    translation: Paragraph | None
    attribution: Paragraph


@dataclass(frozen=True, slots=True)
class RoutingBlock:
    """Aligned labels and their values: the routing block of page 1 (To, From, Date, Subject;
    ``role`` head) or the closing lines (Drafted, Cleared; ``role`` closing).  A row whose label
    is empty continues the one above (a second clearer)."""

    rows: tuple[tuple[str, Inlines], ...]
    role: str = "head"


@dataclass(frozen=True, slots=True)
class Rule:
    """A horizontal rule across the text width."""


Block = Heading | Paragraph | ListBlock | Table | RoutingBlock | Rule | Decision | Quotation


# The document ---------------------------------------------------------------------------------

@dataclass(frozen=True, slots=True)
class Meta:
    """Document properties: what a file browser, a mail client or a screen reader shows."""

    title: str
    subject: str
    author: str
    keywords: tuple[str, ...]
    lang: str  # BCP 47, such as fr-FR
    date: dt.datetime  # in UTC: the memo's date, or SOURCE_DATE_EPOCH
    creator: str


@dataclass(frozen=True, slots=True)
class Furniture:
    """What every page carries: the handling marking (top and bottom) and the footer line: the
    short title and date at the left, the page label at the right."""

    marking: str  # empty: the memo carries no marking
    marking_lang: str  # BCP 47: the language of the marking's words (a US marking is English)
    marking_colour: str  # #rrggbb: the banner's band, or the words' colour when there is no band
    marking_text: str  # #rrggbb: the colour of the words on the band
    marking_band: bool  # a scheme's marking stands on a coloured band; free text does not
    footer: str  # the short title and the date, at the left of the footer
    page_label: str  # with {page} and {pages}, such as "Page {page} of {pages}"


@dataclass(frozen=True, slots=True)
class Document:
    """One memo in one locale, ready for any renderer."""

    meta: Meta
    furniture: Furniture
    blocks: tuple[Block, ...]
    paper: str  # "A4" or "Letter"
    # Blocks from this index on stay together on the last page, with the last lines of the block
    # before them (its last paragraph or list item, not a whole table); 0: no such rule.
    keep_from: int = 0


def inline_text(content: Inlines) -> str:
    """The plain text of inlines, as a reader would read it aloud."""
    return "".join(f"[{i.label}]" if isinstance(i, Citation) else i.text for i in content)
