"""The quick substitutes of exporter._compat.quickre must match exactly what the libraries' own patterns
match: reportlab's URL pattern (case folded by hand) as the original with IGNORECASE, and the two
character classes code point by code point."""

from __future__ import annotations

import re
import sys

import pytest
from hypothesis import given
from hypothesis import strategies as st

from exporter._compat.quickre import (
    FOLDED,
    QUICK,
    REPORTLAB_URI,
    TEXTSPLIT_CJK,
    YAML_NON_PRINTABLE,
    folded_uri_pattern,
    quick_patterns,
)

ORIGINAL = re.compile(REPORTLAB_URI, re.IGNORECASE)
with quick_patterns():  # what reportlab gets: compiled as the shim compiles it, flags and all
    FOLDED_PATTERN = re.compile(REPORTLAB_URI, re.IGNORECASE)
assert FOLDED_PATTERN.pattern == folded_uri_pattern() and not FOLDED_PATTERN.flags & re.IGNORECASE
# Every BMP code point, and astral ones 97 apart (the classes treat the astral planes as one block).
CODE_POINTS = [chr(i) for i in range(0x10000)] + [chr(i) for i in range(0x10000, sys.maxunicode + 1, 97)]
SPECIAL = "Kk\u212aSs\u017fIi\u0130\u0131Xx"


def test_reportlab_still_compiles_the_pattern_this_module_knows():
    """If reportlab changes its pattern, the shortcut no longer applies (nothing breaks, platypus
    imports 27 ms slower): this test says so."""
    import ast

    from reportlab.platypus import paragraph

    tree = ast.parse(open(paragraph.__file__, encoding="utf-8").read())
    calls = [node.value for node in ast.walk(tree) if isinstance(node, ast.Assign)
             and any(isinstance(t, ast.Name) and t.id == "uri_pat" for t in node.targets)]
    assert len(calls) == 1
    pattern, flags = calls[0].args
    assert pattern.value == REPORTLAB_URI and ast.unparse(flags) == "re.I"
    assert paragraph.uri_pat.pattern in (REPORTLAB_URI, folded_uri_pattern())
    assert all(original in REPORTLAB_URI for original in FOLDED)


@pytest.mark.parametrize("original", [k for k in FOLDED if k.startswith("[")])
def test_each_folded_class_matches_what_ignorecase_matched(original):
    theirs, ours = re.compile(original, re.IGNORECASE), re.compile(FOLDED[original])
    assert [c for c in CODE_POINTS if bool(theirs.fullmatch(c)) != bool(ours.fullmatch(c))] == []


@pytest.mark.parametrize("base", ["http://localhost/x", "https://xn--bcher-kva.example/", "ftp://a.b.cd:8080/p?q#f",
                                  "mailto://user@[2001:db8::1]/", "http://192.168.0.1/"])
def test_every_one_character_change_matches_as_before(base):
    alphabet = [chr(i) for i in range(0x80)] + list(SPECIAL) + ["\u00a1", "\u00e9", "\uffff", "\U00010000"]
    for i in range(len(base)):
        for c in alphabet:
            text = base[:i] + c + base[i + 1:]
            theirs, ours = ORIGINAL.match(text), FOLDED_PATTERN.match(text)
            assert (theirs and theirs.groups()) == (ours and ours.groups()), text


@given(st.from_regex(r"[a-zA-Z\u0130\u0131\u017f\u212a+.-]{0,6}://[a-zA-Z0-9\u00a1-\u00ff\u0130\u0131\u017f\u212a.:@\[\]-]{0,30}"
                     r"(?:[/?#][^\s]{0,10})?", fullmatch=True))
def test_generated_addresses_match_as_before(text):
    theirs, ours = ORIGINAL.match(text), FOLDED_PATTERN.match(text)
    assert (theirs and theirs.groups()) == (ours and ours.groups())


def test_other_patterns_compile_as_usual_while_the_shim_is_active():
    with quick_patterns():
        assert re.compile("a+", re.IGNORECASE).flags & re.IGNORECASE
        assert re.compile(REPORTLAB_URI, re.IGNORECASE).pattern == folded_uri_pattern()
        assert re.compile(REPORTLAB_URI).pattern == REPORTLAB_URI  # other flags: untouched
    assert re.compile is re.__dict__["compile"] and re.compile(REPORTLAB_URI, re.IGNORECASE).pattern == REPORTLAB_URI


@pytest.mark.parametrize("original, flags", [(TEXTSPLIT_CJK, re.UNICODE), (YAML_NON_PRINTABLE, 0)])
def test_each_quick_class_matches_every_code_point_as_before(original, flags):
    theirs = re.compile(original, flags)
    with quick_patterns():  # as the library's import compiles it
        ours = re.compile(original, flags)
    assert ours.pattern == QUICK[original, flags]()[0] and ours.flags == theirs.flags
    every = [chr(i) for i in range(sys.maxunicode + 1)]
    assert [c for c in every if bool(theirs.fullmatch(c)) != bool(ours.fullmatch(c))] == []
    assert ours.groups == theirs.groups
    text = "a\u3042b\x00c\ud800\U0001f600\ufffe"  # a search and a substitution give the same result
    assert ours.sub(r"[\g<0>]", text) == theirs.sub(r"[\g<0>]", text)


def test_the_libraries_still_compile_the_patterns_this_module_knows():
    """If reportlab or PyYAML change a pattern, its shortcut no longer applies (nothing breaks:
    the import is a few milliseconds slower): this test says so."""
    import yaml.reader
    from reportlab.lib import textsplit

    assert yaml.reader.Reader.NON_PRINTABLE.pattern in (YAML_NON_PRINTABLE, QUICK[YAML_NON_PRINTABLE, 0]()[0])
    assert textsplit.rx.pattern in (TEXTSPLIT_CJK, QUICK[TEXTSPLIT_CJK, re.UNICODE]()[0])
    for path, literal in ((yaml.reader.__file__, YAML_NON_PRINTABLE), (textsplit.__file__, TEXTSPLIT_CJK)):
        source = open(path, encoding="utf-8").read()
        assert any(literal == node.value for node in ast_strings(source)), path


def ast_strings(source: str):
    import ast

    return [node for node in ast.walk(ast.parse(source)) if isinstance(node, ast.Constant) and isinstance(node.value, str)]
