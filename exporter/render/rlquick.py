"""Quicker equivalents of a few reportlab helpers that a memo calls thousands of times.

Each replacement returns exactly what the function it replaces returns for the objects a memo
passes it (tests compare both), so the bytes of a memo do not change; only the time does.

- ``sameFrag`` (``reportlab.platypus.paragraph``): whether two text fragments may merge into one
  run of a line.  rl_accel's C version asks each fragment for ten attributes with
  ``getattr``/``hasattr``; most are absent from a fragment, and every absent one raises and clears
  an AttributeError: ≈ 4 µs a call, called for each word of a paragraph of several fragments
  (≈ 1.7 ms of a 27 ms memo).  Fragments are attribute bags (``ParaFrag``: everything in the
  instance's ``__dict__``), so the same test reads the two dictionaries; any other kind of object
  goes to reportlab's own function.
"""

from __future__ import annotations

from reportlab.platypus import paragraph as _paragraph
from reportlab.platypus.paraparser import ParaFrag

# rl_accel's list, in its order: what makes two fragments draw differently.
_FRAG_KEYS = ("fontName", "fontSize", "textColor", "rise", "us_lines", "link", "backColor", "nobr")
_ABSENT = object()
_reportlab_same_frag = _paragraph.sameFrag


def same_frag(f, g) -> bool:
    """reportlab's ``sameFrag(f, g)``: neither fragment is a callback or a line break, and both
    have the same value, or both lack, each of :data:`_FRAG_KEYS` (compared with ``!=``, identical
    objects equal without asking, as ``PyObject_RichCompareBool`` does)."""
    if f.__class__ is not ParaFrag or g.__class__ is not ParaFrag:
        return _reportlab_same_frag(f, g)
    fd, gd = f.__dict__, g.__dict__
    if "cbDefn" in fd or "cbDefn" in gd or "lineBreak" in fd or "lineBreak" in gd:
        return False
    for key in _FRAG_KEYS:
        a, b = fd.get(key, _ABSENT), gd.get(key, _ABSENT)
        if a is not b and (a is _ABSENT or b is _ABSENT or a != b):
            return False
    return True


def install() -> None:
    """Put the quicker functions in place (idempotent)."""
    _paragraph.sameFrag = same_frag
