"""Characters no text of ours may print: control characters, non-characters, lone surrogates.

Below every stage because a convention's labels are checked for them when the convention is read,
and a brief's texts when they are localized (:func:`exporter.localize.typography.clean`).
"""

from __future__ import annotations

import re

# C0 controls but tab and newline, DEL, C1 controls, non-characters and lone surrogates.
CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\ufffe\uffff\ud800-\udfff]")

def control_character(text: str) -> str | None:
    """The first character ``clean`` (:mod:`exporter.localize.typography`) would remove from
    ``text`` (None if there is none)."""
    found = CONTROL.search(text)
    return found.group() if found else None
