"""What brief needs from its libraries beyond their public API, in one place per library.

A private name of reportlab, python-docx or PyYAML is a promise nobody made.  Each module here
holds every such name brief reaches for one library — :mod:`.reportlab`, :mod:`.docx`
(PyYAML is used through its public API only; :mod:`.quickre` holds the patterns that reportlab
and PyYAML compile when imported) — checks the installed version when it loads, and offers its
*fast paths* — quicker ways to the same bytes — only inside the range of versions the test suite
runs on (the floors of ``.ci/floors.txt`` up to the newest release tested).  Outside that range,
or with ``BRIEF_COMPAT=public`` in the environment, every fast path is off and the library's
public path is taken: slower, the same bytes (CI runs the whole suite that way too, and
tests/test_compat_reportlab.py compares the bytes of memos made both ways).

A fast path is a function or a subclass of ours, used on our own documents, fonts and canvases:
never a library's function swapped for the whole process.  Code elsewhere asks these modules;
it never probes a library's private names itself (as ``pandas.compat`` does for pandas).
"""

from __future__ import annotations

import os
import re


def public_only() -> bool:
    """True when ``BRIEF_COMPAT=public``: every fast path off, the libraries' public paths only."""
    return os.environ.get("BRIEF_COMPAT", "").strip().lower() == "public"


def version_tuple(text: str) -> tuple[int, ...]:
    """``"4.4.10"`` → ``(4, 4, 10)``; a pre-release or local suffix is ignored (``"5.0.0b1"`` → ``(5, 0, 0)``)."""
    parts = []
    for piece in text.split(".")[:3]:
        digits = re.match(r"\d+", piece)
        if digits is None:
            break
        parts.append(int(digits.group()))
    return tuple(parts)


def within(version: tuple[int, ...], floor: tuple[int, ...], below: tuple[int, ...]) -> bool:
    """Whether ``floor <= version < below``: the range the suite runs on."""
    return floor <= version < below
