"""SMTP: the one place that talks to a mail server, safe by default.

Settings come from the environment (CI secrets), never from the command line where a password
would land in a shell history or a job log: ``BRIEF_SMTP_HOST``, ``BRIEF_SMTP_PORT``,
``BRIEF_SMTP_USER``, ``BRIEF_SMTP_PASSWORD``, ``BRIEF_SMTP_TLS`` (``starttls`` | ``ssl`` |
``none``), ``BRIEF_SMTP_CAFILE``, ``BRIEF_SMTP_FROM``, ``BRIEF_SMTP_TIMEOUT``.

- The server's certificate is checked against the system's CAs (plus ``BRIEF_SMTP_CAFILE``) and
  its host name, unless ``BRIEF_SMTP_TLS=none``.  With ``starttls``, a server that does not offer
  STARTTLS is left at once: no credential, no message.  ``none`` with a password is refused: a
  password never crosses the network in clear.
- The password lives in a :class:`Secret` that prints as ``***``; every message this module
  builds from a server's reply or an exception goes through :meth:`Transport.scrub`, which
  removes the password and its base64 forms (AUTH PLAIN, AUTH LOGIN).  Debug output is never
  switched on.
- Each network operation times out after ``BRIEF_SMTP_TIMEOUT`` seconds (:data:`TIMEOUT` by
  default), so an unreachable server fails the run within about half a minute.  A transient refusal (4xx) is retried after
  :data:`RETRY_DELAYS`, for the recipients it concerns only; a permanent one (5xx) is final for
  those recipients, and the others still get the message.
"""

from __future__ import annotations

import base64
import os
import smtplib
import socket
import ssl
import time
from collections.abc import Callable
from dataclasses import dataclass, field

TIMEOUT = 10.0  # seconds, for connecting and for each reply (BRIEF_SMTP_TIMEOUT)
MAX_TIMEOUT = 600.0  # a setting beyond ten minutes is a typo (milliseconds?), not a slow server
RETRY_DELAYS = (2.0, 10.0, 30.0)  # seconds before the 2nd, 3rd and 4th attempt of a 4xx
TLS_MODES = ("starttls", "ssl", "none")
MECHANISMS = ("PLAIN", "LOGIN")  # SASL mechanisms, in order of preference: one is tried, once


class SettingsError(Exception):
    """The SMTP settings are missing or wrong (exit 2, before anything is sent)."""


class TransportError(Exception):
    """The server cannot be used at all (unreachable, untrusted, credentials refused): nothing
    more can be sent in this run.  The message is already scrubbed of any secret."""


class AuthenticationFailed(TransportError):
    """The server refused the credentials."""


class Secret:
    """A password: it prints, logs and pickles as ``***``; :meth:`reveal` gives it to smtplib."""

    __slots__ = ("_value",)

    def __init__(self, value: str):
        self._value = value

    def reveal(self) -> str:
        return self._value

    def __repr__(self) -> str:
        return "Secret('***')"

    __str__ = __repr__

    def __reduce__(self):
        return (Secret, ("***",))

    def __bool__(self) -> bool:
        return bool(self._value)


@dataclass(frozen=True)
class Settings:
    """Where and how to send: read from ``BRIEF_SMTP_*`` by :func:`from_environ`."""

    host: str
    port: int
    tls: str = "starttls"
    user: str | None = None
    password: Secret | None = field(default=None, repr=False)
    cafile: str | None = None
    sender: str | None = None
    timeout: float = TIMEOUT

    @property
    def where(self) -> str:
        return f"{self.host}:{self.port}"


def from_environ(environ: dict[str, str] | None = None) -> Settings:
    """The settings from the environment; :class:`SettingsError` naming the variable at fault.

    An empty variable counts as unset (a CI secret that does not exist expands to nothing).
    """
    env = os.environ if environ is None else environ

    def get(name: str) -> str | None:
        value = env.get(name, "")
        return value.strip() or None

    host = get("BRIEF_SMTP_HOST")
    if host is None:
        raise SettingsError("BRIEF_SMTP_HOST is not set: --send needs the SMTP server's host name "
                            "(and BRIEF_SMTP_USER, BRIEF_SMTP_PASSWORD, BRIEF_SMTP_FROM; see the README)")
    tls = (get("BRIEF_SMTP_TLS") or "starttls").lower()
    if tls not in TLS_MODES:
        raise SettingsError(f"BRIEF_SMTP_TLS={tls!r}: choose starttls (the default), ssl or none")
    port_text = get("BRIEF_SMTP_PORT")
    if port_text is None:
        port = 465 if tls == "ssl" else 587
    else:
        try:
            port = int(port_text)
        except ValueError:
            port = 0
        if not 1 <= port <= 65535:
            raise SettingsError(f"BRIEF_SMTP_PORT={port_text!r}: expected a port number such as 587")
    user = get("BRIEF_SMTP_USER")
    raw_password = env.get("BRIEF_SMTP_PASSWORD", "")
    password = Secret(raw_password) if raw_password else None
    if user and password is None:
        raise SettingsError("BRIEF_SMTP_USER is set but BRIEF_SMTP_PASSWORD is not")
    if password is not None and not user:
        raise SettingsError("BRIEF_SMTP_PASSWORD is set but BRIEF_SMTP_USER is not")
    if password is not None and tls == "none":
        raise SettingsError("BRIEF_SMTP_TLS=none would send the password in clear: use starttls or ssl, "
                            "or no credentials (a trusted local relay)")
    cafile = get("BRIEF_SMTP_CAFILE")
    if cafile is not None:
        if tls == "none":
            raise SettingsError("BRIEF_SMTP_CAFILE is set but BRIEF_SMTP_TLS=none: no certificate would be checked")
        try:
            tls_context(cafile)
        except (OSError, ssl.SSLError) as exc:
            reason = getattr(exc, "strerror", None) or getattr(exc, "reason", None) or str(exc)
            raise SettingsError(f"BRIEF_SMTP_CAFILE={cafile}: cannot load it as PEM certificates ({reason})") from None
    sender = get("BRIEF_SMTP_FROM")
    timeout_text = get("BRIEF_SMTP_TIMEOUT")
    try:
        timeout = TIMEOUT if timeout_text is None else float(timeout_text)
    except ValueError:
        timeout = -1.0
    if not 0 < timeout <= MAX_TIMEOUT:  # also refuses nan
        raise SettingsError(f"BRIEF_SMTP_TIMEOUT={timeout_text!r}: expected seconds per network operation, "
                            f"more than 0 and at most {MAX_TIMEOUT:g} (default {TIMEOUT:g})")
    return Settings(host, port, tls, user, password, cafile, sender, timeout)


def tls_context(cafile: str | None) -> ssl.SSLContext:
    """Certificates checked, host names checked, TLS 1.2 at least: the system's CAs, plus
    ``cafile``'s when given (a company CA, a test's)."""
    context = ssl.create_default_context()
    context.minimum_version = ssl.TLSVersion.TLSv1_2
    if cafile:
        context.load_verify_locations(cafile=cafile)
    return context


@dataclass
class Outcome:
    """What became of one recipient: sent, refused (5xx), or deferred (4xx after every retry)."""

    status: str  # sent | refused | deferred
    code: int | None = None
    reply: str = ""


class Transport:
    """One SMTP connection, opened when first needed, reopened if the server drops it or says
    421 (closing the channel)."""

    def __init__(self, settings: Settings, timeout: float | None = None,
                 delays: tuple[float, ...] | None = None, sleep: Callable[[float], None] | None = None):
        self.settings = settings
        # Read when the transport is made, not when this module is: tests shorten the delays.
        self.timeout = settings.timeout if timeout is None else timeout
        self.delays = RETRY_DELAYS if delays is None else delays
        self.sleep = time.sleep if sleep is None else sleep
        self._conn: smtplib.SMTP | None = None
        secrets = []
        if settings.password:
            secret = settings.password.reveal()
            user = settings.user or ""
            secrets = [secret,
                       base64.b64encode(secret.encode("utf-8")).decode("ascii"),
                       base64.b64encode(f"\0{user}\0{secret}".encode()).decode("ascii"),
                       base64.b64encode(f"{user}\0{user}\0{secret}".encode()).decode("ascii")]
        # Kept as Secrets too: a dump of this object (a debugger, a log of locals) shows ***.
        self._secrets = [Secret(s) for s in sorted((s for s in secrets if s), key=len, reverse=True)]

    # Connection ----------------------------------------------------------------------------

    def scrub(self, text: str) -> str:
        """``text`` without the password in any form smtplib may have sent it."""
        for secret in self._secrets:
            text = text.replace(secret.reveal(), "***")
        return text

    def _fail(self, message: str, kind=TransportError) -> TransportError:
        return kind(self.scrub(message))

    def connect(self) -> None:
        """Open, secure and authenticate the connection; :class:`TransportError` if it cannot be."""
        s = self.settings
        context = tls_context(s.cafile) if s.tls != "none" else None
        local = socket.gethostname() or "localhost"  # getfqdn() may wait on DNS for seconds
        conn: smtplib.SMTP
        try:
            if s.tls == "ssl":
                conn = smtplib.SMTP_SSL(s.host, s.port, local_hostname=local, timeout=self.timeout, context=context)
            else:
                conn = smtplib.SMTP(s.host, s.port, local_hostname=local, timeout=self.timeout)
        except Exception as exc:  # noqa: BLE001 — every way of not reaching the server gets words
            raise self._fail(f"cannot connect to the SMTP server {s.where}: {_reason(exc, self.timeout)}") from None
        try:
            self._ehlo(conn)
            if s.tls == "starttls":
                if not conn.has_extn("starttls"):
                    conn.close()
                    raise self._fail(f"the SMTP server {s.where} does not offer STARTTLS: left at once, no credential "
                                     "or message sent in clear (BRIEF_SMTP_TLS=ssl for a server that speaks TLS "
                                     "from the start)")
                conn.starttls(context=context)
                self._ehlo(conn)
            if s.user:
                if not conn.has_extn("auth"):
                    conn.close()
                    raise self._fail(f"the SMTP server {s.where} offers no authentication (AUTH) to log in "
                                     f"as {s.user}")
                offered = conn.esmtp_features.get("auth", "").upper().split()
                mechanism = next((m for m in MECHANISMS if m in offered), None)
                if mechanism is None:
                    conn.close()
                    raise self._fail(f"the SMTP server {s.where} offers no login mechanism brief uses (it offers "
                                     f"{' '.join(offered) or 'none'}; brief logs in with "
                                     f"{' or '.join(MECHANISMS)}, over TLS): nothing was sent")
                assert s.password is not None, "settings() pairs a user with a password"
                try:
                    _login(conn, mechanism, s.user, s.password)
                except smtplib.SMTPAuthenticationError as exc:
                    conn.close()
                    raise self._fail(f"authentication failed on {s.where} for user {s.user}: {_reply(exc)} "
                                     "(check BRIEF_SMTP_USER and BRIEF_SMTP_PASSWORD)",
                                     AuthenticationFailed) from None
                except smtplib.SMTPException as exc:
                    conn.close()
                    raise self._fail(f"authentication failed on {s.where} for user {s.user}: {_reason(exc, self.timeout)}",
                                     AuthenticationFailed) from None
        except TransportError:
            raise
        except Exception as exc:  # noqa: BLE001
            try:
                conn.close()
            except Exception:  # noqa: BLE001
                pass
            raise self._fail(f"cannot use the SMTP server {s.where}: {_reason(exc, self.timeout)}") from None
        self._conn = conn

    def _ehlo(self, conn: smtplib.SMTP) -> None:
        """EHLO; a 421 (the server closing the channel, RFC 5321 §3.8: too busy, shutting down)
        ends the connection here, rather than reading as a server without STARTTLS or AUTH."""
        code, reply = conn.ehlo()
        if code == 421:
            conn.close()
            raise self._fail(f"the SMTP server {self.settings.where} is not available: {code} {_text(reply)}".strip())

    def _connection(self) -> smtplib.SMTP:
        if self._conn is None or self._conn.sock is None:
            self._conn = None
            self.connect()
        assert self._conn is not None, "connect() opens a connection or raises"
        return self._conn

    def _drop(self) -> None:
        """Forget a connection in an unknown state (the next message opens a new one)."""
        if self._conn is not None:
            try:
                self._conn.close()
            except Exception:  # noqa: BLE001
                pass
        self._conn = None

    def close(self) -> None:
        """Say QUIT if the connection is still open; never raises."""
        if self._conn is not None:
            try:
                self._conn.quit()
            except Exception:  # noqa: BLE001
                try:
                    self._conn.close()
                except Exception:  # noqa: BLE001
                    pass
            self._conn = None

    # Sending -------------------------------------------------------------------------------

    def send(self, sender: str, data: bytes, recipients: list[str]) -> dict[str, Outcome]:
        """Send ``data`` to ``recipients``; the outcome for each.  A 4xx is retried (for the
        recipients it concerns) after each of :attr:`delays`; a 5xx is final; a server that took
        the whole message and never answered leaves it *unknown* (never sent again here: it may
        have been delivered).  A "452 too many recipients" sends to those accepted and the others
        in the next transaction at once (RFC 5321 §4.5.3.1.10).  Raises :class:`TransportError`
        only when the server cannot be used at all."""
        outcomes: dict[str, Outcome] = {}
        pending = list(dict.fromkeys(recipients))
        last: dict[str, Outcome] = {}
        for attempt in range(len(self.delays) + 1):
            if attempt:
                self.sleep(self.delays[attempt - 1])
            retry: list[str] = []
            batch = pending
            while batch:
                batch, deferred = self._attempt(sender, data, batch, outcomes, last)
                retry += deferred
            pending = retry
            if not pending:
                break
        for address in pending:
            outcomes[address] = last.get(address) or Outcome("deferred", None, "not accepted")
        return outcomes

    def _attempt(self, sender: str, data: bytes, pending: list[str], outcomes: dict[str, Outcome],
                 last: dict[str, Outcome]) -> tuple[list[str], list[str]]:
        """One transaction: final outcomes go to ``outcomes``, the latest transient one of each
        recipient to ``last``; returns (the recipients for a next transaction now — after a 452
        too many recipients —, those to retry later)."""
        conn = self._connection()
        accepted = True  # the transaction went through, for every recipient not refused
        later: list[str] = []
        try:
            refused, later = _transaction(conn, sender, pending, data)
        except smtplib.SMTPRecipientsRefused as exc:
            # Every recipient refused, or a 421 (the server closing) after some RCPTs: either
            # way no DATA was sent, and those not refused were not reached yet.
            refused, accepted = exc.recipients, False
            if any(code == 421 for code, _ in refused.values()):
                self._drop()  # the server is closing this channel: the retry opens a new one
        except (smtplib.SMTPSenderRefused, smtplib.SMTPDataError) as exc:
            code, reply = exc.smtp_code, self.scrub(_text(exc.smtp_error))
            if code == 421:
                self._drop()
            stage = "MAIL FROM" if isinstance(exc, smtplib.SMTPSenderRefused) else "DATA"
            outcome = Outcome("refused" if code >= 500 else "deferred", code, f"{stage}: {code} {reply}".strip())
            if code >= 500:
                outcomes.update({r: outcome for r in pending})
                return [], []
            last.update({r: outcome for r in pending})
            return [], list(pending)
        except Unanswered as exc:
            # The whole message went out and no answer came: the server may have accepted it.
            # Sending it again could deliver it twice; the caller records it as unknown.
            self._drop()
            outcome = Outcome("unknown", None, self.scrub(
                f"the message was sent whole but the server did not confirm it ({_reason(exc.cause, self.timeout)}): "
                "it may have been delivered"))
            outcomes.update({r: outcome for r in exc.accepted})
            refused = exc.refused
            for address in pending:
                if address not in exc.accepted and address not in refused:
                    later.append(address)  # after a 452: not part of that transaction
            accepted = False
            pending = [r for r in pending if r not in exc.accepted and r not in later]
        except (smtplib.SMTPServerDisconnected, OSError) as exc:
            # The connection dropped before the message was whole: nothing was accepted; try again on a new one.
            self._drop()
            outcome = Outcome("deferred", None, self.scrub(f"connection lost: {_reason(exc, self.timeout)}"))
            last.update({r: outcome for r in pending})
            return [], list(pending)
        except smtplib.SMTPException as exc:  # anything else smtplib may raise: final for this message
            self._drop()
            outcome = Outcome("refused", None, self.scrub(_reason(exc, self.timeout)))
            outcomes.update({r: outcome for r in pending})
            return [], []
        still = []
        for address in pending:
            if address in later:
                continue
            if address in refused:
                code, reply = refused[address]
                outcome = Outcome("refused" if code >= 500 else "deferred", code,
                                  self.scrub(f"RCPT TO: {code} {_text(reply)}").strip())
                if code >= 500:
                    outcomes[address] = outcome
                else:
                    still.append(address)
                    last[address] = outcome
            elif accepted:
                outcomes[address] = Outcome("sent", 250)
            else:
                still.append(address)
                last.setdefault(address, Outcome("deferred", None, "not reached: the server ended the transaction"))
        return later, still


class Unanswered(Exception):
    """DATA was sent whole and the server's answer never came (a time-out, a dropped line)."""

    def __init__(self, accepted: list[str], refused: dict, cause: BaseException):
        super().__init__("no answer after DATA")
        self.accepted, self.refused, self.cause = accepted, refused, cause


TOO_MANY_RECIPIENTS = 452


def _transaction(conn: smtplib.SMTP, sender: str, recipients: list[str], data: bytes) -> tuple[dict, list[str]]:
    """One SMTP transaction, as ``sendmail`` makes it (the same exceptions), but knowing where it
    stands: a "452 too many recipients" after some were accepted ends the RCPTs (the others are
    returned, for the next transaction), and a reply that never comes once the whole message was
    sent raises :class:`Unanswered` rather than a lost connection.  Returns (refused, later)."""
    options = [f"SIZE={len(data)}"] if getattr(conn, "does_esmtp", False) and conn.has_extn("size") else []
    code, reply = conn.mail(sender, options)
    if code != 250:
        _abandon(conn, code)
        raise smtplib.SMTPSenderRefused(code, reply, sender)
    refused: dict[str, tuple[int, bytes]] = {}
    accepted: list[str] = []
    later: list[str] = []
    for i, address in enumerate(recipients):
        code, reply = conn.rcpt(address)
        if code in (250, 251):
            accepted.append(address)
            continue
        if code == TOO_MANY_RECIPIENTS and accepted:
            later = recipients[i:]
            break
        refused[address] = (code, reply)
        if code == 421:
            conn.close()
            raise smtplib.SMTPRecipientsRefused(refused)
    if not accepted:
        _abandon(conn, 0)
        raise smtplib.SMTPRecipientsRefused(refused)
    code, reply = conn.docmd("data")
    if code != 354:
        _abandon(conn, code)
        raise smtplib.SMTPDataError(code, reply)
    conn.send(_payload(data))
    try:
        code, reply = conn.getreply()
    except (smtplib.SMTPServerDisconnected, OSError) as exc:
        raise Unanswered(accepted, refused, exc) from None
    if code != 250:
        _abandon(conn, code)
        raise smtplib.SMTPDataError(code, reply)
    return refused, later


def _abandon(conn: smtplib.SMTP, code: int) -> None:
    """End a transaction that failed: close on a 421 (the server is closing), else RSET."""
    try:
        if code == 421:
            conn.close()
        else:
            conn.rset()
    except (smtplib.SMTPException, OSError):
        conn.close()


def _payload(data: bytes) -> bytes:
    """The message as DATA sends it: lines starting with a dot doubled, CRLF and a dot at the end."""
    lines = data.replace(b"\r\n", b"\n").split(b"\n")
    if lines and lines[-1] == b"":
        lines.pop()
    return b"".join((b"." + line if line.startswith(b".") else line) + b"\r\n" for line in lines) + b".\r\n"


def _login(conn: smtplib.SMTP, mechanism: str, user: str, password: Secret) -> None:
    """Log in once, with ``mechanism`` (PLAIN or LOGIN), and stop at the first refusal.

    Not smtplib's ``login``: after a refusal it tries every other mechanism the server offers, so
    one wrong password counts as two or three failed logins (accounts are locked after a few), and
    it encodes credentials as ASCII (a password with an é fails before a byte is sent).  Here they
    go as UTF-8, as RFC 4616 (PLAIN) specifies, and the password is never handed to smtplib, which
    would keep it on the connection; the encoded credentials are dropped once sent."""
    b64 = lambda data: base64.b64encode(data).decode("ascii")  # noqa: E731
    secret = password.reveal().encode("utf-8")
    try:
        if mechanism == "PLAIN":
            credentials = b64(b"\0" + user.encode("utf-8") + b"\0" + secret)
            code, reply = conn.docmd("AUTH", "PLAIN " + credentials)
            if code == 334:  # a server that ignored the initial response asks for it
                code, reply = conn.docmd(credentials)
        else:
            code, reply = conn.docmd("AUTH", "LOGIN " + b64(user.encode("utf-8")))
            if code == 334:
                credentials = b64(secret)
                code, reply = conn.docmd(credentials)
    finally:
        secret, credentials = b"", ""  # noqa: F841 — no copy outlives the exchange
    if code != 235:
        raise smtplib.SMTPAuthenticationError(code, reply)


def _text(reply) -> str:
    if isinstance(reply, bytes):
        return reply.decode("utf-8", "replace")
    return str(reply)


def _reply(exc: smtplib.SMTPResponseException) -> str:
    return f"{exc.smtp_code} {_text(exc.smtp_error)}".strip()


def _reason(exc: BaseException, timeout: float) -> str:
    """An exception in words a CI log reader acts on."""
    if isinstance(exc, ssl.SSLCertVerificationError):
        return (f"the server's certificate is not trusted ({exc.verify_message or exc.reason}); "
                "if your server uses a private CA, give its certificate in BRIEF_SMTP_CAFILE")
    if isinstance(exc, ssl.SSLError):
        return f"TLS failed ({exc.reason or exc})"
    if isinstance(exc, (socket.timeout, TimeoutError)):
        return f"no answer within {timeout:g} s"
    if isinstance(exc, ConnectionRefusedError):
        return "connection refused (is the host or BRIEF_SMTP_PORT right?)"
    if isinstance(exc, socket.gaierror):
        return f"unknown host ({exc.strerror or exc})"
    if isinstance(exc, smtplib.SMTPResponseException):
        return _reply(exc)
    if isinstance(exc, smtplib.SMTPServerDisconnected) and "timed out" in str(exc):
        return f"no answer within {timeout:g} s"  # smtplib's word for a reply that never came
    if isinstance(exc, smtplib.SMTPServerDisconnected):
        return f"the server closed the connection ({exc or 'no reason given'})"
    if isinstance(exc, OSError):
        return exc.strerror or str(exc) or type(exc).__name__
    return f"{type(exc).__name__}: {exc}"
