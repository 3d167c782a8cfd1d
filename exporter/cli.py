"""The ``brief`` command: parse, call, report — the work itself lives in the modules below.

Every command is a thin shell over a plain function (``batch.run``, ``load.load_file``…), so the
same work is a function call from Python and from the tests.  Problems print as
``file:line:col: field: message`` on stderr; exit codes are 0 (all good), 1 (some brief failed
or, with ``--check``, some memo is stale) and 2 (the command line itself is wrong).
Heavy libraries are imported inside the commands that need them: ``brief --help`` and
``brief validate`` never load reportlab or python-docx.
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path
from typing import List, NoReturn, Optional

import typer

from exporter._version import __version__

app = typer.Typer(
    name="brief",
    help="Turn structured briefs (YAML) into policy memos, DOCX and PDF, in French and English.",
    no_args_is_help=True,
    add_completion=False,
    rich_markup_mode=None,
    pretty_exceptions_enable=False,
    context_settings={"help_option_names": ["-h", "--help"]},
)


def _shown(text: str) -> str:
    """``text`` as the terminal gets it: each line with its control characters, bidirectional
    overrides and undecodable bytes escaped (a file name or a brief's text cannot drive it)."""
    from exporter.source.diagnostics import printable

    return "\n".join(printable(line) for line in str(text).split("\n"))


def _echo(message: str, err: bool = False) -> None:
    typer.echo(_shown(message), err=err)


def _version(value: bool) -> None:
    if value:
        typer.echo(f"brief {__version__}")
        raise typer.Exit()


@app.callback()
def main_options(
    version: bool = typer.Option(False, "--version", callback=_version, is_eager=True, help="Print the version and exit."),
) -> None:
    """Turn structured briefs (YAML) into policy memos, DOCX and PDF, in French and English.

    Start with `brief new my-brief`, fill it in, then `brief export my-brief.yaml`.
    """


class _Reporter:
    """Prints problems and progress: a bar on a terminal, plain lines in CI or in a pipe."""

    def __init__(self, quiet: bool, verbose: bool, total: int):
        self.quiet, self.verbose = quiet, verbose
        interactive = sys.stderr.isatty() and not os.environ.get("CI") and not os.environ.get("NO_COLOR")
        self.bar = None
        if interactive and not quiet and total > 1:
            from rich.progress import (
                BarColumn,
                MofNCompleteColumn,
                Progress,
                TextColumn,
                TimeElapsedColumn,
            )

            self.bar = Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(),
                                TimeElapsedColumn(), transient=True)
            self.bar.start()
            self.task = self.bar.add_task("exporting", total=total)

    def file_done(self, file_result, records) -> None:
        if self.bar is not None:
            self.bar.advance(self.task)
        for problem in file_result.errors:
            self.echo(str(problem), err=True)
        if self.verbose or not self.quiet:
            for problem in file_result.warnings:
                self.echo(str(problem), err=True)
        if self.verbose or (not self.quiet and self.bar is None):
            for record in records:
                if record.status == "failed":
                    continue  # named with its cause among the errors
                verb = {"written": "wrote", "unchanged": "up to date", "missing": "missing", "stale": "stale"}[record.status]
                if record.status == "written" or self.verbose or record.status in ("missing", "stale"):
                    self.echo(f"{verb}: {record.path} ({record.bytes:,} bytes)")

    def echo(self, message: str, err: bool = False) -> None:
        if self.bar is not None:
            self.bar.console.print(_shown(message), markup=False, highlight=False)
        else:
            _echo(message, err=err)

    def close(self) -> None:
        if self.bar is not None:
            self.bar.stop()


def _write_report(report: Path, result) -> None:
    """The JSON report of a run, written whole or not at all; a report that cannot be written is exit 1."""
    from exporter.pipeline.write import atomic_write

    try:
        atomic_write(report, (json.dumps(result.to_json(), indent=2, ensure_ascii=False) + "\n").encode("utf-8"))
    except OSError as exc:
        _echo(f"{report}: cannot write the report: {exc.strerror or exc}", err=True)
        raise typer.Exit(1) from None


def _check_report(report: Path | None, files: list, out: Path | None = None, out_suffixes: tuple[str, ...] = (),
                  ledger: Path | None = None) -> None:
    """Refuse, before anything is written, a ``--report`` path that would replace something of
    the run — one of its briefs, a memo it writes, the ledger — or any file that is not a report,
    or that cannot be written."""
    if report is None:
        return
    from exporter.pipeline.batch import UsageError, check_output_folder
    from exporter.source.diagnostics import display_path

    shown = display_path(report)
    where = report.resolve()
    if any(where == Path(f).resolve() for f in files):
        _fail_usage(f"--report {shown}: is one of the briefs of this run; name a new file for the report")
    if ledger is not None and where in (ledger.resolve(), ledger.resolve().with_name(ledger.name + ".lock")):
        _fail_usage(f"--report {shown}: is the ledger; name another file for the report")
    if out is not None and where.parent == out.resolve() and where.suffix in out_suffixes:
        _fail_usage(f"--report {shown}: is in --out, where this run writes its {'/'.join(out_suffixes)} files; "
                    "name another file for the report")
    if where.is_dir():
        _fail_usage(f"--report {shown}: is a folder")
    if where.exists() and not _is_report(where):
        _fail_usage(f"--report {shown}: exists and is not a report of brief; refusing to replace it")
    # Unwritable: said now, before any memo is made, as the write itself would say it (exit 1).
    try:
        check_output_folder(report.parent, "--report's folder")
    except UsageError as exc:
        _echo(f"{shown}: cannot write the report: {str(exc).split(': ', 1)[-1]}", err=True)
        raise typer.Exit(1) from None


def _is_report(path: Path) -> bool:
    """Whether ``path`` holds a report an earlier run wrote (which a new one may replace)."""
    try:
        if path.stat().st_size > 256 * 1024 * 1024 or not path.is_file():
            return False
        data = json.loads(path.read_bytes().decode("utf-8"))
    except (OSError, ValueError, RecursionError):
        return False
    return isinstance(data, dict) and {"briefs", "errors", "warnings"} <= data.keys()


def _fail_usage(message: str) -> NoReturn:
    _echo(f"brief: error: {message}", err=True)
    raise typer.Exit(2)


def _check_epoch() -> None:
    """An unusable ``SOURCE_DATE_EPOCH`` is one usage error, not a failure of every brief."""
    from exporter.source.epoch import source_date_epoch

    try:
        source_date_epoch()
    except ValueError as exc:
        _fail_usage(str(exc))


def _root(root: Path | None) -> Path | None:
    """``--root``: an existing folder, or exit 2."""
    if root is not None and not root.is_dir():
        _fail_usage(f"--root {root}: not a folder")
    return root


def _briefs(paths: list[str], shard: str | None = None) -> list:
    """The brief files ``paths`` name (files, folders, globs; a ``--shard`` of them), or exit 2
    saying why there are none to work on."""
    from exporter.pipeline import batch

    try:
        files = batch.shard(batch.collect(paths), shard)
    except batch.UsageError as exc:
        _fail_usage(str(exc))
    if not files:
        _fail_usage("no briefs found (*.yaml or *.yml)")
    return files


def _check_formats_locales(formats: list[str] | None, locales: list[str] | None) -> list[str]:
    from exporter.pipeline.export import FORMATS

    chosen = formats or list(FORMATS)
    for fmt in chosen:
        if fmt not in FORMATS:
            _fail_usage(f"unknown format {fmt!r}; choose among {', '.join(FORMATS)}")
    if locales:
        from exporter.model.locales import parse_locale
        from exporter.source.diagnostics import BriefError

        for name in locales:
            try:
                parse_locale(name, "--locale")
            except BriefError as exc:
                _fail_usage(exc.problems[0].message)
    return list(dict.fromkeys(chosen))


@app.command()
def export(
    paths: List[str] = typer.Argument(..., help="Brief files, folders of briefs (searched recursively) or globs."),
    format: Optional[List[str]] = typer.Option(None, "--format", "-f", help="pdf or docx; repeat for both (default: both)."),
    locale: Optional[List[str]] = typer.Option(None, "--locale", "-l", help="A CLDR locale such as fr, en, en_GB, de_CH; repeat for several (default: the brief's languages)."),
    out: Path = typer.Option(Path("out"), "--out", "-o", help="Output folder; files are named <id>.<locale>.<ext>."),
    style: Optional[str] = typer.Option(None, "--style", "-s", help="A shipped style (formal, plain) or a .toml file."),
    convention: Optional[str] = typer.Option(None, "--convention", "-c", help="bilingual, us-state, fr-diplomatie or a .toml file (default: the brief's `convention:`, else bilingual)."),
    jobs: Optional[int] = typer.Option(None, "--jobs", "-j", min=1, help="Parallel processes (default: the CPU count; 1 stays in-process)."),
    report: Optional[Path] = typer.Option(None, "--report", help="Write a JSON report of outputs and errors to this file."),
    shard: Optional[str] = typer.Option(None, "--shard", help="K/N: export only the K-th of N stable parts (CI matrices)."),
    check: bool = typer.Option(False, "--check", help="Write nothing; exit 1 naming every missing or stale file in --out."),
    root: Optional[Path] = typer.Option(None, "--root", help="The folder briefs may read linked files (articles, a convention .toml) from (default: each brief's own folder)."),
    strict: bool = typer.Option(False, "--strict", help="Treat warnings (missing translations, removed characters) as errors."),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="Print only errors."),
    verbose: bool = typer.Option(False, "--verbose", "-v", help="Print every file and warning."),
    debug: bool = typer.Option(False, "--debug", help="Show a traceback on internal errors."),
) -> None:
    """Export briefs to memos (DOCX and PDF).

    Examples:

      brief export samples/niger-us-cooperation.yaml --format pdf

      brief export samples/ --locale fr --locale en_GB --out memos/

      brief export samples/niger-force-posture.yaml --convention us-state --locale en_US

      brief export briefs/ --jobs 4 --report report.json --shard 1/2

      brief export briefs/ --check --out memos/
    """
    from exporter.pipeline import batch

    if debug:
        os.environ["BRIEF_DEBUG"] = "1"
    formats = _check_formats_locales(format, locale)
    _check_epoch()
    files = _briefs(paths, shard)
    _check_report(report, files, out, tuple(f".{f}" for f in formats))
    options = batch.Options(out=out, formats=formats, locales=locale or None, style=style, convention=convention,
                            jobs=jobs or os.cpu_count() or 1, strict=strict, check=check, root=_root(root))
    reporter = _Reporter(quiet, verbose, len(files))
    try:
        result = batch.run(files, options, progress=reporter.file_done)
    except batch.UsageError as exc:
        reporter.close()
        _fail_usage(str(exc))
    except KeyboardInterrupt:
        reporter.close()
        _echo("brief: interrupted; the files written so far are whole, the others were not started", err=True)
        raise typer.Exit(130) from None
    finally:
        reporter.close()
    if report is not None:
        _write_report(report, result)
    if not quiet:
        _echo(result.check_summary() if check else result.summary(out), err=True)
    raise typer.Exit(result.exit_code)


@app.command()
def validate(
    paths: List[str] = typer.Argument(..., help="Brief files, folders or globs."),
    strict: bool = typer.Option(False, "--strict", help="Treat warnings as errors."),
    locale: Optional[List[str]] = typer.Option(None, "--locale", "-l", help="Also check these locales (default: the brief's languages)."),
    convention: Optional[str] = typer.Option(None, "--convention", "-c", help="Check against this convention (default: the brief's)."),
    root: Optional[Path] = typer.Option(None, "--root", help="The folder briefs may read linked files (articles, a convention .toml) from (default: each brief's own folder)."),
) -> None:
    """Check briefs without rendering them; exit 0 when all are valid, 1 otherwise.

    Example:

      brief validate samples/*.yaml --strict
    """
    from exporter.api import validate_brief

    bad = 0
    root = _root(root)
    for path in _briefs(paths):
        checked = validate_brief(Path(path), locales=locale or None, convention=convention, strict=strict, root=root)
        for problem in checked.problems:
            _echo(str(problem), err=True)
        if checked.ok and checked.brief is not None:  # ok: a brief without errors
            _echo(f"{checked.brief.file}: valid")
        else:
            bad += 1
    raise typer.Exit(1 if bad else 0)


@app.command()
def schema() -> None:
    """Print the brief's JSON Schema (for editors that validate YAML as you type).

    Example:

      brief schema > brief.schema.json
    """
    from exporter.model.brief import Brief
    from exporter.source.records import json_schema

    typer.echo(json.dumps(json_schema(Brief, "brief"), indent=2, ensure_ascii=False))


@app.command()
def new(
    id: str = typer.Argument(..., help="The brief's id: lower-case letters, digits, - and _."),
    out: Path = typer.Option(Path("."), "--out", "-o", help="Folder to write <id>.yaml in."),
    force: bool = typer.Option(False, "--force", help="Overwrite an existing file."),
) -> None:
    """Write <id>.yaml, a commented starter brief that validates.

    Example:

      brief new sahel-update && brief export sahel-update.yaml
    """
    import re

    from exporter.model.brief import SLUG_PATTERN
    from exporter.pipeline.write import atomic_write
    from exporter.resources import starter_brief

    if not re.fullmatch(SLUG_PATTERN, id):
        _fail_usage(f"{id!r} is not a valid id: use lower-case letters, digits, - and _")
    path = out / f"{id}.yaml"
    if path.exists() and not force:
        _fail_usage(f"{path} exists; use --force to overwrite it")
    text = starter_brief().read_text("utf-8").replace("id: starter-brief", f"id: {id}", 1)
    try:
        atomic_write(path, text.encode("utf-8"))
    except OSError as exc:
        _fail_usage(f"{path}: cannot write: {exc.strerror or exc}")
    _echo(f"wrote {path}; next: brief export {path}")


@app.command()
def mail(
    paths: List[str] = typer.Argument(..., metavar="BRIEF_OR_FOLDER...", help="Brief files, folders of briefs (searched recursively) or globs."),
    to: Optional[List[str]] = typer.Option(None, "--to", metavar="ADDR", help="A recipient (jane@example.org or \"Jane Doe <jane@example.org>\"); repeat for several. Replaces the brief's distribution: list."),
    cc: Optional[List[str]] = typer.Option(None, "--cc", metavar="ADDR", help="A recipient in copy; repeat for several."),
    sender: Optional[str] = typer.Option(None, "--from", metavar="ADDR", help="The sender (default: BRIEF_SMTP_FROM)."),
    locale: Optional[List[str]] = typer.Option(None, "--locale", "-l", help="The memo's locale; repeat for several (default: each reader's language, else the brief's first)."),
    send: bool = typer.Option(False, "--send", help="Send through the SMTP server set by the BRIEF_SMTP_* environment variables (default: write drafts)."),
    ledger: Optional[Path] = typer.Option(None, "--ledger", help="With --send: a JSON file of what was delivered; a memo already delivered to a recipient is not sent again (the ledger is locked for the run)."),
    resend_unknown: bool = typer.Option(False, "--resend-unknown", help="With --ledger: send again the messages an earlier run sent but the server never confirmed (recorded as unknown)."),
    report: Optional[Path] = typer.Option(None, "--report", help="Write a JSON report of every message (recipients, language, subject, bytes, message-id, status)."),
    out: Optional[Path] = typer.Option(None, "--out", "-o", help="Folder for the drafts, <id>.<locale>.eml (default: out/)."),
    style: Optional[str] = typer.Option(None, "--style", "-s", help="A shipped style or a .toml file."),
    convention: Optional[str] = typer.Option(None, "--convention", "-c", help="bilingual, us-state, fr-diplomatie or a .toml file (default: the brief's)."),
    max_size: float = typer.Option(10.0, "--max-size", help="Megabytes a message may weigh: a draft over it warns, a message over it is not sent."),
    strict: bool = typer.Option(False, "--strict", help="Treat warnings as errors: such a brief is not mailed."),
    root: Optional[Path] = typer.Option(None, "--root", help="The folder briefs may read linked files (articles, a convention .toml) from (default: each brief's own folder)."),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="Print only errors."),
    debug: bool = typer.Option(False, "--debug", help="Show a traceback on internal errors (never with a password in it)."),
) -> None:
    """Mail memos: one message per brief and language, the PDF and DOCX attached.

    Without --send, write e-mail drafts (.eml) to open and send by hand. With --send, send them
    through SMTP (BRIEF_SMTP_HOST, _PORT, _USER, _PASSWORD, _TLS, _CAFILE, _FROM), each reader of the
    brief's distribution: list in their language, never twice with --ledger.

    Examples:

      brief mail samples/niger-us-cooperation.yaml --locale fr --to desk@example.org

      brief mail briefs/ --send --ledger ledger.json --report mail.json

      brief mail briefs/sahel.yaml --send --to director@example.org --cc desk@example.org -l en
    """
    from exporter.mail import dispatch
    from exporter.mail.compose import parse_address
    from exporter.pipeline import batch

    if debug:
        os.environ["BRIEF_DEBUG"] = "1"
    _check_formats_locales(None, locale)
    _check_epoch()
    try:
        to_list = [parse_address(a, "--to") for a in to or []]
        cc_list = [parse_address(a, "--cc") for a in cc or []]
    except ValueError as exc:
        _fail_usage(str(exc))
    if ledger is not None and not send:
        _fail_usage("--ledger records what --send delivered: add --send (drafts are never recorded)")
    if resend_unknown and ledger is None:
        _fail_usage("--resend-unknown sends again what the ledger records as unknown: add --ledger")
    if out is not None and send:
        _fail_usage("--out is the drafts' folder: --send writes no files (see --report and --ledger)")
    files = _briefs(paths)
    _check_report(report, files, None if send else (out or Path("out")), (".eml",), ledger)
    try:
        from exporter.config.style import load_style
        from exporter.source.diagnostics import BriefError

        load_style(style)
        if convention is not None:
            from exporter.layout import load_convention

            load_convention(convention)
    except BriefError as exc:
        _fail_usage(str(exc))
    settings = None
    from_option = sender is not None
    if send:
        from exporter.mail import smtp

        try:
            settings = smtp.from_environ()
        except smtp.SettingsError as exc:
            _fail_usage(str(exc))
        sender = sender or settings.sender
        if not sender:
            _fail_usage("no sender: give --from or set BRIEF_SMTP_FROM")
    from_address = None
    if sender:
        try:
            from_address = parse_address(sender, "--from" if from_option else "BRIEF_SMTP_FROM")
        except ValueError as exc:
            _fail_usage(str(exc))
    options = dispatch.MailOptions(locales=locale or None, to=to_list, cc=cc_list, sender=from_address, style=style,
                               convention=convention, strict=strict, max_bytes=int(max_size * 1_000_000),
                               out=out or Path("out"), send=send, root=_root(root), resend_unknown=resend_unknown)
    if not send:
        try:
            batch.check_output_folder(options.out)
        except batch.UsageError as exc:
            _fail_usage(str(exc))
    the_ledger = transport = None
    if send:
        from exporter.mail.ledger import Ledger, LedgerError

        if ledger is not None:
            try:
                the_ledger = Ledger.open(ledger, waiting=lambda line: _echo(line, err=True))
            except LedgerError as exc:
                _fail_usage(str(exc))
        assert settings is not None, "read above whenever send is set"
        transport = smtp.Transport(settings)

    def echo(line: str, err: bool = False) -> None:
        if err or not quiet:
            _echo(line, err=err)

    try:
        result = dispatch.run(files, options, the_ledger, transport, echo=echo)
    except KeyboardInterrupt:
        _echo("brief: interrupted; what was sent is in the ledger", err=True)
        raise typer.Exit(130) from None
    finally:
        if transport is not None:
            transport.close()
        if the_ledger is not None:
            the_ledger.close()
    if result.stopped:
        sent = sum(1 for m in result.messages if m.status in ("sent", "partly-sent"))
        _echo(f"brief: error: {result.stopped}; "
                   + ("nothing was sent" if not sent else f"{sent} message(s) had been sent, the others were not"), err=True)
    if report is not None:
        _write_report(report, result)
    if not quiet:
        _echo(result.summary(send, options.out), err=True)
    raise typer.Exit(result.exit_code)


@app.command()
def draft(
    articles: List[Path] = typer.Argument(..., metavar="ARTICLE...", help="Article files: .txt, .md, .html or .docx."),
    lang: Optional[str] = typer.Option(None, "--lang", help="fr or en (default: guessed from the text)."),
    id: Optional[str] = typer.Option(None, "--id", help="The brief's id (default: from the file name); one article only."),
    out: Path = typer.Option(Path("."), "--out", "-o", help="Folder for <id>.yaml and <id>.article.<lang>.txt."),
    force: bool = typer.Option(False, "--force", help="Overwrite existing files."),
    rules_only: bool = typer.Option(False, "--rules-only", help="Do not use spaCy even when it is installed."),
) -> None:
    """Draft a brief from an article: quotes, figures, actors and the source filled in, TODO where
    an analyst writes; the article's text is saved beside it, paragraphs numbered for `file:`.

    Examples:

      brief draft samples/article-niger-us-cooperation.fr.txt -o drafts/

      brief draft statement.html --lang en --id sahel-aid && brief validate sahel-aid.yaml

    With spaCy's French pipeline installed (pip install 'brief[draft]'), names without a title
    are found too.
    """
    from exporter.draft.build import DraftError, draft_article

    if id is not None and len(articles) > 1:
        _fail_usage("--id names one brief: give one article, or drop --id")
    _check_epoch()
    failed = 0
    for article in articles:
        try:
            result = draft_article(article, out, lang, id, force, use_nlp=not rules_only)
        except DraftError as exc:
            failed += 1
            _echo(f"brief: {exc}", err=True)
            continue
        for note in result.notes:
            _echo(f"{article}: note: {note}", err=True)
        _echo(f"wrote {result.brief} ({result.quotes} quotes, {result.figures} figures, {result.actors} actors, "
                   f"{result.placeholders} TODO to write; {result.found_by}) and {result.article}")
    raise typer.Exit(1 if failed else 0)


@app.command()
def watch(
    paths: List[str] = typer.Argument(..., help="Brief files or folders of briefs."),
    out: Path = typer.Option(Path("out"), "--out", "-o", help="Output folder; files are named <id>.<locale>.<ext>."),
    format: Optional[List[str]] = typer.Option(None, "--format", "-f", help="pdf or docx; repeat for both (default: both)."),
    locale: Optional[List[str]] = typer.Option(None, "--locale", "-l", help="A CLDR locale; repeat for several (default: the brief's languages)."),
    style: Optional[str] = typer.Option(None, "--style", "-s", help="A shipped style (formal, plain) or a .toml file."),
    convention: Optional[str] = typer.Option(None, "--convention", "-c", help="bilingual, us-state, fr-diplomatie or a .toml file."),
    strict: bool = typer.Option(False, "--strict", help="Treat warnings as errors (nothing is written while one remains)."),
    root: Optional[Path] = typer.Option(None, "--root", help="The folder briefs may read linked files (articles, a convention .toml) from (default: each brief's own folder)."),
) -> None:
    """Re-validate and re-export briefs each time they (or the articles they link) are saved;
    a broken save prints its problems and keeps the last good memos. Ctrl-C stops.

    Examples:

      brief watch samples/niger-us-cooperation.yaml -o memos/

      brief watch briefs/ --format pdf --locale fr
    """
    from exporter.pipeline import batch
    from exporter.pipeline.watch import WatchOptions
    from exporter.pipeline.watch import watch as run_watch

    formats = _check_formats_locales(format, locale)
    _check_epoch()
    options = WatchOptions(out=out, formats=formats, locales=locale or None, style=style, convention=convention,
                           strict=strict, root=_root(root))
    try:
        run_watch(paths, options, lambda line, is_error: _echo(line, err=is_error))
    except batch.UsageError as exc:
        _fail_usage(str(exc))
    except KeyboardInterrupt:
        _echo("stopped", err=True)
    raise typer.Exit(0)
