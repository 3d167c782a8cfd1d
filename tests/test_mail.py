"""`brief mail --send` against a real SMTP server (aiosmtpd on 127.0.0.1, STARTTLS on a certificate
made here, AUTH required): every message received is parsed back as a reader's mail client would,
and the password is looked for everywhere it must never be."""

from __future__ import annotations

import base64
import email
import json
import pickle
import shutil
import smtplib
import socket
from email import policy
from email.message import EmailMessage
from email.utils import parsedate_to_datetime
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from exporter.cli import app
from exporter.mail import smtp
from tests.conftest import ARTICLE, SAMPLE, brief_text, docx_text, pdf_text
from tests.smtp_server import PASSWORD, USER, Server, free_port

runner = CliRunner()

SECRETS = [PASSWORD, base64.b64encode(PASSWORD.encode()).decode(),
           base64.b64encode(f"\0{USER}\0{PASSWORD}".encode()).decode()]


pytestmark = pytest.mark.usefixtures("clean_mail_environment")


def use(monkeypatch, environ: dict[str, str]) -> None:
    for name, value in environ.items():
        monkeypatch.setenv(name, value)


def write_brief(folder: Path, brief_id: str = "niger-us-cooperation", distribution: str = "",
                change: tuple[str, str] | None = None) -> Path:
    """The flagship brief under another id, beside the article it links, with a distribution list."""
    folder.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(ARTICLE, folder / ARTICLE.name)
    text = SAMPLE.read_text("utf-8").replace("id: niger-us-cooperation", f"id: {brief_id}")
    if change:
        assert change[0] in text
        text = text.replace(change[0], change[1])
    path = folder / f"{brief_id}.yaml"
    path.write_text(text.rstrip("\n") + "\n" + distribution, "utf-8")
    return path


DISTRIBUTION = """\
distribution:
  - name: Jeanne Martin
    address: jeanne.martin@example.fr
    language: fr
  - {name: {fr: Jean Dupont, en: John Doe}, address: john.doe@example.org, language: en, as: cc}
"""


def mail(*args: str):
    result = runner.invoke(app, ["mail", *args])
    assert "Traceback" not in result.output
    return result


def no_secret(*texts) -> None:
    for text in texts:
        if isinstance(text, bytes):
            text = text.decode("utf-8", "replace")
        for secret in SECRETS:
            assert secret not in text


def read_back(raw: bytes, brief_id: str, locale: str) -> email.message.EmailMessage:
    """A received message as a mail client reads it: headers, both bodies, attachments that open."""
    message = email.message_from_bytes(raw, policy=policy.default)
    for header in ("From", "Subject", "Date", "Message-ID", "MIME-Version"):
        assert message[header], header
    assert message["To"] or message["Cc"]
    assert message["From"] == "Sahel Monitoring Unit <memos@example.org>"
    assert parsedate_to_datetime(message["Date"]).tzinfo is not None
    assert message["Message-ID"].startswith("<") and message["Message-ID"].endswith("@example.org>")
    assert message["Auto-Submitted"] == "auto-generated" and "X-Unsent" not in message
    assert message["Content-Language"] == {"fr": "fr-FR", "en": "en-US"}[locale]
    plain = message.get_body(("plain",)).get_content()
    html = message.get_body(("html",)).get_content()
    assert "Molly Phee" in plain and "Molly\u00a0Phee" in html.replace(" ", "\u00a0") and f'lang="{message["Content-Language"]}"' in html
    attachments = {part.get_filename(): part for part in message.iter_attachments()}
    assert set(attachments) == {f"{brief_id}.{locale}.pdf", f"{brief_id}.{locale}.docx"}
    subject_word = "Washington"
    assert subject_word in message["Subject"]
    pdf = attachments[f"{brief_id}.{locale}.pdf"]
    assert pdf.get_content_type() == "application/pdf" and subject_word in pdf_text(pdf.get_content())
    docx = attachments[f"{brief_id}.{locale}.docx"]
    assert "wordprocessingml" in docx.get_content_type() and subject_word in docx_text(docx.get_content())
    no_secret(raw)
    return message


def test_one_brief_to_two_recipients(server, monkeypatch, tmp_path):
    use(monkeypatch, server.environ())
    path = write_brief(tmp_path / "briefs")
    result = mail(str(path), "--send", "--to", "Director <director@example.org>", "--to", "desk@example.org",
                  "--report", "report.json")
    assert result.exit_code == 0, result.output
    [(sender, recipients, raw)] = server.mailbox.received
    assert sender == "memos@example.org" and recipients == ["director@example.org", "desk@example.org"]
    message = read_back(raw, "niger-us-cooperation", "fr")
    assert message["To"] == "Director <director@example.org>, desk@example.org"
    assert message["Subject"].startswith("Niger : Washington")
    report = json.loads((tmp_path / "report.json").read_text("utf-8"))
    [entry] = report["messages"]
    assert entry["status"] == "sent" and entry["message_id"] == message["Message-ID"]
    assert entry["to"] == ["director@example.org", "desk@example.org"] and entry["language"] == "fr"
    assert entry["bytes"] == len(raw) and [a["name"] for a in entry["attachments"]] == [
        "niger-us-cooperation.fr.pdf", "niger-us-cooperation.fr.docx"]
    assert [r["status"] for r in entry["recipients"]] == ["sent", "sent"]
    assert result.output.strip().splitlines()[-1] == "1 message(s) sent to 2 recipient(s) from 1 brief(s)"
    no_secret(result.output, (tmp_path / "report.json").read_text("utf-8"))


def test_two_languages_to_two_recipients_from_the_distribution_list(server, monkeypatch, tmp_path):
    use(monkeypatch, server.environ())
    path = write_brief(tmp_path, distribution=DISTRIBUTION)
    result = mail(str(path), "--send", "--ledger", "ledger.json", "--report", "report.json")
    assert result.exit_code == 0, result.output
    got = {tuple(recipients): raw for _, recipients, raw in server.mailbox.received}
    assert set(got) == {("jeanne.martin@example.fr",), ("john.doe@example.org",)}
    french = read_back(got[("jeanne.martin@example.fr",)], "niger-us-cooperation", "fr")
    english = read_back(got[("john.doe@example.org",)], "niger-us-cooperation", "en")
    assert french["To"] == "Jeanne Martin <jeanne.martin@example.fr>" and "Cc" not in french
    assert english["Cc"] == "John Doe <john.doe@example.org>" and "To" not in english or not english["To"]
    assert english["Subject"].strip().startswith("Niger: Washington")  # folded whole onto its second line and "To: Director" in english.get_body(("plain",)).get_content()
    assert french["Message-ID"] != english["Message-ID"]
    ledger = json.loads((tmp_path / "ledger.json").read_text("utf-8"))
    assert {(d["brief"], d["language"], d["recipient"]) for d in ledger["deliveries"]} == {
        ("niger-us-cooperation", "fr", "jeanne.martin@example.fr"), ("niger-us-cooperation", "en", "john.doe@example.org")}
    for delivery in ledger["deliveries"]:
        message = french if delivery["language"] == "fr" else english
        assert delivery["message_id"] == message["Message-ID"]
        assert delivery["attachments"] == {part.get_filename(): __import__("hashlib").sha256(part.get_content()).hexdigest()
                                           for part in message.iter_attachments()}
        assert delivery["time"].endswith("Z") and len(delivery["time"]) == 20
    no_secret(result.output, (tmp_path / "ledger.json").read_bytes(), (tmp_path / "report.json").read_bytes())


@pytest.mark.parametrize("wrong", ["wrong-" + PASSWORD, "an-ASCII-one"])  # UTF-8 by hand; smtplib's login
def test_a_wrong_password_is_named_and_nothing_is_sent(server, monkeypatch, tmp_path, wrong):
    use(monkeypatch, server.environ(password=wrong))
    path = write_brief(tmp_path, distribution=DISTRIBUTION)
    result = mail(str(path), "--send", "--report", "report.json", "--ledger", "ledger.json", "--debug")
    assert result.exit_code == 1
    assert "authentication failed on 127.0.0.1" in result.output and "535" in result.output
    assert "nothing was sent" in result.output and "BRIEF_SMTP_PASSWORD" in result.output
    assert server.mailbox.received == [] and server.mailbox.data_attempts == 0
    report = json.loads((tmp_path / "report.json").read_text("utf-8"))
    assert report["stopped"].startswith("authentication failed")
    assert json.loads((tmp_path / "ledger.json").read_text("utf-8"))["deliveries"] == []
    for text in (result.output, (tmp_path / "report.json").read_text("utf-8")):
        no_secret(text)
        assert wrong not in text and base64.b64encode(f"\0{USER}\0{wrong}".encode()).decode() not in text


@pytest.mark.parametrize("wrong", ["wrong-" + PASSWORD, "an-ASCII-one"])
def test_a_wrong_password_is_one_failed_login_at_the_server(server, monkeypatch, tmp_path, wrong):
    # smtplib's login() tries each mechanism in turn after a refusal: one wrong password would be
    # two or three failed logins, and accounts get locked after a few.
    use(monkeypatch, server.environ(password=wrong))
    result = mail(str(write_brief(tmp_path)), "--send", "--to", "desk@example.org", "-l", "fr", "-l", "en")
    assert result.exit_code == 1 and "authentication failed" in result.output
    assert server.mailbox.auth_mechanisms == ["PLAIN"]  # once, with the first the server offers of PLAIN, LOGIN


def test_a_server_offering_only_login_gets_one_auth_login_in_utf8(tmp_path, monkeypatch):
    only_login = Server(tmp_path, exclude_auth=("PLAIN",))
    try:
        use(monkeypatch, only_login.environ())
        result = mail(str(write_brief(tmp_path)), "--send", "--to", "desk@example.org")
        assert result.exit_code == 0, result.output
        assert only_login.mailbox.auth_mechanisms == ["LOGIN"] and len(only_login.mailbox.received) == 1
        use(monkeypatch, only_login.environ(password="wrong"))
        assert mail(str(write_brief(tmp_path)), "--send", "--to", "desk@example.org").exit_code == 1
        assert only_login.mailbox.auth_mechanisms == ["LOGIN", "LOGIN"]
    finally:
        only_login.stop()


def test_after_login_the_connection_holds_no_password(server):
    transport = smtp.Transport(smtp.from_environ(server.environ()))
    transport.connect()
    try:
        no_secret(repr(vars(transport._conn)), repr(vars(transport)))
    finally:
        transport.close()


def test_a_server_echoing_the_credentials_in_its_reply_does_not_get_them_printed(server, monkeypatch, tmp_path):
    encoded = base64.b64encode(f"\0{USER}\0{PASSWORD}".encode()).decode()
    server.mailbox.auth_reply = f"535 5.7.8 Bad credentials {encoded} ({PASSWORD})"
    use(monkeypatch, server.environ())
    path = write_brief(tmp_path)
    result = mail(str(path), "--send", "--to", "desk@example.org", "--report", "report.json", "--debug")
    assert result.exit_code == 1 and "535 5.7.8 Bad credentials *** (***)" in result.output
    no_secret(result.output, (tmp_path / "report.json").read_text("utf-8"))


@pytest.mark.filterwarnings("ignore:Requiring AUTH while not requiring TLS")
def test_a_server_without_starttls_gets_no_credential_and_no_message(tmp_path, monkeypatch):
    plain = Server(tmp_path, starttls=False)
    try:
        use(monkeypatch, plain.environ())
        result = mail(str(write_brief(tmp_path)), "--send", "--to", "desk@example.org")
        assert result.exit_code == 1
        assert "does not offer STARTTLS" in result.output and "nothing was sent" in result.output
        assert plain.mailbox.auth_attempts == 0 and plain.mailbox.received == []
        no_secret(result.output)
    finally:
        plain.stop()


@pytest.mark.parametrize("case, names, reason", [
    ("another CA", ("127.0.0.1",), "certificate is not trusted"),
    ("another host", ("mail.example.org",), "certificate is not trusted"),
])
def test_an_untrusted_certificate_gets_nothing(tmp_path, monkeypatch, case, names, reason):
    untrusted = Server(tmp_path, trusted=case != "another CA", names=names)
    try:
        use(monkeypatch, untrusted.environ())
        result = mail(str(write_brief(tmp_path)), "--send", "--to", "desk@example.org")
        assert result.exit_code == 1 and reason in result.output, result.output
        assert ("Hostname mismatch" in result.output or "IP address mismatch" in result.output) == (case == "another host")
        assert "BRIEF_SMTP_CAFILE" in result.output
        assert untrusted.mailbox.auth_attempts == 0 and untrusted.mailbox.received == []
    finally:
        untrusted.stop()


@pytest.mark.filterwarnings("ignore:Requiring AUTH while not requiring TLS")  # aiosmtpd: implicit TLS is TLS
def test_implicit_tls_on_the_ssl_port(tmp_path, monkeypatch):
    tls = Server(tmp_path, starttls=False, implicit_tls=True)
    try:
        use(monkeypatch, tls.environ(tls="ssl"))
        result = mail(str(write_brief(tmp_path)), "--send", "--to", "desk@example.org")
        assert result.exit_code == 0, result.output
        [(_, _, raw)] = tls.mailbox.received
        read_back(raw, "niger-us-cooperation", "fr")
    finally:
        tls.stop()


def test_a_closed_port_fails_at_once_with_a_clear_message(tmp_path, monkeypatch):
    use(monkeypatch, {"BRIEF_SMTP_HOST": "127.0.0.1", "BRIEF_SMTP_PORT": str(free_port()), "BRIEF_SMTP_USER": USER,
                      "BRIEF_SMTP_PASSWORD": PASSWORD, "BRIEF_SMTP_FROM": "memos@example.org"})
    result = mail(str(write_brief(tmp_path)), "--send", "--to", "desk@example.org", "--report", "r.json")
    assert result.exit_code == 1
    assert "cannot connect to the SMTP server 127.0.0.1:" in result.output and "connection refused" in result.output
    assert json.loads((tmp_path / "r.json").read_text("utf-8"))["messages"][0]["status"] == "not-sent"
    no_secret(result.output)


def test_a_server_that_never_answers_times_out_after_brief_smtp_timeout(tmp_path, monkeypatch):
    with socket.socket() as silent:  # accepts connections (the backlog), never greets
        silent.bind(("127.0.0.1", 0))
        silent.listen(1)
        use(monkeypatch, {"BRIEF_SMTP_HOST": "127.0.0.1", "BRIEF_SMTP_PORT": str(silent.getsockname()[1]),
                          "BRIEF_SMTP_FROM": "memos@example.org", "BRIEF_SMTP_TIMEOUT": "0.3"})
        result = mail(str(write_brief(tmp_path)), "--send", "--to", "desk@example.org")
    assert result.exit_code == 1 and "no answer within 0.3 s" in result.output
    assert smtp.from_environ({"BRIEF_SMTP_HOST": "h"}).timeout == 10.0
    assert smtp.from_environ({"BRIEF_SMTP_HOST": "h", "BRIEF_SMTP_TIMEOUT": " 45 "}).timeout == 45.0


def test_a_broken_brief_in_a_folder_costs_only_itself(server, monkeypatch, tmp_path):
    use(monkeypatch, server.environ())
    folder = tmp_path / "briefs"
    write_brief(folder, "memo-a", DISTRIBUTION)
    write_brief(folder / "nested", "memo-b", DISTRIBUTION)
    (folder / "zz-broken.yaml").write_text(brief_text(id="broken", extra="""\
        distribution:
          - address: not-an-address
        """), "utf-8")
    result = mail("briefs", "--send", "--report", "report.json")
    assert result.exit_code == 1
    assert "briefs/zz-broken.yaml:12:5: distribution[0].address: 'not-an-address' is not an e-mail address" in result.output
    got = sorted((email.message_from_bytes(raw, policy=policy.default)["Subject"] is not None, r[0], raw.count(b"memo-a."))
                 for _, r, raw in server.mailbox.received)
    assert [(r, bool(a)) for _, r, a in got] == [("jeanne.martin@example.fr", False), ("jeanne.martin@example.fr", True),
                                                 ("john.doe@example.org", False), ("john.doe@example.org", True)]
    assert result.output.strip().splitlines()[-1] == "4 message(s) sent to 4 recipient(s); 1 of 3 brief(s) failed"
    report = json.loads((tmp_path / "report.json").read_text("utf-8"))
    assert report["failed"] == 1 and [e["file"] for e in report["errors"]] == ["briefs/zz-broken.yaml"]
    for _, recipients, raw in server.mailbox.received:
        brief_id = "memo-a" if b"memo-a." in raw else "memo-b"
        read_back(raw, brief_id, "fr" if recipients == ["jeanne.martin@example.fr"] else "en")
    no_secret(result.output, (tmp_path / "report.json").read_bytes())


def test_a_refused_recipient_is_reported_and_the_others_receive_the_memo(server, monkeypatch, tmp_path):
    server.mailbox.refuse.add("gone@example.org")
    use(monkeypatch, server.environ())
    path = write_brief(tmp_path)
    result = mail(str(path), "--send", "--to", "a@example.org", "--to", "gone@example.org", "--cc", "b@example.org",
                  "--ledger", "ledger.json", "--report", "report.json")
    assert result.exit_code == 1
    [(_, recipients, raw)] = server.mailbox.received
    assert recipients == ["a@example.org", "b@example.org"]
    read_back(raw, "niger-us-cooperation", "fr")
    assert "niger-us-cooperation (fr): gone@example.org refused: RCPT TO: 550 5.1.1 No such user here" in result.output
    [entry] = json.loads((tmp_path / "report.json").read_text("utf-8"))["messages"]
    assert entry["status"] == "partly-sent"
    assert {r["address"]: (r["status"], r["code"]) for r in entry["recipients"]} == {
        "a@example.org": ("sent", 250), "gone@example.org": ("refused", 550), "b@example.org": ("sent", 250)}
    ledger = json.loads((tmp_path / "ledger.json").read_text("utf-8"))
    assert sorted(d["recipient"] for d in ledger["deliveries"]) == ["a@example.org", "b@example.org"]
    assert result.output.strip().splitlines()[-1] == "1 message(s) sent to 2 recipient(s) from 1 brief(s); 1 recipient(s) refused"


def test_a_first_451_is_retried_and_the_memo_delivered_once(server, monkeypatch, tmp_path):
    server.mailbox.data_failures = 1
    use(monkeypatch, server.environ())
    result = mail(str(write_brief(tmp_path)), "--send", "--to", "desk@example.org", "--report", "r.json")
    assert result.exit_code == 0, result.output
    assert server.mailbox.data_attempts == 2 and len(server.mailbox.received) == 1
    read_back(server.mailbox.received[0][2], "niger-us-cooperation", "fr")


def test_a_451_for_one_recipient_retries_only_that_recipient(server, monkeypatch, tmp_path):
    server.mailbox.defer_once.add("busy@example.org")
    server.mailbox.defer_always.add("full@example.org")
    use(monkeypatch, server.environ())
    result = mail(str(write_brief(tmp_path)), "--send", "--to", "desk@example.org", "--to", "busy@example.org",
                  "--to", "full@example.org", "--report", "r.json")
    assert result.exit_code == 1
    assert [r for _, r, _ in server.mailbox.received] == [["desk@example.org"], ["busy@example.org"]]
    attempts = server.mailbox.rcpt_attempts
    assert (attempts["desk@example.org"], attempts["busy@example.org"], attempts["full@example.org"]) == (1, 2, 4)
    assert "full@example.org still refused after every retry: RCPT TO: 451 4.2.1" in result.output
    [entry] = json.loads((tmp_path / "r.json").read_text("utf-8"))["messages"]
    assert [r["status"] for r in entry["recipients"]] == ["sent", "sent", "deferred"]


def test_a_ledger_rerun_sends_nothing_and_a_changed_memo_is_sent_again(server, monkeypatch, tmp_path):
    use(monkeypatch, server.environ())
    folder = tmp_path / "briefs"
    write_brief(folder, "memo-a", DISTRIBUTION)
    write_brief(folder, "memo-b", DISTRIBUTION)
    first = mail("briefs", "--send", "--ledger", "cache/ledger.json")
    assert first.exit_code == 0, first.output
    assert len(server.mailbox.received) == 4
    ledger_bytes = (tmp_path / "cache" / "ledger.json").read_bytes()
    connections = server.mailbox.ehlos

    again = mail("briefs", "--send", "--ledger", "cache/ledger.json", "--report", "again.json")
    assert again.exit_code == 0, again.output
    assert len(server.mailbox.received) == 4 and server.mailbox.ehlos == connections  # not even connected
    assert "already sent: memo-a (fr) to jeanne.martin@example.fr" in again.output
    assert again.output.strip().splitlines()[-1] == "0 message(s) sent to 0 recipient(s) from 2 brief(s); 4 already had theirs"
    assert {m["status"] for m in json.loads((tmp_path / "again.json").read_text("utf-8"))["messages"]} == {"already-sent"}
    assert (tmp_path / "cache" / "ledger.json").read_bytes() == ledger_bytes

    write_brief(folder, "memo-b", DISTRIBUTION, change=("Molly Phee a dit avoir", "Molly Phee a redit avoir"))
    changed = mail("briefs", "--send", "--ledger", "cache/ledger.json")
    assert changed.exit_code == 0, changed.output
    resent = server.mailbox.received[4:]
    assert [r for _, r, _ in resent] == [["jeanne.martin@example.fr"]]  # only the French text changed
    assert "a redit" in email.message_from_bytes(resent[0][2], policy=policy.default).get_body(("plain",)).get_content()
    after = json.loads((tmp_path / "cache" / "ledger.json").read_text("utf-8"))["deliveries"]
    assert len(after) == 4 and len({d["message_id"] for d in after}) == 4
    resent_id = email.message_from_bytes(resent[0][2], policy=policy.default)["Message-ID"]
    assert [d["message_id"] for d in after if d["brief"] == "memo-b" and d["language"] == "fr"] == [resent_id]
    for _, recipients, raw in server.mailbox.received:
        read_back(raw, "memo-a" if b"memo-a." in raw else "memo-b",
                  "fr" if recipients == ["jeanne.martin@example.fr"] else "en")
    no_secret(first.output, again.output, changed.output, (tmp_path / "cache" / "ledger.json").read_bytes(),
              (tmp_path / "again.json").read_bytes())


def test_a_message_over_max_size_is_not_sent(server, monkeypatch, tmp_path):
    use(monkeypatch, server.environ())
    result = mail(str(write_brief(tmp_path)), "--send", "--to", "desk@example.org", "--max-size", "0.05")
    assert result.exit_code == 1 and "over 0.05 MB (--max-size): not sent" in result.output
    assert server.mailbox.received == [] and server.mailbox.ehlos == 0


@pytest.mark.parametrize("environ, args, message", [
    ({}, [], "BRIEF_SMTP_HOST is not set"),
    ({"BRIEF_SMTP_HOST": "  "}, [], "BRIEF_SMTP_HOST is not set"),
    ({"BRIEF_SMTP_TLS": "tls"}, [], "BRIEF_SMTP_TLS='tls': choose starttls"),
    ({"BRIEF_SMTP_TLS": "none"}, [], "BRIEF_SMTP_TLS=none would send the password in clear"),
    ({"BRIEF_SMTP_PASSWORD": ""}, [], "BRIEF_SMTP_USER is set but BRIEF_SMTP_PASSWORD is not"),
    ({"BRIEF_SMTP_PORT": "smtp"}, [], "BRIEF_SMTP_PORT='smtp'"),
    ({"BRIEF_SMTP_CAFILE": "missing.pem"}, [], "BRIEF_SMTP_CAFILE=missing.pem: cannot load it"),
    ({"BRIEF_SMTP_FROM": ""}, [], "no sender: give --from or set BRIEF_SMTP_FROM"),
    ({"BRIEF_SMTP_TIMEOUT": "soon"}, [], "BRIEF_SMTP_TIMEOUT='soon': expected seconds"),
    ({"BRIEF_SMTP_TIMEOUT": "0"}, [], "BRIEF_SMTP_TIMEOUT='0': expected seconds"),
    ({"BRIEF_SMTP_TIMEOUT": "-5"}, [], "BRIEF_SMTP_TIMEOUT='-5': expected seconds"),
    ({"BRIEF_SMTP_TIMEOUT": "nan"}, [], "BRIEF_SMTP_TIMEOUT='nan': expected seconds"),
    ({"BRIEF_SMTP_TIMEOUT": "3601"}, [], "BRIEF_SMTP_TIMEOUT='3601': expected seconds"),
    ({}, ["--to", "desk@example"], "--to 'desk@example': not an e-mail address"),
    ({}, ["--to", "a@example.org, b@example.org"], "repeat the option for several"),
    ({}, ["--out", "drafts"], "--out is the drafts' folder"),
    ({}, ["--locale", "xx_YY_ZZ"], "unknown locale"),
    ({}, ["--ledger", "corrupt.json"], "--ledger corrupt.json:1:2: not a ledger"),
])
def test_a_bad_command_line_or_missing_settings_exit_2_before_anything_is_sent(server, monkeypatch, tmp_path,
                                                                                environ, args, message):
    settings = server.environ()
    if environ == {}:
        settings.pop("BRIEF_SMTP_HOST") if message.startswith("BRIEF_SMTP_HOST") else None
    settings.update(environ)
    use(monkeypatch, settings)
    (tmp_path / "corrupt.json").write_text("{oops", "utf-8")
    result = mail(str(write_brief(tmp_path)), "--send", *(args or ["--to", "desk@example.org"]),
                  *(["--to", "desk@example.org"] if args and args[0] in ("--out", "--locale", "--ledger") else []))
    assert result.exit_code == 2, result.output
    assert message in result.output and result.output.count("\n") == 1
    assert server.mailbox.ehlos == 0
    no_secret(result.output)


def test_ledger_without_send_is_a_usage_error(tmp_path):
    result = mail(str(write_brief(tmp_path)), "--ledger", "l.json")
    assert result.exit_code == 2 and "add --send" in result.output


def test_the_password_never_shows_in_settings_or_errors():
    settings = smtp.from_environ({"BRIEF_SMTP_HOST": "mail.example.org", "BRIEF_SMTP_USER": USER,
                                  "BRIEF_SMTP_PASSWORD": PASSWORD})
    assert settings.port == 587 and settings.tls == "starttls"
    for shown in (repr(settings), str(settings), repr(settings.password), str(settings.password),
                  pickle.dumps(settings).decode("latin-1")):
        no_secret(shown)
    assert settings.password.reveal() == PASSWORD
    transport = smtp.Transport(settings)
    assert transport.scrub(f"AUTH PLAIN {SECRETS[2]} then {PASSWORD}") == "AUTH PLAIN *** then ***"
    assert smtp.from_environ({"BRIEF_SMTP_HOST": "h", "BRIEF_SMTP_TLS": "ssl"}).port == 465


# Drafts and the distribution list without sending ---------------------------------------------

def test_drafts_follow_the_distribution_list_and_stay_deterministic(tmp_path):
    path = write_brief(tmp_path, distribution=DISTRIBUTION)
    first = mail(str(path), "--out", "d1", "--report", "drafts.json")
    assert first.exit_code == 0, first.output
    assert sorted(p.name for p in (tmp_path / "d1").iterdir()) == ["niger-us-cooperation.en.eml",
                                                                 "niger-us-cooperation.fr.eml"]
    english = email.message_from_bytes((tmp_path / "d1" / "niger-us-cooperation.en.eml").read_bytes(),
                                       policy=policy.default)
    assert english["Cc"] == "John Doe <john.doe@example.org>" and english["X-Unsent"] == "1"
    assert "Message-ID" not in english
    assert mail(str(path), "--out", "d2").exit_code == 0
    for name in ("niger-us-cooperation.en.eml", "niger-us-cooperation.fr.eml"):
        assert (tmp_path / "d1" / name).read_bytes() == (tmp_path / "d2" / name).read_bytes()
    only_french = mail(str(path), "--out", "d3", "-l", "fr")
    assert [p.name for p in (tmp_path / "d3").iterdir()] == ["niger-us-cooperation.fr.eml"]
    report = json.loads((tmp_path / "drafts.json").read_text("utf-8"))
    assert {m["status"] for m in report["messages"]} == {"draft"} and only_french.exit_code == 0


def test_the_html_alternative_escapes_every_text(tmp_path):
    (tmp_path / "b.yaml").write_text(brief_text(subject='"<script>alert(1)</script> & <b>bold</b>"',
                                                summary='"<img src=x onerror=alert(1)> R&D"'), "utf-8")
    result = mail("b.yaml", "--out", "d", "--to", "desk@example.org")
    assert result.exit_code == 0, result.output
    message = email.message_from_bytes((tmp_path / "d" / "demo.en.eml").read_bytes(), policy=policy.default)
    html = message.get_body(("html",)).get_content()
    assert "<script>" not in html and "<img" not in html and "<b>" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt; &amp; &lt;b&gt;bold&lt;/b&gt;" in html
    assert "&lt;img src=x onerror=alert(1)&gt; R&amp;D" in html
    assert "<img src=x onerror=alert(1)> R&D" in message.get_body(("plain",)).get_content()


def test_a_distribution_list_is_checked_at_its_lines(tmp_path):
    (tmp_path / "b.yaml").write_text(brief_text(languages="en, fr", extra="""\
        distribution:
          - address: ok@example.org
          - {address: jane@example, as: bcc}
          - name: Nobody
            langage: fr
        """), "utf-8")
    result = runner.invoke(app, ["validate", "b.yaml"])
    assert result.exit_code == 1
    lines = [line for line in result.output.splitlines() if line.startswith("b.yaml")]
    assert lines == [
        "b.yaml:13:6: distribution[1].address: 'jane@example' is not an e-mail address such as jane.doe@example.org",
        "b.yaml:13:29: distribution[1].as: 'bcc' is not one of: to, cc",
        "b.yaml:14:5: distribution[2].address: required, but missing",
        "b.yaml:15:5: distribution[2].langage: unknown key 'langage' (did you mean 'language'?)",
    ]
    (tmp_path / "twice.yaml").write_text(brief_text(extra="""\
        distribution:
          - address: jane@example.org
          - address: Jane@Example.org
        """), "utf-8")
    twice = mail("twice.yaml", "--out", "d")
    assert twice.exit_code == 1
    assert "twice.yaml:13:5: distribution[1].address: Jane@Example.org is already listed in distribution[0]" in twice.output


def test_validate_refuses_a_reader_listed_twice_or_in_a_language_the_brief_lacks(tmp_path):
    # Checked when the brief is loaded, so `brief validate` (and export, and CI) refuses it, not
    # only `brief mail`; an address twice is one reader twice, whatever languages they ask for.
    (tmp_path / "b.yaml").write_text(brief_text(languages="fr, en", extra="""\
        distribution:
          - {address: desk@example.org, language: de}
          - {address: jane@example.org, language: fr}
          - {address: JANE@example.org, language: en}
          - {address: uk@example.org, language: en_GB}
          - {address: ca@example.org, language: fr-CA}
        """), "utf-8")
    result = runner.invoke(app, ["validate", "b.yaml"])
    assert result.exit_code == 1
    assert [line for line in result.output.splitlines() if line.startswith("b.yaml")] == [
        "b.yaml:12:33: distribution[0].language: the brief is not written in de (languages: fr, en)",
        "b.yaml:14:6: distribution[2].address: JANE@example.org is already listed in distribution[1]",
    ]
    drafts = mail("b.yaml", "--out", "d")
    assert drafts.exit_code == 1 and "distribution[0].language" in drafts.output and not (tmp_path / "d").exists()
    # A regional variant of a language the brief is written in is that language.
    (tmp_path / "ok.yaml").write_text(brief_text(languages="fr, en", extra="""\
        distribution:
          - {address: uk@example.org, language: en_GB}
          - {address: ca@example.org, language: fr-CA}
        """), "utf-8")
    assert runner.invoke(app, ["validate", "ok.yaml"]).exit_code == 0


def test_the_schema_describes_the_distribution_list():
    schema = json.loads(runner.invoke(app, ["schema"]).output)
    reader = schema["$defs"]["Reader"]
    assert schema["properties"]["distribution"]["items"] == {"$ref": "#/$defs/Reader"}
    assert reader["required"] == ["address"] and set(reader["properties"]) == {"address", "name", "language", "as"}
    assert reader["properties"]["as"]["enum"] == ["to", "cc"] and reader["properties"]["as"]["default"] == "to"


def test_a_locale_no_reader_wants_is_a_draft_for_nobody_and_nothing_to_send(server, monkeypatch, tmp_path):
    path = write_brief(tmp_path, distribution=DISTRIBUTION)
    draft = mail(str(path), "--out", "d", "-l", "en_GB")
    assert draft.exit_code == 0 and [p.name for p in (tmp_path / "d").iterdir()] == ["niger-us-cooperation.en_GB.eml"]
    message = email.message_from_bytes((tmp_path / "d" / "niger-us-cooperation.en_GB.eml").read_bytes(),
                                       policy=policy.default)
    assert message["To"] is None and message["Cc"] is None
    use(monkeypatch, server.environ())
    sent = mail(str(path), "--send", "-l", "en_GB")
    assert sent.exit_code == 1 and "nobody to send it to" in sent.output and "(no reader gets en_GB)" in sent.output
    assert server.mailbox.ehlos == 0


def test_a_421_after_some_recipients_counts_none_of_them_as_sent(server, monkeypatch, tmp_path):
    # smtplib gives up the transaction at a 421: the recipients accepted before it got nothing yet.
    server.mailbox.closing_once.add("second@example.org")
    use(monkeypatch, server.environ())
    result = mail(str(write_brief(tmp_path)), "--send", "--to", "first@example.org", "--to", "second@example.org",
                  "--to", "third@example.org", "--report", "r.json")
    assert result.exit_code == 0, result.output
    assert [r for _, r, _ in server.mailbox.received] == [["first@example.org", "second@example.org", "third@example.org"]]
    [entry] = json.loads((tmp_path / "r.json").read_text("utf-8"))["messages"]
    assert entry["status"] == "sent" and server.mailbox.ehlos >= 2  # a new connection after the 421


class FakeConnection:
    """An SMTP connection that answers a script: each transaction meets the next exception's
    reply at its stage (or accepts everyone), and stays open whatever it answered, as a server
    may leave it."""

    def __init__(self, script):
        self.script, self.sock, self.closed, self.calls = script, object(), False, 0
        self.step = None

    def has_extn(self, name):
        return False

    def _at(self, kind):
        if isinstance(self.step, kind):
            return self.step.smtp_code, self.step.smtp_error
        return None

    def mail(self, sender, options=()):
        self.calls += 1
        self.step = self.script.pop(0) if self.script else None
        return self._at(smtplib.SMTPSenderRefused) or (250, b"OK")

    def rcpt(self, address, options=()):
        if isinstance(self.step, smtplib.SMTPRecipientsRefused) and address in self.step.recipients:
            return self.step.recipients[address]
        return (250, b"OK")

    def docmd(self, command, args=""):
        return self._at(smtplib.SMTPDataError) or (354, b"go ahead")

    def send(self, data):
        pass

    def getreply(self):
        return (250, b"accepted")

    def rset(self):
        return (250, b"OK")

    def close(self):
        self.closed, self.sock = True, None

    def quit(self):
        self.close()


@pytest.mark.parametrize("stage, error", [
    ("MAIL FROM", smtplib.SMTPSenderRefused(421, b"4.3.2 Shutting down", "memos@example.org")),
    ("RCPT TO", smtplib.SMTPRecipientsRefused({"desk@example.org": (421, b"4.3.2 Shutting down")})),
    ("DATA", smtplib.SMTPDataError(421, b"4.3.2 Shutting down")),
])
def test_a_421_at_any_stage_drops_the_connection_and_the_retry_opens_a_new_one(stage, error):
    # 421: the server is closing the channel (RFC 5321 §3.8): the next attempt must not reuse it,
    # whether or not the library already closed it.
    transport = smtp.Transport(smtp.from_environ({"BRIEF_SMTP_HOST": "mail.example.org", "BRIEF_SMTP_TLS": "none"}),
                               delays=(0, 0), sleep=lambda _: None)
    opened = []

    def connect():
        opened.append(FakeConnection([error] if not opened else []))
        transport._conn = opened[-1]

    transport.connect = connect
    outcomes = transport.send("memos@example.org", b"Subject: x\r\n\r\nx\r\n", ["desk@example.org"])
    assert outcomes["desk@example.org"].status == "sent", stage
    assert len(opened) == 2 and opened[0].closed and opened[0].calls == 1 and opened[1].calls == 1


def test_a_server_too_busy_at_ehlo_is_named_and_gets_nothing(server, monkeypatch, tmp_path):
    server.mailbox.busy_ehlos = 1
    use(monkeypatch, server.environ())
    result = mail(str(write_brief(tmp_path)), "--send", "--to", "desk@example.org")
    assert result.exit_code == 1
    assert "SMTP server 127.0.0.1:" in result.output and "421 4.3.2 Too many connections" in result.output
    assert "STARTTLS" not in result.output  # not mistaken for a server without STARTTLS
    assert server.mailbox.auth_attempts == 0 and server.mailbox.received == []


def test_no_credential_hides_in_an_exception_chain(server):
    """The error carries no cause or context that a traceback would print with the server's words."""
    import traceback

    encoded = base64.b64encode(f"\0{USER}\0{PASSWORD}".encode()).decode()
    server.mailbox.auth_reply = f"535 5.7.8 Bad credentials {encoded} ({PASSWORD})"
    settings = smtp.from_environ(server.environ())
    transport = smtp.Transport(settings)
    with pytest.raises(smtp.AuthenticationFailed) as caught:
        transport.send("memos@example.org", b"Subject: x\r\n\r\nx\r\n", ["desk@example.org"])
    assert caught.value.__cause__ is None and caught.value.__suppress_context__
    no_secret("".join(traceback.format_exception(caught.value)), repr(caught.value), repr(transport.__dict__))
    assert server.mailbox.data_attempts == 0


@given(st.text(min_size=1, max_size=60), st.text(min_size=1, max_size=200))
def test_any_text_reaches_the_html_escaped_and_both_bodies_parse(subject, summary):
    from exporter.mail.compose import html_body, plain_body
    from exporter.tree import (
        Document,
        Furniture,
        Heading,
        Meta,
        Paragraph,
        RoutingBlock,
        Span,
    )

    document = Document(
        Meta(subject, subject, "Desk", (), "en-US", __import__("datetime").date(2024, 3, 5), "brief"),
        Furniture("", "en-US", "#000000", "#ffffff", False, "", "Page {page} of {pages}"),
        (RoutingBlock((("Subject:", (Span(subject),)),)), Heading(1, (Span("Summary"),), "s1"),
         Paragraph((Span(summary, lang="fr-FR"),))), "A4")
    page = html_body(document)
    text_only = __import__("re").sub(r"<[^>]*>", "", page)
    for raw in (subject, summary):
        assert __import__("html").unescape(text_only).count(raw) >= 1
    # every < and & of the brief is escaped: the markup left is only ours
    tags = __import__("re").findall(r"<(/?[a-zA-Z!][^>]*)>", page)
    assert {t.split()[0].lstrip("/") for t in tags} <= {"!DOCTYPE", "html", "head", "meta", "title", "body", "table",
                                                         "tr", "th", "td", "p", "span"}
    assert summary.strip() == "" or _plain(summary) in plain_body(document)


def _plain(text: str) -> str:
    return text.replace("\u202f", " ").replace("\u00a0", " ")


@pytest.mark.parametrize("convention, head, summary_at", [
    ("bilingual", "Subject: Niger: hold the US presence", "own paragraph"),
    ("us-state", "ACTION MEMO FOR DIRECTOR, WEST AFRICA", "BLUF: (SBU) In Niamey, Molly Phee said"),
    ("fr-diplomatie", "NOTE FOR DECISION", "own paragraph"),
])
def test_the_body_is_the_head_as_printed_and_the_summary_once(tmp_path, convention, head, summary_at):
    from tests.conftest import SECOND

    result = mail(str(SECOND), "-c", convention, "-l", "en", "--out", "d")
    assert result.exit_code == 0, result.output
    message = email.message_from_bytes((tmp_path / "d" / "niger-force-posture.en.eml").read_bytes(), policy=policy.default)
    plain = message.get_body(("plain",)).get_content().replace("\r\n", "\n")
    assert head in plain and plain.count("Molly Phee said she had confirmed") == 1
    if summary_at == "own paragraph":
        assert plain.rstrip().split("\n\n")[-1].startswith("In Niamey, Molly Phee said")
    else:
        assert summary_at in plain
    assert "What the United States keeps" not in plain  # State's issue for decision is not the summary


def test_a_subject_and_a_name_written_over_two_lines_make_one_header_line(tmp_path):
    # A YAML block keeps its line breaks; a header may hold none (the email package refuses them).
    (tmp_path / "b.yaml").write_text(brief_text(subject="|\n    Niger: hold the\n    US presence", extra="""\
        distribution:
          - name: |
              Jeanne
              Martin
            address: jeanne@example.org
          - name: {en: "John\\n Doe"}
            address: john@example.org
            as: cc
        """), "utf-8")
    result = mail("b.yaml", "--out", "d")
    assert result.exit_code == 0, result.output
    raw = (tmp_path / "d" / "demo.en.eml").read_bytes()
    message = email.message_from_bytes(raw, policy=policy.default)
    assert message["Subject"] == "Niger: hold the US presence"
    assert message["To"] == "Jeanne Martin <jeanne@example.org>" and message["Cc"] == "John Doe <john@example.org>"
    headers = raw.split(b"\r\n\r\n", 1)[0].decode("ascii")
    assert all(line[0] in " \t" or ":" in line for line in headers.split("\r\n"))  # only folded lines continue


def _one_safe_header(line: str, address: str) -> None:
    """``line`` is one header line that a mail client reads as exactly ``address``, and that a
    message can carry (set, serialised, parsed back)."""
    assert "\r" not in line and "\n" not in line
    message = EmailMessage(policy=policy.SMTP)
    message["To"] = line
    parsed = email.message_from_bytes(message.as_bytes(), policy=policy.default)
    assert [a.addr_spec for a in parsed["To"].addresses] == [address]


@settings(max_examples=200)
@given(st.text(max_size=80) | st.from_regex(r"[A-Za-z0-9._%+\-]{1,20}@[a-z0-9.\-]{1,20}\.[a-z]{2,6}", fullmatch=True)
       | st.builds(lambda n, a: f"{n} <{a}>", st.text(max_size=20), st.emails()))
def test_any_address_text_is_refused_or_makes_a_safe_header(text):
    """Whatever --to, --cc or --from holds: a clear refusal, or one header line naming the same
    address (no header can be injected)."""
    from exporter.mail.compose import parse_address

    try:
        recipient = parse_address(text, "--to")
    except ValueError as exc:
        assert str(exc).startswith("--to ") and "address" in str(exc)
        return
    _one_safe_header(recipient.header, recipient.address)


@settings(max_examples=200)
@given(st.text(max_size=60), st.emails())
def test_any_name_on_a_distribution_list_makes_a_safe_header(name, address):
    """A reader's name is any text of the brief (line breaks, quotes, commas, angle brackets)."""
    from exporter.mail.compose import Recipient

    _one_safe_header(Recipient(address, name).header, address)
