"""Compile three third-party regular expressions the quick way while their modules are imported.

Python's ``re`` builds a character class by walking, in Python, every code point of its ranges
below U+10000: a class spanning tens of thousands of code points takes milliseconds to compile,
in every process, at import.  Three such patterns come with every ``brief`` run:

- ``reportlab.platypus.paragraph``'s URL pattern (taken from Django), compiled with
  ``re.IGNORECASE`` over classes spanning U+00A1–U+FFFF: folding the case of 65,000 characters
  makes it take 27 ms, a tenth of a one-memo run.  The substitute is the same pattern with the
  case folding written out — ``[a-z]`` as ``[A-Za-z]`` plus the four characters that fold into
  ASCII (ı İ ſ K), the wide classes as complements;
- ``reportlab.lib.textsplit``'s CJK class ``[\\u2e80-\\uffff]`` (≈ 3 ms), written as the
  complement of what it leaves out;
- PyYAML's ``Reader.NON_PRINTABLE`` (≈ 5 ms), a negated class of everything printable, written
  as the positive class of the few characters that are not.

Each substitute matches exactly the same strings with the same groups, and compiles in under a
millisecond.  While :func:`quick_patterns` is active, ``re.compile`` hands back the substitute
for those exact patterns and flags and compiles everything else as usual; a library whose pattern
changes simply compiles its own.  tests/test_quickre.py checks each substitute against the
original over every code point, the URL pattern on generated addresses, and that the libraries
still compile the patterns this module knows.
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
# what they leave out.
FOLDED = {
    "[a-z0-9\\.\\-\\+]": "[+\\-.0-9A-Za-z\u0130\u0131\u017f\u212a]",
    "[0-9a-f:\\.]": "[.0-:A-Fa-f]",
    "[a-z\xa1-\uffff0-9]": "[^\\x00-/:-@\\[-`{-\\xa0\\U00010000-\\U0010ffff]",
    "[a-z\xa1-\uffff0-9-]": "[^\\x00-,./:-@\\[-`{-\\xa0\\U00010000-\\U0010ffff]",
    "[a-z\xa1-\uffff-]": "[^\\x00-,.-@\\[-`{-\\xa0\\U00010000-\\U0010ffff]",
    "xn--[a-z0-9]": "[Xx][Nn]--[0-9A-Za-z\u0130\u0131\u017f\u212a]",
    "localhost": "[Ll][Oo][Cc][Aa][Ll][Hh][Oo][Ss\u017f][Tt]",
}

TEXTSPLIT_CJK = "([\u2e80-\uffff])"  # reportlab.lib.textsplit, compiled with re.UNICODE
YAML_NON_PRINTABLE = "[^\x09\x0A\x0D\x20-\x7E\x85\xA0-\uD7FF\uE000-\uFFFD\U00010000-\U0010ffff]"


def folded_uri_pattern() -> str:
    """reportlab's URL pattern with its case folding written out (to compile without IGNORECASE)."""
    pattern = REPORTLAB_URI
    for original, folded in FOLDED.items():
        pattern = pattern.replace(original, folded)
    return pattern


# (pattern, flags as the library passes them) → the equivalent (pattern, flags) compiled instead:
# the folded URL pattern without IGNORECASE, whose work its folding has done.
QUICK = {
    (REPORTLAB_URI, re.IGNORECASE): lambda: (folded_uri_pattern(), 0),
    (TEXTSPLIT_CJK, re.UNICODE): lambda: ("([^\\x00-\\u2e7f\\U00010000-\\U0010ffff])", re.UNICODE),
    (YAML_NON_PRINTABLE, 0): lambda: ("[\\x00-\\x08\\x0b\\x0c\\x0e-\\x1f\\x7f-\\x84\\x86-\\x9f\\ud800-\\udfff\\ufffe\\uffff]", 0),
}


@contextmanager
def quick_patterns():
    """While active, compiling one of the patterns of :data:`QUICK` compiles its substitute."""
    original = re.compile

    def compile(pattern, flags=0):
        quick = QUICK.get((pattern, flags)) if isinstance(pattern, str) else None
        return original(*quick()) if quick else original(pattern, flags)

    re.compile = compile
    try:
        yield
    finally:
        re.compile = original
