"""Batch runs in CI: parallel, fail-soft, reported, sharded, checkable, never half-written."""

from __future__ import annotations

import email
import io
import json
import os
import shutil
import signal
import subprocess
import sys
import time
import zipfile
from email import policy
from pathlib import Path

import pytest
import yaml
from pypdf import PdfReader
from typer.testing import CliRunner

from exporter.checks.loading import load_file
from exporter.cli import app
from exporter.pipeline import batch
from exporter.pipeline.write import sha256
from tests.conftest import ARTICLE, ROOT, SAMPLE, brief_text

runner = CliRunner()


def make_folder(folder: Path, count: int, broken: int = 0) -> Path:
    """``count`` copies of the flagship brief with their own ids, each beside the article it links,
    plus ``broken`` bad ones."""
    folder.mkdir(parents=True, exist_ok=True)
    text = SAMPLE.read_text("utf-8")
    for i in range(count):
        sub = folder / ("nested" if i % 3 == 0 else ".")
        sub.mkdir(exist_ok=True)
        shutil.copyfile(ARTICLE, sub / ARTICLE.name)
        (sub / f"brief-{i:02d}.yaml").write_text(text.replace("id: niger-us-cooperation", f"id: brief-{i:02d}"), "utf-8")
    for i in range(broken):
        (folder / f"zz-broken-{i}.yml").write_text(brief_text(id=f"broken-{i}") + "unknown_key: 1\n", "utf-8")
    return folder


def test_forty_briefs_and_a_broken_one_in_parallel(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    make_folder(tmp_path / "briefs", 40, broken=1)
    result = runner.invoke(app, ["export", "briefs", "--jobs", "2", "--report", "r.json", "--out", "memos"])
    assert result.exit_code == 1
    report = json.loads((tmp_path / "r.json").read_text("utf-8"))
    assert len(report["outputs"]) == 160 and len(list((tmp_path / "memos").iterdir())) == 160
    [error] = report["errors"]
    assert error["file"] == "briefs/zz-broken-0.yml" and error["line"] == 11 and "unknown key" in error["message"]
    for output in report["outputs"]:
        data = (tmp_path / output["path"]).read_bytes()
        assert output["sha256"] == sha256(data) and output["bytes"] == len(data)
        assert not Path(output["path"]).is_absolute() and output["source"].startswith("briefs/")
    assert {(o["format"], o["locale"]) for o in report["outputs"]} == {(f, l) for f in ("pdf", "docx") for l in ("fr", "en")}


def test_parallel_and_serial_runs_give_the_same_bytes(tmp_path):
    make_folder(tmp_path / "b", 4)
    files = batch.collect([str(tmp_path / "b")])
    one = batch.run(files, batch.Options(out=tmp_path / "one", jobs=1))
    two = batch.run(files, batch.Options(out=tmp_path / "two", jobs=2))
    assert [(Path(r.path).name, r.sha256) for r in one.outputs] == [(Path(r.path).name, r.sha256) for r in two.outputs]


def test_duplicate_ids_are_errors_not_overwrites(tmp_path):
    folder = make_folder(tmp_path / "b", 2)
    (folder / "copy.yaml").write_text((folder / "brief-01.yaml").read_text("utf-8"), "utf-8")
    result = batch.run(batch.collect([str(folder)]), batch.Options(out=tmp_path / "o", jobs=1))
    assert result.exit_code == 1
    assert sorted(Path(p.file).name for p in result.errors) == ["brief-01.yaml", "copy.yaml"]
    assert all("also used by" in p.message for p in result.errors)
    assert {Path(r.path).name.split(".")[0] for r in result.outputs} == {"brief-00"}
    # ... and the command says so, one line per brief, as for any brief that fails
    shown = runner.invoke(app, ["export", str(folder), "-o", str(tmp_path / "o2")])
    assert shown.exit_code == 1
    assert [line for line in shown.output.splitlines() if "also used by" in line] == [
        f"{p.file}: {p.message}" for p in result.errors]


@pytest.mark.parametrize("spelling", ['id: "brief-01"', "id: 'brief-01'  # same id, quoted", "id: &a brief-01",
                                      "{id: brief-01}", "CRLF"])
def test_duplicate_ids_are_found_however_the_id_is_written(tmp_path, spelling):
    folder = make_folder(tmp_path / "b", 2)
    text = (folder / "brief-01.yaml").read_text("utf-8")
    if spelling == "CRLF":
        text = text.replace("\n", "\r\n")
    elif spelling.startswith("{"):  # the whole brief as one flow mapping: no `id:` line to read
        text = json.dumps(yaml.safe_load(text), default=str)
    else:
        text = text.replace("id: brief-01", spelling)
    (folder / "copy.yaml").write_bytes(text.encode("utf-8"))
    assert load_file(folder / "copy.yaml").brief.id == "brief-01"
    result = batch.run(batch.collect([str(folder)]), batch.Options(out=tmp_path / "o", jobs=1))
    assert sorted(Path(p.file).name for p in result.errors) == ["brief-01.yaml", "copy.yaml"]


def test_a_broken_brief_with_the_same_id_line_is_reported_for_what_breaks_it(tmp_path):
    folder = make_folder(tmp_path / "b", 2)
    (folder / "broken.yaml").write_text("id: brief-01\nsummary: [unclosed\n", "utf-8")
    result = batch.run(batch.collect([str(folder)]), batch.Options(out=tmp_path / "o", jobs=1))
    assert [Path(p.file).name for p in result.errors] == ["broken.yaml"]
    assert "also used" not in result.errors[0].message
    assert {Path(r.path).name.split(".")[0] for r in result.outputs} == {"brief-00", "brief-01"}


def test_shards_partition_the_briefs(tmp_path):
    files = batch.collect([str(make_folder(tmp_path / "b", 7))])
    parts = [batch.shard(files, f"{k}/3") for k in (1, 2, 3)]
    assert sorted(sum(parts, [])) == sorted(files)
    assert not set(parts[0]) & set(parts[1]) and all(parts)
    assert batch.shard(files, "2/3") == parts[1]


def test_check_passes_when_current_and_names_what_is_stale(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    make_folder(tmp_path / "b", 2)
    assert runner.invoke(app, ["export", "b", "--out", "m", "--jobs", "1"]).exit_code == 0
    before = {p: p.stat().st_mtime_ns for p in (tmp_path / "m").iterdir()}
    check = runner.invoke(app, ["export", "b", "--out", "m", "--check"])
    assert check.exit_code == 0, check.output
    (tmp_path / "m" / "brief-01.fr.pdf").write_bytes(b"old")
    (tmp_path / "m" / "brief-00.en.docx").unlink()
    check = runner.invoke(app, ["export", "b", "--out", "m", "--check"])
    assert check.exit_code == 1
    assert "stale: m/brief-01.fr.pdf" in check.output and "missing: m/brief-00.en.docx" in check.output
    assert (tmp_path / "m" / "brief-01.fr.pdf").read_bytes() == b"old"  # check writes nothing
    assert all(p.stat().st_mtime_ns == t for p, t in before.items() if p.exists() and p.name != "brief-01.fr.pdf")


def whole(path: Path) -> bool:
    data = path.read_bytes()
    if path.suffix == ".pdf":
        return len(PdfReader(io.BytesIO(data)).pages) >= 1
    return zipfile.ZipFile(io.BytesIO(data)).testzip() is None


def test_kill_dash_nine_leaves_only_whole_files(tmp_path):
    make_folder(tmp_path / "b", 12)
    out = tmp_path / "o"
    for delay in (0.6, 1.1, 1.7):
        process = subprocess.Popen([sys.executable, "-m", "exporter", "export", str(tmp_path / "b"), "--out", str(out), "--jobs", "2"],
                                   cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
        time.sleep(delay)
        os.killpg(process.pid, signal.SIGKILL)
        process.wait()
        memos = [p for p in out.glob("*") if p.suffix in (".pdf", ".docx")] if out.exists() else []
        assert all(whole(p) for p in memos)
        assert all(p.name.endswith(".part") for p in out.glob(".*")) if out.exists() else True
    # The next run sweeps what the killed ones left in progress.
    assert batch.run(batch.collect([str(tmp_path / "b")]), batch.Options(out=out, jobs=1)).exit_code == 0
    assert not list(out.glob(".*"))


@pytest.mark.parametrize("evil", ["../../escaped", "/tmp/escaped", "a/../../b", "..", "x\u0000y"])
def test_ids_cannot_write_outside_out(tmp_path, evil):
    (tmp_path / "evil.yaml").write_text(brief_text(id=json.dumps(evil)), "utf-8")
    result = batch.run([tmp_path / "evil.yaml"], batch.Options(out=tmp_path / "deep" / "out", jobs=1))
    assert result.exit_code == 1 and "not a valid id" in result.errors[0].message
    assert sorted(p.name for p in tmp_path.rglob("*")) == ["evil.yaml"]


def test_mail_writes_a_draft_with_both_attachments(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    result = runner.invoke(app, ["mail", str(SAMPLE), "--locale", "fr", "--to", "desk@example.org", "--out", "drafts"])
    assert result.exit_code == 0, result.output
    raw = (tmp_path / "drafts" / "niger-us-cooperation.fr.eml").read_bytes()
    message = email.message_from_bytes(raw, policy=policy.default)
    assert message["Subject"].startswith("Niger : Washington")  # a subject line is searched: plain spaces
    assert message["To"] == "desk@example.org"
    body = message.get_body(("plain",)).get_content()
    assert "À : Monsieur le directeur d’Afrique et de l’océan Indien" in body and "À Niamey, Molly Phee a dit avoir confirmé" in body
    attachments = {part.get_filename(): part for part in message.iter_attachments()}
    assert set(attachments) == {"niger-us-cooperation.fr.pdf", "niger-us-cooperation.fr.docx"}
    assert attachments["niger-us-cooperation.fr.pdf"].get_content_type() == "application/pdf"
    assert attachments["niger-us-cooperation.fr.pdf"].get_content().startswith(b"%PDF")
    assert "wordprocessingml" in attachments["niger-us-cooperation.fr.docx"].get_content_type()
    again = runner.invoke(app, ["mail", str(SAMPLE), "--locale", "fr", "--to", "desk@example.org", "--out", "drafts2"])
    assert again.exit_code == 0 and (tmp_path / "drafts2" / "niger-us-cooperation.fr.eml").read_bytes() == raw


def test_mail_warns_past_the_size_limit(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    result = runner.invoke(app, ["mail", str(SAMPLE), "--max-size", "0.01"])
    assert result.exit_code == 0 and "over 0.01 MB" in result.output


def test_plain_lines_and_no_escape_codes_in_ci(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    make_folder(tmp_path / "b", 2)
    completed = subprocess.run([sys.executable, "-m", "exporter", "export", str(tmp_path / "b"), "--jobs", "1"],
                               capture_output=True, text=True, env={**os.environ, "CI": "true"}, cwd=tmp_path)
    assert completed.returncode == 0
    assert "\x1b[" not in completed.stdout + completed.stderr
    assert "wrote: out/brief-00.fr.pdf" in completed.stdout
    quiet = subprocess.run([sys.executable, "-m", "exporter", "export", str(tmp_path / "b"), "--jobs", "1", "-q"],
                           capture_output=True, text=True, cwd=tmp_path)
    assert quiet.stdout == "" and quiet.stderr == ""


def test_warnings_from_worker_processes_keep_their_lines(tmp_path):
    for i in range(2):
        (tmp_path / f"half-{i}.yaml").write_text(
            brief_text(id=f"half-{i}", languages="fr, en", summary="{fr: Seulement en français.}"), "utf-8")
    files = batch.collect([str(tmp_path)])
    result = batch.run(files, batch.Options(out=tmp_path / "o", jobs=2, formats=["pdf"]))
    located = [(Path(w.file).name, w.line, w.path) for w in result.warnings if "no en text" in w.message]
    assert sorted(located) == [("half-0.yaml", 8, "summary"), ("half-1.yaml", 8, "summary")]


# Output folders and write errors (#15, item 6) ---------------------------------------------------

def test_an_out_that_is_a_file_is_a_command_line_error_named_once(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    make_folder(tmp_path / "b", 2)
    (tmp_path / "afile").write_text("not a folder", "utf-8")
    result = runner.invoke(app, ["export", "b", "--out", "afile", "--jobs", "1"])
    assert result.exit_code == 2
    assert result.output.count("afile") == 1 and "--out afile: is a file, not a folder" in result.output
    assert "cannot write" not in result.output and "file(s) written" not in result.output
    (tmp_path / "dir").mkdir()
    (tmp_path / "dir" / "blocker").write_text("x", "utf-8")
    result = runner.invoke(app, ["export", "b", "--out", "dir/blocker/memos", "--jobs", "2"])
    assert result.exit_code == 2
    assert "cannot create the folder: dir/blocker is a file, not a folder" in result.output
    assert result.output.count("\n") == 1 and (tmp_path / "afile").read_text("utf-8") == "not a folder"


def test_the_summary_counts_files_and_briefs_when_a_brief_fails(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    make_folder(tmp_path / "b", 2, broken=1)
    result = runner.invoke(app, ["export", "b", "--out", "memos", "--jobs", "1", "--report", "r.json"])
    assert result.exit_code == 1
    assert result.output.strip().splitlines()[-1] == "8 file(s) written in memos; 1 of 3 brief(s) failed"
    report = json.loads((tmp_path / "r.json").read_text("utf-8"))
    assert (report["briefs"], report["failed"], len(report["outputs"])) == (3, 1, 8)
    clean = runner.invoke(app, ["export", "b/brief-01.yaml", "--out", "memos", "--jobs", "1"])
    assert clean.output.strip().splitlines()[-1] == "4 file(s) written in memos from 1 brief(s)"


def _mount_tmpfs(path: Path, size: str) -> bool:
    """Mount a small tmpfs on ``path`` when this process may (root, with mount); else False."""
    if os.name != "posix" or os.geteuid() != 0 or not shutil.which("mount"):
        return False
    path.mkdir()
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size},mode=0755", "tmpfs", str(path)],
                          capture_output=True)
    if done.returncode != 0:
        path.rmdir()
        return False
    return True


@pytest.fixture(params=["tmpfs", "simulated"])
def full_disk(request, tmp_path, monkeypatch):
    """An output folder where some files cannot be written for lack of space: a real 96 KB tmpfs
    (where this test may mount one), or an ordinary folder where every ``.en.`` file's fsync fails
    with ENOSPC after its bytes were written — a partial file that must not survive."""
    import errno

    out = tmp_path / "full"
    if request.param == "tmpfs":
        if not _mount_tmpfs(out, "96k"):
            pytest.skip("cannot mount a tmpfs here (not root, or no mount permission): the simulated case runs")
        yield out
        subprocess.run(["umount", str(out)], check=False)
        return
    real_fsync = os.fsync

    def fsync(fd):
        if ".en." in os.readlink(f"/proc/self/fd/{fd}"):
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
        return real_fsync(fd)

    if not Path("/proc/self/fd").is_dir():
        pytest.skip("needs /proc to tell files apart")
    monkeypatch.setattr(os, "fsync", fsync)
    yield out


def test_a_full_disk_names_each_file_once_and_leaves_no_partial_file(full_disk, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    make_folder(tmp_path / "b", 2)
    result = runner.invoke(app, ["export", "b", "--out", str(full_disk), "--jobs", "1", "--report", "r.json"])
    assert result.exit_code == 1
    report = json.loads((tmp_path / "r.json").read_text("utf-8"))
    written = {Path(o["path"]).name for o in report["outputs"] if o["status"] == "written"}
    failed = [e for e in report["errors"] if "No space left on device" in e["message"]]
    assert written and failed and len(failed) == len(report["errors"])
    assert len(written) + len(failed) == 8  # every file either whole on disk or named once
    # Each file that could not be written is an output record of its own, "failed" (the summary
    # counts these records, not error messages that happen to read "cannot write").
    unwritten = [o for o in report["outputs"] if o["status"] == "failed"]
    assert sorted(o["path"] for o in unwritten) == sorted(e["file"] for e in failed)
    assert {o["status"] for o in report["outputs"]} == {"written", "failed"}
    for error in failed:
        assert error["message"] == "cannot write: No space left on device"
        assert result.output.count(Path(error["file"]).name + ":") == 1
    assert sorted(p.name for p in full_disk.iterdir()) == sorted(written)  # nothing partial, no .part
    assert all(whole(full_disk / name) for name in written)
    briefs_failed = len({Path(e["file"]).name.split(".")[0] for e in failed})
    assert result.output.strip().splitlines()[-1] == (
        f"{len(written)} file(s) written in {full_disk}; {briefs_failed} of 2 brief(s) failed, "
        f"{len(failed)} file(s) could not be written")


@pytest.fixture
def read_only_memos(tmp_path):
    """A folder of memos that cannot be written in: a tmpfs remounted read-only where this test may
    mount one (root is refused nothing by permissions), else a folder without write permission."""
    out = tmp_path / "memos"
    mounted = _mount_tmpfs(out, "8m")
    if not mounted:
        if os.name != "posix" or os.geteuid() == 0:
            pytest.skip("root without mount: no folder it cannot write in")
        out.mkdir()
    make_folder(tmp_path / "b", 1)
    assert runner.invoke(app, ["export", str(tmp_path / "b"), "--out", str(out), "--jobs", "1"]).exit_code == 0
    if mounted:
        subprocess.run(["mount", "-o", "remount,ro", str(out)], check=True)
    else:
        out.chmod(0o555)
    yield out
    if mounted:
        subprocess.run(["umount", str(out)], check=False)
    else:
        out.chmod(0o755)


def test_check_compares_memos_in_a_folder_it_cannot_write_in(read_only_memos, tmp_path, monkeypatch):
    # --check writes nothing: a read-only folder of published memos is one it must be able to check.
    monkeypatch.chdir(tmp_path)
    assert not os.access(read_only_memos, os.W_OK)
    check = runner.invoke(app, ["export", "b", "--out", str(read_only_memos), "--check"])
    assert check.exit_code == 0, check.output
    assert check.output.strip().splitlines()[-1] == "4 up to date, 0 missing or stale, 0 brief(s) failed"
    (tmp_path / "b" / "brief-01.yaml").write_text(brief_text(id="brief-01", languages="fr, en"), "utf-8")
    stale = runner.invoke(app, ["export", "b", "--out", str(read_only_memos), "--check"])
    assert stale.exit_code == 1 and "missing: " in stale.output
    # Writing there is still refused before any work, and a file in the way is refused for --check too.
    write = runner.invoke(app, ["export", "b", "--out", str(read_only_memos)])
    assert write.exit_code == 2 and "cannot write in this folder" in write.output
    (tmp_path / "afile").write_text("x", "utf-8")
    blocked = runner.invoke(app, ["export", "b", "--out", "afile", "--check"])
    assert blocked.exit_code == 2 and "--out afile: is a file, not a folder" in blocked.output
    nested = runner.invoke(app, ["export", "b", "--out", "afile/memos", "--check"])
    assert nested.exit_code == 2 and "afile is a file, not a folder" in nested.output


@pytest.mark.parametrize("read_only, reason", [(True, "read-only file system"), (False, "permission denied")])
def test_an_output_folder_that_refuses_writing_says_why(tmp_path, monkeypatch, read_only, reason):
    """A read-only volume is not a matter of permissions: the message says which it is (the file
    system's flags are simulated: mounting one needs privileges CI may not have)."""
    from exporter.pipeline import batch

    real_statvfs = os.statvfs

    class Flags:
        def __init__(self, path):
            self.f_flag = real_statvfs(path).f_flag | (os.ST_RDONLY if read_only else 0)
            if not read_only:
                self.f_flag &= ~os.ST_RDONLY

    monkeypatch.setattr(batch.os, "access", lambda path, mode: False)
    monkeypatch.setattr(batch.os, "statvfs", Flags)
    for out in (tmp_path, tmp_path / "new" / "memos"):
        with pytest.raises(batch.UsageError, match=reason):
            batch.check_output_folder(out)
