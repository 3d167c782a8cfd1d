"""``brief draft``: one article file in, two files out — its normalized text and a draft brief.

read (formats → paragraphs) → extract (rules, and spaCy when installed) → write (commented YAML),
then the draft is loaded back with the same loader as ``brief validate``: a draft that would not
validate is never left behind, and every quotation is checked to be a span of its paragraph.
"""

from __future__ import annotations

import datetime as dt
import os
import re
from dataclasses import dataclass, field
from pathlib import Path

from exporter.draft.read import Article, ArticleError, read_article

LANGUAGES = ("fr", "en")


class DraftError(Exception):
    """The draft cannot be written; the message says why."""


@dataclass
class DraftResult:
    """What ``brief draft`` wrote for one article."""

    brief: Path
    article: Path
    language: str
    quotes: int
    figures: int
    actors: int
    placeholders: int
    found_by: str
    notes: list[str] = field(default_factory=list)


def default_id(path: Path) -> str:
    """A brief id from an article's file name: ``article-niger-us-cooperation.fr.txt`` →
    ``niger-us-cooperation``."""
    stem = path.name
    for _ in range(3):
        stem, ext = os.path.splitext(stem)
        if not ext or ext.lower().lstrip(".") not in ("txt", "text", "md", "markdown", "html", "htm", "xhtml",
                                                       "docx", "fr", "en", "article"):
            stem = stem + ext
            break
    slug = re.sub(r"[^a-z0-9]+", "-", _ascii(stem).lower()).strip("-")
    slug = re.sub(r"^article-", "", slug)[:80].strip("-")
    return slug or "draft"


def _ascii(text: str) -> str:
    import unicodedata

    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")


def today() -> dt.date:
    """The memo's date: today, or the day of SOURCE_DATE_EPOCH for reproducible drafts."""
    from exporter.source.epoch import source_date_epoch

    epoch = source_date_epoch()
    if epoch is not None:
        return dt.datetime.fromtimestamp(epoch, dt.UTC).date()
    return dt.date.today()


def draft_article(path: str | os.PathLike, out_dir: str | os.PathLike = ".", language: str | None = None,
                  brief_id: str | None = None, force: bool = False, use_nlp: bool = True) -> DraftResult:
    """Write ``<id>.article.<lang>.txt`` and ``<id>.yaml`` into ``out_dir`` from one article."""
    from exporter.model.brief import SLUG_PATTERN

    source = Path(path)
    out = Path(out_dir)
    if language is not None and language not in LANGUAGES:
        raise DraftError(f"--lang {language!r}: choose fr or en")
    brief_id = brief_id or default_id(source)
    if not re.fullmatch(SLUG_PATTERN, brief_id):
        raise DraftError(f"{brief_id!r} is not a valid id: use lower-case letters, digits, - and _")
    try:
        article = read_article(source)
    except ArticleError as exc:
        raise DraftError(str(exc)) from None
    if not article.paragraphs:
        raise DraftError(f"{source}: no text found in the article (nothing to draft from)")
    return draft_from(article, source, out, language, brief_id, force, use_nlp)


def draft_from(article: Article, source: Path, out: Path, language: str | None, brief_id: str,
               force: bool = False, use_nlp: bool = True) -> DraftResult:
    """The work of :func:`draft_article` once the article is read."""
    from exporter.draft import nlp as nlp_module
    from exporter.draft.extract import extract, guess_language
    from exporter.draft.write import DraftInput, placeholders, render
    from exporter.pipeline.write import atomic_write

    lang = language or guess_language(article.paragraphs)
    article_path = out / f"{brief_id}.article.{lang}.txt"
    brief_path = out / f"{brief_id}.yaml"
    if not force:
        for target in (brief_path, article_path):
            if target.exists():
                raise DraftError(f"{target} exists; use --force to overwrite it")
    model = nlp_module.load(lang) if use_nlp else None
    try:
        extraction = extract(article.paragraphs, lang, article.title, model)
    except Exception as exc:   # a bug of the rules on this text: said as one, nothing written, the batch goes on
        raise DraftError(f"{source}: the draft rules failed on this article ({type(exc).__name__}: {exc}); "
                         f"nothing was written — please report it with the article") from exc
    # Nothing in a draft is invented: a quotation that is not a span of its paragraph is a bug of
    # the rules, and is dropped rather than written.
    extraction.quotes = [q for q in extraction.quotes if q.text and q.text in article.paragraphs[q.paragraph - 1]]
    found_by = "rules" + (f" + spaCy {model.name}" if model else "")
    text = render(DraftInput(brief_id, lang, article_path.name, article.title, extraction, today(), found_by,
                             source.name))
    try:
        atomic_write(article_path, article.normalized().encode("utf-8"))
        atomic_write(brief_path, text.encode("utf-8"))
    except OSError as exc:
        raise DraftError(f"{out}: cannot write: {exc.strerror or exc}") from None
    _check(brief_path, article_path)
    return DraftResult(brief_path, article_path, lang, len(extraction.quotes), len(extraction.figures),
                       len(extraction.actors), placeholders(text), found_by, list(article.notes))


def _check(brief_path: Path, article_path: Path) -> None:
    """Load the draft as ``brief validate`` does; a draft that fails is removed (it is our bug)."""
    from exporter.checks.loading import load_file
    from exporter.source.diagnostics import BriefError

    try:
        load_file(brief_path)
    except BriefError as exc:
        for target in (brief_path, article_path):
            try:
                target.unlink()
            except OSError:
                pass
        raise DraftError("internal error: the draft did not validate, please report it:\n" + str(exc)) from None
