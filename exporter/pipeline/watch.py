"""``brief watch``: rebuild a brief's memos each time it — the article it links, the convention
file it follows or the style file it is drawn in — is saved.

The editing loop of an analyst: save the YAML (or correct the article text it cites), see the
problems with ``file:line:col`` at once, and have the memos in the output folder follow.  A save
that breaks the brief prints its problems and writes nothing: the last good memos stay in place
(a brief is rendered whole, in memory, before the first file is replaced, and each file is
replaced atomically).  Identical bytes are not written again, so a viewer holding the PDF open is
not told it changed when it did not.

File events come from watchfiles (inotify on Linux, FSEvents on macOS, ReadDirectoryChangesW on
Windows).  The folders holding the briefs and their articles are watched, not the files, because
editors save by writing a new file and renaming it over the old one.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from exporter.pipeline.export import FORMATS

Report = Callable[[str, bool], None]   # (line, is_error)


@dataclass
class WatchOptions:
    """What each rebuild does: the same choices as ``brief export``."""

    out: Path = Path("out")
    formats: list[str] = field(default_factory=lambda: list(FORMATS))
    locales: list[str] | None = None
    style: str | None = None
    convention: str | None = None
    strict: bool = False
    root: Path | None = None  # what briefs may read (default: each brief's folder)


@dataclass
class Build:
    """One rebuild of one brief: what was written, what is wrong."""

    brief: Path
    written: list[Path] = field(default_factory=list)
    unchanged: int = 0
    problems: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems


def rebuild(brief: Path, options: WatchOptions, style) -> Build:
    """Validate and export one brief; write its memos only when all of them rendered."""
    from exporter.pipeline.export import export_file
    from exporter.pipeline.write import OutsideOutput, atomic_write, is_current, target

    build = Build(brief)
    result = export_file(str(brief), options.locales, options.formats, style, options.strict, options.convention,
                         options.root)
    build.problems = [str(p) for p in result.errors]
    build.warnings = [str(p) for p in result.warnings]
    if build.problems:
        return build
    for memo in result.memos:
        try:
            path = target(options.out, memo.name)
            if is_current(path, memo.data):
                build.unchanged += 1
                continue
            atomic_write(path, memo.data)
        except (OSError, OutsideOutput) as exc:
            build.problems.append(f"{options.out}: cannot write {memo.name}: {getattr(exc, 'strerror', None) or exc}")
            continue
        build.written.append(path)
    return build


def linked_files(brief: Path, root: Path | None = None, convention: str | None = None) -> set[Path]:
    """The brief, the article files its sources link with ``file:``, and the convention file it
    follows — ``convention`` (``--convention``) when that names a file, else the brief's own
    ``convention:`` file — with the files that one extends (resolved paths); a brief that does not
    load links only itself and ``convention``."""
    from exporter.checks.loading import load_file
    from exporter.source import tomlfile
    from exporter.source.diagnostics import BriefError

    found = {brief.resolve()}
    if convention is not None and tomlfile.names_file(convention):
        found |= _convention_files(convention)
    try:
        loaded = load_file(brief, root=root)
    except BriefError:
        return found
    for source in loaded.brief.sources:
        name = getattr(source, "file", None)
        if name:
            try:
                found.add(loaded.linked(name))
            except ValueError:  # outside what it may read: reported by the build, not watched
                pass
    own = loaded.brief.convention
    if convention is None and own is not None and tomlfile.names_file(own):
        try:
            found |= _convention_files(str(loaded.linked(own)), loaded.root or loaded.folder)
        except ValueError:  # outside what it may read: reported by the build
            pass
    return found


def _convention_files(path: str, root: Path | None = None) -> set[Path]:
    """A convention file and the files of ours it extends (not the shipped ones it may extend)."""
    from exporter.config.convention import convention_files, conventions_dir
    from exporter.source.diagnostics import BriefError

    try:
        files = convention_files(path, root)
    except BriefError:  # no such file (yet): the build says so
        return set()
    return {p.resolve() for p in files if p.parent.resolve() != conventions_dir().resolve()}


def _describe(build: Build) -> list[tuple[str, bool]]:
    lines = [(p, True) for p in build.problems] + [(w, False) for w in build.warnings]
    if build.problems:
        lines.append((f"{build.brief}: not exported; the memos from the last good save are kept", True))
    elif build.written:
        lines += [(f"wrote {p}", False) for p in build.written]
    else:
        lines.append((f"{build.brief}: valid; memos up to date", False))
    return lines


def watch(paths: list[str], options: WatchOptions, report: Report, stop: threading.Event | None = None,
          debounce_ms: int = 300, on_ready: Callable[[], None] | None = None) -> None:
    """Build every brief named by ``paths`` once, then rebuild each one whose file, linked
    article, convention file or style file changes, until ``stop`` is set (or Ctrl-C, which the
    caller turns into exit 0)."""
    import watchfiles

    from exporter.config.style import load_style
    from exporter.pipeline import batch
    from exporter.source import tomlfile
    from exporter.source.diagnostics import BriefError

    load_style(options.style)  # a bad style at the start is a usage error, as for export
    style_file = {Path(options.style).resolve()} if options.style and tomlfile.names_file(options.style) else set()
    folders = [Path(p).resolve() for p in paths if Path(p).is_dir()]
    briefs: dict[Path, set[Path]] = {}

    def build(brief: Path) -> None:
        try:
            made = rebuild(brief, options, load_style(options.style))  # read again once edited
        except BriefError as exc:  # the style file, saved broken
            made = Build(brief, problems=[str(p) for p in exc.problems])
        # What it depends on, known before the user is told (and may save again).  A brief that
        # does not load names only itself: it keeps what it depended on when it last did, so that
        # the article or convention that broke it rebuilds it once corrected.
        linked = linked_files(brief, options.root, options.convention) | style_file
        briefs[brief] = linked if made.ok else linked | briefs.get(brief, set())
        for line, is_error in _describe(made):
            report(line, is_error)

    found = batch.collect(paths)
    if not found:
        raise batch.UsageError("nothing to watch: no brief found (*.yaml or *.yml)")
    for brief in found:
        build(brief)
    roots = sorted({p.parent for deps in briefs.values() for p in deps} | set(folders))
    roots = [r for r in roots if r.is_dir()]
    if not roots:
        raise batch.UsageError("nothing to watch: no brief found (*.yaml or *.yml)")
    out = options.out.resolve()
    ready = False
    # yield_on_timeout: the first (empty) yield comes once the OS watches the folders — only then
    # is the user told so, and a save from that moment on is seen.
    for changes in watchfiles.watch(*roots, stop_event=stop, debounce=debounce_ms, step=50, rust_timeout=200,
                                    yield_on_timeout=True, raise_interrupt=True):
        if not ready:
            ready = True
            report(f"watching {len(briefs)} brief(s); Ctrl-C to stop", False)
            if on_ready is not None:
                on_ready()
        changed = {Path(path).resolve() for _, path in changes}
        changed = {p for p in changed if out not in p.parents and not p.name.endswith(".part")}
        if not changed:
            continue
        targets = [b for b, deps in briefs.items() if deps & changed]
        for brief in found:                                       # named, removed, and saved again
            if brief not in briefs and brief.resolve() in changed and brief.exists():
                targets.append(brief)
        for folder in folders:                                    # a new brief saved in a watched folder
            for brief in batch.collect([str(folder)]):
                if brief not in briefs and brief.resolve() in changed:
                    targets.append(brief)
        for brief in dict.fromkeys(targets):
            if brief.exists():
                build(brief)
            else:
                report(f"{brief}: removed; its memos are left in {options.out}", False)
                briefs.pop(brief, None)
