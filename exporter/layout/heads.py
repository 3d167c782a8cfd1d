"""The head of page 1, one builder per convention's way: who the memo is for, from whom, when,
about what.

- ``routing``: the kind of memo, then aligned To / From / Date / Subject lines and a rule.
- ``state``: the State Department's ``INFORMATION MEMO FOR …`` / ``ACTION MEMO FOR …`` line,
  then FROM and SUBJECT (5 FAH-1 H-300), the date above them.
- ``french-note``: the issuing office at the top left, ``Paris, le …`` at the right, then
  ``NOTE`` and ``à l'attention de …``, then ``Objet :`` and a rule, as a French ministry writes.
"""

from __future__ import annotations

from dataclasses import replace

from exporter.config.fonts import text_width
from exporter.layout.context import Memo
from exporter.layout.fit import MM, text_width_of
from exporter.layout.parts import Part, registrar
from exporter.tree import Block, Inline, Inlines, Paragraph, RoutingBlock, Rule, Span

HEADS: dict[str, Part] = {}
head = registrar(HEADS)  # @head("routing", "to", …) registers a page-1 head builder


def _kind_key(m: Memo) -> str:
    return "kind_action" if m.brief.kind == "action" else "kind_information"


@head("routing", "kind_information", "kind_action", "to", "from", "date", "subject")
def routing(m: Memo) -> list[Block]:
    routing_ = m.brief.routing
    return [
        Paragraph((Span(m.label(_kind_key(m))),), "kind"),
        RoutingBlock((
            (m.colon("to"), (m.text(routing_.to),)),
            (m.colon("from"), (m.text(routing_.from_),)),
            (m.colon("date"), (Span(m.loc.date(routing_.date)),)),
            (m.colon("subject"), (m.text(routing_.subject, bold=True),)),
        )),
        Rule(),
    ]


@head("state", "kind_information", "kind_action", "from", "subject", "bluf")
def state(m: Memo) -> list[Block]:
    """The date at the right, ``INFORMATION MEMO FOR`` the principal, then FROM, SUBJECT and the
    bottom line up front (BLUF) in the same aligned block, as the Executive Secretariat's
    templates have them."""
    routing_ = m.brief.routing
    to = m.text(routing_.to)
    kind = m.label(_kind_key(m), to="")
    summary = m.text(m.brief.summary)
    limit = m.convention.bluf_lines
    if limit and m.style is not None and (lines := bluf_lines(m, summary.text)) > limit:
        m.loc.warn_brief(("summary",), f"the BLUF runs to {lines} lines in {m.loc.name}; the S/ES templates keep it "
                                       f"to {limit}: shorten the summary")
    if kind.upper() == kind:  # INFORMATION MEMO FOR THE PRINCIPAL, in capitals throughout
        to = replace(to, text=m.loc.capitals(to.text))
    return [
        Paragraph((Span(m.loc.date(routing_.date)),), "dateline"),
        Paragraph(m.fill(_kind_key(m), to=to), "kind"),
        RoutingBlock((
            (m.colon("from"), _state_from(m)),
            (m.colon("subject"), (m.text(routing_.subject, bold=True),)),
            (m.colon("bluf"), (summary,)),
        )),
    ]


ROUTING_LABEL_PT = 34 * MM  # the head's label column (the renderers' ROUTING_LABEL_MM)


def bluf_lines(m: Memo, text: str) -> int:
    """How many lines the BLUF takes in the head's value column, as the renderers break it (at
    spaces, measured with the body font)."""
    style = m.style
    assert style is not None, "measured only for a memo laid out in a style"
    width = text_width_of(style, style.paper_for(m.loc.name)) - ROUTING_LABEL_PT - 4
    lines, line = 1, 0.0
    space = text_width(" ", style.font.body, "regular", style.size.body)
    for word in text.split():
        w = text_width(word, style.font.body, "regular", style.size.body)
        if line and line + space + w > width:
            lines, line = lines + 1, w
        else:
            line += (space if line else 0) + w
    return lines


def _state_from(m: Memo) -> tuple[Inline, ...]:
    """State's FROM line: the bureau's symbol and the principal's name, ``AF – Molly Phee`` (S/ES
    templates: "FROM: Bureau – Name"); the sender as the brief words it, with a warning, when the
    brief lacks either."""
    routing_ = m.brief.routing
    if routing_.bureau and routing_.signer:
        return (Span(routing_.bureau + "\u00a0– "), m.text(routing_.signer.name, name=True))
    m.loc.warn_brief(("routing",), "a State memo's FROM line is the bureau's symbol and the principal's name "
                                  "(AF – Molly Phee): add routing.bureau and routing.signer (name)")
    return (m.text(routing_.from_),)


@head("french-note", "kind_information", "kind_action", "addressee", "dateline", "subject", "references",
      "enclosures")
def french_note(m: Memo) -> list[Block]:
    """The issuing office at the top left, the place and date at the right, the kind of note and
    its addressee centred, then ``Objet :``, ``Réf. :`` — the sources the note rests on, numbered as
    its references cite them — and, when there are any, the number of enclosures."""
    routing_ = m.brief.routing
    place = m.convention.place or ""
    rows: list[tuple[str, Inlines]] = [(m.colon("subject"), (m.text(routing_.subject, bold=True),))]
    if m.brief.sources:
        cited: list[Inline] = []
        for n, source in enumerate(m.brief.sources, 1):
            if n > 1:
                cited.append(Span(m.loc.punct("; ")))
            cited += [Span(f"[{n}]\u00a0"), *m.citation(source)]
        rows.append((m.colon("references"), tuple(cited)))
    if m.brief.attachments:
        rows.append((m.colon("enclosures"), (Span(str(len(m.brief.attachments))),)))
    return [
        Paragraph((m.text(routing_.from_, bold=True),), "timbre"),
        Paragraph((Span(m.label("dateline", place=place, date=m.loc.date(routing_.date))),), "dateline"),
        Paragraph((Span(m.label(_kind_key(m))),), "title"),
        Paragraph(m.fill("addressee", to=m.text(routing_.to)), "addressee"),
        RoutingBlock(tuple(rows)),
        Rule(),
    ]
