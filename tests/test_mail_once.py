"""At most once per ledger: concurrent runs on one ledger, a server that takes the message and
never answers, a server that takes a few recipients per transaction — against the real SMTP server
of :mod:`tests.smtp_server` (127.0.0.1 only)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import ROOT
from tests.smtp_server import Server
from tests.test_mail import DISTRIBUTION, mail, use, write_brief

pytestmark = pytest.mark.usefixtures("clean_mail_environment")


def start(server: Server, tmp_path: Path, *args: str) -> subprocess.Popen:
    """``brief mail`` in a process of its own, as two CI jobs would run it."""
    env = {**os.environ, **server.environ(), "PYTHONPATH": str(ROOT)}
    return subprocess.Popen([sys.executable, "-m", "exporter", "mail", *args], cwd=tmp_path, env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)


def finish(*runs: subprocess.Popen) -> list[tuple[int, str]]:
    return [(run.wait(timeout=240), run.stdout.read()) for run in runs]


def deliveries(path: Path) -> list[dict]:
    return json.loads(path.read_text("utf-8"))["deliveries"]


def test_two_runs_at_once_on_one_ledger_send_each_message_once(server, tmp_path):
    brief = write_brief(tmp_path / "briefs", "memo-a", DISTRIBUTION)
    server.mailbox.slow_data = 0.5  # the runs overlap for sure
    outcomes = finish(*(start(server, tmp_path, str(brief), "--send", "--ledger", "ledger.json") for _ in range(2)))
    assert all(code == 0 for code, _ in outcomes), outcomes
    assert len(server.mailbox.received) == 2  # one message per language (fr, en), each once
    assert sorted(r for _, rs, _ in server.mailbox.received for r in rs) == ["jeanne.martin@example.fr", "john.doe@example.org"]
    assert any("already had theirs" in out for _, out in outcomes)
    assert (tmp_path / "ledger.json.lock").exists() and len(deliveries(tmp_path / "ledger.json")) == 2


def test_two_runs_at_once_to_different_readers_both_stay_in_the_ledger(server, tmp_path):
    brief = write_brief(tmp_path / "briefs", "memo-a")
    runs = [start(server, tmp_path, str(brief), "--send", "--ledger", "ledger.json", "--locale", "en", "--to", to)
            for to in ("first@example.org", "second@example.org")]
    assert all(code == 0 for code, _ in finish(*runs))
    assert sorted(d["recipient"] for d in deliveries(tmp_path / "ledger.json")) == ["first@example.org", "second@example.org"]


def test_a_message_the_server_never_confirms_is_unknown_and_not_sent_again(server, monkeypatch, tmp_path):
    server.mailbox.slow_data = 2.5
    use(monkeypatch, {**server.environ(), "BRIEF_SMTP_TIMEOUT": "1"})
    brief = str(write_brief(tmp_path / "briefs", "memo-a"))
    args = [brief, "--send", "--ledger", "ledger.json", "--locale", "en", "--to", "desk@example.org"]
    first = mail(*args, "--report", "r.json")
    assert len(server.mailbox.received) == 1 and server.mailbox.data_attempts == 1   # once, not four times
    assert first.exit_code == 1 and "unknown" in first.output and "not sent again unless --resend-unknown" in first.output
    [message] = json.loads((tmp_path / "r.json").read_text("utf-8"))["messages"]
    assert message["status"] == "unknown" and message["recipients"][0]["status"] == "unknown"
    [entry] = deliveries(tmp_path / "ledger.json")
    assert entry["status"] == "unknown" and entry["recipient"] == "desk@example.org"

    again = mail(*args)
    assert again.exit_code == 1 and "never confirmed" in again.output and "--resend-unknown" in again.output
    assert len(server.mailbox.received) == 1

    server.mailbox.slow_data = 0
    resent = mail(*args, "--resend-unknown")
    assert resent.exit_code == 0, resent.output
    assert len(server.mailbox.received) == 2
    [entry] = deliveries(tmp_path / "ledger.json")
    assert entry.get("status", "sent") == "sent"
    assert mail(*args).exit_code == 0 and len(server.mailbox.received) == 2
    assert mail(brief, "--send", "--resend-unknown", "--to", "desk@example.org").exit_code == 2  # needs --ledger


def test_452_too_many_recipients_splits_them_into_transactions(server, monkeypatch, tmp_path):
    server.mailbox.max_recipients = 2
    use(monkeypatch, server.environ())
    readers = [f"reader{i}@example.org" for i in range(9)]
    args = [str(write_brief(tmp_path / "briefs", "memo-a")), "--send", "--locale", "en"]
    result = mail(*args, *(x for r in readers for x in ("--to", r)))
    assert result.exit_code == 0, result.output
    assert [rs for _, rs, _ in server.mailbox.received] == [readers[i:i + 2] for i in range(0, 9, 2)]
    assert sum(server.mailbox.rcpt_attempts.values()) == 9 + 4   # one 452 per split; no retry
