"""Import reportlab's platypus without compiling its costliest regular expression the slow way.

``reportlab.platypus.paragraph`` compiles, at import, a URL pattern (taken from Django) with
``re.IGNORECASE`` and character classes spanning U+00A1–U+FFFF; folding the case of 65,000
characters makes that one ``re.compile`` take 27 ms, a tenth of a one-memo run.  The pattern
below is the same pattern with the case folding written out — ``[a-z]`` as ``[A-Za-z]`` plus the
four characters that fold into ASCII (ı İ ſ K), the wide classes as complements — and compiles
in about a millisecond.

While platypus is imported, ``re.compile`` hands back this equivalent for that exact pattern and
those exact flags, and compiles everything else as usual; a reportlab whose pattern differs
simply compiles its own.  Tests check each rewritten class against IGNORECASE over every code
point, the whole pattern against reportlab's on generated addresses, and that reportlab's pattern
is still the one this module knows.
"""

from __future__ import annotations

import re
from contextlib import contextmanager

REPORTLAB_URI = (
    "(^(?:[a-z0-9\\.\\-\\+]*)://)(?:\\S+(?::\\S*)?@)?(?:(?:25[0-5]|2[0-4]\\d|[0-1]?\\d?\\d)"
    "(?:\\.(?:25[0-5]|2[0-4]\\d|[0-1]?\\d?\\d)){3}|\\[[0-9a-f:\\.]+\\]|([a-z\xa1-\uffff0-9]"
    "(?:[a-z\xa1-\uffff0-9-]{0,61}[a-z\xa1-\uffff0-9])?(?:\\.(?!-)[a-z\xa1-\uffff0-9-]{1,63}(?<!-))*"
    "\\.(?!-)(?:[a-z\xa1-\uffff-]{2,63}|xn--[a-z0-9]{1,59})(?<!-)\\.?|localhost))(?::\\d{2,5})?"
    "(?:[/?#][^\\s]*)?\\Z"
)

# The same classes and letters with their case folding written out: what IGNORECASE matches,
# code point by code point.  The classes spanning U+00A1–U+FFFF are written as the complement of
# what they leave out (compiling a class walks every code point of its BMP ranges in Python).
FOLDED = {
    "[a-z0-9\\.\\-\\+]": "[+\\-.0-9A-Za-z\u0130\u0131\u017f\u212a]",
    "[0-9a-f:\\.]": "[.0-:A-Fa-f]",
    "[a-z\xa1-\uffff0-9]": "[^\\x00-/:-@\\[-`{-\\xa0\\U00010000-\\U0010ffff]",
    "[a-z\xa1-\uffff0-9-]": "[^\\x00-,./:-@\\[-`{-\\xa0\\U00010000-\\U0010ffff]",
    "[a-z\xa1-\uffff-]": "[^\\x00-,.-@\\[-`{-\\xa0\\U00010000-\\U0010ffff]",
    "xn--[a-z0-9]": "[Xx][Nn]--[0-9A-Za-z\u0130\u0131\u017f\u212a]",
    "localhost": "[Ll][Oo][Cc][Aa][Ll][Hh][Oo][Ss\u017f][Tt]",
}


def folded_uri_pattern() -> str:
    """reportlab's URL pattern with its case folding written out (to compile without IGNORECASE)."""
    pattern = REPORTLAB_URI
    for original, folded in FOLDED.items():
        pattern = pattern.replace(original, folded)
    return pattern


@contextmanager
def quick_uri_pattern():
    """While active, compiling reportlab's URL pattern with IGNORECASE returns the folded pattern."""
    original = re.compile

    def compile(pattern, flags=0):
        if pattern == REPORTLAB_URI and flags == re.IGNORECASE:
            return original(folded_uri_pattern())
        return original(pattern, flags)

    re.compile = compile
    try:
        yield
    finally:
        re.compile = original
