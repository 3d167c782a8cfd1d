"""A real SMTP server for the tests: aiosmtpd on 127.0.0.1, STARTTLS on a certificate made by the
test (trustme), AUTH required, and a mailbox that can refuse, defer and record what it got."""

from __future__ import annotations

import asyncio
import socket
import ssl
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import pytest
import trustme
from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult

USER = "ci-bot"
PASSWORD = "Corr3ct-h0rse:b@ttery\u00e9"  # with a colon and a non-ASCII letter, as real ones may have


def free_port() -> int:
    """A TCP port nobody listens on at the moment of asking."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@dataclass
class Mailbox:
    """The server's side: what it accepted, and what it is told to refuse."""

    refuse: set[str] = field(default_factory=set)  # 550 at RCPT
    defer_once: set[str] = field(default_factory=set)  # 451 at the first RCPT, then accepted
    defer_always: set[str] = field(default_factory=set)  # 451 at every RCPT
    closing_once: set[str] = field(default_factory=set)  # 421 (the server closing) at the first RCPT
    data_failures: int = 0  # this many 451 at DATA before accepting
    slow_data: float = 0.0  # seconds to wait, the message received, before answering DATA
    max_recipients: int | None = None  # "452 too many recipients" past this many in one transaction
    auth_reply: str | None = None  # a custom 535 text (a server that echoes what it got)
    received: list[tuple[str, list[str], bytes]] = field(default_factory=list)
    rcpt_attempts: Counter = field(default_factory=Counter)
    data_attempts: int = 0
    auth_attempts: int = 0
    auth_mechanisms: list[str] = field(default_factory=list)  # the mechanism of each AUTH, in order
    ehlos: int = 0
    busy_ehlos: int = 0  # this many EHLOs answered 421 (too busy: closing the channel)

    async def handle_EHLO(self, server, session, envelope, hostname, responses):
        self.ehlos += 1
        if self.busy_ehlos > 0:
            self.busy_ehlos -= 1
            return ["421 4.3.2 Too many connections, try again later"]
        session.host_name = hostname
        return responses

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        self.rcpt_attempts[address] += 1
        if self.max_recipients is not None and len(envelope.rcpt_tos) >= self.max_recipients:
            return "452 4.5.3 Too many recipients"
        if address in self.closing_once and self.rcpt_attempts[address] == 1:
            return "421 4.3.2 Service shutting down, try again"
        if address in self.refuse:
            return "550 5.1.1 No such user here"
        if address in self.defer_always or (address in self.defer_once and self.rcpt_attempts[address] == 1):
            return "451 4.2.1 Mailbox busy, try again later"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):
        self.data_attempts += 1
        if self.data_failures > 0:
            self.data_failures -= 1
            return "451 4.3.0 Temporary local problem, try again"
        self.received.append((envelope.mail_from, list(envelope.rcpt_tos), envelope.original_content))
        if self.slow_data:
            await asyncio.sleep(self.slow_data)
        return "250 2.0.0 Message accepted for delivery"

    def authenticate(self, server, session, envelope, mechanism, auth_data):
        self.auth_attempts += 1
        self.auth_mechanisms.append(mechanism)
        if self.auth_reply is not None:  # a server that echoes what it got in its refusal
            return AuthResult(success=False, handled=False, message=self.auth_reply)
        if auth_data.login == USER.encode() and auth_data.password == PASSWORD.encode("utf-8"):
            return AuthResult(success=True)
        return AuthResult(success=False, handled=False)  # the server answers 535


class Server:
    """A running server and what a client needs to trust it (``cafile``)."""

    def __init__(self, tmp: Path, *, starttls: bool = True, implicit_tls: bool = False,
                 trusted: bool = True, names: tuple[str, ...] = ("127.0.0.1", "localhost"),
                 exclude_auth: tuple[str, ...] = ()):
        self.mailbox = Mailbox()
        ca = trustme.CA()
        issuer = ca if trusted else trustme.CA()  # an untrusted server: signed by a CA nobody gave us
        context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
        issuer.issue_cert(*names).configure_cert(context)
        self.cafile = tmp / "ca.pem"
        ca.cert_pem.write_to_path(str(self.cafile))
        self.port = free_port()
        kwargs = dict(hostname="127.0.0.1", port=self.port, authenticator=self.mailbox.authenticate,
                      auth_required=True, auth_require_tls=starttls, auth_exclude_mechanism=exclude_auth)
        if implicit_tls:
            kwargs["ssl_context"] = context
        elif starttls:
            kwargs.update(tls_context=context, require_starttls=True)
        self.controller = Controller(self.mailbox, **kwargs)
        self.controller.start()

    def stop(self) -> None:
        self.controller.stop()

    def environ(self, tls: str = "starttls", password: str = PASSWORD) -> dict[str, str]:
        """The BRIEF_SMTP_* settings a CI job would set for this server."""
        return {"BRIEF_SMTP_HOST": "127.0.0.1", "BRIEF_SMTP_PORT": str(self.port), "BRIEF_SMTP_USER": USER,
                "BRIEF_SMTP_PASSWORD": password, "BRIEF_SMTP_TLS": tls, "BRIEF_SMTP_CAFILE": str(self.cafile),
                "BRIEF_SMTP_FROM": "Sahel Monitoring Unit <memos@example.org>"}


# Fixtures for the mail tests (tests/conftest.py loads this module as a plugin): a module uses
# ``pytestmark = pytest.mark.usefixtures("clean_mail_environment")`` and asks for ``server``.
@pytest.fixture
def clean_mail_environment(tmp_path, monkeypatch):
    """In a temporary folder, no SMTP settings but the test's, and retries without waiting."""
    import os

    from exporter.mail import smtp

    monkeypatch.chdir(tmp_path)
    for name in [n for n in os.environ if n.startswith("BRIEF_SMTP_")]:
        monkeypatch.delenv(name)
    monkeypatch.setattr(smtp, "RETRY_DELAYS", (0.01, 0.02, 0.04))


@pytest.fixture
def server(tmp_path):
    """A running server for one test, stopped after it."""
    running = Server(tmp_path)
    yield running
    running.stop()
