"""Labels through gettext catalogs: ``exporter/locale/<lang>/LC_MESSAGES/brief.po``.

The ``.po`` files are the sources translators edit (``pybabel`` extracts and updates them); they
are compiled at load time by :func:`read_po`, a small reader of the format (quicker than importing
``babel.messages``), so nothing generated is committed and the wheel ships the sources.  A label the catalog lacks falls back to English and is reported once.
"""

from __future__ import annotations

import re
from functools import cache

from exporter.resources import locale_dir

DOMAIN = "brief"


@cache
def catalog(lang: str) -> dict[str, str] | None:
    """The translated labels of ``lang`` (such as ``fr`` or ``fr_CA``), or None without a catalog."""
    path = locale_dir() / lang / "LC_MESSAGES" / f"{DOMAIN}.po"
    if not path.is_file():
        return None
    return read_po(path.read_text("utf-8"))


_ESCAPES = {"n": "\n", "t": "\t", "r": "\r", '"': '"', "\\": "\\"}


def read_po(text: str) -> dict[str, str]:
    """The translated messages of a ``.po`` file: msgid → msgstr, leaving out the header, fuzzy
    entries, untranslated ones and plural forms (brief uses none).  An entry with a context (a
    convention's label) is keyed ``context + "\\x04" + msgid``, as gettext keys it."""
    messages: dict[str, str] = {}
    entry: dict[str, str] = {}
    fuzzy = False
    field = None

    def flush() -> None:
        nonlocal entry, fuzzy
        msgid, msgstr = entry.get("msgid"), entry.get("msgstr")
        if msgid and msgstr and not fuzzy and "msgid_plural" not in entry:
            context = entry.get("msgctxt")
            messages[f"{context}\x04{msgid}" if context is not None else msgid] = msgstr
        entry, fuzzy = {}, False

    for line in text.splitlines():
        line = line.strip()
        if not line:
            continue
        if line.startswith("#"):
            if entry:
                flush()
            if line.startswith("#,") and "fuzzy" in line:
                fuzzy = True
            continue
        if line.startswith('"'):
            if field is not None:
                entry[field] += _unquote(line)
            continue
        keyword, _, rest = line.partition(" ")
        if keyword in ("msgid", "msgctxt") and "msgid" in entry:
            flush()
        field = keyword
        entry[field] = _unquote(rest.strip())
    flush()
    return messages


def _unquote(quoted: str) -> str:
    body = quoted[1:-1] if len(quoted) >= 2 and quoted[0] == quoted[-1] == '"' else quoted
    return re.sub(r'\\(.)', lambda m: _ESCAPES.get(m.group(1), m.group(1)), body)


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
