"""Layout: a brief, a locale and a convention give one :class:`~exporter.tree.Document`.

Every content decision lives here — which sections appear and in what order, what a condition
or a figure says, how references are numbered — so that the renderers only draw.  The memo is
assembled from small builders: a page-1 head (:mod:`.heads`), the body's sections
(:mod:`.sections`), and the closing lines (:mod:`.closings`), which the convention picks, orders
and labels (``shared/MEMO.md`` describes the result as a reader sees it).
"""

from __future__ import annotations

import datetime as dt
import os

from exporter import __version__
from exporter.convention import Convention, load_convention
from exporter.layout.closings import CLOSINGS
from exporter.layout.context import Memo
from exporter.layout.heads import HEADS
from exporter.layout.sections import SECTIONS
from exporter.load import LoadedBrief
from exporter.localize import Localizer
from exporter.markings import NEUTRAL, schemes
from exporter.model import Brief, SchemeMarking
from exporter.style import Style
from exporter.tree import Document, Furniture, Heading, Meta
from exporter.typography import NBSP

# The sections that travel with the closing lines, so that a last page never holds them alone.
_TAIL = ("sources", "attachments")


def build(loaded: LoadedBrief, loc: Localizer, style: Style, convention: Convention | None = None) -> Document:
    """Lay out one brief in one locale, following ``convention`` (the default one if None)."""
    convention = convention or load_convention(None)
    m = Memo(loaded, loc, convention)
    brief = loaded.brief
    blocks = list(HEADS[convention.header].build(m))
    tail = None
    for name in convention.sections[brief.kind]:
        made = SECTIONS[name](m)
        if made and name in _TAIL and tail is None:
            tail = len(blocks)
        blocks.extend(made)
    # The memo's end — the sources and attachments, and the closing lines — travels together, with
    # the last lines of the body before it: no last page holds only them.
    keep = tail if tail is not None else len(blocks)
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
        title=subject,
        subject=f"{kind} — {short}",
        author=m.plain(brief.drafting.drafted_by),
        keywords=tuple(brief.keywords),
        lang=loc.tag,
        date=document_date(brief),
        creator=f"brief {__version__}",
    )
    return Document(meta, furniture, tuple(blocks), style.paper_for(loc.name), keep)


def marking(m: Memo, style: Style) -> tuple[str, str, str, str, bool]:
    """The marking's words, their language, colours, and whether they stand on a band: a scheme's
    level keeps its own words in every language (a US marking on a French memo stays English); a
    bare level name (``confidential``) belongs to the convention's scheme; any other text is
    printed as given, in capitals, in the text's colour, with no band."""
    value = m.brief.marking
    if value is None:
        if m.convention.require_marking:
            m.loc.warn(("marking",), "a memo of this convention carries a marking: add `marking:` "
                                     "(such as {scheme: us, level: unclassified})")
        return "", m.loc.tag, NEUTRAL, NEUTRAL, False
    if not isinstance(value, SchemeMarking) and m.convention.scheme:
        raw = value.neutral if value.neutral is not None else next(iter(value.by_lang.values()))
        key = raw.strip().lower().replace(" ", "-")
        if key in schemes()[m.convention.scheme].levels:
            value = SchemeMarking(m.convention.scheme, key)
    if isinstance(value, SchemeMarking):
        scheme = schemes()[value.scheme]
        level = scheme.levels[value.level]
        return level.words, scheme.language, level.colour, level.text, True
    span = m.text(value)
    return span.text.upper(), span.lang or m.loc.tag, style.color.text, style.color.text, False


def _footer_title(title: str, limit: int = 64) -> str:
    """The footer's title, short enough to share one line with the date and the page number
    (without `short_title`, the subject may be long): cut at a word, with an ellipsis."""
    if len(title) <= limit:
        return title
    cut = title[:limit].rsplit(" ", 1)[0].rstrip(" ,;:–—-")
    return cut + "…"


def document_date(brief: Brief) -> dt.datetime:
    """The date stamped into files: ``SOURCE_DATE_EPOCH`` when set, else the memo's date (UTC)."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH", "").strip()
    if epoch.isdigit():
        return dt.datetime.fromtimestamp(int(epoch), dt.timezone.utc)
    day = brief.routing.date
    return dt.datetime(day.year, day.month, day.day, tzinfo=dt.timezone.utc)
