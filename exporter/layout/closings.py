"""The closing lines of a memo, one builder per convention's way: who drafted it, who cleared it.

- ``line``: one line — Drafted by: office (name); Cleared by: …; For information: … — and the date.
- ``state``: ``Drafted:`` with office and name, then one ``Cleared:`` line per clearer, ``(ok)`` or
  ``(info)`` where the brief records the status (5 FAH-1 H-300).
- ``french-note``: ``Rédacteur :`` name and office, then ``Visas :`` one per office.
"""

from __future__ import annotations

from exporter.layout.context import Memo
from exporter.layout.parts import Part, registrar
from exporter.model.brief import Clearance
from exporter.tree import Block, Inline, Paragraph, RoutingBlock, Rule, Span

CLOSINGS: dict[str, Part] = {}
closing = registrar(CLOSINGS)  # @closing("state", "drafted", …) registers a closing builder


def _drafter(m: Memo) -> list[Inline]:
    """The drafting office and, when known, the drafter's name."""
    drafting = m.brief.drafting
    out: list[Inline] = [m.text(drafting.drafted_by)]
    if drafting.name:
        out += [Span("\u00a0– "), m.text(drafting.name, name=True)]  # the dash never ends a line
    if drafting.phone:
        out += [Span(", "), Span(drafting.phone.replace(" ", "\u00a0"))]
    return out


def _clearer(m: Memo, clearance: Clearance) -> list[Inline]:
    out: list[Inline] = [m.text(clearance.office)]
    if clearance.name:
        out += [Span(m.loc.punct(": ")), m.text(clearance.name, name=True)]
    return out


@closing("line", "drafted_by", "cleared_by", "info_copy")
def line(m: Memo) -> list[Block]:
    """A rule, then aligned lines: who drafted it and when, who cleared it, who was informed."""
    drafting = m.brief.drafting
    date = m.loc.date(drafting.date or m.brief.routing.date)
    rows: list[tuple[str, tuple[Inline, ...]]] = [(m.colon("drafted_by"), (*_drafter(m), Span(", " + date)))]
    for status, key in (("cleared", "cleared_by"), ("info", "info_copy")):
        clearers = [c for c in drafting.cleared_by if (c.status or "cleared") == status]
        if clearers:
            value: list[Inline] = []
            for j, clearance in enumerate(clearers):
                if j:
                    value.append(Span(m.loc.punct("; ")))
                value += _clearer(m, clearance)
            rows.append((m.colon(key), tuple(value)))
    return [Rule(), RoutingBlock(tuple(rows), "closing")]


@closing("state", "drafted", "cleared", "ok", "info")
def state(m: Memo) -> list[Block]:
    """``Drafted:`` office and name, then one ``Cleared:`` line per clearer, ok or info."""
    drafting = m.brief.drafting
    rows: list[tuple[str, tuple[Inline, ...]]] = [(m.colon("drafted"), tuple(_drafter(m)))]
    for j, clearance in enumerate(drafting.cleared_by):
        # The status is the brief's: "(ok)" or "(info)" only where it records one, never made up.
        status = (Span(f" ({m.label('ok' if clearance.status == 'cleared' else 'info')})"),) if clearance.status else ()
        rows.append((m.colon("cleared") if j == 0 else "", (*_clearer(m, clearance), *status)))
    return [RoutingBlock(tuple(rows), "closing")]


@closing("french-note", "drafter", "drafting_office", "clearances", "info_copy")
def french_note(m: Memo) -> list[Block]:
    """The signature block — the signer's title, then their name, at the right, as a French note
    is signed — when the brief names a signer; then ``Rédacteur :`` the drafter and the office
    (``Rédaction :`` when only the office is known), the visas, one line per office, and those
    informed."""
    drafting = m.brief.drafting
    signature = signature_block(m)
    rows: list[tuple[str, tuple[Inline, ...]]] = []
    if drafting.name:
        rows.append((m.colon("drafter"), (m.text(drafting.name, name=True), Span(", "), m.text(drafting.drafted_by))))
    else:
        rows.append((m.colon("drafting_office"), (m.text(drafting.drafted_by),)))
    for status, key in (("cleared", "clearances"), ("info", "info_copy")):
        for j, clearance in enumerate(c for c in drafting.cleared_by if (c.status or "cleared") == status):
            rows.append((m.colon(key) if j == 0 else "", tuple(_clearer(m, clearance))))
    return [*signature, Rule(), RoutingBlock(tuple(rows), "closing")]


def signature_block(m: Memo) -> list[Block]:
    """Who signs: their title (the capacity in which they sign) on one line, their name under it."""
    signer = m.brief.routing.signer
    if signer is None:
        return []
    content: list[Inline] = []
    if signer.title is not None:
        content += [m.text(signer.title), Span("\n")]
    content.append(m.text(signer.name, name=True, bold=True))
    return [Paragraph(tuple(content), "signature")]
