"""The ledger: what was delivered, so that a retried CI job never mails anyone twice.

One JSON file (``--ledger FILE``), rewritten atomically after every message the server accepted.
It holds, for each brief, language and recipient, the delivery last made: the SHA-256 of each
attached file, the Message-ID and the time.  A memo is *already delivered* to a recipient when the
ledger has that brief, language and recipient (compared case-insensitively) with the same
attachments' digests; a memo whose bytes changed is sent again, and its entry replaced.

``time`` is when the server accepted the message, in UTC (ISO 8601, to the second), read from the
clock — never from ``SOURCE_DATE_EPOCH``.  The memos are build outputs and stay byte-identical
for the same brief; the ledger is a log of events, and whether a memo was delivered is decided by
the attachments' digests, never by a time.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from exporter.pipeline.write import atomic_write

FORMAT = "brief-mail-ledger"
VERSION = 1


class LedgerError(Exception):
    """The ledger file cannot be read or written (exit 2, before anything is sent)."""


@dataclass(frozen=True)
class Delivery:
    """One memo delivered to one recipient."""

    brief: str
    language: str
    recipient: str
    attachments: dict[str, str]  # file name → SHA-256
    message_id: str
    time: str

    @property
    def key(self) -> tuple[str, str, str]:
        return (self.brief, self.language, self.recipient.lower())

    def to_json(self) -> dict:
        return {"brief": self.brief, "language": self.language, "recipient": self.recipient,
                "attachments": dict(sorted(self.attachments.items())), "message_id": self.message_id,
                "time": self.time}


class Ledger:
    """The deliveries of earlier runs and this one, keyed by (brief, language, recipient)."""

    def __init__(self, path: Path | None, deliveries: list[Delivery] | None = None):
        self.path = path
        self._entries = {d.key: d for d in deliveries or []}

    @classmethod
    def open(cls, path: Path) -> Ledger:
        """Read ``path`` (a missing file is an empty ledger) and make sure it can be written back."""
        deliveries: list[Delivery] = []
        if path.exists():
            try:
                raw = path.read_bytes()
            except OSError as exc:
                raise LedgerError(f"--ledger {path}: cannot read it: {exc.strerror or exc}") from None
            deliveries = _parse(raw, path)
        ledger = cls(path, deliveries)
        ledger.save()  # a ledger that cannot be written would let the next run send everything again
        return ledger

    def delivered(self, brief: str, language: str, recipient: str, attachments: dict[str, str]) -> Delivery | None:
        """The earlier delivery of these very attachments to ``recipient``, if any."""
        entry = self._entries.get((brief, language, recipient.lower()))
        return entry if entry is not None and entry.attachments == attachments else None

    def record(self, delivery: Delivery) -> None:
        self._entries[delivery.key] = delivery

    def to_json(self) -> dict:
        return {"format": FORMAT, "version": VERSION,
                "deliveries": [d.to_json() for _, d in sorted(self._entries.items())]}

    def save(self) -> None:
        """Write the ledger atomically (a temporary file renamed over it)."""
        if self.path is None:
            return
        data = (json.dumps(self.to_json(), indent=2, ensure_ascii=False) + "\n").encode("utf-8")
        try:
            atomic_write(self.path, data)
        except OSError as exc:
            raise LedgerError(f"--ledger {self.path}: cannot write it: {exc.strerror or exc}") from None

    def __len__(self) -> int:
        return len(self._entries)


def _parse(raw: bytes, path: Path) -> list[Delivery]:
    where = f"--ledger {path}"
    try:
        data = json.loads(raw.decode("utf-8"))
    except UnicodeDecodeError:
        raise LedgerError(f"{where}: not a ledger (not UTF-8 text)") from None
    except json.JSONDecodeError as exc:
        raise LedgerError(f"{where}:{exc.lineno}:{exc.colno}: not a ledger ({exc.msg})") from None
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise LedgerError(f"{where}: not a ledger written by brief mail (no \"format\": \"{FORMAT}\")")
    if data.get("version") != VERSION:
        raise LedgerError(f"{where}: ledger version {data.get('version')!r}; this brief reads version {VERSION}")
    entries = data.get("deliveries")
    if not isinstance(entries, list):
        raise LedgerError(f"{where}: \"deliveries\" must be a list")
    out = []
    for i, entry in enumerate(entries):
        try:
            attachments = entry["attachments"]
            if not (isinstance(attachments, dict) and all(isinstance(k, str) and isinstance(v, str)
                                                          for k, v in attachments.items())):
                raise TypeError
            fields = [entry[k] for k in ("brief", "language", "recipient", "message_id", "time")]
            if not all(isinstance(f, str) for f in fields):
                raise TypeError
        except (KeyError, TypeError):
            raise LedgerError(f"{where}: deliveries[{i}] is not a delivery (brief, language, recipient, "
                              "attachments, message_id, time)") from None
        brief, language, recipient, message_id, time = fields
        out.append(Delivery(brief, language, recipient, dict(attachments), message_id, time))
    return out
