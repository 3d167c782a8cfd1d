"""No network, no shell, no eval anywhere on the path from brief to bytes.

The one module that connects is ``exporter/mail/smtp.py``, and only ``brief mail --send`` imports it."""

from __future__ import annotations

import re

from tests.conftest import ROOT

FORBIDDEN = [r"\beval\(", r"\bexec\(", r"\bsubprocess\b", r"\bos\.system\b", r"\bsocket\b", r"\burllib\.request\b",
             r"\bhttp\.client\b", r"\brequests\b", r"yaml\.load\(", r"yaml\.unsafe_load", r"\bpickle\.loads?\(",
             r"\bsmtplib\b", r"\bssl\b"]
NETWORK = {"exporter/mail/smtp.py": [r"\bsocket\b", r"\bsmtplib\b", r"\bssl\b"]}  # SMTP, for `brief mail --send`


def test_the_package_never_evaluates_runs_or_connects():
    offenders = []
    for path in (ROOT / "exporter").rglob("*.py"):
        for number, line in enumerate(path.read_text("utf-8").splitlines(), 1):
            code = line.split("#", 1)[0]
            allowed = NETWORK.get(str(path.relative_to(ROOT)), [])
            for pattern in FORBIDDEN:
                if pattern not in allowed and re.search(pattern, code):
                    offenders.append(f"{path.relative_to(ROOT)}:{number}: {line.strip()}")
    assert not offenders, offenders


def test_only_mail_with_send_imports_the_network_module():
    importers = []
    for path in (ROOT / "exporter").rglob("*.py"):
        for line in path.read_text("utf-8").splitlines():
            if re.search(r"^\s*(from exporter(\.mail)? import .*\bsmtp\b|from exporter(\.mail)?\.smtp import|import exporter(\.mail)?\.smtp)", line):
                importers.append(f"{path.relative_to(ROOT)}:{line.strip()}")
    assert importers and all(i.startswith(("exporter/cli.py:", "exporter/mail/dispatch.py:")) for i in importers), importers
    cli = (ROOT / "exporter" / "cli.py").read_text("utf-8")
    assert cli.count("from exporter.mail import smtp") == 1 and "    if send:\n        from exporter.mail import smtp" in cli
