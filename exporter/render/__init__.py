"""Renderers: one module per format, each a function ``render(document, style) -> bytes``.

A renderer reads the :mod:`exporter.tree` and the :class:`~exporter.config.style.Style`; it decides how
things look, never what they say, and never touches the file system.
"""

# A table row of more lines than this may break across pages, in both formats; shorter rows stay
# whole on their page.  A row taller than a page must break, or the memo could not be laid out.
LONG_ROW_LINES = 12

# A French note's signature block stands on the right half of the page: indented this far (mm), centred.
SIGNATURE_INDENT_MM = 80
