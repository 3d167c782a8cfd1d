"""Characters no text of ours may print: control characters, non-characters, lone surrogates,
bidirectional overrides.

Below every stage because a convention's labels are checked for them when the convention is read,
and a brief's texts when they are localized (:func:`exporter.localize.typography.clean`).
"""

from __future__ import annotations

import re

# C0 controls but tab and newline, DEL, C1 controls, non-characters and lone surrogates; and the
# bidirectional embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069), which make a
# text — or a link's address — read other than it is stored ("Trojan Source"): a memo in French
# or English needs none of them, and right-to-left names keep their direction without them.
CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\ufffe\uffff\ud800-\udfff\u202a-\u202e\u2066-\u2069]")

def control_character(text: str) -> str | None:
    """The first character ``clean`` (:mod:`exporter.localize.typography`) would remove from
    ``text`` (None if there is none)."""
    found = CONTROL.search(text)
    return found.group() if found else None
