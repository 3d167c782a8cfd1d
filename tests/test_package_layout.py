"""The package as a maintainer reads it: one class per name, one page geometry (the layers and
their cycles are import-linter's, run by .ci/run)."""

from __future__ import annotations

import ast
from collections import defaultdict

import pytest

from tests.conftest import ROOT


def test_no_two_classes_share_a_name():
    where = defaultdict(list)
    for path in sorted((ROOT / "exporter").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text("utf-8"))):
            if isinstance(node, ast.ClassDef):
                where[node.name].append(str(path.relative_to(ROOT)))
    assert {name: files for name, files in where.items() if len(files) > 1} == {}


def test_the_paper_is_defined_once_for_the_layout_and_both_renderers():
    from exporter.layout.page import MM, PAPER_MM, PAPER_PT

    for paper, (width, height) in PAPER_MM.items():
        assert PAPER_PT[paper] == pytest.approx((width * MM, height * MM))
    for path in (ROOT / "exporter").rglob("*.py"):
        if path.name != "page.py":
            text = path.read_text("utf-8")
            assert "215.9" not in text and "595.27" not in text and "pagesizes" not in text, path

