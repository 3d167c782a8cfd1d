"""brief: turn the structured summary of a news article into policy memos (DOCX and PDF).

The Python API (:mod:`exporter.api`), importable from here::

    import exporter
    checked = exporter.validate_brief("samples/niger-us-cooperation.yaml")
    pdf = exporter.render_memo(checked.brief, locale="fr", format="pdf")

The work runs down one spine, a subpackage per stage, each importing only from the stages below
it (an import-linter contract in ``pyproject.toml`` keeps it so):

``source`` (files: YAML with positions, records, diagnostics, articles) → ``model`` (the typed
brief, loading) → ``config`` (styles, conventions, fonts) → ``checks`` (the brief against its
articles) → ``localize`` (strings and values for one locale) → ``layout`` (one document tree,
:mod:`exporter.tree`) → ``render`` (``render.pdf``, ``render.docx``: tree → bytes) →
``pipeline`` (export, atomic writes, batches, watch) → ``api`` → ``mail`` and ``draft`` → ``cli``.

The API is imported on first use, so that ``import exporter`` (and the ``brief`` command's start)
loads neither reportlab nor python-docx.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from exporter._version import __version__

if TYPE_CHECKING:
    from exporter.api import Validation, load_brief, render_memo, validate_brief
    from exporter.source.diagnostics import BriefError, Problem

__all__ = ["BriefError", "Problem", "Validation", "__version__", "load_brief", "render_memo", "validate_brief"]

_API = {"Validation", "load_brief", "render_memo", "validate_brief"}
_DIAGNOSTICS = {"BriefError", "Problem"}


def __getattr__(name: str):
    if name in _API:
        from exporter import api

        return getattr(api, name)
    if name in _DIAGNOSTICS:
        from exporter.source import diagnostics

        return getattr(diagnostics, name)
    raise AttributeError(f"module 'exporter' has no attribute {name!r}")
