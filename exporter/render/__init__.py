"""Renderers: one module per format, each a function ``render(document, style) -> bytes``.

A renderer reads the :mod:`exporter.tree` and the :class:`~exporter.style.Style`; it decides how
things look, never what they say, and never touches the file system.
"""
