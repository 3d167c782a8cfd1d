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

from exporter.layout.context import Memo
from exporter.layout.parts import Part, registrar
from exporter.tree import Block, Paragraph, Routing, Rule, Span

HEADS: dict[str, Part] = {}
head = registrar(HEADS)  # @head("routing", "to", …) registers a page-1 head builder


def _kind_key(m: Memo) -> str:
    return "kind_action" if m.brief.kind == "action" else "kind_information"


@head("routing", "kind_information", "kind_action", "to", "from", "date", "subject")
def routing(m: Memo) -> list[Block]:
    routing_ = m.brief.routing
    return [
        Paragraph((Span(m.label(_kind_key(m))),), "kind"),
        Routing((
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
    if kind.upper() == kind:  # INFORMATION MEMO FOR THE PRINCIPAL, in capitals throughout
        to = replace(to, text=m.loc.capitals(to.text))
    return [
        Paragraph((Span(m.loc.date(routing_.date)),), "dateline"),
        Paragraph(m.fill(_kind_key(m), to=to), "kind"),
        Routing((
            (m.colon("from"), (m.text(routing_.from_),)),
            (m.colon("subject"), (m.text(routing_.subject, bold=True),)),
            (m.colon("bluf"), (m.text(m.brief.summary),)),
        )),
    ]


@head("french-note", "kind_information", "kind_action", "addressee", "dateline", "subject", "enclosures")
def french_note(m: Memo) -> list[Block]:
    """The issuing office at the top left, the place and date at the right, the kind of note and
    its addressee centred, then ``Objet :`` and, when there are any, the number of enclosures."""
    routing_ = m.brief.routing
    place = m.convention.place or ""
    rows = [(m.colon("subject"), (m.text(routing_.subject, bold=True),))]
    if m.brief.attachments:
        rows.append((m.colon("enclosures"), (Span(str(len(m.brief.attachments))),)))
    return [
        Paragraph((m.text(routing_.from_, bold=True),), "timbre"),
        Paragraph((Span(m.label("dateline", place=place, date=m.loc.date(routing_.date))),), "dateline"),
        Paragraph((Span(m.label(_kind_key(m))),), "title"),
        Paragraph(m.fill("addressee", to=m.text(routing_.to)), "addressee"),
        Routing(tuple(rows)),
        Rule(),
    ]
