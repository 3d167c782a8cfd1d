"""Where the package's own files are: fonts, catalogs, styles, the starter brief.

In an installed wheel, ``styles/`` sits inside the package (``exporter/styles``); in a source
checkout it is the repository's top-level ``styles/``.  Everything else lives in the package.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent


def fonts_dir() -> Path:
    """The shipped TrueType fonts and their licence."""
    return PACKAGE / "fonts"


def locale_dir() -> Path:
    """gettext catalogs: ``<lang>/LC_MESSAGES/brief.po``."""
    return PACKAGE / "locale"


def starter_brief() -> Path:
    """The commented brief ``brief new`` copies."""
    return PACKAGE / "starter.yaml"


@cache
def styles_dir() -> Path:
    """The shipped house styles (``*.toml``)."""
    inside = PACKAGE / "styles"
    return inside if inside.is_dir() else PACKAGE.parent / "styles"
