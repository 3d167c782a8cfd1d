"""Reading a linked article's file: a regular file of bounded size, never a device or a pipe.

A brief from a contributor may name any path as its article: this is the one place that opens
such a file, so its limits hold for every command.
"""

from __future__ import annotations

import os
import stat

from exporter.source.diagnostics import display_path

# A long news article is 50 KB of text; a DOCX with pictures (``brief draft``) a few MB.
MAX_ARTICLE_BYTES = 5 * 1024 * 1024


class ArticleError(Exception):
    """An article that cannot be read; the message says why and what to do."""


def read_article(path: str | os.PathLike, max_bytes: int = MAX_ARTICLE_BYTES, what: str = "linked articles") -> bytes:
    """The bytes of an article file: a regular file of at most ``max_bytes``, opened without
    blocking and checked once open, so that a named pipe or a device (which a brief from elsewhere
    may name, or put in place of the file between a look and a read) is refused, never waited on.
    ``what`` names such files in the messages (``linked articles``, ``articles``)."""
    try:
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0))
    except FileNotFoundError:
        raise ArticleError(f"no such file (looked for {display_path(path)})") from None
    except IsADirectoryError:
        raise ArticleError("is a folder, not the article's text file") from None
    except OSError as exc:
        raise ArticleError(f"cannot read the article: {exc.strerror or exc}") from None
    try:
        info = os.fstat(fd)
        if stat.S_ISDIR(info.st_mode):
            raise ArticleError("is a folder, not the article's text file")
        if not stat.S_ISREG(info.st_mode):
            raise ArticleError("is not a regular file: link the article's text, saved as a file")
        if info.st_size > max_bytes:
            raise ArticleError(f"the file is {info.st_size:,} bytes; {what} are limited to {max_bytes:,} bytes")
        with os.fdopen(fd, "rb") as handle:
            fd = -1  # the file object closes it now
            raw = handle.read(max_bytes + 1)
    except OSError as exc:
        raise ArticleError(f"cannot read the article: {exc.strerror or exc}") from None
    finally:
        if fd >= 0:
            os.close(fd)
    if len(raw) > max_bytes:
        raise ArticleError(f"the file is larger than {max_bytes:,} bytes, the limit for {what}")
    return raw
