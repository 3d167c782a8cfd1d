"""``SOURCE_DATE_EPOCH``, read from the environment: the one date that reproducible memos and
drafts stamp. Kept out of :mod:`exporter.layout` so that a command which only needs the date
(``brief draft``) does not import the layout and the localizer to read one variable."""

from __future__ import annotations

import os
import re

MAX_EPOCH = 253_402_300_799  # 9999-12-31T23:59:59Z: the last moment a PDF or DOCX date can say


def source_date_epoch() -> int | None:
    """``SOURCE_DATE_EPOCH`` (reproducible builds: whole seconds since 1970, UTC), None when unset;
    ValueError naming it when it is not usable — the commands check it once, before any brief,
    since reportlab reads it too."""
    raw = os.environ.get("SOURCE_DATE_EPOCH", "").strip()
    if not raw:
        return None
    if not re.fullmatch(r"[0-9]{1,12}", raw) or int(raw) > MAX_EPOCH:
        raise ValueError(f"SOURCE_DATE_EPOCH={raw[:40]!r}: expected whole seconds since 1970-01-01 UTC, such as "
                         "1700000000, up to 9999-12-31 (or unset it)")
    return int(raw)
