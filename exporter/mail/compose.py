"""E-mail messages: a memo's PDF and DOCX attached to an RFC 5322 message, one per brief and language.

This module composes; it never sends (:mod:`exporter.mail.smtp`) and never decides what to send
(:mod:`exporter.mail.dispatch`).  Who gets which language comes from ``--to``/``--cc`` or from the
brief's ``distribution:`` list (:func:`plan`).  A message carries the memo's subject, a plain-text
body — the memo's head as page 1 prints it (routing block) and its summary — with an HTML
alternative in which every text is escaped, and the two files under their own names.

A *draft* (``brief mail`` without ``--send``) is deterministic bytes: its date is the memo's, its
MIME boundaries come from its content, and it has no Message-ID (the mail client that sends it
adds one).  A message to *send* gets the sending time as its ``Date`` and a Message-ID derived
from its content (brief, language, sender, recipients, subject, the attachments' digests): a job
killed between the server's acceptance and the ledger's update sends, when retried, a message
with the same Message-ID, which mail systems recognise as the same message.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import html
import re
from dataclasses import dataclass, field
from email.headerregistry import Address
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import format_datetime, getaddresses

from exporter.model.brief import EMAIL_PATTERN, Text
from exporter.model.load import LoadedBrief
from exporter.source.diagnostics import Problem
from exporter.tree import (
    Citation,
    Document,
    Heading,
    Link,
    Paragraph,
    RoutingBlock,
    Rule,
    Span,
    inline_text,
)

MIME = {
    "pdf": ("application", "pdf"),
    "docx": ("application", "vnd.openxmlformats-officedocument.wordprocessingml.document"),
}
_EMAIL = re.compile(EMAIL_PATTERN)


def one_line(text: str) -> str:
    """A header's words on one line, single-spaced: a brief's text may hold line breaks (a YAML
    block) and a header may not; no-break spaces become spaces, as in the plain-text body."""
    return " ".join(text.replace("\u202f", " ").replace("\u00a0", " ").split())


@dataclass(frozen=True)
class Recipient:
    """One address a message goes to, as a main recipient (``to``) or in copy (``cc``)."""

    address: str
    name: str | None = None
    kind: str = "to"

    @property
    def header(self) -> str:
        """The address as a header shows it: ``Jane Doe <jane@example.org>``, the name on one line
        (a brief's name may be a YAML block with line breaks)."""
        return str(Address(display_name=one_line(self.name or ""), addr_spec=self.address))

    @property
    def key(self) -> str:
        """The address compared case-insensitively: ``Jane@Example.org`` is ``jane@example.org``."""
        return self.address.lower()


@dataclass(frozen=True)
class MailAttachment:
    """One attached file: its name (the memo's file name), format and bytes."""

    name: str
    format: str
    data: bytes

    @property
    def sha256(self) -> str:
        return hashlib.sha256(self.data).hexdigest()


@dataclass
class Letter:
    """One message: a brief's memo in one language, its recipients, and the bytes to send or save."""

    brief_id: str
    source: str
    locale: str
    subject: str
    sender: str | None
    recipients: list[Recipient]
    attachments: list[MailAttachment]
    data: bytes
    message_id: str | None = None
    warnings: list[Problem] = field(default_factory=list)

    @property
    def digests(self) -> dict[str, str]:
        """The SHA-256 of each attachment, by file name (what the ledger compares)."""
        return {a.name: a.sha256 for a in self.attachments}

    def by_kind(self, kind: str) -> list[Recipient]:
        return [r for r in self.recipients if r.kind == kind]


def parse_address(value: str, option: str) -> Recipient:
    """``jane@example.org`` or ``Jane Doe <jane@example.org>`` from the command line; ValueError
    with a message naming ``option`` for anything else (two addresses, a bare name, a typo)."""
    if "\r" in value or "\n" in value:
        raise ValueError(f"{option} {value!r}: an address cannot contain a line break")
    found = getaddresses([value])
    if len(found) != 1 or not _EMAIL.fullmatch(found[0][1]):
        if not option.startswith("-"):  # a setting (BRIEF_SMTP_FROM), not an option
            raise ValueError(f"{option}={value!r}: not an e-mail address such as jane.doe@example.org "
                             "(or Jane Doe <jane.doe@example.org>)")
        raise ValueError(f"{option} {value!r}: not an e-mail address such as jane.doe@example.org "
                         "(or Jane Doe <jane.doe@example.org>); repeat the option for several")
    name, address = found[0]
    return Recipient(address, name or None, "cc" if option == "--cc" else "to")


def _text_in(text: Text | None, lang: str, first: str) -> str | None:
    """A name's text in ``lang``: its own language, else the same base language, else the brief's
    first, else any — a name is better shown in another language than dropped."""
    if text is None:
        return None
    if text.neutral is not None:
        return text.neutral
    base = lang.split("_")[0]
    for key in (lang, base, first):
        if key in text.by_lang:
            return text.by_lang[key]
    for key, value in text.by_lang.items():
        if key.split("_")[0] == base:
            return value
    return next(iter(text.by_lang.values()), None)


def plan(loaded: LoadedBrief, locales: list[str] | None, to: list[Recipient],
         cc: list[Recipient]) -> dict[str, list[Recipient]]:
    """Who gets the memo in which language: ``{locale: [recipients]}``, in a stable order.

    With ``--to``/``--cc``, they all get each locale asked for (default: the brief's first
    language).  Otherwise each reader of the brief's ``distribution:`` gets their ``language``
    (default: the brief's first), and ``--locale`` keeps only the readers of those locales (a
    locale asked for that no reader wants gets nobody).  A brief without either gets its locales
    with nobody (a draft may say nobody; a send may not).  The list itself was checked when the
    brief was loaded (:func:`exporter.model.load.check_distribution`): each reader once, in a language
    of the brief.
    """
    from exporter.model.locales import parse_locale

    brief = loaded.brief
    first = brief.languages[0]
    chosen = [str(parse_locale(name)) for name in locales] if locales else None
    if to or cc or not brief.distribution:
        by_address: dict[str, Recipient] = {}
        for recipient in [*to, *cc]:
            by_address.setdefault(recipient.key, recipient)  # an address in --to and --cc: the first wins
        return {name: list(by_address.values()) for name in dict.fromkeys(chosen or [first])}
    # A locale asked for has its group even when no reader wants it: a draft in it has nobody yet.
    groups: dict[str, list[Recipient]] = {name: [] for name in chosen or []}
    for reader in brief.distribution:
        name = str(parse_locale(reader.language or first))
        if chosen is None or name in chosen:
            groups.setdefault(name, []).append(
                Recipient(reader.address, _text_in(reader.name, name, first), reader.as_))
    return groups


def compose(loaded: LoadedBrief, locale: str, document, attachments: list[MailAttachment],
            recipients: list[Recipient], sender: Recipient | None, sent_at: dt.datetime | None = None) -> Letter:
    """The message of one memo.  ``sent_at`` makes it a message to send (its Date, a Message-ID);
    without it, a deterministic draft dated as the memo."""
    message = EmailMessage(policy=SMTP)
    subject = one_line(document.meta.title)
    message["Subject"] = subject
    if sender:
        message["From"] = sender.header
    for kind, header in (("to", "To"), ("cc", "Cc")):
        chosen = [r.header for r in recipients if r.kind == kind]
        if chosen:
            message[header] = ", ".join(chosen)
    message["Date"] = format_datetime(sent_at if sent_at is not None else document.meta.date)
    digest = hashlib.sha256("\0".join([
        loaded.brief.id, locale, sender.header if sender else "", subject,
        *(f"{r.kind}:{r.header}" for r in recipients),
        *(f"{a.name}:{a.sha256}" for a in attachments)]).encode("utf-8")).hexdigest()
    message_id = None
    if sent_at is not None:
        domain = sender.address.rsplit("@", 1)[-1] if sender else "brief.invalid"  # RFC 2606's reserved TLD
        message_id = f"<{digest[:40]}@{domain}>"
        message["Message-ID"] = message_id
        # RFC 3834: sent by a program, so that vacation responders do not answer it.
        message["Auto-Submitted"] = "auto-generated"
    else:
        message["X-Unsent"] = "1"  # Outlook and Thunderbird open it as a draft
    summary = _text_in(loaded.brief.summary, locale, loaded.brief.languages[0])
    message.set_content(plain_body(document, summary), charset="utf-8")
    message.add_alternative(html_body(document, summary), subtype="html", charset="utf-8")
    for attachment in attachments:
        maintype, subtype = MIME[attachment.format]
        message.add_attachment(attachment.data, maintype=maintype, subtype=subtype, filename=attachment.name)
    message["Content-Language"] = document.meta.lang  # RFC 3282 (set_content clears Content-* headers)
    # Fixed boundaries (the email package draws random ones): the same memo, the same bytes.
    for i, part in enumerate(p for p in message.walk() if p.is_multipart()):
        part.set_boundary(f"=_brief_{digest[:24]}_{i}")
    return Letter(loaded.brief.id, loaded.file, locale, subject, sender.header if sender else None,
                  list(recipients), list(attachments),
                  message.as_bytes(), message_id)


# Bodies ------------------------------------------------------------------------------------------

_HEAD_ROLES = ("dateline", "timbre", "kind", "title", "addressee")


def _letters_of(text: str) -> str:
    """Letters and digits only, case folded: a text compared across typography (quotes, spaces,
    apostrophes, a portion mark's parentheses)."""
    return "".join(c for c in text.casefold() if c.isalnum())


def _is_summary(paragraph_text: str, summary: str | None) -> bool:
    if summary is None:
        return True
    want = _letters_of(summary)[:40]
    return bool(want) and want in _letters_of(paragraph_text)


def _head_and_summary(document: Document, summary: str | None = None) -> tuple[list[RoutingBlock | Paragraph], Paragraph | None]:
    """The memo's head as page 1 prints it (paragraphs and routing rows before the first heading or
    rule) and the paragraph that opens its first section when it is the summary (``summary``: the
    brief's text, before typography) — not when the head already holds it, as State's BLUF does."""
    head: list[RoutingBlock | Paragraph] = []
    found: Paragraph | None = None
    blocks = list(document.blocks)
    i = 0
    while i < len(blocks) and not isinstance(blocks[i], (Heading, Rule)):
        block = blocks[i]
        if isinstance(block, RoutingBlock) and block.role == "head":
            head.append(block)
        elif isinstance(block, Paragraph) and block.role in _HEAD_ROLES:
            head.append(block)
        i += 1
    while i < len(blocks) and not isinstance(blocks[i], Heading):
        i += 1
    candidate = blocks[i + 1] if i + 1 < len(blocks) else None
    if isinstance(candidate, Paragraph) and candidate.role == "body":
        text = inline_text(candidate.content)
        held = any(isinstance(b, RoutingBlock) and any(text in inline_text(v) for _, v in b.rows) for b in head)
        if not held and _is_summary(text, summary):
            found = candidate
    return head, found


def _plain(text: str) -> str:
    # Plain text is searched and quoted: ordinary spaces there (the HTML keeps the typography).
    return text.replace("\u202f", " ").replace("\u00a0", " ")


def plain_body(document: Document, summary: str | None = None) -> str:
    """The plain-text body: the memo's head, one line per routing row, then the summary."""
    head, opening = _head_and_summary(document, summary)
    lines: list[str] = []
    for block in head:
        if isinstance(block, RoutingBlock):
            lines.extend(f"{label} {inline_text(value)}" for label, value in block.rows)
        else:
            lines.append(inline_text(block.content))
    if opening is not None:
        lines += ["", inline_text(opening.content)]
    return _plain("\n".join(lines)) + "\n"


def _esc(text: str) -> str:
    return html.escape(text, quote=True)


def _html_inlines(content, lang: str) -> str:
    """Inlines as HTML: every text escaped, a span in another language tagged with it."""
    out = []
    for item in content:
        if isinstance(item, Citation):
            out.append(_esc(f"[{item.label}]"))
        elif isinstance(item, Link):
            out.append(_esc(item.text))
        elif isinstance(item, Span):
            text = _esc(item.text)
            if item.bold:
                text = f"<strong>{text}</strong>"
            if item.italic:
                text = f"<em>{text}</em>"
            if item.lang and item.lang != lang:
                text = f'<span lang="{_esc(item.lang)}">{text}</span>'
            out.append(text)
        else:
            out.append(_esc(getattr(item, "text", "")))
    return "".join(out)


def html_body(document: Document, summary: str | None = None) -> str:
    """The HTML alternative: the same head and summary, escaped, in the memo's language."""
    lang = document.meta.lang
    head, opening = _head_and_summary(document, summary)
    parts = ["<!DOCTYPE html>", f'<html lang="{_esc(lang)}">',
             f'<head><meta charset="utf-8"><title>{_esc(document.meta.title)}</title></head>',
             '<body style="font-family: Georgia, \'Times New Roman\', serif">']
    for block in head:
        if isinstance(block, RoutingBlock):
            parts.append('<table role="presentation" style="border-collapse: collapse">')
            for label, value in block.rows:
                parts.append(f'<tr><th scope="row" style="text-align: left; vertical-align: top; '
                             f'padding: 0 1em 0.2em 0">{_esc(label)}</th>'
                             f"<td>{_html_inlines(value, lang)}</td></tr>")
            parts.append("</table>")
        else:
            tag = "strong" if block.role in ("kind", "title") else "span"
            parts.append(f"<p><{tag}>{_html_inlines(block.content, lang)}</{tag}></p>")
    if opening is not None:
        parts.append(f"<p>{_html_inlines(opening.content, lang)}</p>")
    parts += ["</body>", "</html>"]
    return "\n".join(parts) + "\n"
