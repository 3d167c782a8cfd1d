"""brief: turn the structured summary of a news article into policy memos (DOCX and PDF).

The work runs down one spine, a module per stage, imports only going down:
``load`` (YAML → :class:`~exporter.model.Brief`) → ``localize`` (strings and values for one
locale) → ``layout`` (one document tree, :mod:`exporter.tree`) → ``render`` (a module per
format, tree → bytes) → ``write`` (atomic files, reports).  ``export`` ties them together.
"""

__version__ = "0.1.0"
