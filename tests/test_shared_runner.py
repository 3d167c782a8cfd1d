"""Safe on a shared CI runner: a contributor's brief reads nothing outside its boundary, prints
nothing of a file it may not read, overwrites nothing it was not asked to write, and every mistake
is a message at its line, never a traceback."""

from __future__ import annotations

import os
import textwrap
from pathlib import Path

import pytest
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
    assert result.exit_code == 2 and "--report" in result.output
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

    from exporter.diagnostics import BriefError
    from exporter.load import load_bytes

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
