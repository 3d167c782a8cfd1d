"""Export: one brief file → its memos, as bytes, with every problem found on the way.

This ties the spine together for one file — load, then for each locale localize and lay out once,
then render each format — and returns named byte strings; it never writes.  The batch module
decides where and whether to write.  Renderers are imported only for the formats asked for.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field

from exporter.checks.loading import load_file
from exporter.config.convention import Convention
from exporter.config.fonts import drawable
from exporter.config.style import Style
from exporter.model.load import LoadedBrief
from exporter.render.errors import MemoDoesNotFit
from exporter.source.diagnostics import BriefError, Problem
from exporter.tree import Document

FORMATS = ("pdf", "docx")


@dataclass
class RenderedMemo:
    """One rendered file: its name in the output folder and its bytes."""

    name: str
    brief_id: str
    locale: str
    format: str
    data: bytes


@dataclass
class FileResult:
    """What became of one brief file: its memos, its errors and warnings."""

    source: str
    brief_id: str | None = None
    memos: list[RenderedMemo] = field(default_factory=list)
    errors: list[Problem] = field(default_factory=list)
    warnings: list[Problem] = field(default_factory=list)


def output_name(brief_id: str, locale: str, extension: str) -> str:
    """The file name of a memo (or its e-mail draft): ``<id>.<locale>.<ext>``."""
    return f"{brief_id}.{locale}.{extension}"


def renderer(fmt: str) -> Callable[[Document, Style], bytes]:
    """The ``render(document, style) -> bytes`` function of a format, imported on first use (a
    DOCX-only run never imports reportlab)."""
    if fmt == "pdf":
        from exporter.render.pdf.renderer import render
    elif fmt == "docx":
        from exporter.render.docx.renderer import render
    else:
        raise ValueError(f"no renderer for {fmt!r}; formats: {', '.join(FORMATS)}")
    return render


def rendered(loaded: LoadedBrief, locale: str, fmt: str, document: Document, style: Style) -> bytes:
    """The bytes of one memo; a memo that cannot be laid out (a block taller than a page, even
    split) is the brief's error, named after the file it would have been."""
    try:
        return renderer(fmt)(document, style)
    except MemoDoesNotFit as exc:
        raise BriefError([Problem(loaded.file, f"{output_name(loaded.brief.id, locale, fmt)}: {exc}")]) from exc


def convention_of(loaded: LoadedBrief, override: str | None = None) -> Convention:
    """The convention a memo follows: ``--convention``, else the brief's ``convention:``, else the
    default; a brief naming an unknown one gets the error at that line."""
    from exporter.layout import load_convention
    from exporter.model.load import OutsideRoot
    from exporter.source import tomlfile

    if override is not None or loaded.brief.convention is None:
        return load_convention(override)
    name = loaded.brief.convention
    try:
        if tomlfile.names_file(name):  # a file of the brief's: beside it, inside its boundary
            try:
                path = loaded.linked(name)
            except OutsideRoot as exc:
                raise BriefError([Problem(name, f"{name}: {exc}")]) from None
            return load_convention(str(path), loaded.root or loaded.folder)
        return load_convention(name)
    except BriefError as exc:
        raise BriefError([loaded.problem(("convention",), p.message) for p in exc.problems]) from None


def build_documents(loaded: LoadedBrief, locale_names: list[str] | None, style: Style,
                    convention: str | None = None) -> Iterator[tuple[str, Document, list[Problem]]]:
    """Yield (locale name, document, warnings) for each locale asked for (default: the brief's),
    following ``convention`` (a name or a file; default: the brief's own)."""
    from exporter.layout import build
    from exporter.localize.localizer import Localizer
    from exporter.model.locales import parse_locale

    chosen = convention_of(loaded, convention)
    style = chosen.apply(style)
    names = locale_names or list(loaded.brief.languages)
    charset = drawable(style.font.body, style.font.heading)
    said: set[Problem] = set()  # a warning about the brief itself is the same in every locale: said once
    for name in names:
        locale = parse_locale(name, loaded.file)
        loc = Localizer(loaded, locale, charset, chosen.spellings, chosen.gpo)
        document = build(loaded, loc, style, chosen)
        new = [w for w in loc.warnings if w not in said]
        said.update(new)
        yield str(locale), document, new


def export_loaded(loaded: LoadedBrief, locales: list[str] | None, formats: list[str], style: Style,
                  strict: bool = False, convention: str | None = None) -> FileResult:
    """Render an already loaded brief; problems are collected, never raised."""
    result = FileResult(loaded.file, loaded.brief.id, warnings=list(loaded.warnings))
    try:
        chosen = convention_of(loaded, convention)
        looks = chosen.apply(style)
        limit = chosen.page_limit.get(loaded.brief.kind)
        result.warnings.extend(style_fixed(loaded, chosen, style))
        for locale, document, warnings in build_documents(loaded, locales, style, convention):
            result.warnings.extend(warnings)
            if strict and result.warnings:
                continue  # it will fail: nothing to render
            for fmt in formats:
                data = rendered(loaded, locale, fmt, document, looks)
                name = output_name(loaded.brief.id, locale, fmt)
                result.memos.append(RenderedMemo(name, loaded.brief.id, locale, fmt, data))
                if limit and fmt == "pdf":
                    result.warnings.extend(_over_limit(loaded, chosen, name, data, limit))
    except BriefError as exc:
        result.errors.extend(exc.problems)
    except Exception as exc:  # a bug of ours must not cost the rest of a batch
        if os.environ.get("BRIEF_DEBUG"):
            raise
        result.errors.append(Problem(loaded.file, f"internal error while rendering ({type(exc).__name__}: {exc}); "
                                                  "run again with --debug and report it"))
    if strict and result.warnings:
        result.errors.extend(w.as_error() for w in result.warnings)
        result.warnings = []
    if result.errors:
        result.memos = []
    return result


_LOOKS = {"font": "typeface", "size": "sizes", "color": "colours", "page": "paper and margins"}


def style_fixed(loaded: LoadedBrief, convention, style: Style) -> list[Problem]:
    """A warning when the user picked a style whose look the convention fixes (State's templates
    fix the face, the sizes and the colours): the option would otherwise be ignored in silence."""
    from exporter.config.style import DEFAULT_STYLE

    fixed = [_LOOKS[section] for section, _ in convention.style if section in _LOOKS]
    if style.name == DEFAULT_STYLE or not fixed:
        return []
    return [Problem(loaded.file, f"the {convention.name} convention fixes the {', '.join(fixed)} of its memos: "
                                 f"style {style.name!r} changes only its spacing and table shading", warning=True)]


def page_limit(loaded: LoadedBrief, convention: str | None, locale: str, document, style: Style) -> list[Problem]:
    """What ``brief validate`` says of a memo's length where its convention limits it (State: two
    pages): the PDF is rendered, and its pages counted, only then."""
    chosen = convention_of(loaded, convention)
    limit = chosen.page_limit.get(loaded.brief.kind)
    if not limit:
        return []
    return _over_limit(loaded, chosen, output_name(loaded.brief.id, locale, "pdf"),
                       rendered(loaded, locale, "pdf", document, chosen.apply(style)), limit)


def _over_limit(loaded: LoadedBrief, convention: Convention, name: str, data: bytes, limit: int) -> list[Problem]:
    """A warning when a memo runs past its convention's page limit (State: an action memo keeps to
    two pages); counted in the PDF, whose pages the DOCX's match."""
    from exporter.render.pdf.renderer import page_count

    pages = page_count(data)
    if pages <= limit:
        return []
    return [Problem(loaded.file, f"{name} runs to {pages} pages; a {convention.name} {loaded.brief.kind} memo "
                                 f"keeps to {limit}: shorten the background or move detail to an attachment", warning=True)]


def export_file(path: str, locales: list[str] | None, formats: list[str], style: Style,
                strict: bool = False, convention: str | None = None, root=None) -> FileResult:
    """Load and render one brief file; problems are collected, never raised.  The files it links
    are read only from inside ``root`` (default: the brief's folder)."""
    try:
        loaded = load_file(path, root=root)
    except BriefError as exc:
        return FileResult(exc.problems[0].file if exc.problems else str(path), errors=exc.problems)
    return export_loaded(loaded, locales, formats, style, strict, convention)
