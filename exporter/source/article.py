"""Reading a linked article's file: a regular file of bounded size, never a device or a pipe.

A brief from a contributor may name any path as its article: this is the one place that opens
such a file, so its limits hold for every command.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

from exporter.source.diagnostics import display_path

MAX_ARTICLE_BYTES = 2 * 1024 * 1024

class ArticleError(Exception):
    """A linked article that cannot be read as text; the message says why and what to do."""


def read_article(path: Path, max_bytes: int = MAX_ARTICLE_BYTES) -> bytes:
    """The bytes of a linked article: a regular file of at most ``max_bytes``, read without
    following it into a device or a pipe (a brief from elsewhere may name any path)."""
    try:
        info = os.stat(path)
    except FileNotFoundError:
        raise ArticleError(f"no such file (looked for {display_path(path)})") from None
    except OSError as exc:
        raise ArticleError(f"cannot read the article: {exc.strerror or exc}") from None
    if stat.S_ISDIR(info.st_mode):
        raise ArticleError("is a folder, not the article's text file")
    if not stat.S_ISREG(info.st_mode):
        raise ArticleError("is not a regular file: link the article's text, saved as a file")
    if info.st_size > max_bytes:
        raise ArticleError(f"the file is {info.st_size:,} bytes; linked articles are limited to {max_bytes:,} bytes")
    try:
        with open(path, "rb") as handle:
            raw = handle.read(max_bytes + 1)
    except OSError as exc:
        raise ArticleError(f"cannot read the article: {exc.strerror or exc}") from None
    if len(raw) > max_bytes:
        raise ArticleError(f"the file is larger than {max_bytes:,} bytes, the limit for linked articles")
    return raw
