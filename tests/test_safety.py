"""No network, no shell, no eval anywhere on the path from brief to bytes."""

from __future__ import annotations

import re

from tests.conftest import ROOT

FORBIDDEN = [r"\beval\(", r"\bexec\(", r"\bsubprocess\b", r"\bos\.system\b", r"\bsocket\b", r"\burllib\.request\b",
             r"\bhttp\.client\b", r"\brequests\b", r"yaml\.load\(", r"yaml\.unsafe_load", r"\bpickle\.loads?\("]


def test_the_package_never_evaluates_runs_or_connects():
    offenders = []
    for path in (ROOT / "exporter").rglob("*.py"):
        for number, line in enumerate(path.read_text("utf-8").splitlines(), 1):
            code = line.split("#", 1)[0]
            for pattern in FORBIDDEN:
                if re.search(pattern, code):
                    offenders.append(f"{path.relative_to(ROOT)}:{number}: {line.strip()}")
    assert not offenders, offenders
