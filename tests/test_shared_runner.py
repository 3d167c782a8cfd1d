"""Safe on a shared CI runner: a contributor's brief reads nothing outside its boundary, prints
nothing of a file it may not read, overwrites nothing it was not asked to write, and every mistake
is a message at its line, never a traceback."""

from __future__ import annotations

import json
import os
import textwrap
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from typer.testing import CliRunner

from exporter.cli import app
from tests.conftest import brief_text

runner = CliRunner()
TOKEN = "s3cr3t-t0ken-n0pr1nt"


def run(*args: str):
    result = runner.invoke(app, [*map(str, args)])
    assert "Traceback" not in result.output
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    return result


def quoting(file: str, quote: str = "API_TOKEN=x", **extra: str) -> str:
    """A brief whose source links ``file`` and quotes its paragraph 1."""
    return brief_text(extra=textwrap.dedent(f"""\
        quotes:
          - speaker: Somebody
            language: en
            text: "{quote}"
            refs: [{{source: art, paragraph: 1}}]
        sources:
          - id: art
            language: en
            file: "{file}"
        """) + "".join(f"{k}: {v}\n" for k, v in extra.items()))


@pytest.fixture
def layout(tmp_path):
    """briefs/ beside secrets/.env and articles/a.txt."""
    (tmp_path / "secrets").mkdir()
    (tmp_path / "secrets" / ".env").write_text(f"API_TOKEN={TOKEN}\n", "utf-8")
    (tmp_path / "articles").mkdir()
    (tmp_path / "articles" / "a.txt").write_text("He said API_TOKEN=x to the press.\n", "utf-8")
    (tmp_path / "briefs").mkdir()
    return tmp_path


# 1. The boundary ------------------------------------------------------------------------------

@pytest.mark.parametrize("link, says", [("../secrets/.env", "is outside the brief's folder"),
                                        ("leak", "is outside the brief's folder"),           # a link leading out
                                        ("../../../../../../../../proc/self/environ", "is outside the brief's folder"),
                                        ("{tmp}/secrets/.env", "is an absolute path"),
                                        ("/proc/self/environ", "is an absolute path")])
def test_a_brief_reads_nothing_outside_its_folder_and_prints_none_of_it(layout, link, says, monkeypatch):
    monkeypatch.setenv("BRIEF_TEST_SECRET", TOKEN)  # /proc/self/environ would hold it
    (layout / "briefs" / "leak").symlink_to(layout / "secrets" / ".env")
    brief = layout / "briefs" / "b.yaml"
    brief.write_text(quoting(link.format(tmp=layout)), "utf-8")
    result = run("validate", brief)
    assert result.exit_code == 1
    assert not any(word in result.output for word in TOKEN.split("-"))
    assert "sources[0].file" in result.output and says in result.output


def test_root_names_a_wider_boundary_and_still_refuses_what_is_outside_it(layout):
    brief = layout / "briefs" / "b.yaml"
    brief.write_text(quoting("../articles/a.txt"), "utf-8")
    assert run("validate", brief).exit_code == 1                      # the default: the brief's folder
    assert run("validate", brief, "--root", layout).exit_code == 0     # the root named: inside it
    brief.write_text(quoting("../secrets/.env"), "utf-8")
    result = run("validate", brief, "--root", layout / "briefs")
    assert result.exit_code == 1 and TOKEN not in result.output and "--root" in result.output
    assert run("validate", brief, "--root", layout / "nowhere").exit_code == 2


def test_a_brief_s_convention_file_is_read_beside_the_brief_and_inside_its_boundary(layout, monkeypatch):
    (layout / "briefs" / "house.toml").write_text('name = "house"\nextends = "us-state"\n', "utf-8")
    (layout / "house2.toml").write_text('name = "house2"\nextends = "us-state"\n', "utf-8")
    monkeypatch.chdir(layout / "secrets")                              # the working folder is elsewhere
    brief = layout / "briefs" / "b.yaml"
    brief.write_text(brief_text(extra="convention: house.toml\n"), "utf-8")
    assert run("validate", brief).exit_code == 0
    brief.write_text(brief_text(extra="convention: ../house2.toml\n"), "utf-8")
    result = run("validate", brief)
    assert result.exit_code == 1 and "is outside the brief's folder" in result.output
    assert run("validate", brief, "--root", layout).exit_code == 0
    # and what it extends stays inside too
    (layout / "briefs" / "house3.toml").write_text('name = "house3"\nextends = "../house2.toml"\n', "utf-8")
    brief.write_text(brief_text(extra="convention: house3.toml\n"), "utf-8")
    result = run("validate", brief)
    assert result.exit_code == 1 and "outside the folder the brief may read" in result.output


# 3. Nothing overwritten -----------------------------------------------------------------------

def test_a_report_path_that_is_a_brief_a_memo_or_the_ledger_is_refused_before_anything_is_written(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    brief = tmp_path / "demo.yaml"
    brief.write_text(brief_text(), "utf-8")
    (tmp_path / "out").mkdir()
    (tmp_path / "out" / "demo.en.pdf").write_bytes(b"an earlier memo")
    (tmp_path / "ledger.json").write_text('{"format": "brief-mail-ledger", "version": 1, "deliveries": []}\n', "utf-8")
    (tmp_path / "notes.txt").write_text("my notes\n", "utf-8")
    before = {p: p.read_bytes() for p in tmp_path.rglob("*") if p.is_file()}
    for report in ["demo.yaml", "out/demo.en.pdf", "out/demo.fr.docx", "notes.txt", "out"]:
        result = run("export", "demo.yaml", "--out", "out", "--report", report)
        assert result.exit_code == 2 and "--report" in result.output, (report, result.output)
    for report in ["ledger.json", "demo.yaml", "out/demo.en.eml"]:
        result = run("mail", "demo.yaml", "--to", "desk@example.org", "--out", "out", "--report", report)
        assert result.exit_code == 2 and "--report" in result.output, (report, result.output)
    assert {p: p.read_bytes() for p in tmp_path.rglob("*") if p.is_file()} == before
    # a report replaces a report
    assert run("export", "demo.yaml", "--out", "out", "--report", "r.json").exit_code == 0
    assert run("export", "demo.yaml", "--out", "out", "--report", "r.json").exit_code == 0


def test_an_unwritable_report_path_is_found_before_the_memos_are_made(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "demo.yaml").write_text(brief_text(), "utf-8")
    (tmp_path / "afile").write_text("x", "utf-8")
    result = run("export", "demo.yaml", "--out", "out", "--report", "afile/r.json")
    assert result.exit_code == 1 and "afile/r.json: cannot write the report" in result.output
    assert not (tmp_path / "out").exists()


def test_the_sweep_removes_a_dead_run_s_temporary_files_and_keeps_a_running_one_s(tmp_path, monkeypatch):
    import subprocess
    import sys

    monkeypatch.chdir(tmp_path)
    (tmp_path / "demo.yaml").write_text(brief_text(), "utf-8")
    out = tmp_path / "out"
    out.mkdir()
    dead = out / ".other.en.pdf.abc123.part"
    dead.write_bytes(b"left by a killed run")
    alive = out / ".other.en.docx.def456.part"
    alive.write_bytes(b"being written")
    holder = subprocess.Popen([sys.executable, "-c", textwrap.dedent(f"""\
        import fcntl, os, sys, time
        fd = os.open({str(alive)!r}, os.O_RDWR)
        fcntl.flock(fd, fcntl.LOCK_EX)
        print("locked", flush=True)
        time.sleep(60)
        """)], stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "locked"
        assert run("export", "demo.yaml", "--out", "out").exit_code == 0
        assert alive.exists() and not dead.exists()
    finally:
        holder.kill()
        holder.wait()


# 4. Amplification -----------------------------------------------------------------------------

def test_aliases_repeating_a_long_text_are_refused_while_the_yaml_is_read():
    import tracemalloc

    from exporter.checks.loading import load_bytes
    from exporter.source.diagnostics import BriefError

    role = "word " * 20_000                                           # 100 KB
    text = brief_text(extra=f"actors:\n  - &a {{name: X, role: {role}}}\n" + "  - *a\n" * 1000)
    tracemalloc.start()
    try:
        with pytest.raises(BriefError) as caught:
            load_bytes(text.encode("utf-8"), "amplified.yaml")
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    [problem] = caught.value.problems
    assert "characters of text once aliases are expanded" in problem.message and problem.line == 12
    assert peak < 20_000_000                                          # the text is not copied out


# 5. Clear messages, never a traceback ----------------------------------------------------------

def brief_with(tmp_path, extra: str, name: str = "b.yaml") -> Path:
    path = tmp_path / name
    path.write_text(brief_text(extra=textwrap.dedent(extra)), "utf-8")
    return path


def test_a_convention_nested_too_deep_or_extending_itself_is_a_message_at_its_line(tmp_path):
    brief = brief_with(tmp_path, "")
    (tmp_path / "deep.toml").write_text('name = "deep"\nx = ' + "[" * 1000 + "]" * 1000 + "\n", "utf-8")
    (tmp_path / "self.toml").write_text('name = "self"\nextends = "./self.toml"\n', "utf-8")
    (tmp_path / "ping.toml").write_text('name = "ping"\nextends = "pong.toml"\n', "utf-8")
    (tmp_path / "pong.toml").write_text('name = "pong"\nextends = "./ping.toml"\n', "utf-8")
    for name, says in [("deep", "deep.toml:2: invalid TOML: arrays or tables nested too deep"),
                       ("self", "self.toml:2: extends: './self.toml' extends itself"),
                       ("ping", "extends itself")]:
        result = run("validate", brief, "--convention", str(tmp_path / f"{name}.toml"))
        assert result.exit_code in (1, 2) and says in result.output, result.output


def test_a_ledger_nested_too_deep_is_not_a_ledger(tmp_path):
    from exporter.mail.ledger import Ledger, LedgerError

    path = tmp_path / "ledger.json"
    path.write_text("[" * 100_000 + "]" * 100_000, "utf-8")
    with pytest.raises(LedgerError, match="nested too deep"):
        Ledger.open(path)


def test_odd_values_get_a_message_at_their_line(tmp_path):
    cases = [("sources:\n  - {id: s, language: en, url: 'http://[::1'}\n", "b.yaml:12:27:", "not a usable address"),
             ("figures:\n  - {label: Aid, value: 1.0e+25, unit: USD}\n", "b.yaml:12:", "beyond any figure"),
             ("figures:\n  - {label: Aid, value: -1.0e+30, unit: USD}\n", "b.yaml:12:", "beyond any figure")]
    for extra, where, says in cases:
        result = run("export", brief_with(tmp_path, extra), "--out", tmp_path / "out")
        assert result.exit_code == 1 and where in result.output and says in result.output, result.output


@pytest.mark.parametrize("epoch", ["abc", "1e5", "253402300800", "-1"])
def test_an_unusable_source_date_epoch_is_one_usage_error(tmp_path, monkeypatch, epoch):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", epoch)
    for i in range(3):
        brief_with(tmp_path, "", f"b{i}.yaml").write_text(brief_text(id=f"b{i}"), "utf-8")
    result = run("export", tmp_path, "--out", tmp_path / "out")
    assert result.exit_code == 2 and result.output.count("SOURCE_DATE_EPOCH") == 1
    assert not (tmp_path / "out").exists()


def test_ten_actors_with_long_roles_are_refused_at_a_line_not_an_internal_error(tmp_path):
    role = "word " * 20_000
    actors = "".join(f"  - {{name: Actor {i}, role: {role}}}\n" for i in range(10))
    result = run("export", brief_with(tmp_path, "actors:\n" + actors), "--out", tmp_path / "out", "--format", "pdf")
    assert result.exit_code == 1 and "b.yaml:" in result.output and "internal error" not in result.output


def test_a_file_name_that_is_not_utf8_is_reported_escaped_and_the_report_written(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    folder = os.fsencode(tmp_path / "briefs")
    os.mkdir(folder)
    with open(os.path.join(folder, b"\xff\x1b[2J.yaml"), "w", encoding="utf-8") as handle:
        handle.write(brief_text(summary="'A summary\\u202e reversed.'").replace("summary: '", 'summary: "').replace(".'", '."'))
    result = run("export", "briefs", "--out", "out", "--report", "r.json")
    assert result.exit_code == 0, result.output
    assert "\x1b" not in result.output and "\\xff\\x1b[2J.yaml" in result.output     # escaped, not raw
    report = json.loads((tmp_path / "r.json").read_text("utf-8"))
    assert report["warnings"][0]["file"].endswith("\\xff\\x1b[2J.yaml")
    assert "bidirectional" in report["warnings"][0]["message"]


# 6. Odd values ---------------------------------------------------------------------------------

@pytest.mark.parametrize("extra, field", [("", "id"), ("currency", "figures[0].currency"), ("language", "languages[0]")])
def test_a_final_newline_does_not_pass_a_pattern(tmp_path, extra, field):
    text = brief_text()
    if extra == "":
        text = text.replace("id: demo", 'id: "abc\\n"')
    elif extra == "currency":
        text += 'figures:\n  - {label: Aid, value: 3, currency: "EUR\\n"}\n'
    else:
        text = text.replace("languages: [en]", 'languages: ["en\\n"]')
    path = tmp_path / "b.yaml"
    path.write_text(text, "utf-8")
    result = run("validate", path)
    assert result.exit_code == 1 and "b.yaml:" in result.output and field in result.output, result.output
    assert not list(tmp_path.glob("*\n*"))


def test_new_and_draft_refuse_an_id_with_a_final_newline(tmp_path):
    assert run("new", "abc\n", "--out", tmp_path).exit_code == 2
    article = tmp_path / "a.txt"
    article.write_text("Le ministre a annoncé une aide de 3 millions d'euros.\n\nUn second paragraphe.\n", "utf-8")
    assert run("draft", article, "--id", "abc\n", "--out", tmp_path / "d").exit_code != 0
    assert not [p for p in tmp_path.rglob("*") if "\n" in p.name]


def test_bidirectional_overrides_are_removed_from_both_formats_and_links_with_a_warning(tmp_path):
    import io

    import docx
    from pypdf import PdfReader

    path = brief_with(tmp_path, """\
        sources:
          - {id: s, language: en, title: "Report\u202egnp.exe", url: "https://example.org/\u202eevil"}
        """)
    result = run("export", path, "--out", tmp_path / "out")
    assert result.exit_code == 0 and "bidirectional" in result.output
    for memo in (tmp_path / "out").iterdir():
        data = memo.read_bytes()
        if memo.suffix == ".pdf":
            pages = PdfReader(io.BytesIO(data)).pages
            assert "\u202e" not in "".join(page.extract_text() for page in pages)
            uris = [a.get_object()["/A"]["/URI"] for page in pages for a in page.get("/Annots", [])
                    if "/URI" in a.get_object().get("/A", {})]
            assert uris and all("\u202e" not in str(u) and "%E2%80%AE" not in str(u).upper() for u in uris)
        else:
            document = docx.Document(io.BytesIO(data))
            assert all("\u202e" not in p.text for p in document.paragraphs)
            assert all("\u202e" not in r.target_ref for r in document.part.rels.values())


# 7. Processes ----------------------------------------------------------------------------------

def test_a_brief_that_is_a_named_pipe_is_refused_without_waiting(tmp_path):
    pipe = tmp_path / "pipe.yaml"
    os.mkfifo(pipe)
    for command in (["validate", pipe], ["export", pipe, "--out", tmp_path / "out"]):
        result = run(*command)
        assert result.exit_code == 1 and "is not a regular file" in result.output


def _children(pid: int) -> set[int]:
    found = set()
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[1]) == pid:
            found.add(int(stat.parent.name))
    return found


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="reads /proc")
def test_kill_dash_nine_of_a_batch_ends_its_workers(tmp_path):
    import signal
    import subprocess
    import sys
    import time

    from tests.conftest import ROOT

    for i in range(12):
        (tmp_path / f"b{i}.yaml").write_text(brief_text(id=f"b{i}", summary="A summary. " * 400), "utf-8")
    process = subprocess.Popen([sys.executable, "-m", "exporter", "export", str(tmp_path), "--out",
                                str(tmp_path / "out"), "--jobs", "2"], cwd=ROOT, stdout=subprocess.DEVNULL,
                               stderr=subprocess.DEVNULL, env={**os.environ, "PYTHONPATH": str(ROOT)})
    deadline = time.monotonic() + 60
    workers: set[int] = set()
    while len(workers) < 2 and time.monotonic() < deadline:
        workers = _children(process.pid)
        time.sleep(0.05)
    assert len(workers) >= 2
    process.send_signal(signal.SIGKILL)                       # the run only, not its process group
    process.wait()
    deadline = time.monotonic() + 15
    while time.monotonic() < deadline and any(Path(f"/proc/{w}").exists() and
                                              "Z" not in Path(f"/proc/{w}/stat").read_text().rsplit(")", 1)[1][:3]
                                              for w in workers):
        time.sleep(0.1)
    alive = [w for w in workers if Path(f"/proc/{w}").exists()
             and "Z" not in Path(f"/proc/{w}/stat").read_text().rsplit(")", 1)[1][:3]]
    for w in alive:
        os.kill(w, signal.SIGKILL)
    assert not alive


# 8. The smaller ones ---------------------------------------------------------------------------

def test_a_text_warning_is_said_once_per_locale(tmp_path):
    path = tmp_path / "b.yaml"
    path.write_text(brief_text(languages="en, fr", subject='"Sub\\aject"'), "utf-8")
    result = run("validate", path)
    assert result.output.count("routing.subject: [en] removed") == 1
    assert result.output.count("routing.subject: [fr] removed") == 1


def test_figures_print_as_written():
    from exporter.checks.loading import load_bytes
    from exporter.config.style import load_style
    from exporter.pipeline.export import export_loaded
    from tests.conftest import pdf_text

    text = brief_text(extra="figures:\n  - {label: Nothing, value: -0.0, unit: t}\n"
                            "  - {label: Trace, value: 0.000001, unit: t}\n")
    result = export_loaded(load_bytes(text.encode(), "b.yaml"), ["en"], ["pdf"], load_style("formal"))
    shown = pdf_text(result.memos[0].data)
    assert "0.000001" in shown and "-0" not in shown.replace("2024-", "")


def test_a_bad_brief_smtp_from_is_named_as_such(tmp_path, monkeypatch):
    monkeypatch.setenv("BRIEF_SMTP_HOST", "127.0.0.1")
    monkeypatch.setenv("BRIEF_SMTP_TLS", "none")
    monkeypatch.setenv("BRIEF_SMTP_FROM", "not an address")
    path = tmp_path / "b.yaml"
    path.write_text(brief_text(), "utf-8")
    result = run("mail", path, "--send", "--to", "desk@example.org")
    assert result.exit_code == 2 and "BRIEF_SMTP_FROM" in result.output and "--from" not in result.output


def test_a_line_separator_in_a_plain_value_is_named_at_its_place(tmp_path):
    path = tmp_path / "b.yaml"
    path.write_text(brief_text(summary="A line\u2028separated summary."), "utf-8")
    result = run("validate", path)
    assert result.exit_code == 1 and "b.yaml:8:16: a U+2028 (line separator)" in result.output


def test_draft_drops_a_doctype_internal_subset(tmp_path):
    page = tmp_path / "page.html"
    page.write_text('<!DOCTYPE html [ <!ENTITY x "y"> ]>\n<html><body><h1>Title</h1>'
                    "<p>Le ministre a parlé longuement de la coopération.</p></body></html>", "utf-8")
    from exporter.draft.read import read_article

    article = read_article(page)
    assert article.paragraphs[0].startswith("Le ministre") and not any("]>" in p for p in article.paragraphs)


# Properties ------------------------------------------------------------------------------------


_PARTS = st.sampled_from(["..", ".", "a", "b", "link", "/", "//", "x/../..", "%2e%2e", "\\..", "~"])


@given(st.lists(_PARTS, min_size=1, max_size=8))
def test_any_link_resolves_inside_the_folder_or_is_refused(tmp_path_factory, parts):
    from exporter.model.load import OutsideRoot, linked_path

    base = tmp_path_factory.getbasetemp() / "boundary"
    folder = base / "briefs"
    (folder / "a").mkdir(parents=True, exist_ok=True)
    if not (folder / "link").is_symlink():
        (folder / "link").symlink_to(base)                     # a link that leads out
    name = "/".join(parts).lstrip("/") or "."
    try:
        resolved = linked_path(folder, name)
    except OutsideRoot:
        return
    assert resolved.is_relative_to(folder.resolve())


@given(st.text())
def test_anything_printed_drives_no_terminal(text):
    import unicodedata

    from exporter.source.diagnostics import Problem, printable

    for shown in (printable(text), str(Problem(text, text))):
        assert not any(unicodedata.category(ch) in ("Cc", "Cf", "Cs", "Zl", "Zp") for ch in shown)


def test_a_file_name_with_a_terminal_escape_is_printed_escaped_by_every_command(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    brief = tmp_path / "\x1b]0;title\x07.yaml"
    brief.write_text(brief_text(summary="'TODO'"), "utf-8")  # a warning: every command names the file
    for command in (["validate", brief.name], ["export", brief.name, "--out", "out"],
                    ["mail", brief.name, "--to", "desk@example.org", "--out", "out"]):
        result = run(*command)
        assert "\x1b" not in result.output and "\x07" not in result.output and "\\x1b]0;title\\x07" in result.output


def test_a_misquote_shows_only_the_article_words_a_reader_needs(tmp_path):
    secret = "alpha bravo charlie delta echo foxtrot golf hotel india juliet kilo lima"
    (tmp_path / "a.txt").write_text(f"He told the press that {secret} was the plan for the year.\n", "utf-8")
    brief = tmp_path / "b.yaml"
    for quote in ("He told the press that x was the plan", "He told the press that was the plan"):
        brief.write_text(quoting("a.txt", quote), "utf-8")
        result = run("validate", brief)
        assert result.exit_code == 1 and ("where the article has" in result.output or "leaves out" in result.output)
        shown = [w for w in secret.split() if w in result.output]
        assert 1 <= len(shown) <= 6, result.output
