"""A brief loaded and checked: its file read and validated (:mod:`exporter.model.load`), then
checked against the articles its sources link (:mod:`exporter.checks.fidelity` for references, quotes
and figures, :mod:`exporter.checks.claims` for every other statement).

Every command that reads a brief comes through :func:`load_file` or :func:`load_bytes`, so a memo
is never made from a brief whose quotes or figures its article contradicts.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

from exporter.checks.claims import check_statements
from exporter.checks.fidelity import check, parse_article, reading_of
from exporter.model.load import (
    MAX_BYTES,
    LoadedBrief,
    OutsideRoot,
    parse_brief,
    read_brief_file,
    settle,
)
from exporter.source.article import ArticleError, read_article
from exporter.source.diagnostics import Problem


def load_file(path: str | os.PathLike, max_bytes: int = MAX_BYTES, root: str | os.PathLike | None = None) -> LoadedBrief:
    """Read, validate and check one brief; raise :class:`BriefError` with every problem found.  The
    files it links are read only from inside ``root`` (default: the brief's own folder)."""
    raw, name = read_brief_file(path, max_bytes)
    return load_bytes(raw, name, Path(path).parent, root)


def load_bytes(raw: bytes, name: str = "<brief>", folder: str | os.PathLike | None = None,
               root: str | os.PathLike | None = None) -> LoadedBrief:
    """Validate and check a brief given as bytes (``name`` is used in messages); a source's
    ``file:`` is read relative to ``folder`` (default: the folder of ``name``), and only from
    inside ``root`` (default: ``folder``)."""
    loaded, problems = parse_brief(raw, name)
    loaded.folder = Path(name).parent if folder is None else Path(folder)
    loaded.root = None if root is None else Path(root)
    if any(source.file for source in loaded.brief.sources):
        problems += check_articles(loaded)
    return settle(loaded, problems)


def check_articles(loaded: LoadedBrief) -> list[Problem]:
    """Read the article each source links (``file:``, relative to the brief's folder, inside its
    boundary) and check the brief against it; a file that cannot be read is an error at its
    ``file:`` line."""
    articles = {}
    problems: list[Problem] = []
    for i, source in enumerate(loaded.brief.sources):
        if not source.file or source.id in articles:
            continue
        here = ("sources", i, "file")
        try:
            raw = read_article(_linked_article(loaded, source.file))
        except ArticleError as exc:
            problems.append(loaded.problem(here, f"{source.file}: {exc}"))
            continue
        try:
            articles[source.id] = parse_article(raw, source.file)
        except ValueError as exc:
            problems.append(loaded.problem(here, f"{source.file}: {exc}"))
    if not articles:
        return problems
    # Quotes and figures, then every other statement: one reading of the articles for both.
    reading = reading_of(loaded, articles)
    return problems + check(loaded, articles, reading) + check_statements(loaded, reading)


def _linked_article(loaded: LoadedBrief, name: str) -> Path:
    """The article a source links, inside the brief's boundary (:meth:`LoadedBrief.linked`).  A
    device or a pipe is named as such wherever it is (that says nothing of anyone's secrets); any
    other file outside the boundary is refused unread, without saying whether it exists."""
    try:
        return loaded.linked(name)
    except OutsideRoot as exc:
        try:
            mode = os.stat(loaded.folder / name).st_mode
        except (OSError, ValueError):
            mode = None
        if mode is not None and not stat.S_ISREG(mode) and not stat.S_ISDIR(mode):
            raise ArticleError("is not a regular file: link the article's text, saved as a file") from None
        raise ArticleError(str(exc)) from None
