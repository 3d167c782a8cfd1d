"""The Python API: load or validate a brief, and render one memo to bytes.

For a team that builds memos from its own Python — a notebook, a web service, a mail job — the
same work the ``brief`` command does, as plain calls that return values and never write a file::

    import exporter

    checked = exporter.validate_brief("samples/niger-us-cooperation.yaml")
    for problem in checked.problems:          # errors and warnings, each with file:line:col
        print(problem)
    if checked.ok:
        pdf = exporter.render_memo(checked.brief, locale="fr", format="pdf")

A brief may be given as a path, as YAML text, or as a mapping (the parsed YAML).  Problems come
back as :class:`~exporter.source.diagnostics.Problem` values; :func:`load_brief` and
:func:`render_memo` raise :class:`~exporter.source.diagnostics.BriefError` (which carries them)
instead.  The ``brief`` command is built on these functions.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal, TypeAlias

from exporter.checks.loading import load_bytes, load_file
from exporter.config.style import Style, load_style
from exporter.model.load import LoadedBrief
from exporter.pipeline.export import FORMATS, build_documents, convention_of, page_limit, rendered
from exporter.source.diagnostics import BriefError, Problem

BriefSource: TypeAlias = str | os.PathLike[str] | Mapping[str, object] | LoadedBrief
"""A brief as a path (``str`` or ``PathLike`` naming a file), YAML text (a ``str`` holding a newline
or a ``:``), a mapping, or a brief already loaded."""

Format = Literal["pdf", "docx"]


@dataclass
class Validation:
    """What validating a brief found: the loaded brief (None when it is not a valid brief), and
    every problem — errors first, then warnings, each with its file, line and field."""

    brief: LoadedBrief | None
    problems: list[Problem] = field(default_factory=list)

    @property
    def errors(self) -> list[Problem]:
        """The problems that make the brief unusable (or, under ``strict``, every problem)."""
        return [p for p in self.problems if not p.warning]

    @property
    def warnings(self) -> list[Problem]:
        """What is suspicious but not wrong: a claim its source does not show, a placeholder."""
        return [p for p in self.problems if p.warning]

    @property
    def ok(self) -> bool:
        """True when the brief can be rendered (no errors)."""
        return self.brief is not None and not self.errors


def load_brief(source: BriefSource, *, folder: str | os.PathLike[str] | None = None,
               root: str | os.PathLike[str] | None = None) -> LoadedBrief:
    """Load and check a brief; raise :class:`BriefError` with every error found.

    ``folder`` is where a source's ``file:`` (its linked article) is looked for when the brief is
    given as text or a mapping; a brief file's own folder otherwise.  The returned value carries
    the brief (``.brief``), its file name and its warnings (``.warnings``).  The files a brief links
    are read only from inside ``root`` (default: that folder)."""
    if isinstance(source, LoadedBrief):
        return source
    if isinstance(source, Mapping):
        import yaml

        text = yaml.safe_dump(dict(source), allow_unicode=True, sort_keys=False)
        return load_bytes(text.encode("utf-8"), "<mapping>", folder if folder is not None else ".", root)
    if isinstance(source, str) and _is_yaml_text(source):
        return load_bytes(source.encode("utf-8"), "<text>", folder if folder is not None else ".", root)
    if isinstance(source, (str, os.PathLike)):
        return load_file(source, root=root)
    raise TypeError(f"a brief is a path, YAML text or a mapping, not {type(source).__name__}")


def validate_brief(source: BriefSource, *, locales: list[str] | None = None, convention: str | None = None,
                   strict: bool = False, folder: str | os.PathLike[str] | None = None,
                   root: str | os.PathLike[str] | None = None) -> Validation:
    """Validate a brief without rendering it (but for counting pages where the convention limits
    them): load and check it, then lay it out in each locale
    (``locales``, default the brief's languages) under ``convention`` (default the brief's), which
    finds what only a locale or a convention can (a missing translation, a marking the convention
    does not print).  Never raises for a bad brief: its problems are the result.  Under ``strict``
    every warning counts as an error, as ``brief validate --strict`` has it."""
    try:
        loaded = load_brief(source, folder=folder, root=root)
        warnings = list(loaded.warnings)
        style = load_style(None)
        for name, document, said in build_documents(loaded, locales or None, style, convention):
            # A memo's length where its convention limits it (State: two pages): counted in the
            # PDF, rendered for such a convention only.
            warnings.extend(said + page_limit(loaded, convention, name, document, style))
    except BriefError as exc:
        return Validation(None, list(exc.problems))
    if strict:
        return Validation(loaded, [w.as_error() for w in warnings])
    return Validation(loaded, warnings)


def render_memo(source: BriefSource, *, locale: str | None = None, format: Format = "pdf",
                convention: str | None = None, style: str | os.PathLike[str] | Style | None = None) -> bytes:
    """One memo as bytes: the brief in ``locale`` (default its first language), as ``format``
    (``"pdf"`` or ``"docx"``), following ``convention`` (a shipped name such as ``"us-state"`` or a
    TOML file; default the brief's) and ``style`` (a shipped name such as ``"formal"``, a TOML file,
    or a :class:`Style`).  Nothing is written; the same input gives the same bytes (dates from
    ``SOURCE_DATE_EPOCH`` when set).  Raise :class:`BriefError` when the brief, the locale, the
    convention or the style is not usable."""
    if format not in FORMATS:
        raise ValueError(f"format {format!r}: use one of {', '.join(FORMATS)}")
    loaded = load_brief(source)
    looks = style if isinstance(style, Style) else load_style(None if style is None else str(style))
    chosen = convention_of(loaded, convention)
    for name, document, _ in build_documents(loaded, [locale] if locale else loaded.brief.languages[:1], looks, convention):
        return rendered(loaded, name, format, document, chosen.apply(looks))
    raise BriefError([Problem(loaded.file, "the brief has no language to render")])


def _is_yaml_text(text: str) -> bool:
    """A string that holds a brief rather than names one: a path has no newline, and a brief of
    one line is a mapping (``id: …``), which no sensible file name is."""
    return "\n" in text or (": " in text and not Path(text).exists())
