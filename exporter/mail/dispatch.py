"""``brief mail``: briefs → one message per brief and language → drafts, or the SMTP server.

For each brief: load it, plan who gets which language (:func:`exporter.mail.compose.plan`), render each
language's PDF and DOCX once, compose the message, check its size, then either write it as an
``.eml`` draft or send it to the recipients the ledger has not seen receive these very bytes.

Faults cost only themselves: a broken brief is reported and the next one is sent; a recipient
the server refuses for good (5xx) is reported and the others still get the message; a transient
refusal (4xx) is retried (:mod:`exporter.mail.smtp`).  Only a server that cannot be used at all —
unreachable, untrusted, refusing the credentials — or a ledger that can no longer be written stops
the run, since going on could only fail again or send something twice.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from exporter.checks.loading import load_file
from exporter.config.style import load_style
from exporter.mail.compose import Letter, MailAttachment, Recipient, compose, plan
from exporter.mail.ledger import Delivery, Ledger, LedgerError
from exporter.pipeline.export import (
    build_documents,
    convention_of,
    output_name,
    rendered,
)
from exporter.pipeline.write import atomic_write, target
from exporter.source.diagnostics import BriefError, Problem, display_path

FORMATS = ("pdf", "docx")


@dataclass
class MailOptions:
    """What a mail run does; the CLI fills it, tests build it directly."""

    locales: list[str] | None = None
    to: list[Recipient] = field(default_factory=list)
    cc: list[Recipient] = field(default_factory=list)
    sender: Recipient | None = None
    style: str | None = None
    convention: str | None = None
    strict: bool = False
    max_bytes: int = 10_000_000
    out: Path = Path("out")  # drafts only
    send: bool = False
    resend_unknown: bool = False  # send again what an earlier run sent but the server never confirmed
    root: Path | None = None  # what briefs may read (default: each brief's folder)


@dataclass
class RecipientRecord:
    """What became of one recipient of one message."""

    address: str
    kind: str
    status: str  # draft | sent | already-sent | refused | deferred | unknown | not-sent
    code: int | None = None
    reply: str = ""
    time: str | None = None  # when it was delivered (this run or, for already-sent, an earlier one)

    def to_json(self) -> dict:
        return {"address": self.address, "as": self.kind, "status": self.status, "code": self.code,
                "reply": self.reply or None, "time": self.time}


@dataclass
class MessageRecord:
    """One message as the report lists it."""

    brief_id: str
    source: str
    locale: str
    subject: str
    sender: str | None
    bytes: int
    message_id: str | None
    attachments: list[MailAttachment]
    recipients: list[RecipientRecord]
    status: str  # draft | sent | partly-sent | already-sent | unknown | refused | too-large | not-sent
    path: str | None = None

    def to_json(self) -> dict:
        return {
            "brief": self.brief_id, "source": self.source, "language": self.locale, "subject": self.subject,
            "from": self.sender, "to": [r.address for r in self.recipients if r.kind == "to"],
            "cc": [r.address for r in self.recipients if r.kind == "cc"], "bytes": self.bytes,
            "message_id": self.message_id, "status": self.status, "path": self.path,
            "attachments": [{"name": a.name, "bytes": len(a.data), "sha256": a.sha256} for a in self.attachments],
            "recipients": [r.to_json() for r in self.recipients],
        }


@dataclass
class MailResult:
    """Everything a mail run did; ``exit_code`` sums it up."""

    briefs: int = 0
    messages: list[MessageRecord] = field(default_factory=list)
    errors: list[Problem] = field(default_factory=list)
    warnings: list[Problem] = field(default_factory=list)
    failed_briefs: set[str] = field(default_factory=set)
    stopped: str | None = None  # why sending stopped (server unusable, ledger unwritable)

    def recipients(self, status: str) -> int:
        return sum(1 for m in self.messages for r in m.recipients if r.status == status)

    @property
    def exit_code(self) -> int:
        return 1 if self.errors or self.stopped else 0

    def to_json(self) -> dict:
        return {"briefs": self.briefs, "failed": len(self.failed_briefs), "stopped": self.stopped,
                "messages": [m.to_json() for m in self.messages],
                "errors": [p.to_json() for p in self.errors],
                "warnings": [p.to_json() for p in self.warnings]}

    def summary(self, send: bool, out: Path | None = None) -> str:
        """One line for the end of the run, each thing counted once, whatever failed."""
        failed = len(self.failed_briefs)
        if not send:
            line = f"{sum(1 for m in self.messages if m.status == 'draft')} draft(s) written in {out}"
            extras = []
        else:
            sent = sum(1 for m in self.messages if m.status in ("sent", "partly-sent"))
            line = f"{sent} message(s) sent to {self.recipients('sent')} recipient(s)"
            extras = [f"{n} {what}" for n, what in (
                (self.recipients("already-sent"), "already had theirs"),
                (self.recipients("refused") + self.recipients("deferred"), "recipient(s) refused"),
                (self.recipients("unknown"), "recipient(s) unknown (sent, never confirmed: not sent again)"),
                (self.recipients("not-sent"), "recipient(s) not sent")) if n]
        if failed:
            extras.append(f"{failed} of {self.briefs} brief(s) failed")
        else:
            line += f" from {self.briefs} brief(s)"
        return "; ".join([line, *extras])


def utc_now() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(microsecond=0)


def run(files: list[Path], options: MailOptions, ledger: Ledger | None = None, transport=None,
        clock: Callable[[], dt.datetime] = utc_now, echo: Callable[[str, bool], None] | None = None) -> MailResult:
    """Mail ``files``: drafts, or (``options.send``) through ``transport`` with ``ledger``.

    Never raises for a bad brief or a refused recipient; stops (``MailResult.stopped``) only when the
    server cannot be used or the ledger cannot be written."""
    say = echo or _silent
    result = MailResult(briefs=len(files))
    style = load_style(options.style)
    for path in files:
        letters = _letters(path, options, style, result, clock, say)
        for letter in letters:
            if options.send:
                if result.stopped is None:
                    _send(letter, options, ledger, transport, result, clock, say)
                else:
                    _record(result, letter, "not-sent", [RecipientRecord(r.address, r.kind, "not-sent")
                                                         for r in letter.recipients])
            else:
                _draft(letter, options, result, say)
    return result


def _silent(line: str, err: bool = False) -> None:
    """What a run says when nobody listens."""


def _fail(result: MailResult, source: str, problems: list[Problem], say) -> None:
    result.failed_briefs.add(source)
    result.errors.extend(problems)
    for problem in problems:
        say(str(problem), True)


def _letters(path: Path, options: MailOptions, style, result: MailResult, clock, say) -> list[Letter]:
    """The messages of one brief, or [] with its problems reported."""
    try:
        loaded = load_file(path, root=options.root)
    except BriefError as exc:
        _fail(result, exc.problems[0].file if exc.problems else display_path(path), exc.problems, say)
        return []
    warnings = list(loaded.warnings)
    letters: list[Letter] = []
    try:
        groups = plan(loaded, options.locales, options.to, options.cc)
        if options.send and not any(groups.values()):
            raise BriefError([Problem(loaded.file, "nobody to send it to: give the brief a distribution: list, or "
                                                   "use --to" + (f" (no reader gets {', '.join(options.locales)})"
                                                                if options.locales and loaded.brief.distribution else ""))])
        if not groups:
            return []
        looks = convention_of(loaded, options.convention).apply(style)
        documents = []
        for locale, document, found in build_documents(loaded, list(groups), style, options.convention):
            warnings.extend(found)
            documents.append((locale, document))
        if options.strict and warnings:
            _fail(result, loaded.file, [w.as_error() for w in warnings], say)
            return []
        for locale, document in documents:
            if options.send and not groups[locale]:
                continue
            attachments = [MailAttachment(output_name(loaded.brief.id, locale, fmt), fmt,
                                          rendered(loaded, locale, fmt, document, looks))
                           for fmt in FORMATS]
            letters.append(compose(loaded, locale, document, attachments, groups[locale], options.sender,
                                   clock() if options.send else None))
    except BriefError as exc:
        _fail(result, loaded.file, exc.problems, say)
        return []
    except Exception as exc:  # a bug of ours must not cost the other briefs
        if os.environ.get("BRIEF_DEBUG"):
            raise
        _fail(result, loaded.file, [Problem(loaded.file, f"internal error while rendering ({type(exc).__name__}: "
                                                          f"{exc}); run again with --debug and report it")], say)
        return []
    result.warnings.extend(warnings)
    for warning in warnings:
        say(str(warning), True)
    for letter in letters:
        if len(letter.data) > options.max_bytes:
            over = (f"{letter.brief_id}.{letter.locale}: the message weighs {len(letter.data) / 1e6:.2f} MB, "
                    f"over {options.max_bytes / 1e6:g} MB")
            if options.send:
                _fail(result, loaded.file, [Problem(loaded.file, over + " (--max-size): not sent")], say)
            else:
                warning = Problem(loaded.file, over, warning=True)
                result.warnings.append(warning)
                say(str(warning), True)
    if options.send:
        too_large = [x for x in letters if len(x.data) > options.max_bytes]
        for letter in too_large:
            _record(result, letter, "too-large", [RecipientRecord(r.address, r.kind, "not-sent") for r in letter.recipients])
        letters = [x for x in letters if len(x.data) <= options.max_bytes]
    return letters


def _record(result: MailResult, letter: Letter, status: str, recipients: list[RecipientRecord], path: str | None = None):
    result.messages.append(MessageRecord(letter.brief_id, letter.source, letter.locale, letter.subject, letter.sender,
                                         len(letter.data), letter.message_id, letter.attachments, recipients, status,
                                         path))


def _draft(letter: Letter, options: MailOptions, result: MailResult, say) -> None:
    try:
        path = target(options.out, output_name(letter.brief_id, letter.locale, "eml"))
        atomic_write(path, letter.data)
    except (OSError, ValueError) as exc:
        where = display_path(options.out / output_name(letter.brief_id, letter.locale, "eml"))
        _fail(result, letter.source, [Problem(where, f"cannot write: {getattr(exc, 'strerror', None) or exc}")], say)
        return
    _record(result, letter, "draft", [RecipientRecord(r.address, r.kind, "draft") for r in letter.recipients],
            display_path(path))
    say(f"wrote {display_path(path)}", False)


def _iso(moment: dt.datetime) -> str:
    return moment.astimezone(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def _send(letter: Letter, options: MailOptions, ledger: Ledger | None, transport, result: MailResult, clock, say) -> None:
    from exporter.mail.smtp import TransportError

    name = f"{letter.brief_id} ({letter.locale})"
    digests = letter.digests
    records: dict[str, RecipientRecord] = {}
    pending: list[Recipient] = []
    for recipient in letter.recipients:
        earlier = ledger.delivered(letter.brief_id, letter.locale, recipient.address, digests) if ledger else None
        if earlier is not None and earlier.status == "unknown" and not options.resend_unknown:
            records[recipient.key] = RecipientRecord(recipient.address, recipient.kind, "unknown", time=earlier.time)
            problem = Problem(letter.source, f"{name}: {recipient.address}: sent on {earlier.time} but never confirmed "
                                             "by the server, so it may have been delivered: not sent again (ask the "
                                             "recipient; --resend-unknown sends it again)")
            result.errors.append(problem)
            say(str(problem), True)
        elif earlier is not None and earlier.status == "sent":
            records[recipient.key] = RecipientRecord(recipient.address, recipient.kind, "already-sent", time=earlier.time)
        else:
            pending.append(recipient)
    if pending:
        try:
            assert options.sender is not None, "a run that sends has a sender (the CLI requires one)"
            outcomes = transport.send(options.sender.address, letter.data, [r.address for r in pending])
        except TransportError as exc:
            result.stopped = str(exc)
            for recipient in pending:
                records[recipient.key] = RecipientRecord(recipient.address, recipient.kind, "not-sent")
            _record(result, letter, "not-sent", [records[r.key] for r in letter.recipients])
            return
        when = _iso(clock())
        for recipient in pending:
            outcome = outcomes[recipient.address]
            records[recipient.key] = RecipientRecord(recipient.address, recipient.kind, outcome.status, outcome.code,
                                                     outcome.reply, when if outcome.status in ("sent", "unknown") else None)
            if outcome.status in ("sent", "unknown") and ledger is not None:
                ledger.record(Delivery(letter.brief_id, letter.locale, recipient.address, digests,
                                       letter.message_id or "", when, outcome.status))
            if outcome.status != "sent":
                why = {"refused": "refused", "unknown": "unknown"}.get(outcome.status, "still refused after every retry")
                reply = outcome.reply
                if outcome.status == "unknown":
                    reply += ("; recorded as unknown in the ledger: not sent again unless --resend-unknown"
                              if ledger is not None else "; not sent again by this run")
                problem = Problem(letter.source, f"{name}: {recipient.address} {why}: {reply}")
                result.errors.append(problem)
                say(str(problem), True)
        if ledger is not None:
            try:
                ledger.save()
            except LedgerError as exc:
                result.stopped = f"{exc}; stopped so that nothing is sent twice"
    statuses = [records[r.key].status for r in letter.recipients]
    sent = statuses.count("sent")
    if not pending:
        status = "unknown" if "unknown" in statuses else "already-sent"
    elif sent == len(pending):
        status = "sent"
    elif sent:
        status = "partly-sent"
    elif any(records[r.key].status == "unknown" for r in pending):
        status = "unknown"
    else:
        status = "refused"
    _record(result, letter, status, [records[r.key] for r in letter.recipients])
    delivered = [r.address for r in letter.recipients if records[r.key].status == "sent"]
    if delivered:
        say(f"sent {name} to {', '.join(delivered)} {letter.message_id}", False)
    if status == "already-sent":
        say(f"already sent: {name} to {', '.join(r.address for r in letter.recipients)}", False)
