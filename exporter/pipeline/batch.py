"""Batch: many briefs → memos, in parallel, fail-soft, with a machine-readable report.

Briefs are gathered from files, folders (recursively) and globs, sorted, optionally sharded
(``--shard K/N``), checked for duplicate ids, then exported by a process pool (``--jobs``).  Each
worker writes its own files atomically and returns what it wrote, so one bad brief is reported
and the others are still written.  ``check`` writes nothing and names every missing or stale file.
"""

from __future__ import annotations

import glob
import os
import re
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from exporter.checks.loading import load_file
from exporter.config.style import load_style
from exporter.model.load import MAX_BYTES
from exporter.pipeline.export import FileResult, export_file
from exporter.pipeline.write import (
    OutsideOutput,
    atomic_write,
    is_current,
    sha256,
    target,
)
from exporter.source.diagnostics import BriefError, Problem, display_path

BRIEF_SUFFIXES = (".yaml", ".yml")


class UsageError(Exception):
    """The command line itself is wrong (exit code 2)."""


def check_output_folder(out: Path, option: str = "--out", write: bool = True) -> None:
    """Refuse, before any work, an output folder that is a file or cannot be created.

    Nothing is created here (a run whose briefs all fail leaves no empty folder): the folder must
    exist as a folder, or its nearest existing ancestor must be a folder we may write in.  With
    ``write`` false (``--check``, which writes nothing), only a file in the way is refused: a
    read-only folder of published memos can still be checked.
    """
    if out.exists():
        if not out.is_dir():
            raise UsageError(f"{option} {out}: is a file, not a folder")
        if write and not os.access(out, os.W_OK | os.X_OK):
            raise UsageError(f"{option} {out}: cannot write in this folder ({_why_not_writable(out)})")
        return
    ancestor = out.absolute().parent
    while not ancestor.exists() and ancestor != ancestor.parent:
        ancestor = ancestor.parent
    if ancestor.is_dir() and (not write or os.access(ancestor, os.W_OK | os.X_OK)):
        return
    shown = display_path(ancestor)
    reason = (f"{shown} is a file, not a folder" if not ancestor.is_dir()
              else f"cannot create it in {shown} ({_why_not_writable(ancestor)})")
    raise UsageError(f"{option} {out}: cannot create the folder: {reason}")


def _why_not_writable(folder: Path) -> str:
    """Why a folder refuses writing: a read-only file system (a mounted image, a locked-down CI
    volume) is not a matter of permissions, and chmod would not help."""
    try:
        if os.statvfs(folder).f_flag & os.ST_RDONLY:
            return "read-only file system"
    except (OSError, AttributeError):  # no statvfs (Windows) or no longer there
        pass
    return "permission denied"


@dataclass
class Options:
    """What a batch run does; the CLI fills it, tests build it directly."""

    out: Path = Path("out")
    formats: list[str] = field(default_factory=lambda: ["pdf", "docx"])
    locales: list[str] | None = None
    style: str | None = None
    convention: str | None = None
    jobs: int = 1
    strict: bool = False
    check: bool = False
    root: Path | None = None  # what briefs may read (default: each brief's folder)


@dataclass
class Record:
    """One output file as the report lists it."""

    path: str
    brief_id: str
    source: str
    format: str
    locale: str
    bytes: int
    sha256: str
    status: str  # written, failed (could not be written), unchanged (check), missing (check), stale (check)

    def to_json(self) -> dict:
        return {"path": self.path, "id": self.brief_id, "source": self.source, "format": self.format,
                "locale": self.locale, "bytes": self.bytes, "sha256": self.sha256, "status": self.status}


@dataclass
class Result:
    """Everything a batch did: outputs, errors, warnings; ``exit_code`` sums it up."""

    outputs: list[Record] = field(default_factory=list)
    errors: list[Problem] = field(default_factory=list)
    warnings: list[Problem] = field(default_factory=list)
    briefs: int = 0
    failed_briefs: set[str] = field(default_factory=set)  # the sources of briefs with any error

    @property
    def written(self) -> int:
        """How many files were written (not counting what ``--check`` compared)."""
        return sum(1 for r in self.outputs if r.status == "written")

    @property
    def failed(self) -> int:
        """How many briefs had an error (a partly written brief included)."""
        return len(self.failed_briefs)

    @property
    def unwritten(self) -> int:
        """How many rendered files could not be written (a full disk, a write error)."""
        return sum(1 for r in self.outputs if r.status == "failed")

    def summary(self, out: Path) -> str:
        """One line for the end of a run: files and briefs, each counted once, whatever failed."""
        line = f"{self.written} file(s) written in {out}"
        if not self.failed:
            return line + f" from {self.briefs} brief(s)"
        line += f"; {self.failed} of {self.briefs} brief(s) failed"
        if self.unwritten:
            line += f", {self.unwritten} file(s) could not be written"
        return line

    def check_summary(self) -> str:
        """The ``--check`` line: current, missing or stale files, and failed briefs."""
        stale = len(self.out_of_date)
        return f"{len(self.outputs) - stale} up to date, {stale} missing or stale, {self.failed} brief(s) failed"

    @property
    def out_of_date(self) -> list[Record]:
        return [r for r in self.outputs if r.status in ("missing", "stale")]

    @property
    def exit_code(self) -> int:
        return 1 if self.errors or self.out_of_date else 0

    def to_json(self) -> dict:
        return {
            "briefs": self.briefs,
            "failed": self.failed,
            "outputs": [r.to_json() for r in self.outputs],
            "errors": [p.to_json() for p in self.errors],
            "warnings": [p.to_json() for p in self.warnings],
        }


def collect(paths: list[str]) -> list[Path]:
    """Brief files named by ``paths``: files, folders (recursive ``*.yaml``/``*.yml``), globs."""
    found: set[Path] = set()
    for spec in paths:
        path = Path(spec)
        if path.is_dir():
            for suffix in BRIEF_SUFFIXES:
                found.update(p for p in path.rglob(f"*{suffix}") if p.is_file() and not _hidden(p, path))
        elif path.exists():
            found.add(path)
        elif glob.has_magic(spec):
            matches = [Path(m) for m in glob.glob(spec, recursive=True)]
            found.update(m for m in matches if m.is_file() and m.suffix in BRIEF_SUFFIXES)
            if not matches:
                raise UsageError(f"{spec}: no file matches")
        else:
            raise UsageError(f"{spec}: no such file or folder")
    return sorted(found, key=lambda p: str(p))


def _hidden(path: Path, root: Path) -> bool:
    return any(part.startswith(".") for part in path.relative_to(root).parts)


def shard(files: list[Path], spec: str | None) -> list[Path]:
    """The K-th of N stable parts of ``files`` (``spec`` is ``K/N``, K from 1)."""
    if not spec:
        return files
    try:
        k, n = (int(x) for x in spec.split("/"))
    except ValueError:
        raise UsageError(f"--shard {spec!r}: expected K/N, such as 1/4") from None
    if not (n >= 1 and 1 <= k <= n):
        raise UsageError(f"--shard {spec!r}: K must be between 1 and N")
    return [f for i, f in enumerate(files) if i % n == k - 1]


def run(files: list[Path], options: Options, progress: Callable[[FileResult, list[Record]], None] | None = None) -> Result:
    """Export ``files``; never raises for a bad brief, only for a bad style (UsageError)."""
    try:
        load_style(options.style)
        if options.convention is not None:
            from exporter.layout import load_convention

            load_convention(options.convention)
    except BriefError as exc:
        raise UsageError(str(exc)) from None
    check_output_folder(options.out, write=not options.check)
    result = Result(briefs=len(files))
    if not options.check:
        _sweep_leftovers(options.out)
    clashes = len(result.errors)
    runnable = _without_duplicate_ids(files, result, options.root)
    for problem in result.errors[clashes:]:  # reported as each brief is: a clash is one brief's failure
        if progress:
            progress(FileResult(problem.file, errors=[problem]), [])
    jobs = max(1, min(options.jobs, len(runnable)))
    if jobs == 1:
        for path in runnable:
            _collect(_work((str(path), options)), result, progress)
    else:
        from concurrent.futures import ProcessPoolExecutor

        _warm_up(options)
        with ProcessPoolExecutor(max_workers=jobs, mp_context=_context(), initializer=_follow_parent,
                                 initargs=(os.getpid(),)) as pool:
            for outcome in pool.map(_work, ((str(f), options) for f in runnable), chunksize=1):
                _collect(outcome, result, progress)
    result.errors.sort(key=lambda p: (p.file, p.line or 0, p.column or 0))
    result.outputs.sort(key=lambda r: r.path)
    return result


def _collect(outcome, result: Result, progress) -> None:
    file_result, records = outcome
    if file_result.errors:
        result.failed_briefs.add(file_result.source)
    result.errors.extend(file_result.errors)
    result.warnings.extend(file_result.warnings)
    result.outputs.extend(records)
    if progress:
        progress(file_result, records)


def _without_duplicate_ids(files: list[Path], result: Result, root: Path | None = None) -> list[Path]:
    """The files whose ids are unique in this run (those that fail to load included: their worker
    reports why).  Briefs sharing an id are reported, never overwritten.

    Ids are read from the ``id:`` line without parsing the YAML, so the parent does not parse
    every brief before the workers start (and hold them all in memory); a brief whose id is not
    on such a line, and every brief of a suspected clash, is loaded to be sure.
    """
    ids: dict[str, list[Path]] = {}
    for path in files:
        brief_id = _quick_id(path, root)
        if brief_id is not None:
            ids.setdefault(brief_id, []).append(path)
    clashing: set[Path] = set()
    for brief_id, paths in ids.items():
        if len(paths) > 1:
            confirmed = [p for p in paths if _loaded_id(p, root) == brief_id]
            if len(confirmed) > 1:
                for path in confirmed:
                    others = ", ".join(display_path(p) for p in confirmed if p != path)
                    result.errors.append(Problem(display_path(path), f"id {brief_id!r} is also used by {others}; "
                                                 "nothing was written for it"))
                    result.failed_briefs.add(display_path(path))
                clashing.update(confirmed)
    return sorted((f for f in files if f not in clashing), key=str)


# A top-level ``id: <slug>`` line, the slug quoted or not, with an optional comment.  Anything
# else (an anchor, a tag, a block scalar, a flow mapping) is left to the YAML parser.
_ID_LINE = re.compile(rb"^id:[ \t]*(['\"]?)([a-z0-9][a-z0-9_-]*)\1(?:[ \t]+#[^\n]*|[ \t\r]*)$", re.MULTILINE)


def _quick_id(path: Path, root: Path | None = None) -> str | None:
    """A brief's id from its ``id:`` line, else from loading it; None if it cannot be loaded."""
    try:
        if not path.is_file():  # a pipe named on the command line: never opened here
            return None
        with open(path, "rb") as handle:
            raw = handle.read(MAX_BYTES + 1)
    except OSError:
        return None
    found = _ID_LINE.findall(raw) if len(raw) <= MAX_BYTES else []
    if len(found) == 1:
        return found[0][1].decode("utf-8", "replace")
    return _loaded_id(path, root)


def _loaded_id(path: Path, root: Path | None = None) -> str | None:
    try:
        return load_file(path, root=root).brief.id
    except BriefError:
        return None


def _sweep_leftovers(out: Path) -> None:
    """Remove temporary files a killed run left behind (``.<name>.<random>.part``); those of a
    run still writing are locked, and kept."""
    from exporter.pipeline.write import sweep

    sweep(out, (".pdf", ".docx", ".eml", ".json"))


def _follow_parent(parent: int) -> None:
    """In each worker: end when the run that started it is gone (a kill -9 gives it no chance to
    stop its pool), rather than finish briefs nobody will collect.  The files written so far are
    whole (atomic writes); a temporary file left is swept by the next run."""
    import threading
    import time

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(0.2)
        os._exit(1)

    threading.Thread(target=watch, name="brief-parent-watch", daemon=True).start()


def _context():
    import multiprocessing

    # fork shares the fonts, catalogs and templates the parent already loaded.
    if sys.platform.startswith("linux"):
        return multiprocessing.get_context("fork")
    return None


def _warm_up(options: Options) -> None:
    """Load what every worker needs once, before the pool forks."""
    from exporter.pipeline.export import renderer

    style = load_style(options.style)
    for fmt in options.formats:
        renderer(fmt)
    if "pdf" in options.formats:
        from exporter.render.pdf.renderer import register_family

        register_family(style.font.body)
        register_family(style.font.heading)
    if "docx" in options.formats:
        from exporter.render.docx.renderer import _prepared

        _prepared(style)


def _work(args: tuple[str, Options]):
    """Export one file and write (or check) its memos; runs in a worker process or in-process."""
    path, options = args
    style = load_style(options.style)
    file_result = export_file(path, options.locales, options.formats, style, options.strict, options.convention,
                              options.root)
    records: list[Record] = []
    for memo in file_result.memos:
        try:
            out_path = target(options.out, memo.name)
        except OutsideOutput as exc:
            file_result.errors.append(Problem(file_result.source, str(exc)))
            continue
        status = "written"
        if options.check:
            if not out_path.exists():
                status = "missing"
            else:
                status = "unchanged" if is_current(out_path, memo.data) else "stale"
        else:
            try:
                atomic_write(out_path, memo.data)
            except OSError as exc:
                file_result.errors.append(Problem(display_path(out_path), f"cannot write: {exc.strerror or exc}"))
                status = "failed"
        records.append(Record(display_path(out_path), memo.brief_id, file_result.source, memo.format,
                              memo.locale, len(memo.data), sha256(memo.data), status))
    file_result.memos = []  # the bytes stay in the worker
    return file_result, records
