"""Layout: the memo's anatomy (``shared/MEMO.md``) as one :class:`~exporter.tree.Document`.

Every content decision lives here — which sections appear and in what order, what a condition
or a figure says, how references are numbered — so that the renderers only draw.  Labels are
marked with ``_`` for ``pybabel extract``; ``_`` is the localizer's label lookup.
"""

from __future__ import annotations

import datetime as dt
import os
from urllib.parse import urlsplit

from exporter import __version__
from exporter.load import LoadedBrief
from exporter.localize import Localizer
from exporter.model import Brief, Ref as RefModel
from exporter.style import Style
from exporter.tree import (
    Document, Furniture, Heading, Inline, Link, ListBlock, ListItem, Meta, Paragraph, Ref, Routing,
    Rule, Span, Table,
)
from exporter.typography import NBSP

MARKINGS = ("unclassified", "restricted", "confidential", "secret")
LINK_SCHEMES = ("http", "https", "mailto")


def build(loaded: LoadedBrief, loc: Localizer, style: Style) -> Document:
    """Lay out one brief in one locale."""
    brief = loaded.brief
    _ = loc.label
    sources = {source.id: n for n, source in enumerate(brief.sources, 1)}

    def refs(items: list[RefModel]) -> list[Inline]:
        """References grouped by source: [1, § 1, 2][2]."""
        groups: dict[str, list[int]] = {}
        for ref in items:
            groups.setdefault(ref.source, [])
            if ref.paragraph and ref.paragraph not in groups[ref.source]:
                groups[ref.source].append(ref.paragraph)
        out: list[Inline] = []
        for source_id, paragraphs in groups.items():
            n = sources[source_id]
            # A reference never breaks across lines: [1, § 6] stays whole.
            label = str(n) + (f",{NBSP}§{NBSP}" + f",{NBSP}".join(map(str, paragraphs)) if paragraphs else "")
            out.append(Ref(label, f"source_{n}"))
        return ([Span(NBSP)] if out else []) + out

    text = loc.text

    blocks: list = []
    section = 0

    def heading(label: str) -> None:
        nonlocal section
        section += 1
        blocks.append(Heading(1, (Span(label),), f"section_{section}"))

    # Page 1 head: kind of document, routing block, rule.
    kind = _("INFORMATION MEMO") if brief.kind == "information" else _("ACTION MEMO")
    blocks.append(Paragraph((Span(kind),), "kind"))
    date_text = loc.date(brief.routing.date)
    blocks.append(Routing((
        (_("To", colon=True), (text(brief.routing.to),)),
        (_("From", colon=True), (text(brief.routing.from_),)),
        (_("Date", colon=True), (Span(date_text),)),
        (_("Subject", colon=True), (text(brief.routing.subject, bold=True),)),
    )))
    blocks.append(Rule())

    # 1. Summary, bottom line up front.
    heading(_("Summary"))
    blocks.append(Paragraph((text(brief.summary),)))

    # 2. Key actors.
    if brief.actors:
        heading(_("Key actors"))
        rows = []
        for actor in brief.actors:
            who: list[Inline] = [text(actor.name, bold=True)]
            if actor.affiliation is not None:
                who += [Span("\n"), text(actor.affiliation)]
            rows.append((tuple(who), (text(actor.role),), (text(actor.stance), *refs(actor.refs))))
        blocks.append(Table(
            ((Span(_("Actor")),), (Span(_("Role")),), (Span(_("Stance")),)),
            tuple(rows), (0.27, 0.30, 0.43),
        ))

    # 3. US position.
    if brief.us_position is not None:
        heading(_("US position"))
        position = brief.us_position
        blocks.append(Paragraph((text(position.lead), *refs(position.refs)), "lead"))
        if position.points:
            blocks.append(ListBlock(tuple(
                ListItem((text(point.text), *refs(point.refs))) for point in position.points
            ), ordered=False))

    # 4. Conditions, numbered: what, who must act, status.
    if brief.conditions:
        heading(_("Conditions"))
        statuses = {
            "pending": _("pending"), "met": _("met"), "unmet": _("unmet"), "unknown": _("unknown"),
        }
        items = []
        for condition in brief.conditions:
            content: list[Inline] = [text(condition.what), *refs(condition.refs), Span(" — ")]
            content += [Span(_("Who must act", colon=True) + " ", italic=True), text(condition.who)]
            if condition.status != "unknown":
                content += [Span(loc.punct("; ")), Span(_("Status", colon=True) + " ", italic=True), Span(statuses[condition.status])]
            items.append(ListItem(tuple(content)))
        blocks.append(ListBlock(tuple(items), ordered=True))

    # 5. Open issues: the question, then one line of why it matters.
    if brief.open_issues:
        heading(_("Open issues"))
        blocks.append(ListBlock(tuple(
            ListItem((text(issue.what, bold=True), Span(" "), text(issue.why), *refs(issue.refs)))
            for issue in brief.open_issues
        ), ordered=False))

    # 6. Key figures.
    if brief.figures:
        heading(_("Key figures"))
        rows = []
        for figure in brief.figures:
            value = loc.quantity(figure.value, figure.unit, figure.currency, figure.approx, figure.value_max)
            comparison: tuple[Inline, ...] = ()
            if figure.comparison is not None:
                other = loc.number(figure.comparison.value, figure.comparison.approx)
                comparison = (Span(other + " "), text(figure.comparison.label))
            rows.append((
                (text(figure.label), *refs(figure.refs)),
                (Span(value, bold=True),),
                (Span(loc.date(figure.as_of) if figure.as_of else "—"),),
                comparison or (Span("—"),),
            ))
        blocks.append(Table(
            ((Span(_("Figure")),), (Span(_("Value")),), (Span(_("As of")),), (Span(_("Comparison")),)),
            tuple(rows), (0.31, 0.2, 0.21, 0.28),
        ))

    # 7. Quotes: the original wording, then the translation when the memo's language differs.
    if brief.quotes:
        heading(_("Quotes"))
        for i, quote in enumerate(brief.quotes):
            original = loc.original(quote.text, quote.language, ("quotes", i, "text"))
            blocks.append(Paragraph((loc.quoted(original),), "quote"))
            if quote.language.split("_")[0] != loc.lang:
                translation = next((t for k, t in quote.translations.items() if k.split("_")[0] == loc.lang), None)
                if translation is not None:
                    said = loc.original(translation, loc.lang, ("quotes", i, "translations", loc.lang))
                    blocks.append(Paragraph((
                        Span(_("Translation", colon=True) + " ", italic=True), loc.quoted(said),
                    ), "translation"))
            origin = _("original in {language}").format(language=loc.language_name(quote.language))
            blocks.append(Paragraph(
                (Span("— "), text(quote.speaker), Span(f" ({origin})"), *refs(quote.refs)), "attribution",
            ))

    # 8. Sources, numbered; the targets of every [n].
    if brief.sources:
        heading(_("Sources"))
        items = []
        for n, source in enumerate(brief.sources, 1):
            content: list[Inline] = [text(source.publisher), Span(", "), loc.quoted(text(source.title))]
            if source.date:
                content.append(Span(", " + loc.date(source.date)))
            content.append(Span(f" ({loc.language_name(source.language)})"))
            if source.url:
                url = loc.finish(source.url, None, ("sources", n - 1, "url"))
                scheme = urlsplit(url).scheme.lower() if "://" in url or url.lower().startswith("mailto:") else ""
                content.append(Span(". "))
                content.append(Link(_shorten(url), url) if scheme in LINK_SCHEMES else Span(url))
            items.append(ListItem(tuple(content), anchor=f"source_{n}"))
        blocks.append(ListBlock(tuple(items), ordered=True))

    # 9. Drafting line.
    drafting = brief.drafting
    line: list[Inline] = [Span(_("Drafted by", colon=True) + " ", italic=True), text(drafting.drafted_by)]
    if drafting.cleared_by:
        line.append(Span(loc.punct("; ")))
        line.append(Span(_("Cleared by", colon=True) + " ", italic=True))
        for j, who in enumerate(drafting.cleared_by):
            if j:
                line.append(Span(", "))
            line.append(text(who))
    line.append(Span(" — " + loc.date(drafting.date or brief.routing.date)))
    blocks.append(Rule())
    blocks.append(Paragraph(tuple(line), "drafting"))

    subject = loc.plain(brief.routing.subject)
    short = loc.plain(brief.short_title) if brief.short_title is not None else subject
    level = _marking_level(brief)
    marking_labels = {
        "unclassified": _("UNCLASSIFIED"), "restricted": _("RESTRICTED"),
        "confidential": _("CONFIDENTIAL"), "secret": _("SECRET"),
    }
    marking = marking_labels[level] if level in marking_labels else loc.plain(brief.marking).upper()
    furniture = Furniture(
        marking=marking,
        marking_level=level if level in marking_labels else "other",
        footer=f"{_footer_title(short)}{NBSP}·{NBSP}{date_text}",
        page_label=_("Page {page} of {pages}").replace(" ", NBSP),  # never "Page 1 / of 2"
    )
    meta = Meta(
        title=subject,
        subject=f"{kind.capitalize()} — {short}",
        author=loc.plain(drafting.drafted_by),
        keywords=tuple(brief.keywords),
        lang=loc.tag,
        date=document_date(brief),
        creator=f"brief {__version__}",
    )
    return Document(meta, furniture, tuple(blocks), style.paper_for(loc.name))


def _footer_title(title: str, limit: int = 64) -> str:
    """The footer's title, short enough to share one line with the date and the page number
    (without `short_title`, the subject may be long): cut at a word, with an ellipsis."""
    if len(title) <= limit:
        return title
    cut = title[:limit].rsplit(" ", 1)[0].rstrip(" ,;:–—-")
    return cut + "…"


def _shorten(url: str, limit: int = 90) -> str:
    """The printed form of a link: a very long address is cut in the middle (the target is whole).
    A link is one unbreakable unit in PDF, so an address wider than the page would overflow."""
    return url if len(url) <= limit else f"{url[:60]}…{url[-20:]}"


def _marking_level(brief: Brief) -> str:
    marking = brief.marking
    value = marking.neutral if marking.neutral is not None else next(iter(marking.by_lang.values()))
    key = value.strip().lower()
    return key if key in MARKINGS else "other"


def document_date(brief: Brief) -> dt.datetime:
    """The date stamped into files: ``SOURCE_DATE_EPOCH`` when set, else the memo's date (UTC)."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH", "").strip()
    if epoch.isdigit():
        return dt.datetime.fromtimestamp(int(epoch), dt.timezone.utc)
    day = brief.routing.date
    return dt.datetime(day.year, day.month, day.day, tzinfo=dt.timezone.utc)
