"""Labels through gettext catalogs: ``exporter/locale/<lang>/LC_MESSAGES/brief.po``.

The ``.po`` files are the sources translators edit; they are compiled at load time (a few
milliseconds, once per process), so nothing generated is committed and the wheel ships the
sources.  A label the catalog lacks falls back to English and is reported once.
"""

from __future__ import annotations

from functools import cache

from exporter.resources import locale_dir

DOMAIN = "brief"


@cache
def catalog(lang: str) -> dict[str, str] | None:
    """The translated labels of ``lang`` (such as ``fr`` or ``fr_CA``), or None without a catalog."""
    path = locale_dir() / lang / "LC_MESSAGES" / f"{DOMAIN}.po"
    if not path.is_file():
        return None
    from babel.messages.pofile import read_po

    with path.open("rb") as handle:
        parsed = read_po(handle, locale=lang, domain=DOMAIN)
    return {m.id: m.string for m in parsed if m.id and m.string and not m.fuzzy}


def available() -> list[str]:
    """Languages that have a catalog."""
    return sorted(p.name for p in locale_dir().iterdir() if (p / "LC_MESSAGES" / f"{DOMAIN}.po").is_file())


def find_catalog(candidates: list[str]) -> tuple[str | None, dict[str, str]]:
    """The first catalog among ``candidates`` (most specific first), and its messages."""
    for lang in candidates:
        found = catalog(lang)
        if found is not None:
            return lang, found
    return None, {}
