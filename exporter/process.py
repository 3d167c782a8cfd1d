"""The ``brief`` process: started and ended as a short-lived command, not as a library.

Two costs of a fresh process do nothing a user can see.  With its default thresholds the garbage
collector runs over a hundred times while reportlab, babel and typer are imported and one memo is
laid out, although almost everything it scans lives until the end.  And interpreter shutdown frees
every module, font and template object one by one and collects once more (what each costs: the
README's Performance section).  So the console script raises the collector's thresholds — it still runs, and a
batch of any size stays bounded in memory — and, once the command has returned and its output is
flushed, ends the process at once.  Files are closed and renamed into place before that (see
:mod:`exporter.pipeline.write`), and a process pool has been shut down.

And, this process being ours, reportlab and PyYAML compile a few of their import-time patterns
the quick way (:mod:`exporter._compat.quickre`, ≈ 35 ms of a fresh run).

Only the console script (and ``python -m exporter``) come through here: importing ``exporter``
as a library, or the tests' in-process runner, keeps Python's defaults and ``re`` untouched.
"""

from __future__ import annotations

import gc
import os
import sys

# Generation 0 is collected every 50,000 net allocations instead of 700: a dozen times for one
# memo, and about once per brief in a batch.
GC_THRESHOLDS = (50_000, 20, 100)


def main() -> None:
    """Console-script entry point: run the ``brief`` command, flush, exit without teardown."""
    gc.set_threshold(*GC_THRESHOLDS)
    from exporter._compat import quickre

    quickre.host()  # this process is ours: reportlab and PyYAML may compile the quick patterns
    from exporter.cli import app

    code = run(app)
    os._exit(code)


def run(app) -> int:
    """Run the typer ``app`` as a console script would; return the exit status, output flushed."""
    try:
        app()
        code = 0
    except SystemExit as exc:
        code = exit_status(exc.code)
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        code = 130
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
        except (BrokenPipeError, ValueError):  # a closed pipe (| head) or stream: nothing to save
            code = code or 1
    return code


def exit_status(value) -> int:
    """What ``sys.exit(value)`` would make the exit status (and print, for a message)."""
    if value is None:
        return 0
    if isinstance(value, int):
        return value & 0xFF
    print(value, file=sys.stderr)
    return 1
