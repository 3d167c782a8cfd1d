"""Section builders: one small function per part of a memo's body.

Each builder takes the :class:`~exporter.layout.context.Memo` and returns its blocks (nothing when
the brief has nothing for it).  A convention lists the sections of an information and an action
memo by these names, in its own order, and labels them; ``@section`` records the label keys each
builder uses so that a convention missing one is refused when it is loaded.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from urllib.parse import urlsplit

from exporter.config.convention import Convention
from exporter.layout.closings import CLOSINGS
from exporter.layout.context import Memo, fill
from exporter.layout.heads import HEADS
from exporter.layout.parts import Part, registrar
from exporter.model.brief import DateRange, Figure, Point, Text
from exporter.tree import (
    Block,
    Decision,
    Inline,
    Link,
    ListBlock,
    ListItem,
    Paragraph,
    Quotation,
    Span,
    Table,
    inline_text,
)

LINK_SCHEMES = ("http", "https", "mailto")

SECTIONS: dict[str, Part] = {}
section = registrar(SECTIONS)  # @section("summary", "summary") registers a body section builder


def labels_needed(convention: Convention) -> set[str]:
    """Every label key a convention's sections, head and closing use."""
    keys = set(HEADS[convention.header].labels) | set(CLOSINGS[convention.closing].labels)
    for names in convention.sections.values():
        for name in names:
            keys.update(SECTIONS[name].labels if name in SECTIONS else ())
    return keys


def _capital(text: str) -> str:
    return text[:1].upper() + text[1:]


@section("summary", "summary")
def summary(m: Memo) -> list[Block]:
    """Bottom line up front."""
    return [m.heading("summary", numbered=False), Paragraph((m.text(m.brief.summary),))]


@section("issue", "issue")
def issue(m: Memo) -> list[Block]:
    """An action memo's issue for decision."""
    if m.brief.issue is None:
        return []
    return [m.heading("issue"), Paragraph((m.text(m.brief.issue),))]


@section("recommendations", "recommendation", "recommendations", "approve", "disapprove", "discuss",
         "initials", "decision_date", "decide_by")
def recommendations(m: Memo) -> list[Block]:
    """What the principal is asked to approve, each with its decision block (the convention's
    options, and where the principal writes: after each option, or initials and date below)."""
    items = m.brief.recommendations
    if not items:
        return []
    blocks: list[Block] = [m.heading("recommendation" if len(items) == 1 else "recommendations")]
    convention = m.convention
    options = tuple(m.label(option) for option in convention.decision)
    lines = convention.decision_lines == "options"
    fields = (m.colon("decision_date"),) if lines else (m.colon("initials"), m.colon("decision_date"))
    # The date to decide by, where the brief gives one: "(Approve/Disapprove by …)" after each
    # recommendation, as the S/ES action memo template has it.
    by = m.brief.decide_by
    when = (Span(" (" + m.label("decide_by", date=m.loc.date(by)).replace(" ", "\u00a0", 1) + ")"),) if by else ()
    for n, item in enumerate(items, 1):
        blocks.append(Paragraph((m.text(item.text), *m.refs(item.refs), *when), "recommendation"))
        blocks.append(Decision(options, fields, f"decision_{n}", lines, f"{m.label('recommendation')} {n}"))
    return blocks


def assessed(m: Memo, assessment: Text | None) -> tuple[Inline, ...]:
    """The drafter's inference from a statement, after it and apart from it: the convention's
    label (``Appréciation :`` / ``Assessment:``) in italics, then the inference — never mistaken
    for what the article says, and with no reference of its own."""
    if assessment is None:
        return ()
    return (Span(" "), Span(m.colon("assessment_note") + " ", italic=True), m.text(assessment))


def _points(m: Memo, key: str, points: Sequence[Point]) -> list[Block]:
    if not points:
        return []
    return [m.heading(key), *(Paragraph((m.text(p.text), *m.refs(p.refs), *assessed(m, p.assessment)))
                              for p in points)]


@section("assessment", "assessment", "assessment_note")
def assessment(m: Memo) -> list[Block]:
    """The drafter's own assessment, a paragraph each, apart from the facts (a French note's
    Commentaire); statements elsewhere may carry theirs inline (see :func:`assessed`)."""
    return _points(m, "assessment", m.brief.assessment)


@section("background", "background", "assessment_note")
def background(m: Memo) -> list[Block]:
    """An action memo's background, a paragraph per point."""
    return _points(m, "background", m.brief.background)


@section("discussion", "discussion", "assessment_note")
def discussion(m: Memo) -> list[Block]:
    """An action memo's discussion, a paragraph per point."""
    return _points(m, "discussion", m.brief.discussion)


@section("actors", "actors", "actor", "role", "stance")
def actors(m: Memo) -> list[Block]:
    """A table: who (and their affiliation), role, stance."""
    if not m.brief.actors:
        return []
    rows = []
    for actor in m.brief.actors:
        who: list[Inline] = [m.text(actor.name, name=True, bold=True)]
        if actor.affiliation is not None:
            who += [Span("\n"), m.text(actor.affiliation)]
        stance = (m.text(actor.stance), *m.refs(actor.refs)) if actor.stance is not None else tuple(m.refs(actor.refs)[1:])
        rows.append((tuple(who), (m.text(actor.role),), stance or (Span("—"),)))
    heading = m.heading("actors")
    return [heading, Table(((Span(m.label("actor")),), (Span(m.label("role")),), (Span(m.label("stance")),)),
                           tuple(rows), (0.27, 0.30, 0.43), inline_text(heading.content))]


@section("us_position", "us_position", "assessment_note")
def us_position(m: Memo) -> list[Block]:
    """A lead paragraph and bulleted points."""
    position = m.brief.us_position
    if position is None:
        return []
    blocks: list[Block] = [m.heading("us_position"),
                           Paragraph((m.text(position.lead), *m.refs(position.refs)), "lead")]
    if position.points:
        blocks.append(ListBlock(tuple(ListItem((m.text(p.text), *m.refs(p.refs), *assessed(m, p.assessment)))
                                      for p in position.points),
                                ordered=False))
    return blocks


STATUSES = ("pending", "met", "unmet", "unknown")


@section("conditions", "conditions", "condition", "who_must_act", "status")
def conditions(m: Memo) -> list[Block]:
    """A table: the condition (numbered), who must act, and its status — every status printed."""
    if not m.brief.conditions:
        return []
    _ = m.loc.label
    words = {"pending": _("pending"), "met": _("met"), "unmet": _("not met"), "unknown": _("unknown")}
    rows = []
    for n, condition in enumerate(m.brief.conditions, 1):
        rows.append((
            (Span(f"{n}.\u00a0"), m.text(condition.what), *m.refs(condition.refs)),
            (m.text(condition.who, name=True),),
            (Span(_capital(words[condition.status])),),
        ))
    heading = m.heading("conditions")
    return [heading, Table(((Span(m.label("condition")),), (Span(m.label("who_must_act")),),
                            (Span(m.label("status")),)), tuple(rows), (0.58, 0.24, 0.18), inline_text(heading.content))]


@section("open_issues", "open_issues", "assessment_note")
def open_issues(m: Memo) -> list[Block]:
    """Bullets: the question in bold, then why it matters."""
    if not m.brief.open_issues:
        return []
    return [m.heading("open_issues"), ListBlock(tuple(
        ListItem((m.text(issue.what, bold=True), Span(" "), m.text(issue.why), *m.refs(issue.refs),
                  *assessed(m, issue.assessment)))
        for issue in m.brief.open_issues
    ), ordered=False)]


@section("figures", "figures", "figure", "value", "as_of", "comparison")
def figures(m: Memo) -> list[Block]:
    """A table: what, the value with its unit, as of when, compared with what; a column with
    nothing in any row is left out."""
    if not m.brief.figures:
        return []
    loc = m.loc
    rows = []
    for figure in m.brief.figures:
        value = loc.quantity(figure.value, figure.unit, figure.currency, figure.approx, figure.value_max)
        comparison: tuple[Inline, ...] = ()
        if figure.comparison is not None:
            other = loc.number(figure.comparison.value, figure.comparison.approx)
            comparison = (Span(other + " "), m.text(figure.comparison.label))
        rows.append((
            (m.text(figure.label), *m.refs(figure.refs)),
            (Span(value, bold=True),),
            # A table's date is short (13 déc. 2023): a long one would not fit its column unbroken.
            (Span(_as_of(m, figure)),) if figure.as_of else (),
            comparison,
        ))
    header = ((Span(m.label("figure")),), (Span(m.label("value")),), (Span(m.label("as_of")),),
              (Span(m.label("comparison")),))
    widths = (0.31, 0.2, 0.21, 0.28)
    keep = [i for i in range(4) if i < 2 or any(row[i] for row in rows)]
    heading = m.heading("figures")
    return [heading, Table(tuple(header[i] for i in keep),
                           tuple(tuple(row[i] or (Span("—"),) for i in keep) for row in rows),
                           tuple(widths[i] for i in keep), inline_text(heading.content))]


def _as_of(m: Memo, figure: Figure) -> str:
    """When a figure holds, in a table's short dates: a date, a range of days, or the period its
    source gives relative to its own date ("the week before 13 Dec 2023")."""
    as_of, loc = figure.as_of, m.loc
    if isinstance(as_of, dt.date):
        return loc.short_date(as_of)
    if isinstance(as_of, DateRange):
        return loc.short_period(as_of.from_, as_of.to)
    assert as_of is not None, "called for a figure with an as_of"
    _ = loc.label
    dated = next(s.date for s in m.brief.sources if s.id == as_of.source)
    assert dated is not None, "the source of a relative date has a date (model.load.check_references)"
    date = loc.short_date(dated)
    wordings: dict[str, Callable[[], str]] = {
        "same-day": lambda: "{date}",
        "previous-day": lambda: _("the day before {date}"),
        "previous-week": lambda: _("the week before {date}"),
        "previous-month": lambda: _("the month before {date}"),
        "previous-year": lambda: _("the year before {date}"),
    }
    return wordings[as_of.relative]().format(date=date)


@section("quotes", "quotes")
def quotes(m: Memo) -> list[Block]:
    """Each quotation: the words as the source gives them; our translation, labelled as ours, when
    the memo's language differs; then who said them and how we know — in what language they were
    spoken, if the source says, and who put them into the language printed."""
    if not m.brief.quotes:
        return []
    loc = m.loc
    _ = loc.label
    blocks: list[Block] = [m.heading("quotes")]
    for i, quote in enumerate(m.brief.quotes):
        original = loc.original(quote.text, quote.language, ("quotes", i, "text"), quoted=True)
        language = loc.language_name(quote.language)
        translation = None
        if quote.language.split("_")[0] != loc.lang:
            said = next((t for k, t in quote.translations.items() if k.split("_")[0] == loc.lang), None)
            if said is not None:
                ours = loc.original(said, loc.lang, ("quotes", i, "translations", loc.lang), quoted=True)
                label = _("Our translation of the {language} text", colon=True).format(language=language)
                # Our words, not the speaker's: labelled, and not between quotation marks.
                translation = Paragraph((Span(label + " ", italic=True), ours), "translation")
        speaker = m.text(quote.speaker, name=True)
        spoken = quote.spoken
        by = quote.translated_by
        if spoken == "unknown":
            who = fill(_("{speaker}, as reported in {language} by the source"), {"speaker": speaker, "language": language})
        elif spoken.split("_")[0] == quote.language.split("_")[0]:
            who = (speaker,) if quote.language.split("_")[0] == loc.lang else \
                fill(_("{speaker}, in {language}"), {"speaker": speaker, "language": language})
        else:
            phrases = {
                "source": _("{speaker}, speaking in {spoken}; the source's {language} translation"),
                "analyst": _("{speaker}, speaking in {spoken}; our {language} translation"),
                "speaker": _("{speaker}, speaking in {spoken}; {language} text issued by the speaker"),
            }
            who = fill(phrases[by or "source"], {"speaker": speaker, "language": language,
                                                 "spoken": loc.language_name(spoken)})
        blocks.append(Quotation(
            Paragraph((loc.quoted(original),), "quote"), translation,
            Paragraph((Span("— "), *who, *m.refs(quote.refs)), "attribution"),
        ))
    return blocks


@section("attachments", "attachment", "attachments", "tab")
def attachments(m: Memo) -> list[Block]:
    """The documents attached, as numbered tabs (Tab 1 – …), one a line."""
    items = m.brief.attachments
    if not items:
        return []
    return [m.heading("attachment" if len(items) == 1 else "attachments", numbered=False), ListBlock(tuple(
        ListItem((Span(m.label("tab", n=str(n)).replace(" ", "\u00a0") + "\u00a0– "), m.text(a.title)))
        for n, a in enumerate(items, 1)
    ), ordered=False, marked=False)]


@section("sources", "sources")
def sources(m: Memo) -> list[Block]:
    """Numbered; the targets of every [n]."""
    if not m.brief.sources:
        return []
    loc = m.loc
    _ = loc.label
    items = []
    for n, source in enumerate(m.brief.sources, 1):
        content = m.citation(source)
        if source.publisher is not None or source.title is not None:
            content.append(Span(", " + _("in {language}").format(language=loc.language_name(source.language))))
        if source.file and not source.url:
            content.append(Span(", " + _("read from {file}").format(file=source.file.rsplit("/", 1)[-1])))
        if source.url:
            url = loc.finish(source.url, None, ("sources", n - 1, "url"))
            try:
                scheme = urlsplit(url).scheme.lower() if "://" in url or url.lower().startswith("mailto:") else ""
            except ValueError:  # refused when loading; printed as text, never a link, if it gets here
                scheme = ""
            content.append(Span(". "))
            content.append(Link(_shorten(url), url) if scheme in LINK_SCHEMES else Span(url))
        items.append(ListItem(tuple(content), anchor=f"source_{n}"))
    return [m.heading("sources", numbered=False), ListBlock(tuple(items), ordered=True)]


def _shorten(url: str, limit: int = 90) -> str:
    """The printed form of a link: a very long address is cut in the middle (the target is whole).
    A link is one unbreakable unit in PDF, so an address wider than the page would overflow."""
    return url if len(url) <= limit else f"{url[:60]}…{url[-20:]}"
