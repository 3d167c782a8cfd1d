"""What a renderer raises when a memo cannot be drawn, in words its user can act on.

The PDF renderer turns reportlab's ``LayoutError`` (a block taller than a page, even split) into
:class:`MemoDoesNotFit`; the pipeline catches this class, which it can import without importing
reportlab (a DOCX-only run never does).  :func:`part_of` names the block that did not fit from the
document tree, as a reader of the memo would find it.
"""

from __future__ import annotations

from exporter.tree import (
    Block,
    Decision,
    Heading,
    Inlines,
    ListBlock,
    ListItem,
    Paragraph,
    Quotation,
    RoutingBlock,
    Table,
    inline_text,
)

QUOTED_WORDS = 8  # of a text that did not fit: enough to find it in the brief


class MemoDoesNotFit(Exception):
    """A block of the memo is taller (or wider) than a page can hold, even split across pages:
    a text too long to break, or a style whose type, line spacing or margins leave too little room."""

    def __init__(self, part: str, page: int | None = None):
        self.part, self.page = part, page
        where = f" (page {page})" if page else ""
        super().__init__(f"the memo cannot be laid out: {part} does not fit on a page{where}, even split "
                         "across pages; shorten its text, or use a style with smaller type, tighter line "
                         "spacing or smaller margins")


def part_of(block: Block | ListItem, section: str = "") -> str:
    """A block, named for the error message: its kind, its first words, and the section it stands in."""
    under = f" under “{section}”" if section else ""
    if isinstance(block, Heading):
        return f"the heading “{_start(block.content)}”"
    if isinstance(block, Table):
        return f"the table “{block.caption}”" if block.caption else f"a table{under}"
    if isinstance(block, RoutingBlock):
        labels = ", ".join(label for label, _ in block.rows if label)
        return f"the lines {labels}" if labels else f"a block of lines{under}"
    if isinstance(block, Quotation):
        return f"the quotation beginning “{_start(block.words.content)}”{under}"
    if isinstance(block, ListItem):
        return f"the list item beginning “{_start(block.content)}”{under}"
    if isinstance(block, ListBlock):
        return f"a list{under}"
    if isinstance(block, Paragraph):
        return f"the paragraph beginning “{_start(block.content)}”{under}"
    if isinstance(block, Decision):
        return f"the decision block {block.caption}".rstrip() + under
    return f"a block{under}"


def _start(content: Inlines) -> str:
    words = inline_text(content).split()
    return " ".join(words[:QUOTED_WORDS]) + (" …" if len(words) > QUOTED_WORDS else "")
