"""Locale names as a brief, a distribution list or ``--locale`` give them, parsed by babel.

Below the localizer because loading a brief checks its readers' languages too.
"""

from __future__ import annotations

from babel import Locale, UnknownLocaleError

from exporter.source.diagnostics import BriefError, Problem


def parse_locale(name: str, file: str = "<locale>") -> Locale:
    """A babel Locale from ``fr``, ``en_GB``, ``de-CH``…; a clear error for anything else."""
    try:
        return Locale.parse(name.replace("-", "_"))
    except (UnknownLocaleError, ValueError, TypeError):
        raise BriefError([Problem(file, f"unknown locale {name!r} (use a CLDR locale such as fr, en, en_GB, de_CH)")]) from None
