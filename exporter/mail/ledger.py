"""The ledger: what was delivered, so that a retried CI job never mails anyone twice.

One JSON file (``--ledger FILE``), rewritten atomically after every message the server accepted.
It holds, for each brief, language and recipient, the delivery last made: the SHA-256 of each
attached file, the Message-ID and the time.  A memo is *already delivered* to a recipient when the
ledger has that brief, language and recipient (compared case-insensitively) with the same
attachments' digests; a memo whose bytes changed is sent again, and its entry replaced.

Two runs never use one ledger at once: :meth:`Ledger.open` takes an exclusive lock on
``<ledger>.lock`` (created beside it, never removed) for the whole run; a second run waits for it
(up to :data:`LOCK_WAIT` seconds).  Each save merges with what the file holds, so an entry is never
lost, even to a run of an older version that took no lock.

A delivery is ``sent`` (the server said 250) or ``unknown``: the whole message went out and the
server's answer never came, so it may have been delivered.  An unknown delivery is not sent again
unless the run asks for it (``--resend-unknown``).

``time`` is when the server accepted the message, in UTC (ISO 8601, to the second), read from the
clock — never from ``SOURCE_DATE_EPOCH``.  The memos are build outputs and stay byte-identical
for the same brief; the ledger is a log of events, and whether a memo was delivered is decided by
the attachments' digests, never by a time.
"""

from __future__ import annotations

import json
import os
import time as clock
from dataclasses import dataclass
from pathlib import Path

from exporter.pipeline.write import atomic_write, lock

FORMAT = "brief-mail-ledger"
VERSION = 1
LOCK_WAIT = 600.0  # seconds a run waits for another run's lock on the ledger
STATUSES = ("sent", "unknown")


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
    status: str = "sent"  # sent | unknown (sent whole, never confirmed)

    @property
    def key(self) -> tuple[str, str, str]:
        return (self.brief, self.language, self.recipient.lower())

    def to_json(self) -> dict:
        return {"brief": self.brief, "language": self.language, "recipient": self.recipient,
                "attachments": dict(sorted(self.attachments.items())), "message_id": self.message_id,
                "time": self.time, **({"status": self.status} if self.status != "sent" else {})}


class Ledger:
    """The deliveries of earlier runs and this one, keyed by (brief, language, recipient)."""

    def __init__(self, path: Path | None, deliveries: list[Delivery] | None = None):
        self.path = path
        self._entries = {d.key: d for d in deliveries or []}
        self._ours: set[tuple[str, str, str]] = set()  # recorded by this run: they win a merge
        self._lock: int | None = None

    @classmethod
    def open(cls, path: Path, waiting=None) -> Ledger:
        """Lock ``path`` for this run, read it (a missing file is an empty ledger) and make sure it
        can be written back; ``waiting(message)`` is told when another run holds the lock."""
        ledger = cls(path)
        ledger._lock = _lock(path, waiting)
        try:
            ledger._entries = {d.key: d for d in _read(path)}
            ledger.save()  # a ledger that cannot be written would let the next run send everything again
        except BaseException:
            ledger.close()
            raise
        return ledger

    def close(self) -> None:
        """Release the lock (the process ending releases it too)."""
        if self._lock is not None:
            os.close(self._lock)
            self._lock = None

    __del__ = close  # a ledger dropped without close() holds no lock

    def __enter__(self) -> Ledger:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def delivered(self, brief: str, language: str, recipient: str, attachments: dict[str, str]) -> Delivery | None:
        """The earlier delivery of these very attachments to ``recipient``, if any (``status``
        says whether it was confirmed)."""
        entry = self._entries.get((brief, language, recipient.lower()))
        return entry if entry is not None and entry.attachments == attachments else None

    def record(self, delivery: Delivery) -> None:
        self._entries[delivery.key] = delivery
        self._ours.add(delivery.key)

    def to_json(self) -> dict:
        return {"format": FORMAT, "version": VERSION,
                "deliveries": [d.to_json() for _, d in sorted(self._entries.items())]}

    def save(self) -> None:
        """Write the ledger atomically (a temporary file renamed over it)."""
        if self.path is None:
            return
        try:
            on_disk = {d.key: d for d in _read(self.path)}  # what another writer may have added
        except LedgerError:
            on_disk = {}
        for key, delivery in on_disk.items():
            if key not in self._ours:
                self._entries[key] = delivery
        data = (json.dumps(self.to_json(), indent=2, ensure_ascii=False) + "\n").encode("utf-8")
        try:
            atomic_write(self.path, data)
        except OSError as exc:
            raise LedgerError(f"--ledger {self.path}: cannot write it: {exc.strerror or exc}") from None

    def __len__(self) -> int:
        return len(self._entries)


def _lock(path: Path, waiting) -> int:
    """An exclusive lock on ``<path>.lock`` held by the returned descriptor; waits for another
    run's lock up to :data:`LOCK_WAIT` seconds."""
    lock_path = path.with_name(path.name + ".lock")
    try:
        lock_path.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(lock_path, os.O_RDWR | os.O_CREAT, 0o644)
    except OSError as exc:
        raise LedgerError(f"--ledger {path}: cannot create its lock {lock_path.name}: {exc.strerror or exc}") from None
    deadline = clock.monotonic() + LOCK_WAIT
    told = False
    while True:
        if lock(fd):
            return fd
        if clock.monotonic() >= deadline:
            os.close(fd)
            raise LedgerError(f"--ledger {path}: another brief mail run has held it for {LOCK_WAIT:g} s; "
                              "try again when it is done")
        if not told and waiting is not None:
            waiting(f"--ledger {path}: another brief mail run is using it; waiting for it to finish")
            told = True
        clock.sleep(0.1)


def _read(path: Path) -> list[Delivery]:
    if not path.exists():
        return []
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise LedgerError(f"--ledger {path}: cannot read it: {exc.strerror or exc}") from None
    return _parse(raw, path)


def _parse(raw: bytes, path: Path) -> list[Delivery]:
    where = f"--ledger {path}"
    try:
        data = json.loads(raw.decode("utf-8"))
    except UnicodeDecodeError:
        raise LedgerError(f"{where}: not a ledger (not UTF-8 text)") from None
    except json.JSONDecodeError as exc:
        raise LedgerError(f"{where}:{exc.lineno}:{exc.colno}: not a ledger ({exc.msg})") from None
    except RecursionError:
        raise LedgerError(f"{where}: not a ledger (nested too deep)") from None
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
            if not all(isinstance(f, str) for f in fields) or entry.get("status", "sent") not in STATUSES:
                raise TypeError
        except (KeyError, TypeError, AttributeError):
            raise LedgerError(f"{where}: deliveries[{i}] is not a delivery (brief, language, recipient, "
                              "attachments, message_id, time)") from None
        brief, language, recipient, message_id, time = fields
        out.append(Delivery(brief, language, recipient, dict(attachments), message_id, time, entry.get("status", "sent")))
    return out
