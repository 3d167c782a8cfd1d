"""A brief loaded and checked: its file read and validated (:mod:`exporter.model.load`), then
checked against the articles its sources link (:mod:`exporter.checks.fidelity` for references, quotes
and figures, :mod:`exporter.checks.claims` for every other statement).

Every command that reads a brief comes through :func:`load_file` or :func:`load_bytes`, so a memo
is never made from a brief whose quotes or figures its article contradicts.
"""

from __future__ import annotations

import os
from pathlib import Path

from exporter.checks.claims import check_statements
from exporter.checks.fidelity import check, parse_article, reading_of
from exporter.model.load import (
    MAX_BYTES,
    LoadedBrief,
    parse_brief,
    read_brief_file,
    settle,
)
from exporter.source.article import ArticleError, read_article
from exporter.source.diagnostics import Problem


def load_file(path: str | os.PathLike, max_bytes: int = MAX_BYTES) -> LoadedBrief:
    """Read, validate and check one brief; raise :class:`BriefError` with every problem found."""
    raw, name = read_brief_file(path, max_bytes)
    return load_bytes(raw, name, Path(path).parent)


def load_bytes(raw: bytes, name: str = "<brief>", folder: str | os.PathLike | None = None) -> LoadedBrief:
    """Validate and check a brief given as bytes (``name`` is used in messages); a source's
    ``file:`` is read relative to ``folder`` (default: the folder of ``name``)."""
    loaded, problems = parse_brief(raw, name)
    if any(source.file for source in loaded.brief.sources):
        problems += check_articles(loaded, Path(name).parent if folder is None else Path(folder))
    return settle(loaded, problems)

def check_articles(loaded: LoadedBrief, folder: Path) -> list[Problem]:
    """Read the article each source links (``file:``, relative to ``folder``) and check the brief
    against it; a file that cannot be read is an error at its ``file:`` line."""
    articles = {}
    problems: list[Problem] = []
    for i, source in enumerate(loaded.brief.sources):
        if not source.file or source.id in articles:
            continue
        here = ("sources", i, "file")
        try:
            raw = read_article(folder / source.file)
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
