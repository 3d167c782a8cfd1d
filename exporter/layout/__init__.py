"""Layout: a brief, a locale and a convention give one :class:`~exporter.tree.Document`.

Every content decision lives here — which sections appear and in what order, what a condition
or a figure says, how references are numbered — so that the renderers only draw.  The memo is
assembled from small builders: a page-1 head (:mod:`.heads`), the body's sections
(:mod:`.sections`), and the closing lines (:mod:`.closings`), which the convention picks, orders
and labels (``shared/MEMO.md`` describes the result as a reader sees it).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from pathlib import Path
from typing import TypeVar

from exporter._version import __version__
from exporter.config.convention import Convention, read_convention
from exporter.config.style import Style
from exporter.layout.closings import CLOSINGS
from exporter.layout.context import Memo
from exporter.layout.fit import fit_table, text_width_of
from exporter.layout.heads import HEADS
from exporter.layout.sections import SECTIONS, labels_needed
from exporter.localize.localizer import Localizer
from exporter.localize.typography import NBSP, bind_last_words
from exporter.model.brief import Brief, SchemeMarking
from exporter.model.load import LoadedBrief
from exporter.model.markings import NEUTRAL, schemes
from exporter.source.epoch import source_date_epoch
from exporter.tree import (
    Block,
    Citation,
    Document,
    Furniture,
    Inline,
    Inlines,
    ListBlock,
    Meta,
    Paragraph,
    Quotation,
    RoutingBlock,
    Span,
    Table,
)


class _Parts:
    """The parts this layout builds, for checking a convention against them."""

    sections = SECTIONS

    @staticmethod
    def labels_needed(convention: Convention) -> set[str]:
        return labels_needed(convention)


PARTS = _Parts()


def load_convention(name_or_path: str | None = None, root: str | Path | None = None) -> Convention:
    """A shipped convention by name, or a TOML file by path, checked against the sections, heads
    and closings this layout builds; raise :class:`BriefError` on a bad one.  ``root``: the folder
    a brief's convention file, and what it extends, must stay in."""
    return read_convention(name_or_path, PARTS, root)


# The sections that travel with the closing lines, so that a last page never holds them alone.
_TAIL = ("sources", "attachments")


def build(loaded: LoadedBrief, loc: Localizer, style: Style, convention: Convention | None = None) -> Document:
    """Lay out one brief in one locale, following ``convention`` (the default one if None)."""
    convention = convention or load_convention(None)
    m = Memo(loaded, loc, convention, style)
    brief = loaded.brief
    blocks = list(HEADS[convention.header].build(m)) + designation(m)
    tail = None
    for name in convention.sections[brief.kind]:
        made = SECTIONS[name].build(m)
        if made and name in _TAIL and tail is None:
            tail = len(blocks)
        blocks.extend(made)
    # The memo's end — the sources and attachments, and the closing lines — travels together, with
    # the last lines of the body before it: no last page holds only them.
    keep = tail if tail is not None else len(blocks)
    blocks = [_without_runts(block) for block in blocks]
    level = scheme_level(m) if convention.portion_marks else None
    portion = schemes()[level.scheme].levels[level.level].portion if level is not None else ""
    if portion:
        blocks = _portion_marked(blocks, portion)
    paper = style.paper_for(loc.name)
    width = text_width_of(style, paper)
    blocks = [fit_table(b, style.font.body, style.size.table, width) if isinstance(b, Table) else b for b in blocks]
    blocks.extend(CLOSINGS[convention.closing].build(m))

    _ = loc.label
    subject = m.plain(brief.routing.subject)
    short = m.plain(brief.short_title) if brief.short_title is not None else subject
    kind = _("Action memo") if brief.kind == "action" else _("Information memo")
    words, lang, colour, text_colour, band = marking(m, style)
    furniture = Furniture(
        marking=words, marking_lang=lang, marking_colour=colour, marking_text=text_colour, marking_band=band,
        footer=f"{_footer_title(short)}{NBSP}·{NBSP}{loc.date(brief.routing.date)}",
        page_label=_("Page {page} of {pages}").replace(" ", NBSP),  # never "Page 1 / of 2"
    )
    meta = Meta(
        title=_searchable(subject),
        subject=_searchable(f"{kind} — {short}"),
        author=_searchable(m.plain(brief.drafting.drafted_by)),
        keywords=tuple(_searchable(m.plain(k)) for k in brief.keywords),
        lang=loc.tag,
        date=document_date(brief),
        creator=f"brief {__version__}",
    )
    return Document(meta, furniture, tuple(blocks), paper, keep)


def scheme_level(m: Memo) -> SchemeMarking | None:
    """The brief's marking as a scheme's level: given so, or a bare level name in the convention's
    scheme; None for free text, for no marking, and for what the scheme leaves unmarked."""
    value = m.brief.marking
    if isinstance(value, SchemeMarking) or value is None:
        return value
    if not m.convention.scheme:
        return None
    raw = value.neutral if value.neutral is not None else next(iter(value.by_lang.values()))
    key = raw.strip().lower().replace(" ", "-")
    return SchemeMarking(m.convention.scheme, key) if key in schemes()[m.convention.scheme].levels else None


def designation(m: Memo) -> list[Paragraph]:
    """A CUI memo's designation indicator, on page 1 under the head (NARA's CUI Marking Handbook;
    32 CFR 2002.20): the agency (and office) that controls the information, its categories and
    limited dissemination controls, a point of contact — a line each, labels in the memo's
    language, values as the brief writes them (in US English, the scheme's).  A CUI marking that
    does not name its agency gets a warning: the indicator is mandatory."""
    level = scheme_level(m)
    if level is None or (level.scheme, level.level) != ("us", "cui"):
        return []
    if not level.controlled_by:
        m.loc.warn_brief(("marking",), "a CUI memo names the agency that designated it (32 CFR 2002.20): add "
                                 "controlled_by to the marking, such as {scheme: us, level: cui, "
                                 "controlled_by: Department of State}")
    _ = m.loc.label
    lines = (
        (_("Controlled by", colon=True), level.controlled_by, "controlled_by"),
        (_("Controlled by", colon=True), level.office, "office"),
        (_("CUI category", colon=True), ", ".join(level.categories), "categories"),
        (_("Limited dissemination control", colon=True), ", ".join(level.dissemination), "dissemination"),
        (_("POC", colon=True), level.poc, "poc"),
    )
    spans: list[Inline] = []
    for label, value, key in lines:
        if value:
            spans += [Span(("\n" if spans else "") + label + " "), m.loc.original(value, "en_US", ("marking", key), quoted=True)]
    return [Paragraph(tuple(spans), "designation")] if spans else []


def marking(m: Memo, style: Style) -> tuple[str, str, str, str, bool]:
    """The marking's words, their language, colours, and whether they stand on a band: a scheme's
    level keeps its own words in every language (a US marking on a French memo stays English); a
    bare level name (``confidential``) belongs to the convention's scheme, where it may mean no
    marking at all (``unclassified`` in the French one); any other text is printed as given, in
    capitals, in the text's colour, with no band."""
    value = m.brief.marking
    if value is None:
        if m.convention.require_marking:
            m.loc.warn_brief(("marking",), "a memo of this convention carries a marking: add `marking:` "
                                     "(such as {scheme: us, level: unclassified})")
        return "", m.loc.tag, NEUTRAL, NEUTRAL, False
    level = scheme_level(m)
    allowed = m.convention.schemes
    if level is not None and allowed and level.scheme not in allowed:
        m.loc.warn_brief(("marking",), f"a {m.convention.name} memo carries the markings its administration uses "
                                       f"({', '.join(schemes()[s].name for s in allowed)}), not a "
                                       f"{schemes()[level.scheme].name} one: mark it in its scheme, or choose "
                                       "another convention")
    if level is not None:
        scheme = schemes()[level.scheme]
        found = scheme.levels[level.level]
        # The scheme's own words in the memo's language where it has official ones (Canada's
        # PROTÉGÉ B); otherwise its words as issued, never translated.
        own = found.official.get(m.loc.lang)
        # A CUI banner carries the categories and dissemination controls: CUI//SP-PRVCY//FED ONLY.
        words = "//".join([own or found.words, *("/".join(group) for group in (level.categories, level.dissemination) if group)])
        lang = m.loc.tag if own else scheme.language
        if not found.band or m.convention.banner == "text":  # no colour prescribed, or a State memo's black capitals
            return words, lang, style.color.text, style.color.text, False
        return words, lang, found.colour, found.text, True
    assert not isinstance(value, SchemeMarking), "a scheme's marking is a level, above"
    if m.convention.scheme and not isinstance(value, SchemeMarking):
        raw = value.neutral if value.neutral is not None else next(iter(value.by_lang.values()))
        if raw.strip().lower().replace(" ", "-") in schemes()[m.convention.scheme].unmarked:
            return "", m.loc.tag, NEUTRAL, NEUTRAL, False  # a French note needing no protection
    span = m.text(value)
    # One line, top and bottom of every page: a newline in the brief's text is a space here.
    return _one_line(m.loc.capitals(span.text)), span.lang or m.loc.tag, style.color.text, style.color.text, False


def _portion_marked(blocks: list[Block], mark: str) -> list[Block]:
    """Each paragraph, list item, table row and routing value of the head opened by its portion
    mark, as State marks them: "(SBU) …" — the sources and the attachments (Tab 1 – …) too, which
    are portions like any other (not the closing lines: Drafted, Cleared)."""
    def opened(content: Inlines) -> Inlines:
        return (Span(f"({mark})\u00a0"), *content)

    out: list[Block] = []
    for block in blocks:
        if isinstance(block, Paragraph) and block.role in _RUNNING:
            block = replace(block, content=opened(block.content))
        elif isinstance(block, ListBlock):
            block = replace(block, items=tuple(replace(i, content=opened(i.content)) for i in block.items))
        elif isinstance(block, RoutingBlock) and block.role == "head":
            block = replace(block, rows=tuple((label, opened(value) if n else value)
                                              for n, (label, value) in enumerate(block.rows)))
        elif isinstance(block, Quotation):
            block = replace(block, words=replace(block.words, content=opened(block.words.content)))
        elif isinstance(block, Table):  # each row is a portion: its first cell opens with the mark
            block = replace(block, rows=tuple((opened(row[0]), *row[1:]) for row in block.rows))
        out.append(block)
    return out


_B = TypeVar("_B", bound=Block)


def _without_runts(block: _B) -> _B:
    """No paragraph, list item or table cell ends on a line holding one short word (and its
    reference): the last two words are bound together."""
    if isinstance(block, Paragraph) and block.role in _RUNNING:
        return replace(block, content=_bound(block.content))
    if isinstance(block, ListBlock):
        return replace(block, items=tuple(replace(item, content=_bound(item.content)) for item in block.items))
    if isinstance(block, Table):
        return replace(block, rows=tuple(tuple(_bound(cell) for cell in row) for row in block.rows))
    if isinstance(block, Quotation):
        return replace(block, words=_without_runts(block.words),
                       translation=block.translation and _without_runts(block.translation))
    return block


_RUNNING = ("body", "lead", "recommendation", "quote", "translation")


# Before a reference, the last line holds two words and the reference, never one word and it
# ("takes steps. [1, ¶¶ 1, 2]"): the two words are bound even when they are long.
_BEFORE_REF = 30


def _bound(content: Inlines) -> Inlines:
    """``content`` with the last two words of its last text bound — long ones too when references
    follow them — and, when a text follows the references (a decision date), the two words before
    the references as well."""
    items = list(content)
    last = _last_text(items, len(items))
    if last is None:
        return tuple(items)
    referenced = any(isinstance(c, Citation) for c in items[last + 1:])
    _bind_words(items, last, _BEFORE_REF if referenced else 14)
    refs = [j for j in range(last) if isinstance(items[j], Citation)]
    if not referenced and refs:
        before = _last_text(items, refs[-1])
        if before is not None:
            _bind_words(items, before, _BEFORE_REF)
    return tuple(items)


def _last_text(content: list[Inline], end: int) -> int | None:
    """The index of the last span before ``end`` with words in it."""
    for i in range(end - 1, -1, -1):
        item = content[i]
        if isinstance(item, Span) and item.text.strip():
            return i
    return None


def _bind_words(items: list[Inline], at: int, limit: int) -> None:
    """The span at ``at`` (one :func:`_last_text` found) with its last two words bound."""
    span = items[at]
    assert isinstance(span, Span), "a span with words in it"
    items[at] = replace(span, text=bind_last_words(span.text, limit))


def _searchable(text: str) -> str:
    """Text for the file's properties, where a file browser, a mail client or a search looks for
    it: no-break spaces are typesetting, and become spaces; soft hyphens are hints to break a line,
    and go (PDFDocEncoding, the Info dictionary's, has no character at their code)."""
    return text.replace(NBSP, " ").replace("\u202f", " ").replace("\u00ad", "").strip()


def _one_line(text: str) -> str:
    """``text`` with its line breaks made spaces (its no-break spaces kept)."""
    return " ".join(line.strip(" \t") for line in text.splitlines() if line.strip(" \t"))


def _footer_title(title: str, limit: int = 64) -> str:
    """The footer's title, short enough to share one line with the date and the page number
    (without `short_title`, the subject may be long): cut at a word, with an ellipsis; a newline
    in the brief's text is a space here."""
    title = _one_line(title)
    if len(title) <= limit:
        return title
    cut = title[:limit].rsplit(" ", 1)[0].rstrip(" ,;:–—-")
    return cut + "…"


def document_date(brief: Brief) -> dt.datetime:
    """The date stamped into files: ``SOURCE_DATE_EPOCH`` when set, else the memo's date (UTC)."""
    epoch = source_date_epoch()
    if epoch is not None:
        return dt.datetime.fromtimestamp(epoch, dt.UTC)
    day = brief.routing.date
    return dt.datetime(day.year, day.month, day.day, tzinfo=dt.UTC)
